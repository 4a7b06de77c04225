/**
 * The one-sentence text summary under every chart: highest and lowest value, the direction
 * between the first and the last published value, and which values are missing. It is the
 * chart's text alternative, so it is computed from the same data and tested.
 */
import { seriesText, type Dataset, type Value } from './datasets';
import { formatNumber } from './format';
import type { Locale } from './i18n';

/** How a series moved between its first and its last published value. */
export type Direction = 'up' | 'down' | 'same';

/** The facts a summary sentence is made of. */
export interface SeriesFacts {
  max: { category: string; value: number };
  min: { category: string; value: number };
  first: { category: string; value: number };
  last: { category: string; value: number };
  direction: Direction;
  /** Categories without a published value. */
  missing: string[];
}

/** Highest, lowest, first, last and missing values of one series; undefined if it has no value. */
export function seriesFacts(rows: { category: string; values: Record<string, Value> }[], key: string): SeriesFacts | undefined {
  const known = rows.flatMap((row) => {
    const value = row.values[key];
    return value === null || value === undefined ? [] : [{ category: row.category, value }];
  });
  if (known.length === 0) return undefined;
  // The first of equal values wins, so ties name the earlier year.
  const max = known.reduce((a, b) => (b.value > a.value ? b : a));
  const min = known.reduce((a, b) => (b.value < a.value ? b : a));
  const first = known[0]!;
  const last = known[known.length - 1]!;
  const direction: Direction = last.value > first.value ? 'up' : last.value < first.value ? 'down' : 'same';
  const missing = rows.filter((row) => row.values[key] === null || row.values[key] === undefined).map((row) => row.category);
  return { max, min, first, last, direction, missing };
}

/** A value with its unit as readers of the language write it, e.g. "58,1 %" or "58.1%". */
export function formatValue(value: number, unit: string, locale: Locale, fractionDigits = 0): string {
  const number = formatNumber(value, locale, fractionDigits);
  if (unit === '%') return locale === 'en' ? `${number}%` : `${number} %`;
  return `${number} ${unit}`;
}

const phrases: Record<Locale, {
  sentence: (p: Record<string, string>) => string;
  direction: Record<Direction, string>;
  missing: (list: string) => string;
  none: (label: string) => string;
}> = {
  de: {
    sentence: (p) =>
      `${p.label}: am höchsten ${p.maxAt} mit ${p.max}, am niedrigsten ${p.minAt} mit ${p.min}; von ${p.firstAt} bis ${p.lastAt} ${p.direction}`,
    direction: { up: 'gestiegen', down: 'gesunken', same: 'gleich geblieben' },
    missing: (list) => `; keine Angabe für ${list}`,
    none: (label) => `${label}: keine Angabe.`,
  },
  en: {
    sentence: (p) =>
      `${p.label}: highest in ${p.maxAt} at ${p.max}, lowest in ${p.minAt} at ${p.min}; ${p.direction} from ${p.firstAt} to ${p.lastAt}`,
    direction: { up: 'up', down: 'down', same: 'unchanged' },
    missing: (list) => `; no figure for ${list}`,
    none: (label) => `${label}: no figures.`,
  },
  pl: {
    sentence: (p) =>
      `${p.label}: najwyższa wartość w ${p.maxAt} (${p.max}), najniższa w ${p.minAt} (${p.min}); od ${p.firstAt} do ${p.lastAt} ${p.direction}`,
    direction: { up: 'wzrost', down: 'spadek', same: 'bez zmian' },
    missing: (list) => `; brak danych za ${list}`,
    none: (label) => `${label}: brak danych.`,
  },
};

const listLocales: Record<Locale, string> = { de: 'de-DE', en: 'en-GB', pl: 'pl-PL' };

/** The summary sentence of one series in the reader's language. */
export function summarizeSeries(dataset: Pick<Dataset, 'rows' | 'series'>, key: string, locale: Locale): string {
  const series = dataset.series.find((s) => s.key === key);
  if (!series) throw new Error(`Unknown series "${key}"`);
  const words = phrases[locale];
  const facts = seriesFacts(dataset.rows, key);
  const { label, unit } = seriesText(series, locale);
  if (!facts) return words.none(label);
  const value = (n: number) => formatValue(n, unit, locale, series.fractionDigits);
  const list = new Intl.ListFormat(listLocales[locale], { type: 'conjunction' }).format(facts.missing);
  return (
    words.sentence({
      label,
      max: value(facts.max.value),
      maxAt: facts.max.category,
      min: value(facts.min.value),
      minAt: facts.min.category,
      firstAt: facts.first.category,
      lastAt: facts.last.category,
      direction: words.direction[facts.direction],
    }) +
    (facts.missing.length > 0 ? words.missing(list) : '') +
    '.'
  );
}

/** The summary of a chart: one sentence per series shown. */
export function summarizeChart(dataset: Pick<Dataset, 'rows' | 'series'>, keys: string[], locale: Locale): string {
  return keys.map((key) => summarizeSeries(dataset, key, locale)).join(' ');
}
