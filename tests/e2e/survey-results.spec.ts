/**
 * Survey results pages (preview build, SURVEY_PREVIEW=1): without JavaScript the demo wave's page
 * shows the committed snapshot's numbers in every language, suppressed cells as "too few
 * answers"; with JavaScript it refreshes from the live backend, so a new response changes the
 * total; zero axe violations in light and dark. The build takes live numbers when a backend
 * answers, so build with no backend running (as `npm test` does) or a freshly seeded one: then the
 * page's numbers are the snapshot's.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { SurveyResults } from '../../src/lib/survey/results';

const snapshot = JSON.parse(readFileSync(new URL('../../src/data/befragung/ergebnisse/demo.json', import.meta.url), 'utf8')) as {
  fetchedAt: string;
  results: SurveyResults;
};
const API_URL = 'http://127.0.0.1:54321';
const ANON_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0';

const languages = [
  { prefix: '', tag: 'de-DE', suppressed: 'zu wenige Antworten', title: 'Ergebnisse: Demo-Befragung (nur zum Testen)' },
  { prefix: '/en', tag: 'en-GB', suppressed: 'too few answers', title: 'Results: Demo survey (testing only)' },
  { prefix: '/pl', tag: 'pl-PL', suppressed: 'za mało odpowiedzi', title: 'Wyniki: Ankieta demonstracyjna (tylko do testów)' },
] as const;

/** The text a count has on the page: the number in the language, or the suppression note. */
const shown = (value: number | null, tag: string, suppressed: string) => (value === null ? suppressed : new Intl.NumberFormat(tag).format(value));

for (const { prefix, tag, suppressed, title } of languages) {
  test(`without JavaScript ${prefix || '/'}: the snapshot's numbers, suppressed cells marked`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${prefix}/befragung/ergebnisse/demo/`);
    await expect(page.locator('h1')).toHaveText(title);
    await expect(
      page.locator('[data-cell="responses"]'),
      'total as in the snapshot (a build made while a backend with more responses ran uses those instead: build with no backend or a fresh one)',
    ).toHaveText(shown(snapshot.results.responses, tag, suppressed));
    let suppressedCells = 0;
    for (const question of snapshot.results.questions) {
      const block = page.locator(`[data-question="${question.id}"]`);
      await expect(block.locator('table').first()).toBeVisible();
      for (const [code, count] of Object.entries(question.counts)) {
        const cells = block.locator(`tr[data-option="${code}"] td`);
        await expect(cells.first(), `${question.id} ${code}`).toHaveText(shown(count, tag, suppressed));
        // The share of n, in whole per cent ("42 %", English "42%").
        const share = count === null || !question.n ? suppressed : `${new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format((count / question.n) * 100)}${tag === 'en-GB' ? '%' : ' %'}`;
        await expect(cells.nth(1), `${question.id} ${code} share`).toHaveText(share);
        if (count === null) suppressedCells++;
      }
      // The breakdowns (in a closed disclosure): n, then each count in the page's option order.
      const codes = JSON.parse((await block.getAttribute('data-options'))!) as string[];
      expect([...codes].sort()).toEqual(Object.keys(question.counts).sort());
      for (const key of ['district', 'ageBand'] as const) {
        for (const group of question.breakdowns[key] ?? []) {
          const cells = block.locator(`table[data-breakdown="${key}"] tr[data-group="${group.group ?? ''}"] td`);
          const expected = [group.n, ...codes.map((code) => group.counts[code] ?? null)].map((value) => shown(value, tag, suppressed));
          await expect(cells, `${question.id} ${key} ${group.group}`).toHaveText(expected);
        }
      }
    }
    expect(suppressedCells, 'the seed has suppressed cells').toBeGreaterThan(0);
    await expect(page.locator('.app-result-number--suppressed', { hasText: suppressed }).first()).toBeAttached();
    // The "Stand" is the snapshot's day, and every chart says the table is there without JavaScript.
    await expect(page.locator('time[data-as-of]').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('app-chart canvas').first()).toBeHidden();
    await context.close();
  });
}

test('the results overview lists the demo wave with a link', async ({ page }) => {
  await page.goto('/befragung/ergebnisse/');
  const item = page.locator('li[data-wave="demo"]');
  await expect(item.locator('a')).toHaveAttribute('href', '/befragung/ergebnisse/demo/');
  await expect(item).toContainText('Ergebnisse veröffentlicht');
});

test('a wave without results says so instead of showing numbers', async ({ page }) => {
  await page.goto('/befragung/ergebnisse/goerlitz-2027/');
  await expect(page.locator('[data-results-state="none"]')).toBeVisible();
  await expect(page.locator('app-survey-results, [data-cell]')).toHaveCount(0);
});

/** Stores one valid demo response through the public API, as the form would. */
async function submitResponse() {
  const client = createClient(API_URL, ANON_KEY);
  const { error } = await client.rpc('submit_survey_response', {
    p_wave: 'demo',
    p_answers: { stadtteil: 'innenstadt', altersgruppe: 'a30_49', sicherheit_tag: 4, sicherheit_nacht: 3, sorgen: ['verkehr'], wohndauer: 12 },
    p_idempotency_key: randomUUID(),
    p_invitation_code: null,
    p_started_at: new Date(Date.now() - 5 * 60_000).toISOString(),
  });
  expect(error, 'submit_survey_response').toBeNull();
  // An open wave's result may be served from a minute-old cache; drop it as staff could.
  const { databaseUrl } = JSON.parse(readFileSync(new URL('../../.data/e2e-backend.json', import.meta.url), 'utf8')) as { databaseUrl: string };
  const database = new pg.Client(databaseUrl);
  await database.connect();
  try {
    await database.query('delete from public.survey_results_cache');
  } finally {
    await database.end();
  }
  const { data, error: readError } = await client.rpc('survey_results', { p_wave: 'demo' });
  expect(readError).toBeNull();
  return data as SurveyResults;
}

test('with JavaScript the page refreshes from the live backend after a new response', async ({ page }) => {
  const live = await submitResponse();
  expect(live.responses!).toBeGreaterThan(snapshot.results.responses!);
  await page.goto('/befragung/ergebnisse/demo/');
  await expect(page.locator('app-survey-results')).toHaveAttribute('data-state', 'live');
  await expect(page.locator('[data-cell="responses"]')).toHaveText(new Intl.NumberFormat('de-DE').format(live.responses!));
  const stadtteil = live.questions.find((q) => q.id === 'stadtteil')!;
  await expect(page.locator('[data-question="stadtteil"] tr[data-option="innenstadt"] td').first()).toHaveText(
    shown(stadtteil.counts.innenstadt ?? null, 'de-DE', 'zu wenige Antworten'),
  );
  // "Stand" is now today, and the status tells screen readers that the numbers changed.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  await expect(page.locator('time[data-as-of]').first()).toHaveAttribute('datetime', today);
  await expect(page.locator('app-survey-results [role="status"]')).toHaveText('Die Zahlen wurden auf den neuesten Stand gebracht.');
});

test('an unreachable backend leaves the built numbers in place', async ({ page }) => {
  await page.route('**/rest/v1/rpc/survey_results', (route) => route.abort());
  await page.goto('/befragung/ergebnisse/demo/');
  await expect(page.locator('app-survey-results')).toHaveAttribute('data-state', 'built');
  await expect(page.locator('[data-cell="responses"]')).toHaveText(String(snapshot.results.responses));
  await expect(page.locator('app-survey-results [role="status"]')).toHaveText('');
});

async function axeViolations(page: Page) {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
  const results = await new AxeBuilder({ page }).withTags(tags).setLegacyMode(true).analyze();
  return results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

for (const path of ['/befragung/ergebnisse/demo/', '/en/befragung/ergebnisse/demo/', '/befragung/ergebnisse/', '/befragung/ergebnisse/goerlitz-2027/']) {
  test(`axe ${path}: charts drawn, breakdowns open, light and dark`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(path);
    for (const chart of await page.locator('app-chart').all()) {
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toHaveAttribute('data-state', 'drawn');
    }
    await page.locator('details:not([open])').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await axeViolations(page), 'axe (light)').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    expect(await axeViolations(page), 'axe (dark)').toEqual([]);
  });
}
