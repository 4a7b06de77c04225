// While the site is built, every searchable page goes to the search index as soon as it is
// rendered (see src/integrations/search-index.ts). Outside a build nobody listens, and the
// response passes through untouched.
import { defineMiddleware } from 'astro:middleware';
import { isSearchable, pageListener } from './lib/search-pages';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const listener = pageListener();
  if (!listener || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  if (isSearchable(html)) listener(context.url.pathname, html);
  return new Response(html, response);
});
