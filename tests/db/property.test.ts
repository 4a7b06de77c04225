// Property test: 10,000 generated payloads, valid and invalid, derived from the definition. The
// browser validator and the database must give the same verdict (reason and question) on every
// one; every valid payload is stored, nothing invalid is, and nothing fails unexpectedly. The
// wave has exclusive options ("nichts davon"), so the rules' order among each other is tested too.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { NO_ANSWER, type Definition, type Question } from '../../src/lib/survey/definition.ts';
import { checkAnswers } from '../../src/lib/survey/validate.ts';
import { createWave, questionsWithExclusiveOptions } from './helpers.ts';

const RUNS = 10_000;
const LANES = 4;
const SEED = Number(process.env.SURVEY_PROPERTY_SEED ?? Date.now() % 2_147_483_647);

let pool: pg.Pool;
let definition: Definition;
beforeAll(async () => {
  pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: LANES + 1 });
  definition = await createWave(pool, 'property', { questions: questionsWithExclusiveOptions() });
});
afterAll(() => pool.end());

// Text the database can receive at all: PostgreSQL's jsonb has no \u0000, and JSON text cannot
// carry lone surrogates, so the API refuses those before the function is reached.
const text = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength }).filter((s) => !s.includes('\u0000'));

function validValue(question: Question): fc.Arbitrary<unknown> {
  const noAnswer = 'noAnswer' in question && question.noAnswer ? [fc.constant(NO_ANSWER)] : [];
  switch (question.kind) {
    case 'single':
      return fc.constantFrom(...question.options.map((o) => o.code), ...(question.noAnswer ? [NO_ANSWER] : []));
    case 'multiple': {
      // Any of the ordinary options together, or one exclusive option or "keine Angabe" alone.
      const ordinary = question.options.filter((o) => !o.exclusive).map((o) => o.code);
      const alone = [...question.options.filter((o) => o.exclusive).map((o) => o.code), ...(question.noAnswer ? [NO_ANSWER] : [])];
      return fc.oneof(fc.subarray(ordinary, { minLength: 1, maxLength: question.maxSelections }), ...(alone.length ? [fc.constantFrom(...alone).map((v) => [v])] : []));
    }
    case 'scale':
    case 'number':
      return fc.oneof(fc.integer({ min: question.min, max: question.max }), ...noAnswer);
    case 'text':
      return text(question.maxLength);
  }
}

function noiseValue(question: Question): fc.Arbitrary<unknown> {
  const codes = 'options' in question ? [...question.options.map((o) => o.code), NO_ANSWER] : [NO_ANSWER];
  const code = fc.oneof(fc.constantFrom(...codes), fc.string({ maxLength: 8 }));
  return fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -300, max: 300 }),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e4, max: 1e4 }),
    code,
    fc.array(fc.oneof(code, code, fc.integer({ min: 0, max: 9 })), { maxLength: 6 }),
    fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
    question.kind === 'text' ? text(question.maxLength + 20) : fc.constant(''),
  );
}

/**
 * Near misses of a multiple-choice answer: several of its codes ("keine Angabe" and exclusive
 * ones included) in any order, sometimes one twice, so that the rules on duplicates, "keine
 * Angabe", exclusive options and the limit meet in every combination.
 */
function mixedChoices(question: Question): fc.Arbitrary<string[]> {
  if (question.kind !== 'multiple') throw new Error(`${question.id} is not a multiple-choice question.`);
  const codes = [...question.options.map((o) => o.code), ...(question.noAnswer ? [NO_ANSWER] : [])];
  // Ordinary options alone as well: among all codes, too many without an exclusive one is rare.
  const ordinary = question.options.filter((o) => !o.exclusive).map((o) => o.code);
  return fc
    .tuple(fc.oneof(fc.shuffledSubarray(codes, { minLength: 2 }), fc.shuffledSubarray(ordinary, { minLength: 2 })), fc.option(fc.constantFrom(...codes), { freq: 4 }))
    .map(([picked, again]) => (again === null ? picked : [...picked, again]));
}

/** Payloads: mostly objects with valid, invalid or missing answers per question, some other JSON. */
function payload(def: Definition): fc.Arbitrary<unknown> {
  const entries = def.questions.map((question) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant(undefined) },
      { weight: 12, arbitrary: validValue(question) },
      { weight: 1, arbitrary: noiseValue(question) },
      ...(question.kind === 'multiple' ? [{ weight: 2, arbitrary: mixedChoices(question) }] : []),
    ),
  );
  const objects = fc
    .tuple(fc.tuple(...entries), fc.oneof({ weight: 19, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 12 }), fc.integer()) }))
    .map(([values, extra]) => {
      const answers: Record<string, unknown> = {};
      def.questions.forEach((question, i) => {
        if (values[i] !== undefined) answers[question.id] = values[i];
      });
      if (extra) answers[extra[0]] = extra[1];
      return answers;
    });
  return fc.oneof({ weight: 40, arbitrary: objects }, { weight: 1, arbitrary: fc.oneof(fc.constant(null), fc.array(fc.integer()), fc.string(), fc.integer()) });
}

it(`gives the browser's and the database's verdict alike on ${RUNS} payloads (seed ${SEED})`, async () => {
  const payloads = fc.sample(payload(definition), { numRuns: RUNS, seed: SEED });
  const keys = payloads.map(() => randomUUID());
  const mismatches: unknown[] = [];
  const unexpected: unknown[] = [];
  let next = 0;

  // A few connections that each act as anon for the whole session and take payloads in turn.
  await Promise.all(
    Array.from({ length: LANES }, async () => {
      const client = await pool.connect();
      try {
        await client.query(`set role anon`);
        while (next < payloads.length) {
          const i = next++;
          const expected = checkAnswers(definition, payloads[i]);
          let actual: { reason: string; question: string | null } | null = null;
          try {
            await client.query('select public.submit_survey_response($1::text, $2::jsonb, $3::uuid)', [
              definition.wave.slug,
              JSON.stringify(payloads[i]),
              keys[i],
            ]);
          } catch (error) {
            const e = error as pg.DatabaseError;
            if (e.code !== 'PT400') {
              unexpected.push({ payload: payloads[i], code: e.code, message: e.message });
              continue;
            }
            actual = { reason: e.message, question: e.detail ?? null };
          }
          if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push({ payload: payloads[i], browser: expected, database: actual });
        }
      } finally {
        await client.query('reset role');
        client.release();
      }
    }),
  );

  expect(unexpected.slice(0, 3)).toEqual([]);
  expect(mismatches.slice(0, 3)).toEqual([]);

  const validKeys = keys.filter((_, i) => checkAnswers(definition, payloads[i]) === null);
  const stored = await pool.query(
    `select r.idempotency_key as key, r.answers from public.survey_responses r
     join public.survey_waves w on w.id = r.wave_id where w.slug = $1`,
    [definition.wave.slug],
  );
  // Both kinds really occurred, every valid payload was stored, and only those.
  expect(validKeys.length).toBeGreaterThan(RUNS * 0.3);
  expect(RUNS - validKeys.length).toBeGreaterThan(RUNS * 0.2);
  // The choice rules all came up, the new exclusive one among them, often enough to meet the others.
  const reasons = payloads.map((p) => checkAnswers(definition, p)?.reason);
  for (const reason of ['option_duplicate', 'no_answer_exclusive', 'option_exclusive', 'too_many_options']) {
    expect(reasons.filter((r) => r === reason).length, reason).toBeGreaterThan(RUNS * 0.002);
  }
  expect(stored.rows.map((r) => r.key).sort()).toEqual([...validKeys].sort());
  expect(stored.rows.filter((r) => checkAnswers(definition, r.answers) !== null)).toEqual([]);
});
