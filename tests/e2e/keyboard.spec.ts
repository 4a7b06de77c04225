/**
 * Keyboard only, on a phone-sized screen: the skip link is the first stop and moves focus to
 * the main content; the menu opens with the keyboard and its links can be followed.
 */
import { expect, test } from '@playwright/test';
import { mainNavigation } from '../../src/lib/navigation';

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

for (const path of ['/', '/en/', '/pl/', '/aktuelles/', '/praevention/telefonbetrug/']) {
  test(`skip link and menu by keyboard on ${path}`, async ({ page }) => {
    await page.goto(path);

    await page.keyboard.press('Tab');
    const skip = page.locator('.app-skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    const outline = await skip.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline, 'visible focus on the skip link').not.toBe('none');

    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    // From the top again: tab forward until the menu toggle has focus.
    await page.goto(path);
    const toggle = page.locator('.app-nav__toggle');
    await expect(toggle).toBeVisible();
    await expect(page.locator('.app-nav__link').first()).toBeHidden();
    for (let presses = 0; presses < 30; presses += 1) {
      await page.keyboard.press('Tab');
      if (await toggle.evaluate((element) => element === document.activeElement)) break;
    }
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Enter');
    const links = page.locator('.app-nav__link');
    await expect(links.first()).toBeVisible();

    // The next stops are the menu links, in order; the contact page is one of them.
    const reached: string[] = [];
    for (let presses = 0; presses < (await links.count()); presses += 1) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? ''));
    }
    const contact = reached.find((href) => href.endsWith('/kontakt/'));
    expect(contact, `menu links reached: ${reached.join(', ')}`).toBeTruthy();
    while (!(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '')).endsWith('/kontakt/')) {
      await page.keyboard.press('Shift+Tab');
    }
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${contact}$`));
    await expect(page.locator('h1')).toBeVisible();
  });
}

test('the menu is a plain bar on wide screens, without the toggle', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('.app-nav__toggle')).toBeHidden();
  await expect(page.locator('.app-nav__link')).toHaveCount(mainNavigation.length);
  for (const link of await page.locator('.app-nav__link').all()) await expect(link).toBeVisible();
  await context.close();
});
