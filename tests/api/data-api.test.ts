// supabase-js itself against the local Data API: success and every error class with the status
// and body PostgREST would send, plus the protocol details the browser relies on.
import { randomUUID } from 'node:crypto';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { authenticatorUrl } from '../../data-api/main.ts';
import { LOCAL_ANON_KEY, LOCAL_JWT_SECRET, signJwt } from '../../data-api/jwt.ts';
import { startDataApi, type DataApi } from '../../data-api/server.ts';
import { refusalFromError } from '../../src/lib/survey/reasons.ts';
import { countResponses, createCodes, createWave, validAnswers } from '../db/helpers.ts';

let pool: pg.Pool;
let api: DataApi;
let supabase: SupabaseClient;

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 4 });
  // A second exposed schema with test-only functions for the GET, 204 and settings checks, so
  // that public keeps exactly its two functions.
  await pool.query(`
    create schema if not exists api_test;
    grant usage on schema api_test to anon, authenticated;
    create or replace function api_test.echo(p_text text) returns jsonb language sql stable
      as $$ select jsonb_build_object('text', p_text) $$;
    create or replace function api_test.noop() returns void language sql volatile as $$ select $$;
    create or replace function api_test.whoami() returns jsonb language sql stable as $$
      select jsonb_build_object('role', current_user,
        'claims', current_setting('request.jwt.claims', true)::jsonb,
        'headers', current_setting('request.headers', true)::jsonb) $$;
    create or replace function api_test.answer() returns bigint language sql stable as $$ select 42::bigint $$;
    create or replace function api_test.greeting(p_name text) returns text language sql stable
      as $$ select 'Dzień dobry, ' || p_name $$;
    create or replace function api_test.countdown(p_from int) returns setof int language sql stable
      as $$ select generate_series(p_from, 1, -1) $$;
    create or replace function api_test.nothing() returns jsonb language sql stable as $$ select 'null'::jsonb $$;
    -- Writes, then fails or not: the call's effects must stand or fall together.
    create table if not exists api_test.writes (note text not null);
    grant insert on api_test.writes to anon, authenticated;
    create or replace function api_test.write_then(p_fail boolean) returns int language plpgsql volatile as $$
      begin
        insert into api_test.writes values ('written');
        if p_fail then raise exception 'failed after writing' using errcode = 'PT400'; end if;
        return 1;
      end $$;
    -- Claims to be stable but writes through a volatile function: a GET must still change nothing.
    create or replace function api_test.stable_liar() returns int language sql stable as $$
      select api_test.write_then(false) $$;
    -- Which server process ran the call: the Data API's connections, seen from the database.
    create or replace function api_test.backend() returns int language sql stable as $$ select pg_backend_pid() $$;
    grant execute on all functions in schema api_test to anon, authenticated;`);
  api = await startDataApi({ databaseUrl: authenticatorUrl(inject('databaseUrl')), schemas: ['public', 'api_test'], maxBodyBytes: 50_000 });
  supabase = createClient(api.url, LOCAL_ANON_KEY);
});

afterAll(async () => {
  await api?.close();
  await pool.end();
});

const submission = (wave: string, overrides: Record<string, unknown> = {}) => ({
  p_wave: wave,
  p_answers: validAnswers(),
  p_idempotency_key: randomUUID(),
  ...overrides,
});

describe('submit_survey_response through supabase-js', () => {
  it('stores a valid response: 200 with the JSON result', async () => {
    const { wave } = await createWave(pool, 'api-ok');
    const { data, error, status } = await supabase.rpc('submit_survey_response', submission(wave.slug));
    expect(error).toBeNull();
    expect(status).toBe(200);
    expect(data).toEqual({ status: 'stored' });
    expect(await countResponses(pool, wave.slug)).toBe(1);
  });

  it('400 with reason and question for invalid answers', async () => {
    const { wave } = await createWave(pool, 'api-400');
    const { error, status } = await supabase.rpc('submit_survey_response', submission(wave.slug, { p_answers: validAnswers({ stadtteil: 'mond' }) }));
    expect(status).toBe(400);
    expect(error).toMatchObject({ code: 'PT400', message: 'option_unknown', details: 'stadtteil' });
    expect(error?.hint).toEqual(expect.any(String));
    expect(refusalFromError(error!, status)).toEqual({ reason: 'option_unknown', question: 'stadtteil', status: 400 });
    expect(await countResponses(pool, wave.slug)).toBe(0);
  });

  it('401 for a key signed with another secret, and for an expired key', async () => {
    const forged = createClient(api.url, signJwt({ role: 'anon' }, 'another-secret-that-is-at-least-32-characters'));
    const expired = createClient(api.url, signJwt({ role: 'anon', exp: 1_000_000 }, LOCAL_JWT_SECRET));
    for (const client of [forged, expired]) {
      const { error, status } = await client.rpc('survey_results', { p_wave: 'demo' });
      expect(status).toBe(401);
      expect(error?.code).toBe('PGRST301');
    }
  });

  it('401 for anon and 403 for a signed-in role calling a function they may not execute', async () => {
    const anon = await supabase.rpc('survey_purge_abuse_data');
    expect(anon.status).toBe(401);
    expect(anon.error?.code).toBe('42501');
    const signedIn = createClient(api.url, signJwt({ role: 'authenticated', sub: randomUUID() }, LOCAL_JWT_SECRET));
    const authenticated = await signedIn.rpc('survey_purge_abuse_data');
    expect(authenticated.status).toBe(403);
    expect(authenticated.error?.code).toBe('42501');
  });

  it('403 for a closed wave', async () => {
    const { wave } = await createWave(pool, 'api-403', { opensAt: new Date(Date.now() - 2 * 86_400_000), closesAt: new Date(Date.now() - 86_400_000) });
    const { error, status } = await supabase.rpc('submit_survey_response', submission(wave.slug));
    expect(status).toBe(403);
    expect(error).toMatchObject({ code: 'PT403', message: 'wave_closed', details: null });
    expect(refusalFromError(error!, status)).toEqual({ reason: 'wave_closed', question: null, status: 403 });
  });

  it('404 for an unknown function and for arguments that match no function', async () => {
    const unknown = await supabase.rpc('drop_everything', { p_wave: 'demo' });
    expect(unknown.status).toBe(404);
    expect(unknown.error?.code).toBe('PGRST202');
    expect(refusalFromError(unknown.error!, unknown.status)).toEqual({ reason: null, question: null, status: 404 });
    const wrongArgs = await supabase.rpc('survey_results', { wave: 'demo' });
    expect(wrongArgs.status).toBe(404);
    expect(wrongArgs.error?.code).toBe('PGRST202');
  });

  it('409 when an invitation code is used a second time', async () => {
    const { wave } = await createWave(pool, 'api-409', { participation: 'invitation' });
    const [code] = await createCodes(pool, wave.slug, 1);
    const first = await supabase.rpc('submit_survey_response', submission(wave.slug, { p_invitation_code: code }));
    expect(first.status).toBe(200);
    const second = await supabase.rpc('submit_survey_response', submission(wave.slug, { p_invitation_code: code }));
    expect(second.status).toBe(409);
    expect(second.error).toMatchObject({ code: 'PT409', message: 'code_used' });
  });

  it('429 once the network reached its daily limit, even with a forged X-Forwarded-For', async () => {
    const { wave } = await createWave(pool, 'api-429', { dailyLimitPerNetwork: 1 });
    expect((await supabase.rpc('submit_survey_response', submission(wave.slug))).status).toBe(200);
    const spoofing = createClient(api.url, LOCAL_ANON_KEY, { global: { headers: { 'X-Forwarded-For': '203.0.113.50', 'CF-Connecting-IP': '203.0.113.51' } } });
    const { error, status } = await spoofing.rpc('submit_survey_response', submission(wave.slug));
    expect(status).toBe(429);
    expect(error).toMatchObject({ code: 'PT429', message: 'limit_reached' });
    expect(await countResponses(pool, wave.slug)).toBe(1);
  });

  it('returns the same success for a resent submission and stores it once', async () => {
    const { wave } = await createWave(pool, 'api-idem');
    const args = submission(wave.slug);
    const results = await Promise.all([1, 2, 3].map(() => supabase.rpc('submit_survey_response', args)));
    expect(results.map((r) => [r.status, r.data])).toEqual(Array(3).fill([200, { status: 'stored' }]));
    expect(await countResponses(pool, wave.slug)).toBe(1);
  });
});

describe('survey_results through supabase-js', () => {
  it('answers with the suppressed results of the demo wave', async () => {
    const { data, error, status } = await supabase.rpc('survey_results', { p_wave: 'demo' });
    expect(error).toBeNull();
    expect(status).toBe(200);
    expect(data).toMatchObject({ wave: 'demo', minGroupSize: 10 });
    expect(data.questions.length).toBeGreaterThan(0);
  });
});

describe('protocol', () => {
  const test = () => createClient(api.url, LOCAL_ANON_KEY, { db: { schema: 'api_test' } });

  it('serves GET for a stable function, with the schema chosen by Accept-Profile', async () => {
    const { data, status } = await test().rpc('echo', { p_text: 'Grüße aus Görlitz' }, { get: true });
    expect(status).toBe(200);
    expect(data).toEqual({ text: 'Grüße aus Görlitz' });
  });

  it('answers HEAD for a stable function with the status only', async () => {
    const { data, status } = await test().rpc('echo', { p_text: 'x' }, { head: true });
    expect(status).toBe(200);
    expect(data).toBeNull();
  });

  it('refuses GET for a volatile function with 405 (survey_results writes its cache, so it is POST only)', async () => {
    expect((await test().rpc('noop', {}, { get: true })).status).toBe(405);
    expect((await supabase.rpc('survey_results', { p_wave: 'demo' }, { get: true })).status).toBe(405);
  });

  it('answers 204 for a void function, which supabase-js reads as null', async () => {
    const { data, error, status } = await test().rpc('noop');
    expect(error).toBeNull();
    expect(status).toBe(204);
    expect(data).toBeNull();
  });

  it('runs as the role of the key with request.jwt.claims and request.headers set', async () => {
    const { data } = await test().rpc('whoami');
    expect(data.role).toBe('anon');
    expect(data.claims).toMatchObject({ role: 'anon', iss: 'supabase-demo' });
    expect(data.headers['x-client-info']).toMatch(/^supabase-js/);
    expect(data.headers['x-forwarded-for']).toMatch(/127\.0\.0\.1/);
  });

  it('answers each return type in its JSON form, as PostgREST does', async () => {
    expect(await test().rpc('answer')).toMatchObject({ status: 200, data: 42 });
    expect(await test().rpc('greeting', { p_name: 'Görlitz' })).toMatchObject({ status: 200, data: 'Dzień dobry, Görlitz' });
    expect(await test().rpc('countdown', { p_from: 3 })).toMatchObject({ status: 200, data: [3, 2, 1] });
    expect(await test().rpc('nothing')).toMatchObject({ status: 204, data: null, error: null });
  });

  it('rolls back everything a call wrote when it fails, and runs GET read-only', async () => {
    const writes = async () => Number((await pool.query('select count(*) from api_test.writes')).rows[0].count);
    const before = await writes();
    expect((await test().rpc('write_then', { p_fail: true })).status).toBe(400);
    expect(await writes()).toBe(before);
    expect(await test().rpc('write_then', { p_fail: false })).toMatchObject({ status: 200, data: 1 });
    expect(await writes()).toBe(before + 1);
    // PostgREST answers a write in a read-only transaction with 405.
    const lie = await test().rpc('stable_liar', {}, { get: true });
    expect(lie.status).toBe(405);
    expect(lie.error?.code).toBe('25006');
    expect(await writes()).toBe(before + 1);
  });

  it('refuses a key that expired after it was first accepted', async () => {
    const exp = Math.floor(Date.now() / 1000) + 2;
    const shortLived = createClient(api.url, signJwt({ role: 'anon', exp }, LOCAL_JWT_SECRET), { db: { schema: 'api_test' } });
    expect((await shortLived.rpc('whoami')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50));
    const { status, error } = await shortLived.rpc('whoami');
    expect(status).toBe(401);
    expect(error).toMatchObject({ code: 'PGRST301', message: 'JWT expired' });
  });

  it('refuses a schema that is not exposed with 406', async () => {
    const { status, error } = await createClient(api.url, LOCAL_ANON_KEY, { db: { schema: 'pg_catalog' } }).rpc('now');
    expect(status).toBe(406);
    expect(error?.code).toBe('PGRST106');
  });

  it('answers the CORS preflight a browser sends', async () => {
    const response = await fetch(`${api.url}/rest/v1/rpc/submit_survey_response`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:4321',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'apikey, authorization, content-profile, content-type, x-client-info',
      },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const allowed = response.headers.get('access-control-allow-headers')!.split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['apikey', 'authorization', 'content-profile', 'content-type', 'x-client-info']));
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });

  const post = (body: string) =>
    fetch(`${api.url}/rest/v1/rpc/submit_survey_response`, {
      method: 'POST',
      headers: { apikey: LOCAL_ANON_KEY, authorization: `Bearer ${LOCAL_ANON_KEY}`, 'content-type': 'application/json' },
      body,
    });

  it('413 for a body over the limit', async () => {
    const response = await post(JSON.stringify({ p_wave: 'demo', p_answers: { anmerkung: 'x'.repeat(60_000) } }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ message: 'Request body too large' });
  });

  it('413 for a chunked body (no Content-Length) over the limit, and the server stays usable', async () => {
    const big = new TextEncoder().encode(JSON.stringify({ p_wave: 'demo', p_answers: { anmerkung: 'x'.repeat(60_000) } }));
    const response = await fetch(`${api.url}/rest/v1/rpc/submit_survey_response`, {
      method: 'POST',
      headers: { apikey: LOCAL_ANON_KEY, authorization: `Bearer ${LOCAL_ANON_KEY}`, 'content-type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < big.length; i += 8_192) controller.enqueue(big.subarray(i, i + 8_192));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ message: 'Request body too large' });
    expect((await supabase.rpc('survey_results', { p_wave: 'demo' })).status).toBe(200);
  });

  it('400 for malformed JSON', async () => {
    const response = await post('{"p_wave": "demo", ');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'PGRST102', hint: null });
  });

  it('401 without any key', async () => {
    const response = await fetch(`${api.url}/rest/v1/rpc/survey_results`, { method: 'POST', body: '{"p_wave":"demo"}' });
    expect(response.status).toBe(401);
  });
});

describe('statements sharing connections', () => {
  const test = (headers: Record<string, string> = {}) =>
    createClient(api.url, LOCAL_ANON_KEY, { db: { schema: 'api_test' }, global: { headers } });

  it('keeps each call its own settings, result and transaction when many run at once', async () => {
    const writes = async () => Number((await pool.query('select count(*) from api_test.writes')).rows[0].count);
    const before = await writes();
    // Several times more calls than connections × statements per connection, mixed: reads with
    // their own header, failing writes, writes, and read-only GETs that try to write.
    const calls = Array.from({ length: 60 }, (_, i) => {
      switch (i % 4) {
        case 0:
          return test({ 'x-call': `call-${i}` }).rpc('whoami').then((r) => ({ i, status: r.status, call: r.data?.headers['x-call'] }));
        case 1:
          return test().rpc('write_then', { p_fail: true }).then((r) => ({ i, status: r.status }));
        case 2:
          return test().rpc('write_then', { p_fail: false }).then((r) => ({ i, status: r.status }));
        default:
          return test().rpc('stable_liar', {}, { get: true }).then((r) => ({ i, status: r.status }));
      }
    });
    const results = await Promise.all(calls);
    const expected = { 0: 200, 1: 400, 2: 200, 3: 405 } as Record<number, number>;
    for (const r of results) {
      expect(r.status, `call ${r.i}`).toBe(expected[r.i % 4]);
      if (r.i % 4 === 0) expect((r as { call?: string }).call).toBe(`call-${r.i}`);
    }
    // Only the 15 successful writes stand: no failed or read-only call took another's rows along.
    expect(await writes()).toBe(before + 15);
  });

  it('opens a new connection when the database drops one', async () => {
    const pids = new Set((await Promise.all(Array.from({ length: 12 }, () => test().rpc('backend')))).map((r) => r.data as number));
    expect(pids.size).toBeGreaterThan(0);
    await pool.query('select pg_terminate_backend(pid) from unnest($1::int[]) pid', [[...pids]]);
    // A call may still meet a connection whose end has not arrived yet; the next ones must not.
    let answer: { status: number; data: unknown } = { status: 0, data: null };
    for (let attempt = 0; attempt < 5 && answer.status !== 200; attempt++) {
      answer = await test().rpc('backend');
      if (answer.status !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(answer.status).toBe(200);
    expect(pids.has(answer.data as number)).toBe(false);
    const again = await Promise.all(Array.from({ length: 8 }, () => test().rpc('backend')));
    expect(again.map((r) => r.status)).toEqual(Array(8).fill(200));
  });
});
