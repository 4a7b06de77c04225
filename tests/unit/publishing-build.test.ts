/**
 * A production build leaves drafts and posts dated in the future out of everything it
 * publishes: the pages, the sitemap, the RSS feed and the search index. The test builds a
 * temporary copy of the project with three extra posts (published, draft, dated tomorrow), so
 * the real project, its dist/ and its content cache stay untouched.
 *
 * The development server of the same copy shows both, marked as drafts where they are drafts.
 *
 * The build and indexing take 10 to 30 s on two cores, hence the long timeout of the setup.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Top-level entries not copied: dependencies, output, caches and local data. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', '.data', '.git', 'bench-results', 'test-results', 'playwright-report']);

/**
 * Cache folders inside node_modules (node_modules/.astro holds the content layer's data
 * store). Linking packages one by one and leaving these out keeps the copy's build from
 * reading or overwriting the real project's cache.
 */
const NODE_MODULES_CACHES = new Set(['.astro', '.vite', '.cache']);

/** A day relative to today, as YYYY-MM-DD (UTC, as the build compares dates). */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The three test posts; each word in `marker` occurs nowhere else on the site. */
const POSTS = {
  published: { slug: 'testmeldung-veroeffentlicht', marker: 'Quokkaveroeffentlicht', date: day(-1), draft: false },
  draft: { slug: 'testmeldung-entwurf', marker: 'Quokkaentwurf', date: day(-1), draft: true },
  future: { slug: 'testmeldung-morgen', marker: 'Quokkamorgen', date: day(1), draft: false },
};

function post({ marker, date, draft }: (typeof POSTS)[keyof typeof POSTS]) {
  return `---
title: "Testmeldung ${marker}"
summary: "Diese Meldung prüft die Veröffentlichungsregeln des Builds: ${marker}."
date: ${date}
issuer: gemeinsam
tags: [partnerschaft]
draft: ${draft}
---

Der Text der Meldung enthält das Kennwort ${marker}.
`;
}

let site: string;
/** What the production build printed. */
let buildLog = '';

/**
 * Variables the test runner sets for its own code (MODE=test, NODE_ENV=test, DEV=1, …); the
 * build must not see the runner's MODE, which alone would hide drafts.
 */
const RUNNER_VARIABLES = new Set(['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST']);

/**
 * The environment of the build: a deploy's, plus NODE_ENV=test and DEV=1 as a careless CI job
 * might set them. Either makes Astro report DEV as true in a build, so drafts must stay out
 * even then (see src/content-queries.ts).
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !RUNNER_VARIABLES.has(name) && !name.startsWith('VITEST')),
  );
  return {
    ...env,
    NODE_ENV: 'test',
    DEV: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: 'https://sicherheitspartnerschaft.example',
    PATH: `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
  };
}

/** Runs a command in the copy, fails with its output if it does not succeed, else returns the output. */
function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { cwd: site, encoding: 'utf8', env: buildEnv() });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`.slice(-4000));
  }
  return `${result.stdout}\n${result.stderr}`;
}

/** Asserts which markers a text contains, without printing the whole text on failure. */
function expectMarkers(text: string, where: string) {
  expect(text.includes(POSTS.published.marker) || text.includes(POSTS.published.slug), `published post in ${where}`).toBe(true);
  for (const kind of ['draft', 'future'] as const) {
    const { marker, slug } = POSTS[kind];
    expect(text.includes(marker) || text.includes(slug), `${kind} post in ${where}`).toBe(false);
  }
}

/** Every file below `dir`, as paths relative to it. */
const filesIn = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' });

/** All text the search index holds: Pagefind's fragments are gzip-compressed JSON. */
function searchIndexText(): string {
  const fragments = path.join(site, 'dist', 'pagefind', 'fragment');
  return readdirSync(fragments)
    .map((file) => gunzipSync(readFileSync(path.join(fragments, file))).toString('utf8'))
    .join('\n');
}

beforeAll(() => {
  site = mkdtempSync(path.join(os.tmpdir(), 'publishing-build-'));
  cpSync(ROOT, site, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(path.relative(ROOT, source).split(path.sep)[0] ?? ''),
  });
  mkdirSync(path.join(site, 'node_modules'));
  for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (!NODE_MODULES_CACHES.has(entry)) symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(site, 'node_modules', entry));
  }
  for (const entry of Object.values(POSTS)) {
    writeFileSync(path.join(site, 'src', 'content', 'news', `${entry.slug}.mdx`), post(entry));
  }
  // The build writes the search index itself (src/integrations/search-index.ts).
  buildLog = run(process.execPath, [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
}, 5 * 60_000);

let devServer: ChildProcess | undefined;

afterAll(() => {
  devServer?.kill();
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('production build', () => {
  it('prints no warning, so that a real one stands out in an editor\'s build log', () => {
    // Colour codes removed; Astro and Vite mark warnings with [WARN].
    const warnings = stripVTControlCharacters(buildLog).split('\n').filter((line) => line.includes('[WARN]'));
    expect(warnings).toEqual([]);
  });

  it('builds the published post and no page of the draft or the future post', () => {
    const dist = path.join(site, 'dist');
    expect(existsSync(path.join(dist, 'aktuelles', POSTS.published.slug, 'index.html'))).toBe(true);
    expect(existsSync(path.join(dist, 'aktuelles', POSTS.draft.slug))).toBe(false);
    expect(existsSync(path.join(dist, 'aktuelles', POSTS.future.slug))).toBe(false);
  });

  it('mentions neither in any page: lists, topics, archive, start page', () => {
    const dist = path.join(site, 'dist');
    const html = filesIn(dist)
      .filter((file) => file.endsWith('.html'))
      .map((file) => readFileSync(path.join(dist, file), 'utf8'))
      .join('\n');
    expectMarkers(html, 'the pages');
  });

  it('leaves both out of the sitemap', () => {
    const dist = path.join(site, 'dist');
    const sitemaps = filesIn(dist)
      .filter((file) => /^sitemap-\d+\.xml$/.test(file))
      .map((file) => readFileSync(path.join(dist, file), 'utf8'))
      .join('\n');
    expectMarkers(sitemaps, 'the sitemap');
  });

  it('leaves both out of the RSS feed', () => {
    const rss = readFileSync(path.join(site, 'dist', 'aktuelles', 'rss.xml'), 'utf8');
    expectMarkers(rss, 'the RSS feed');
  });

  it('leaves both out of the search index', () => {
    const index = searchIndexText();
    expectMarkers(index, 'the search index');
    expect(index.includes(POSTS.published.marker), 'text of the published post in the search index').toBe(true);
  });
});

describe('development server', () => {
  // A port apart from the usual 4321, so a running `npm start` does not answer instead.
  const port = 4400 + Math.floor(Math.random() * 500);
  const base = `http://127.0.0.1:${port}`;

  /** The page at `path`, once the server answers (it needs a few seconds to start). */
  async function page(path: string): Promise<{ status: number; html: string }> {
    const deadline = Date.now() + 90_000;
    for (;;) {
      try {
        const response = await fetch(base + path);
        return { status: response.status, html: await response.text() };
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  beforeAll(() => {
    const { NODE_ENV: _, DEV: __, ...env } = buildEnv();
    devServer = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: site,
      env,
      stdio: 'ignore',
    });
  });

  it('shows the draft and the future post, the draft marked as such on its page and in the list', async () => {
    const draft = await page(`/aktuelles/${POSTS.draft.slug}/`);
    expect(draft.status).toBe(200);
    expect(draft.html).toContain('Entwurf – wird nicht veröffentlicht');
    const future = await page(`/aktuelles/${POSTS.future.slug}/`);
    expect(future.status).toBe(200);

    const list = (await page('/aktuelles/')).html;
    expect(list).toContain(POSTS.draft.marker);
    expect(list).toContain(POSTS.future.marker);
    const draftCard = list.slice(0, list.indexOf(POSTS.draft.marker)).split('<article').at(-1) ?? '';
    expect(draftCard, 'draft badge in the list card').toContain('Entwurf – wird nicht veröffentlicht');
  }, 120_000);
});
