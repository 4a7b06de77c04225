// Builds the site search's index (Pagefind) during the Astro build, not as a second command
// after it. The middleware (src/middleware.ts) hands each searchable page to the indexer as soon
// as it is rendered; the indexer runs in a thread of its own at the lowest priority
// (search-index-worker.ts), so Pagefind reads the pages on the core that rendering leaves idle.
// When the build is done, only writing the index is left (about 0.9 s for 1,000 posts, beside
// the sitemap and the CMS files). Measured on 1,000 posts (cold builds, 4 interleaved pairs on a
// busy 2-core machine) against indexing the folder after the pages were written: the time from
// the last page to the end fell from 2.1–2.4 s to 1.0–1.6 s, page generation took 0–0.8 s longer
// in 3 pairs, and the whole build was faster in 3 of 4 (by 0.8–2.1 s). The build fails if
// Pagefind reports an error, does not answer, or the index would be empty.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { listenForPages, SEARCH_INDEX_FOLDER, searchablePart } from '../lib/search-pages';
import type { FromIndexer, ToIndexer } from './search-index-worker.ts';

/** What the index holds: indexed pages per language, as Pagefind counts them. */
export interface SearchIndexSummary {
  pages: Record<string, number>;
}

/** Collects pages into a search index and writes it once. */
export interface SearchIndexer {
  /** Adds a rendered page by its address (e.g. /aktuelles/…/), the part the index needs; returns at once. */
  add(path: string, html: string): void;
  /** Writes the index into `output` and ends the indexer. Rejects with Pagefind's errors. */
  write(output: string): Promise<SearchIndexSummary>;
}

/** The pages per language from the index's entry file. */
async function indexedPages(output: string): Promise<Record<string, number>> {
  const entry = JSON.parse(await readFile(join(output, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]));
}

/**
 * How long writing the index may take at most: about 1 s for 1,000 posts here, so this only
 * stops a build whose Pagefind process failed without answering.
 */
const WRITE_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * Starts an indexer in its own thread. Pages are indexed by their `lang` attribute, only the part
 * marked with `data-pagefind-body` (BaseLayout's `searchable`).
 */
export function startSearchIndexer({ writeTimeoutMs = WRITE_TIMEOUT_MS } = {}): SearchIndexer {
  const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url));
  // The thread does not keep the build's process alive unless the build waits for the index (a
  // build that fails before its pages are written ends as usual).
  worker.unref();
  const answered = new Promise<FromIndexer>((resolve, reject) => {
    worker.on('message', resolve);
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`The search indexer stopped early (exit code ${code}).`)));
  });
  answered.catch(() => {}); // reported by write()
  const send = (message: ToIndexer) => worker.postMessage(message);
  return {
    add(path, html) {
      send({ type: 'page', path, html: searchablePart(html) });
    },
    async write(output) {
      worker.ref();
      send({ type: 'write', output, timeoutMs: writeTimeoutMs });
      const answer = await answered.finally(() => worker.terminate());
      if (answer.type === 'failed') throw new Error(`The search index (Pagefind) could not be written to ${output}: ${answer.message}`);
      const pages = await indexedPages(output);
      // Pagefind is content with no pages at all; a site search that finds nothing is not.
      if (Object.keys(pages).length === 0) throw new Error(`The search index is empty: no searchable page was rendered (none has data-pagefind-body).`);
      return { pages };
    },
  };
}

/** One line for the build log, e.g. "1,046 pages (de 1,034, en 6, pl 6)". */
export function describeSearchIndex({ pages }: SearchIndexSummary): string {
  const number = (value: number) => value.toLocaleString('en');
  const total = Object.values(pages).reduce((sum, count) => sum + count, 0);
  const perLanguage = Object.entries(pages).map(([language, count]) => `${language} ${number(count)}`);
  return `${number(total)} pages (${perLanguage.join(', ')})`;
}

/**
 * The Astro integration. List it last: the other integrations' astro:build:done hooks (sitemap,
 * CMS files) then run while the index is being written.
 */
export function searchIndex(): AstroIntegration {
  let indexer: SearchIndexer | undefined;
  let writing: Promise<SearchIndexSummary> | undefined;
  return {
    name: 'app-search-index',
    hooks: {
      'astro:build:start': () => {
        indexer = startSearchIndexer();
        listenForPages(indexer.add);
      },
      'astro:build:generated': ({ dir }) => {
        listenForPages(undefined);
        writing = indexer?.write(join(fileURLToPath(dir), SEARCH_INDEX_FOLDER));
        writing?.catch(() => {}); // reported where it is awaited
      },
      'astro:build:done': async ({ logger }) => {
        if (!writing) throw new Error('The search index was not started: astro:build:start did not run.');
        logger.info(`search index written to ${SEARCH_INDEX_FOLDER}/: ${describeSearchIndex(await writing)}`);
      },
    },
  };
}
