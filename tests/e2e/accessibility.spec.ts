/**
 * axe-core on every page, in light and dark theme: WCAG 2.0–2.2 A/AA and best practices,
 * zero violations allowed.
 */
import { expect, test } from '@playwright/test';
import { violations } from './axe';
import { allPaths } from './site';

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
