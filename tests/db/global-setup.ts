// Starts one throw-away PostgreSQL 17 for the whole backend test run (or, with DATABASE_URL,
// creates a throw-away database on that server, e.g. Debian's PostgreSQL 15 on CI), bootstraps
// Supabase's roles and default grants, applies the migrations and the seed, and removes it all
// afterwards, also when tests fail.
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import {
  applyMigrations,
  applySeed,
  applySupabaseBootstrap,
  startEmbeddedPostgres,
  withClient,
} from '../../scripts/backend/database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser connection string of the test database. */
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let databaseUrl: string;
  let cleanup: () => Promise<void>;
  if (process.env.DATABASE_URL) {
    const server = new URL(process.env.DATABASE_URL);
    const name = `survey_test_${randomBytes(4).toString('hex')}`;
    await withClient(server.href, (c) => c.query(`create database ${name}`));
    const test = new URL(server.href);
    test.pathname = `/${name}`;
    databaseUrl = test.href;
    cleanup = () => withClient(server.href, (c) => c.query(`drop database ${name} with (force)`)).then(() => {});
  } else {
    const db = await startEmbeddedPostgres({ quiet: true });
    databaseUrl = db.url;
    cleanup = db.stop;
  }
  try {
    await withClient(databaseUrl, async (client) => {
      await applySupabaseBootstrap(client);
      await applyMigrations(client);
      await applySeed(client);
    });
  } catch (error) {
    await cleanup();
    throw error;
  }
  project.provide('databaseUrl', databaseUrl);
  return cleanup;
}
