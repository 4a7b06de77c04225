/**
 * Tables: each sits in a scrolling region (TableRegion) that keyboard users can reach and that
 * has a name, so a screen reader's list of landmarks says which table is which. Tables in MDX
 * text are named after the heading above them (src/lib/table-regions.ts; the uniqueness of the
 * names in longer texts is tested there with the real Markdown processor), chart and survey
 * tables after their chart. A shadow on an edge shows that the table goes on beyond it.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { allPaths, builtHtml } from './site';

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

/** Pages whose built HTML has a table. */
const pagesWithTables = allPaths.filter((path) => builtHtml(path).includes('<table'));

test('the site has tables in text, charts and survey results', () => {
  // Guards the test below against passing on an empty list.
  for (const kind of [post, '/zahlen/', '/befragung/ergebnisse/demo/']) expect(pagesWithTables).toContain(kind);
});

for (const path of pagesWithTables) {
  test(`every table on ${path} is in a named region that takes keyboard focus`, async ({ browser }) => {
    // Without JavaScript, charts leave their tables where they are; closed disclosures count too.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    const tables = await page.locator('table').evaluateAll((list) =>
      list.map((table) => {
        const region = table.closest('[role="region"]');
        return {
          table: table.outerHTML.slice(0, 80),
          focusable: region?.getAttribute('tabindex') === '0',
          name: region?.getAttribute('aria-label') ?? '',
        };
      }),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const { table, focusable, name } of tables) {
      expect(focusable, `region of ${table} takes focus`).toBe(true);
      expect(name, `name of the region of ${table}`).not.toBe('');
    }
    await context.close();
  });
}

/**
 * How much the region's own background (the shadows) changes its left and right edge: the mean
 * colour difference of the outermost 4 px columns between a screenshot as it is and one with
 * the region's background taken away.
 */
async function edgeShading(page: Page, region: Locator): Promise<{ left: number; right: number }> {
  const withShadows = await region.screenshot();
  await region.evaluate((element) => ((element as HTMLElement).style.background = 'none'));
  const without = await region.screenshot();
  await region.evaluate((element) => ((element as HTMLElement).style.background = ''));
  return page.evaluate(
    async ([a, b]) => {
      const pixels = async (base64: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [one, two] = await Promise.all([pixels(a!), pixels(b!)]);
      const band = (from: number) => {
        let sum = 0;
        for (let y = 0; y < one.height; y++) {
          for (let x = from; x < from + 4; x++) {
            for (let channel = 0; channel < 3; channel++) {
              const at = (y * one.width + x) * 4 + channel;
              sum += Math.abs(one.data[at]! - two.data[at]!);
            }
          }
        }
        return sum / (one.height * 4 * 3);
      };
      return { left: band(0), right: band(one.width - 4) };
    },
    [withShadows.toString('base64'), without.toString('base64')],
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a shadow shows where the table goes on (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(post);
    const region = page.getByRole('region', { name: 'Tabelle: Die Zahlen', exact: true });
    const scrollTo = (where: 'start' | 'end') =>
      region.evaluate((element, where) => (element.scrollLeft = where === 'start' ? 0 : element.scrollWidth), where);

    // At the start the table goes on to the right: a shadow there, none on the left.
    let shading = await edgeShading(page, region);
    expect(shading.right, 'shadow on the right at the start').toBeGreaterThan(8);
    expect(shading.left, 'no shadow on the left at the start').toBeLessThan(1);

    await scrollTo('end');
    shading = await edgeShading(page, region);
    expect(shading.left, 'shadow on the left at the end').toBeGreaterThan(8);
    expect(shading.right, 'no shadow on the right at the end').toBeLessThan(1);

    // A table that fits has no shadow at all.
    await page.setViewportSize({ width: 1280, height: 800 });
    await scrollTo('start');
    expect(await region.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    shading = await edgeShading(page, region);
    expect(shading.left + shading.right, 'no shadow on a table that fits').toBeLessThan(1);
  });
}
