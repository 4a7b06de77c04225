/**
 * Topic and year pages are complete lists: each shows every published post on its topic or from
 * its year, newest first, says how many there are, has no further pages, and marks its own
 * topic or year among the links to the others.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const newsDir = new URL('../../src/content/news/', import.meta.url);

interface Post {
  title: string;
  date: string;
  tags: string[];
}

/** Published posts (no draft, not dated in the future), newest first, from their frontmatter. */
function publishedPosts(): Post[] {
  const posts = readdirSync(newsDir).map((file) => {
    const text = readFileSync(new URL(file, newsDir), 'utf8');
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { title: string; date: string | Date; tags: string[]; draft?: boolean };
    const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date);
    return { title: data.title, date, tags: data.tags, draft: data.draft === true };
  });
  return posts
    .filter((post) => !post.draft && new Date(post.date) <= new Date())
    .sort((a, b) => b.date.localeCompare(a.date));
}

const posts = publishedPosts();
const lists = [
  ...[...new Set(posts.flatMap((post) => post.tags))].map((tag) => ({
    path: `/aktuelles/thema/${tag}/`,
    posts: posts.filter((post) => post.tags.includes(tag)),
  })),
  ...[...new Set(posts.map((post) => post.date.slice(0, 4)))].map((year) => ({
    path: `/aktuelles/archiv/${year}/`,
    posts: posts.filter((post) => post.date.startsWith(year)),
  })),
];

test('there are topics and years to check', () => {
  expect(lists.length).toBeGreaterThan(2);
});

for (const list of lists) {
  test(`${list.path} lists its ${list.posts.length} post(s) on one page`, async ({ page }) => {
    await page.goto(list.path);
    const main = page.locator('main');
    await expect(main.locator('.app-news-card__title')).toHaveText(list.posts.map((post) => post.title));
    await expect(main.getByText(list.posts.length === 1 ? '1 Meldung' : `${list.posts.length} Meldungen`, { exact: true })).toBeVisible();
    await expect(main.locator('.app-pagination')).toHaveCount(0);
    // Among the topic and year links, only the one to this list is marked as the current page.
    const current = main.locator('aside a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', list.path);
  });
}

test('the list of all news marks no topic or year as current', async ({ page }) => {
  await page.goto('/aktuelles/');
  await expect(page.locator('main aside a[href^="/aktuelles/thema/"]').first()).toBeVisible();
  await expect(page.locator('main aside a[aria-current]')).toHaveCount(0);
});
