/**
 * Interface text in the three languages and a typed lookup. Content (news, tips, measures)
 * is not translated here; only the words of the interface around it.
 */
import { fillPlaceholders, type Locale, type PlaceholderValues } from '../lib/i18n';
import { de, type UiKey } from './de';
import { en } from './en';
import { pl } from './pl';

const dictionaries: Record<Locale, Record<UiKey, string>> = { de, en, pl };

/** A function that returns the interface text for a key, with `{name}` placeholders filled. */
export type Translate = (key: UiKey, values?: PlaceholderValues) => string;

/** The interface text of one language. */
export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, values) => fillPlaceholders(dictionary[key], values);
}

export type { UiKey };
