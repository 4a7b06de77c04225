// The privilege matrix: the database was bootstrapped with Supabase's broad default grants, and
// the migrations must leave anon and authenticated with exactly two executable functions.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asRole } from './helpers.ts';

const PUBLIC_FUNCTIONS = ['submit_survey_response', 'survey_results'];
const ROLES = ['anon', 'authenticated'] as const;

let pool: pg.Pool;
let tables: { name: string; column: string }[];
let sequences: string[];
let functions: { name: string; signature: string; nullArgs: string; trigger: boolean }[];

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 4 });
  tables = (
    await pool.query(`
      select c.relname as name,
             (select attname from pg_attribute where attrelid = c.oid and attnum > 0 and attidentity = ''
                and attgenerated = '' and not attisdropped order by attnum limit 1) as column
      from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') order by 1`)
  ).rows;
  sequences = (await pool.query(`select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'S'`)).rows.map(
    (r) => r.relname,
  );
  functions = (
    await pool.query(`
      select p.proname as name, p.oid::regprocedure::text as signature,
             -- (select null::type) rather than a constant: a strict function on a constant null is
             -- folded away by the planner before any privilege check.
             (select string_agg('(select null::' || format_type(t, null) || ')', ', ') from unnest(p.proargtypes) t) as "nullArgs",
             p.prorettype = 'trigger'::regtype as trigger
      from pg_proc p where p.pronamespace = 'public'::regnamespace order by 1`)
  ).rows;
});

afterAll(() => pool.end());

/** Runs one statement as the role and returns the SQLSTATE it failed with, or 'ok'. */
async function attempt(role: (typeof ROLES)[number], sql: string): Promise<string> {
  try {
    await asRole(pool, role, (client) => client.query(sql));
    return 'ok';
  } catch (error) {
    return (error as pg.DatabaseError).code ?? 'unknown';
  }
}

describe('the bootstrap really grants Supabase defaults', () => {
  it('a table created after the migrations is readable by anon (so the revokes are what protects ours)', async () => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query('create table public.bootstrap_probe (x int)');
      const { rows } = await client.query(`select has_table_privilege('anon', 'public.bootstrap_probe', 'select') as granted`);
      expect(rows[0].granted).toBe(true);
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});

describe.each(ROLES)('as %s', (role) => {
  it('finds the survey tables to test', () => {
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['survey_waves', 'survey_responses', 'survey_invitation_codes', 'survey_abuse_counters']),
    );
  });

  it('cannot select, insert, update or delete any table in public', async () => {
    const outcomes: Record<string, string[]> = {};
    for (const { name, column } of tables) {
      outcomes[name] = [
        await attempt(role, `select * from public.${name} limit 1`),
        await attempt(role, `insert into public.${name} default values`),
        await attempt(role, `update public.${name} set ${column} = ${column}`),
        await attempt(role, `delete from public.${name}`),
        await attempt(role, `truncate public.${name}`),
      ];
    }
    for (const name of Object.keys(outcomes)) expect(outcomes[name], name).toEqual(Array(5).fill('42501'));
  });

  it('cannot use any sequence in public', async () => {
    expect(sequences.length).toBeGreaterThan(0);
    for (const name of sequences) {
      expect(await attempt(role, `select nextval('public.${name}')`), name).toBe('42501');
      expect(await attempt(role, `select * from public.${name}`), name).toBe('42501');
    }
  });

  it('can execute exactly the two public functions', async () => {
    const { rows } = await pool.query(
      `select p.proname from pg_proc p where p.pronamespace = 'public'::regnamespace
         and has_function_privilege($1, p.oid, 'execute') order by 1`,
      [role],
    );
    expect(rows.map((r) => r.proname)).toEqual(PUBLIC_FUNCTIONS);
  });

  it('is refused when calling any other function in public', async () => {
    const others = functions.filter((f) => !PUBLIC_FUNCTIONS.includes(f.name) && !f.trigger);
    expect(others.length).toBeGreaterThan(4);
    for (const f of others) {
      expect(await attempt(role, `select public.${f.name}(${f.nullArgs ?? ''})`), f.signature).toBe('42501');
    }
  });
});

describe('table and function settings', () => {
  it('has row level security enabled on every table in public', async () => {
    const { rows } = await pool.query(
      `select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' and not relrowsecurity`,
    );
    expect(rows).toEqual([]);
  });

  it('runs the public functions as security definer with a fixed, empty search_path', async () => {
    const { rows } = await pool.query(
      `select proname, prosecdef, proconfig from pg_proc where pronamespace = 'public'::regnamespace and proname = any($1) order by 1`,
      [PUBLIC_FUNCTIONS],
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.prosecdef, row.proname).toBe(true);
      expect(row.proconfig, row.proname).toContain('search_path=""');
    }
  });

  it('gives every table, column and function in the survey schema a comment', async () => {
    const { rows } = await pool.query(`
      select 'table ' || c.relname as object from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and obj_description(c.oid, 'pg_class') is null
      union all
      select 'column ' || c.relname || '.' || a.attname from pg_class c join pg_attribute a on a.attrelid = c.oid
      where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
        and col_description(c.oid, a.attnum) is null
      union all
      select 'function ' || p.proname from pg_proc p
      where p.pronamespace = 'public'::regnamespace and obj_description(p.oid, 'pg_proc') is null`);
    expect(rows).toEqual([]);
  });

  it('stores no time of day, address or user agent with a response', async () => {
    const { rows } = await pool.query(`
      select a.attname, format_type(a.atttypid, a.atttypmod) as type from pg_attribute a
      where a.attrelid = 'public.survey_responses'::regclass and a.attnum > 0 and not a.attisdropped`);
    const types = rows.map((r) => r.type);
    expect(types.filter((t) => /time|inet|cidr/.test(t))).toEqual([]);
    expect(rows.map((r) => r.attname).filter((n) => /addr|ip|agent|time|_at$/.test(n))).toEqual([]);
  });
});
