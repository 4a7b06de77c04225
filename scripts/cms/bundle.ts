// The CMS bundle for /admin/, built once per CMS version (and entry) into node_modules/.cache and
// reused by every later build. The npm package of Sveltia CMS is already compiled; it only needs
// its imports of other packages (code highlighting, maps, image tools) and of its locale files
// turned into files the browser can load from our own origin, next to its fonts, icons and
// WebAssembly files. That takes a second or two (buildCmsBundle).
//
// `npm install` and `npm ci` make it right after installing (the postinstall script), like any
// other file made from an installed package: it depends on nothing but the CMS version and the
// three files in `sources`. A build or development server that finds no bundle for the current
// version (an install with --ignore-scripts, a changed entry) makes it itself, in a process of
// its own that ends when the bundle is done (esbuild's service would otherwise stay alive,
// holding its memory), started as the site build starts and finished long before the build's
// memory peaks with the pages, so the two never add up to the build's peak.
//   node scripts/cms/bundle.ts    builds the bundle now (if it is not there)
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { init as initImportLexer, parse as parseImports } from 'es-module-lexer';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');
const sources = ['scripts/cms/entry.ts', 'scripts/cms/prefs.ts', 'scripts/cms/bundle.ts'].map((file) => join(root, file));
const cmsPackage = join(root, 'node_modules/@sveltia/cms');
/** The package's compiled CMS: npm/index.js, its chunks and assets. */
const compiledCms = join(cmsPackage, 'npm');

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
  const started = performance.now();
  await new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [import.meta.filename], { stdio: ['ignore', 'ignore', 'inherit'] });
    // The lowest priority: the build that waits for it has its own work for every core meanwhile,
    // and the bundle is needed only at the very end. It still finishes long before (it needs about
    // 1.5 s of CPU; Astro leaves part of a core idle through most of its build). Against 10 before,
    // 6 interleaved pairs of 1,000-post builds on a busy 2-core machine: 4 faster, 0.8 s less on
    // average, most of it in content sync, where the two competed.
    if (child.pid) setPriority(child.pid, 19);
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`Building the CMS bundle failed (exit code ${code}); run \`node scripts/cms/bundle.ts\` to see why.`))));
  });
  log(`CMS bundle built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
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
function cdnFontsToLocalCopies(code: string): string {
  const assets = readdirSync(join(compiledCms, 'assets'));
  const cdnFont = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;
  const local = code.replace(cdnFont, (url, family: string, variant: string) => {
    const copy = assets.find((file) => file.startsWith(`${family}-${variant}-`) && file.endsWith('.woff2'));
    if (!copy) throw new Error(`The CMS names the font ${url}, but the package has no copy of it in npm/assets/.`);
    return `${servedAt}assets/${copy}`;
  });
  if (/cdn\.jsdelivr\.net/.test(local)) throw new Error('The CMS still names cdn.jsdelivr.net after its fonts were pointed at the shipped copies.');
  return local;
}

/** A compiled file without its source map comment (the maps are not shipped). */
const withoutSourceMap = (code: string) => code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');

/**
 * The CMS's main module with each import of another package pointed at deps/ and each import of
 * a locale file at locales/ (as a module: browsers load JSON only with an import attribute).
 * Returns the module and what it imports; anything else it imports stops the bundling, so a new
 * CMS version with a different layout cannot ship half-working.
 */
function pointImportsHere(code: string): { code: string; packages: Map<string, string>; locales: string[]; copied: { file: string; folder: string }[] } {
  const packages = new Map<string, string>(); // specifier → file name in deps/
  const locales: string[] = [];
  const copied: { file: string; folder: string }[] = []; // modules copied as they are (copiedModules)
  const rewritten = pointImports(code, ({ n: specifier }) => {
    // import.meta, an import() of a computed name, or one of the package's own chunks: as it is.
    if (specifier === undefined || specifier.startsWith('./chunks/')) return undefined;
    let target: string;
    if (/^\.\.\/locales\/[\w-]+\.json$/.test(specifier)) {
      const file = specifier.slice('../locales/'.length);
      locales.push(file);
      target = `./locales/${file}.js`;
    } else if (copiedPackage.test(specifier)) {
      const module = { file: resolveFromCms(specifier), folder: specifier.split('/').slice(0, 2).join('-').replace(/^@/, '') };
      copied.push(module);
      target = `./deps/${copyName(module)}`;
    } else if (/^[@\w]/.test(specifier)) {
      const name = specifier.replace(/[^\w]+/g, '-');
      packages.set(specifier, name);
      target = `./deps/${name}.js`;
    } else {
      throw new Error(`The CMS imports "${specifier}", which scripts/cms/bundle.ts does not know where to put.`);
    }
    return target;
  });
  return { code: rewritten, packages, locales, copied };
}

/** `code` with each import that `targetOf` names a new target for pointed there. */
function pointImports(code: string, targetOf: (entry: ReturnType<typeof parseImports>[0][number]) => string | undefined): string {
  let rewritten = '';
  let from = 0;
  for (const entry of parseImports(code)[0]) {
    const target = targetOf(entry);
    if (target === undefined) continue;
    // A dynamic import's range holds the quoted name, a static import's only the name.
    rewritten += code.slice(from, entry.s) + (entry.d > -1 ? JSON.stringify(target) : target);
    from = entry.e;
  }
  return rewritten + code.slice(from);
}

/**
 * Code highlighting's 242 language grammars and its two themes are plain modules that import
 * nothing but each other: they are copied as they are, each package's modules into a folder of
 * their own and renamed to .js (a web server may not know .mjs as JavaScript). esbuild read and
 * wrote their 10 MB of JSON text again: the bundle took 1.8–1.9 s of CPU time, now 1.55–1.65 s.
 */
const copiedPackage = /^@shikijs\/(langs|themes)\/[\w.-]+$/;

/** A package's file as the CMS's own import of it finds it (the CMS may carry its own version). */
const resolveFromCms = createRequire(join(compiledCms, 'index.js')).resolve;

/** Where in deps/ a copied module goes: its package's folder, its own name with .js. */
const copyName = (module: { file: string; folder: string }) => `${module.folder}/${basename(module.file).replace(/\.m?js$/, '')}.js`;

/**
 * The `modules` and every module they import, as file name in deps/ → code with its imports
 * pointed at the copies. Anything but a relative import of a module in the same folder stops the
 * bundling.
 */
export async function copiedModules(modules: { file: string; folder: string }[]): Promise<Map<string, string>> {
  await initImportLexer;
  const files = new Map<string, string>();
  const visit = async (path: string, folder: string): Promise<void> => {
    const name = copyName({ file: path, folder });
    if (files.has(name)) return;
    files.set(name, ''); // claimed, so a module imported twice is read once
    const code = withoutSourceMap(await readFile(path, 'utf8'));
    const imported: string[] = [];
    const rewritten = pointImports(code, (entry) => {
      if (entry.n === undefined || !/^\.\/[\w.-]+\.m?js$/.test(entry.n)) {
        throw new Error(`${path} imports "${entry.n ?? code.slice(entry.s, entry.e)}"; scripts/cms/bundle.ts copies only modules that import their neighbours.`);
      }
      imported.push(join(dirname(path), entry.n));
      return `./${basename(entry.n).replace(/\.m?js$/, '')}.js`;
    });
    files.set(name, rewritten);
    await Promise.all(imported.map((file) => visit(file, folder)));
  };
  await Promise.all(modules.map((module) => visit(module.file, module.folder)));
  return files;
}

/**
 * Builds the bundle in this process. It is built into a folder of its own and renamed into
 * place when complete, so two builds running at once never see (or write into) a half-done one.
 *
 * The folder mirrors the package's npm/ folder (index.js, chunks/, assets/), so the CMS finds its
 * chunks, fonts and WebAssembly files where it expects them, plus deps/ (the other packages it
 * imports), locales/ and our cms.js and prefs.js. The compiled CMS is copied, not bundled again:
 * esbuild re-reading its 4 MB took about 1.8 s of every cold build. esbuild now bundles only the
 * seven packages it imports besides code highlighting (about 0.3 s).
 */
async function buildCmsBundle(dir: string): Promise<void> {
  const partial = `${dir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await initImportLexer;
  const main = pointImportsHere(withoutSourceMap(cdnFontsToLocalCopies(await readFile(join(compiledCms, 'index.js'), 'utf8'))));
  const chunks = (await readdir(join(compiledCms, 'chunks'))).filter((file) => file.endsWith('.js'));
  // The package's chunks import only each other; checked, as for the main module.
  const chunkCode = await Promise.all(chunks.map(async (file) => withoutSourceMap(await readFile(join(compiledCms, 'chunks', file), 'utf8'))));
  for (const [i, code] of chunkCode.entries()) {
    const foreign = parseImports(code)[0].find((entry) => entry.n !== undefined && !entry.n.startsWith('./'));
    if (foreign) throw new Error(`The CMS chunk ${chunks[i]} imports "${foreign.n}", which scripts/cms/bundle.ts does not know where to put.`);
  }

  const [copies] = await Promise.all([
    copiedModules(main.copied),
    // The other packages: maps, image tools, editor helpers.
    build({
      absWorkingDir: compiledCms,
      entryPoints: Object.fromEntries([...main.packages].map(([specifier, name]) => [name, specifier])),
      bundle: true,
      format: 'esm',
      splitting: true,
      target: 'es2022',
      outdir: join(partial, 'deps'),
      chunkNames: 'shared/[name]-[hash]',
      logLevel: 'warning',
    }),
    // cms.js imports prefs.js, then the CMS, as separate modules: modules run in import order,
    // so the German preference is in place before the CMS's code runs (prefs.ts).
    build({
      absWorkingDir: root,
      entryPoints: { cms: join(root, 'scripts/cms/entry.ts'), prefs: join(root, 'scripts/cms/prefs.ts') },
      bundle: true,
      format: 'esm',
      target: 'es2022',
      outdir: partial,
      logLevel: 'warning',
      plugins: [
        {
          name: 'cms-entry-imports',
          setup(bundler) {
            bundler.onResolve({ filter: /^@sveltia\/cms$/ }, () => ({ path: './index.js', external: true }));
            bundler.onResolve({ filter: /^\.\/prefs\.ts$/ }, () => ({ path: './prefs.js', external: true }));
          },
        },
      ],
    }),
  ]);
  await mkdir(join(partial, 'chunks'), { recursive: true });
  await mkdir(join(partial, 'locales'), { recursive: true });
  await Promise.all([...new Set([...copies.keys()].map((file) => dirname(file)))].map((folder) => mkdir(join(partial, 'deps', folder), { recursive: true })));
  await Promise.all([
    ...[...copies].map(([file, code]) => writeFile(join(partial, 'deps', file), code)),
    writeFile(join(partial, 'index.js'), main.code),
    ...chunks.map((file, i) => writeFile(join(partial, 'chunks', file), chunkCode[i])),
    ...main.locales.map(async (file) =>
      writeFile(join(partial, 'locales', `${file}.js`), `export default ${await readFile(join(cmsPackage, 'locales', file), 'utf8')};\n`),
    ),
    // The CMS's MIT licence travels with it (its dependencies' licence comments stay in deps/).
    copyFile(join(cmsPackage, 'LICENSE.txt'), join(partial, 'LICENSE.txt')),
    copyFolder(join(compiledCms, 'assets'), join(partial, 'assets'), (file) => !file.endsWith('.map')),
  ]);
  await writeFile(join(partial, '.complete'), '');
  if (existsSync(join(dir, '.complete'))) {
    await rm(partial, { recursive: true, force: true }); // another build finished first
  } else {
    await rm(dir, { recursive: true, force: true }); // leftovers of an interrupted older layout
    await rename(partial, dir);
  }
  await removeOtherBundles(dir);
}

/** Puts one file in place: `to` gets the content of `from`. */
type PlaceFile = (from: string, to: string) => Promise<void>;

/**
 * Puts a folder with all its files in place, every file at once: for the bundle's ~320 files
 * about a quarter of the time `fs.cp` takes, which visits them one after another. `keep` leaves
 * out the files (by path) it returns false for.
 */
async function placeFolder(from: string, to: string, keep: (path: string) => boolean, place: PlaceFile): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).filter(keep);
  const folders = new Set([to, ...files.map((file) => dirname(join(to, relative(from, file))))]);
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all(files.map((file) => place(file, join(to, relative(from, file)))));
}

/** Copies a folder with all its files (see placeFolder). */
export function copyFolder(from: string, to: string, keep: (path: string) => boolean = () => true): Promise<void> {
  return placeFolder(from, to, keep, copyFile);
}

/**
 * Puts a folder's files into another as hard links: one more name for each file, no copy of its
 * content. The build puts the CMS bundle's 320 files into dist/ this way: about 0.03 s of CPU
 * time instead of 0.25 s for copies, on every build. Where a link is refused (another disk, a
 * file system without links, a file already there), that file is copied. Nothing may change
 * these files in place afterwards – the cached bundle would change with them; the next build
 * deletes dist/, which removes only the links.
 */
export function linkFolder(from: string, to: string, keep: (path: string) => boolean = () => true): Promise<void> {
  return placeFolder(from, to, keep, (file, target) => link(file, target).catch(() => copyFile(file, target)));
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
  const started = performance.now();
  const built = !existsSync(join(dir, '.complete'));
  if (built) await buildCmsBundle(dir);
  const how = built ? `built in ${((performance.now() - started) / 1000).toFixed(1)} s` : 'already there';
  process.stdout.write(`CMS bundle for /admin/ ${how}: ${relative(process.cwd(), dir) || dir}\n`);
}
