/**
 * What the server hands the browser to draw a chart: the chart types and the payload in the
 * chart's `data-config` attribute. Shared by `Chart.astro` and `draw.ts`.
 */

/** Chart types the component offers. */
export const chartTypes = ['bar', 'horizontal-bar', 'line', 'stacked-bar'] as const;

/** One of the chart types. */
export type ChartType = (typeof chartTypes)[number];

/** The data of one chart, as JSON in the `data-config` attribute. */
export interface ChartPayload {
  type: ChartType;
  /** BCP 47 tag for number formatting, e.g. "de-DE". */
  numberLocale: string;
  /** Written where a category has no value ("keine Angabe"), so a gap reads as a gap. */
  noValue: string;
  /** Word before the sum above a stacked bar ("zusammen"); the sum is only written where every part is known. */
  total?: string;
  /** Categories (e.g. years) in order. */
  labels: string[];
  series: { label: string; unit: string; fractionDigits: number; values: (number | null)[] }[];
}
