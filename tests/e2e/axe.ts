// axe-core as every browser test uses it: WCAG 2.0–2.2 A/AA and best practices.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The violations on the page as it is now, in a form that reads well in a failure. */
export async function violations(page: Page) {
  // Legacy mode runs axe in the page itself; the site has no frames, and it saves opening a
  // second page per check.
  const results = await new AxeBuilder({ page }).withTags(axeTags).setLegacyMode(true).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
}
