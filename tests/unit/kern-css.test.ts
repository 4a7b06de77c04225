/**
 * src/styles/kern.css is compiled from kern.scss ahead of the build (scripts/styles/kern-css.ts);
 * this keeps the committed file from drifting from its source or from the installed KERN version.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KERN_CSS, kernCss } from '../../scripts/styles/kern-css.ts';

describe('src/styles/kern.css', () => {
  it('is what `npm run styles:kern` compiles from kern.scss', () => {
    const committed = readFileSync(KERN_CSS, 'utf8');
    // A plain equality would print two 150 KB strings; the first differing line is enough.
    const expected = kernCss();
    const a = committed.split('\n');
    const b = expected.split('\n');
    const line = a.findIndex((text, i) => text !== b[i]);
    const first = line === -1 && a.length !== b.length ? Math.min(a.length, b.length) : line;
    expect(first, `kern.css differs from line ${first + 1} on. Run \`npm run styles:kern\` and commit src/styles/kern.css.`).toBe(-1);
  });

  it('carries the KERN components the pages use', () => {
    // The kopfzeile is in every page's header, the alert in hint boxes and form errors.
    const css = readFileSync(KERN_CSS, 'utf8');
    expect(css).toMatch(/\.kern-kopfzeile\b/);
    expect(css).toMatch(/\.kern-alert\b/);
  });
});
