// The definition schema refuses questionnaires the database checks could not make sense of,
// with messages that name the field. (Plain schema tests; they live with the backend tests
// because the database reads exactly what this schema lets through.)
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../../src/lib/survey/definition.ts';
import { demoDefinition } from '../../src/lib/survey/demo-definition.ts';
import { goerlitz2027 } from '../../src/lib/survey/waves/goerlitz-2027.ts';

const withQuestions = (questions: unknown[], breakdowns: unknown = {}) => ({ ...demoDefinition, questions, breakdowns });
const label = { de: 'x', en: 'x', pl: 'x' };
const options = [
  { code: 'a', label },
  { code: 'b', label },
];
/** Three text questions q1–q3 split into sections given as [id, question ids]. */
const withSections = (sections: [string, string[]][]) => ({
  ...withQuestions(['q1', 'q2', 'q3'].map((id) => ({ id, kind: 'text', label }))),
  sections: sections.map(([id, questions]) => ({ id, title: label, questions })),
});

describe('definition schema', () => {
  it('accepts the demo definition and fills in defaults', () => {
    const definition = parseDefinition(demoDefinition);
    expect(definition.demo).toBe(true);
    const sorgen = definition.questions.find((q) => q.id === 'sorgen');
    expect(sorgen).toMatchObject({ required: false, noAnswer: true, maxSelections: 3 });
    expect(definition.wave.minGroupSize).toBe(10);
  });

  it('accepts sections that list every question once, in order', () => {
    const definition = parseDefinition(withSections([['eins', ['q1', 'q2']], ['zwei', ['q3']]]));
    expect(definition.sections?.map((s) => s.id)).toEqual(['eins', 'zwei']);
  });

  it('gives multiple-choice options "exclusive", default false, and keeps it off single-choice options', () => {
    const definition = parseDefinition(
      withQuestions([
        { id: 'q', kind: 'multiple', label, options: [...options, { code: 'nichts_davon', label, exclusive: true }] },
        { id: 'r', kind: 'single', label, options },
      ]),
    );
    const [multiple, single] = definition.questions;
    expect(multiple.kind === 'multiple' && multiple.options.map((o) => o.exclusive)).toEqual([false, false, true]);
    expect(single.kind === 'single' && single.options.every((o) => !('exclusive' in o))).toBe(true);
  });

  it('marks "nichts davon" exclusive in every question of the Görlitz questionnaire that offers it', () => {
    const definition = parseDefinition(goerlitz2027);
    const noneOfThese = definition.questions.flatMap((q) => (q.kind === 'multiple' ? q.options.filter((o) => o.code === 'nichts_davon') : []));
    expect(noneOfThese.length).toBeGreaterThan(0);
    expect(noneOfThese.every((o) => o.exclusive)).toBe(true);
  });

  it.each([
    ['an exclusive single-choice option', withQuestions([{ id: 'q', kind: 'single', label, options: [{ code: 'a', label, exclusive: true }, { code: 'b', label }] }]), 'questions.0.options.0', 'Only multiple-choice options can be "exclusive"'],
    ['"exclusive: false" on a single-choice option', withQuestions([{ id: 'q', kind: 'single', label, options: [{ code: 'a', label }, { code: 'b', label, exclusive: false }] }]), 'questions.0.options.1', 'Remove "exclusive"'],
    ['a non-boolean exclusive', withQuestions([{ id: 'q', kind: 'multiple', label, options: [{ code: 'a', label, exclusive: 'ja' }, { code: 'b', label }] }]), 'questions.0.options.0.exclusive', 'expected boolean'],
    ['a reserved option code', withQuestions([{ id: 'q', kind: 'single', label, options: [{ code: 'keine_angabe', label }, { code: 'b', label }] }]), 'questions.0.options.0.code', 'reserved'],
    ['duplicate option codes', withQuestions([{ id: 'q', kind: 'single', label, options: [{ code: 'a', label }, { code: 'a', label }] }]), 'questions.0.options', 'unique'],
    ['a scale with max below min', withQuestions([{ id: 'q', kind: 'scale', label, min: 5, max: 1, minLabel: label, maxLabel: label }]), 'questions.0.max', 'max > min'],
    ['a breakdown by a multiple-choice question', withQuestions([{ id: 'q', kind: 'multiple', label, options }], { district: 'q' }), 'breakdowns.district', 'single-choice'],
    ['a breakdown by a missing question', withQuestions([{ id: 'q', kind: 'single', label, options }], { ageBand: 'alter' }), 'breakdowns.ageBand', 'not a question'],
    ['an unknown field (typo)', withQuestions([{ id: 'q', kind: 'single', label, options, requierd: true }]), 'questions.0', 'requierd'],
    ['a question id with capitals', withQuestions([{ id: 'Frage', kind: 'text', label }]), 'questions.0.id', 'lower-case'],
    ['a section list missing a question', withSections([['eins', ['q1']], ['zwei', ['q2']]]), 'sections', 'missing q3'],
    ['sections out of question order', withSections([['eins', ['q2', 'q1']], ['zwei', ['q3']]]), 'sections', 'order or repeats differ'],
    ['a question listed in two sections', withSections([['eins', ['q1', 'q2']], ['zwei', ['q2', 'q3']]]), 'sections', 'order or repeats differ'],
    ['a section naming an unknown question', withSections([['eins', ['q1', 'q2', 'q3', 'q4']]]), 'sections', 'unknown q4'],
    ['duplicate section ids', withSections([['eins', ['q1']], ['eins', ['q2', 'q3']]]), 'sections', 'Section ids must be unique'],
    ['a section id with capitals', withSections([['Eins', ['q1', 'q2', 'q3']]]), 'sections.0.id', 'lower-case'],
    ['a wave closing before it opens', { ...demoDefinition, wave: { ...demoDefinition.wave, closesAt: '2025-01-01T00:00:00+01:00' } }, 'wave.closesAt', 'after opensAt'],
  ])('refuses %s, naming the field', (_name, input, path, message) => {
    expect(() => parseDefinition(input, 'welle.json')).toThrow(/welle\.json is not a valid questionnaire definition/);
    try {
      parseDefinition(input, 'welle.json');
    } catch (error) {
      const line = (error as Error).message.split('\n').find((l) => l.includes(`${path}:`));
      expect(line, (error as Error).message).toBeDefined();
      expect(line).toContain(message);
    }
  });
});
