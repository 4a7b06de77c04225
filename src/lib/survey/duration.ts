// How long a questionnaire takes, estimated from its definition, so that the start page, the
// invitation letter and the tests all say the same "about N minutes". Plain TypeScript without
// zod at runtime, so any page or browser script may use it.
//
// Assumptions (seconds; a typical resident, reading the German wording on a phone):
//   * single choice: 10 s – read a short question and pick from a familiar scale;
//   * multiple choice: 20 s plus 2 s per option – every option has to be read and weighed;
//   * scale and number: 10 s each;
//   * free text: 60 s – a sentence or two; many skip it, but the estimate should not promise
//     less time than a resident who writes something needs;
//   * each form step: 5 s to read its heading and move on, plus reading its intro at 200 words
//     per minute (plain-language German read silently).
// Not counted: the start page, entering an invitation code and the confirmation page.
import type { Definition, Question } from './definition.ts';

/** Seconds to answer one question of each kind (multiple choice adds MULTIPLE_PER_OPTION per option). */
export const SECONDS_PER_KIND: Record<Question['kind'], number> = {
  single: 10,
  multiple: 20,
  scale: 10,
  number: 10,
  text: 60,
};

/** Extra seconds per option of a multiple-choice question. */
export const MULTIPLE_PER_OPTION = 2;

/** Seconds per form step for its heading and the move to the next step. */
export const SECONDS_PER_STEP = 5;

/** Reading speed for section intros, in words per minute. */
export const WORDS_PER_MINUTE = 200;

/** Estimated seconds for one question. */
export function questionSeconds(question: Question): number {
  const base = SECONDS_PER_KIND[question.kind];
  return question.kind === 'multiple' ? base + MULTIPLE_PER_OPTION * question.options.length : base;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Estimated seconds for the whole questionnaire: every question, every step and its intro. */
export function estimateSeconds(definition: Definition): number {
  // Without sections the form shows one step (as formSections() does).
  const sections = definition.sections?.length ? definition.sections : [{ intro: undefined }];
  const questions = definition.questions.reduce((sum, question) => sum + questionSeconds(question), 0);
  const steps = sections.reduce(
    (sum, section) => sum + SECONDS_PER_STEP + (section.intro ? (words(section.intro.de) * 60) / WORDS_PER_MINUTE : 0),
    0,
  );
  return questions + steps;
}

/** Estimated minutes for the whole questionnaire, rounded to whole minutes (at least 1). */
export function estimateMinutes(definition: Definition): number {
  return Math.max(1, Math.round(estimateSeconds(definition) / 60));
}
