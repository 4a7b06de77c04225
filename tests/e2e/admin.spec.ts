/**
 * The editor in the browser at /admin/: Sveltia CMS from the site's own build, served here with
 * exactly the Content-Security-Policy that docs/deploy.md prescribes for /admin/
 * (`scripts/cms/csp.ts`). It loads without a single request to another origin, without console
 * errors and without a policy violation, starts in German, reads the generated configuration,
 * and offers to sign in or to work with a local repository (the test server is on 127.0.0.1,
 * which the CMS treats as local). Every module it loads only on demand (code highlighting, maps,
 * image tools, translations) is in the bundle and loads under the policy. An editor can write a news post in a local repository, and the
 * file the CMS saves passes the content schema; a picture above the size limit is refused.
 */
import { expect, test, type Page } from '@playwright/test';
import { init as initImportLexer, parse as parseImports } from 'es-module-lexer';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { adminContentSecurityPolicy } from '../../scripts/cms/csp';
import { slugify } from '../../src/lib/slug';
import { formatFileSize, IMAGE_MAX_BYTES } from '../../src/schemas/image';
import { newsSchema } from '../../src/schemas/news';

/** What the page did while the CMS ran, for the assertions at the end of a test. */
interface Watched {
  /** Requests to another origin (also those the policy refused). */
  foreign: string[];
  /** Paths requested from this site. */
  requested: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Violations of the Content-Security-Policy. */
  violations: string[];
}

/**
 * Serves /admin/ with exactly the policy of docs/deploy.md, as the production server does (the
 * test server sends no such header), and records requests, console errors and violations.
 */
async function watchAdmin(page: Page, origin: string): Promise<Watched> {
  const watched: Watched = {
    foreign: [],
    requested: [],
    errors: [],
    violations: [],
  };
  await page.exposeFunction('reportPolicyViolation', (directive: string, blocked: string, source: string) => {
    watched.violations.push(`${directive} refused ${blocked || '(inline)'} in ${source}`);
  });
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { reportPolicyViolation: (...text: string[]) => void }).reportPolicyViolation;
        report(event.effectiveDirective, event.blockedURI, `${event.sourceFile}:${event.lineNumber}`);
      },
      true,
    );
  });
  await page.route(
    (url) => url.pathname === '/admin/',
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': adminContentSecurityPolicy() } });
    },
  );
  page.on('request', (request) => {
    const url = new URL(request.url());
    watched.requested.push(url.pathname);
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) watched.foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  return watched;
}

test('the CMS at /admin/ loads under its Content-Security-Policy, from this site only, in German, without errors', async ({ page, baseURL }) => {
  const watched = await watchAdmin(page, new URL(baseURL!).origin);

  const response = await page.goto('/admin/');
  expect(response?.status()).toBe(200);
  // In the page as served (the CMS adds a robots meta element of its own once it runs).
  expect(await response!.text()).toContain('<meta name="robots" content="noindex">');

  // The entrance screen of the CMS, in German although the browser asks for English.
  // The CMS wraps names it inserts into its texts in Unicode isolation marks (U+2068, U+2069).
  await expect(page.getByRole('button', { name: /^Mit \u2068?GitLab\u2069? anmelden$/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Mit lokalem Repository arbeiten' })).toBeVisible();
  await expect(page).toHaveTitle('Redaktion – Sicherheitspartnerschaft Görlitz');
  await page.waitForLoadState('networkidle');

  expect(watched.requested.some((path) => path === '/admin/config.yml'), 'configuration loaded').toBe(true);
  // The CMS's own fonts, from this site.
  expect(watched.requested.filter((path) => path.startsWith('/admin/cms/assets/') && path.endsWith('.woff2')).length).toBeGreaterThan(0);
  expect(watched.foreign, 'requests to other origins').toEqual([]);
  expect(watched.errors, 'console errors').toEqual([]);
  expect(watched.violations, 'violations of the Content-Security-Policy').toEqual([]);

  // The policy was in force: an inline script, which it forbids, is refused and reported.
  const inline = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.inlineScript = "ran"';
    document.head.append(script);
    return document.documentElement.dataset.inlineScript === 'ran' ? 'ran' : 'refused';
  });
  expect(inline).toBe('refused');
  await expect.poll(() => watched.violations).toEqual([expect.stringMatching(/^script-src-elem refused inline /)]);
});

test('/admin/ is not in the sitemap', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(sitemaps.length).toBeGreaterThan(0);
  const pages: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    pages.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
  }
  expect(pages.length).toBeGreaterThan(0);
  expect(pages.filter((path) => path.startsWith('/admin'))).toEqual([]);
});

test('every package and translation the CMS loads on demand is in the bundle and runs under the policy', async ({ page, baseURL, request }) => {
  // Code highlighting, maps, image tools and the CMS's translations load only when an editor
  // needs them; the bundle points each of these imports at a file of its own
  // (scripts/cms/bundle.ts). Here every one of them is loaded once.
  const main = await (await request.get('/admin/cms/index.js')).text();
  await initImportLexer;
  const specifiers = parseImports(main)[0].flatMap((entry) => (entry.n === undefined ? [] : [entry.n]));
  expect(specifiers.filter((name) => !name.startsWith('./')), 'imports a browser cannot resolve').toEqual([]);
  const onDemand = specifiers.filter((name) => name.startsWith('./deps/') || name.startsWith('./locales/'));
  expect(onDemand.length, 'the CMS 0.221 names 279 such modules').toBeGreaterThan(250);

  const watched = await watchAdmin(page, new URL(baseURL!).origin);
  await page.goto('/admin/');
  await expect(page.getByRole('button', { name: 'Mit lokalem Repository arbeiten' })).toBeVisible({ timeout: 30_000 });
  const failed = await page.evaluate(async (paths) => {
    const base = `${location.origin}/admin/cms/`;
    const results = await Promise.allSettled(paths.map((path) => import(new URL(path, base).href)));
    return results.flatMap((result, i) => (result.status === 'rejected' ? [`${paths[i]}: ${String(result.reason)}`] : []));
  }, onDemand);
  expect(failed, 'modules that failed to load').toEqual([]);
  expect(watched.foreign, 'requests to other origins').toEqual([]);
  expect(watched.errors, 'console errors').toEqual([]);
  expect(watched.violations, 'violations of the Content-Security-Policy').toEqual([]);
});

/** A 1×1 PNG to upload. */
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** The content files of the checkout, as [path, text] pairs, for a repository in the browser. */
function contentFiles(): [string, string][] {
  const files: [string, string][] = [['.git/HEAD', 'ref: refs/heads/main\n']];
  for (const folder of ['news', 'tips', 'measures']) {
    const dir = new URL(`../../src/content/${folder}/`, import.meta.url);
    for (const name of readdirSync(dir)) files.push([`src/content/${folder}/${name}`, readFileSync(new URL(name, dir), 'utf8')]);
  }
  return files;
}

/**
 * Makes "Mit lokalem Repository arbeiten" open a copy of the content in the browser's private
 * file system (OPFS) instead of the folder picker, which a test cannot operate.
 */
async function useRepositoryInBrowser(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = () =>
      navigator.storage.getDirectory();
  });
}

/** Writes the files into the browser's private file system. */
async function writeRepository(page: Page, files: [string, string][]) {
  await page.evaluate(async (entries) => {
    const root = await navigator.storage.getDirectory();
    for (const [path, text] of entries) {
      const parts = path.split('/');
      const name = parts.pop()!;
      let dir = root;
      for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
}

/**
 * Types into a text field until the value sticks: while the CMS sets up a new entry it may
 * replace a field's element, which drops what was typed a moment before.
 */
async function fill(page: Page, label: string, value: string) {
  const box = page.getByRole('textbox', { name: label, exact: true });
  await expect(async () => {
    await box.fill(value);
    await page.waitForTimeout(300);
    await expect(box).toHaveValue(value, { timeout: 500 });
  }).toPass({ timeout: 15_000 });
}

/** Reads a file from the browser's private file system. */
async function readRepositoryFile(page: Page, path: string): Promise<string | undefined> {
  return page.evaluate(async (filePath) => {
    const parts = filePath.split('/');
    const name = parts.pop()!;
    let dir = await navigator.storage.getDirectory();
    try {
      for (const part of parts) dir = await dir.getDirectoryHandle(part);
      return await (await (await dir.getFileHandle(name)).getFile()).text();
    } catch {
      return undefined;
    }
  }, path);
}

test.describe('working with a local repository', () => {
  test.use({ locale: 'de-DE' });

  test('an editor writes a news post, and the saved file passes the content schema', async ({ page, baseURL }) => {
    const watched = await watchAdmin(page, new URL(baseURL!).origin);
    await useRepositoryInBrowser(page);
    await page.goto('/admin/');
    const files = contentFiles();
    await writeRepository(page, files);
    await page.getByRole('button', { name: 'Mit lokalem Repository arbeiten' }).click();

    // The three collections, each with as many entries as the checkout has files.
    const collections = { news: 'Meldungen', tips: 'Tipps zur Vorbeugung', measures: 'Maßnahmen' };
    for (const [folder, label] of Object.entries(collections)) {
      const count = files.filter(([path]) => path.startsWith(`src/content/${folder}/`)).length;
      await expect(page.getByRole('treeitem', { name: label })).toHaveText(new RegExp(`${label}\\s*${count}\\s*$`), { timeout: 30_000 });
    }

    await page.getByRole('button', { name: 'Neuen Eintrag anlegen' }).first().click();
    const title = 'Neue Sprechstunde an der Straße in Görlitz';
    const body = 'Die Sprechstunde ist **kostenlos**.';
    await expect(page.getByRole('document', { name: 'Inhaltsvorschau' })).toBeVisible();
    await fill(page, 'Text', body);
    await fill(page, 'Titel', title);
    await fill(page, 'Kurzfassung', 'Die Bürgerpolizei bietet ab März eine Sprechstunde im Rathaus an.');
    await page.getByRole('radio', { name: 'Polizeidirektion Görlitz' }).check();
    await page.getByRole('combobox', { name: 'Themen' }).click();
    await page.getByRole('option', { name: 'Prävention', exact: true }).click();
    await page.getByRole('textbox', { name: 'Titel' }).click();
    // A picture, which needs its alternative text.
    await page.getByRole('checkbox', { name: /Bild/ }).check();
    await page
      .getByRole('group', { name: /Bilddatei/ })
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'sprechstunde.png', mimeType: 'image/png', buffer: PIXEL_PNG });
    await fill(page, 'Alternativtext', 'Der Eingang des Rathauses am Untermarkt.');

    // The suggested file name follows the site's rule (ö → oe, ß → ss).
    await page.getByRole('radio', { name: 'Slug' }).click();
    await expect(page.getByRole('textbox', { name: 'Slug' })).toHaveText(slugify(title));

    // Still there when saving: the editor re-renders fields while it sets up the entry.
    await expect(page.getByRole('textbox', { name: 'Text', exact: true })).toHaveValue(body);
    await page.getByRole('button', { name: 'Speichern' }).click();
    const file = `src/content/news/${slugify(title)}.mdx`;
    await expect.poll(() => readRepositoryFile(page, file), { message: `${file} written`, timeout: 15_000 }).toBeDefined();
    const saved = await readRepositoryFile(page, file);
    const [, frontmatter, text] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(saved!) ?? [];
    const data = newsSchema(z.string()).parse(parse(frontmatter!));
    expect(data).toMatchObject({ title, issuer: 'polizei', tags: ['praevention'], draft: true });
    // The picture lies next to the post, where Astro's image() resolves the relative path.
    expect(data.image).toEqual({ src: './bilder/sprechstunde.png', alt: 'Der Eingang des Rathauses am Untermarkt.' });
    expect(await readRepositoryFile(page, 'src/content/news/bilder/sprechstunde.png'), 'picture saved').toBeDefined();
    expect(text).toContain(body);

    expect(watched.foreign, 'requests to other origins').toEqual([]);
    expect(watched.errors, 'console errors').toEqual([]);
    expect(watched.violations, 'violations of the Content-Security-Policy').toEqual([]);
  });
});

test.describe('the size limit of pictures', () => {
  test.use({ locale: 'de-DE' });

  test('the CMS refuses a picture above the limit before it is saved', async ({ page, baseURL }) => {
    const watched = await watchAdmin(page, new URL(baseURL!).origin);
    await useRepositoryInBrowser(page);
    await page.goto('/admin/');
    await writeRepository(page, contentFiles());
    await page.getByRole('button', { name: 'Mit lokalem Repository arbeiten' }).click();
    await expect(page.getByRole('treeitem', { name: 'Meldungen' })).toBeVisible({ timeout: 30_000 });

    await page.getByRole('button', { name: 'Neuen Eintrag anlegen' }).first().click();
    await expect(page.getByRole('document', { name: 'Inhaltsvorschau' })).toBeVisible();
    // While the CMS sets up the new entry it may replace fields: a picture added too early can
    // be dropped again (seen in CI). Typing a title that sticks waits for that; then the picture
    // field is added until its file input is there.
    await fill(page, 'Titel', 'Ein Foto von der Kamera');
    const pictureFile = page.getByRole('group', { name: /Bilddatei/ }).locator('input[type=file]').first();
    await expect(async () => {
      const addPicture = page.getByRole('checkbox', { name: /Bild/ });
      if (await addPicture.isChecked()) await addPicture.uncheck();
      await addPicture.check();
      await expect(pictureFile).toBeAttached({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    // A valid PNG padded to one byte over the limit (the bytes after its end do not matter).
    const oversized = Buffer.concat([PIXEL_PNG, Buffer.alloc(IMAGE_MAX_BYTES + 1 - PIXEL_PNG.length)]);
    await pictureFile.setInputFiles({ name: 'kamera.png', mimeType: 'image/png', buffer: oversized });

    // The CMS's own German message, with the limit of src/schemas/image.ts (without the
    // Unicode isolation marks the CMS puts around inserted values).
    const dialog = page.getByRole('alertdialog', { name: 'Große Datei' });
    await expect(dialog).toBeVisible();
    const message = (await dialog.textContent())!.replace(/[\u2068\u2069]/g, '');
    expect(message).toContain(`Diese Datei kann nicht hochgeladen werden, da sie die Maximalgröße von ${formatFileSize(IMAGE_MAX_BYTES)} überschreitet.`);

    expect(await readRepositoryFile(page, 'src/content/news/bilder/kamera.png'), 'picture not saved').toBeUndefined();
    expect(watched.foreign, 'requests to other origins').toEqual([]);
    expect(watched.errors, 'console errors').toEqual([]);
    expect(watched.violations, 'violations of the Content-Security-Policy').toEqual([]);
  });
});
