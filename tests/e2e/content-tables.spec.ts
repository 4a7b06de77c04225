/**
 * Tables in MDX text: each sits in a scrolling region that keyboard users can reach and that is
 * named after the heading above the table, so a screen reader's list of landmarks says which
 * table is which (the names come from src/lib/table-regions.ts; the uniqueness of the names in
 * longer texts is tested there with the real Markdown processor).
 */
import { expect, test } from '@playwright/test';

const post = '/aktuelles/kriminalstatistik-entwicklung-seit-2014/';

test('a table in a post is a region named after its heading, reachable by keyboard', async ({ page }) => {
  await page.goto(post);
  const region = page.getByRole('region', { name: 'Tabelle: Die Zahlen', exact: true });
  await expect(region).toHaveCount(1);
  await expect(region.getByRole('table')).toContainText('Aufklärungsquote');

  // Tabbing through the page from its top reaches the region.
  let reached = false;
  for (let presses = 0; presses < 60 && !reached; presses++) {
    await page.keyboard.press('Tab');
    reached = await region.evaluate((element) => element === document.activeElement);
  }
  await expect(region).toBeFocused();
});

test('at 320 px the table scrolls inside its region, the page does not', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(post);
  const region = page.getByRole('region', { name: 'Tabelle: Die Zahlen', exact: true });
  const { scrollWidth, clientWidth } = await region.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
