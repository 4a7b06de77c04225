/**
 * Reading the content collections with the publishing rules applied. Pages use these instead
 * of `getCollection` so that drafts and scheduled posts never leak into a production build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { keysOf, newsTags } from './data/vocabulary';
import { yearsOf } from './lib/pagination';
import { byDateDescending, isPublished } from './lib/publishing';

/**
 * Preview (drafts and scheduled posts visible) only in the development server. DEV alone is not
 * enough: `astro build` reports DEV as true when NODE_ENV is anything but "production" (e.g.
 * "test" in a CI job) or when a DEV variable is set, and would then publish drafts; its mode
 * stays "production" in those cases.
 */
const publishing = { now: new Date(), preview: import.meta.env.DEV && import.meta.env.MODE === 'development' };

let newsCache: Promise<CollectionEntry<'news'>[]> | undefined;

/**
 * Published news posts, newest first. Every list page asks for them, so a production build
 * reads and sorts them once; the development server always reads afresh, so an edited post
 * shows at once.
 */
export function getNews(): Promise<CollectionEntry<'news'>[]> {
  const read = () =>
    getCollection('news', ({ data }) => isPublished(data, publishing)).then((entries) => entries.sort(byDateDescending));
  if (publishing.preview) return read();
  newsCache ??= read();
  return newsCache;
}

/** Published prevention tips, by title. */
export async function getTips(): Promise<CollectionEntry<'tips'>[]> {
  const entries = await getCollection('tips', ({ data }) => isPublished(data, publishing));
  return entries.sort((a, b) => a.data.title.localeCompare(b.data.title, 'de'));
}

/** Published measures, by title. */
export async function getMeasures(): Promise<CollectionEntry<'measures'>[]> {
  const entries = await getCollection('measures', ({ data }) => isPublished(data, publishing));
  return entries.sort((a, b) => a.data.title.localeCompare(b.data.title, 'de'));
}

/** All contacts, in the order of src/data/kontakte.yaml (the collection itself sorts by id). */
export async function getContacts(): Promise<CollectionEntry<'contacts'>[]> {
  // Read from the project root: the bundled page code no longer sits next to the file.
  const yaml = readFileSync('src/data/kontakte.yaml', 'utf8');
  const order = [...yaml.matchAll(/^- id: *(\S+)/gm)].map((match) => match[1]);
  const position = (id: string) => {
    const index = order.indexOf(id);
    return index === -1 ? order.length : index;
  };
  return (await getCollection('contacts')).sort((a, b) => position(a.id) - position(b.id));
}

/** One text page in a language, if it exists. */
export async function getTextPage(locale: string, slug: string): Promise<CollectionEntry<'pages'> | undefined> {
  const pages = await getCollection('pages', ({ id }) => id === `${locale}/${slug}`);
  return pages[0];
}

/** Number of news posts per list page. */
export const NEWS_PAGE_SIZE = 8;

/** Years and tags that published news use. */
export interface NewsFacets {
  years: number[];
  tags: (keyof typeof newsTags & string)[];
}

let facetsCache: { news: CollectionEntry<'news'>[]; facets: NewsFacets } | undefined;

/**
 * Years and tags that published news use, for archive and topic links. Every list page shows
 * them; they are worked out once per list of posts (once per build; afresh in the development
 * server, where getNews() reads anew each time).
 */
export async function getNewsFacets(): Promise<NewsFacets> {
  const news = await getNews();
  if (facetsCache?.news !== news) {
    const used = new Set(news.flatMap((post) => post.data.tags));
    facetsCache = {
      news,
      facets: { years: yearsOf(news.map((post) => post.data.date)), tags: keysOf(newsTags).filter((tag) => used.has(tag)) },
    };
  }
  return facetsCache.facets;
}
