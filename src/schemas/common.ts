/**
 * Field schemas shared by several content collections. Every message is written for the
 * editor who has to fix the file: what is wrong and what to write instead. Astro adds the
 * file name and the field path in front of it.
 */
import { z } from 'zod';
import { keysOf, type Labels } from '../data/vocabulary';

export { TITLE_MAX } from './limits';

/** A required line of text with a length limit and a fix that names the field. */
export function text(field: string, { min = 1, max }: { min?: number; max: number }) {
  return z
    .string({ error: `„${field}“ fehlt. Tragen Sie einen Text ein.` })
    .trim()
    .min(min, {
      error:
        min === 1
          ? `„${field}“ ist leer. Tragen Sie einen Text ein.`
          : `„${field}“ ist zu kurz. Schreiben Sie mindestens ${min} Zeichen.`,
    })
    .max(max, { error: `„${field}“ ist zu lang. Kürzen Sie auf höchstens ${max} Zeichen.` });
}

/** A value from one of the vocabularies in `src/data/vocabulary.ts`. */
export function oneOf<T extends Record<string, Labels>>(field: string, vocabulary: T) {
  const allowed = keysOf(vocabulary);
  return z.enum(allowed, {
    error: (issue) =>
      `„${field}“: ${issue.input === undefined ? 'fehlt' : `„${String(issue.input)}“ ist nicht erlaubt`}. ` +
      `Erlaubt sind: ${allowed.join(', ')}.`,
  });
}

/** A calendar date written as YYYY-MM-DD. */
export function isoDate(field: string) {
  return z.coerce.date({
    error: `„${field}“ ist kein gültiges Datum. Schreiben Sie es als JJJJ-MM-TT, z. B. 2026-03-01.`,
  });
}

/** A public web address starting with https://. */
export function httpsUrl(field: string) {
  return z
    .url({ error: `„${field}“ ist keine gültige Webadresse. Schreiben Sie sie vollständig mit https://.` })
    .refine((url) => url.startsWith('https://'), {
      error: `„${field}“ muss mit https:// beginnen.`,
    });
}

/** Where a statement comes from: every fact on the site names its source. */
export const sourceSchema = z.object({
  /** Title of the source, e.g. "Kommunaler Präventionsrat – goerlitz.de". */
  title: text('sources.title', { max: 200 }),
  /** Address of the source, if it is online. */
  url: httpsUrl('sources.url').optional(),
});

/** Output type of a source entry. */
export type Source = z.output<typeof sourceSchema>;
