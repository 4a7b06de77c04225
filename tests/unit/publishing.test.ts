import { describe, expect, it } from 'vitest';
import { byDateDescending, isPublished } from '../../src/lib/publishing';

const now = new Date('2026-11-27T06:00:00Z');

describe('isPublished', () => {
  it('publishes dated, non-draft entries on or before the build day', () => {
    expect(isPublished({ date: new Date('2026-11-27') }, { now, preview: false })).toBe(true);
    expect(isPublished({ date: new Date('2020-07-01') }, { now, preview: false })).toBe(true);
    expect(isPublished({}, { now, preview: false })).toBe(true);
  });

  it('keeps drafts and future posts out of production builds', () => {
    expect(isPublished({ draft: true, date: new Date('2020-01-01') }, { now, preview: false })).toBe(false);
    expect(isPublished({ date: new Date('2026-11-28') }, { now, preview: false })).toBe(false);
  });

  it('shows everything in preview', () => {
    expect(isPublished({ draft: true, date: new Date('2030-01-01') }, { now, preview: true })).toBe(true);
  });
});

describe('byDateDescending', () => {
  it('sorts newest first and breaks ties by title', () => {
    const entry = (date: string, title: string) => ({ data: { date: new Date(date), title } });
    const sorted = [entry('2020-01-01', 'B'), entry('2023-01-01', 'Z'), entry('2020-01-01', 'A')].sort(byDateDescending);
    expect(sorted.map((item) => item.data.title)).toEqual(['Z', 'A', 'B']);
  });
});
