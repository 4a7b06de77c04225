/**
 * Frontmatter of a prevention tip in `src/content/tips/`. The lists in the frontmatter are
 * rendered the same way on every tip: a checklist, what to do if it happens, and where to get
 * free advice. The MDX body explains the background.
 */
import { z } from 'zod';
import { audiences, tipTopics } from '../data/vocabulary';
import { oneOf, sourceSchema, text, TITLE_MAX } from './common';

/** Where residents get free advice or help. */
export const adviceSchema = z
  .object({
  /** Name of the service, e.g. "Polizeiliche Beratungsstelle"; not needed with `contact`. */
  name: text('advice.name', { max: 120 }).optional(),
  /** What it offers, in one sentence. */
  description: text('advice.description', { max: 240 }).optional(),
  /** Phone number as it should be dialled. */
  phone: z.string().trim().optional(),
  /** Web address. */
  url: z.url({ error: '„advice.url“ ist keine gültige Webadresse.' }).optional(),
  /** An entry of the contacts file, e.g. "beratungsstelle-polizei", instead of the fields above. */
  contact: z.string().optional(),
  })
  .refine((advice) => advice.name !== undefined || advice.contact !== undefined, {
    error: '„advice“: Nennen Sie entweder „contact“ (eine id aus src/data/kontakte.yaml) oder „name“.',
  });

/** The frontmatter schema of a prevention tip. */
export const tipSchema = z.object({
  /** Title of the tip. */
  title: text('title', { max: TITLE_MAX }),
  /** One or two sentences for lists and search. */
  summary: text('summary', { min: 40, max: 240 }),
  /** The theme the tip is listed under on the prevention hub. */
  topic: oneOf('topic', tipTopics),
  /** Who the tip is written for; at least one. */
  audiences: z
    .array(oneOf('audiences', audiences), { error: '„audiences“ fehlt. Nennen Sie mindestens eine Zielgruppe.' })
    .min(1, { error: '„audiences“ ist leer. Nennen Sie mindestens eine Zielgruppe.' }),
  /** Shown on the start page when true. */
  featured: z.boolean().default(false),
  /** Short checklist: what to do to protect yourself (3 to 8 points). */
  checklist: z
    .array(text('checklist', { max: 200 }))
    .min(3, { error: '„checklist“ braucht mindestens 3 Punkte.' })
    .max(8, { error: '„checklist“ hat zu viele Punkte. Höchstens 8.' }),
  /** What to do if it has happened (at least 2 points). */
  ifItHappens: z
    .array(text('ifItHappens', { max: 240 }))
    .min(2, { error: '„ifItHappens“ braucht mindestens 2 Punkte.' }),
  /** Where to get free advice; at least one. */
  advice: z.array(adviceSchema).min(1, { error: '„advice“ braucht mindestens eine Beratungsstelle.' }),
  /** Sources of the advice; at least one. */
  sources: z.array(sourceSchema).min(1, { error: '„sources“ braucht mindestens eine Quelle.' }),
  /** Day of the last review of the content (YYYY-MM-DD). */
  reviewed: z.coerce.date({ error: '„reviewed“ ist kein gültiges Datum. Schreiben Sie JJJJ-MM-TT.' }),
  /** Drafts are shown in the development server only. */
  draft: z.boolean().default(false),
});

/** Output type of a tip's frontmatter. */
export type TipData = z.output<typeof tipSchema>;
