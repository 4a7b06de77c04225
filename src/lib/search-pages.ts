/**
 * How pages reach the search index while the build renders them: the build's search indexer
 * (src/integrations/search-index.ts) listens, and the middleware (src/middleware.ts) hands it
 * each page it renders. They meet on the global object, because the middleware runs from the
 * build's bundled server code, which has its own copy of this module.
 */

/** The folder of the search index in the build output, served as /pagefind/. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/** Takes one rendered page: its address and its HTML. */
export type PageListener = (path: string, html: string) => void;

const KEY = Symbol.for('sicherheitspartnerschaft.search-pages');

type WithListener = typeof globalThis & { [KEY]?: PageListener };

/** Starts (or, with `undefined`, stops) passing rendered pages to `listener`. */
export function listenForPages(listener: PageListener | undefined): void {
  (globalThis as WithListener)[KEY] = listener;
}

/** The listener while a build indexes its pages; otherwise (development server) none. */
export function pageListener(): PageListener | undefined {
  return (globalThis as WithListener)[KEY];
}

/** Whether a page is meant for the search: BaseLayout marks its main content with data-pagefind-body. */
export function isSearchable(html: string): boolean {
  return html.includes('data-pagefind-body');
}

/**
 * What the search index needs of a page, as a small page of its own: the <html> start tag
 * (Pagefind takes the language from it), the <title> (its title for a page without an <h1>)
 * and the <main> marked data-pagefind-body. Pagefind then reads about a fifth of each page: for
 * 1,000 posts ~0.6 s less CPU in a build of ~20 s, with the same index (tests/e2e/search.spec.ts
 * compares it with Pagefind's index of the whole pages). A page of another shape – the marker
 * not on the only <main>, or a data-pagefind attribute outside it – goes to the index whole.
 */
export function searchablePart(html: string): string {
  const marker = html.indexOf('data-pagefind-body');
  const start = html.lastIndexOf('<', marker);
  if (marker === -1 || !html.startsWith('<main', start) || html.indexOf('<main', start + 1) !== -1) return html;
  const closing = html.indexOf('</main>', start);
  if (closing === -1 || html.indexOf('</main>', closing + 1) !== -1) return html;
  const end = closing + '</main>'.length;
  if (html.lastIndexOf('data-pagefind', start) !== -1 || html.indexOf('data-pagefind', end) !== -1) return html;
  const root = /<html\b[^>]*>/.exec(html.slice(0, start));
  if (!root) return html;
  const title = /<title>[^<]*<\/title>/.exec(html.slice(0, start))?.[0] ?? '';
  return `<!doctype html>${root[0]}<head>${title}</head><body>${html.slice(start, end)}</body></html>`;
}
