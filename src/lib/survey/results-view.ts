// What the results page shows of a wave: per published question its label, n, and per option the
// count and the share of n, plus the breakdowns by district and age band with readable group
// labels. Pure and free of zod and Astro, so the page, the browser refresh and the tests share it.
// A suppressed count (null) stays suppressed: no value is ever derived from the others.
import type { Definition, LocalizedText, Question } from './definition.ts';
import { NO_ANSWER, NO_ANSWER_LABEL } from './no-answer.ts';
import type { GroupResult, OptionCounts, QuestionResult, SurveyResults } from './results.ts';
import { formatNumber } from '../format.ts';
import type { Locale } from '../i18n.ts';

/** Question kinds that survey_results publishes; number and text answers never leave the database. */
export type PublishedKind = QuestionResult['kind'];

/** One answer option as a row of the results. */
export interface OptionView {
  /** The stored code ("1" … for scale steps, "keine_angabe" for "keine Angabe"). */
  code: string;
  label: string;
  /** Respondents who chose it; null = suppressed ("zu wenige Antworten"). */
  count: number | null;
  /** Per cent of the question's n; null when the count or n is suppressed or n is 0. */
  share: number | null;
}

/** One group of a breakdown table, e.g. the respondents of one Stadtteil. */
export interface GroupView {
  /** Option code of the breakdown question; null = respondents who did not answer it. */
  code: string | null;
  label: string;
  n: number | null;
  /** Counts in the order of the question's options. */
  counts: (number | null)[];
}

/** A breakdown of one question by district or age band. */
export interface BreakdownView {
  key: 'district' | 'ageBand';
  /** The label of the breakdown question, e.g. "In welchem Stadtteil wohnen Sie?". */
  question: string;
  groups: GroupView[];
}

/** A published question as the page shows it. */
export interface QuestionView {
  id: string;
  kind: PublishedKind;
  label: string;
  /** Respondents who answered; null = suppressed. */
  n: number | null;
  /** In definition order, "keine Angabe" last. */
  options: OptionView[];
  /** Multiple choice: shares are of respondents and may add up to more than 100 %. */
  multiple: boolean;
  breakdowns: BreakdownView[];
}

/** A topic of the questionnaire with its published questions. */
export interface SectionView {
  id: string;
  title: string;
  questions: QuestionView[];
}

/** The whole published result of a wave in one language. */
export interface ResultsView {
  wave: string;
  minGroupSize: number;
  /** All responses of the wave; null while fewer than minGroupSize. */
  responses: number | null;
  sections: SectionView[];
}

/** Per cent of n, unrounded; null if either is suppressed or n is 0. */
export function shareOf(count: number | null | undefined, n: number | null | undefined): number | null {
  if (count === null || count === undefined || n === null || n === undefined || n <= 0) return null;
  return (count / n) * 100;
}

const dateLocales: Record<Locale, string> = { de: 'de-DE', en: 'en-GB', pl: 'pl-PL' };

/** A moment's calendar day in Görlitz, as readers of the language write it: "27. November 2026". */
export function formatDay(moment: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(dateLocales[locale], { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date(moment));
}

/** The same day as YYYY-MM-DD, for the `datetime` attribute. */
export function isoDayInGoerlitz(moment: Date | string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(moment));
}

/** The last day answers are accepted: closesAt is the first moment they are refused. */
export function lastSurveyDay(closesAt: string): Date {
  return new Date(Date.parse(closesAt) - 1);
}

/** A share as readers of the language write it, rounded to whole per cent: "42 %", "42%". */
export function formatShare(share: number, locale: Locale): string {
  const number = formatNumber(share, locale, 0);
  return locale === 'en' ? `${number}%` : `${number} %`;
}

/** Whether a question appears in survey_results. */
export function isPublished(question: Question): question is Extract<Question, { kind: PublishedKind }> {
  return question.kind === 'single' || question.kind === 'multiple' || question.kind === 'scale';
}

/** The answer codes of a published question with their labels, in display order, "keine Angabe" last. */
export function optionLabels(question: Extract<Question, { kind: PublishedKind }>, locale: Locale): { code: string; label: string }[] {
  const options =
    question.kind === 'scale'
      ? Array.from({ length: question.max - question.min + 1 }, (_, index) => {
          const value = question.min + index;
          const end = value === question.min ? question.minLabel : value === question.max ? question.maxLabel : undefined;
          return { code: String(value), label: end ? `${value} – ${end[locale]}` : String(value) };
        })
      : question.options.map((option) => ({ code: option.code, label: option.label[locale] }));
  return question.noAnswer ? [...options, { code: NO_ANSWER, label: NO_ANSWER_LABEL[locale] }] : options;
}

/** The counts of `codes` in order; a code the result does not list counts as suppressed, never as 0. */
function countsOf(counts: OptionCounts, codes: string[]): (number | null)[] {
  return codes.map((code) => counts[code] ?? null);
}

/** Labels of a breakdown question's groups: its options, "keine Angabe" and "ohne Angabe" (null). */
function groupLabel(question: Question | undefined, code: string | null, locale: Locale, unanswered: LocalizedText): string {
  if (code === null) return unanswered[locale];
  if (code === NO_ANSWER) return NO_ANSWER_LABEL[locale];
  if (question && 'options' in question) {
    const option = question.options.find((o) => o.code === code);
    if (option) return option.label[locale];
  }
  return code;
}

/** The label of the group of respondents who skipped the breakdown question. */
export const UNANSWERED_LABEL: LocalizedText = { de: 'ohne Angabe', en: 'not answered', pl: 'bez odpowiedzi' };

function breakdownView(
  definition: Definition,
  key: 'district' | 'ageBand',
  groups: GroupResult[] | undefined,
  codes: string[],
  locale: Locale,
): BreakdownView | undefined {
  const id = definition.breakdowns[key];
  if (!id || !groups) return undefined;
  const question = definition.questions.find((q) => q.id === id);
  return {
    key,
    question: question?.label[locale] ?? id,
    groups: groups.map((group) => ({
      code: group.group,
      label: groupLabel(question, group.group, locale, UNANSWERED_LABEL),
      n: group.n,
      counts: countsOf(group.counts, codes),
    })),
  };
}

/** One published question in the reader's language; undefined when the results do not list it. */
export function questionView(
  definition: Definition,
  question: Extract<Question, { kind: PublishedKind }>,
  result: QuestionResult | undefined,
  locale: Locale,
): QuestionView | undefined {
  if (!result) return undefined;
  const labels = optionLabels(question, locale);
  const codes = labels.map((o) => o.code);
  const counts = countsOf(result.counts, codes);
  const breakdowns = (['district', 'ageBand'] as const)
    .map((key) => breakdownView(definition, key, result.breakdowns[key], codes, locale))
    .filter((view): view is BreakdownView => view !== undefined);
  return {
    id: question.id,
    kind: question.kind,
    label: question.label[locale],
    n: result.n,
    options: labels.map((option, index) => ({ ...option, count: counts[index]!, share: shareOf(counts[index], result.n) })),
    multiple: question.kind === 'multiple',
    breakdowns,
  };
}

/** The page's view of a wave's results, by section; null when no results are available. */
export function buildResultsView(definition: Definition, results: SurveyResults | null, locale: Locale): ResultsView | null {
  if (!results) return null;
  const byId = new Map(results.questions.map((q) => [q.id, q]));
  const sections = formSectionsOf(definition)
    .map((section) => ({
      id: section.id,
      title: section.title[locale],
      questions: section.questions.flatMap((id) => {
        const question = definition.questions.find((q) => q.id === id);
        if (!question || !isPublished(question)) return [];
        const view = questionView(definition, question, byId.get(id), locale);
        return view ? [view] : [];
      }),
    }))
    .filter((section) => section.questions.length > 0);
  return { wave: results.wave, minGroupSize: results.minGroupSize, responses: results.responses, sections };
}

/** The definition's sections, or one holding every question (as formSections, without zod). */
function formSectionsOf(definition: Definition) {
  if (definition.sections?.length) return definition.sections;
  return [{ id: 'fragen', title: definition.wave.title, questions: definition.questions.map((q) => q.id) }];
}

const summaryPhrases: Record<Locale, { top: (list: string, share: string) => string; none: string; hidden: (count: number) => string }> = {
  de: {
    top: (list, share) => `Höchster veröffentlichter Anteil: ${list} mit ${share}.`,
    none: 'Für diese Frage liegen zu wenige Antworten vor.',
    hidden: (count) => ` ${count === 1 ? 'Ein Wert ist' : `${count} Werte sind`} wegen zu weniger Antworten nicht veröffentlicht.`,
  },
  en: {
    top: (list, share) => `Highest published share: ${list} at ${share}.`,
    none: 'There are too few answers to this question.',
    hidden: (count) => ` ${count === 1 ? 'One figure is' : `${count} figures are`} not published because of too few answers.`,
  },
  pl: {
    top: (list, share) => `Najwyższy opublikowany odsetek: ${list} (${share}).`,
    none: 'Na to pytanie jest za mało odpowiedzi.',
    hidden: (count) => ` Liczba niepublikowanych wartości z powodu zbyt małej liczby odpowiedzi: ${count}.`,
  },
};

/**
 * The one-sentence text summary of a question: the highest published share (all options tied
 * at it) and how many values are suppressed. It says "published" because a suppressed cell may
 * be larger; the "keine Angabe" row never counts as the top answer.
 */
export function summarizeQuestion(options: Pick<OptionView, 'code' | 'label' | 'count' | 'share'>[], locale: Locale): string {
  const words = summaryPhrases[locale];
  const hidden = options.filter((o) => o.count === null).length;
  const known = options.filter((o) => o.code !== NO_ANSWER && o.share !== null && o.count !== null && o.count > 0);
  if (known.length === 0) return words.none;
  const rounded = (share: number) => Math.round(share);
  const best = Math.max(...known.map((o) => rounded(o.share!)));
  const top = known.filter((o) => rounded(o.share!) === best).map((o) => o.label);
  const list = new Intl.ListFormat(dateLocales[locale], { type: 'conjunction' }).format(top);
  return words.top(list, formatShare(best, locale)) + (hidden > 0 ? words.hidden(hidden) : '');
}

/** The key of one number on the page, shared by the server markup and the browser refresh. */
export function cellKey(question: string, field: 'n' | 'count' | 'share', option?: string, breakdown?: { key: string; group: string | null }): string {
  const where = breakdown ? `${breakdown.key}:${breakdown.group ?? '-'}` : 'all';
  return [question, where, field, option ?? ''].join('|');
}

/** The key of the wave's total number of responses. */
export const RESPONSES_CELL = 'responses';

/**
 * Every number of a result by cellKey: n, counts and shares of each question, and n and counts
 * of each breakdown group. What the browser needs to refresh a page rendered from a snapshot.
 */
export function resultCells(results: SurveyResults): Map<string, number | null> {
  const cells = new Map<string, number | null>([[RESPONSES_CELL, results.responses]]);
  for (const question of results.questions) {
    cells.set(cellKey(question.id, 'n'), question.n);
    for (const [code, count] of Object.entries(question.counts)) {
      cells.set(cellKey(question.id, 'count', code), count);
      cells.set(cellKey(question.id, 'share', code), shareOf(count, question.n));
    }
    for (const key of ['district', 'ageBand'] as const) {
      for (const group of question.breakdowns[key] ?? []) {
        const where = { key, group: group.group };
        cells.set(cellKey(question.id, 'n', undefined, where), group.n);
        for (const [code, count] of Object.entries(group.counts)) cells.set(cellKey(question.id, 'count', code, where), count);
      }
    }
  }
  return cells;
}
