// The CMS bundle for /admin/, built once per CMS version (and entry) into node_modules/.cache and
// reused by every later build. Bundling Sveltia CMS (about 2 MB of JavaScript in 300 chunks)
// inside each site build made the build take half again as much memory; the bundle only changes
// when the package or the entry does, and when it must be built, that happens in a process of its
// own, so the site build's memory stays its own.
//   node scripts/cms/bundle.ts    builds the bundle now (if it is not there)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const entry = join(root, 'scripts/cms/entry.ts');

/** Where the bundle of the installed CMS version and the current entry lives. */
export function cmsBundleDir(): string {
  const version = JSON.parse(readFileSync(join(root, 'node_modules/@sveltia/cms/package.json'), 'utf8')).version as string;
  const hash = createHash('sha256').update(readFileSync(entry)).digest('hex').slice(0, 10);
  return join(root, 'node_modules/.cache/cms-bundle', `${version}-${hash}`);
}

/** The bundle's folder (cms.js plus chunks), built first in a separate process if it is missing. */
export function ensureCmsBundle(log: (line: string) => void = () => {}): string {
  const dir = cmsBundleDir();
  if (existsSync(join(dir, '.complete'))) return dir;
  log(`building the CMS bundle once into ${dir} …`);
  execFileSync(process.execPath, [import.meta.filename], { stdio: 'inherit' });
  return dir;
}

/** Builds the bundle in this process. */
async function buildCmsBundle(): Promise<void> {
  const dir = cmsBundleDir();
  if (existsSync(join(dir, '.complete'))) return;
  await rm(dir, { recursive: true, force: true });
  const { build } = await import('vite');
  await build({
    configFile: false,
    root,
    base: '/admin/cms/',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rollupOptions: {
        input: entry,
        output: { entryFileNames: 'cms.js', chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
      },
    },
  });
  await writeFile(join(dir, '.complete'), '');
}

if (import.meta.main) await buildCmsBundle();
