// The search index the build writes, with the real Pagefind over a few pages in a folder.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { describeSearchIndex, writeSearchIndex } from '../../src/integrations/search-index.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A folder like dist/ with the given pages (path → HTML). */
function site(pages: Record<string, string>): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  folders.push(folder);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), html);
  }
  return folder;
}

const page = (lang: string, body: string, searchable = true) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>Menü</nav>` +
  `<main${searchable ? ' data-pagefind-body' : ''}>${body}</main></body></html>`;

/** Everything the index holds as text: its fragments are gzip-compressed JSON. */
function indexedText(folder: string): string {
  const fragments = path.join(folder, 'pagefind', 'fragment');
  return readdirSync(fragments)
    .map((file) => gunzipSync(readFileSync(path.join(fragments, file))).toString('utf8'))
    .join('\n');
}

describe('search index', () => {
  it('indexes the searchable pages per language and leaves the others out', async () => {
    const folder = site({
      'index.html': page('de', '<h1>Fahrraddiebstahl</h1><p>Schließen Sie Ihr Rad an.</p>'),
      'en/index.html': page('en', '<h1>Bicycle theft</h1><p>Lock your bike.</p>'),
      'aktuelles/seite/2/index.html': page('de', '<p>Listenseite Wurzelbehandlung</p>', false),
    });

    const summary = await writeSearchIndex(folder);

    expect(summary.pages).toEqual({ de: 1, en: 1 });
    const text = indexedText(folder);
    expect(text).toContain('Schließen Sie Ihr Rad an.');
    expect(text).toContain('"url":"/en/"');
    expect(text).not.toContain('Wurzelbehandlung'); // the page without data-pagefind-body
    expect(text).not.toContain('Menü'); // outside the marked part of the page
    expect(readdirSync(path.join(folder, 'pagefind'))).toContain('pagefind-ui.js');
  }, 30_000);

  it('refuses to write an index without a single page, naming the folder', async () => {
    const folder = site({ 'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    await expect(writeSearchIndex(folder)).rejects.toThrow(`The search index is empty: there is no HTML page below ${folder}.`);
  }, 30_000);

  it('describes the index for the build log', () => {
    expect(describeSearchIndex({ pages: { de: 1034, en: 6, pl: 6 } })).toBe('1,046 pages (de 1,034, en 6, pl 6)');
  });
});
