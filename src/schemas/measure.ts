/**
 * Frontmatter of a measure (Maßnahme) in `src/content/measures/`: what the partners do, how far
 * it has come, which goals of the founding declaration it serves and what its evaluation found.
 */
import { z } from 'zod';
import { goals, issuers, measureStatuses } from '../data/vocabulary';
import { isoDate, oneOf, sourceSchema, text, TITLE_MAX } from './common';

/** The frontmatter schema of a measure. */
export const measureSchema = z
  .object({
    /** Name of the measure. */
    title: text('title', { max: TITLE_MAX }),
    /** One or two sentences for lists and search. */
    summary: text('summary', { min: 40, max: 240 }),
    /** geplant, laufend, abgeschlossen or evaluiert. */
    status: oneOf('status', measureStatuses),
    /** Which of the six goals it serves; at least one. */
    goals: z.array(oneOf('goals', goals)).min(1, { error: '„goals“ braucht mindestens ein Ziel.' }),
    /** Responsible partner: stadt, polizei or gemeinsam. */
    responsible: oneOf('responsible', issuers),
    /** Working group that runs it, if any. */
    workingGroup: text('workingGroup', { max: 120 }).optional(),
    /** Start day, if known. */
    start: isoDate('start').optional(),
    /** End day, if known. */
    end: isoDate('end').optional(),
    /** What the evaluation found; required once the status is "evaluiert". */
    evaluation: text('evaluation', { max: 600 }).optional(),
    /**
     * False while the partners have not confirmed the measure: the page then says it is an
     * example that the partners must confirm or remove.
     */
    confirmed: z.boolean().default(false),
    /** Sources that report the measure. */
    sources: z.array(sourceSchema).default([]),
    /** Drafts are shown in the development server only. */
    draft: z.boolean().default(false),
  })
  .refine((m) => m.status !== 'evaluiert' || m.evaluation !== undefined, {
    path: ['evaluation'],
    error: '„evaluation“ fehlt. Bei Status „evaluiert“ fassen Sie das Ergebnis der Evaluation zusammen.',
  })
  .refine((m) => !m.start || !m.end || m.start <= m.end, {
    path: ['end'],
    error: '„end“ liegt vor „start“. Prüfen Sie die beiden Daten.',
  });

/** Output type of a measure's frontmatter. */
export type MeasureData = z.output<typeof measureSchema>;
