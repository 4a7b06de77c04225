/**
 * Build benchmark: how the site's build scales with 1,000 news posts, compared with a bare
 * Astro project (only @astrojs/mdx) that builds the same posts in the same run. Comparing
 * against a bare build on the same machine makes the result independent of how fast the
 * machine is; the site may cost at most RATIO_LIMIT times the bare build. The site is measured
 * with its whole `npm run build` (Astro and the search index), from cold caches, as it runs after
 * `npm install`: the install has made the editors' CMS bundle (scripts/cms/bundle.ts, once per
 * CMS version), so the copy gets it made once too, timed and printed but not counted. Memory is
 * the sum over the build's process tree.
 *
 *   npm run bench:build              one untimed warm-up build each, then three builds each,
 *                                    every other run the site first; median wall time, highest
 *                                    peak memory
 *   npm run bench:build -- --runs=5  five builds each (--runs=1: one each, a quick look only)
 *   npm run bench:build -- --keep    keep the temporary projects and build logs to look into
 *
 * Both projects are built in temporary folders that are deleted at the end, so the real
 * project, its dist/ and its content cache stay untouched.
 *
 * Results: a table on stdout and bench-results/build.json. Exit code 1 if the ratio fails.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, buildEnv, pollPeakMemory, printTable, run, runsArgument, writeResults } from './lib.mjs';

/** How many synthetic posts each project builds. */
const POSTS = 1000;

/** The site's build may take at most this many times the bare build's time and memory. */
const RATIO_LIMIT = { wallTime: 1.5, peakRss: 1.5 };

/** A build that takes longer than this is stopped and counts as failed. */
const BUILD_TIMEOUT_MS = 10 * 60 * 1000;

/** Top-level entries of the repository that are not copied: dependencies, output, caches. */
const NOT_COPIED = new Set([
  'node_modules', 'dist', '.astro', '.data', 'bench-results', '.git', 'test-results', 'playwright-report',
]);

/**
 * Cache folders inside node_modules that Astro and Vite write to (node_modules/.astro holds
 * the content layer's data store). They are left out of the linked node_modules so that each
 * temporary build starts cold and never overwrites the real project's cache.
 */
const NODE_MODULES_CACHES = new Set(['.astro', '.vite', '.cache']);

const TIME_BIN = '/usr/bin/time';

/**
 * Three runs by default: on a shared 2-core machine single runs of the same code gave wall time
 * ratios from 1.2× to 1.8× within an hour; one run is a quick look, not a verdict.
 */
const runs = runsArgument(3);
const keep = process.argv.includes('--keep');

// --- Synthetic posts -------------------------------------------------------------------------

/** Seeded random numbers (mulberry32), so every run builds exactly the same posts. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** German words for filler sentences; the posts only need realistic length and structure. */
const WORDS = {
  subjects: [
    'Die Stadt', 'Die Polizei', 'Der Präventionsrat', 'Die Koordinierungsstelle', 'Das Ordnungsamt',
    'Die Bürgerpolizei', 'Der Stadtrat', 'Die Nachbarschaft', 'Das Team', 'Die Partnerschaft',
  ],
  verbs: [
    'prüft', 'plant', 'unterstützt', 'begleitet', 'verbessert', 'beobachtet', 'bespricht',
    'stärkt', 'erklärt', 'organisiert', 'untersucht', 'fördert',
  ],
  adjectives: [
    'neue', 'öffentliche', 'gemeinsame', 'kommunale', 'regelmäßige', 'sichere', 'hellere',
    'ruhige', 'zentrale', 'verlässliche',
  ],
  objects: [
    'Beleuchtung', 'Streife', 'Beratung', 'Befragung', 'Statistik', 'Sprechstunde', 'Maßnahme',
    'Sicherheitsanalyse', 'Prävention', 'Zusammenarbeit', 'Begehung', 'Veranstaltung',
  ],
  places: [
    'in der Altstadt', 'am Bahnhof', 'in Königshufen', 'an der Neiße', 'im Stadtpark',
    'in Rauschwalde', 'am Postplatz', 'in der Innenstadt', 'in Weinhübel', 'an den Schulen',
  ],
  times: [
    'seit dem Frühjahr', 'in diesem Jahr', 'im kommenden Monat', 'jede Woche', 'ab sofort',
    'bis zum Herbst', 'zweimal im Jahr',
  ],
};

const capitalize = (text) => text[0].toUpperCase() + text.slice(1);

/** Returns a function that writes post number `index` as { file, text }. */
function postWriter(next, { tags, issuers }) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const sentence = () =>
    `${pick(WORDS.subjects)} ${pick(WORDS.verbs)} ${pick(WORDS.times)} die ${pick(WORDS.adjectives)} ` +
    `${pick(WORDS.objects)} ${pick(WORDS.places)}.`;
  const paragraph = (count) => Array.from({ length: count }, sentence).join(' ');
  /** Joins sentences until the text is long enough, then cuts it back to `max`. */
  const textBetween = (min, max) => {
    let text = sentence();
    while (text.length < min) text += ` ${sentence()}`;
    return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}.`;
  };

  return (index) => {
    const number = String(index + 1).padStart(4, '0');
    const title = `${pick(WORDS.adjectives)} ${pick(WORDS.objects)} ${pick(WORDS.places)} (${number})`;
    const day = new Date(Date.UTC(2016, 0, 1) + index * 3 * 86_400_000); // all in the past
    const postTags = [...new Set([pick(tags), pick(tags)])];
    const frontmatter = [
      '---',
      `title: ${JSON.stringify(capitalize(title))}`,
      `summary: ${JSON.stringify(textBetween(60, 240))}`,
      `date: ${day.toISOString().slice(0, 10)}`,
      `issuer: ${issuers[index % issuers.length]}`,
      'tags:',
      ...postTags.map((tag) => `  - ${tag}`),
      '---',
    ];
    const body = [
      paragraph(4),
      paragraph(3),
      `## ${capitalize(`${pick(WORDS.adjectives)} ${pick(WORDS.objects)}`)}`,
      paragraph(3),
      Array.from({ length: 4 }, () => `- ${sentence()}`).join('\n'),
      paragraph(2),
    ];
    return { file: `bench-${number}.mdx`, text: `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n` };
  };
}

/** The allowed tags and issuers, read from the site's vocabulary so the posts stay valid. */
async function vocabulary() {
  try {
    const { newsTags, issuers } = await import(path.join(ROOT, 'src', 'data', 'vocabulary.ts'));
    return { tags: Object.keys(newsTags), issuers: Object.keys(issuers) };
  } catch {
    return { tags: ['statistik'], issuers: ['stadt', 'polizei', 'gemeinsam'] };
  }
}

async function writePosts(dir, posts) {
  await mkdir(dir, { recursive: true });
  await Promise.all(posts.map((post) => writeFile(path.join(dir, post.file), post.text)));
}

// --- The two projects ------------------------------------------------------------------------

/**
 * Links every package of the real node_modules into a fresh node_modules folder (instead of
 * linking the folder itself), leaving out the cache folders; see NODE_MODULES_CACHES.
 */
async function linkNodeModules(projectDir) {
  const target = path.join(projectDir, 'node_modules');
  await mkdir(target);
  for (const entry of await readdir(path.join(ROOT, 'node_modules'))) {
    if (!NODE_MODULES_CACHES.has(entry)) await symlink(path.join(ROOT, 'node_modules', entry), path.join(target, entry));
  }
}

async function createSiteCopy(dir, posts) {
  await cp(ROOT, dir, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(path.relative(ROOT, source).split(path.sep)[0]),
  });
  await linkNodeModules(dir);
  await writePosts(path.join(dir, 'src', 'content', 'news'), posts);
}

/** Where `npm install` leaves the CMS bundle (inside node_modules/.cache; see moveOutputAside). */
const CMS_BUNDLE_CACHE = 'cms-bundle';

/**
 * What `npm install` does in the site beyond installing packages: its postinstall script, which
 * makes the CMS bundle. Returns its wall time in seconds.
 */
async function runInstallStep(dir) {
  const { postinstall } = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')).scripts;
  const start = performance.now();
  const code = await run('sh', ['-c', postinstall], { cwd: dir, env: buildEnv(), stdio: ['ignore', 'ignore', 'inherit'] });
  if (code !== 0 || !existsSync(path.join(dir, 'node_modules', '.cache', CMS_BUNDLE_CACHE))) {
    throw new Error(`The site's postinstall script (\`${postinstall}\`) did not make the CMS bundle (exit ${code}).`);
  }
  return (performance.now() - start) / 1000;
}

/** The smallest Astro project that renders the same posts: MDX, one collection, two pages. */
const BARE_FILES = {
  'package.json': JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({ integrations: [mdx()] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const news = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './src/content/news' }),
  schema: z.object({
    title: z.string(),
    summary: z.string(),
    date: z.coerce.date(),
    issuer: z.string(),
    tags: z.array(z.string()),
  }),
});

export const collections = { news };
`,
  'src/pages/[slug].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const posts = await getCollection('news');
  return posts.map((post) => ({ params: { slug: post.id }, props: { post } }));
}

const { post } = Astro.props;
const { Content } = await render(post);
---
<html lang="de">
  <head><meta charset="utf-8" /><title>{post.data.title}</title></head>
  <body><h1>{post.data.title}</h1><Content /></body>
</html>
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';

const posts = await getCollection('news');
---
<html lang="de">
  <head><meta charset="utf-8" /><title>Meldungen</title></head>
  <body>
    <ul>{posts.map((post) => <li><a href={\`/\${post.id}/\`}>{post.data.title}</a></li>)}</ul>
  </body>
</html>
`,
};

async function createBareProject(dir, posts) {
  for (const [file, text] of Object.entries(BARE_FILES)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  await linkNodeModules(dir);
  await writePosts(path.join(dir, 'src', 'content', 'news'), posts);
}

// --- Measuring a build -----------------------------------------------------------------------

async function countHtml(dir) {
  if (!existsSync(dir)) return 0;
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((entry) => entry.endsWith('.html')).length;
}

/**
 * Runs a build command line (with node_modules/.bin on the PATH, as npm would) in a project as a
 * child process and measures wall time and peak memory.
 * Peak memory is the whole process tree's, polled from /proc (see pollPeakMemory); where
 * /usr/bin/time exists, it adds the CPU time of the build and its children.
 */
async function measureBuild(name, dir, commandLine) {
  const log = path.join(dir, 'build.log');
  const timeFile = path.join(dir, 'time.txt');
  const useTime = existsSync(TIME_BIN);
  const command = useTime ? TIME_BIN : 'sh';
  const args = [...(useTime ? ['-v', '-o', timeFile, 'sh'] : []), '-c', commandLine];
  const out = openSync(log, 'w');
  let stopPolling;
  let timeout;

  const start = performance.now();
  const code = await run(command, args, {
    cwd: dir,
    env: buildEnv(),
    stdio: ['ignore', out, out],
    onSpawn: (child) => {
      stopPolling = pollPeakMemory(child.pid);
      timeout = setTimeout(() => child.kill('SIGTERM'), BUILD_TIMEOUT_MS);
    },
  });
  const wallMs = performance.now() - start;
  clearTimeout(timeout);
  closeSync(out);

  const peakKb = stopPolling?.() ?? 0;
  let cpuSeconds; // only known with /usr/bin/time
  if (useTime) {
    const report = await readFile(timeFile, 'utf8').catch(() => '');
    const field = (label) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(report)?.[1] ?? 0);
    cpuSeconds = field('User time \\(seconds\\)') + field('System time \\(seconds\\)');
  }
  if (code !== 0) {
    const tail = (await readFile(log, 'utf8')).split('\n').slice(-30).join('\n');
    throw new Error(`The ${name} build failed (exit ${code}). Last lines of its log:\n${tail}`);
  }
  return {
    build: name,
    command: commandLine,
    wallSeconds: wallMs / 1000,
    peakRssMb: peakKb / 1024,
    cpuSeconds,
    pages: await countHtml(path.join(dir, 'dist')),
    memorySource: 'the sum of VmRSS over the build\'s process tree, polled every 50 ms',
  };
}

// --- Main ------------------------------------------------------------------------------------

const tempDirs = [];
function cleanUp() {
  if (keep) {
    const kept = tempDirs.filter((dir) => existsSync(dir));
    if (kept.length) console.log(`Kept (--keep): ${kept.join(', ')}; each project has build.log.`);
    return;
  }
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}
// Ctrl+C or a kill should not leave 2,000 posts behind in the temp folder.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

/**
 * What a build writes into its project: output and caches. Of node_modules/.cache, everything but
 * the CMS bundle, which the install made (runInstallStep).
 */
function buildOutput(dir) {
  const cache = path.join('node_modules', '.cache');
  const cached = existsSync(path.join(dir, cache)) ? readdirSync(path.join(dir, cache)) : [];
  return [
    'dist', '.astro', 'node_modules/.astro', 'node_modules/.vite',
    ...cached.filter((entry) => entry !== CMS_BUNDLE_CACHE).map((entry) => path.join(cache, entry)),
  ];
}

/**
 * Moves the last run's output and caches out of the project (into <project>.previous/, which
 * main() registers for deletion at the end), so the next run starts cold as from a fresh clone.
 * They are not deleted here: on a file system that avoids reusing recently freed inodes for a
 * while (ext4 without a journal, as on these machines), each new file would then be searched
 * past the thousands just freed – a cost a fresh clone never pays. Deleting right before each build
 * cost the site's build 1.8 s of CPU time in that search and the bare build 0.5 s (measured
 * with perf), because the site writes 2.7 times as many files (pages, search index, CMS).
 */
function moveOutputAside(dir, run) {
  const aside = path.join(`${dir}.previous`, `run-${run}`);
  for (const folder of buildOutput(dir)) {
    if (!existsSync(path.join(dir, folder))) continue;
    mkdirSync(path.dirname(path.join(aside, folder)), { recursive: true });
    renameSync(path.join(dir, folder), path.join(aside, folder));
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

async function main() {
  const write = postWriter(random(2026), await vocabulary());
  const posts = Array.from({ length: POSTS }, (_, i) => write(i));

  const siteDir = await mkdtemp(path.join(os.tmpdir(), 'bench-site-'));
  tempDirs.push(siteDir, `${siteDir}.previous`);
  const bareDir = await mkdtemp(path.join(os.tmpdir(), 'bench-bare-'));
  tempDirs.push(bareDir, `${bareDir}.previous`);
  await createSiteCopy(siteDir, posts);
  await createBareProject(bareDir, posts);
  const installSeconds = await runInstallStep(siteDir);
  const commands = { site: JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')).scripts.build, bare: 'astro build' };
  /** One build of a project from cold caches (the last run's output moved aside), its time printed. */
  const buildOnce = async (label, name, dir, run) => {
    moveOutputAside(dir, run);
    process.stdout.write(`${label}: building ${name} … `);
    const result = await measureBuild(name, dir, commands[name]);
    console.log(`${result.wallSeconds.toFixed(1)} s`);
    // The bundle belongs to the install; a build that makes it again would be measured with it.
    if (name === 'site' && /building the CMS bundle/.test(await readFile(path.join(dir, 'build.log'), 'utf8'))) {
      throw new Error('The site build made the CMS bundle again instead of using the one the install step made; see its build.log (--keep).');
    }
    return result;
  };
  console.log(`${POSTS} synthetic posts written to a site copy and a bare Astro project in ${os.tmpdir()}.`);
  console.log(`Install step of the site copy (npm install's postinstall, not counted): CMS bundle made in ${installSeconds.toFixed(1)} s.`);

  // One untimed build of each first. The first build after the projects are written would
  // otherwise pay alone for what every later build finds done: the new files still being
  // written to disk and the shared packages (Astro, Vite, Rolldown) being read into the page
  // cache. Run 1 always builds the bare project first, so that cost fell on the bare build
  // (15.4 s against 11.9 and 9.9 s in its later runs) and made the site look better than it is.
  execFileSync('sync');
  for (const [name, dir] of [['bare', bareDir], ['site', siteDir]]) await buildOnce('Warm-up (not counted)', name, dir, 0);

  // The site runs its whole `npm run build` (Astro, then the search index); the bare project
  // only `astro build`. Both start cold (no content cache; the site with the CMS bundle its
  // install made); with several runs the dist/ and cache folders are moved aside between runs so
  // every run does the same work.
  const results = { bare: [], site: [] };
  for (let i = 1; i <= runs; i++) {
    // Every other run builds the site first: whatever the machine does during a run (caches
    // filling, other work starting) then weighs on both builds alike.
    const order = i % 2 === 1 ? [['bare', bareDir], ['site', siteDir]] : [['site', siteDir], ['bare', bareDir]];
    for (const [name, dir] of order) results[name].push(await buildOnce(`Run ${i}/${runs}`, name, dir, i));
  }

  const summary = Object.entries(results).map(([name, list]) => ({
    build: name,
    wallSeconds: median(list.map((r) => r.wallSeconds)),
    peakRssMb: Math.max(...list.map((r) => r.peakRssMb)),
    cpuSeconds: list[0].cpuSeconds === undefined ? undefined : median(list.map((r) => r.cpuSeconds)),
    pages: list[0].pages,
  }));
  const [bare, site] = summary;
  const ratio = {
    wallTime: site.wallSeconds / bare.wallSeconds,
    peakRss: site.peakRssMb / bare.peakRssMb,
  };
  const pass = ratio.wallTime <= RATIO_LIMIT.wallTime && ratio.peakRss <= RATIO_LIMIT.peakRss;

  console.log('');
  printTable(
    [
      ['build', (r) => r.build, 'l'],
      ['wall time s', (r) => r.wallSeconds.toFixed(1)],
      ['peak RSS MB', (r) => r.peakRssMb.toFixed(0)],
      ['pages', (r) => r.pages],
      // CPU time (user + system) is less affected than wall time by other work on the machine.
      ['CPU s', (r) => r.cpuSeconds?.toFixed(1) ?? '—'],
    ],
    summary,
  );
  console.log(
    runs === 1
      ? 'Single run per build (after the warm-up): a quick look only. Wall times vary a lot when the machine is busy; the default of three runs decides.'
      : `${runs} runs per build: median wall time, highest peak memory. Wall time ratio of each run: ` +
          results.site.map((r, i) => `${(r.wallSeconds / results.bare[i].wallSeconds).toFixed(2)}×`).join(', ') + '.',
  );
  console.log(`Commands: site \`${results.site[0].command}\` (npm run build), bare \`${results.bare[0].command}\`.`);
  console.log(`Peak memory from ${results.site[0].memorySource}; ${os.cpus().length} CPUs, Node ${process.version}.`);
  console.log(
    `Ratio site/bare: wall time ${ratio.wallTime.toFixed(2)}× (limit ${RATIO_LIMIT.wallTime}×), ` +
      `peak RSS ${ratio.peakRss.toFixed(2)}× (limit ${RATIO_LIMIT.peakRss}×) — ${pass ? 'PASS' : 'FAIL'}`,
  );

  if (site.cpuSeconds && bare.cpuSeconds) {
    const load = os.loadavg()[0].toFixed(1);
    console.log(
      `For reference (no budget): CPU time ratio ${(site.cpuSeconds / bare.cpuSeconds).toFixed(2)}×; ` +
        `load average now ${load} on ${os.cpus().length} CPUs (other work makes wall times noisy).`,
    );
  }

  const file = await writeResults('build.json', {
    loadAverage: os.loadavg(),
    installStepSeconds: installSeconds,
    generatedAt: new Date().toISOString(),
    posts: POSTS,
    runs,
    node: process.version,
    cpus: os.cpus().length,
    memorySource: results.site[0].memorySource,
    results: summary,
    allRuns: results,
    ratio,
    limit: RATIO_LIMIT,
    pass,
  });
  console.log(`Results written to ${path.relative(ROOT, file)}.`);
  if (!pass) process.exitCode = 1;
}

try {
  await main();
} catch (error) {
  console.error(error.message ?? error);
  process.exitCode = 2;
} finally {
  cleanUp();
}
