// Shared test fixtures: waves with their own slugs (test files run in parallel on one database)
// and calls made the way the API makes them: as anon, with request headers, in a transaction.
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { parseDefinition, type Definition, type DefinitionInput } from '../../src/lib/survey/definition.ts';
import { demoDefinition } from '../../src/lib/survey/demo-definition.ts';
import { loadDefinition } from '../../scripts/survey/load-definition.ts';

/** Wave settings a test may change; everything else comes from the demo definition. */
export interface WaveOptions {
  participation?: 'open' | 'invitation';
  opensAt?: Date;
  closesAt?: Date;
  minGroupSize?: number;
  resultsAfterClose?: boolean;
  dailyLimitPerNetwork?: number;
  minPlausibleSeconds?: number;
  questions?: DefinitionInput['questions'];
  breakdowns?: DefinitionInput['breakdowns'];
}

const DAY = 86_400_000;

/** Builds a parsed definition from the demo one with a fresh slug and the given settings. */
export function testDefinition(prefix: string, options: WaveOptions = {}): Definition {
  return parseDefinition({
    ...demoDefinition,
    demo: true,
    wave: {
      ...demoDefinition.wave,
      slug: `${prefix}-${randomBytes(4).toString('hex')}`,
      opensAt: (options.opensAt ?? new Date(Date.now() - DAY)).toISOString(),
      closesAt: (options.closesAt ?? new Date(Date.now() + 30 * DAY)).toISOString(),
      participation: options.participation ?? 'open',
      minGroupSize: options.minGroupSize ?? 10,
      resultsAfterClose: options.resultsAfterClose ?? false,
      dailyLimitPerNetwork: options.dailyLimitPerNetwork ?? 1_000_000,
      minPlausibleSeconds: options.minPlausibleSeconds ?? 60,
    },
    questions: options.questions ?? demoDefinition.questions,
    breakdowns: options.breakdowns ?? demoDefinition.breakdowns,
  });
}

/** Creates a wave in the database and returns its definition (slug in definition.wave.slug). */
export async function createWave(pool: pg.Pool, prefix: string, options: WaveOptions = {}): Promise<Definition> {
  const definition = testDefinition(prefix, options);
  const client = await pool.connect();
  try {
    await loadDefinition(client, definition);
  } finally {
    client.release();
  }
  return definition;
}

/** Stores invitation codes for a wave (as the codes tool does) and returns them. */
export async function createCodes(pool: pg.Pool, slug: string, count: number): Promise<string[]> {
  const codes = Array.from({ length: count }, () => randomBytes(6).toString('hex').toUpperCase());
  await pool.query(
    `insert into public.survey_invitation_codes (code_hash, wave_id)
     select public.survey_hash_code(c), (select id from public.survey_waves where slug = $2) from unnest($1::text[]) c`,
    [codes, slug],
  );
  return codes;
}

/** The outcome of one call: the JSON result, or the PostgreSQL error fields. */
export type CallResult =
  | { ok: true; data: unknown }
  | { ok: false; code: string; message: string; detail: string | null };

/** A submission's arguments; omitted ones are sent as SQL null like a missing JSON key. */
export interface Submission {
  wave: string;
  answers: unknown;
  key?: string | null;
  code?: string | null;
  startedAt?: Date | null;
}

/** Runs SQL as an API role inside a transaction, with request.headers set like the API sets them. */
export async function asRole<T>(
  pool: pg.Pool,
  role: 'anon' | 'authenticated',
  work: (client: pg.PoolClient) => Promise<T>,
  headers: Record<string, string> = {},
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('role', $1, true), set_config('request.headers', $2, true)`, [role, JSON.stringify(headers)]);
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

/** Calls submit_survey_response as anon (from `address`) and returns the result or the error. */
export async function submit(pool: pg.Pool, submission: Submission, address = '192.0.2.1'): Promise<CallResult> {
  try {
    const data = await asRole(
      pool,
      'anon',
      async (client) =>
        (
          await client.query('select public.submit_survey_response($1::text, $2::jsonb, $3::uuid, $4::text, $5::timestamptz) as r', [
            submission.wave,
            submission.answers === undefined ? null : JSON.stringify(submission.answers),
            submission.key === undefined ? randomUUID() : submission.key,
            submission.code ?? null,
            submission.startedAt ?? null,
          ])
        ).rows[0].r,
      { 'x-forwarded-for': address },
    );
    return { ok: true, data };
  } catch (error) {
    const e = error as pg.DatabaseError;
    if (!e.code) throw error;
    return { ok: false, code: e.code, message: e.message, detail: e.detail ?? null };
  }
}

/** Counts stored responses of a wave (as the superuser). */
export async function countResponses(pool: pg.Pool, slug: string): Promise<number> {
  const { rows } = await pool.query(
    'select count(*)::int as n from public.survey_responses r join public.survey_waves w on w.id = r.wave_id where w.slug = $1',
    [slug],
  );
  return rows[0].n;
}

/** A complete, valid answer set for the demo questions. */
export function validAnswers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    stadtteil: 'altstadt',
    altersgruppe: 'a30_49',
    sicherheit_tag: 4,
    sicherheit_nacht: 2,
    sorgen: ['einbruch', 'verkehr'],
    wohndauer: 12,
    anmerkung: 'Mehr Licht am Bahnhof.',
    ...overrides,
  };
}

const text = (de: string, en: string, pl: string) => ({ de, en, pl });

/**
 * The demo questions with exclusive options, which the demo definition does not have: "sorgen"
 * (up to three, "keine Angabe" offered) gains "nichts_davon", and the optional "hilfe" has two
 * exclusive options, no "keine Angabe" and no limit.
 */
export function questionsWithExclusiveOptions(): NonNullable<WaveOptions['questions']> {
  const questions = demoDefinition.questions.map((question) =>
    question.id === 'sorgen' && question.kind === 'multiple'
      ? { ...question, options: [...question.options, { code: 'nichts_davon', label: text('nichts davon', 'None of these', 'Żadne z powyższych'), exclusive: true }] }
      : question,
  );
  return [
    ...questions,
    {
      id: 'hilfe',
      kind: 'multiple',
      noAnswer: false,
      label: text('Wen würden Sie um Hilfe bitten?', 'Whom would you ask for help?', 'Kogo poprosił(a)by Pan/Pani o pomoc?'),
      options: [
        { code: 'polizei', label: text('Polizei', 'Police', 'Policja') },
        { code: 'nachbarn', label: text('Nachbarn', 'Neighbours', 'Sąsiedzi') },
        { code: 'ordnungsamt', label: text('Ordnungsamt', 'Public order office', 'Urząd porządku publicznego') },
        { code: 'niemand', label: text('niemanden', 'Nobody', 'Nikogo'), exclusive: true },
        { code: 'weiss_nicht', label: text('weiß nicht', 'Don’t know', 'Nie wiem'), exclusive: true },
      ],
    },
  ];
}
