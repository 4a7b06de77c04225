/**
 * One visit per page checks what must hold everywhere: no request leaves the site's origin,
 * no cookies, no scripts on content pages, every internal link and anchor resolves, and with
 * JavaScript off the page shows the same content; at 320 px nothing scrolls sideways, also with
 * the text enlarged to 200 %, except in named regions the keyboard can scroll.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { allPaths, builtFile, mayUseScripts, setTextSize, surveyApiOrigin, useFallbackFont } from './site';

/** The ids in a built HTML file, for anchor checks. */
function idsIn(file: URL): Set<string> {
  const html = readFileSync(file, 'utf8');
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

/** The visible text of the main content, whitespace folded. */
async function mainText(page: Page): Promise<string> {
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ').trim();
}

for (const path of allPaths) {
  test(`page ${path}`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      // The survey's own backend (Supabase) is the partnership's, not a third party.
      if (url.protocol !== 'data:' && url.origin !== origin && url.origin !== surveyApiOrigin) foreign.push(request.url());
    });

    const response = await page.goto(path, { waitUntil: mayUseScripts(path) ? 'networkidle' : 'load' });
    expect(response?.status(), `status of ${path}`).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);

    expect(foreign, 'requests to other origins').toEqual([]);
    expect(await context.cookies(), 'cookies').toEqual([]);

    const scripts = await page.locator('script:not([type="application/ld+json"])').count();
    if (!mayUseScripts(path)) expect(scripts, 'script elements on a content page').toBe(0);

    // Every internal link points at a built page, and its #anchor exists there.
    const hrefs = await page.locator('a[href]').evaluateAll((links) =>
      links.map((link) => (link as HTMLAnchorElement).href),
    );
    const broken: string[] = [];
    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      const file = builtFile(url.pathname);
      if (!file) {
        broken.push(href);
        continue;
      }
      if (url.hash && file.pathname.endsWith('.html') && !idsIn(file).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(href);
      }
    }
    expect(broken, `broken links on ${path}`).toEqual([]);

    // Reflow (WCAG 1.4.10): at 320 CSS pixels, i.e. 1280 px at 400 % zoom, nothing scrolls sideways:
    // in the web font, and in the wide fallback font a reader sees until it has loaded (or where
    // web fonts are blocked).
    await page.setViewportSize({ width: 320, height: 256 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.evaluate(() => document.fonts.ready);
    expect(await overflow(), `horizontal overflow at 320 px on ${path}`).toBeLessThanOrEqual(0);
    // Enlarged text (WCAG 1.4.4) on the same small phone: with the browser's text size at 200 %,
    // long words ("Sicherheitspartnerschaft") break instead of widening the page.
    await page.evaluate(() => {
      const sizes = new Map<Element, number>();
      for (const element of document.querySelectorAll('body *')) sizes.set(element, parseFloat(getComputedStyle(element).fontSize));
      (window as unknown as { textSizes: typeof sizes }).textSizes = sizes;
    });
    const resetTextSize = await setTextSize(context, page, 200);
    expect(await overflow(), `horizontal overflow at 320 px with text at 200 % on ${path}`).toBeLessThanOrEqual(0);
    // And the text did grow: every element with text of its own is at least 1.45 times its
    // size (headings grow less than body text on the smallest screens, by design; text sized in
    // px would not grow at all).
    const fixedText = await page.evaluate(() => {
      const before = (window as unknown as { textSizes: Map<Element, number> }).textSizes;
      return [...before]
        .filter(([element]) => element.isConnected && element.checkVisibility())
        .filter(([element]) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''))
        .filter(([element, size]) => parseFloat(getComputedStyle(element).fontSize) < 1.45 * size)
        .map(([element, size]) => `${element.outerHTML.slice(0, 80)} (${size} → ${getComputedStyle(element).fontSize})`);
    });
    expect(fixedText, `text that does not grow with the text size on ${path}`).toEqual([]);
    // What scrolls sideways instead (tables) is a named region the keyboard can scroll (WCAG
    // 2.1.1): Chromium and Firefox focus any scrolling area, Safari only one with a tabindex.
    const unreachable = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => /auto|scroll/.test(getComputedStyle(element).overflowX) && element.scrollWidth > element.clientWidth)
        .filter((element) => element.getAttribute('tabindex') !== '0' || element.getAttribute('role') !== 'region' || !element.getAttribute('aria-label'))
        .map((element) => element.outerHTML.slice(0, 100)),
    );
    expect(unreachable, `sideways scrolling areas the keyboard cannot reach on ${path}`).toEqual([]);
    await useFallbackFont(page);
    expect(await overflow(), `horizontal overflow at 320 px with text at 200 % on ${path} in the fallback font`).toBeLessThanOrEqual(0);
    await resetTextSize();
    expect(await overflow(), `horizontal overflow at 320 px on ${path} in the fallback font`).toBeLessThanOrEqual(0);

    // Without JavaScript the same content is there (search shows its fallback instead).
    if (!mayUseScripts(path)) {
      const withScripts = await mainText(page);
      const noScriptContext = await context.browser()!.newContext({ javaScriptEnabled: false });
      const noScriptPage = await noScriptContext.newPage();
      await noScriptPage.goto(path);
      expect(await mainText(noScriptPage)).toBe(withScripts);
      expect(withScripts.length).toBeGreaterThan(100);
      await noScriptContext.close();
    }
  });
}
