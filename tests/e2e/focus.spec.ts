/**
 * Visible focus (WCAG 2.4.7): on one page of every kind, every stop the Tab key reaches shows a
 * focus outline. The keyboard moves the focus here, as a keyboard user would, so the browser
 * applies :focus-visible exactly as it does for them. Every <details> is opened first, so the
 * stops inside (a chart's table, the breakdowns of survey results) are reached too.
 */
import { expect, test } from '@playwright/test';

const pages = [
  '/',
  '/aktuelles/',
  // A post with a table in a scrolling region and a chart.
  '/aktuelles/kriminalstatistik-entwicklung-seit-2014/',
  '/praevention/telefonbetrug/',
  '/massnahmen/kommunaler-praeventionsrat/',
  '/zahlen/',
  '/befragung/',
  '/befragung/teilnehmen/',
  '/befragung/ergebnisse/',
  // Results with breakdown tables in scrolling regions.
  '/befragung/ergebnisse/demo/',
  '/suche/',
  '/kontakt/',
  '/en/',
];

/** A limit for the walk, far above the stops of any page (it ends when the focus comes round). */
const MAX_STOPS = 300;

for (const path of pages) {
  test(`every focus stop on ${path} shows where the focus is`, async ({ page }) => {
    await page.goto(path);
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    const stops: string[] = [];
    const invisible: string[] = [];
    for (let presses = 0; presses < MAX_STOPS; presses++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        // Back at the top (the page itself), or at a stop already seen: the walk is complete.
        if (!element || element === document.body || element.dataset.focusWalk) return null;
        element.dataset.focusWalk = 'seen';
        const style = getComputedStyle(element);
        const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
        return { key: `${name} ${element.getAttribute('href') ?? element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? ''}`, outlined };
      });
      if (stop === null) break;
      stops.push(stop.key);
      if (!stop.outlined) invisible.push(stop.key);
    }
    expect(stops.length, 'the page has focus stops').toBeGreaterThan(3);
    expect(invisible, `stops without a visible focus outline (of ${stops.length})`).toEqual([]);
  });
}
