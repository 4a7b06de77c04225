/**
 * The content collections. Each schema lives in `src/schemas/` with a doc comment per field;
 * this file only says where the files are.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contactSchema } from './schemas/contact';
import { measureSchema } from './schemas/measure';
import { newsSchema } from './schemas/news';
import { pageSchema } from './schemas/page';
import { tipSchema } from './schemas/tip';
import { checkedDatasetSchema } from './lib/datasets';

/**
 * News posts lie directly in this folder (the CMS and `npm run new` put them there), so the
 * picture paths in their frontmatter are relative to it; the size check of pictures relies on it.
 */
const NEWS_FOLDER = './src/content/news';

const news = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: NEWS_FOLDER }),
  schema: ({ image }) => newsSchema(image(), { folder: NEWS_FOLDER }),
});

const tips = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './src/content/tips' }),
  schema: tipSchema,
});

const measures = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './src/content/measures' }),
  schema: measureSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './src/content/pages' }),
  schema: pageSchema,
});

const contacts = defineCollection({
  loader: file('src/data/kontakte.yaml'),
  schema: contactSchema,
});

const datasets = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/content/datasets' }),
  schema: checkedDatasetSchema,
});

export const collections = { news, tips, measures, pages, contacts, datasets };
