import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { de } from '../../src/i18n/de';
import { en } from '../../src/i18n/en';
import { pl } from '../../src/i18n/pl';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('interface text', () => {
  it('has every key in every language, none empty', () => {
    for (const dictionary of [en, pl]) {
      expect(Object.keys(dictionary).sort()).toEqual(Object.keys(de).sort());
    }
    for (const [key, value] of [...Object.entries(de), ...Object.entries(en), ...Object.entries(pl)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in every language', () => {
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(de[key]));
      expect(placeholders(pl[key]), key).toEqual(placeholders(de[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = useTranslations('pl');
    expect(t('pagination.page', { n: 2, total: 5 })).toBe('Strona 2 z 5');
    expect(t('pagination.page', { n: 2 })).toBe('Strona 2 z {total}');
  });
});
