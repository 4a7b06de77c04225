/**
 * Renders the default link-preview image public/og/standard.png (1200 × 630, the size Open
 * Graph and Twitter cards expect) from an SVG, with the site's own Fira Sans and the KERN
 * dark-blue tokens. Posts without their own picture use it. Run again after changing the text:
 *
 *   node scripts/og-image.mjs
 *
 * Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium), as the browser tests do.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'public', 'og', 'standard.png');
// Embedded as data URLs: a page opened with setContent may not load local files.
const font = async (weight) =>
  `data:font/woff2;base64,${(await readFile(path.join(ROOT, 'public', 'fonts', `fira-sans-${weight}.woff2`))).toString('base64')}`;

// KERN tokens: darkblue-900 background, darkblue-500 accent, neutral-025 text.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <style>
    @font-face { font-family: 'Fira Sans'; font-weight: 400; src: url('${await font(400)}') format('woff2'); }
    @font-face { font-family: 'Fira Sans'; font-weight: 600; src: url('${await font(600)}') format('woff2'); }
    text { font-family: 'Fira Sans', sans-serif; fill: oklch(96.72% 0.0041 271.37); }
  </style>
  <rect width="1200" height="630" fill="oklch(27.08% 0.1859 264.98)" />
  <rect y="598" width="1200" height="32" fill="oklch(57.16% 0.1315 264.93)" />
  <g transform="translate(96 112) scale(5)">
    <path d="M16 2 4 7v8c0 7.5 5.1 13.3 12 15 6.9-1.7 12-7.5 12-15V7L16 2Z" fill="oklch(96.72% 0.0041 271.37)" />
    <path d="m10.5 16 4 4 7-8" fill="none" stroke="oklch(27.08% 0.1859 264.98)" stroke-width="2.5" />
  </g>
  <text x="96" y="400" font-size="64" font-weight="600">Sicherheitspartnerschaft Görlitz</text>
  <text x="96" y="480" font-size="40" font-weight="400">Stadt Görlitz · Polizeidirektion Görlitz</text>
</svg>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  await page.evaluate(() => document.fonts.ready);
  await writeFile(OUT, await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: 1200, height: 630 } }));
  console.log(`Written: ${path.relative(process.cwd(), OUT)}`);
} finally {
  await browser.close();
}
