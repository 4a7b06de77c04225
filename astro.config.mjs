// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { quietBuildLog } from './src/integrations/build-log.ts';
import { cmsBundle } from './src/integrations/cms.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { tableRegions } from './src/integrations/table-regions.ts';

/**
 * The public address of the site. The partners have not confirmed a domain yet, so the
 * production build takes it from SITE_URL (see docs/deploy.md); locally it is the dev server.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Styles and scripts always as files, never inline, so a strict Content-Security-Policy
  // (docs/deploy.md) needs no 'unsafe-inline'. Two pages at a time: one renders while the other
  // is written to disk (about 1 s less for 1,000 posts in npm run bench:build); the pages share
  // no state but read-only caches.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'de', locales: { de: 'de-DE', en: 'en', pl: 'pl' } },
      // /admin/ is the editors' CMS, not a page for readers or search engines.
      filter: (page) => !page.includes('/404') && !new URL(page).pathname.startsWith('/admin/'),
    }),
    cmsBundle(),
    searchIndex(),
  ],
  // Each table in a text gets a region named after its heading (ScrollableTable.astro).
  markdown: { processor: satteri({ hastPlugins: [tableRegions] }) },
  devToolbar: { enabled: false },
  // KERN's SCSS is compiled ahead of the build (npm run styles:kern → src/styles/kern.css).
  // The log leaves out one warning that every MDX post causes and that means nothing.
  vite: { build: { assetsInlineLimit: 0, rolldownOptions: { onLog: quietBuildLog } } },
});
