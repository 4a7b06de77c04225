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
