import { describe, expect, it } from 'vitest';
import {
  isLocale,
  localeFromParam,
  localeStaticPaths,
  localizePath,
  paramFromLocale,
  splitLocale,
} from '../../src/lib/i18n';

describe('localizePath', () => {
  it('keeps German paths unprefixed and prefixes English and Polish', () => {
    expect(localizePath('/kontakt/', 'de')).toBe('/kontakt/');
    expect(localizePath('/kontakt/', 'en')).toBe('/en/kontakt/');
    expect(localizePath('/', 'pl')).toBe('/pl/');
  });

  it('refuses relative paths', () => {
    expect(() => localizePath('kontakt/', 'en')).toThrow('must start with "/"');
  });
});

describe('splitLocale', () => {
  it('is the inverse of localizePath', () => {
    for (const locale of ['de', 'en', 'pl'] as const) {
      for (const path of ['/', '/aktuelles/', '/praevention/zielgruppe/eltern/']) {
        expect(splitLocale(localizePath(path, locale))).toEqual({ locale, path });
      }
    }
  });

  it('does not take a German slug that starts with a language code for a prefix', () => {
    expect(splitLocale('/english-course/')).toEqual({ locale: 'de', path: '/english-course/' });
    expect(splitLocale('/plan/')).toEqual({ locale: 'de', path: '/plan/' });
  });
});

describe('route parameters', () => {
  it('maps no prefix to German and back', () => {
    expect(localeFromParam(undefined)).toBe('de');
    expect(localeFromParam('en')).toBe('en');
    expect(paramFromLocale('de')).toBeUndefined();
    expect(paramFromLocale('pl')).toBe('pl');
  });

  it('rejects unknown prefixes', () => {
    expect(() => localeFromParam('fr')).toThrow('Unknown language prefix "fr"');
    expect(isLocale('fr')).toBe(false);
  });

  it('builds static paths for the requested languages only', () => {
    expect(localeStaticPaths(['en', 'pl'])).toEqual([
      { params: { lang: 'en' }, props: { locale: 'en' } },
      { params: { lang: 'pl' }, props: { locale: 'pl' } },
    ]);
  });
});
