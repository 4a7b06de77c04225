/**
 * Draws a chart with Chart.js into an `<app-chart>` element. Loaded with a dynamic import
 * only when a chart scrolls into view, so Chart.js is one shared chunk that pages without a
 * visible chart never download; only the parts used here are registered, so the rest of
 * Chart.js is left out of the bundle.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import { fittedTextScale, readerTextScale } from '../../lib/text-scale';
import type { ChartPayload } from './chart-types';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);

/** A CSS colour (KERN tokens are OKLCH) as rgb(), which Chart.js's colour helpers understand. */
function toRgb(cssColor: string): string {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = cssColor;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return `rgb(${r}, ${g}, ${b})`;
}

/** The KERN colours in effect for `element` (light or dark theme). */
function themeColours(element: HTMLElement) {
  const style = getComputedStyle(element);
  const token = (name: string) => toRgb(style.getPropertyValue(name).trim() || 'CanvasText');
  return {
    text: token('--kern-color-layout-text-default'),
    muted: token('--kern-color-layout-text-muted'),
    grid: token('--kern-color-layout-border'),
    background: token('--kern-color-layout-background-default'),
    series: [token('--kern-color-action-default'), token('--kern-color-layout-text-default'), token('--kern-color-layout-text-muted')],
  };
}

/**
 * A fill for series `index`: solid for the first, stripes and dots after that, so series
 * differ by pattern as well as by colour.
 */
function fill(index: number, colour: string, background: string): string | CanvasPattern {
  if (index === 0) return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const context = tile.getContext('2d')!;
  context.fillStyle = background;
  context.fillRect(0, 0, 8, 8);
  context.fillStyle = colour;
  context.strokeStyle = colour;
  if (index === 1) {
    context.lineWidth = 2.5;
    context.beginPath();
    context.moveTo(0, 8);
    context.lineTo(8, 0);
    context.moveTo(-2, 2);
    context.lineTo(2, -2);
    context.moveTo(6, 10);
    context.lineTo(10, 6);
    context.stroke();
  } else {
    context.beginPath();
    context.arc(4, 4, 2, 0, Math.PI * 2);
    context.fill();
  }
  return context.createPattern(tile, 'repeat')!;
}

/**
 * Writes "keine Angabe" along the axis where no series has a value, so an empty year is read
 * as missing data rather than as zero.
 */
function drawGaps(chart: Chart, noValue: string, colour: string, scale: number) {
  const { ctx } = chart;
  const horizontal = chart.options.indexAxis === 'y';
  const categoryScale = chart.scales[horizontal ? 'y' : 'x']!;
  const valueScale = chart.scales[horizontal ? 'x' : 'y']!;
  const base = valueScale.getPixelForValue(Math.max(0, valueScale.min));
  (chart.data.labels ?? []).forEach((_, index) => {
    if (chart.data.datasets.some((dataset) => typeof dataset.data[index] === 'number')) return;
    const at = categoryScale.getPixelForValue(index);
    ctx.save();
    ctx.fillStyle = colour;
    ctx.font = `italic ${12 * scale}px ${Chart.defaults.font.family}`;
    ctx.textBaseline = 'middle';
    if (horizontal) {
      ctx.translate(base + 6 * scale, at);
    } else {
      ctx.translate(at, base - 6 * scale);
      ctx.rotate(-Math.PI / 2);
    }
    ctx.fillText(noValue, 0, 0);
    ctx.restore();
  });
}

/**
 * Writes the sum above each upright stacked bar ("zusammen 46.123"), so the whole is read as a
 * number too. Only where every visible part has a value: a sum with a gap in it would be a guess.
 */
function drawTotals(
  chart: Chart,
  format: (value: number) => string,
  word: string,
  colours: { text: string; background: string },
  scale: number,
) {
  const { ctx } = chart;
  const visible = chart.data.datasets.map((_, index) => index).filter((index) => !chart.getDatasetMeta(index).hidden);
  const valueScale = chart.scales.y!;
  const categoryScale = chart.scales.x!;
  (chart.data.labels ?? []).forEach((_, index) => {
    const parts = visible.map((datasetIndex) => chart.data.datasets[datasetIndex]!.data[index]);
    if (parts.length === 0 || !parts.every((part) => typeof part === 'number')) return;
    const sum = (parts as number[]).reduce((a, b) => a + b, 0);
    const text = `${word} ${format(sum)}`;
    const x = categoryScale.getPixelForValue(index);
    const y = valueScale.getPixelForValue(sum) - 14 * scale;
    const width = ctx.measureText(text).width + 6 * scale;
    ctx.fillStyle = colours.background;
    ctx.fillRect(x - width / 2, y - 9 * scale, width, 18 * scale);
    ctx.fillStyle = colours.text;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(text, x, y);
  });
}

/** Draws every value next to its bar or point, so no one has to match colours or read axes. */
function valueLabels(
  format: (datasetIndex: number, value: number) => string,
  colours: { text: string; muted: string; background: string },
  noValue: string,
  total: string | undefined,
  scale: number,
): Plugin {
  return {
    id: 'appValueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      // Bars only: a line already shows a gap, and text across a line chart's grid would clutter it.
      const isBar = (chart.config as { type?: string }).type === 'bar';
      const room = chart.scales[chart.options.indexAxis === 'y' ? 'y' : 'x']!.width / Math.max(1, chart.data.labels?.length ?? 1);
      if (isBar && (chart.options.indexAxis === 'y' || room >= 14 * scale)) drawGaps(chart as Chart, noValue, colours.muted, scale);
      const horizontal = chart.options.indexAxis === 'y';
      const stacked = Boolean((chart.options.scales?.x as { stacked?: boolean } | undefined)?.stacked);
      ctx.save();
      ctx.font = `600 ${13 * scale}px ${Chart.defaults.font.family}`;
      chart.data.datasets.forEach((dataset, datasetIndex) => {
        const meta = chart.getDatasetMeta(datasetIndex);
        if (meta.hidden) return;
        meta.data.forEach((element, index) => {
          const value = dataset.data[index];
          if (typeof value !== 'number') return;
          const text = format(datasetIndex, value);
          const width = ctx.measureText(text).width + 6 * scale;
          const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
          const base = (element as unknown as { base?: number }).base ?? y;
          let cx = x;
          // Above the point or bar, clear of the point marker.
          let cy = y - 18 * scale;
          let rotate = false;
          if (stacked) {
            cx = horizontal ? (x + base) / 2 : x;
            cy = horizontal ? y : (y + base) / 2;
          } else if (horizontal) {
            // Beside the end of the bar, on its middle line.
            cx = x + width / 2 + 4 * scale;
            cy = y;
          } else if (meta.type === 'bar') {
            const barWidth = (element as unknown as { width: number }).width;
            // Narrow bars (small screens): write the value upright so neighbours do not overlap.
            rotate = width > barWidth + 4 * scale;
            cy = rotate ? y - width / 2 - 4 * scale : y - 14 * scale;
          }
          // A label at the first or last point stays inside the plot, clear of the axis labels.
          if (!rotate) cx = Math.min(Math.max(cx, chart.chartArea.left + width / 2), chart.chartArea.right - width / 2);
          ctx.save();
          ctx.translate(cx, cy);
          if (rotate) ctx.rotate(-Math.PI / 2);
          ctx.fillStyle = colours.background;
          ctx.fillRect(-width / 2, -9 * scale, width, 18 * scale);
          ctx.fillStyle = colours.text;
          ctx.textAlign = 'center';
          ctx.textBaseline = 'middle';
          ctx.fillText(text, 0, 0);
          ctx.restore();
        });
      });
      if (stacked && !horizontal && total) drawTotals(chart as Chart, (value) => format(0, value), total, colours, scale);
      ctx.restore();
    },
  };
}

/**
 * A long category label of a horizontal bar as lines of about `width` characters, broken at
 * spaces, so that it is not cut off beside a narrow chart.
 */
function wrapLabel(label: string, width = 16): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A canvas does not follow the browser's text size: every size of text drawn on it, and of the
 * boxes behind that text, is multiplied by the reader's text scale, as far as the chart's width
 * allows (on a phone the table under the chart shows the numbers in the reader's size).
 */
function textScale(element: HTMLElement): number {
  return fittedTextScale(readerTextScale(getComputedStyle(document.documentElement).fontSize), element.clientWidth, 320);
}

/** Builds the Chart.js configuration for a payload in the current theme and text size. */
function configure(element: HTMLElement, payload: ChartPayload, scale: number, animate: boolean): ChartConfiguration {
  const colours = themeColours(element);
  const animated = animate && !matchMedia('(prefers-reduced-motion: reduce)').matches;
  const numbers = payload.series.map(
    (s) => new Intl.NumberFormat(payload.numberLocale, { minimumFractionDigits: s.fractionDigits, maximumFractionDigits: s.fractionDigits }),
  );
  const format = (datasetIndex: number, value: number) => {
    const unit = payload.series[datasetIndex]!.unit;
    // English writes "40%", German and Polish "40 %" (as formatValue in src/lib/chart-summary.ts).
    return numbers[datasetIndex]!.format(value) + (unit === '%' ? (payload.numberLocale.startsWith('en') ? '%' : ' %') : '');
  };
  const isLine = payload.type === 'line';
  const horizontal = payload.type === 'horizontal-bar';
  const stacked = payload.type === 'stacked-bar';
  const family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.family = family;
  Chart.defaults.color = colours.text;
  // The size goes into each chart's own options, not into Chart.defaults: charts are drawn at
  // different times, each at the scale its width allows, and all of them read the defaults
  // whenever they draw again (on any resize).
  const font = { family, size: 14 * scale };
  const valueAxis = {
    beginAtZero: !isLine,
    stacked,
    grid: { color: colours.grid },
    ticks: {
      color: colours.text,
      font,
      maxRotation: 0,
      autoSkipPadding: 12 * scale,
      callback: (value: string | number) => numbers[0]!.format(Number(value)),
    },
    // Room above the highest bar for its label.
    grace: '12%',
  };
  const categoryAxis = { stacked, grid: { display: false }, ticks: { color: colours.text, font, maxRotation: 0, autoSkip: true } };
  const dashes = [[], [8, 4], [2, 3]];
  const points = ['circle', 'rect', 'triangle'] as const;
  return {
    type: isLine ? 'line' : 'bar',
    data: {
      labels: horizontal ? payload.labels.map((label) => wrapLabel(label, element.clientWidth < 560 * scale ? 16 : 30)) : payload.labels,
      datasets: payload.series.map((s, index) => {
        const colour = colours.series[index % colours.series.length]!;
        const background = fill(index % 3, colour, colours.background);
        return {
          label: s.label,
          data: s.values,
          backgroundColor: isLine ? colour : background,
          hoverBackgroundColor: isLine ? colour : background,
          borderColor: colour,
          borderWidth: isLine ? 3 : 1,
          borderDash: isLine ? dashes[index % 3] : undefined,
          pointStyle: points[index % 3],
          pointRadius: 5,
          // A gap stays a gap: no line is drawn across years without a value.
          spanGaps: false,
        };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: horizontal ? 'y' : 'x',
      animation: animated ? { duration: 500 } : false,
      // Room for the value labels: beside horizontal bars, above upright ones on narrow screens.
      layout: { padding: { top: horizontal ? 8 : isLine ? 24 : 48, left: isLine ? 24 : 0, right: horizontal ? 72 : isLine ? 24 : 8 } },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        // Bars with several series get an HTML legend instead (htmlLegend), which wraps on a phone.
        legend: { display: isLine && payload.series.length > 1, labels: { color: colours.text, font, usePointStyle: true } },
        tooltip: {
          titleFont: font,
          bodyFont: font,
          callbacks: { label: (item) => `${item.dataset.label}: ${format(item.datasetIndex, Number(item.raw))}` },
        },
      },
    },
    plugins: [valueLabels(format, colours, payload.noValue, payload.total, scale)],
  } as ChartConfiguration;
}

/**
 * The legend of a bar chart with several series, as a list above the canvas: Chart.js's canvas
 * legend cannot wrap and cuts long labels off on a phone. Each swatch is painted with the
 * series' own fill, pattern included. Hidden from assistive technology like the canvas: the
 * table's column headings name the series.
 */
function htmlLegend(element: HTMLElement, box: HTMLElement, chart: Chart) {
  const show = chart.data.datasets.length > 1 && (chart.config as { type?: string }).type === 'bar';
  let list = element.querySelector<HTMLUListElement>('.app-chart__legend');
  if (!show) {
    list?.remove();
    return;
  }
  if (!list) {
    list = document.createElement('ul');
    list.className = 'app-chart__legend';
    list.setAttribute('aria-hidden', 'true');
    box.before(list);
  }
  list.replaceChildren(
    ...chart.data.datasets.map((dataset) => {
      const item = document.createElement('li');
      const swatch = document.createElement('canvas');
      swatch.width = 28;
      swatch.height = 16;
      const context = swatch.getContext('2d')!;
      context.fillStyle = dataset.backgroundColor as string | CanvasPattern;
      context.fillRect(0, 0, 28, 16);
      context.strokeStyle = dataset.borderColor as string;
      context.lineWidth = 2;
      context.strokeRect(1, 1, 26, 14);
      item.append(swatch, document.createTextNode(dataset.label ?? ''));
      return item;
    }),
  );
}

const charts = new WeakMap<HTMLElement, Chart>();
/** The text scale each chart was drawn with. */
const drawnScales = new WeakMap<HTMLElement, number>();

/**
 * How much the text scale must change before a chart is drawn again: where the chart's width
 * limits the scale, every pixel of width changes it, and a window being dragged narrower would
 * otherwise redraw the chart at every step. 0.1 is 1.4 px for the 14 px labels.
 */
const RESCALE_STEP = 0.1;

/**
 * Draws the chart of an `<app-chart>` element from its current `data-config`, replacing one
 * drawn before (a page may refresh its numbers), and redraws it when the colour scheme changes
 * or its text scale does (the reader changed the text size, or a turned phone gave more room).
 */
export function drawChart(element: HTMLElement, { animate = true }: { animate?: boolean } = {}): Chart {
  const payload = JSON.parse(element.dataset.config!) as ChartPayload;
  const canvas = element.querySelector('canvas')!;
  const box = canvas.parentElement!;
  // Horizontal bars need height per category; the others a steady box that fits a phone.
  box.style.height = payload.type === 'horizontal-bar' ? `${payload.labels.length * 2.75 + 4}rem` : '';
  box.hidden = false;
  const previous = charts.get(element);
  previous?.destroy();
  const scale = textScale(element);
  const chart = new Chart(canvas, configure(element, payload, scale, animate));
  charts.set(element, chart);
  drawnScales.set(element, scale);
  htmlLegend(element, box, chart);
  element.dataset.animation = chart.options.animation === false ? 'off' : 'on';
  if (!previous) {
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => drawChart(element));
    // The element's size follows both the text size (its captions are in rem) and the width.
    // The same numbers drawn again in another size need no animation.
    new ResizeObserver(() => {
      if (Math.abs(textScale(element) - drawnScales.get(element)!) >= RESCALE_STEP) drawChart(element, { animate: false });
    }).observe(element);
  }
  return chart;
}
