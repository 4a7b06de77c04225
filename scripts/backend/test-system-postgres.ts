// Runs the backend tests against another PostgreSQL installed on the machine (default: Debian's
// PostgreSQL 15, which older Supabase projects still run):
//   node scripts/backend/test-system-postgres.ts [major version]
// It creates a throw-away cluster with that version's binaries on a free port, runs
// `npm run test:backend` with DATABASE_URL pointing at it, then — when the pgTAP extension is
// installed (Debian: postgresql-15-pgtap) — the pgTAP files in supabase/tests on a freshly
// migrated database, and removes the cluster again, also when tests fail. The system's own
// cluster is not touched.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { applyMigrations, applySupabaseBootstrap, freePort, repoRoot, withClient } from './database.ts';

/** Runs the pgTAP files on a new database of the server; returns false if any check failed. */
async function runPgTap(serverUrl: string): Promise<boolean> {
  const available = await withClient(serverUrl, (c) => c.query(`select from pg_available_extensions where name = 'pgtap'`));
  if (available.rowCount === 0) {
    process.stdout.write('pgTAP is not installed; skipping supabase/tests.\n');
    return true;
  }
  await withClient(serverUrl, (c) => c.query('create database survey_pgtap'));
  const url = new URL(serverUrl);
  url.pathname = '/survey_pgtap';
  let ok = true;
  await withClient(url.href, async (client: pg.Client) => {
    // Supabase keeps extensions in their own schema; the test files expect it.
    await client.query('create schema extensions');
    await applySupabaseBootstrap(client);
    await applyMigrations(client);
    const dir = join(repoRoot, 'supabase/tests');
    for (const file of (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort()) {
      const results = (await client.query(await readFile(join(dir, file), 'utf8'))) as unknown as pg.QueryResult[];
      // Every pgTAP function returns its TAP lines as text rows.
      const lines = results.flatMap((r) => r.rows ?? []).flatMap((row) => Object.values(row)).filter((v): v is string => typeof v === 'string');
      process.stdout.write(`${file}\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
      const plan = lines.find((l) => /^1\.\.\d+$/.test(l));
      const passed = lines.filter((l) => l.startsWith('ok ')).length;
      if (!plan || lines.some((l) => l.startsWith('not ok')) || passed !== Number(plan.slice(3))) ok = false;
    }
  });
  return ok;
}

const version = process.argv[2] ?? '15';
const bin = `/usr/lib/postgresql/${version}/bin`;
if (!existsSync(join(bin, 'initdb'))) {
  process.stderr.write(`No PostgreSQL ${version} in ${bin}. Install it with: apt-get install -y postgresql-${version}\n`);
  process.exit(2);
}

const root = userInfo().uid === 0;
const dir = await mkdtemp(join(tmpdir(), `survey-pg${version}-`));
if (root) {
  // PostgreSQL refuses to run as root; the cluster belongs to the postgres system user.
  await chown(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })));
}
const asPostgres = (command: string, args: string[]) =>
  root ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'inherit' }) : spawnSync(command, args, { stdio: 'inherit' });

const port = await freePort();
const data = join(dir, 'data');
let status = 1;
try {
  if (asPostgres(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']).status !== 0) {
    throw new Error('initdb failed');
  }
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off -c max_connections=300`;
  if (asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']).status !== 0) {
    throw new Error(`PostgreSQL ${version} did not start; see ${join(dir, 'log')}`);
  }
  process.stdout.write(`PostgreSQL ${version} on 127.0.0.1:${port}; running the backend tests against it.\n`);
  const serverUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  status =
    spawnSync('npm', ['run', 'test:backend'], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: serverUrl },
    }).status ?? 1;
  if (!(await runPgTap(serverUrl))) {
    process.stderr.write('pgTAP checks failed.\n');
    status = status || 1;
  }
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
} finally {
  if (existsSync(join(data, 'postmaster.pid'))) asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
  await rm(dir, { recursive: true, force: true });
}
process.exit(status);
