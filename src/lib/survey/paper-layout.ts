// Pure helpers for the paper questionnaire: how a question is to be marked, its number, and how
// much room a written answer gets (tested in tests/unit/survey-paper-layout.test.ts).
import type { Definition, Question } from './definition.ts';

/** How many crosses a question takes: one, any number, or at most `max`. */
export type MarkRule = { kind: 'single' } | { kind: 'multiple' } | { kind: 'multipleMax'; max: number };

/** The marking rule printed next to a choice or scale question; none for number and text. */
export function markRule(question: Question): MarkRule | undefined {
  if (question.kind === 'single' || question.kind === 'scale') return { kind: 'single' };
  if (question.kind !== 'multiple') return undefined;
  if (question.maxSelections === undefined || question.maxSelections >= question.options.length) return { kind: 'multiple' };
  // "Up to 1" is a single cross in everything but name.
  if (question.maxSelections === 1) return { kind: 'single' };
  return { kind: 'multipleMax', max: question.maxSelections };
}

/** The running number (1, 2, …) of every question, in the definition's order, by question id. */
export function questionNumbers(definition: Definition): Map<string, number> {
  return new Map(definition.questions.map((question, index) => [question.id, index + 1]));
}

/** Ruled lines for a written answer: about 70 characters a line, at least 3 and at most 10. */
export function textLineCount(maxLength: number): number {
  return Math.min(10, Math.max(3, Math.ceil(maxLength / 70)));
}

/** Characters the widest allowed number needs (sign included), for the width of its box. */
export function numberWidth(min: number, max: number, integer: boolean): number {
  const digits = Math.max(String(min).length, String(max).length);
  return integer ? digits : digits + 3;
}

/** Which hints the instructions need: only those that some question of the definition uses. */
export function instructionNeeds(definition: Definition) {
  const rules = definition.questions.map(markRule);
  const firstMax = rules.find((rule) => rule?.kind === 'multipleMax');
  return {
    crosses: rules.some(Boolean),
    single: rules.some((rule) => rule?.kind === 'single'),
    multiple: rules.some((rule) => rule?.kind === 'multiple'),
    /** An example limit for the "up to N" hint (the first one in the questionnaire). */
    multipleMax: firstMax?.kind === 'multipleMax' ? firstMax.max : undefined,
    noAnswer: definition.questions.some((question) => question.kind !== 'text' && question.noAnswer),
    writing: definition.questions.some((question) => question.kind === 'number' || question.kind === 'text'),
  };
}

/**
 * How the options of a choice question are laid out: a few short ones side by side in reading
 * order ("row"), otherwise in columns read top to bottom, so that ordered answers stay in order.
 */
export function choiceLayout(labels: string[]): 'row' | 'columns' {
  return labels.length <= 6 && labels.every((label) => label.length <= 24) ? 'row' : 'columns';
}
