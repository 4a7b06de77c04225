// estimateMinutes: per-kind seconds, per-option time for multiple choice, steps and their intros.
import { describe, expect, it } from 'vitest';
import { parseDefinition, type DefinitionInput, type QuestionInput } from '../../src/lib/survey/definition.ts';
import { estimateMinutes, estimateSeconds } from '../../src/lib/survey/duration.ts';

const text = (de: string) => ({ de, en: `${de} (en)`, pl: `${de} (pl)` });
const options = (count: number) => Array.from({ length: count }, (_, i) => ({ code: `o${i}`, label: text(`Option ${i}`) }));

/** A parsed definition with the given questions (and optionally sections). */
function definitionWith(questions: QuestionInput[], sections?: DefinitionInput['sections']) {
  return parseDefinition({
    version: 1,
    demo: true,
    wave: {
      slug: 'dauer',
      title: text('Dauer'),
      opensAt: '2026-01-01T00:00:00+01:00',
      closesAt: '2026-02-01T00:00:00+01:00',
      participation: 'open',
    },
    questions,
    sections,
  });
}

const single = (id: string): QuestionInput => ({ id, kind: 'single', label: text('Frage'), options: options(4) });

describe('estimateSeconds and estimateMinutes', () => {
  it('counts 10 s per single-choice question and 5 s for the one step', () => {
    const definition = definitionWith([single('a'), single('b'), single('c')]);
    expect(estimateSeconds(definition)).toBe(3 * 10 + 5);
    expect(estimateMinutes(definition)).toBe(1);
  });

  it('counts 20 s plus 2 s per option for multiple choice, 10 s for scale and number, 60 s for text', () => {
    const definition = definitionWith([
      { id: 'm', kind: 'multiple', label: text('Frage'), options: options(5) },
      { id: 's', kind: 'scale', label: text('Frage'), min: 1, max: 5, minLabel: text('wenig'), maxLabel: text('viel') },
      { id: 'n', kind: 'number', label: text('Frage'), min: 0, max: 120 },
      { id: 't', kind: 'text', label: text('Frage') },
    ]);
    expect(estimateSeconds(definition)).toBe(20 + 2 * 5 + 10 + 10 + 60 + 5);
  });

  it('adds 5 s per step and the reading time of its German intro at 200 words per minute', () => {
    const twentyWords = Array.from({ length: 20 }, (_, i) => `Wort${i}`).join(' ');
    const definition = definitionWith(
      [single('a'), single('b')],
      [
        { id: 'eins', title: text('Eins'), intro: text(twentyWords), questions: ['a'] },
        { id: 'zwei', title: text('Zwei'), questions: ['b'] },
      ],
    );
    // 2 questions × 10 s + 2 steps × 5 s + 20 words at 200 wpm (6 s).
    expect(estimateSeconds(definition)).toBe(20 + 10 + 6);
  });

  it('rounds to whole minutes', () => {
    // 8 texts = 480 s + 5 s = 485 s, about 8.1 minutes.
    const eight = definitionWith(Array.from({ length: 8 }, (_, i): QuestionInput => ({ id: `t${i}`, kind: 'text', label: text('Frage') })));
    expect(estimateMinutes(eight)).toBe(8);
    // 9 texts and 3 singles = 540 + 30 + 5 = 575 s, about 9.6 minutes.
    const ten = definitionWith([
      ...Array.from({ length: 9 }, (_, i): QuestionInput => ({ id: `t${i}`, kind: 'text', label: text('Frage') })),
      single('a'),
      single('b'),
      single('c'),
    ]);
    expect(estimateMinutes(ten)).toBe(10);
  });
});
