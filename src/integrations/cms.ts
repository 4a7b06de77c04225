// Serves the editors' CMS bundle at /admin/cms/: linked into the build output after each build,
// served from the cache by the development server. The bundle itself is built once per CMS
// version (scripts/cms/bundle.ts), normally by `npm install`, not inside every site build. A
// build that finds none starts it in its own process as the build starts: it is done (a second or
// two) while the build reads the content and bundles its scripts, long before the build's memory
// peaks with the pages, and the build waits for it only at the end.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ensureCmsBundle, linkFolder } from '../../scripts/cms/bundle.ts';

const types: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };

/** The Astro integration that puts the CMS bundle at /admin/cms/. */
export function cmsBundle(): AstroIntegration {
  let pending: Promise<string> | undefined;
  return {
    name: 'app-cms-bundle',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        pending = ensureCmsBundle((line) => logger.info(line));
        pending.catch(() => {}); // reported where it is awaited
      },
      'astro:build:done': async ({ dir, logger }) => {
        const bundle = await (pending ?? ensureCmsBundle((line) => logger.info(line)));
        await linkFolder(bundle, join(fileURLToPath(dir), 'admin/cms'), (file) => !file.endsWith('.complete'));
      },
      'astro:server:setup': async ({ server, logger }) => {
        const served = await ensureCmsBundle((line) => logger.info(line));
        server.middlewares.use('/admin/cms', (req, res, next) => {
          const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
          readFile(join(served, path)).then(
            (body) => {
              res.setHeader('content-type', types[extname(path)] ?? 'application/octet-stream');
              res.end(body);
            },
            () => next(),
          );
        });
      },
    },
  };
}
