// What the survey tests need from the backend that the public cannot do: make invitation codes and
// look at stored rows, through the superuser connection of the test backend (tests/e2e/backend.ts).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { backendInfoFile } from './backend-info';

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const { databaseUrl } = JSON.parse(readFileSync(backendInfoFile, 'utf8')) as { databaseUrl: string };
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new one-time code for a wave, stored as the survey:codes command stores it (hash only). */
export async function freshCode(wave: string): Promise<string> {
  const code = `E2E${randomBytes(5).toString('hex').toUpperCase()}`.replace(/(.{4})(?=.)/g, '$1-');
  await withDatabase((client) =>
    client.query(
      `insert into public.survey_invitation_codes (code_hash, wave_id)
       select public.survey_hash_code($1), id from public.survey_waves where slug = $2`,
      [code, wave],
    ),
  );
  return code;
}

/** The stored responses sent with an idempotency key (exactly one after a successful send). */
export async function responsesWithKey(key: string): Promise<{ answers: Record<string, unknown> }[]> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ answers: Record<string, unknown> }>(
      'select answers from public.survey_responses where idempotency_key = $1',
      [key],
    );
    return rows;
  });
}

/** Moves a wave's closing time (the database refuses answers from then on); returns the old one. */
export async function setWaveClosesAt(wave: string, closesAt: string): Promise<string> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ before: Date }>(
      `update public.survey_waves w set closes_at = $2
       from (select closes_at as before from public.survey_waves where slug = $1) old
       where w.slug = $1 returning old.before`,
      [wave, closesAt],
    );
    if (!rows[0]) throw new Error(`no wave ${wave}`);
    return rows[0].before.toISOString();
  });
}
