// Runs a command while the local backend is up, and stops the backend when the command ends:
//   node scripts/backend/with-backend.ts astro dev
// This is how `npm start` can give the site a working survey backend with nothing installed.
import { spawn } from 'node:child_process';
import { startBackend } from './start.ts';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('Usage: node scripts/backend/with-backend.ts <command> [args…]\n');
  process.exit(2);
}

const backend = await startBackend({ log: (line) => process.stdout.write(`[backend] ${line}\n`) });
const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: backend.databaseUrl } });
// Ctrl+C reaches the child through the terminal; SIGTERM from a supervisor is passed on.
process.on('SIGTERM', () => child.kill('SIGTERM'));
process.on('SIGINT', () => {});
child.on('exit', async (code, signal) => {
  await backend.stop();
  process.exit(code ?? (signal ? 1 : 0));
});
