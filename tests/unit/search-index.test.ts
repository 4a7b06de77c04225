// The search index the build writes, with the real Pagefind in its own thread, as in the build.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { describeSearchIndex, startSearchIndexer } from '../../src/integrations/search-index.ts';
import { isSearchable, searchablePart } from '../../src/lib/search-pages.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A fresh folder standing in for dist/. */
function folder(): string {
  const created = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  folders.push(created);
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
    const dist = folder();
    const indexer = startSearchIndexer();
    indexer.add('/praevention/fahrraddiebstahl/', page('de', '<h1>Fahrraddiebstahl</h1><p>Schließen Sie Ihr Rad an.</p>'));
    indexer.add('/en/', page('en', '<h1>Bicycle theft</h1><p>Lock your bike.</p>'));
    indexer.add('/aktuelles/seite/2/', page('de', '<p>Listenseite Wurzelbehandlung</p>', false));

    const summary = await indexer.write(path.join(dist, 'pagefind'));

    expect(summary.pages).toEqual({ de: 1, en: 1 });
    const text = indexedText(dist);
    expect(text).toContain('"url":"/praevention/fahrraddiebstahl/"');
    expect(text).toContain('Schließen Sie Ihr Rad an.');
    expect(text).toContain('"url":"/en/"');
    expect(text).not.toContain('Wurzelbehandlung'); // a page without data-pagefind-body
    expect(text).not.toContain('Menü'); // outside the marked part of the page
    expect(readdirSync(path.join(dist, 'pagefind'))).toContain('pagefind-ui.js');
  }, 30_000);

  it('refuses to write an index without a single page', async () => {
    const dist = folder();
    await expect(startSearchIndexer().write(path.join(dist, 'pagefind'))).rejects.toThrow(
      'The search index is empty: no searchable page was rendered (none has data-pagefind-body).',
    );
  }, 30_000);

  it('fails with the reason when the index cannot be written, naming the folder', async () => {
    const dist = folder();
    writeFileSync(path.join(dist, 'pagefind'), 'a file where the folder should be');
    const indexer = startSearchIndexer();
    indexer.add('/', page('de', '<p>Start</p>'));
    const output = path.join(dist, 'pagefind');
    await expect(indexer.write(output)).rejects.toThrow(
      `The search index (Pagefind) could not be written to ${output}: EEXIST: file already exists, mkdir '${output}'`,
    );
  }, 30_000);

  it('gives up when Pagefind does not answer, instead of holding the build for ever', async () => {
    // Pagefind's process replaced by one that starts and then never answers, as after a crash inside.
    const dist = folder();
    const silent = path.join(dist, 'silent-pagefind');
    writeFileSync(silent, '#!/bin/sh\nexec sleep 60\n', { mode: 0o755 });
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = silent;
    try {
      const indexer = startSearchIndexer({ writeTimeoutMs: 1000 }); // the thread reads the variable now
      indexer.add('/', page('de', '<p>Start</p>'));
      await expect(indexer.write(path.join(dist, 'pagefind'))).rejects.toThrow('Pagefind gave no answer within 1 s');
    } finally {
      delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
    }
  }, 30_000);

  it('tells searchable pages by their marker', () => {
    expect(isSearchable(page('de', '<p>x</p>'))).toBe(true);
    expect(isSearchable(page('de', '<p>x</p>', false))).toBe(false);
  });

  it('hands Pagefind only the language, the title and the marked main part of a page', () => {
    const html =
      '<!doctype html><html lang="pl" dir="ltr"><head><meta charset="utf-8"><title>Rower – Partnerschaft</title>' +
      '<link rel="stylesheet" href="/a.css"></head><body><header><nav>Menü</nav></header>' +
      '<main id="inhalt" data-pagefind-body><h1>Rower</h1><p>Tekst</p></main><footer>Fuß</footer></body></html>';
    expect(searchablePart(html)).toBe(
      '<!doctype html><html lang="pl" dir="ltr"><head><title>Rower – Partnerschaft</title></head>' +
        '<body><main id="inhalt" data-pagefind-body><h1>Rower</h1><p>Tekst</p></main></body></html>',
    );
  });

  it('hands over the whole page when its shape is unusual, so that nothing is lost', () => {
    const cases = {
      'no marker': page('de', '<p>x</p>', false),
      'the marker not on <main>': '<html lang="de"><body><article data-pagefind-body><p>x</p></article><main></main></body></html>',
      'a second <main>': '<html lang="de"><body><main data-pagefind-body><p>x</p></main><main hidden></main></body></html>',
      'no closing tag': '<html lang="de"><body><main data-pagefind-body><p>x</p></body></html>',
      'metadata before it': '<html lang="de"><head><meta data-pagefind-meta="image:/a.png"></head><body><main data-pagefind-body></main></body></html>',
      'a filter after it': '<html lang="de"><body><main data-pagefind-body></main><p data-pagefind-filter="Thema">Rad</p></body></html>',
      'no <html> start tag': '<main data-pagefind-body><p>x</p></main>',
    };
    for (const [shape, html] of Object.entries(cases)) expect(searchablePart(html), shape).toBe(html);
  });

  it('describes the index for the build log', () => {
    expect(describeSearchIndex({ pages: { de: 1034, en: 6, pl: 6 } })).toBe('1,046 pages (de 1,034, en 6, pl 6)');
  });
});
