// The answers check as a zod schema, for server-side and tooling code; the check itself lives in
// check.ts so that browser code can use it without zod.
import { z } from 'zod';
import { checkAnswers } from './check.ts';
import type { Definition } from './definition.ts';

export { checkAnswers, type AnswerError, type Answers } from './check.ts';

/** A zod schema for the answers of one definition; each issue's message is the reason code. */
export function answersSchema(definition: Definition) {
  return z.unknown().superRefine((answers, ctx) => {
    const error = checkAnswers(definition, answers);
    if (error) {
      ctx.addIssue({ code: 'custom', message: error.reason, path: error.question ? [error.question] : [], params: { ...error } });
    }
  });
}
