import { describe, expect, it } from 'vitest';
import {
  fillPlaceholders,
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

describe('fillPlaceholders', () => {
  it('fills several placeholders, each where it stands', () => {
    expect(fillPlaceholders('Schritt {current} von {total}', { current: 2, total: 7 })).toBe('Schritt 2 von 7');
  });

  it('fills a repeated placeholder every time', () => {
    expect(fillPlaceholders('weniger als {n}, mindestens {n}', { n: 10 })).toBe('weniger als 10, mindestens 10');
  });

  it('writes numbers as they are, zero included', () => {
    expect(fillPlaceholders('{min} bis {max}', { min: 0, max: 2.5 })).toBe('0 bis 2.5');
  });

  it('leaves a placeholder without a value visible, so a component can put markup there', () => {
    expect(fillPlaceholders('Bis {date}: {link}.', { date: '30. Juni' })).toBe('Bis 30. Juni: {link}.');
    expect(fillPlaceholders('Fragen: {link}.')).toBe('Fragen: {link}.');
  });

  it('does not take inherited object keys for values', () => {
    expect(fillPlaceholders('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });

  it('does not fill placeholders that come in with a value', () => {
    expect(fillPlaceholders('{a} und {b}', { a: '{b}', b: 'B' })).toBe('{b} und B');
  });

  it('leaves braces that are no placeholder alone', () => {
    expect(fillPlaceholders('{ x } {} {a-b}', { x: 1, a: 2 })).toBe('{ x } {} {a-b}');
  });
});
