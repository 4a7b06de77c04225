/**
 * A wave that closes while a resident is filling in the form: the database refuses, the form says
 * so in the resident's language, and the answers stay on the device. This closes the wave in the
 * shared test database, so it runs after every other test (project "after-all").
 */
import { expect, test } from '@playwright/test';
import { useSurveyFormText } from '../../src/i18n/survey-form';
import { parseDefinition } from '../../src/lib/survey/definition';
import { formSections, storageKey, type SavedSurvey } from '../../src/lib/survey/form-state';
import { REASONS } from '../../src/lib/survey/reasons';
import { goerlitz2027 } from '../../src/lib/survey/waves/goerlitz-2027';
import { freshCode, setWaveClosesAt } from './survey-backend';

const definition = parseDefinition(goerlitz2027);
const wave = definition.wave.slug;

// Both tests move the same wave's closing time: one after the other.
test.describe.configure({ mode: 'serial' });

for (const locale of ['de', 'pl'] as const) {
  test(`a wave closed before sending: the message in ${locale}, the answers kept`, async ({ page }) => {
    const f = useSurveyFormText(locale);
    await page.goto(`${locale === 'de' ? '' : `/${locale}`}/befragung/teilnehmen/`);
    await page.getByLabel(f('form.code.label')).fill(await freshCode(wave));
    await page.getByLabel(f('form.consent.label')).check();
    await page.getByRole('button', { name: f('form.begin') }).click();
    const first = definition.questions[0]!;
    if (first.kind !== 'single') throw new Error('the first question is expected to be single choice');
    await page.locator(`#${first.id}-${first.options[0]!.code}`).check();
    for (const _ of formSections(definition)) await page.getByRole('button', { name: f('form.next'), exact: true }).click();

    const before = await setWaveClosesAt(wave, new Date(Date.now() - 60_000).toISOString());
    try {
      await page.getByRole('button', { name: f('form.send') }).click();
      const summary = page.locator('[data-error-summary]');
      await expect(summary).toBeFocused();
      await expect(summary).toContainText(REASONS.wave_closed[locale]);
      await expect(page).toHaveTitle(new RegExp(`^${f('errors.prefix')} `));
      const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as SavedSurvey | null, storageKey(wave));
      expect(saved?.raw[first.id]).toBe(first.options[0]!.code);
    } finally {
      await setWaveClosesAt(wave, before);
    }
  });
}
