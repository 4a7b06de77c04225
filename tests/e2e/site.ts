/**
 * What the browser tests run over: every page in the built sitemap (all three languages),
 * plus the pages a sitemap leaves out on purpose; and the browser's text size setting.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// DIST_DIR checks another build than dist/ (see serve-dist.mjs).
export const dist = process.env.DIST_DIR ? pathToFileURL(`${process.env.DIST_DIR.replace(/\/$/, '')}/`) : new URL('../../dist/', import.meta.url);

/** Paths of all pages in dist/sitemap-index.xml and the sitemaps it lists. */
export function sitemapPaths(): string[] {
  const index = readFileSync(new URL('sitemap-index.xml', dist), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  const paths = sitemaps.flatMap((sitemap) => {
    const xml = readFileSync(new URL(`.${sitemap}`, dist), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  });
  if (paths.length === 0) throw new Error('The sitemap lists no pages: run `npm run build` first.');
  return [...new Set(paths)].sort();
}

/** Pages not in the sitemap that still need every check. */
export const extraPaths = ['/404.html'];

/** All pages to check. */
export const allPaths = [...sitemapPaths(), ...extraPaths];

/** The built file a URL path is served from (as serve-dist.mjs and a static host do), or undefined. */
export function builtFile(pathname: string): URL | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/') ? [`.${decoded}index.html`] : [`.${decoded}`, `.${decoded}/index.html`];
  return candidates.map((candidate) => new URL(candidate, dist)).find((file) => existsSync(file));
}

/** The built HTML of a page, or '' if no file serves its path. */
export function builtHtml(pathname: string): string {
  const file = builtFile(pathname);
  return file ? readFileSync(file, 'utf8') : '';
}

/** True if the built page contains a chart (`data-chart`), which Chart.js enhances. */
export function hasCharts(path: string): boolean {
  return /\sdata-chart[\s>=]/.test(builtHtml(path));
}

/** Pages that may load JavaScript: search, pages with charts, the survey form and its results. */
export function mayUseScripts(path: string): boolean {
  return /^\/(en\/|pl\/)?(suche|befragung\/teilnehmen|befragung\/ergebnisse)\//.test(path) || hasCharts(path);
}

/** The Data API the test build sends survey answers to and reads results from (its default). */
export const surveyApiOrigin = new URL(process.env.PUBLIC_SUPABASE_URL || 'http://127.0.0.1:54321').origin;

/** Resolves two frames later: the page has laid itself out again and its resize observers have run. */
export function afterLayout(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Sets the browser's own text size for a page, as a reader does in the browser's settings
 * (100 = the default 16 px); unlike a CSS zoom it also moves media queries written in em.
 * Returns a function that puts it back.
 */
export async function setTextSize(context: BrowserContext, page: Page, percent: number): Promise<() => Promise<void>> {
  const settings = await context.newCDPSession(page);
  const sizes = (scale: number) => ({ fontSizes: { standard: Math.round(16 * scale), fixed: Math.round(13 * scale) } });
  await settings.send('Page.setFontSizes', sizes(percent / 100));
  await afterLayout(page);
  return async () => {
    await settings.send('Page.setFontSizes', sizes(1));
    await afterLayout(page);
    await settings.detach();
  };
}

/**
 * Shows the page in the browser's own sans-serif instead of the web font: what a reader sees
 * until the font has loaded, or where web fonts are blocked. It is wider than Fira Sans.
 */
export function useFallbackFont(page: Page): Promise<void> {
  return page.evaluate(() => {
    const fallback = new CSSStyleSheet();
    fallback.replaceSync('*, *::before, *::after { font-family: sans-serif !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, fallback];
  });
}
