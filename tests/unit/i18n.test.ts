import { describe, expect, it } from 'vitest';
import {
  fillPlaceholders,
  splitAtSlots,
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

describe('splitAtSlots', () => {
  it('splits a sentence at its link places, in the order of the language', () => {
    expect(splitAtSlots('Drucken Sie den {paper} oder nutzen Sie die {contact}.', ['paper', 'contact'])).toEqual([
      { text: 'Drucken Sie den ' },
      { slot: 'paper' },
      { text: ' oder nutzen Sie die ' },
      { slot: 'contact' },
      { text: '.' },
    ]);
    expect(splitAtSlots('{contact} oder {paper}', ['paper', 'contact'])).toEqual([{ slot: 'contact' }, { text: ' oder ' }, { slot: 'paper' }]);
  });

  it('leaves other braces as text', () => {
    expect(splitAtSlots('{n} Antworten, siehe {link}', ['link'])).toEqual([{ text: '{n} Antworten, siehe ' }, { slot: 'link' }]);
  });

  it('refuses a sentence that lost or doubled a link, naming it', () => {
    expect(() => splitAtSlots('Nur der {paper}.', ['paper', 'contact'])).toThrow('0 "{contact}" placeholders');
    expect(() => splitAtSlots('{link} und {link}', ['link'])).toThrow('2 "{link}" placeholders');
  });
});
