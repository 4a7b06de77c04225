/**
 * One entry of the contacts file `src/data/kontakte.yaml`: emergency and help numbers and the
 * partners' offices. Anything the partners have not confirmed carries `confirmed: false` and is
 * shown with a visible "zu bestätigen".
 */
import { z } from 'zod';
import { text } from './common';

/** A text in German with optional English and Polish versions (German is shown otherwise). */
export const localizedText = z.object({
  de: text('de', { max: 300 }),
  en: z.string().trim().optional(),
  pl: z.string().trim().optional(),
});

/** The schema of a contact entry. */
export const contactSchema = z.object({
  /** Stable key used by other content, e.g. "polizei-notruf". */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: '„id“ darf nur a–z, 0–9 und Bindestriche enthalten.' }),
  /**
   * notruf (emergency), hilfe (help line), partner (office of a partner) – all three listed on
   * the contact page – or rechtliches (only shown where a legal page names it).
   */
  group: z.enum(['notruf', 'hilfe', 'partner', 'rechtliches'], {
    error: '„group“ muss notruf, hilfe, partner oder rechtliches sein.',
  }),
  /** Name of the service or office. */
  name: localizedText,
  /** What it is for, in one sentence. */
  description: localizedText.optional(),
  /** Phone number as it is dialled. */
  phone: z.string().trim().optional(),
  /** Postal address in one line. */
  address: z.string().trim().optional(),
  /** E-mail address. */
  email: z.email({ error: '„email“ ist keine gültige E-Mail-Adresse.' }).optional(),
  /** Web address. */
  url: z.url({ error: '„url“ ist keine gültige Webadresse.' }).optional(),
  /** Opening hours or availability. */
  hours: localizedText.optional(),
  /** False until the partners confirm the entry; shown as "zu bestätigen". */
  confirmed: z.boolean({
    error: '„confirmed“ fehlt. Schreiben Sie true, wenn die Partner die Angaben bestätigt haben, sonst false.',
  }),
  /** Where the entry comes from. */
  source: z.string().optional(),
});

/** Output type of a contact entry. */
export type Contact = z.output<typeof contactSchema>;
