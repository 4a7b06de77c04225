/**
 * Charts: drawn by Chart.js only once they scroll into view, the table and the downloads say
 * the same as the dataset, everything important is there without JavaScript, reduced motion
 * turns animation off, and the table is printed.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { violations } from './axe';
import { afterLayout, setTextSize } from './site';

type Row = Record<string, string | number | null>;
interface DatasetFile {
  category: { key: string };
  series: { key: string; label: string }[];
  rows: Row[];
  derived?: { row: string; column: string }[];
}

/** A dataset as the editors wrote it. */
function dataset(id: string): DatasetFile {
  return JSON.parse(readFileSync(new URL(`../../src/content/datasets/${id}.json`, import.meta.url), 'utf8'));
}

/** Category → value of one series, as written in the dataset file. */
function column(id: string, key: string): Record<string, number | null> {
  const data = dataset(id);
  return Object.fromEntries(data.rows.map((row) => [String(row[data.category.key]), row[key] as number | null]));
}

/** Category → value of one series, as the chart's table shows it (data-value of each cell). */
async function tableColumn(page: Page, figure: number, key: string): Promise<Record<string, number | null>> {
  return page
    .locator('figure[data-chart]')
    .nth(figure)
    .locator('tbody tr')
    .evaluateAll(
      (rows, key) =>
        Object.fromEntries(
          rows.map((row) => {
            const value = row.querySelector(`td[data-key="${key}"]`)!.getAttribute('data-value')!;
            return [row.getAttribute('data-category'), value === '' ? null : Number(value)];
          }),
        ),
      key,
    );
}

/**
 * Number of painted (non-transparent) pixels on a chart's canvas. Callers poll it: when the
 * layout shifts (another chart above finishes), Chart.js clears a canvas and paints it again on
 * the next frame.
 */
async function paintedPixels(page: Page, figure: number): Promise<number> {
  return page
    .locator('figure[data-chart] .app-chart__canvas canvas')
    .nth(figure)
    .evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
      return painted;
    });
}

/** The charts on /zahlen/, in page order. */
const zahlen = [
  { id: 'pks-polizeidirektion-goerlitz', keys: ['faelle'] },
  { id: 'pks-polizeidirektion-goerlitz', keys: ['aq'] },
  { id: 'pks-polizeidirektion-goerlitz-aufenthaltsrecht', keys: ['aufenthaltsrecht', 'uebrige'] },
  { id: 'pks-stadt-goerlitz', keys: ['faelle'] },
  { id: 'pks-stadt-goerlitz', keys: ['hz'] },
];
const figures = zahlen.length;
const stackedFigure = 2;

test('Chart.js loads only when a chart scrolls into view, once for all charts', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const chunks: string[] = [];
  page.on('request', (request) => {
    if (/\/_astro\/draw\.[\w-]+\.js$/.test(request.url())) chunks.push(request.url());
  });
  await page.goto('/zahlen/', { waitUntil: 'networkidle' });
  expect(chunks, 'chart code before any chart is in view').toEqual([]);
  await expect(page.locator('app-chart[data-state="waiting"]')).toHaveCount(figures);

  for (const chart of await page.locator('app-chart').all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-state', 'drawn');
  }
  expect(chunks).toHaveLength(1);
  for (let figure = 0; figure < figures; figure++) {
    await expect.poll(() => paintedPixels(page, figure), { message: `painted pixels in chart ${figure}` }).toBeGreaterThan(2000);
  }
  // The table stays in the DOM behind its disclosure once the chart is drawn.
  await expect(page.locator('figure[data-chart] details').first()).not.toHaveAttribute('open');
  await expect(page.locator('figure[data-chart] table')).toHaveCount(figures);
});

test('the tables show the dataset values, gaps empty, derived values marked', async ({ page }) => {
  await page.goto('/zahlen/');
  for (const [figure, { id, keys }] of zahlen.entries()) {
    for (const key of keys) expect(await tableColumn(page, figure, key), `${id} ${key}`).toEqual(column(id, key));
  }
  const first = page.locator('figure[data-chart]').first();
  await expect(first.locator('tr[data-category="2015"] td')).toHaveText('keine Angabe');
  await expect(first.locator('tr[data-category="2022"] td')).toContainText('37.033');
  await expect(first.locator('tr[data-category="2022"] td a')).toContainText('abgeleitet');
});

test('without JavaScript: summary, open table, source and downloads', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zahlen/');
  const first = page.locator('figure[data-chart]').first();
  await expect(first.locator('.app-chart__summary')).toHaveText(
    'Erfasste Fälle: am höchsten 2023 (46.123 Fälle), am niedrigsten 2019 (33.287 Fälle); der Wert fiel von 2014 bis ' +
      '2019 auf den Tiefststand und stieg dann bis 2023 auf den Höchststand; 2023 lag er höher als 2014; keine Angabe ' +
      'für 2015, 2016, 2017, 2020 und 2021.',
  );
  await expect(first.locator('table')).toBeVisible();
  await expect(first.locator('canvas')).toBeHidden();
  await expect(first).toContainText('Das Diagramm wird mit JavaScript gezeichnet.');
  // The date is when the figures were compiled, not a date the source gave: the label says so.
  await expect(first.locator('.app-chart-source')).toContainText('Stand der Zusammenstellung: 27. November 2026');
  await expect(first.locator('a[data-format="csv"]')).toHaveAttribute('href', '/daten/pks-polizeidirektion-goerlitz.csv');
  await context.close();
});

test('the downloads return the same numbers as the dataset', async ({ page, request }) => {
  await page.goto('/zahlen/');
  for (const id of new Set(zahlen.map((chart) => chart.id))) {
    const data = dataset(id);
    const csvLink = page.locator(`a[href="/daten/${id}.csv"]`).first();
    const csv = await (await request.get((await csvLink.getAttribute('href'))!)).text();
    const [header, ...lines] = csv.trim().split(/\r\n/);
    const keys = header!.split(',');
    expect(keys).toEqual([data.category.key, ...data.series.map((s) => s.key)]);
    const fromCsv = lines.map((line) =>
      Object.fromEntries(line.split(',').map((field, i) => [keys[i]!, i === 0 ? field : field === '' ? null : Number(field)])),
    );
    expect(fromCsv).toEqual(data.rows);

    const json = await (await request.get(`/daten/${id}.json`)).json();
    expect(json.rows).toEqual(data.rows);
  }
  const catalog = await (await request.get('/daten/katalog.jsonld')).json();
  expect(catalog['@type']).toBe('dcat:Catalog');
  expect(catalog['dcat:dataset']).toHaveLength(new Set(zahlen.map((chart) => chart.id)).size);
  // No licence has been chosen: the catalogue claims none and carries the rights note instead.
  expect(JSON.stringify(catalog)).not.toContain('dct:license');
  for (const entry of catalog['dcat:dataset']) {
    for (const distribution of entry['dcat:distribution']) {
      expect(distribution['dct:rights']['rdfs:label']).toContain('Eine Lizenz für die Daten haben die Partner noch nicht festgelegt.');
    }
  }
});

test('the stacked chart of 2022 and 2023 draws both parts, matches its dataset and passes axe', async ({ page }) => {
  await page.goto('/zahlen/');
  const figure = page.locator('figure[data-chart]').nth(stackedFigure);
  const chart = figure.locator('app-chart');
  await expect(figure.locator('.app-chart__title')).toHaveText('2022 und 2023: Verstöße gegen das Aufenthalts- und Asylrecht und übrige Fälle');
  expect(JSON.parse((await chart.getAttribute('data-config'))!).type).toBe('stacked-bar');
  // The table before the chart is drawn: both parts per year, every value marked as derived.
  const split = dataset('pks-polizeidirektion-goerlitz-aufenthaltsrecht');
  for (const key of ['aufenthaltsrecht', 'uebrige']) {
    expect(await tableColumn(page, stackedFigure, key)).toEqual(column('pks-polizeidirektion-goerlitz-aufenthaltsrecht', key));
  }
  await expect(figure.locator('td a.app-chart-table__mark')).toHaveCount(split.rows.length * split.series.length);
  await expect(figure.locator('.app-chart-table__marks li')).toHaveCount(4);
  await expect(figure.locator('.app-chart-table__marks li').first()).toContainText('8.805 / 1,40 ≈ 6.289');

  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-state', 'drawn');
  await expect.poll(() => paintedPixels(page, stackedFigure)).toBeGreaterThan(2000);
  // The legend is a list that wraps, hidden from screen readers like the canvas (the table names the parts).
  const legend = chart.locator('.app-chart__legend');
  await expect(legend).toHaveAttribute('aria-hidden', 'true');
  await expect(legend.locator('li')).toHaveText(['Verstöße gegen das Aufenthalts- und Asylrecht', 'Übrige erfasste Fälle']);

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await violations(page), `axe violations (${colorScheme})`).toEqual([]);
  }
});

test('reduced motion turns the animation off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/zahlen/');
  const chart = page.locator('app-chart').first();
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-animation', 'off');

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.reload();
  await page.locator('app-chart').first().scrollIntoViewIfNeeded();
  await expect(page.locator('app-chart').first()).toHaveAttribute('data-animation', 'on');
});

test('readable at 320 px: the chart draws and nothing overflows the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/zahlen/');
  for (const [figure, chart] of (await page.locator('app-chart').all()).entries()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-state', 'drawn');
    await expect.poll(() => paintedPixels(page, figure), { message: `painted pixels in chart ${figure}` }).toBeGreaterThan(1000);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

/**
 * The font sizes (px) of all text Chart.js and our plugins draw on the page's canvases while
 * `draw` runs, read from every font set on a 2D context; with `figure`, only on that chart's.
 */
async function canvasFontSizes(page: Page, draw: () => Promise<void>, figure?: number): Promise<number[]> {
  await page.evaluate((figure) => {
    const sizes: number[] = [];
    const font = Object.getOwnPropertyDescriptor(CanvasRenderingContext2D.prototype, 'font')!;
    Object.defineProperty(CanvasRenderingContext2D.prototype, 'font', {
      ...font,
      set(this: CanvasRenderingContext2D, value: string) {
        const size = /(\d+(?:\.\d+)?)px/.exec(value);
        const counted = figure === undefined || this.canvas.closest('app-chart') === document.querySelectorAll('app-chart')[figure];
        if (size && counted) sizes.push(Number(size[1]));
        font.set!.call(this, value);
      },
    });
    (window as unknown as { fontSizes: number[] }).fontSizes = sizes;
  }, figure);
  await draw();
  return page.evaluate(() => (window as unknown as { fontSizes: number[] }).fontSizes);
}

test('text on a chart grows with the browser text size where the chart has room for it', async ({ browser }) => {
  const drawnSizes = async (percent: number, width = 1280) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    // Before the page loads, so that no chart is drawn in the default size first.
    if (percent !== 100) await setTextSize(context, page, percent);
    await page.goto('/zahlen/');
    // The stacked chart draws most kinds of text: axes, values and sums.
    const sizes = await canvasFontSizes(page, async () => {
      const chart = page.locator('app-chart').nth(stackedFigure);
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toHaveAttribute('data-state', 'drawn');
      await expect.poll(() => paintedPixels(page, stackedFigure)).toBeGreaterThan(1000);
    });
    await context.close();
    return sizes;
  };
  const normal = await drawnSizes(100);
  const large = await drawnSizes(200);
  expect(normal.length, 'text drawn at 100 %').toBeGreaterThan(0);
  expect(large.length, 'text drawn at 200 %').toBeGreaterThan(0);
  expect(Math.min(...normal), 'smallest chart text at 100 %').toBeGreaterThanOrEqual(12);
  expect(Math.min(...large), 'smallest chart text at 200 %').toBeGreaterThanOrEqual(2 * Math.min(...normal));
  expect(Math.max(...large), 'largest chart text at 200 %').toBeGreaterThanOrEqual(2 * Math.max(...normal));
  // On a small phone the chart keeps its default text size: larger labels would cover each
  // other there, and the table shows the numbers in the reader's size.
  const phone = await drawnSizes(200, 320);
  expect(phone.length, 'text drawn on a phone').toBeGreaterThan(0);
  expect(Math.max(...phone), 'largest chart text on a phone at 200 %').toBe(Math.max(...normal));
});

test('a chart drawn before the reader changes the text size is drawn again in the new size', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('/zahlen/');
  const chart = page.locator('app-chart').nth(stackedFigure);
  const normal = await canvasFontSizes(page, async () => {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-state', 'drawn');
    await expect.poll(() => paintedPixels(page, stackedFigure)).toBeGreaterThan(1000);
  }, stackedFigure);
  expect(normal.length, 'text drawn at 100 %').toBeGreaterThan(0);
  const drawnSizes = () => page.evaluate(() => (window as unknown as { fontSizes: number[] }).fontSizes);
  // Larger, while the page stays open: the chart's text follows.
  let resetTextSize: () => Promise<void> = async () => {};
  await canvasFontSizes(page, async () => {
    resetTextSize = await setTextSize(context, page, 200);
    await expect.poll(async () => Math.max(0, ...(await drawnSizes()))).toBeGreaterThanOrEqual(2 * Math.max(...normal));
  }, stackedFigure);
  // And back: the last text drawn is in the normal sizes again.
  await canvasFontSizes(page, async () => {
    await resetTextSize();
    await expect
      .poll(async () => {
        const sizes = await drawnSizes();
        return sizes.length > 0 && sizes.slice(-3).every((size) => normal.includes(size));
      })
      .toBe(true);
  }, stackedFigure);
  await context.close();
});

test('a chart is drawn again, without animation, only when its width changes the text scale noticeably', async ({ browser }) => {
  // Enlarged text in a narrow window: the chart's width limits its text scale.
  const context = await browser.newContext({ viewport: { width: 500, height: 800 } });
  const page = await context.newPage();
  await setTextSize(context, page, 200);
  await page.goto('/zahlen/');
  const chart = page.locator('app-chart').nth(stackedFigure);
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-state', 'drawn');
  await expect(chart).toHaveAttribute('data-animation', 'on');
  // Each drawing renews the chart's HTML legend: count the renewals.
  await chart.locator('.app-chart__legend').evaluate((legend) => {
    const counter = window as unknown as { redraws: number };
    counter.redraws = 0;
    new MutationObserver(() => counter.redraws++).observe(legend, { childList: true });
  });
  const redraws = () => page.evaluate(() => (window as unknown as { redraws: number }).redraws);
  await page.setViewportSize({ width: 496, height: 800 });
  await afterLayout(page);
  await page.waitForTimeout(300);
  expect(await redraws(), 'redraws after 4 px less width').toBe(0);
  await page.setViewportSize({ width: 900, height: 800 });
  await expect.poll(redraws, { message: 'redraws after a much wider window' }).toBeGreaterThan(0);
  await expect(chart).toHaveAttribute('data-animation', 'off');
  await context.close();
});

/**
 * Runs in the page before its scripts: records the box of every upright text drawn on each
 * canvas (window.canvasText), starting afresh whenever a canvas is cleared for a new frame.
 */
function recordCanvasText() {
  const drawn = new Map<HTMLCanvasElement, { text: string; left: number; right: number; top: number; bottom: number }[]>();
  (window as unknown as { canvasText: typeof drawn }).canvasText = drawn;
  const { clearRect, fillText } = CanvasRenderingContext2D.prototype;
  CanvasRenderingContext2D.prototype.clearRect = function (x, y, width, height) {
    if (width >= this.canvas.width && height >= this.canvas.height) drawn.set(this.canvas, []);
    clearRect.call(this, x, y, width, height);
  };
  CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
    const transform = this.getTransform();
    if (transform.b === 0 && transform.c === 0) {
      const size = this.measureText(text);
      const shift = this.textAlign === 'center' ? size.width / 2 : this.textAlign === 'right' || this.textAlign === 'end' ? size.width : 0;
      const left = transform.e + transform.a * (x - shift);
      const top = transform.f + transform.d * (y - size.actualBoundingBoxAscent);
      const list = drawn.get(this.canvas) ?? [];
      list.push({
        text,
        left,
        right: left + transform.a * size.width,
        top,
        bottom: top + transform.d * (size.actualBoundingBoxAscent + size.actualBoundingBoxDescent),
      });
      drawn.set(this.canvas, list);
    }
    fillText.call(this, text, x, y, maxWidth);
  };
}

for (const [path, width, percent] of [
  ['/zahlen/', 320, 100],
  ['/zahlen/', 1280, 200],
  ['/befragung/ergebnisse/demo/', 320, 100],
] as const) {
  test(`no text on a chart covers another: ${path} at ${width} px, text at ${percent} %`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    if (percent !== 100) await setTextSize(context, page, percent);
    await page.addInitScript(recordCanvasText);
    await page.goto(path);
    for (const chart of await page.locator('app-chart').all()) {
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toHaveAttribute('data-state', 'drawn');
    }
    // Let a chart that a layout shift resized draw its last frame.
    await page.waitForTimeout(500);
    const charts = await page.evaluate(() => {
      const drawn = (window as unknown as { canvasText: Map<HTMLCanvasElement, { text: string; left: number; right: number; top: number; bottom: number }[]> }).canvasText;
      return [...document.querySelectorAll<HTMLCanvasElement>('app-chart .app-chart__canvas canvas')].map((canvas) => {
        const texts = drawn.get(canvas) ?? [];
        const overlaps: string[] = [];
        texts.forEach((one, index) => {
          for (const other of texts.slice(index + 1)) {
            if (one.left < other.right && other.left < one.right && one.top < other.bottom && other.top < one.bottom) overlaps.push(`"${one.text}" and "${other.text}"`);
          }
        });
        return { texts: texts.length, overlaps };
      });
    });
    expect(charts.length).toBeGreaterThan(0);
    for (const [index, { texts, overlaps }] of charts.entries()) {
      expect(texts, `texts drawn on chart ${index}`).toBeGreaterThan(3);
      expect(overlaps, `texts that cover each other on chart ${index}`).toEqual([]);
    }
    await context.close();
  });
}

test('print shows the table even after the chart was drawn', async ({ page }) => {
  await page.goto('/zahlen/');
  const chart = page.locator('app-chart').first();
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-state', 'drawn');
  await expect(chart.locator('table')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(chart.locator('table')).toBeVisible();
});

test('a news post draws the chart its MDX embeds', async ({ page }) => {
  await page.goto('/aktuelles/kriminalstatistik-entwicklung-seit-2014/');
  const chart = page.locator('app-chart');
  await expect(chart).toHaveCount(1);
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-state', 'drawn');
  await expect.poll(() => paintedPixels(page, 0)).toBeGreaterThan(2000);
});

test('drawn charts: zero axe violations in light and dark, colours follow the theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/zahlen/');
  for (const chart of await page.locator('app-chart').all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-state', 'drawn');
  }
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
  const check = async () =>
    (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(await check(), 'axe violations (light)').toEqual([]);
  const canvas = page.locator('figure[data-chart] .app-chart__canvas canvas').first();
  const light = await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
  await page.emulateMedia({ colorScheme: 'dark' });
  // The chart is redrawn with the dark theme's KERN colours.
  await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(light);
  expect(await check(), 'axe violations (dark)').toEqual([]);
});

test('open data: no licence is claimed, each dataset shows "zu bestätigen" where the licence would be', async ({ page }) => {
  await page.goto('/daten/');
  const sections = page.locator('section.app-dataset');
  await expect(sections).toHaveCount(new Set(zahlen.map((chart) => chart.id)).size);
  for (const section of await sections.all()) {
    await expect(section.locator('dt', { hasText: 'Lizenz' })).toBeVisible();
    await expect(section.locator('dd[data-license]')).toContainText('zu bestätigen');
    await expect(section.locator('dd[data-license] a')).toHaveCount(0);
    await expect(section.locator('.app-chart-source')).toContainText('Stand der Zusammenstellung:');
  }
  expect(await violations(page)).toEqual([]);
});

test('open data: every derived value is listed with its year and the heading of its column', async ({ page }) => {
  await page.goto('/daten/');
  const ids = [...new Set(zahlen.map((chart) => chart.id))];
  const withDerived = ids.filter((id) => (dataset(id).derived ?? []).length > 0);
  expect(withDerived.length, 'at least one dataset has derived values').toBeGreaterThan(0);
  for (const id of ids) {
    const data = dataset(id);
    const items = page.locator(`section#${id} li[data-derived]`);
    await expect(items).toHaveCount((data.derived ?? []).length);
    for (const [index, entry] of (data.derived ?? []).entries()) {
      const label = data.series.find((series) => series.key === entry.column)!.label;
      await expect(items.nth(index)).toContainText(`${entry.row}, ${label} (${entry.column})`);
    }
  }
});
