/**
 * Page-weight benchmark: what a first-time visitor downloads per page type of the production
 * build, checked against the budgets from the issues.
 *
 *   npm run bench:pages            measure dist/ (builds first if dist/ is missing)
 *   npm run bench:pages -- --build build first, then measure
 *
 * Builds made here are preview builds (SURVEY_PREVIEW=1): the survey form only exists while a
 * wave is open, and a preview build shows the site as it is during an open wave. A production
 * build made outside a wave has no form; its row then says so instead of measuring a notice.
 *
 * Each page is opened in headless Chromium from a small static server, and every response the
 * browser really requests is recorded. Reading files from dist/ instead would count every font
 * face and script chunk, not the ones a page actually loads. The bodies are then compressed
 * here (gzip -9, brotli -q 11) the way a static host serves pre-compressed files; fonts and
 * images are counted as they are, because they are already compressed.
 *
 * Results: a table on stdout and bench-results/pages.json. Exit code 1 if a budget fails.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { KB, ROOT, buildEnv, compressedSizes, kb, printTable, run, writeResults } from './lib.mjs';

const DIST = path.join(ROOT, 'dist');

/**
 * The page types to measure. `path` is a URL or a function that finds one in dist/ (for pages
 * whose slug depends on the content). A type whose page does not exist is skipped with a note,
 * so types the site does not have yet can already be listed here.
 */
const PAGE_TYPES = [
  { type: 'start', path: '/' },
  { type: 'news list', path: '/aktuelles/' },
  { type: 'news article', path: firstSubpage('aktuelles', ['seite', 'thema', 'archiv']) },
  { type: 'tip', path: firstSubpage('praevention', ['seite', 'thema', 'zielgruppe']) },
  { type: 'measure', path: firstSubpage('massnahmen', ['seite', 'thema']) },
  { type: 'partnership', path: '/partnerschaft/' },
  { type: 'legal', path: '/impressum/' },
  { type: 'contact', path: '/kontakt/' },
  { type: 'search', path: '/suche/' },
  { type: 'chart', path: '/zahlen/' },
  { type: 'survey start', path: '/befragung/' },
  // Measured before sending: supabase-js is loaded only when the resident sends.
  { type: 'survey form', path: '/befragung/teilnehmen/', needs: 'app-survey-form' },
  { type: 'paper questionnaire', path: '/befragung/papier/' },
];

/** Content pages: text and lists that must work without any script. */
const CONTENT_PAGES = [
  'start', 'news list', 'news article', 'tip', 'measure', 'partnership', 'legal', 'contact',
  'survey start', 'paper questionnaire',
];

/**
 * The budgets from the issues. Each applies to the listed page types, reads one number from
 * a measured row and passes if it is at most `max` bytes. A budget whose page types are not
 * built yet simply never applies.
 */
const BUDGETS = {
  noJavaScript: {
    label: 'no JavaScript',
    pageTypes: CONTENT_PAGES,
    value: (row) => row.js.raw,
    max: 0,
  },
  newsArticleFirstView: {
    label: 'news article first view (brotli)',
    pageTypes: ['news article'],
    value: (row) => row.total.brotli,
    max: 150 * KB,
  },
  surveyJavaScript: {
    label: 'survey JS before sending (gzip)',
    pageTypes: ['survey form'],
    value: (row) => row.js.gzip,
    max: 30 * KB,
  },
  chartJavaScript: {
    // Measured at the top of the page in a 1280×800 window, i.e. before scrolling to a chart.
    label: 'chart page JS before a chart is in view (gzip)',
    pageTypes: ['chart'],
    value: (row) => row.js.gzip,
    max: 10 * KB,
  },
};

/** The page type whose resources are listed one by one. */
const BREAKDOWN_TYPE = 'news article';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];

/** Content types by file extension, as a static host sends them. */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** Text formats a static host compresses; everything else (fonts, images) goes out as is. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml|wasm)|image\/svg\+xml)/;

/** Returns a finder for the first page below /<section>/ (alphabetically), skipping `exclude`. */
function firstSubpage(section, exclude = []) {
  const find = () => {
    const dir = path.join(DIST, section);
    if (!existsSync(dir)) return undefined;
    const slug = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !exclude.includes(entry.name))
      .map((entry) => entry.name)
      .sort()
      .find((name) => existsSync(path.join(dir, name, 'index.html')));
    return slug && `/${section}/${slug}/`;
  };
  find.pattern = `/${section}/<slug>/`;
  return find;
}

/** True if dist/ has the page for a URL path like /kontakt/. */
function pageExists(urlPath) {
  return existsSync(builtFile(urlPath));
}

/** The built HTML file of a page. */
function builtFile(urlPath) {
  return path.join(DIST, decodeURIComponent(urlPath), 'index.html');
}

/**
 * A minimal static file server for dist/: directory index.html, a redirect to the trailing
 * slash like static hosts do, 404.html for missing files. No compression: the script
 * compresses the bodies itself so the numbers do not depend on this server.
 */
function startServer() {
  const server = http.createServer(async (req, res) => {
    try {
      const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = path.join(DIST, urlPath);
      if (!file.startsWith(DIST)) throw Object.assign(new Error('outside dist'), { status: 403 });
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!urlPath.endsWith('/')) {
          res.writeHead(301, { location: `${urlPath}/` }).end();
          return;
        }
        file = path.join(file, 'index.html');
      }
      const body = await readFile(file);
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'content-length': body.length }).end(body);
    } catch (error) {
      const status = error.status ?? 404;
      const notFound = await readFile(path.join(DIST, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
    }
  });
  return new Promise((resolve) => {
    // Port 0: the system picks a free port.
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Sorts a response into the columns of the table. */
function category(resourceType, contentType, isMainDocument) {
  if (isMainDocument) return 'html';
  if (resourceType === 'stylesheet' || contentType.startsWith('text/css')) return 'css';
  if (resourceType === 'font' || contentType.startsWith('font/')) return 'fonts';
  if (resourceType === 'script' || contentType.includes('javascript')) return 'js';
  return 'other';
}

/**
 * JavaScript that comes inside the HTML: inline <script> elements of a script type (not JSON
 * data) and event-handler attributes. It costs no request but still counts as shipped JS.
 */
function collectInlineScripts() {
  const scriptTypes = ['', 'text/javascript', 'application/javascript', 'module'];
  const scripts = [...document.querySelectorAll('script:not([src])')]
    .filter((script) => scriptTypes.includes(script.type.trim().toLowerCase()))
    .map((script) => script.textContent ?? '');
  const handlers = [];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) handlers.push(attribute.value);
    }
  }
  return { scripts, handlers };
}

/** Opens one page with an empty cache and returns every response with its sizes. */
async function measurePage(browser, baseUrl, urlPath) {
  // A fresh context per page: empty cache, so this is what a first-time visitor loads.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const pending = [];
  const seen = new Set();
  const failed = [];
  const pageUrl = new URL(urlPath, baseUrl).href;

  page.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    const url = response.url();
    if (!url.startsWith('http')) return;
    seen.add(url);
    pending.push(
      (async () => {
        const status = response.status();
        // Redirects have no body; everything else is read as the browser received it.
        const body = status >= 300 && status < 400 ? Buffer.alloc(0) : await response.body();
        const contentType = response.headers()['content-type'] ?? '';
        const request = response.request();
        const isMainDocument = request.resourceType() === 'document' && request.frame() === page.mainFrame();
        const compressible = COMPRESSIBLE.test(contentType);
        const sizes = compressible ? compressedSizes(body) : { raw: body.length, gzip: body.length, brotli: body.length };
        return {
          url: url.startsWith(baseUrl) ? url.slice(baseUrl.length - 1) : url,
          status,
          resourceType: request.resourceType(),
          contentType,
          category: category(request.resourceType(), contentType, isMainDocument && status === 200),
          compressed: compressible,
          ...sizes,
        };
      })().catch((error) => {
        // A response that arrives while the page is being closed cannot be read any more.
        failed.push(`${url} (not readable: ${error.message.split('\n')[0]})`);
        return undefined;
      }),
    );
  });

  await page.goto(pageUrl, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  // The browser fetches the favicon on its own schedule, sometimes after network idle; wait
  // for it briefly so the totals do not change from run to run.
  const icon = await page.evaluate(() => document.querySelector('link[rel~="icon"]')?.href);
  if (icon && !seen.has(icon)) await page.waitForResponse(icon, { timeout: 2000 }).catch(() => {});
  const inline = await page.evaluate(collectInlineScripts);
  // Read every body before the page closes, including responses that came in meanwhile.
  let resources;
  do resources = await Promise.all(pending);
  while (resources.length < pending.length);
  await context.close();
  resources = resources.filter(Boolean);
  return { resources, inline, failed };
}

/** Adds up the resources per column; inline JS is counted under JS but is already in the HTML. */
function summarize(resources, inline) {
  const zero = () => ({ raw: 0, gzip: 0, brotli: 0 });
  const sums = { html: zero(), css: zero(), fonts: zero(), js: zero(), other: zero(), total: zero() };
  for (const resource of resources) {
    for (const key of ['raw', 'gzip', 'brotli']) {
      sums[resource.category][key] += resource[key];
      sums.total[key] += resource[key];
    }
  }
  const inlineCode = [...inline.scripts, ...inline.handlers].join('\n');
  const inlineSizes = inlineCode.length ? compressedSizes(Buffer.from(inlineCode)) : zero();
  sums.inlineJs = { ...inlineSizes, scripts: inline.scripts.length, handlers: inline.handlers.length };
  for (const key of ['raw', 'gzip', 'brotli']) sums.js[key] += inlineSizes[key];
  return sums;
}

/** Checks a measured row against every budget that applies to its page type. */
function checkBudgets(row) {
  return Object.entries(BUDGETS)
    .filter(([, budget]) => budget.pageTypes.includes(row.type))
    .map(([name, budget]) => {
      const value = budget.value(row);
      return { name, label: budget.label, value, max: budget.max, pass: value <= budget.max };
    });
}

async function main() {
  const forceBuild = process.argv.includes('--build');
  if (forceBuild || !existsSync(path.join(DIST, 'index.html'))) {
    console.log(forceBuild ? 'Building (--build) …' : 'dist/ is missing, building …');
    const code = await run('npm', ['run', 'build'], { cwd: ROOT, env: buildEnv({ SURVEY_PREVIEW: '1' }), stdio: 'inherit' });
    if (code !== 0) {
      console.error(`npm run build failed (exit ${code}).`);
      process.exit(2);
    }
  }

  const server = await startServer();
  const baseUrl = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const browserVersion = browser.version();
  const rows = [];
  const skipped = [];
  try {
    for (const pageType of PAGE_TYPES) {
      const urlPath = typeof pageType.path === 'function' ? pageType.path() : pageType.path;
      if (!urlPath || !pageExists(urlPath)) {
        skipped.push({ type: pageType.type, reason: `no page in dist/ for ${urlPath ?? pageType.path.pattern}` });
        continue;
      }
      if (pageType.needs && !(await readFile(builtFile(urlPath), 'utf8')).includes(`<${pageType.needs}`)) {
        skipped.push({ type: pageType.type, reason: `${urlPath} has no <${pageType.needs}> in this build (no wave open; build with SURVEY_PREVIEW=1)` });
        continue;
      }
      const { resources, inline, failed } = await measurePage(browser, baseUrl, urlPath);
      const row = { type: pageType.type, path: urlPath, ...summarize(resources, inline), resources, failed };
      row.budgets = checkBudgets(row);
      row.status = row.budgets.length === 0 ? 'no budget' : row.budgets.every((b) => b.pass) ? 'PASS' : 'FAIL';
      // A page that did not load (e.g. dist/ was rebuilt meanwhile) would measure as tiny.
      const document = resources.find((r) => r.url === urlPath);
      if (!document || document.status !== 200) row.status = 'ERROR';
      rows.push(row);
    }
  } finally {
    await browser.close();
    server.close();
  }

  // The table: bytes as served (gzip/brotli); fonts are not compressed further.
  const both = (sizes) => `${sizes.gzip}/${sizes.brotli}`;
  printTable(
    [
      ['page', (r) => r.type, 'l'],
      ['path', (r) => r.path, 'l'],
      ['HTML gz/br', (r) => both(r.html)],
      ['CSS gz/br', (r) => both(r.css)],
      ['fonts', (r) => r.fonts.raw],
      ['JS gz/br', (r) => both(r.js)],
      ['other br', (r) => r.other.brotli],
      ['total br', (r) => `${r.total.brotli} (${kb(r.total.brotli)} KB)`],
      ['budget', (r) => r.status, 'l'],
    ],
    rows,
  );
  console.log('Bytes per first view, empty cache, 1280×800; gz = gzip -9, br = brotli -q 11.');
  for (const { type, reason } of skipped) console.log(`Skipped ${type}: ${reason}.`);

  for (const row of rows) {
    for (const budget of row.budgets.filter((b) => !b.pass)) {
      console.log(
        `FAIL ${row.type} ${row.path}: ${budget.label} — measured ${budget.value} B (${kb(budget.value)} KB), ` +
          `allowed ${budget.max} B (${kb(budget.max)} KB).`,
      );
    }
    if (row.inlineJs.raw > 0) {
      console.log(`Note ${row.type}: ${row.inlineJs.scripts} inline script(s) and ${row.inlineJs.handlers} event-handler attribute(s), ${row.inlineJs.raw} B (counted as JS).`);
    }
    for (const failure of row.failed) console.log(`Note ${row.type}: request failed: ${failure}`);
  }

  const breakdown = rows.find((r) => r.type === BREAKDOWN_TYPE);
  if (breakdown) {
    console.log(`\nResources of the ${breakdown.type} ${breakdown.path}:`);
    printTable(
      [
        ['column', (r) => r.category, 'l'],
        ['type', (r) => r.resourceType, 'l'],
        ['url', (r) => r.url, 'l'],
        ['raw', (r) => r.raw],
        ['gzip', (r) => (r.compressed ? r.gzip : 'as is')],
        ['brotli', (r) => (r.compressed ? r.brotli : 'as is')],
      ],
      breakdown.resources,
    );
    if (breakdown.inlineJs.raw > 0) {
      console.log(`(+ inline JS inside the HTML: ${breakdown.inlineJs.raw} B raw)`);
    }
  }

  const file = await writeResults('pages.json', {
    generatedAt: new Date().toISOString(),
    browser: `${CHROMIUM} ${browserVersion}`,
    viewport: '1280x800',
    compression: 'gzip level 9, brotli quality 11; fonts and images as is',
    budgets: Object.fromEntries(
      Object.entries(BUDGETS).map(([name, b]) => [name, { label: b.label, pageTypes: b.pageTypes, max: b.max }]),
    ),
    pages: rows,
    skipped,
  });
  console.log(`\nResults written to ${path.relative(ROOT, file)}.`);

  for (const row of rows.filter((r) => r.status === 'ERROR')) {
    console.log(`ERROR ${row.type} ${row.path}: the page did not load with status 200; rebuild dist/ and run again.`);
  }
  const failures = rows.filter((r) => r.status === 'FAIL' || r.status === 'ERROR');
  if (failures.length) {
    console.log(`${failures.length} page type(s) over budget: ${failures.map((r) => r.type).join(', ')}.`);
    process.exitCode = 1;
  } else {
    console.log('All budgets that apply are met.');
  }
}

await main();
