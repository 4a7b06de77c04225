// Submissions under concurrency and the rules around them: idempotency, one-time invitation
// codes, the abuse limit per network and day, the wave window and quality flags.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countResponses, createCodes, createWave, submit, validAnswers } from './helpers.ts';

let pool: pg.Pool;

beforeAll(() => {
  // Enough connections for 50 truly parallel submissions.
  pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 60 });
});
afterAll(() => pool.end());

describe('idempotency', () => {
  it('stores one row when the same key arrives 20 times at once, and all 20 succeed', async () => {
    const { wave } = await createWave(pool, 'idem');
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 20 }, () => submit(pool, { wave: wave.slug, answers: validAnswers(), key })));
    expect(results).toEqual(Array(20).fill({ ok: true, data: { status: 'stored' } }));
    expect(await countResponses(pool, wave.slug)).toBe(1);
  });

  it('answers a resent submission with the same success after the wave has closed', async () => {
    const { wave } = await createWave(pool, 'idem-late');
    const key = randomUUID();
    expect(await submit(pool, { wave: wave.slug, answers: validAnswers(), key })).toMatchObject({ ok: true });
    await pool.query(`update public.survey_waves set closes_at = now() - interval '1 second', opens_at = now() - interval '1 day' where slug = $1`, [wave.slug]);
    expect(await submit(pool, { wave: wave.slug, answers: validAnswers(), key })).toEqual({ ok: true, data: { status: 'stored' } });
    expect(await submit(pool, { wave: wave.slug, answers: validAnswers() })).toMatchObject({ ok: false, code: 'PT403', message: 'wave_closed' });
    expect(await countResponses(pool, wave.slug)).toBe(1);
  });

  it('refuses a key already used for another wave', async () => {
    const first = await createWave(pool, 'idem-a');
    const second = await createWave(pool, 'idem-b');
    const key = randomUUID();
    await submit(pool, { wave: first.wave.slug, answers: validAnswers(), key });
    expect(await submit(pool, { wave: second.wave.slug, answers: validAnswers(), key })).toMatchObject({
      ok: false,
      code: 'PT409',
      message: 'idempotency_key_reused',
    });
  });
});

describe('invitation codes', () => {
  it('lets exactly one of 50 parallel submissions with the same code through', async () => {
    const { wave } = await createWave(pool, 'code-race', { participation: 'invitation' });
    const [code] = await createCodes(pool, wave.slug, 1);
    const results = await Promise.all(Array.from({ length: 50 }, () => submit(pool, { wave: wave.slug, answers: validAnswers(), code })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && `${r.code} ${r.message}`)).toEqual(Array(49).fill('PT409 code_used'));
    expect(await countResponses(pool, wave.slug)).toBe(1);
  });

  it('accepts a code typed in lower case with spaces, and refuses missing and unknown codes', async () => {
    const { wave } = await createWave(pool, 'code-rules', { participation: 'invitation' });
    const [code] = await createCodes(pool, wave.slug, 1);
    const typed = `${code.slice(0, 4)} - ${code.slice(4)}`.toLowerCase();
    expect(await submit(pool, { wave: wave.slug, answers: validAnswers() })).toMatchObject({ code: 'PT403', message: 'code_required' });
    expect(await submit(pool, { wave: wave.slug, answers: validAnswers(), code: 'NOT-A-CODE' })).toMatchObject({ code: 'PT403', message: 'code_unknown' });
    expect(await submit(pool, { wave: wave.slug, answers: validAnswers(), code: typed })).toMatchObject({ ok: true });
    expect(await countResponses(pool, wave.slug)).toBe(1);
  });

  it('does not accept a code of another wave', async () => {
    const one = await createWave(pool, 'code-one', { participation: 'invitation' });
    const other = await createWave(pool, 'code-other', { participation: 'invitation' });
    const [code] = await createCodes(pool, one.wave.slug, 1);
    expect(await submit(pool, { wave: other.wave.slug, answers: validAnswers(), code })).toMatchObject({ code: 'PT403', message: 'code_unknown' });
  });

  it('does not consume the code when the answers are invalid', async () => {
    const { wave } = await createWave(pool, 'code-invalid', { participation: 'invitation' });
    const [code] = await createCodes(pool, wave.slug, 1);
    expect(await submit(pool, { wave: wave.slug, answers: { stadtteil: 'mars' }, code })).toMatchObject({ code: 'PT400' });
    expect(await submit(pool, { wave: wave.slug, answers: validAnswers(), code })).toMatchObject({ ok: true });
  });
});

describe('abuse limit in open waves', () => {
  it('accepts the daily limit per network address and refuses the next with 429', async () => {
    const { wave } = await createWave(pool, 'limit', { dailyLimitPerNetwork: 3 });
    const from = (address: string) => submit(pool, { wave: wave.slug, answers: validAnswers() }, address);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await from('198.51.100.7'));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false]);
    expect(results[3]).toMatchObject({ code: 'PT429', message: 'limit_reached' });
    // Another address is counted on its own.
    expect(await from('198.51.100.8')).toMatchObject({ ok: true });
    expect(await countResponses(pool, wave.slug)).toBe(4);
  });

  it('holds under parallel submissions from one address', async () => {
    const { wave } = await createWave(pool, 'limit-race', { dailyLimitPerNetwork: 5 });
    const results = await Promise.all(
      Array.from({ length: 30 }, () => submit(pool, { wave: wave.slug, answers: validAnswers() }, '203.0.113.9')),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(await countResponses(pool, wave.slug)).toBe(5);
  });

  it('keeps only salted hashes, and purges counters and salts of past days', async () => {
    const { wave } = await createWave(pool, 'limit-purge', { dailyLimitPerNetwork: 3 });
    await submit(pool, { wave: wave.slug, answers: validAnswers() }, '192.0.2.55');
    const { rows } = await pool.query(
      `select c.network_hash from public.survey_abuse_counters c join public.survey_waves w on w.id = c.wave_id where w.slug = $1`,
      [wave.slug],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].network_hash).toHaveLength(32);
    expect((await pool.query(`select sha256('192.0.2.55'::bytea) = $1 as plain`, [rows[0].network_hash])).rows[0].plain).toBe(false);

    // Pretend the rows are from yesterday: the purge (also run by the first submission of a day) removes them.
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(`update public.survey_abuse_counters set day = day - 1`);
      await client.query(`update public.survey_abuse_salts set day = day - 1`);
      const purged = (await client.query('select public.survey_purge_abuse_data() as n')).rows[0].n;
      expect(purged).toBeGreaterThanOrEqual(2);
      const left = await client.query(`select (select count(*) from public.survey_abuse_counters)::int + (select count(*) from public.survey_abuse_salts)::int as n`);
      expect(left.rows[0].n).toBe(0);
    } finally {
      // Roll back so parallel tests keep their counters.
      await client.query('rollback');
      client.release();
    }
  });
});

describe('wave window', () => {
  it('refuses answers before opening and after closing', async () => {
    const hour = 3_600_000;
    const early = await createWave(pool, 'window-early', { opensAt: new Date(Date.now() + hour), closesAt: new Date(Date.now() + 2 * hour) });
    const late = await createWave(pool, 'window-late', { opensAt: new Date(Date.now() - 2 * hour), closesAt: new Date(Date.now() - hour) });
    expect(await submit(pool, { wave: early.wave.slug, answers: validAnswers() })).toMatchObject({ code: 'PT403', message: 'wave_not_open' });
    expect(await submit(pool, { wave: late.wave.slug, answers: validAnswers() })).toMatchObject({ code: 'PT403', message: 'wave_closed' });
    expect(await countResponses(pool, early.wave.slug)).toBe(0);
    expect(await countResponses(pool, late.wave.slug)).toBe(0);
  });
});

describe('what is stored', () => {
  it('keeps the day only and flags implausibly fast or future start times', async () => {
    const { wave } = await createWave(pool, 'flags', { minPlausibleSeconds: 120 });
    const keys = { fast: randomUUID(), fine: randomUUID(), future: randomUUID(), none: randomUUID() };
    await submit(pool, { wave: wave.slug, answers: validAnswers(), key: keys.fast, startedAt: new Date(Date.now() - 30_000) });
    await submit(pool, { wave: wave.slug, answers: validAnswers(), key: keys.fine, startedAt: new Date(Date.now() - 600_000) });
    await submit(pool, { wave: wave.slug, answers: validAnswers(), key: keys.future, startedAt: new Date(Date.now() + 3_600_000) });
    await submit(pool, { wave: wave.slug, answers: validAnswers(), key: keys.none });
    const { rows } = await pool.query(
      `select idempotency_key as key, quality_flags as flags, submitted_on = (now() at time zone 'Europe/Berlin')::date as today
       from public.survey_responses where idempotency_key = any($1)`,
      [Object.values(keys)],
    );
    const flags = Object.fromEntries(rows.map((r) => [r.key, r.flags]));
    expect(flags[keys.fast]).toEqual(['implausibly_fast']);
    expect(flags[keys.fine]).toEqual([]);
    expect(flags[keys.future]).toEqual(['start_time_in_future']);
    expect(flags[keys.none]).toEqual([]);
    expect(rows.every((r) => r.today)).toBe(true);
  });
});
