// Builds the site search's index (Pagefind) as part of `astro build`, not as a second command
// after it. It is written as soon as the last page is (astro:build:generated): Pagefind's own
// process reads the built pages from dist/ on every core. Pagefind indexes only the part of each
// page marked with data-pagefind-body (BaseLayout's `searchable`); pages without the marker stay
// out.
//
// The build waits for the index before Astro goes on to delete its prerender output (about 3,000
// files for 1,000 posts). Before, Pagefind read the pages while Astro deleted them and while the
// other integrations finished, and then wrote its own 1,000 files: on a file system that does not
// reuse just-freed inodes for a while (ext4 without a journal, as on these machines), each new
// file was searched past the thousands just freed. Indexing 1,000 posts took 0.8–1.9 s that way,
// 0.7–0.8 s now; npm run bench:build, five runs each, twice: 1.33× and 1.28× the bare build now,
// against 1.58× and 1.49×. On a file system without that search (tmpfs) waiting costs about 0.3 s,
// as the deleting and the other hooks no longer overlap with Pagefind reading.
//
// Before that, the build handed each page to Pagefind as it rendered it (a middleware and a
// worker thread talking to Pagefind page by page, so that indexing overlapped page rendering).
// For 1,000 posts that bought no time on this 2-core machine: rendering leaves less of the second
// core idle than it seemed, and each page passed over Pagefind's message channel costs more than
// Pagefind reading the file itself.
//
// The build fails if Pagefind reports an error or does not answer, if no page is marked, and if
// the index does not hold exactly the marked pages (Pagefind would index every page whole if
// the marker went missing from all of them).
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_INDEX_FOLDER } from '../lib/search-folder';

/** What the index holds: indexed pages per language, as Pagefind counts them. */
export interface SearchIndexSummary {
  pages: Record<string, number>;
}

/**
 * How long indexing may take at most: about 1.5 s for 1,000 posts here, so this only stops a
 * build whose Pagefind process failed without answering (it then never answers; its Node API
 * does not notice that the process is gone).
 */
const TIMEOUT_MS = 5 * 60 * 1000;

/** The pages per language from the index's entry file. */
async function indexedPages(output: string): Promise<Record<string, number>> {
  const entry = JSON.parse(await readFile(join(output, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]));
}

/** The marker of the part of a page the search indexes. */
const MARKER = 'data-pagefind-body';

/** Whether a page carries the marker inside a tag (in text it is escaped: &lt;main …). */
function isMarked(html: Buffer): boolean {
  for (let at = html.indexOf(MARKER); at !== -1; at = html.indexOf(MARKER, at + 1)) {
    if (html.lastIndexOf('<', at) > html.lastIndexOf('>', at)) return true;
  }
  return false;
}

/**
 * How many HTML pages under `site` carry the marker. Read while Pagefind works, from the file
 * cache: about 0.1 s of CPU for 1,250 pages. Read synchronously on purpose: with fs/promises
 * each file takes several trips through Node's thread pool, and the same count cost 0.5 s.
 */
function countMarkedPages(site: string): number {
  const files = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  return files.filter((file) => isMarked(readFileSync(join(site, file)))).length;
}

/** An index being created: Pagefind's process starting. */
type CreatedIndex = ReturnType<typeof pagefind.createIndex>;

/**
 * Starts Pagefind's process for a new index. The build does this when it starts, while its own
 * process is small: starting a process copies the starting one's memory map, and from a build
 * holding 1 GB of pages that briefly showed as a second process of 500 MB in bench:build.
 */
export function startSearchIndex(): CreatedIndex {
  const created = pagefind.createIndex();
  created.catch(() => {}); // reported by writeSearchIndex
  return created;
}

/**
 * Indexes the pages under `site` and writes the index into `output`; rejects with Pagefind's
 * errors. Calls `meanwhile` while Pagefind's process reads the pages.
 */
async function indexWithPagefind(created: CreatedIndex, site: string, output: string, meanwhile: () => void): Promise<void> {
  const { index, errors } = await created;
  if (!index) throw new Error(errors.join('\n'));
  const adding = index.addDirectory({ path: site });
  meanwhile();
  const added = await adding;
  if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
  // Pagefind cannot create the folder itself when something is in the way, and then it stops
  // without an answer; Node says what is wrong.
  await mkdir(output, { recursive: true });
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
}

/**
 * Writes the search index of the built site in `site` (dist/) into `site`/pagefind/: every HTML
 * page below `site`, by its `lang` attribute, only the part marked with `data-pagefind-body`.
 * Rejects, saying why, when Pagefind fails or gives no answer within `timeoutMs`, and when no
 * page is marked.
 */
export async function writeSearchIndex(
  site: string,
  { timeoutMs = TIMEOUT_MS, created = startSearchIndex() }: { timeoutMs?: number; created?: CreatedIndex } = {},
): Promise<SearchIndexSummary> {
  const output = join(site, SEARCH_INDEX_FOLDER);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Pagefind gave no answer within ${timeoutMs / 1000} s; its messages above may say why.`)), timeoutMs);
  });
  let marked = 0;
  try {
    const indexing = indexWithPagefind(created, site, output, () => (marked = countMarkedPages(site)));
    await Promise.race([indexing, late]);
  } catch (error) {
    throw new Error(`The search index (Pagefind) could not be written to ${output}: ${(error as Error)?.message ?? error}`);
  } finally {
    clearTimeout(timer);
    await pagefind.close(); // else Pagefind's process outlives the build
  }
  // Pagefind is content with no pages at all; a site search that finds nothing is not.
  if (marked === 0) throw new Error(`The search index would be empty: no page in ${site} is marked for the search (${MARKER}).`);
  const pages = await indexedPages(output);
  const indexed = Object.values(pages).reduce((sum, count) => sum + count, 0);
  if (indexed !== marked) {
    throw new Error(`The search index holds ${indexed} pages, but ${marked} pages in ${site} are marked for the search (${MARKER}); Pagefind's messages above may say why.`);
  }
  return { pages };
}

/** One line for the build log, e.g. "1,046 pages (de 1,034, en 6, pl 6)". */
export function describeSearchIndex({ pages }: SearchIndexSummary): string {
  const number = (value: number) => value.toLocaleString('en');
  const total = Object.values(pages).reduce((sum, count) => sum + count, 0);
  const perLanguage = Object.entries(pages).map(([language, count]) => `${language} ${number(count)}`);
  return `${number(total)} pages (${perLanguage.join(', ')})`;
}

/**
 * The Astro integration. Pagefind's process starts with the build; the index is written as soon
 * as the last page is, before Astro deletes its prerender output and before the other
 * integrations' astro:build:done hooks (sitemap, CMS files).
 */
export function searchIndex(): AstroIntegration {
  let created: CreatedIndex | undefined;
  return {
    name: 'app-search-index',
    hooks: {
      'astro:build:start': () => {
        created = startSearchIndex();
      },
      'astro:build:generated': async ({ dir, logger }) => {
        const started = performance.now();
        const summary = await writeSearchIndex(fileURLToPath(dir), { created });
        const seconds = (performance.now() - started) / 1000;
        logger.info(`search index written to ${SEARCH_INDEX_FOLDER}/ in ${seconds.toFixed(1)} s: ${describeSearchIndex(summary)}`);
      },
    },
  };
}
