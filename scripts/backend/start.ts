// npm run backend [-- --reset]: PostgreSQL 17 on 127.0.0.1:54322 (data in .data/postgres), migrations and
// the demo seed, and the local Data API on http://127.0.0.1:54321 — the ports `supabase start`
// uses, so either can serve the site. With DATABASE_URL the database at that address is used
// instead of starting one. Applied migrations are not re-run when edited; `--reset` starts the
// local database over.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { authenticatorUrl } from '../../data-api/main.ts';
import { LOCAL_ANON_KEY } from '../../data-api/jwt.ts';
import { startDataApi, type DataApi } from '../../data-api/server.ts';
import { applyMigrations, applySeed, applySupabaseBootstrap, repoRoot, startEmbeddedPostgres, withClient, type LocalDatabase } from './database.ts';

/** Ports of the local Supabase stack. */
export const DB_PORT = 54322;
export const API_PORT = 54321;

/** A running local backend. */
export interface Backend {
  databaseUrl: string;
  apiUrl: string | null;
  stop(): Promise<void>;
}

const isLocalHost = (url: string) => ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(new URL(url).hostname);

/** Starts (or connects to) the database, brings it up to date and starts the Data API. */
export async function startBackend(options: { log?: (line: string) => void; reset?: boolean } = {}): Promise<Backend> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  let database: LocalDatabase | null = null;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    if (options.reset) {
      // Like `supabase db reset`: start over from the migrations and the seed.
      await rm(join(repoRoot, '.data/postgres'), { recursive: true, force: true });
      log('Removed .data/postgres (--reset).');
    }
    database = await startEmbeddedPostgres({ dataDir: join(repoRoot, '.data/postgres'), port: DB_PORT, quiet: true });
    databaseUrl = database.url;
    log(`PostgreSQL 17 on 127.0.0.1:${DB_PORT} (data in .data/postgres)`);
  }

  let api: DataApi | null = null;
  try {
    await withClient(databaseUrl, async (client: pg.Client) => {
      const { rowCount } = await client.query(`select from pg_roles where rolname = 'anon'`);
      // A Supabase database has the API roles already; a plain PostgreSQL gets the stand-ins.
      if (rowCount === 0) await applySupabaseBootstrap(client);
      const applied = await applyMigrations(client);
      log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Migrations are up to date.');
      // Made-up demo answers never go anywhere but a local database.
      if (isLocalHost(databaseUrl)) await applySeed(client);
      else log('Not seeding: DATABASE_URL is not a local server.');
    });
    try {
      api = await startDataApi({ databaseUrl: authenticatorUrl(databaseUrl), port: API_PORT });
      log(`Data API on ${api.url}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      log(`Port ${API_PORT} is taken (is \`supabase start\` running?); not starting the local Data API.`);
    }
  } catch (error) {
    await database?.stop();
    throw error;
  }
  return {
    databaseUrl,
    apiUrl: api?.url ?? null,
    stop: async () => {
      await api?.close();
      await database?.stop();
    },
  };
}

if (import.meta.main) {
  const backend = await startBackend({ reset: process.argv.includes('--reset') });
  process.stdout.write(
    `\nReady. For the site (.env):\n  PUBLIC_SUPABASE_URL=http://127.0.0.1:${API_PORT}\n  PUBLIC_SUPABASE_ANON_KEY=${LOCAL_ANON_KEY}\n` +
      `For analyst tools: DATABASE_URL=${backend.databaseUrl.replace(/:[^:@/]+@/, ':****@')}\nPress Ctrl+C to stop.\n`,
  );
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void backend.stop().then(() => process.exit(0));
    });
  }
}
