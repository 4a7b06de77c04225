/**
 * Formatting of dates and numbers for the interface, per language.
 */
import type { Locale } from './i18n';

const dateLocales: Record<Locale, string> = { de: 'de-DE', en: 'en-GB', pl: 'pl-PL' };

/**
 * Intl formatters are slow to create and cheap to use; a build formats thousands of dates
 * (every news card on every list page), so each language and style gets one, made when first asked.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

const dateFormatter = (locale: Locale, timeZone: string) =>
  cached(`date|${locale}|${timeZone}`, () => new Intl.DateTimeFormat(dateLocales[locale], { dateStyle: 'long', timeZone }));

const numberFormatter = (locale: Locale, digits: number) =>
  cached(`number|${locale}|${digits}`, () => new Intl.NumberFormat(dateLocales[locale], { minimumFractionDigits: digits, maximumFractionDigits: digits }));

/** A calendar day as people read it, e.g. "9. Februar 2023" (UTC, as dates are written in files). */
export function formatDate(date: Date, locale: Locale): string {
  return dateFormatter(locale, 'UTC').format(date);
}

/** The calendar day of a moment in Görlitz (survey waves open and close at local midnight). */
export function formatLocalDate(date: Date, locale: Locale): string {
  return dateFormatter(locale, 'Europe/Berlin').format(date);
}

/** A day as YYYY-MM-DD for the `datetime` attribute. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A number with the language's grouping and decimal marks, e.g. "46.123" or "64,9". */
export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  return numberFormatter(locale, fractionDigits).format(value);
}

/**
 * A web or e-mail address cut after each "." "/" and "@", so that a page can offer a line
 * break there (`<wbr>`): in large text on a phone the address then breaks as
 * "www.verbraucherzentrale." / "de" instead of at any letter.
 */
export function addressParts(address: string): string[] {
  return address.split(/(?<=[./@])(?=.)/);
}
