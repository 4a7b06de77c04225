// survey_results: counts overall and by district and age band, small cells suppressed, and
// complementary suppression so that no hidden cell follows from a published total.
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NO_ANSWER, type Definition } from '../../src/lib/survey/definition.ts';
import { asRole, createWave, type WaveOptions } from './helpers.ts';

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 4 });
});
afterAll(() => pool.end());

const label = (text: string) => ({ de: text, en: text, pl: text });
const choice = (id: string, codes: string[], noAnswer = false) => ({
  id,
  kind: 'single' as const,
  label: label(id),
  noAnswer,
  options: codes.map((code) => ({ code, label: label(code) })),
});

/** A small questionnaire: district, age band, one single-choice and one multiple-choice question. */
const questions: WaveOptions['questions'] = [
  choice('bezirk', ['nord', 'mitte', 'sued']),
  choice('alter', ['jung', 'alt']),
  choice('frage', ['ja', 'nein'], true),
  { id: 'mehrfach', kind: 'multiple', label: label('mehrfach'), noAnswer: false, options: ['x', 'y', 'z'].map((code) => ({ code, label: label(code) })) },
];
const breakdowns = { district: 'bezirk', ageBand: 'alter' };

type Row = Record<string, unknown>;

/** Creates a wave, stores the given answers directly (as staff would) and reads results as anon. */
async function resultsFor(rows: Row[], options: WaveOptions = {}) {
  const definition = await createWave(pool, 'results', { questions, breakdowns, minGroupSize: 5, ...options });
  await pool.query(
    `insert into public.survey_responses (wave_id, answers, submitted_on, idempotency_key)
     select (select id from public.survey_waves where slug = $1), a, current_date, gen_random_uuid()
     from unnest($2::jsonb[]) a`,
    [definition.wave.slug, rows.map((r) => JSON.stringify(r))],
  );
  const result = await asRole(pool, 'anon', async (client) => (await client.query('select public.survey_results($1) as r', [definition.wave.slug])).rows[0].r);
  return { definition, result };
}

interface QuestionResult {
  id: string;
  kind: string;
  n: number | null;
  counts: Record<string, number | null>;
  breakdowns: Record<string, { group: string | null; n: number | null; counts: Record<string, number | null> }[]>;
}

/** The true counts of one question for the responses whose group value matches. */
function trueCounts(rows: Row[], questionId: string, options: string[], filter: (row: Row) => boolean) {
  const selected = rows.filter((row) => filter(row) && row[questionId] !== undefined);
  const counts = Object.fromEntries(options.map((o) => [o, 0]));
  for (const row of selected) for (const value of [row[questionId]].flat()) counts[String(value)] += 1;
  return { n: selected.length, counts };
}

/** Checks every published number against the truth and the two suppression rules. */
function checkResult(definition: Definition, rows: Row[], result: { minGroupSize: number; questions: QuestionResult[] }) {
  const k = result.minGroupSize;
  for (const question of result.questions) {
    const def = definition.questions.find((q) => q.id === question.id)!;
    const options = 'options' in def ? [...def.options.map((o) => o.code), ...(def.noAnswer ? [NO_ANSWER] : [])] : [];
    // Build the same table the database uses: row 0 overall, then one row per group.
    const table: { published: (number | null)[]; truth: number[]; dim: string | null }[] = [];
    const push = (published: { n: number | null; counts: Record<string, number | null> }, truth: { n: number; counts: Record<string, number> }, dim: string | null) =>
      table.push({ published: [published.n, ...options.map((o) => published.counts[o])], truth: [truth.n, ...options.map((o) => truth.counts[o])], dim });
    push(question, trueCounts(rows, question.id, options, () => true), null);
    for (const [dim, groups] of Object.entries(question.breakdowns)) {
      const groupQuestion = breakdowns[dim as keyof typeof breakdowns];
      for (const group of groups) {
        push(group, trueCounts(rows, question.id, options, (row) => (row[groupQuestion] ?? null) === group.group), dim);
      }
    }
    for (const row of table) {
      row.published.forEach((value, i) => {
        // Published numbers are true, and never between 1 and k - 1.
        if (value !== null) expect(value, `${question.id} cell ${i}`).toBe(row.truth[i]);
        if (row.truth[i] > 0 && row.truth[i] < k) expect(value, `${question.id} small cell ${i}`).toBeNull();
      });
      const hidden = row.published.filter((v) => v === null).length;
      // A row sums up (n = sum of options) for single choice: never exactly one hidden cell.
      if (question.kind !== 'multiple') expect(hidden, `${question.id} row hides exactly one cell`).not.toBe(1);
    }
    for (const dim of Object.keys(question.breakdowns)) {
      for (let col = 0; col <= options.length; col++) {
        const line = [table[0], ...table.filter((r) => r.dim === dim)].map((r) => r.published[col]);
        expect(line.filter((v) => v === null).length, `${question.id} ${dim} column ${col}`).not.toBe(1);
      }
    }
  }
}

describe('survey_results', () => {
  it('publishes counts at or above the minimum group size and hides the rest', async () => {
    const rows = [
      ...Array.from({ length: 12 }, () => ({ bezirk: 'nord', alter: 'jung', frage: 'ja' })),
      ...Array.from({ length: 8 }, () => ({ bezirk: 'mitte', alter: 'alt', frage: 'nein' })),
    ];
    const { definition, result } = await resultsFor(rows);
    const frage = result.questions.find((q: QuestionResult) => q.id === 'frage');
    expect(frage.n).toBe(20);
    expect(frage.counts).toEqual({ ja: 12, nein: 8, keine_angabe: 0 });
    expect(result.responses).toBe(20);
    checkResult(definition, rows, result);
  });

  it('adds a complementary suppression when one hidden cell could be worked out from n', async () => {
    // 12 "ja" and 3 "nein": hiding only the 3 would leave it as 15 - 12.
    const rows = [
      ...Array.from({ length: 12 }, () => ({ bezirk: 'nord', frage: 'ja' })),
      ...Array.from({ length: 3 }, () => ({ bezirk: 'nord', frage: 'nein' })),
    ];
    const { definition, result } = await resultsFor(rows);
    const frage = result.questions.find((q: QuestionResult) => q.id === 'frage');
    expect(frage.n).toBe(15);
    expect(frage.counts).toEqual({ ja: null, nein: null, keine_angabe: 0 });
    checkResult(definition, rows, result);
  });

  it('adds a complementary suppression across districts when one district cell could be worked out from the total', async () => {
    // "ja" in sued is 2; nord (10) and mitte (10) and the overall 22 would reveal it.
    const rows = [
      ...Array.from({ length: 10 }, () => ({ bezirk: 'nord', frage: 'ja', mehrfach: ['x'] })),
      ...Array.from({ length: 10 }, () => ({ bezirk: 'nord', frage: 'nein', mehrfach: ['z'] })),
      ...Array.from({ length: 10 }, () => ({ bezirk: 'mitte', frage: 'ja', mehrfach: ['x', 'y'] })),
      ...Array.from({ length: 2 }, () => ({ bezirk: 'sued', frage: 'ja', mehrfach: ['x'] })),
      ...Array.from({ length: 10 }, () => ({ bezirk: 'sued', frage: 'nein', mehrfach: ['z'] })),
    ];
    const { definition, result } = await resultsFor(rows);
    const frage: QuestionResult = result.questions.find((q: QuestionResult) => q.id === 'frage');
    const byDistrict = Object.fromEntries(frage.breakdowns.district.map((g) => [g.group, g.counts]));
    expect(byDistrict.sued.ja).toBeNull();
    expect(frage.counts.ja).toBe(22);
    expect([byDistrict.nord.ja, byDistrict.mitte.ja]).toContain(null);
    const mehrfach: QuestionResult = result.questions.find((q: QuestionResult) => q.id === 'mehrfach');
    const multi = Object.fromEntries(mehrfach.breakdowns.district.map((g) => [g.group, g.counts]));
    expect(multi.sued.x).toBeNull();
    expect([multi.nord.x, multi.mitte.x]).toContain(null);
    checkResult(definition, rows, result);
  });

  it('keeps the rules on random response sets', async () => {
    const answer = fc.record(
      {
        bezirk: fc.constantFrom('nord', 'mitte', 'sued'),
        alter: fc.constantFrom('jung', 'alt'),
        frage: fc.constantFrom('ja', 'nein', NO_ANSWER),
        mehrfach: fc.subarray(['x', 'y', 'z'], { minLength: 1 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(answer, { minLength: 0, maxLength: 80 }), fc.integer({ min: 2, max: 8 }), async (rows, k) => {
        const { definition, result } = await resultsFor(rows, { minGroupSize: k });
        checkResult(definition, rows, result);
      }),
      { numRuns: 30 },
    );
  });

  it('works without breakdowns', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({ bezirk: 'nord', frage: i < 9 ? 'ja' : 'nein', mehrfach: ['x'] }));
    const { result } = await resultsFor(rows, { breakdowns: {} });
    const frage: QuestionResult = result.questions.find((q: QuestionResult) => q.id === 'frage');
    expect(frage).toMatchObject({ n: 12, counts: { ja: null, nein: null, keine_angabe: 0 }, breakdowns: {} });
    const mehrfach: QuestionResult = result.questions.find((q: QuestionResult) => q.id === 'mehrfach');
    expect(mehrfach.counts).toEqual({ x: 12, y: 0, z: 0 });
  });

  it('refuses results before closing when the wave publishes only after closing', async () => {
    const definition = await createWave(pool, 'results-hidden', { questions, breakdowns, resultsAfterClose: true });
    const call = () =>
      asRole(pool, 'anon', async (client) => (await client.query('select public.survey_results($1) as r', [definition.wave.slug])).rows[0].r);
    await expect(call()).rejects.toMatchObject({ code: 'PT403', message: 'results_not_available' });
    await pool.query(`update public.survey_waves set opens_at = now() - interval '2 days', closes_at = now() - interval '1 day' where slug = $1`, [definition.wave.slug]);
    await expect(call()).resolves.toMatchObject({ wave: definition.wave.slug });
  });

  it('recomputes the cached result of a closed wave once responses were added', async () => {
    const rows = Array.from({ length: 10 }, () => ({ bezirk: 'nord', frage: 'ja' }));
    const day = 86_400_000;
    const { definition, result } = await resultsFor(rows, { opensAt: new Date(Date.now() - 2 * day), closesAt: new Date(Date.now() - day) });
    expect(result.responses).toBe(10);
    await pool.query(
      `insert into public.survey_responses (wave_id, answers, submitted_on, idempotency_key)
       select w.id, '{"bezirk": "nord", "frage": "nein"}', current_date, gen_random_uuid() from public.survey_waves w where slug = $1`,
      [definition.wave.slug],
    );
    const again = await asRole(pool, 'anon', async (client) => (await client.query('select public.survey_results($1) as r', [definition.wave.slug])).rows[0].r);
    expect(again.responses).toBe(11);
  });
});
