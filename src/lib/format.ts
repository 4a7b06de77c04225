/**
 * Formatting of dates and numbers for the interface, per language.
 */
import type { Locale } from './i18n';

const dateLocales: Record<Locale, string> = { de: 'de-DE', en: 'en-GB', pl: 'pl-PL' };

/** A calendar day as people read it, e.g. "9. Februar 2023" (UTC, as dates are written in files). */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(dateLocales[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The calendar day of a moment in Görlitz (survey waves open and close at local midnight). */
export function formatLocalDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(dateLocales[locale], { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(date);
}

/** A day as YYYY-MM-DD for the `datetime` attribute. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A number with the language's grouping and decimal marks, e.g. "46.123" or "64,9". */
export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  return new Intl.NumberFormat(dateLocales[locale], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}
