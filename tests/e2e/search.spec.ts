/**
 * The static search finds news, tips and measures in each language and says what to do without
 * JavaScript.
 */
import { expect, test, type Locator } from '@playwright/test';
import { violations } from './axe';
import { setTextSize } from './site';

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

test('the search field and its results grow with the browser text size and keep room to type', async ({ browser }) => {
  const measure = async (percent: number, width: number) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await setTextSize(context, page, percent);
    await page.goto('/suche/');
    const input = page.locator('.pagefind-ui__search-input');
    await input.fill('Enkeltrick');
    await expect(page.locator('.pagefind-ui__result-title').first()).toBeVisible();
    const fontSize = (selector: string) => page.locator(selector).first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const result = {
      page: await fontSize('html'),
      input: await fontSize('.pagefind-ui__search-input'),
      clear: await fontSize('.pagefind-ui__search-clear'),
      title: await fontSize('.pagefind-ui__result-title'),
      excerpt: await fontSize('.pagefind-ui__result-excerpt'),
      // Width left for the typed words, in ems of the field's text (an em holds about two letters).
      room: await input.evaluate((element) => {
        const style = getComputedStyle(element);
        const text = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return text / parseFloat(style.fontSize);
      }),
      pageWidth: await page.evaluate(() => document.documentElement.scrollWidth),
      field: await page.locator('app-search').getAttribute('data-field'),
      // The clear button: on screen, and not over the typed words.
      clearBox: await page.locator('.pagefind-ui__search-clear').boundingBox(),
      inputBox: await input.boundingBox(),
      textRight: await input.evaluate((element) => element.getBoundingClientRect().right - parseFloat(getComputedStyle(element).paddingRight)),
    };
    // The clear button empties the field.
    await page.locator('.pagefind-ui__search-clear').click();
    await expect(input).toHaveValue('');
    await context.close();
    return result;
  };
  const desktop = await measure(100, 1280);
  const desktopLarge = await measure(200, 1280);
  expect(desktopLarge.page).toBeCloseTo(2 * desktop.page, 0);
  for (const part of ['input', 'clear', 'title', 'excerpt'] as const) {
    expect(desktopLarge[part], `${part} at 200 % on a desktop`).toBeCloseTo(2 * desktop[part], 0);
  }
  expect([desktop.field, desktopLarge.field]).toEqual(['inline', 'inline']);
  // A small phone: everything grows too and fits. With enlarged text the field is stacked (its
  // clear button below it), so that the typed words have room.
  const phone = await measure(100, 320);
  const phoneLarge = await measure(200, 320);
  for (const part of ['input', 'clear', 'title', 'excerpt'] as const) {
    expect(phoneLarge[part], `${part} at 200 % on a phone`).toBeCloseTo(2 * phone[part], 0);
  }
  expect([phone.field, phoneLarge.field]).toEqual(['inline', 'stacked']);
  for (const [name, result] of [['desktop 100 %', desktop], ['desktop 200 %', desktopLarge], ['phone 100 %', phone], ['phone 200 %', phoneLarge]] as const) {
    expect(result.pageWidth, `page width with results, ${name}`).toBeLessThanOrEqual(name.startsWith('phone') ? 320 : 1280);
    expect(result.room, `room to type, ${name}`).toBeGreaterThanOrEqual(4);
    const clear = result.clearBox!;
    expect(clear.x + clear.width, `clear button on screen, ${name}`).toBeLessThanOrEqual(name.startsWith('phone') ? 320 : 1280);
    const besideText = clear.x >= result.textRight - 1;
    const belowField = clear.y >= result.inputBox!.y + result.inputBox!.height;
    expect(besideText || belowField, `clear button clear of the typed words, ${name}`).toBe(true);
  }
});

for (const [width, percent] of [[1280, 100], [320, 200]] as const) {
  test(`the clear button empties the field and returns the focus to it (${width} px, text ${percent} %)`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await setTextSize(context, page, percent);
    await page.goto('/suche/');
    const input = page.getByLabel('Suchbegriff', { exact: true });
    await input.focus();
    await page.keyboard.type('Fahrrad');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Löschen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(input).toHaveValue('');
    await expect(input).toBeFocused();
    await context.close();
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the clear button in the field reads like the site's other links, without a frame of its own (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('/suche/');
    await page.getByLabel('Suchbegriff', { exact: true }).fill('Fahrrad');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
    const look = (locator: Locator) =>
      locator.evaluate((element) => {
        const style = getComputedStyle(element);
        return { color: style.color, underline: style.textDecorationLine, frame: style.borderTopWidth + ' ' + style.borderLeftWidth };
      });
    const clear = await look(page.getByRole('button', { name: 'Löschen' }));
    const link = await look(page.locator('.app-breadcrumbs a').first());
    expect(clear).toEqual({ ...link, frame: '0px 0px' });
    expect(await violations(page)).toEqual([]);
    await context.close();
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
