/**
 * The paper questionnaire (/befragung/papier/) in all three languages: it lists every question of
 * the current wave with all its answers, passes axe, prints only the sheet, gives a PDF of several
 * A4 pages, and needs no script.
 */
import { expect, test } from '@playwright/test';
import { NO_ANSWER_LABEL, parseDefinition, type Question } from '../../src/lib/survey/definition';
import { goerlitz2027 } from '../../src/lib/survey/waves/goerlitz-2027';
import type { Locale } from '../../src/lib/i18n';
import { violations } from './axe';

// The definition as src/data/befragung.ts parses it (that module reads import.meta.env).
const definition = parseDefinition(goerlitz2027, 'src/lib/survey/waves/goerlitz-2027.ts');
const paths: Record<Locale, string> = { de: '/befragung/papier/', en: '/en/befragung/papier/', pl: '/pl/befragung/papier/' };

/** Every text a question shows on paper besides its own label: options, scale ends, "keine Angabe". */
function answerTexts(question: Question, locale: Locale): string[] {
  const noAnswer = question.kind !== 'text' && question.noAnswer ? [NO_ANSWER_LABEL[locale]] : [];
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return [...question.options.map((option) => option.label[locale]), ...noAnswer];
    case 'scale':
      return [question.minLabel[locale], question.maxLabel[locale], ...noAnswer];
    default:
      return noAnswer;
  }
}

for (const [locale, path] of Object.entries(paths) as [Locale, string][]) {
  test.describe(`paper questionnaire ${path}`, () => {
    test('lists every question with its answers, numbered through', async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const sheet = page.locator('.app-paper-sheet');
      await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(definition.wave.title[locale]);
      await expect(sheet.locator('[data-question]')).toHaveCount(definition.questions.length);
      for (const question of definition.questions) {
        const item = sheet.locator(`[data-question="${question.id}"]`);
        await expect(item, `question ${question.id}`).toContainText(question.label[locale]);
        if (question.hint) await expect(item, `hint of ${question.id}`).toContainText(question.hint[locale]);
        for (const text of answerTexts(question, locale)) {
          await expect(item, `"${text}" in ${question.id}`).toContainText(text);
        }
      }
      // The visible numbers run 1, 2, 3 … across sections, in the definition's order.
      const numbers = await sheet
        .locator('ol')
        .filter({ has: page.locator(':scope > [data-question]') })
        .evaluateAll((lists) =>
          lists.flatMap((list) => {
            const start = (list as HTMLOListElement).start;
            return [...list.querySelectorAll(':scope > [data-question]')].map((item, index) => [item.getAttribute('data-question'), start + index]);
          }),
        );
      expect(numbers).toEqual(definition.questions.map((question, index) => [question.id, index + 1]));
    });

    test('has no script and no axe violations, light and dark', async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('script')).toHaveCount(0);
      await page.emulateMedia({ colorScheme: 'light' });
      expect(await violations(page), 'axe violations (light)').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await violations(page), 'axe violations (dark)').toEqual([]);
    });

    test('prints only the sheet, as a PDF of several A4 pages', async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      for (const frame of ['header.app-header', 'nav.app-breadcrumbs', 'footer.app-footer', 'h1']) {
        await expect(page.locator(frame), `${frame} in print`).toBeHidden();
      }
      await expect(page.locator('.app-paper-sheet')).toBeVisible();
      const codeField = page.locator('.app-paper-code');
      if (definition.wave.participation === 'invitation') {
        await expect(codeField).toBeVisible();
        await expect(codeField).toContainText(/\S/);
      } else {
        // Open waves have no codes, so the sheet asks for none.
        await expect(codeField).toHaveCount(0);
      }
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      test.info().annotations.push({ type: 'pdf pages', description: String(pages) });
      expect(pages).toBeGreaterThan(1);
    });
  });
}
