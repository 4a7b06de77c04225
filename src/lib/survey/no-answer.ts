// The "keine Angabe" answer, in a module without zod so that the survey form's browser code can
// import it without pulling in the schema library.

/** The answer code every question with `noAnswer` accepts for "keine Angabe". */
export const NO_ANSWER = 'keine_angabe';

/** Labels of the "keine Angabe" choice, shared by all questions. */
export const NO_ANSWER_LABEL = { de: 'keine Angabe', en: 'Prefer not to say', pl: 'Wolę nie odpowiadać' } as const;
