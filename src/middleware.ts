// While the site is built, every searchable page goes to the search index as soon as it is
// rendered (see src/integrations/search-index.ts). Outside a build nobody listens, and the
// response passes through untouched.
import { defineMiddleware } from 'astro:middleware';
import { isSearchable, pageListener } from './lib/search-pages';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const listener = pageListener();
  if (!listener || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  // The page stays in bytes: the indexer's thread decodes it, not the thread that renders pages.
  const page = new Uint8Array(await response.arrayBuffer());
  if (isSearchable(page)) listener(context.url.pathname, page);
  return new Response(page, response);
});
