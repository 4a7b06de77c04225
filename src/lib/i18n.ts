/**
 * Languages of the site and how their URLs are built.
 * German is the original and lives at `/`; English and Polish live under `/en/` and `/pl/`.
 * Page slugs are the same in every language, so switching language only swaps the prefix.
 */

/** Every language the interface is available in, German first. */
export const locales = ['de', 'en', 'pl'] as const;

/** One of the site's languages. */
export type Locale = (typeof locales)[number];

/** The language of the original content and of the unprefixed URLs. */
export const defaultLocale: Locale = 'de';

/** Names of the languages in their own language, for the language switch. */
export const localeNames: Record<Locale, string> = {
  de: 'Deutsch',
  en: 'English',
  pl: 'Polski',
};

/** True when `value` is one of the site's languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The language a route parameter stands for: `undefined` (no prefix) is German. */
export function localeFromParam(param: string | undefined): Locale {
  if (param === undefined || param === '') return defaultLocale;
  if (!isLocale(param)) throw new Error(`Unknown language prefix "${param}"`);
  return param;
}

/** The route parameter for a language: German has none. */
export function paramFromLocale(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/** `getStaticPaths` entries for a page that exists in every language (`[...lang]` routes). */
export function localeStaticPaths(only: readonly Locale[] = locales) {
  return only.map((locale) => ({ params: { lang: paramFromLocale(locale) }, props: { locale } }));
}

/**
 * The URL of a page in a language. `path` is the language-neutral path with leading and
 * trailing slash, e.g. `/partnerschaft/`; the result keeps a trailing slash for pages
 * and none for files (`/rss.xml`).
 */
export function localizePath(path: string, locale: Locale): string {
  if (!path.startsWith('/')) throw new Error(`Path must start with "/": ${path}`);
  return locale === defaultLocale ? path : `/${locale}${path}`;
}

/** Splits a URL path into its language and the language-neutral rest. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const match = /^\/(en|pl)(\/.*)?$/.exec(pathname);
  if (!match) return { locale: defaultLocale, path: pathname || '/' };
  return { locale: match[1] as Locale, path: match[2] ?? '/' };
}

/** Values for the `{name}` placeholders of an interface text. */
export type PlaceholderValues = Readonly<Record<string, string | number>>;

/**
 * Fills the `{name}` placeholders of an interface text with `values`; the only copy of this rule,
 * used at build time and by the survey form's script (hence no imports here).
 *
 * A placeholder without a value stays visible as `{name}`, on purpose: some texts keep one for
 * markup that a component puts in afterwards (`{link}` for LinkedSentence), and a resident is
 * better served by a sentence with a visible gap than by a form script that throws. Inserted
 * values are not searched again, and only own keys of `values` count (`{constructor}` stays).
 */
export function fillPlaceholders(text: string, values: PlaceholderValues = {}): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );
}

/** A piece of a sentence split at its markup placeholders: plain text, or the name of one. */
export type SentencePart = { text: string } | { slot: string };

/**
 * Splits a translated sentence at the placeholders `names` (e.g. `{paper}` and `{contact}`) so
 * that a component can put a link at each, in the order the language needs. Every name must
 * stand exactly once; otherwise it throws with the sentence and the fix, so that a translation
 * that lost or doubled a link stops the build instead of showing a broken sentence.
 */
export function splitAtSlots(text: string, names: readonly string[]): SentencePart[] {
  // The same placeholder syntax as fillPlaceholders; braces with other names stay text.
  const parts: SentencePart[] = [];
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    if (!names.includes(match[1])) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ slot: match[1] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  for (const name of names) {
    const count = parts.filter((part) => 'slot' in part && part.slot === name).length;
    if (count !== 1) {
      throw new Error(`The text "${text}" has ${count} "{${name}}" placeholders instead of one. Hint: put exactly one {${name}} where that link belongs, in every language.`);
    }
  }
  return parts;
}
