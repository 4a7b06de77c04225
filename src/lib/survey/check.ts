// The browser-side check of a resident's answers. It mirrors survey_answer_error() in the
// database rule for rule and in the same order, so both report the same first failure; the
// property test in tests/db proves it on generated payloads. No zod here: the survey form ships
// this module to the browser.
import type { Definition, Question } from './definition.ts';
import { NO_ANSWER } from './no-answer.ts';
import type { AnswerReason } from './reasons.ts';

/** Why answers were refused: the reason and, where it applies, the question. */
export interface AnswerError {
  reason: AnswerReason;
  /** The question id, or null when the failure is not tied to one question. */
  question: string | null;
}

/** JSON-compatible answers keyed by question id, as sent to submit_survey_response. */
export type Answers = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const allowedCodes = (question: Extract<Question, { kind: 'single' | 'multiple' }>) => {
  const codes = new Set(question.options.map((option) => option.code));
  if (question.noAnswer) codes.add(NO_ANSWER);
  return codes;
};

/** Whether a value counts as "not answered" (null, "" and [] do, as in the database). */
export const isUnanswered = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** The reason one question's answer is refused (a missing required answer included), or null. */
export function questionError(question: Question, value: unknown): AnswerReason | null {
  if (isUnanswered(value)) return question.required ? 'answer_required' : null;
  return checkQuestion(question, value);
}

function checkQuestion(question: Question, value: unknown): AnswerReason | null {
  switch (question.kind) {
    case 'single': {
      if (typeof value !== 'string') return 'answer_type';
      return allowedCodes(question).has(value) ? null : 'option_unknown';
    }
    case 'multiple': {
      if (!Array.isArray(value)) return 'answer_type';
      const allowed = allowedCodes(question);
      const seen = new Set<string>();
      for (const element of value) {
        if (typeof element !== 'string') return 'answer_type';
        if (!allowed.has(element)) return 'option_unknown';
        if (seen.has(element)) return 'option_duplicate';
        seen.add(element);
      }
      if (seen.has(NO_ANSWER) && seen.size > 1) return 'no_answer_exclusive';
      // Before the count: with "nichts davon" among too many answers, the conflict is the real error.
      if (seen.size > 1 && question.options.some((option) => option.exclusive && seen.has(option.code))) return 'option_exclusive';
      if (question.maxSelections !== undefined && seen.size > question.maxSelections) return 'too_many_options';
      return null;
    }
    case 'scale':
    case 'number': {
      if (question.noAnswer && value === NO_ANSWER) return null;
      // Infinity and NaN would reach the server as null, so they are not numbers here either.
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'answer_type';
      const wholeOnly = question.kind === 'scale' || question.integer;
      if (wholeOnly && !Number.isInteger(value)) return 'not_integer';
      return value < question.min || value > question.max ? 'out_of_range' : null;
    }
    case 'text': {
      if (typeof value !== 'string') return 'answer_type';
      // Code points, as PostgreSQL's char_length counts them.
      return [...value].length > question.maxLength ? 'text_too_long' : null;
    }
  }
}

/** Checks answers against a definition; returns null when valid, else the first failure. */
export function checkAnswers(definition: Definition, answers: unknown): AnswerError | null {
  if (!isPlainObject(answers)) return { reason: 'answers_not_object', question: null };
  const ids = new Set(definition.questions.map((question) => question.id));
  if (Object.keys(answers).some((key) => !ids.has(key))) return { reason: 'question_unknown', question: null };
  for (const question of definition.questions) {
    const reason = questionError(question, Object.hasOwn(answers, question.id) ? answers[question.id] : undefined);
    if (reason) return { reason, question: question.id };
  }
  return null;
}

