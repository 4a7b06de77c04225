/**
 * Every built page is valid HTML: elements only where the content model allows them, no
 * duplicate ids, labels and ARIA references that point at something, valid attribute values.
 * Assistive technology relies on a clean tree (EN 301 549 9.4.1.1, which BITV 2.0 still lists).
 * The built files are checked as a static host serves them, before any script runs.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { dist } from './site';

const validator = new HtmlValidate({
  // "standard": the HTML standard's rules; "document": rules for whole documents (doctype,
  // references by id across the page).
  extends: ['html-validate:standard', 'html-validate:document'],
  rules: {
    // Subresource integrity protects files from another origin; every file here is our own.
    'require-sri': 'off',
  },
});

const pages = readdirSync(fileURLToPath(dist), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort();

test('the build has pages to check', () => {
  expect(pages).toContain('index.html');
  expect(pages).toContain('404.html');
});

for (const page of pages) {
  test(`valid HTML: ${page}`, async () => {
    const report = await validator.validateString(readFileSync(new URL(page, dist), 'utf8'), page);
    const problems = report.results.flatMap((result) =>
      result.messages.map((message) => `${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector})`),
    );
    expect(problems).toEqual([]);
  });
}
