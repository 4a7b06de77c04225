/**
 * Which URL each language version of a page has, for hreflang links and the language switch.
 */
import { defaultLocale, localizePath, locales, type Locale } from './i18n';

/** The language versions of one page. */
export interface PageLanguages {
  /** Language-neutral path, e.g. `/kontakt/`. */
  path: string;
  /** Languages the page exists in. */
  availableIn: readonly Locale[];
  /** Language-neutral path to send readers to in languages the page does not exist in. */
  fallbackPath: string;
}

/** URL per language for the language switch: the page itself, or its fallback. */
export function languageLinks({ path, availableIn, fallbackPath }: PageLanguages): Record<Locale, string> {
  return Object.fromEntries(
    locales.map((locale) => [
      locale,
      localizePath(availableIn.includes(locale) ? path : fallbackPath, locale),
    ]),
  ) as Record<Locale, string>;
}

/** hreflang alternates: only real translations, plus x-default for the German original. */
export function hreflangAlternates({ path, availableIn }: PageLanguages): { hreflang: string; href: string }[] {
  const alternates: { hreflang: string; href: string }[] = availableIn.map((locale) => ({ hreflang: locale, href: localizePath(path, locale) }));
  if (availableIn.length > 1 && availableIn.includes(defaultLocale)) {
    alternates.push({ hreflang: 'x-default', href: localizePath(path, defaultLocale) });
  }
  return alternates;
}
