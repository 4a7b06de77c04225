// The questionnaire definition: one per survey wave, the single source of truth for the form,
// the browser-side and database checks, the published results and the analysts' codebook.
import { z } from 'zod';

import { NO_ANSWER } from './no-answer.ts';

export { NO_ANSWER, NO_ANSWER_LABEL } from './no-answer.ts';

/** Text in the three languages of the site. */
export const localizedTextSchema = z.strictObject({
  /** German (the reference wording). */
  de: z.string().trim().min(1),
  /** English. */
  en: z.string().trim().min(1),
  /** Polish. */
  pl: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const questionId = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use lower-case letters, digits and "_", starting with a letter (at most 40).');

const optionCode = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_]{0,39}$/, 'Use lower-case letters, digits and "_" (at most 40).')
  .refine((code) => code !== NO_ANSWER, `"${NO_ANSWER}" is reserved: set noAnswer: true instead.`);

/** One choice of a single- or multiple-choice question. */
export const optionSchema = z.strictObject({
  /** Stable code stored in the answers and the export; never change it once a wave has opened. */
  code: optionCode,
  /** What the resident sees. */
  label: localizedTextSchema,
});
export type Option = z.infer<typeof optionSchema>;

/** A choice of a multiple-choice question, which may exclude all others. */
export const multipleOptionSchema = z.strictObject({
  ...optionSchema.shape,
  /** Only valid alone, e.g. "nichts davon". Only in multiple-choice questions. Default false. */
  exclusive: z.boolean().default(false),
});
export type MultipleOption = z.infer<typeof multipleOptionSchema>;

// A single-choice answer is always alone, so "exclusive" there would be a misunderstanding (or an
// option copied from a multiple-choice list); say so instead of zod's bare "Unrecognized key".
const singleOptionSchema = z.strictObject(optionSchema.shape, {
  error: (issue) =>
    issue.code === 'unrecognized_keys' && issue.keys.includes('exclusive')
      ? 'Only multiple-choice options can be "exclusive"; a single-choice answer is always chosen alone. Remove "exclusive".'
      : undefined,
});

const questionBase = {
  /** Stable id, the key in the stored answers, e.g. "sicherheit_tag". */
  id: questionId,
  /** Whether the form insists on an answer ("keine Angabe" counts as one). Default false. */
  required: z.boolean().default(false),
  /** The question text. */
  label: localizedTextSchema,
  /** Optional help text shown below the question. */
  hint: localizedTextSchema.optional(),
};

/** Offers "keine Angabe" as an answer. Default true: residents may always decline. */
const noAnswer = z.boolean().default(true);

const uniqueCodes = (options: Option[]) => new Set(options.map((o) => o.code)).size === options.length;

/** Exactly one option. */
export const singleQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('single'),
  /** The choices, in display order (at least two, codes unique). */
  options: z.array(singleOptionSchema).min(2).refine(uniqueCodes, 'Option codes must be unique within a question.'),
  noAnswer,
});

/** Any number of options (at least one when answered). */
export const multipleQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('multiple'),
  /** The choices, in display order (at least two, codes unique); an "exclusive" one is only valid alone. */
  options: z.array(multipleOptionSchema).min(2).refine(uniqueCodes, 'Option codes must be unique within a question.'),
  /** "keine Angabe" may only be chosen alone. */
  noAnswer,
  /** At most this many options may be chosen; omit for no limit. */
  maxSelections: z.int().min(1).optional(),
});

/** A whole number on a labelled scale, e.g. 1 = "sehr unsicher" … 5 = "sehr sicher". */
export const scaleQuestionSchema = z
  .strictObject({
    ...questionBase,
    kind: z.literal('scale'),
    /** Lowest value. */
    min: z.int().min(0).max(100),
    /** Highest value (at most 11 steps). */
    max: z.int().min(1).max(100),
    /** Label of the lowest value. */
    minLabel: localizedTextSchema,
    /** Label of the highest value. */
    maxLabel: localizedTextSchema,
    noAnswer,
  })
  .refine((q) => q.max > q.min && q.max - q.min <= 10, { message: 'A scale needs max > min and at most 11 steps.', path: ['max'] });

/** A number within bounds, e.g. years lived in Görlitz. */
export const numberQuestionSchema = z
  .strictObject({
    ...questionBase,
    kind: z.literal('number'),
    /** Smallest accepted value. */
    min: z.int(),
    /** Largest accepted value. */
    max: z.int(),
    /** Whole numbers only. Default true. */
    integer: z.boolean().default(true),
    noAnswer,
  })
  .refine((q) => q.max > q.min, { message: 'max must be greater than min.', path: ['max'] });

/** Free text. Never published; only in the analysts' export. */
export const textQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('text'),
  /** Longest accepted answer in characters (code points). Default 1000, at most 5000. */
  maxLength: z.int().min(1).max(5000).default(1000),
});

/** Any question. */
export const questionSchema = z.discriminatedUnion('kind', [
  singleQuestionSchema,
  multipleQuestionSchema,
  scaleQuestionSchema,
  numberQuestionSchema,
  textQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;

/** The wave settings that travel with a definition (loaded into survey_waves). */
export const waveSchema = z
  .strictObject({
    /** Public identifier in URLs and the API, e.g. "2027-fruehjahr". */
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(64),
    /** Title in the three languages. */
    title: localizedTextSchema,
    /** First moment answers are accepted (ISO 8601 with offset). */
    opensAt: z.iso.datetime({ offset: true }),
    /** First moment answers are refused (ISO 8601 with offset). */
    closesAt: z.iso.datetime({ offset: true }),
    /** "open": anyone, limited per network and day; "invitation": one-time codes. */
    participation: z.enum(['open', 'invitation']),
    /** Smallest published count; smaller cells are suppressed. Default 10. */
    minGroupSize: z.int().min(1).max(1000).default(10),
    /** Publish results only after closing. Default true. */
    resultsAfterClose: z.boolean().default(true),
    /** Open mode: accepted submissions per network address and day. Default 20. */
    dailyLimitPerNetwork: z.int().min(1).default(20),
    /** Faster completions are flagged "implausibly_fast". Default 60 seconds. */
    minPlausibleSeconds: z.int().min(0).default(60),
    /** Whether the partners have confirmed opensAt/closesAt; until then the site marks the dates "zu bestätigen". Default false. */
    scheduleConfirmed: z.boolean().default(false),
  })
  .refine((w) => Date.parse(w.closesAt) > Date.parse(w.opensAt), { message: 'closesAt must be after opensAt.', path: ['closesAt'] });
export type Wave = z.infer<typeof waveSchema>;

/** One step of the form: a topic with its questions. */
export const sectionSchema = z.strictObject({
  /** Stable id, used in the form's addresses (e.g. "nachbarschaft"). */
  id: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'Use lower-case letters, digits and "-", starting with a letter (at most 40).'),
  /** The topic as the step's heading. */
  title: localizedTextSchema,
  /** Optional sentence introducing the step. */
  intro: localizedTextSchema.optional(),
  /** The ids of the step's questions, in the order of `questions`. */
  questions: z.array(questionId).min(1),
});
export type Section = z.infer<typeof sectionSchema>;

/** A whole questionnaire. */
export const definitionSchema = z
  .strictObject({
    /** Format version of this schema. */
    version: z.literal(1),
    /** True for example questionnaires that must never be used for a real wave. */
    demo: z.boolean().default(false),
    /** The wave this questionnaire belongs to. */
    wave: waveSchema,
    /** The questions in display order; ids unique. */
    questions: z.array(questionSchema).min(1).max(100),
    /** The form's steps (topics). Omitted: one step with all questions. Together they list every question once, in order. */
    sections: z.array(sectionSchema).max(30).optional(),
    /** Which single-choice questions split the published results. */
    breakdowns: z
      .strictObject({
        /** The Stadtteil question. */
        district: questionId.optional(),
        /** The age band question. */
        ageBand: questionId.optional(),
      })
      .default({}),
  })
  .superRefine((definition, ctx) => {
    const ids = new Set<string>();
    definition.questions.forEach((question, index) => {
      if (ids.has(question.id)) {
        ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `Duplicate question id "${question.id}".` });
      }
      ids.add(question.id);
    });
    if (definition.sections) {
      const listed = definition.sections.flatMap((section) => section.questions);
      const order = definition.questions.map((question) => question.id);
      if (listed.join() !== order.join()) {
        const missing = order.filter((id) => !listed.includes(id));
        const unknown = listed.filter((id) => !order.includes(id));
        const detail = [missing.length ? `missing ${missing.join(', ')}` : '', unknown.length ? `unknown ${unknown.join(', ')}` : '']
          .filter(Boolean)
          .join('; ');
        ctx.addIssue({
          code: 'custom',
          path: ['sections'],
          message: `The sections must list every question exactly once, in the order of questions${detail ? ` (${detail})` : ' (order or repeats differ)'}.`,
        });
      }
      const sectionIds = definition.sections.map((section) => section.id);
      if (new Set(sectionIds).size !== sectionIds.length) ctx.addIssue({ code: 'custom', path: ['sections'], message: 'Section ids must be unique.' });
    }
    for (const key of ['district', 'ageBand'] as const) {
      const id = definition.breakdowns[key];
      if (id === undefined) continue;
      const question = definition.questions.find((q) => q.id === id);
      if (question?.kind !== 'single') {
        ctx.addIssue({
          code: 'custom',
          path: ['breakdowns', key],
          message: `breakdowns.${key} must name a single-choice question; "${id}" is ${question ? `a ${question.kind} question` : 'not a question'}.`,
        });
      }
    }
  });
export type Definition = z.infer<typeof definitionSchema>;
export type DefinitionInput = z.input<typeof definitionSchema>;

export { formSections } from './form-state.ts';

/** Parses a definition, throwing an error that names the source and every bad field. */
export function parseDefinition(input: unknown, source = 'definition'): Definition {
  const result = definitionSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`${source} is not a valid questionnaire definition:\n${lines.join('\n')}`);
  }
  return result.data;
}
