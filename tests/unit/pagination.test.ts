import { describe, expect, it } from 'vitest';
import { pageUrl, paginateList, wholeList, yearsOf } from '../../src/lib/pagination';

describe('paginateList', () => {
  it('splits items into pages with previous and next links', () => {
    const pages = paginateList([1, 2, 3, 4, 5], 2, '/aktuelles/');
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages[0]).toMatchObject({ current: 1, total: 3, nextUrl: '/aktuelles/seite/2/' });
    expect(pages[0]).not.toHaveProperty('previousUrl');
    expect(pages[1]).toMatchObject({ previousUrl: '/aktuelles/', nextUrl: '/aktuelles/seite/3/' });
    expect(pages[2]).toMatchObject({ previousUrl: '/aktuelles/seite/2/' });
    expect(pages[2]).not.toHaveProperty('nextUrl');
  });

  it('gives an empty list one empty page', () => {
    expect(paginateList([], 6, '/aktuelles/')).toEqual([{ items: [], current: 1, total: 1 }]);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginateList([1], 0, '/x/')).toThrow('positive integer');
    expect(() => paginateList([1], 1.5, '/x/')).toThrow('positive integer');
  });

  it('puts page 1 at the list itself', () => {
    expect(pageUrl('/aktuelles/', 1)).toBe('/aktuelles/');
    expect(pageUrl('/aktuelles/', 4)).toBe('/aktuelles/seite/4/');
  });
});

describe('wholeList', () => {
  it('puts every item on one page without links to others', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    const page = wholeList(items);
    expect(page).toEqual({ items, current: 1, total: 1 });
    expect(page.items).not.toBe(items);
  });
});

describe('yearsOf', () => {
  it('lists each year once, newest first', () => {
    const dates = ['2023-02-09', '2020-07-01', '2023-12-31', '2026-11-27'].map((day) => new Date(day));
    expect(yearsOf(dates)).toEqual([2026, 2023, 2020]);
  });
});
