/**
 * Picking the reader's language from a text that may exist in fewer languages than the
 * interface (contacts have German always, English and Polish where written).
 */
import { defaultLocale, type Locale } from './i18n';

/** A text in German with optional translations. */
export type LocalizedText = { de: string } & Partial<Record<Locale, string | undefined>>;

/** The text in `locale`, or the German original with `lang: 'de'` so screen readers switch voice. */
export function localized(text: LocalizedText, locale: Locale): { text: string; lang: Locale | undefined } {
  const translation = text[locale];
  if (translation) return { text: translation, lang: undefined };
  return { text: text.de, lang: locale === defaultLocale ? undefined : defaultLocale };
}
