// The CMS bundle for /admin/, built once per CMS version (and entry) into node_modules/.cache and
// reused by every later build. Bundling Sveltia CMS (about 2 MB of JavaScript in 300 chunks)
// inside each site build made the build take half again as much memory; the bundle only changes
// when the package or the entry does, and when it must be built, that happens in a process of its
// own, so the site build's memory stays its own. The site build starts that process as it begins
// and only waits for it at the end, so on a machine with more than one core the two overlap.
//   node scripts/cms/bundle.ts    builds the bundle now (if it is not there)
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const entry = join(root, 'scripts/cms/entry.ts');

/** Where the bundle of the installed CMS version and the current entry lives. */
export function cmsBundleDir(): string {
  const version = JSON.parse(readFileSync(join(root, 'node_modules/@sveltia/cms/package.json'), 'utf8')).version as string;
  const hash = createHash('sha256').update(readFileSync(entry)).digest('hex').slice(0, 10);
  return join(root, 'node_modules/.cache/cms-bundle', `${version}-${hash}`);
}

/**
 * The bundle's folder (cms.js plus chunks); if it is missing, it is built first in a separate
 * process. Resolves when the folder is complete; rejects if the bundling process fails.
 */
export async function ensureCmsBundle(log: (line: string) => void = () => {}): Promise<string> {
  const dir = cmsBundleDir();
  if (existsSync(join(dir, '.complete'))) return dir;
  log(`building the CMS bundle once into ${dir} …`);
  await new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [import.meta.filename], { stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`Building the CMS bundle failed (exit code ${code}); run \`node scripts/cms/bundle.ts\` to see why.`))));
  });
  return dir;
}

/**
 * Builds the bundle in this process, into a folder of its own that is renamed into place when
 * it is complete, so two builds running at once never see (or write into) a half-done bundle.
 */
async function buildCmsBundle(): Promise<void> {
  const dir = cmsBundleDir();
  if (existsSync(join(dir, '.complete'))) return;
  const partial = `${dir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  const { build } = await import('vite');
  await build({
    configFile: false,
    root,
    base: '/admin/cms/',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: partial,
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
  await writeFile(join(partial, '.complete'), '');
  if (existsSync(join(dir, '.complete'))) {
    await rm(partial, { recursive: true, force: true }); // another build finished first
    return;
  }
  await rm(dir, { recursive: true, force: true }); // leftovers of an interrupted older layout
  await rename(partial, dir);
}

if (import.meta.main) await buildCmsBundle();
