/**
 * axe-core on every page, in light and dark theme: WCAG 2.0–2.2 A/AA and best practices,
 * zero violations allowed.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { allPaths } from './site';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The violations on the page as it is now, in a form that reads well in a failure. */
async function violations(page: Page) {
  // Legacy mode runs axe in the page itself; the site has no frames, and it saves opening a
  // second page per check.
  const results = await new AxeBuilder({ page }).withTags(tags).setLegacyMode(true).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
}

for (const path of allPaths) {
  test(`axe ${path}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    expect(await violations(page), `axe violations on ${path} (light)`).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    // The dark check is only worth something if the dark theme really applies.
    expect(await background(), 'dark theme background').not.toBe(light);
    expect(await violations(page), `axe violations on ${path} (dark)`).toEqual([]);
  });
}
