/**
 * Content errors as the editor meets them: Astro itself reads a post with the site's real news
 * collection (`src/content.config.ts`) and stops with the German message of the schema, the
 * post's name and its file. The messages themselves are pinned in schemas.test.ts; this test
 * proves that they reach the editor through a real build, which the unit tests cannot: Astro
 * hands a schema no file names, so the size check of pictures depends on how the collection
 * is wired.
 *
 * A small fixture site in a temporary folder imports the news collection of this project and
 * runs `astro sync` (the content step of every build and of the development server), so the
 * project's own content cache stays untouched. About 5 s per run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_MAX_BYTES } from '../../src/schemas/image';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** A 1×1 PNG; padded with zeros after its end it stays a valid picture of any file size. */
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A valid PNG file of exactly `bytes` bytes. */
const pngOfSize = (bytes: number) => Buffer.concat([PIXEL_PNG, Buffer.alloc(bytes - PIXEL_PNG.length)]);

const POST = `---
title: "Neue Sprechstunde im Rathaus"
summary: "Die Bürgerpolizei bietet ab März eine Sprechstunde im Rathaus am Untermarkt an."
date: 2026-03-01
issuer: polizei
tags: [praevention]
image:
  src: ./bilder/sprechstunde.png
  alt: "Der Eingang des Rathauses am Untermarkt."
---

Die Sprechstunde ist kostenlos.
`;

let site: string;

/** Runs `astro sync` in the fixture site; output of both streams together. */
function sync(): { status: number | null; output: string } {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST'].includes(name) && !name.startsWith('VITEST')),
  );
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'sync'], {
    cwd: site,
    encoding: 'utf8',
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Writes the post's picture with `bytes` bytes. */
function picture(bytes: number) {
  writeFileSync(path.join(site, 'src', 'content', 'news', 'bilder', 'sprechstunde.png'), pngOfSize(bytes));
}

beforeAll(() => {
  site = mkdtempSync(path.join(os.tmpdir(), 'publishing-errors-'));
  mkdirSync(path.join(site, 'src', 'content', 'news', 'bilder'), { recursive: true });
  // Packages linked one by one, without node_modules/.astro, so the project's content cache is not used.
  mkdirSync(path.join(site, 'node_modules'));
  for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(entry)) symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(site, 'node_modules', entry));
  }
  writeFileSync(path.join(site, 'package.json'), '{ "name": "publishing-errors-fixture", "type": "module", "private": true }\n');
  writeFileSync(path.join(site, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  writeFileSync(
    path.join(site, 'src', 'content.config.ts'),
    `import { collections as site } from ${JSON.stringify(path.join(ROOT, 'src', 'content.config.ts'))};\n` +
      'export const collections = { news: site.news };\n',
  );
  writeFileSync(path.join(site, 'src', 'content', 'news', 'neue-sprechstunde.md'), POST);
});

afterAll(() => {
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('a picture larger than allowed', () => {
  it('stops the build with the post, the picture file, the field and the fix', () => {
    picture(3_400_000);
    const { status, output } = sync();
    expect(status, output).not.toBe(0);
    expect(output).toContain('news → neue-sprechstunde data does not match collection schema.');
    expect(output).toContain(
      'image.src: „image.src“: Die Bilddatei „src/content/news/bilder/sprechstunde.png“ ist 3,4 MB groß, erlaubt sind höchstens 1 MB. ' +
        'Verkleinern Sie das Bild auf etwa 1600 Pixel Breite, speichern Sie es als JPG und ersetzen Sie damit die Datei.',
    );
    expect(output).toContain(path.join(site, 'src', 'content', 'news', 'neue-sprechstunde.md'));
  }, 60_000);

  it('passes once the picture is at most the allowed size', () => {
    picture(IMAGE_MAX_BYTES);
    // The post itself is unchanged; touching it makes Astro read it again instead of keeping its cached result.
    writeFileSync(path.join(site, 'src', 'content', 'news', 'neue-sprechstunde.md'), `${POST}\n`);
    const { status, output } = sync();
    expect(status, output).toBe(0);
  }, 60_000);
});
