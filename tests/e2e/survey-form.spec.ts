/**
 * The survey form in Chromium against the local Data API and a real PostgreSQL: a full run in each
 * language, invitation codes, a lost network at sending, every kind of mistake a resident can
 * make, a reload in the middle, keyboard only, 320 px, axe on every step. The test build is a
 * preview build, in which the current wave is open (the local seed opens it in the database).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { useSurveyFormText } from '../../src/i18n/survey-form';
import type { Locale } from '../../src/lib/i18n';
import { parseDefinition } from '../../src/lib/survey/definition';
import { formSections, storageKey, type SavedSurvey } from '../../src/lib/survey/form-state';
import { REASONS } from '../../src/lib/survey/reasons';
import { goerlitz2027 } from '../../src/lib/survey/waves/goerlitz-2027';
import { violations } from './axe';
import { freshCode, responsesWithKey } from './survey-backend';

const definition = parseDefinition(goerlitz2027);
const wave = definition.wave.slug;
const sections = formSections(definition);
const formPath = (locale: Locale) => `${locale === 'de' ? '' : `/${locale}`}/befragung/teilnehmen/`;
const invitation = definition.wave.participation === 'invitation';

/** What the page keeps on the device for this wave (null when nothing). */
const saved = (page: Page) =>
  page.evaluate((key) => {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as SavedSurvey) : null;
  }, storageKey(wave));

/** The visible step's heading. */
const stepHeading = (page: Page) => page.locator('section[data-step]:not([hidden]) h2');

/** Fills in the start step (code, consent) and goes on. */
async function begin(page: Page, locale: Locale, code: string | null) {
  const f = useSurveyFormText(locale);
  if (invitation && code !== null) await page.getByLabel(f('form.code.label')).fill(code);
  await page.getByLabel(f('form.consent.label')).check();
  await page.getByRole('button', { name: f('form.begin') }).click();
}

/**
 * Answers every section with the first option of each choice question, a sentence in the text
 * questions, and returns what the database should then hold.
 */
async function answerSections(page: Page, locale: Locale, check?: (step: string) => Promise<void>) {
  const f = useSurveyFormText(locale);
  const expected: Record<string, unknown> = {};
  for (const section of sections) {
    await expect(stepHeading(page)).toHaveText(section.title[locale]);
    for (const id of section.questions) {
      const question = definition.questions.find((q) => q.id === id)!;
      if (question.kind === 'single' || question.kind === 'multiple') {
        await page.locator(`#${id}-${question.options[0]!.code}`).check();
        expected[id] = question.kind === 'multiple' ? [question.options[0]!.code] : question.options[0]!.code;
      } else if (question.kind === 'text') {
        await page.locator(`#${id}-input`).fill('Mehr Licht am Bahnhof.');
        expected[id] = 'Mehr Licht am Bahnhof.';
      }
    }
    await check?.(section.id);
    await page.getByRole('button', { name: f('form.next'), exact: true }).click();
  }
  await expect(stepHeading(page)).toHaveText(f('form.review.title'));
  return expected;
}

for (const locale of ['de', 'en', 'pl'] as const) {
  test(`a full run in ${locale} is stored once and leaves nothing on the device`, async ({ page }) => {
    const f = useSurveyFormText(locale);
    const code = await freshCode(wave);
    // The code comes with the link from the letter and leaves the address bar at once.
    await page.goto(`${formPath(locale)}?code=${encodeURIComponent(code.toLowerCase())}`);
    await expect(page).not.toHaveURL(/code=/);
    await expect(page.getByLabel(f('form.code.label'))).toHaveValue(code.replace(/\s/g, ''));
    await begin(page, locale, null);
    const expected = await answerSections(page, locale);
    const key = (await saved(page))!.idempotencyKey;
    await page.getByRole('button', { name: f('form.send') }).click();
    await expect(page.getByRole('heading', { name: f('form.done.title') })).toBeFocused();
    await expect(page).toHaveTitle(new RegExp(`^${f('form.done.title')}`));
    expect(await saved(page), 'copy on the device after sending').toBeNull();
    expect(await page.evaluate(() => localStorage.length), 'anything left in localStorage').toBe(0);
    const rows = await responsesWithKey(key);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.answers).toEqual(expected);
  });
}

test('every step, the errors, the review and the confirmation pass axe in light and dark', async ({ page }) => {
  // About two dozen axe runs on a long form.
  test.setTimeout(360_000);
  const f = useSurveyFormText('de');
  const axe = async (what: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await violations(page), `axe on ${what} (${colorScheme})`).toEqual([]);
    }
  };
  await page.goto(formPath('de'));
  await axe('the start step');
  await page.getByRole('button', { name: f('form.begin') }).click();
  await expect(page.locator('[data-error-summary]')).toBeVisible();
  await axe('the start step with errors');
  await begin(page, 'de', await freshCode(wave));
  await answerSections(page, 'de', (step) => axe(`step ${step}`));
  await axe('the review');
  await page.getByRole('button', { name: f('form.send') }).click();
  await expect(page.getByRole('heading', { name: f('form.done.title') })).toBeVisible();
  await axe('the confirmation');
});

test('a code works once; the second use and an unknown code get their message at the code field', async ({ browser }) => {
  const f = useSurveyFormText('de');
  const code = await freshCode(wave);
  const first = await browser.newPage();
  await first.goto(formPath('de'));
  await begin(first, 'de', code);
  await answerSections(first, 'de');
  await first.getByRole('button', { name: f('form.send') }).click();
  await expect(first.getByRole('heading', { name: f('form.done.title') })).toBeVisible();
  await first.close();

  for (const [typed, message] of [
    [code, f('error.code_used')],
    ['ZZZZ-ZZZZ-ZZZZ', 'Dieser Zugangscode ist nicht gültig. Prüfen Sie die Eingabe.'],
  ] as const) {
    const page = await browser.newPage();
    await page.goto(formPath('de'));
    await begin(page, 'de', typed);
    const expected = await answerSections(page, 'de');
    await page.getByRole('button', { name: f('form.send') }).click();
    // Back at the start step, the message at the code field and in the summary, answers kept.
    await expect(stepHeading(page)).toHaveText(f('form.start.title'));
    await expect(page.locator('#code-error')).toContainText(message);
    await expect(page.locator('[data-error-list] a')).toHaveText(message);
    await expect(page).toHaveTitle(/^Fehler: /);
    await expect(page.getByLabel(f('form.code.label'))).toHaveAttribute('aria-describedby', /code-error/);
    const kept = (await saved(page))!;
    for (const [id, value] of Object.entries(expected)) expect(kept.raw[id]).toEqual(value);
    await page.close();
  }
});

test('when the network fails at sending, the answers stay and a retry stores exactly one response', async ({ page }) => {
  const f = useSurveyFormText('de');
  await page.goto(formPath('de'));
  await begin(page, 'de', await freshCode(wave));
  await answerSections(page, 'de');
  const key = (await saved(page))!.idempotencyKey;
  const submit = '**/rest/v1/rpc/submit_survey_response';
  const send = page.getByRole('button', { name: f('form.send') });
  const summary = page.locator('[data-error-summary]');
  // Each failure is routed for one request only (`times: 1`), so no handler outlives its attempt.

  // 1. The request never reaches the server.
  await page.route(submit, (route) => route.abort('internetdisconnected'), { times: 1 });
  await send.click();
  await expect(summary).toContainText(f('error.network'));
  await expect(summary).toBeFocused();
  await expect(send).not.toHaveAttribute('aria-disabled');
  expect(await responsesWithKey(key)).toHaveLength(0);

  // 2. The server stores the response, but the reply is lost on the way back.
  let replyLost!: () => void;
  const lost = new Promise<void>((resolve) => (replyLost = resolve));
  await page.route(
    submit,
    async (route) => {
      await route.fetch();
      await route.abort('connectionreset');
      replyLost();
    },
    { times: 1 },
  );
  await send.click();
  // The summary still shows the first failure, so its text proves nothing about this attempt:
  // wait until the server has answered, then until the form has taken the lost reply in.
  await lost;
  await expect(send).not.toHaveAttribute('aria-disabled');
  await expect(page.locator('[data-status]')).toBeEmpty();
  await expect(summary).toContainText(f('error.network'));
  await expect(summary).toBeFocused();
  expect(await responsesWithKey(key)).toHaveLength(1);
  expect((await saved(page))?.idempotencyKey, 'the same key is kept for the retry').toBe(key);

  // 3. Trying again later: success, and still exactly one stored response.
  await send.click();
  await expect(page.getByRole('heading', { name: f('form.done.title') })).toBeVisible();
  expect(await responsesWithKey(key)).toHaveLength(1);
  expect(await saved(page)).toBeNull();
});

/**
 * An exclusive checkbox (`alone`, e.g. "keine Angabe") and another answer of the same question:
 * ticking either unticks the other. Then both are ticked behind the form's back, as a copy saved
 * on the device could bring them, so that the caller can check the message for that mix.
 */
async function tickBothWays(alone: Locator, other: Locator) {
  await other.check();
  await alone.check();
  await expect(other).not.toBeChecked();
  await other.check();
  await expect(alone).not.toBeChecked();
  await alone.evaluate((box: HTMLInputElement) => (box.checked = true));
}

test('each mistake shows its message at the field and in the summary, and the link leads to the field', async ({ page }) => {
  const f = useSurveyFormText('de');
  await page.goto(formPath('de'));
  const summary = page.locator('[data-error-list]');

  // Start step: no code, no consent.
  await page.getByRole('button', { name: f('form.begin') }).click();
  await expect(page).toHaveTitle(/^Fehler: Schritt 1 von/);
  if (invitation) {
    await expect(page.locator('#code-error')).toHaveText(`${f('errors.prefix')} ${f('error.code_required')}`);
    await expect(summary.getByRole('link', { name: f('error.code_required') })).toHaveAttribute('href', '#code-input');
  }
  await expect(page.locator('#consent-error')).toContainText(f('error.consent_required'));
  await summary.getByRole('link', { name: f('error.consent_required') }).click();
  await expect(page.getByLabel(f('form.consent.label'))).toBeFocused();
  await begin(page, 'de', await freshCode(wave));
  // Fixed mistakes leave no trace.
  await expect(page.locator('[data-error-summary]')).toBeHidden();
  await expect(page).not.toHaveTitle(/^Fehler/);

  // "keine Angabe" together with other answers, in a multiple-choice question.
  const multiple = definition.questions.find((q) => q.kind === 'multiple' && q.noAnswer)!;
  const text = definition.questions.find((q) => q.kind === 'text')!;
  if (text.kind !== 'text') throw new Error('no text question');
  for (const section of sections) {
    if (section.questions.includes(multiple.id)) {
      // Ticking "keine Angabe" unticks the other answers, and ticking another answer unticks it.
      const noAnswer = page.locator(`#${multiple.id}-keine_angabe`);
      const first = page.locator(`#q-${multiple.id} input`).first();
      await tickBothWays(noAnswer, first);
      await page.getByRole('button', { name: f('form.next'), exact: true }).click();
      const message = 'Wählen Sie entweder „keine Angabe“ oder andere Antworten.';
      await expect(page.locator(`#${multiple.id}-error`)).toContainText(message);
      await expect(page.locator(`#q-${multiple.id}`)).toHaveAttribute('aria-describedby', new RegExp(`${multiple.id}-error`));
      await summary.getByRole('link', { name: message }).click();
      await expect(page.locator(`#q-${multiple.id} input`).first()).toBeFocused();
      await page.locator(`#${multiple.id}-keine_angabe`).uncheck();
    }
    const exclusive = definition.questions.find((q) => section.questions.includes(q.id) && q.kind === 'multiple' && q.options.some((o) => o.exclusive));
    if (exclusive?.kind === 'multiple') {
      // "nichts davon" together with an offence.
      const none = exclusive.options.find((o) => o.exclusive)!;
      const other = exclusive.options.find((o) => !o.exclusive)!;
      const noneBox = page.locator(`#${exclusive.id}-${none.code}`);
      const otherBox = page.locator(`#${exclusive.id}-${other.code}`);
      await tickBothWays(noneBox, otherBox);
      await page.getByRole('button', { name: f('form.next'), exact: true }).click();
      const message = REASONS.option_exclusive.de;
      await expect(page.locator(`#${exclusive.id}-error`)).toContainText(message);
      await expect(summary.getByRole('link', { name: message })).toBeVisible();
      await page.locator(`#${exclusive.id}-${other.code}`).uncheck();
    }
    if (section.questions.includes(text.id)) {
      const long = 'x'.repeat(text.maxLength + 1);
      await page.locator(`#${text.id}-input`).fill(long);
      await page.getByRole('button', { name: f('form.next'), exact: true }).click();
      const message = f('error.text_too_long', { max: text.maxLength, count: text.maxLength + 1 });
      await expect(page.locator(`#${text.id}-error`)).toContainText(message);
      await expect(page.locator(`#${text.id}-input`)).toHaveAttribute('aria-invalid', 'true');
      await summary.getByRole('link', { name: message }).click();
      await expect(page.locator(`#${text.id}-input`)).toBeFocused();
      await page.locator(`#${text.id}-input`).fill('kurz');
    }
    await page.getByRole('button', { name: f('form.next'), exact: true }).click();
  }
  await expect(stepHeading(page)).toHaveText(f('form.review.title'));
});

test('a reload or a closed tab keeps the answers and the step; "change" on the review returns there', async ({ page: firstPage }) => {
  let page = firstPage;
  const f = useSurveyFormText('de');
  await page.goto(formPath('de'));
  await begin(page, 'de', await freshCode(wave));
  const first = sections[0]!;
  const question = definition.questions.find((q) => q.id === first.questions[0])!;
  if (question.kind !== 'single') throw new Error('the first question is expected to be single choice');
  const option = question.options[1]!;
  await page.locator(`#${question.id}-${option.code}`).check();
  await page.getByRole('button', { name: f('form.next'), exact: true }).click();
  await expect(stepHeading(page)).toHaveText(sections[1]!.title.de);

  await page.reload();
  await expect(stepHeading(page)).toHaveText(sections[1]!.title.de);
  // A closed tab, too: a new tab of the same browser finds the answers.
  const tab = await page.context().newPage();
  await page.close();
  page = tab;
  await page.goto(formPath('de'));
  await expect(stepHeading(page)).toHaveText(sections[1]!.title.de);
  await page.getByRole('button', { name: f('form.back') }).click();
  await expect(page.locator(`#${question.id}-${option.code}`)).toBeChecked();

  // Through to the review, then "ändern" on the first question and straight back.
  for (const _ of sections) await page.getByRole('button', { name: f('form.next'), exact: true }).click();
  await expect(stepHeading(page)).toHaveText(f('form.review.title'));
  await expect(page.locator(`[data-review="${question.id}"]`)).toHaveText(option.label.de);
  await page.locator(`[data-change="${question.id}"]`).click();
  await expect(page.locator(`#${question.id}-${option.code}`)).toBeFocused();
  await page.locator(`#${question.id}-${question.options[0]!.code}`).check();
  await page.getByRole('button', { name: f('form.toReview') }).click();
  await expect(stepHeading(page)).toHaveText(f('form.review.title'));
  await expect(page.locator(`[data-review="${question.id}"]`)).toHaveText(question.options[0]!.label.de);
});

test('keyboard only: from the start to the review with Tab, Space and Enter', async ({ page }) => {
  const f = useSurveyFormText('de');
  const code = await freshCode(wave);
  await page.goto(formPath('de'));
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || '');
  const tabTo = async (matches: (text: string) => boolean) => {
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      if (matches(await focused())) return;
    }
    throw new Error('not reachable with Tab');
  };
  if (invitation) {
    await tabTo((id) => id === 'code-input');
    await page.keyboard.type(code);
  }
  await tabTo((id) => id === 'consent-input');
  await page.keyboard.press('Space');
  await tabTo((text) => text === f('form.begin'));
  await page.keyboard.press('Enter');
  for (const section of sections) {
    // Focus moves to the new step's heading, so the next Tab starts inside the step.
    await expect(stepHeading(page)).toBeFocused();
    await expect(stepHeading(page)).toHaveText(section.title.de);
    await page.keyboard.press('Tab');
    // A radio group or checkbox takes Space; a text field takes typing.
    if ((await focused()).endsWith('-input')) await page.keyboard.type('Danke');
    else await page.keyboard.press('Space');
    await tabTo((text) => text === f('form.next'));
    await page.keyboard.press('Enter');
  }
  await expect(stepHeading(page)).toHaveText(f('form.review.title'));
  await expect(stepHeading(page)).toBeFocused();
});

test('at 320 px every step fits without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const f = useSurveyFormText('de');
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.goto(formPath('de'));
  expect(await overflow()).toBeLessThanOrEqual(0);
  await begin(page, 'de', await freshCode(wave));
  await answerSections(page, 'de', async (step) => expect(await overflow(), `overflow on ${step}`).toBeLessThanOrEqual(0));
  expect(await overflow(), 'overflow on the review').toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: f('form.send') }).click();
  await expect(page.getByRole('heading', { name: f('form.done.title') })).toBeVisible();
});

test('without JavaScript the page says sending needs it and offers the paper version and a contact', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const f = useSurveyFormText('de');
  await page.goto(formPath('de'));
  await expect(page.getByText(f('form.nojs.title'))).toBeVisible();
  await expect(page.getByRole('link', { name: f('form.nojs.paper') })).toHaveAttribute('href', '/befragung/papier/');
  await expect(page.getByRole('link', { name: f('form.nojs.contact') })).toHaveAttribute('href', '/kontakt/');
  await expect(page.locator('form.app-survey')).toBeHidden();
  await context.close();
});

test('while the wave is open, the start page invites residents to the survey in their language', async ({ page }) => {
  for (const locale of ['de', 'en', 'pl'] as const) {
    const f = useSurveyFormText(locale);
    await page.goto(locale === 'de' ? '/' : `/${locale}/`);
    await expect(page.getByRole('heading', { name: f('call.title') })).toBeVisible();
    await page.getByRole('link', { name: f('call.link') }).click();
    await expect(page).toHaveURL(new RegExp(`${locale === 'de' ? '' : `/${locale}`}/befragung/$`));
    await page.getByRole('link', { name: f('start.start') }).click();
    await expect(page.getByRole('button', { name: f('form.begin') })).toBeVisible();
  }
});
