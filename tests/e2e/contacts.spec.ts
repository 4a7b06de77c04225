/**
 * Contact cards on a small phone with the text enlarged to 200 %: a phone number stays on one
 * line (it is read off the screen to dial), while long names and addresses break inside the card.
 */
import { expect, test } from '@playwright/test';
import { setTextSize, useFallbackFont } from './site';

test('phone numbers stay on one line at 320 px with text at 200 %', async ({ page, context }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await setTextSize(context, page, 200);
  for (const path of ['/kontakt/', '/en/kontakt/', '/pl/kontakt/']) {
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    const numbers = page.locator('.app-contact__phone');
    expect(await numbers.count(), `phone numbers on ${path}`).toBeGreaterThan(5);
    // In the web font, and in the wider fallback font a reader sees until it has loaded.
    for (const font of ['web font', 'fallback font']) {
      if (font === 'fallback font') await useFallbackFont(page);
      const broken = await numbers.evaluateAll((links) => links.filter((link) => link.getClientRects().length > 1).map((link) => link.textContent?.trim()));
      expect(broken, `phone numbers broken across lines on ${path} in the ${font}`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width on ${path} in the ${font}`).toBeLessThanOrEqual(320);
    }
  }
});
