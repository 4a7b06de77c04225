// The survey form's rules without the browser: saving and restoring, reading typed numbers,
// turning entries into answers, the errors of a step, and where a refusal sends the resident.
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../../src/lib/survey/definition';
import { demoDefinition } from '../../src/lib/survey/demo-definition';
import {
  formSections,
  newSurvey,
  normalizeCode,
  parseNumber,
  parseSaved,
  refusalStep,
  startErrors,
  stepErrors,
  stepIds,
  toAnswers,
} from '../../src/lib/survey/form-state';

const demo = parseDefinition(demoDefinition);
const [section] = formSections(demo);

describe('saving on the device', () => {
  it('restores what was saved, and treats damaged or old copies as nothing', () => {
    const survey = { ...newSurvey(new Date('2026-11-27T10:00:00Z'), 'key-1'), raw: { sorgen: ['einbruch'], stadtteil: 'altstadt' }, consent: true, code: 'ABCD', step: 'fragen' };
    expect(parseSaved(JSON.stringify(survey))).toEqual(survey);
    expect(parseSaved(null)).toBeNull();
    expect(parseSaved('{not json')).toBeNull();
    expect(parseSaved(JSON.stringify({ ...survey, version: 2 }))).toBeNull();
    expect(parseSaved(JSON.stringify({ ...survey, idempotencyKey: 5 }))).toBeNull();
    // A value of the wrong shape is dropped, the rest kept.
    expect(parseSaved(JSON.stringify({ ...survey, raw: { sorgen: [1], stadtteil: 'altstadt' } }))?.raw).toEqual({ stadtteil: 'altstadt' });
  });
});

describe('typed numbers', () => {
  it.each([
    ['12', 12],
    [' 3 ', 3],
    ['12,5', 12.5],
    ['-4', -4],
    ['.5', 0.5],
  ])('reads %j as %d', (text, value) => expect(parseNumber(text)).toBe(value));
  it.each(['', 'zwölf', '1e3', '12 Jahre', '1.2.3', 'Infinity'])('refuses %j', (text) => expect(parseNumber(text)).toBeNaN());
});

describe('answers to send', () => {
  it('keeps answered questions only, with numbers as numbers and blank text dropped', () => {
    expect(toAnswers(demo, { stadtteil: 'altstadt', sicherheit_tag: '4', sorgen: [], wohndauer: '7', anmerkung: '   ' })).toEqual({
      stadtteil: 'altstadt',
      sicherheit_tag: 4,
      wohndauer: 7,
    });
    expect(toAnswers(demo, { wohndauer: 'keine_angabe', sicherheit_nacht: 'keine_angabe' })).toEqual({ wohndauer: 'keine_angabe', sicherheit_nacht: 'keine_angabe' });
  });
});

describe('errors of a step', () => {
  it('reports every problem of the step, in question order', () => {
    const errors = stepErrors(demo, section!, {
      sorgen: ['einbruch', 'verkehr', 'beleuchtung', 'vandalismus'],
      wohndauer: 'zwölf',
      anmerkung: 'x'.repeat(501),
    });
    expect(errors).toEqual([
      { field: 'stadtteil', reason: 'answer_required' },
      { field: 'sicherheit_tag', reason: 'answer_required' },
      { field: 'sorgen', reason: 'too_many_options' },
      { field: 'wohndauer', reason: 'not_a_number' },
      { field: 'anmerkung', reason: 'text_too_long' },
    ]);
  });

  it('accepts "keine Angabe" as an answer to a required question, but not together with others', () => {
    const base = { stadtteil: 'keine_angabe', sicherheit_tag: '3' };
    expect(stepErrors(demo, section!, base)).toEqual([]);
    expect(stepErrors(demo, section!, { ...base, sorgen: ['keine_angabe', 'verkehr'] })).toEqual([{ field: 'sorgen', reason: 'no_answer_exclusive' }]);
    expect(stepErrors(demo, section!, { ...base, wohndauer: '121' })).toEqual([{ field: 'wohndauer', reason: 'out_of_range' }]);
    expect(stepErrors(demo, section!, { ...base, wohndauer: '2,5' })).toEqual([{ field: 'wohndauer', reason: 'not_integer' }]);
  });

  it('asks for consent, and for the code only in invitation waves', () => {
    expect(startErrors(demo, { consent: false, code: '' })).toEqual([{ field: 'consent', reason: 'consent_required' }]);
    const invitation = { ...demo, wave: { ...demo.wave, participation: 'invitation' as const } };
    expect(startErrors(invitation, { consent: true, code: '  ' })).toEqual([{ field: 'code', reason: 'code_required' }]);
    expect(startErrors(invitation, { consent: true, code: 'k7qm 2xhp' })).toEqual([]);
    expect(normalizeCode(' k7qm 2xhp-9rta ')).toBe('K7QM2XHP-9RTA');
  });
});

describe('the Görlitz questionnaire in the form', () => {
  it('refuses "nichts davon" together with an offence, and accepts it alone', async () => {
    const { goerlitz2027 } = await import('../../src/lib/survey/waves/goerlitz-2027');
    const definition = parseDefinition(goerlitz2027);
    const section = formSections(definition).find((s) => s.questions.includes('opfer_12_monate'))!;
    expect(stepErrors(definition, section, { opfer_12_monate: ['nichts_davon', 'diebstahl'] })).toEqual([{ field: 'opfer_12_monate', reason: 'option_exclusive' }]);
    expect(stepErrors(definition, section, { opfer_12_monate: ['nichts_davon'] })).toEqual([]);
  });
});

describe('refusals from the backend', () => {
  const sections = formSections(demo);
  it('sends code problems to the start step, answer problems to their question, the rest to the review', () => {
    expect(refusalStep(demo, sections, 'code_used', null)).toEqual({ step: 'start', error: { field: 'code', reason: 'code_used' } });
    expect(refusalStep(demo, sections, 'out_of_range', 'wohndauer')).toEqual({ step: 'fragen', error: { field: 'wohndauer', reason: 'out_of_range' } });
    expect(refusalStep(demo, sections, 'wave_closed', null)).toEqual({ step: 'review', error: { field: null, reason: 'wave_closed' } });
    expect(refusalStep(demo, sections, null, null)).toEqual({ step: 'review', error: { field: null, reason: 'unexpected' } });
  });

  it('lists the steps: start, one per section, review', () => {
    expect(stepIds(sections)).toEqual(['start', 'fragen', 'review']);
  });
});
