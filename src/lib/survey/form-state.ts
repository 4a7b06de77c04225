// What the survey form keeps and checks between steps, without the DOM: the resident's raw
// entries, their conversion to the answers the database expects, the errors of one step, where a
// refusal from the backend belongs, and the copy on the device that survives a reload until the
// answers are sent. The browser script (components/survey/survey-form.ts) only wires this to the
// page. No zod here: this ships to the browser.
import { isUnanswered, questionError, type Answers } from './check.ts';
import type { Definition, Question, Section } from './definition.ts';
import type { Reason } from './reasons.ts';

/** What the resident entered, per question id: a choice code, several codes, or typed text. */
export type RawAnswers = Record<string, string | string[]>;

/** A problem to show at a field (or, with question null, only in the error summary). */
export interface FieldError {
  /** Question id, "consent", "code", or null for a problem of the whole submission. */
  field: string | null;
  /** Why; a refusal reason or one of the form's own. */
  reason: Reason | FormReason;
}

/** Problems only the form knows about. */
export type FormReason = 'consent_required' | 'not_a_number' | 'network' | 'unexpected';

/** The copy of an unfinished survey kept on the device. */
export interface SavedSurvey {
  version: 1;
  /** What the resident entered so far. */
  raw: RawAnswers;
  /** Whether the consent box was ticked. */
  consent: boolean;
  /** The invitation code as typed (invitation waves). */
  code: string;
  /** The step shown last: "start", a section id, or "review". */
  step: string;
  /** Sent with every attempt, so a retry after a lost reply is stored once. */
  idempotencyKey: string;
  /** When the resident started (ISO); the backend only derives a "too fast" flag from it. */
  startedAt: string;
}

/** The storage key of a wave's unfinished survey. */
export const storageKey = (slug: string) => `sicherheitsbefragung:${slug}`;

/** A fresh, empty survey. */
export function newSurvey(now: Date, idempotencyKey: string): SavedSurvey {
  return { version: 1, raw: {}, consent: false, code: '', step: 'start', idempotencyKey, startedAt: now.toISOString() };
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Reads a saved survey; anything damaged or of another version counts as nothing saved. */
export function parseSaved(text: string | null): SavedSurvey | null {
  if (!text) return null;
  try {
    const data = JSON.parse(text) as Partial<SavedSurvey> | null;
    if (!data || data.version !== 1 || typeof data.raw !== 'object' || data.raw === null) return null;
    if (typeof data.idempotencyKey !== 'string' || typeof data.startedAt !== 'string' || typeof data.step !== 'string') return null;
    const raw: RawAnswers = {};
    for (const [id, value] of Object.entries(data.raw)) {
      if (typeof value === 'string' || isStringArray(value)) raw[id] = value;
    }
    return { ...newSurvey(new Date(data.startedAt), data.idempotencyKey), raw, consent: data.consent === true, code: typeof data.code === 'string' ? data.code : '', step: data.step };
  } catch {
    return null;
  }
}

/** Reads a typed number the way people write it ("12", "12,5", " 3 "); NaN when it is none. */
export function parseNumber(text: string): number {
  const cleaned = text.trim().replace(',', '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** One question's entry as the database expects it: undefined when not answered. */
function answerOf(question: Question, value: string | string[] | undefined): unknown {
  if (value === undefined) return undefined;
  if (question.kind === 'multiple') return Array.isArray(value) && value.length > 0 ? value : undefined;
  const text = Array.isArray(value) ? value[0] ?? '' : value;
  if (question.kind === 'scale' || question.kind === 'number') {
    if (text.trim() === '') return undefined;
    if (question.noAnswer && text === 'keine_angabe') return text;
    return parseNumber(text);
  }
  // A text answer of only spaces is no answer; otherwise it is kept as written.
  if (question.kind === 'text') return text.trim() === '' ? undefined : text;
  return text === '' ? undefined : text;
}

/** The answers to send: answered questions only, numbers as numbers. */
export function toAnswers(definition: Definition, raw: RawAnswers): Answers {
  const answers: Answers = {};
  for (const question of definition.questions) {
    const value = answerOf(question, raw[question.id]);
    if (!isUnanswered(value)) answers[question.id] = value;
  }
  return answers;
}

/** The problems with the questions of one step, in question order (empty when all is well). */
export function stepErrors(definition: Definition, section: Section, raw: RawAnswers): FieldError[] {
  const errors: FieldError[] = [];
  for (const id of section.questions) {
    const question = definition.questions.find((q) => q.id === id);
    if (!question) continue;
    const value = answerOf(question, raw[id]);
    // A typed entry that is not a number gets its own message rather than "wrong form".
    if (typeof value === 'number' && Number.isNaN(value)) {
      errors.push({ field: id, reason: 'not_a_number' });
      continue;
    }
    const reason = questionError(question, value);
    if (reason) errors.push({ field: id, reason });
  }
  return errors;
}

/** The problems of the start step: consent, and the code in invitation waves. */
export function startErrors(definition: Definition, saved: Pick<SavedSurvey, 'consent' | 'code'>): FieldError[] {
  const errors: FieldError[] = [];
  if (definition.wave.participation === 'invitation' && normalizeCode(saved.code) === '') errors.push({ field: 'code', reason: 'code_required' });
  if (!saved.consent) errors.push({ field: 'consent', reason: 'consent_required' });
  return errors;
}

/** A code as typed, in the form the letters print it: upper case, no spaces. */
export function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/\s+/g, '');
}

/** The step a refusal from the backend sends the resident back to, and the field to mark. */
export function refusalStep(definition: Definition, sections: Section[], reason: Reason | null, question: string | null): { step: string; error: FieldError } {
  if (reason === 'code_required' || reason === 'code_unknown' || reason === 'code_used') {
    return { step: 'start', error: { field: 'code', reason } };
  }
  const section = question ? sections.find((s) => s.questions.includes(question)) : undefined;
  if (reason && section && question && definition.questions.some((q) => q.id === question)) {
    return { step: section.id, error: { field: question, reason } };
  }
  return { step: 'review', error: { field: null, reason: reason ?? 'unexpected' } };
}

/** The steps of the form: the definition's sections, or one step holding every question. */
export function formSections(definition: Definition): Section[] {
  if (definition.sections?.length) return definition.sections;
  return [{ id: 'fragen', title: definition.wave.title, questions: definition.questions.map((question) => question.id) }];
}

/** The steps in order: the start (consent, code), one per section, the review. */
export function stepIds(sections: Section[]): string[] {
  return ['start', ...sections.map((section) => section.id), 'review'];
}
