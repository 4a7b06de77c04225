/**
 * The static search finds news, tips and measures in each language and says what to do without
 * JavaScript.
 */
import { expect, test } from '@playwright/test';

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

test('the search field is named by its visible label', async ({ page }) => {
  await page.goto('/suche/');
  const input = page.getByLabel('Suchbegriff', { exact: true });
  await expect(input).toHaveClass(/pagefind-ui__search-input/);
  // Clicking the label puts the cursor in the field.
  await expect(input).not.toBeFocused();
  await page.locator('main label', { hasText: 'Suchbegriff' }).click();
  await expect(input).toBeFocused();
});

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
