import { describe, expect, it } from 'vitest';
import { hreflangAlternates, languageLinks } from '../../src/lib/alternates';
import { activeSection } from '../../src/lib/navigation';
import { localized } from '../../src/lib/localized';
import { formatDate, formatNumber, isoDay } from '../../src/lib/format';

describe('activeSection', () => {
  it('finds the section of nested pages and keeps Start for the start page only', () => {
    expect(activeSection('/aktuelles/seite/2/')?.path).toBe('/aktuelles/');
    expect(activeSection('/praevention/telefonbetrug/')?.path).toBe('/praevention/');
    expect(activeSection('/')?.path).toBe('/');
    expect(activeSection('/impressum/')).toBeUndefined();
  });
});

describe('language links', () => {
  it('link translations directly and fall back to the section elsewhere', () => {
    const page = { path: '/aktuelles/beitrag/', availableIn: ['de'] as const, fallbackPath: '/aktuelles/' };
    expect(languageLinks(page)).toEqual({ de: '/aktuelles/beitrag/', en: '/en/aktuelles/', pl: '/pl/aktuelles/' });
    expect(hreflangAlternates(page)).toEqual([{ hreflang: 'de', href: '/aktuelles/beitrag/' }]);
  });

  it('announce every translation and the German original as x-default', () => {
    const page = { path: '/kontakt/', availableIn: ['de', 'en', 'pl'] as const, fallbackPath: '/' };
    expect(hreflangAlternates(page).map((alternate) => alternate.hreflang)).toEqual(['de', 'en', 'pl', 'x-default']);
  });
});

describe('localized', () => {
  it('uses the translation or marks the German fallback', () => {
    const text = { de: 'Polizei-Notruf', en: 'Police emergency' };
    expect(localized(text, 'en')).toEqual({ text: 'Police emergency', lang: undefined });
    expect(localized(text, 'pl')).toEqual({ text: 'Polizei-Notruf', lang: 'de' });
    expect(localized(text, 'de')).toEqual({ text: 'Polizei-Notruf', lang: undefined });
  });
});

describe('format', () => {
  it('writes dates and numbers the way each language does', () => {
    const day = new Date('2023-02-09');
    expect(formatDate(day, 'de')).toBe('9. Februar 2023');
    expect(formatDate(day, 'en')).toBe('9 February 2023');
    expect(formatDate(day, 'pl')).toBe('9 lutego 2023');
    expect(isoDay(day)).toBe('2023-02-09');
    expect(formatNumber(46123, 'de')).toBe('46.123');
    expect(formatNumber(64.9, 'de', 1)).toBe('64,9');
    expect(formatNumber(46123, 'en')).toBe('46,123');
  });
});
