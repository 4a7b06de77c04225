/**
 * Link previews and structured data: a news post carries Open Graph and Twitter card data with
 * an absolute picture address that loads, and a NewsArticle that matches the post's
 * frontmatter; the start page describes the partnership as a GovernmentOrganization.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const newsDir = new URL('../../src/content/news/', import.meta.url);

/** A published news post (no draft, not dated in the future) with its frontmatter. */
function publishedPost(): { slug: string; title: string; date: string } {
  for (const file of readdirSync(newsDir).sort()) {
    const text = readFileSync(new URL(file, newsDir), 'utf8');
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { title: string; date: string | Date; draft?: boolean };
    const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date);
    if (!data.draft && new Date(date) <= new Date()) return { slug: file.replace(/\.mdx?$/, ''), title: data.title, date };
  }
  throw new Error('No published news post in src/content/news/.');
}

/** The content of a `<meta>` element, found by its property or name. */
async function meta(page: Page, key: string): Promise<string | null> {
  return page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute('content');
}

/** Every JSON-LD block of the page, parsed (a block that is not valid JSON fails the test). */
async function structuredData(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((block): Record<string, unknown>[] => [JSON.parse(block)].flat());
}

test('a news post has Open Graph, Twitter card and NewsArticle data', async ({ page, request }) => {
  const post = publishedPost();
  await page.goto(`/aktuelles/${post.slug}/`);

  expect(await meta(page, 'og:title')).toBe(post.title);
  expect(await meta(page, 'og:type')).toBe('article');
  expect(await meta(page, 'og:description')).toBeTruthy();
  expect(await meta(page, 'og:locale')).toBe('de_DE');
  expect(await meta(page, 'article:published_time')).toBe(post.date);
  expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
  expect(await page.locator('head link[rel="canonical"]').getAttribute('href')).toMatch(
    new RegExp(`^https?://[^/]+/aktuelles/${post.slug}/$`),
  );

  const image = await meta(page, 'og:image');
  expect(image, 'og:image is an absolute URL').toMatch(/^https?:\/\//);
  expect((await meta(page, 'og:image:alt'))?.length ?? 0, 'og:image:alt').toBeGreaterThan(10);
  // The build's site address may differ from the test server's, so the path is what must load.
  const response = await request.get(new URL(image!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\//);

  const article = (await structuredData(page)).find((item) => item['@type'] === 'NewsArticle');
  expect(article, 'a NewsArticle block').toBeDefined();
  expect(article).toMatchObject({
    '@context': 'https://schema.org',
    headline: post.title,
    datePublished: post.date,
    inLanguage: 'de-DE',
    publisher: { '@type': 'GovernmentOrganization' },
  });
  expect((article!.mainEntityOfPage as { '@id': string })['@id']).toMatch(new RegExp(`/aktuelles/${post.slug}/$`));
  expect(article!.image).toEqual([image]);
});

for (const path of ['/', '/en/', '/pl/']) {
  test(`the start page ${path} describes the partnership as a GovernmentOrganization`, async ({ page }) => {
    await page.goto(path);
    const organization = (await structuredData(page)).find((item) => item['@type'] === 'GovernmentOrganization');
    expect(organization, 'a GovernmentOrganization block').toBeDefined();
    expect(organization!.name).toBeTruthy();
    expect(organization!.member).toEqual([
      expect.objectContaining({ '@type': 'GovernmentOrganization', name: 'Stadt Görlitz' }),
      expect.objectContaining({ '@type': 'GovernmentOrganization', name: 'Polizeidirektion Görlitz' }),
    ]);
    expect(await meta(page, 'og:image')).toMatch(/\/og\/standard\.png$/);
  });
}
