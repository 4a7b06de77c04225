/**
 * The one-sentence text summary under every chart: the highest and the lowest value, how the
 * series moved (every change of direction, not only first against last) and which values are
 * missing. It is the chart's text alternative, so it is computed from the same data and tested.
 * Only published values count: an empty value is skipped, never interpolated.
 */
import { seriesText, type Dataset, type Value } from './datasets';
import { formatNumber } from './format';
import type { Locale } from './i18n';

/** Which way a series moved between two of its values. */
export type Direction = 'up' | 'down' | 'same';

/** A published value and its category (e.g. the year). */
export interface Point {
  category: string;
  value: number;
}

/** A stretch of the series that moves one way, between two published values. */
export interface Phase {
  direction: Direction;
  from: Point;
  to: Point;
}

/** The facts a summary sentence is made of. */
export interface SeriesFacts {
  /** The highest value and every category that has it. */
  max: { value: number; categories: string[] };
  /** The lowest value and every category that has it. */
  min: { value: number; categories: string[] };
  first: Point;
  last: Point;
  /** The last published value against the first. */
  direction: Direction;
  /** Consecutive stretches in one direction; more than one means the series turned. Empty for a single value. */
  phases: Phase[];
  /** Categories without a published value. */
  missing: string[];
}

/** More phases than this read as a list of years, not a sentence: the summary says "schwankte". */
export const maxPhasesNamed = 3;

const directionOf = (from: number, to: number): Direction => (to > from ? 'up' : to < from ? 'down' : 'same');

/** The published values of a series in order, split into stretches that move one way. */
export function phasesOf(known: Point[]): Phase[] {
  const phases: Phase[] = [];
  for (let i = 1; i < known.length; i++) {
    const from = known[i - 1]!;
    const to = known[i]!;
    const direction = directionOf(from.value, to.value);
    const current = phases[phases.length - 1];
    if (current && current.direction === direction) current.to = to;
    else phases.push({ direction, from, to });
  }
  return phases;
}

/** Highest, lowest, first, last value, phases and gaps of one series; undefined if it has no value. */
export function seriesFacts(rows: { category: string; values: Record<string, Value> }[], key: string): SeriesFacts | undefined {
  const isEmpty = (value: Value | undefined) => value === null || value === undefined;
  const known: Point[] = rows.flatMap((row) => {
    const value = row.values[key];
    return isEmpty(value) ? [] : [{ category: row.category, value: value! }];
  });
  if (known.length === 0) return undefined;
  const values = known.map((point) => point.value);
  const top = Math.max(...values);
  const bottom = Math.min(...values);
  const first = known[0]!;
  const last = known[known.length - 1]!;
  return {
    max: { value: top, categories: known.filter((p) => p.value === top).map((p) => p.category) },
    min: { value: bottom, categories: known.filter((p) => p.value === bottom).map((p) => p.category) },
    first,
    last,
    direction: directionOf(first.value, last.value),
    phases: phasesOf(known),
    missing: rows.filter((row) => isEmpty(row.values[key])).map((row) => row.category),
  };
}

/** A value with its unit as readers of the language write it, e.g. "58,1 %" or "58.1%". */
export function formatValue(value: number, unit: string, locale: Locale, fractionDigits = 0): string {
  const number = formatNumber(value, locale, fractionDigits);
  if (unit === '%') return locale === 'en' ? `${number}%` : `${number} %`;
  return `${number} ${unit}`;
}

/** How a named value was marked in the dataset. */
type Mark = 'abgeleitet' | 'untergrenze' | undefined;

interface Phrases {
  /** Highest and lowest value, e.g. "am höchsten 2023 (46.123 Fälle), am niedrigsten 2019 (33.287 Fälle)". */
  range: (maxAt: string, max: string, minAt: string, min: string) => string;
  /** Only one published value. */
  single: (at: string, value: string) => string;
  /** Two or more values, all equal. */
  flat: (from: string, to: string, value: string) => string;
  /** The first phase, e.g. "der Wert fiel von 2014 bis 2019 auf den Tiefststand". */
  firstPhase: (direction: Direction, from: string, to: string, tag: string) => string;
  /** A later phase, e.g. "stieg dann bis 2023". */
  nextPhase: (direction: Direction, to: string, tag: string) => string;
  /** Joins the phases into one clause. */
  joinPhases: (parts: string[]) => string;
  /** A phase that ends on the lowest or highest value. */
  tag: { min: string; max: string };
  /** Too many turns to list. */
  fluctuated: (from: string, to: string) => string;
  /** The last value against the first, said after a turn. */
  overall: (direction: Direction, first: string, last: string) => string;
  /** A value that was worked out or is a lower bound. */
  marked: (value: string, mark: Mark) => string;
  missing: (list: string) => string;
  none: (label: string) => string;
}

const phrases: Record<Locale, Phrases> = {
  de: {
    range: (maxAt, max, minAt, min) => `am höchsten ${maxAt} (${max}), am niedrigsten ${minAt} (${min})`,
    single: (at, value) => `nur für ${at} ein Wert (${value})`,
    flat: (from, to, value) => `von ${from} bis ${to} unverändert (${value})`,
    firstPhase: (direction, from, to, tag) =>
      direction === 'same' ? `der Wert blieb von ${from} bis ${to} gleich` : `der Wert ${direction === 'up' ? 'stieg' : 'fiel'} von ${from} bis ${to}${tag}`,
    nextPhase: (direction, to, tag) =>
      direction === 'same' ? `blieb dann bis ${to} gleich` : `${direction === 'up' ? 'stieg' : 'fiel'} dann bis ${to}${tag}`,
    joinPhases: (parts) => (parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} und ${parts[parts.length - 1]}`),
    tag: { min: ' auf den Tiefststand', max: ' auf den Höchststand' },
    fluctuated: (from, to) => `der Wert stieg und fiel zwischen ${from} und ${to} mehrmals`,
    overall: (direction, first, last) =>
      `${last} lag er ${direction === 'up' ? 'höher als' : direction === 'down' ? 'niedriger als' : 'so hoch wie'} ${first}`,
    marked: (value, mark) => (mark === 'untergrenze' ? `mindestens ${value}` : mark === 'abgeleitet' ? `${value}, abgeleitet` : value),
    missing: (list) => `; keine Angabe für ${list}`,
    none: (label) => `${label}: keine Angabe.`,
  },
  en: {
    range: (maxAt, max, minAt, min) => `highest in ${maxAt} (${max}), lowest in ${minAt} (${min})`,
    single: (at, value) => `a figure only for ${at} (${value})`,
    flat: (from, to, value) => `unchanged from ${from} to ${to} (${value})`,
    firstPhase: (direction, from, to, tag) =>
      direction === 'same'
        ? `the figure stayed level from ${from} to ${to}`
        : `the figure ${direction === 'up' ? 'rose' : 'fell'} from ${from} to ${tag}${to}`,
    nextPhase: (direction, to, tag) =>
      direction === 'same' ? `then stayed level until ${to}` : `then ${direction === 'up' ? 'rose' : 'fell'} to ${tag}${to}`,
    joinPhases: (parts) => parts.join(', '),
    tag: { min: 'its lowest point in ', max: 'its highest point in ' },
    fluctuated: (from, to) => `the figure went up and down several times between ${from} and ${to}`,
    overall: (direction, first, last) =>
      `in ${last} it was ${direction === 'up' ? 'higher than' : direction === 'down' ? 'lower than' : 'the same as'} in ${first}`,
    marked: (value, mark) => (mark === 'untergrenze' ? `at least ${value}` : mark === 'abgeleitet' ? `${value}, derived` : value),
    missing: (list) => `; no figure for ${list}`,
    none: (label) => `${label}: no figures.`,
  },
  pl: {
    range: (maxAt, max, minAt, min) => `najwyższa wartość w ${maxAt} (${max}), najniższa w ${minAt} (${min})`,
    single: (at, value) => `dane tylko za ${at} (${value})`,
    flat: (from, to, value) => `bez zmian od ${from} do ${to} (${value})`,
    firstPhase: (direction, from, to, tag) =>
      direction === 'same'
        ? `wartość nie zmieniła się od ${from} do ${to}`
        : `wartość ${direction === 'up' ? 'wzrosła' : 'spadła'} od ${from} do ${to}${tag}`,
    nextPhase: (direction, to, tag) =>
      direction === 'same' ? `potem nie zmieniła się do ${to}` : `potem ${direction === 'up' ? 'wzrosła' : 'spadła'} do ${to}${tag}`,
    joinPhases: (parts) => parts.join(', '),
    tag: { min: ' (najniższy poziom)', max: ' (najwyższy poziom)' },
    fluctuated: (from, to) => `wartość kilkakrotnie się wahała między ${from} a ${to}`,
    overall: (direction, first, last) =>
      `w ${last} była ${direction === 'up' ? 'wyższa niż' : direction === 'down' ? 'niższa niż' : 'taka sama jak'} w ${first}`,
    marked: (value, mark) =>
      mark === 'untergrenze' ? `co najmniej ${value}` : mark === 'abgeleitet' ? `${value}, wartość wyliczona` : value,
    missing: (list) => `; brak danych za ${list}`,
    none: (label) => `${label}: brak danych.`,
  },
};

const listLocales: Record<Locale, string> = { de: 'de-DE', en: 'en-GB', pl: 'pl-PL' };

/** The trend clause: each phase while there are few, "schwankte" beyond that, and the overall comparison after a turn. */
function trend(facts: SeriesFacts, words: Phrases): string {
  const { phases, first, last } = facts;
  if (phases.length > maxPhasesNamed) {
    return `${words.fluctuated(first.category, last.category)}; ${words.overall(facts.direction, first.category, last.category)}`;
  }
  const turned = phases.length > 1;
  // A turn is worth naming when it lands on the highest or lowest value; a single phase starts and ends there anyway.
  const tag = (phase: Phase) =>
    !turned ? '' : phase.direction === 'up' && phase.to.value === facts.max.value ? words.tag.max
      : phase.direction === 'down' && phase.to.value === facts.min.value ? words.tag.min : '';
  const parts = phases.map((phase, index) =>
    index === 0
      ? words.firstPhase(phase.direction, phase.from.category, phase.to.category, tag(phase))
      : words.nextPhase(phase.direction, phase.to.category, tag(phase)),
  );
  const clause = words.joinPhases(parts);
  return turned ? `${clause}; ${words.overall(facts.direction, first.category, last.category)}` : clause;
}

/**
 * The summary sentence of one series in the reader's language. Values the dataset marks as
 * derived or as a lower bound say so where the sentence names them.
 */
export function summarizeSeries(
  dataset: Pick<Dataset, 'rows' | 'series'> & Partial<Pick<Dataset, 'derived'>>,
  key: string,
  locale: Locale,
): string {
  const series = dataset.series.find((s) => s.key === key);
  if (!series) throw new Error(`Unknown series "${key}"`);
  const words = phrases[locale];
  const facts = seriesFacts(dataset.rows, key);
  const { label, unit } = seriesText(series, locale);
  if (!facts) return words.none(label);
  const list = (items: string[]) => new Intl.ListFormat(listLocales[locale], { type: 'conjunction' }).format(items);
  /** A named value with its unit, marked only if every category named with it carries the same mark. */
  const value = (n: number, categories: string[]) => {
    const marks = categories.map((category) => dataset.derived?.find((d) => d.row === category && d.column === key)?.kind);
    const mark = marks.every((m) => m === marks[0]) ? marks[0] : undefined;
    return words.marked(formatValue(n, unit, locale, series.fractionDigits), mark);
  };
  let body: string;
  if (facts.phases.length === 0) {
    body = words.single(facts.first.category, value(facts.first.value, [facts.first.category]));
  } else if (facts.max.value === facts.min.value) {
    body = words.flat(facts.first.category, facts.last.category, value(facts.first.value, facts.max.categories));
  } else {
    body = `${words.range(list(facts.max.categories), value(facts.max.value, facts.max.categories), list(facts.min.categories), value(facts.min.value, facts.min.categories))}; ${trend(facts, words)}`;
  }
  return `${label}: ${body}${facts.missing.length > 0 ? words.missing(list(facts.missing)) : ''}.`;
}

/** The summary of a chart: one sentence per series shown. */
export function summarizeChart(
  dataset: Pick<Dataset, 'rows' | 'series'> & Partial<Pick<Dataset, 'derived'>>,
  keys: string[],
  locale: Locale,
): string {
  return keys.map((key) => summarizeSeries(dataset, key, locale)).join(' ');
}
