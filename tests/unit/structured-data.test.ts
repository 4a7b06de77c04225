import { describe, expect, it } from 'vitest';
import { issuerOrganizations, jsonLdText, newsArticle, partnershipOrganization } from '../../src/lib/structured-data';

const publisher = { name: 'Sicherheitspartnerschaft Görlitz', url: 'https://example.org/', logo: 'https://example.org/og/standard.png' };

describe('issuerOrganizations', () => {
  it('names one partner or both', () => {
    expect(issuerOrganizations('stadt').map((org) => org.name)).toEqual(['Stadt Görlitz']);
    expect(issuerOrganizations('polizei').map((org) => org.name)).toEqual(['Polizeidirektion Görlitz']);
    expect(issuerOrganizations('gemeinsam').map((org) => org.name)).toEqual(['Stadt Görlitz', 'Polizeidirektion Görlitz']);
    expect(issuerOrganizations('gemeinsam').every((org) => org['@type'] === 'GovernmentOrganization')).toBe(true);
  });
});

describe('newsArticle', () => {
  const article = newsArticle({
    headline: 'Neue Sprechstunde',
    description: 'Kurz gesagt.',
    url: 'https://example.org/aktuelles/neue-sprechstunde/',
    datePublished: new Date('2026-03-01'),
    image: 'https://example.org/og/standard.png',
    issuer: 'polizei',
    publisher,
  });

  it('has the fields search engines expect, with the day as YYYY-MM-DD', () => {
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Neue Sprechstunde',
      datePublished: '2026-03-01',
      inLanguage: 'de-DE',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/aktuelles/neue-sprechstunde/' },
      author: [{ '@type': 'GovernmentOrganization', name: 'Polizeidirektion Görlitz' }],
      publisher: { '@type': 'GovernmentOrganization', '@id': 'https://example.org/#organisation', name: publisher.name },
    });
  });

  it('points the publisher at the same organisation as the start page', () => {
    const organization = partnershipOrganization({ ...publisher, description: 'x' });
    expect((article.publisher as { '@id': string })['@id']).toBe(organization['@id']);
  });
});

describe('jsonLdText', () => {
  it('cannot end the script element early and still parses to the same data', () => {
    const data = { headline: 'Achtung </script><script>alert(1)</script>' };
    const text = jsonLdText(data);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});
