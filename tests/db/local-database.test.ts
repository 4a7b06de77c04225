// The throw-away PostgreSQL that tests, benchmarks and previews start: it must leave nothing
// behind in the temporary folder once stopped (every `npm test` starts several).
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../scripts/backend/database.ts';

describe('a temporary embedded PostgreSQL', () => {
  it('answers queries, and leaves no folder behind once stopped', async () => {
    const db = await startEmbeddedPostgres({ quiet: true });
    const folder = dirname(db.dataDir);
    try {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query('select 1 as one');
      await client.end();
      expect(rows[0].one).toBe(1);
      expect(existsSync(db.dataDir)).toBe(true);
    } finally {
      await db.stop();
    }
    expect(existsSync(folder), `${folder} is still there`).toBe(false);
  }, 60_000);
});
