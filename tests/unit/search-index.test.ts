// The search index the build writes, with the real Pagefind reading pages from a folder, as in the build.
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

/** A fresh folder standing in for dist/, with the given pages (address → HTML). */
function site(pages: Record<string, string> = {}): string {
  const created = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  folders.push(created);
  for (const [address, html] of Object.entries(pages)) {
    mkdirSync(path.join(created, address), { recursive: true });
    writeFileSync(path.join(created, address, 'index.html'), html);
  }
  return created;
}

const page = (lang: string, body: string, searchable = true) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><nav>Menü</nav>` +
  `<main${searchable ? ' data-pagefind-body' : ''}>${body}</main></body></html>`;

/** Everything the index holds as text: its fragments are gzip-compressed JSON. */
function indexedText(dist: string): string {
  const fragments = path.join(dist, 'pagefind', 'fragment');
  return readdirSync(fragments)
    .map((file) => gunzipSync(readFileSync(path.join(fragments, file))).toString('utf8'))
    .join('\n');
}

describe('search index', () => {
  it('indexes the searchable pages per language, only their marked part', async () => {
    const dist = site({
      'praevention/fahrraddiebstahl': page('de', '<h1>Fahrraddiebstahl</h1><p>Schließen Sie Ihr Rad an.</p>'),
      en: page('en', '<h1>Bicycle theft</h1><p>Lock your bike.</p>'),
      'aktuelles/seite/2': page('de', '<p>Listenseite Wurzelbehandlung</p>', false),
      // The marker as text, not markup: not a searchable page.
      technik: page('de', '<p>Markiert mit <code>&lt;main data-pagefind-body&gt;</code></p>', false),
    });

    const summary = await writeSearchIndex(dist);

    expect(summary.pages).toEqual({ de: 1, en: 1 });
    const text = indexedText(dist);
    expect(text).toContain('"url":"/praevention/fahrraddiebstahl/"');
    expect(text).toContain('Schließen Sie Ihr Rad an.');
    expect(text).toContain('"url":"/en/"');
    expect(text).not.toContain('Wurzelbehandlung'); // a page without data-pagefind-body
    expect(text).not.toContain('Menü'); // outside the marked part of the page
    expect(readdirSync(path.join(dist, 'pagefind'))).toContain('pagefind-ui.js');
  }, 30_000);

  it('refuses to write an index without a single searchable page', async () => {
    const dist = site({ 'aktuelles/seite/2': page('de', '<p>Liste</p>', false) });
    await expect(writeSearchIndex(dist)).rejects.toThrow(
      `The search index would be empty: no page in ${dist} is marked for the search (data-pagefind-body).`,
    );
  }, 30_000);

  it('fails when the index does not hold every marked page', async () => {
    // Pagefind reads markup, not text: a marker inside a comment is none to it, but looks like one.
    const dist = site({
      '': page('de', '<p>Start</p>'),
      kontakt: '<!doctype html><html lang="de"><body><!-- <main data-pagefind-body> --><main><p>Kontakt</p></main></body></html>',
    });
    await expect(writeSearchIndex(dist)).rejects.toThrow(`The search index holds 1 pages, but 2 pages in ${dist} are marked for the search (data-pagefind-body)`);
  }, 30_000);

  it('fails with the reason when the index cannot be written, naming the folder', async () => {
    const dist = site({ '': page('de', '<p>Start</p>') });
    const output = path.join(dist, 'pagefind');
    writeFileSync(output, 'a file where the folder should be');
    await expect(writeSearchIndex(dist)).rejects.toThrow(
      `The search index (Pagefind) could not be written to ${output}: EEXIST: file already exists, mkdir '${output}'`,
    );
  }, 30_000);

  it('gives up when Pagefind does not answer, instead of holding the build for ever', async () => {
    // Pagefind's process replaced by one that starts and then never answers, as after a crash inside.
    const dist = site({ '': page('de', '<p>Start</p>') });
    const silent = path.join(dist, 'silent-pagefind');
    writeFileSync(silent, '#!/bin/sh\nexec sleep 60\n', { mode: 0o755 });
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = silent;
    try {
      await expect(writeSearchIndex(dist, { timeoutMs: 1000 })).rejects.toThrow('Pagefind gave no answer within 1 s');
    } finally {
      delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
    }
  }, 30_000);

  it('describes the index for the build log', () => {
    expect(describeSearchIndex({ pages: { de: 1034, en: 6, pl: 6 } })).toBe('1,046 pages (de 1,034, en 6, pl 6)');
  });
});
