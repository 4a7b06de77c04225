/**
 * Frontmatter of a news post (Meldung) in `src/content/news/`.
 * News is written in German; English and Polish pages list it with a note.
 */
import { z } from 'zod';
import { issuers, newsTags } from '../data/vocabulary';
import { isoDate, oneOf, sourceSchema, text, TITLE_MAX } from './common';
import { limitedImage } from './image';

/** Where the build finds the files of news posts, for the size check of their pictures. */
export interface NewsFiles {
  /** The folder the posts lie in; picture paths are relative to it. Without it, sizes are not checked. */
  folder?: string;
}

/**
 * The fields that do not depend on the picture helper, made once. Astro builds a collection's
 * schema anew for every entry (its image() helper belongs to the entry's file), and making these
 * zod schemas costs far more than using them: 1,000 posts spent about 0.4 s on it.
 */
const fields = {
  /** Headline, shown in lists, the page title and link previews. */
  title: text('title', { max: TITLE_MAX }),
  /** One or two sentences for lists, search results and link previews. */
  summary: text('summary', { min: 40, max: 240 }),
  /** Day of publication (YYYY-MM-DD). */
  date: isoDate('date'),
  /** Who issues the post: stadt, polizei or gemeinsam. */
  issuer: oneOf('issuer', issuers),
  /** Topics; each has a list page. At least one. */
  tags: z
    .array(oneOf('tags', newsTags), { error: '„tags“ fehlt. Nennen Sie mindestens ein Thema als Liste.' })
    .min(1, { error: '„tags“ ist leer. Nennen Sie mindestens ein Thema.' }),
  /** Prevention tips shown below the post, by their file name without extension. */
  relatedTips: z.array(z.string()).default([]),
  /** The picture's alternative text. */
  imageAlt: text('image.alt', { max: 250 }),
  /** Sources the post relies on. */
  sources: z.array(sourceSchema).default([]),
  /** Drafts are shown in the development server only. */
  draft: z.boolean().default(false),
};

/**
 * Builds the schema; `image` is Astro's image helper at build time and a string in tests and in
 * the CMS configuration.
 */
export function newsSchema<I extends z.ZodType>(image: I, { folder }: NewsFiles = {}) {
  return z.object({
    title: fields.title,
    summary: fields.summary,
    date: fields.date,
    issuer: fields.issuer,
    tags: fields.tags,
    relatedTips: fields.relatedTips,
    /** Optional picture with its alternative text; the file at most `IMAGE_MAX_BYTES` large. */
    image: z.object({ src: limitedImage(image, 'image.src', folder), alt: fields.imageAlt }).optional(),
    sources: fields.sources,
    draft: fields.draft,
  });
}

/** Output type of a news post's frontmatter. */
export type NewsData = z.output<ReturnType<typeof newsSchema<z.ZodString>>>;
