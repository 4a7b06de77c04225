// The CMS bundle for /admin/, built once per CMS version (and entry) into node_modules/.cache and
// reused by every later build. The npm package of Sveltia CMS is already compiled; it only needs
// its imports of other packages (code highlighting, maps, image codecs, locales) resolved into
// files the browser can load from our own origin, plus its fonts, icons and WebAssembly files.
// esbuild does that in a few seconds with about half the memory a Vite build needed. It runs in a
// process of its own that ends when the bundle is done (esbuild's service would otherwise stay
// alive, holding its memory), started as the site build starts and finished long before the
// build's memory peaks with the pages, so the two never add up to the build's peak.
//   node scripts/cms/bundle.ts    builds the bundle now (if it is not there)
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');
const sources = ['scripts/cms/entry.ts', 'scripts/cms/prefs.ts', 'scripts/cms/bundle.ts'].map((file) => join(root, file));
const cmsPackage = join(root, 'node_modules/@sveltia/cms');

/** Where the bundle of the installed CMS version and the current sources lives. */
export function cmsBundleDir(): string {
  const version = JSON.parse(readFileSync(join(cmsPackage, 'package.json'), 'utf8')).version as string;
  const hash = createHash('sha256');
  for (const file of sources) hash.update(readFileSync(file));
  return join(root, 'node_modules/.cache/cms-bundle', `${version}-${hash.digest('hex').slice(0, 10)}`);
}

/**
 * The bundle's folder (cms.js, chunks/, assets/); if it is missing, it is built first, in a
 * separate process. Rejects if that process fails.
 */
export async function ensureCmsBundle(log: (line: string) => void = () => {}): Promise<string> {
  const dir = cmsBundleDir();
  if (existsSync(join(dir, '.complete'))) return dir;
  log(`building the CMS bundle once into ${dir} …`);
  await new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [import.meta.filename], { stdio: ['ignore', 'ignore', 'inherit'] });
    // A lower priority: the build that waits for it has its own work for every core meanwhile.
    if (child.pid) setPriority(child.pid, 10);
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`Building the CMS bundle failed (exit code ${code}); run \`node scripts/cms/bundle.ts\` to see why.`))));
  });
  return dir;
}

/** Where the bundle is served from (src/integrations/cms.ts, src/pages/admin/index.astro). */
const servedAt = '/admin/cms/';

/**
 * The CMS's stylesheet names its three fonts on a CDN (cdn.jsdelivr.net/fontsource/…), although
 * the package ships the same files: the browser tries the CDN when the CMS starts, before the CMS
 * registers its own copies, and a Content-Security-Policy then reports refusals. This points
 * those addresses at the shipped copies; a CDN font without a copy stops the bundling, so a new
 * CMS version cannot quietly bring back requests to another origin.
 */
function cdnFontsToLocalCopies(): Plugin {
  const assets = readdirSync(join(cmsPackage, 'npm/assets'));
  const cdnFont = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;
  return {
    name: 'cms-fonts-from-this-site',
    setup(bundler) {
      bundler.onLoad({ filter: /@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, async ({ path }) => {
        const code = (await readFile(path, 'utf8')).replace(cdnFont, (url, family: string, variant: string) => {
          const copy = assets.find((file) => file.startsWith(`${family}-${variant}-`) && file.endsWith('.woff2'));
          if (!copy) throw new Error(`The CMS names the font ${url}, but the package has no copy of it in npm/assets/.`);
          return `${servedAt}assets/${copy}`;
        });
        if (/cdn\.jsdelivr\.net/.test(code)) throw new Error('The CMS still names cdn.jsdelivr.net after its fonts were pointed at the shipped copies.');
        return { contents: code, loader: 'js' };
      });
    },
  };
}

/**
 * Builds the bundle in this process. It is built into a folder of its own and renamed into
 * place when complete, so two builds running at once never see (or write into) a half-done one.
 */
async function buildCmsBundle(dir: string): Promise<void> {
  const partial = `${dir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { cms: join(root, 'scripts/cms/entry.ts') },
    bundle: true,
    format: 'esm',
    splitting: true, // code highlighting, maps and locales load only when an editor needs them
    target: 'es2022',
    outdir: partial,
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
    plugins: [cdnFontsToLocalCopies()],
  });
  // The CMS's MIT licence travels with it (its dependencies' licence comments stay in the chunks).
  await cp(join(cmsPackage, 'LICENSE.txt'), join(partial, 'LICENSE.txt'));
  // The CMS code sits in cms.js and its own chunks one folder down; both find these files at
  // assets/ relative to themselves, as in the package (`new URL('assets/…', import.meta.url)`).
  await cp(join(cmsPackage, 'npm/assets'), join(partial, 'assets'), { recursive: true, filter: (file) => !file.endsWith('.map') });
  await writeFile(join(partial, '.complete'), '');
  if (existsSync(join(dir, '.complete'))) {
    await rm(partial, { recursive: true, force: true }); // another build finished first
  } else {
    await rm(dir, { recursive: true, force: true }); // leftovers of an interrupted older layout
    await rename(partial, dir);
  }
  await removeOtherBundles(dir);
}

/**
 * Deletes the finished bundles of other CMS versions or entries next to `dir` (about 20 MB each,
 * one more with every update). Folders still being built (`….partial-<pid>`) are left alone: they
 * may belong to a build running right now.
 */
export async function removeOtherBundles(dir: string): Promise<string[]> {
  const parent = dirname(dir);
  const others = readdirSync(parent).filter((name) => join(parent, name) !== dir && !name.includes('.partial-'));
  await Promise.all(others.map((name) => rm(join(parent, name), { recursive: true, force: true })));
  return others;
}

if (import.meta.main) {
  const dir = cmsBundleDir();
  if (!existsSync(join(dir, '.complete'))) await buildCmsBundle(dir);
  process.stdout.write(`${dir}\n`);
}
