import { describe, expect, it } from 'vitest';
import { SLUG_MAX_LENGTH, slugify } from '../../src/lib/slug';

describe('slugify', () => {
  it('spells out German umlauts and ß', () => {
    expect(slugify('Görlitz tritt ASSKomm bei')).toBe('goerlitz-tritt-asskomm-bei');
    expect(slugify('Äpfel, Öfen, Übungen')).toBe('aepfel-oefen-uebungen');
    expect(slugify('Straßenbeleuchtung verbessert')).toBe('strassenbeleuchtung-verbessert');
    expect(slugify('Maßnahmen der Partnerschaft')).toBe('massnahmen-der-partnerschaft');
  });

  it('strips Polish and other accents to their base letter', () => {
    expect(slugify('Zgorzelec: Współpraca z policją')).toBe('zgorzelec-wspolpraca-z-policja');
    expect(slugify('Łódź, Gdańsk, Źródło, Żółć')).toBe('lodz-gdansk-zrodlo-zolc');
    expect(slugify('Café crème')).toBe('cafe-creme');
  });

  it('handles decomposed input the same as composed input', () => {
    expect(slugify('Go\u0308rlitz')).toBe('goerlitz');
  });

  it('joins words with single hyphens and trims hyphens at both ends', () => {
    expect(slugify('  „Sicher nach Hause“ – 2026!  ')).toBe('sicher-nach-hause-2026');
    expect(slugify('a -- b__c')).toBe('a-b-c');
  });

  it('returns an empty slug when nothing usable is left', () => {
    expect(slugify('!!! – ???')).toBe('');
  });

  it('shortens long titles at a word boundary without a trailing hyphen', () => {
    const slug = slugify(
      'Kommunaler Präventionsrat berät über die Sicherheitsanalyse und die nächsten gemeinsamen Schritte',
    );
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toBe('kommunaler-praeventionsrat-beraet-ueber-die');
    expect(slug.endsWith('-')).toBe(false);
  });

  it('cuts a single overlong word hard', () => {
    expect(slugify('x'.repeat(80), 10)).toBe('x'.repeat(10));
  });
});
