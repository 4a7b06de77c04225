/**
 * The static search finds news, tips and measures in each language, says what to do without
 * JavaScript, and its index holds everything Pagefind would take from the whole pages.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import * as pagefind from 'pagefind';
import { searchablePart } from '../../src/lib/search-pages';
import { dist } from './site';

for (const [path, query, expected] of [
  ['/suche/', 'Enkeltrick', '/praevention/telefonbetrug/'],
  ['/suche/', 'Präventionsrat', '/aktuelles/kommunaler-praeventionsrat-gegruendet/'],
  ['/en/suche/', 'Einbruch', '/praevention/einbruchschutz/'],
  ['/pl/suche/', 'Cybermobbing', '/praevention/cybermobbing/'],
] as const) {
  test(`${path} finds ${expected} for "${query}"`, async ({ page }) => {
    await page.goto(path);
    const input = page.getByRole('searchbox').or(page.locator('.pagefind-ui__search-input'));
    await input.fill(query);
    await expect(page.locator(`.pagefind-ui__result-link[href$="${expected}"]`)).toBeVisible();
  });
}

test('English search also finds English pages', async ({ page }) => {
  await page.goto('/en/suche/');
  await page.locator('.pagefind-ui__search-input').fill('partnership');
  await expect(page.locator('.pagefind-ui__result-link[href$="/en/partnerschaft/"]')).toBeVisible();
});

test('without JavaScript the search page offers the overviews', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/suche/');
  await expect(page.getByText('Die Suche braucht JavaScript.')).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: 'Aktuelles' })).toBeVisible();
  await context.close();
});

test('the search index loses nothing by reading only part of each page', async () => {
  // The build hands Pagefind only the part of each page the index needs (searchablePart). Pagefind
  // names each file of its index by a hash of its content: the same names mean the same index.
  const built = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).sort();
  const pages = built.map((file) => ({
    url: `/${file.replace(/(^|\/)index\.html$/, '$1')}`,
    html: readFileSync(new URL(file, dist), 'utf8'),
  }));
  const folders = { whole: mkdtempSync(path.join(os.tmpdir(), 'pagefind-whole-')), part: mkdtempSync(path.join(os.tmpdir(), 'pagefind-part-')) };
  const files = (folder: string, part: string) => readdirSync(path.join(folder, part)).sort();
  try {
    for (const [kind, folder] of Object.entries(folders)) {
      const { index } = await pagefind.createIndex();
      if (!index) throw new Error('Pagefind did not start.');
      for (const { url, html } of pages) {
        const added = await index.addHTMLFile({ url, content: kind === 'whole' ? html : searchablePart(html) });
        expect(added.errors, url).toEqual([]);
      }
      expect((await index.writeFiles({ outputPath: folder })).errors).toEqual([]);
    }
    // The same pages in the same order, whole or in part: the same index, word for word.
    for (const part of ['fragment', 'index']) expect(files(folders.part, part), part).toEqual(files(folders.whole, part));
    expect(files(folders.whole, 'fragment').length).toBeGreaterThan(40);
    // And the build's index holds exactly those pages (its word index depends on the order in
    // which the build rendered them, so only the pages are compared).
    expect(files(fileURLToPath(new URL('pagefind/', dist)), 'fragment')).toEqual(files(folders.whole, 'fragment'));
  } finally {
    await pagefind.close();
    for (const folder of Object.values(folders)) rmSync(folder, { recursive: true, force: true });
  }
});
