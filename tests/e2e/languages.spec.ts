/**
 * Languages: the right `lang`, hreflang alternates for real translations only, a language
 * switch that keeps the reader on the same page where it can, and visible notes where
 * content is German only.
 */
import { expect, test } from '@playwright/test';

test('lang attribute and alternates on a page that exists in all languages', async ({ page }) => {
  for (const [path, lang] of [['/kontakt/', 'de'], ['/en/kontakt/', 'en'], ['/pl/kontakt/', 'pl']] as const) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]),
    );
    expect(alternates).toEqual([
      ['de', '/kontakt/'],
      ['en', '/en/kontakt/'],
      ['pl', '/pl/kontakt/'],
      ['x-default', '/kontakt/'],
    ]);
  }
});

test('the language switch keeps the page where a translation exists', async ({ page }) => {
  await page.goto('/partnerschaft/');
  await page.getByRole('navigation', { name: 'Sprache wählen' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/partnerschaft\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('navigation', { name: 'Choose language' }).getByRole('link', { name: 'Polski' }).click();
  await expect(page).toHaveURL(/\/pl\/partnerschaft\/$/);
  await expect(page.locator('h1')).not.toHaveText(/Partnerschaft/);
});

test('a German-only article switches to the section in the other language', async ({ page }) => {
  await page.goto('/aktuelles/');
  const firstArticle = page.locator('main article h2 a').first();
  await firstArticle.click();
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(1);
  await page.getByRole('navigation', { name: 'Sprache wählen' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/aktuelles\/$/);
  await expect(page.getByText('This content is only available in German.')).toBeVisible();
  // The German titles are marked as German for screen readers.
  await expect(page.locator('main article h2 a').first()).toHaveAttribute('lang', 'de');
});

test('English and Polish legal pages summarise and link the binding German text', async ({ page }) => {
  await page.goto('/en/datenschutz/');
  await expect(page.getByRole('link', { name: 'Read the binding German version' })).toHaveAttribute('href', '/datenschutz/');
  await page.goto('/pl/impressum/');
  await expect(page.getByRole('link', { name: 'Przeczytaj wiążącą wersję niemiecką' })).toHaveAttribute('href', '/impressum/');
});

test('unconfirmed contacts are visibly marked', async ({ page }) => {
  await page.goto('/kontakt/');
  const marks = page.locator('.app-placeholder');
  expect(await marks.count()).toBeGreaterThan(0);
  await expect(marks.first()).toBeVisible();
  await expect(marks.first()).toContainText('zu bestätigen');
  await page.goto('/en/kontakt/');
  await expect(page.locator('.app-placeholder').first()).toContainText('to be confirmed');
});
