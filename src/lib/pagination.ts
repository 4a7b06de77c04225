/**
 * Splitting a list into numbered pages with stable URLs: page 1 at the list's own path,
 * page n at `<path>seite/<n>/`.
 */

/** One page of a list. */
export interface ListPage<T> {
  items: T[];
  /** 1-based page number. */
  current: number;
  total: number;
  previousUrl?: string;
  nextUrl?: string;
}

/** URL of page `n` of the list at `basePath` (with trailing slash). */
export function pageUrl(basePath: string, n: number): string {
  return n === 1 ? basePath : `${basePath}seite/${n}/`;
}

/** All pages of `items`, `size` per page; an empty list still has one (empty) page. */
export function paginateList<T>(items: readonly T[], size: number, basePath: string): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => {
    const current = index + 1;
    return {
      items: items.slice(index * size, current * size),
      current,
      total,
      ...(current > 1 ? { previousUrl: pageUrl(basePath, current - 1) } : {}),
      ...(current < total ? { nextUrl: pageUrl(basePath, current + 1) } : {}),
    };
  });
}

/** The whole list as its only page (topic and year pages list everything on one page). */
export function wholeList<T>(items: readonly T[]): ListPage<T> {
  return { items: [...items], current: 1, total: 1 };
}

/** Distinct years of the dates, newest first. */
export function yearsOf(dates: readonly Date[]): number[] {
  return [...new Set(dates.map((date) => date.getUTCFullYear()))].sort((a, b) => b - a);
}
