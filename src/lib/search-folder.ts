/**
 * The folder of the search index in the build output, served as /pagefind/: written by the
 * build (src/integrations/search-index.ts), loaded by the search page (SiteSearch.astro).
 */
export const SEARCH_INDEX_FOLDER = 'pagefind';
