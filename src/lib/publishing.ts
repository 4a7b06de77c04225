/**
 * Which entries are published: drafts and posts dated in the future appear in the development
 * server (so editors can preview them) but not in a production build.
 */

/** The fields publishing looks at. */
export interface Publishable {
  draft?: boolean;
  date?: Date;
}

/** True when the entry belongs in a build made at `now` in the given mode. */
export function isPublished(entry: Publishable, { now, preview }: { now: Date; preview: boolean }): boolean {
  if (preview) return true;
  if (entry.draft) return false;
  return entry.date === undefined || entry.date.getTime() <= now.getTime();
}

/** Newest first, then by title so the order is stable. */
export function byDateDescending<T extends { data: { date: Date; title: string } }>(a: T, b: T): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title, 'de');
}
