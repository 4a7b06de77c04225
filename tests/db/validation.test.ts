// The validation matrix: each rule refuses its bad input with its reason and question, in the
// database and in the browser validator alike, and nothing refused is stored. The wave is the
// demo questionnaire with exclusive options added (see questionsWithExclusiveOptions).
import { randomUUID } from 'node:crypto';
import { createClient } from '@supabase/supabase-js';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { authenticatorUrl } from '../../data-api/main.ts';
import { LOCAL_ANON_KEY } from '../../data-api/jwt.ts';
import { startDataApi } from '../../data-api/server.ts';
import type { Definition } from '../../src/lib/survey/definition.ts';
import { refusalFromError } from '../../src/lib/survey/reasons.ts';
import { answersSchema, checkAnswers } from '../../src/lib/survey/validate.ts';
import { countResponses, createWave, questionsWithExclusiveOptions, submit, validAnswers } from './helpers.ts';

let pool: pg.Pool;
let definition: Definition;

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 4 });
  definition = await createWave(pool, 'validation', { questions: questionsWithExclusiveOptions() });
});
afterAll(() => pool.end());

const invalid: [string, unknown, string, string | null][] = [
  ['answers are an array', [], 'answers_not_object', null],
  ['answers are a string', 'altstadt', 'answers_not_object', null],
  ['answers are JSON null', null, 'answers_not_object', null],
  ['an unknown question', validAnswers({ hobby: 'ja' }), 'question_unknown', null],
  ['a required question missing', validAnswers({ stadtteil: undefined }), 'answer_required', 'stadtteil'],
  ['a required question null', validAnswers({ sicherheit_tag: null }), 'answer_required', 'sicherheit_tag'],
  ['single choice given a number', validAnswers({ altersgruppe: 3 }), 'answer_type', 'altersgruppe'],
  ['single choice with an unknown code', validAnswers({ stadtteil: 'berlin' }), 'option_unknown', 'stadtteil'],
  ['multiple choice given a string', validAnswers({ sorgen: 'einbruch' }), 'answer_type', 'sorgen'],
  ['multiple choice with a number inside', validAnswers({ sorgen: ['einbruch', 1] }), 'answer_type', 'sorgen'],
  ['multiple choice with an unknown code', validAnswers({ sorgen: ['einbruch', 'laerm'] }), 'option_unknown', 'sorgen'],
  ['multiple choice with a duplicate', validAnswers({ sorgen: ['einbruch', 'einbruch'] }), 'option_duplicate', 'sorgen'],
  ['keine Angabe with another option', validAnswers({ sorgen: ['keine_angabe', 'verkehr'] }), 'no_answer_exclusive', 'sorgen'],
  ['nichts davon with another option', validAnswers({ sorgen: ['nichts_davon', 'einbruch'] }), 'option_exclusive', 'sorgen'],
  ['another option before nichts davon', validAnswers({ sorgen: ['verkehr', 'nichts_davon'] }), 'option_exclusive', 'sorgen'],
  ['two exclusive options together', validAnswers({ hilfe: ['niemand', 'weiss_nicht'] }), 'option_exclusive', 'hilfe'],
  ['keine Angabe with nichts davon (keine Angabe is checked first)', validAnswers({ sorgen: ['nichts_davon', 'keine_angabe'] }), 'no_answer_exclusive', 'sorgen'],
  ['nichts davon among too many options (exclusivity is checked first)', validAnswers({ sorgen: ['einbruch', 'verkehr', 'vandalismus', 'nichts_davon'] }), 'option_exclusive', 'sorgen'],
  ['nichts davon twice', validAnswers({ sorgen: ['nichts_davon', 'nichts_davon'] }), 'option_duplicate', 'sorgen'],
  ['more options than allowed', validAnswers({ sorgen: ['einbruch', 'verkehr', 'vandalismus', 'beleuchtung'] }), 'too_many_options', 'sorgen'],
  ['scale given a string', validAnswers({ sicherheit_tag: '4' }), 'answer_type', 'sicherheit_tag'],
  ['scale given a fraction', validAnswers({ sicherheit_tag: 2.5 }), 'not_integer', 'sicherheit_tag'],
  ['scale below its range', validAnswers({ sicherheit_nacht: 0 }), 'out_of_range', 'sicherheit_nacht'],
  ['scale above its range', validAnswers({ sicherheit_nacht: 6 }), 'out_of_range', 'sicherheit_nacht'],
  ['number given a boolean', validAnswers({ wohndauer: true }), 'answer_type', 'wohndauer'],
  ['number given a fraction', validAnswers({ wohndauer: 1.5 }), 'not_integer', 'wohndauer'],
  ['number out of range', validAnswers({ wohndauer: 121 }), 'out_of_range', 'wohndauer'],
  ['text given an object', validAnswers({ anmerkung: { text: 'x' } }), 'answer_type', 'anmerkung'],
  ['text one character too long', validAnswers({ anmerkung: 'ä'.repeat(501) }), 'text_too_long', 'anmerkung'],
  ['text of emoji too long (code points)', validAnswers({ anmerkung: '🚲'.repeat(501) }), 'text_too_long', 'anmerkung'],
  ['the first failing question is reported', validAnswers({ sicherheit_tag: 9, wohndauer: -1 }), 'out_of_range', 'sicherheit_tag'],
];

const valid: [string, Record<string, unknown>][] = [
  ['every question answered', validAnswers()],
  ['only the required questions', { stadtteil: 'innenstadt', sicherheit_tag: 1 }],
  ['keine Angabe everywhere it is offered', {
    stadtteil: 'keine_angabe', altersgruppe: 'keine_angabe', sicherheit_tag: 'keine_angabe',
    sicherheit_nacht: 'keine_angabe', sorgen: ['keine_angabe'], wohndauer: 'keine_angabe',
  }],
  ['empty optional answers', validAnswers({ sorgen: [], anmerkung: '', altersgruppe: null })],
  ['range limits and the longest text', validAnswers({ sicherheit_tag: 5, sicherheit_nacht: 1, wohndauer: 0, anmerkung: '🚲'.repeat(500) })],
  ['a whole number written as 3.0', validAnswers({ wohndauer: 3.0 })],
  ['nichts davon alone', validAnswers({ sorgen: ['nichts_davon'] })],
  ['an exclusive option alone where keine Angabe is not offered', validAnswers({ hilfe: ['weiss_nicht'] })],
  ['several options that are not exclusive', validAnswers({ hilfe: ['ordnungsamt', 'polizei', 'nachbarn'] })],
];

describe('invalid answers', () => {
  it.each(invalid)('%s → %s', async (_name, answers, reason, question) => {
    const before = await countResponses(pool, definition.wave.slug);
    const result = await submit(pool, { wave: definition.wave.slug, answers });
    expect(result).toEqual({ ok: false, code: 'PT400', message: reason, detail: question });
    expect(checkAnswers(definition, answers)).toEqual({ reason, question });
    const zod = answersSchema(definition).safeParse(answers);
    expect(zod.success).toBe(false);
    expect(zod.error?.issues[0].message).toBe(reason);
    expect(await countResponses(pool, definition.wave.slug)).toBe(before);
  });
});

describe('valid answers', () => {
  it.each(valid)('%s', async (_name, answers) => {
    const before = await countResponses(pool, definition.wave.slug);
    expect(checkAnswers(definition, answers)).toBeNull();
    expect(answersSchema(definition).safeParse(answers).success).toBe(true);
    expect(await submit(pool, { wave: definition.wave.slug, answers })).toEqual({ ok: true, data: { status: 'stored' } });
    expect(await countResponses(pool, definition.wave.slug)).toBe(before + 1);
  });

  it('stores empty answers as not answered', async () => {
    const key = crypto.randomUUID();
    await submit(pool, { wave: definition.wave.slug, key, answers: { stadtteil: 'altstadt', sicherheit_tag: 2, sorgen: [], anmerkung: '' } });
    const { rows } = await pool.query('select answers from public.survey_responses where idempotency_key = $1', [key]);
    expect(rows[0].answers).toEqual({ stadtteil: 'altstadt', sicherheit_tag: 2 });
  });
});

describe('missing arguments', () => {
  it('refuses a missing idempotency key', async () => {
    const result = await submit(pool, { wave: definition.wave.slug, answers: validAnswers(), key: null });
    expect(result).toMatchObject({ ok: false, code: 'PT400', message: 'idempotency_key_missing' });
  });

  it('refuses SQL null answers like a non-object', async () => {
    const result = await submit(pool, { wave: definition.wave.slug, answers: undefined });
    expect(result).toMatchObject({ ok: false, code: 'PT400', message: 'answers_not_object' });
  });

  it('answers an unknown wave with 404', async () => {
    const result = await submit(pool, { wave: 'no-such-wave', answers: validAnswers() });
    expect(result).toMatchObject({ ok: false, code: 'PT404', message: 'wave_unknown' });
  });
});

describe('exclusive options through supabase-js and the Data API', () => {
  it('refuses "nichts davon" with another option: 400, option_exclusive, the question; stores nothing', async () => {
    const api = await startDataApi({ databaseUrl: authenticatorUrl(inject('databaseUrl')), schemas: ['public'] });
    try {
      const supabase = createClient(api.url, LOCAL_ANON_KEY);
      const before = await countResponses(pool, definition.wave.slug);
      const { error, status } = await supabase.rpc('submit_survey_response', {
        p_wave: definition.wave.slug,
        p_answers: validAnswers({ sorgen: ['einbruch', 'nichts_davon'] }),
        p_idempotency_key: randomUUID(),
      });
      expect(status).toBe(400);
      expect(error).toMatchObject({ code: 'PT400', message: 'option_exclusive', details: 'sorgen' });
      // reasons.ts knows the reason with the status the database sent, so the form can show its text.
      expect(refusalFromError(error!, status)).toEqual({ reason: 'option_exclusive', question: 'sorgen', status: 400 });
      expect(await countResponses(pool, definition.wave.slug)).toBe(before);

      const alone = await supabase.rpc('submit_survey_response', {
        p_wave: definition.wave.slug,
        p_answers: validAnswers({ sorgen: ['nichts_davon'] }),
        p_idempotency_key: randomUUID(),
      });
      expect(alone).toMatchObject({ status: 200, error: null, data: { status: 'stored' } });
      expect(await countResponses(pool, definition.wave.slug)).toBe(before + 1);
    } finally {
      await api.close();
    }
  });
});
