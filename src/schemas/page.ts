/**
 * Frontmatter of a text page in `src/content/pages/<language>/` (legal pages, the partnership,
 * plain-language pages). The file name is the page's slug in every language.
 */
import { z } from 'zod';
import { isoDate, text } from './common';

/** The frontmatter schema of a text page. */
export const pageSchema = z.object({
  /** Page heading and title. */
  title: text('title', { max: 90 }),
  /** One or two sentences for search results and link previews. */
  description: text('description', { min: 40, max: 240 }),
  /** Day the text was last checked (YYYY-MM-DD), shown at the bottom of the page. */
  updated: isoDate('updated'),
  /**
   * In English and Polish: true when the page only summarises the German original, which it
   * then links to.
   */
  summaryOf: z.string().optional(),
});

/** Output type of a text page's frontmatter. */
export type PageData = z.output<typeof pageSchema>;
