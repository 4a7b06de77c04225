/**
 * schema.org structured data (JSON-LD) for search engines and link previews: the partnership
 * as a GovernmentOrganization and news posts as NewsArticle. Only facts the site states
 * elsewhere go in here; no address or phone number the partners have not confirmed.
 */

/** The partnership's picture for link previews (1200 × 630), used when a page has none. */
export const DEFAULT_PREVIEW_IMAGE = '/og/standard.png';

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** One of the two partners, or the partnership itself. */
interface Organization {
  name: string;
  url?: string;
}

/**
 * The two partners by their issuer key. Names and web addresses are the confirmed entries
 * "stadtverwaltung-goerlitz" and "polizeidirektion-goerlitz" of src/data/kontakte.yaml.
 */
const PARTNERS: Record<'stadt' | 'polizei', Organization> = {
  stadt: { name: 'Stadt Görlitz', url: 'https://www.goerlitz.de' },
  polizei: { name: 'Polizeidirektion Görlitz', url: 'https://www.polizei.sachsen.de' },
};

/** Who issues a post: one partner or both. */
export type Issuer = 'stadt' | 'polizei' | 'gemeinsam';

/** A partner as a schema.org GovernmentOrganization. */
const governmentOrganization = ({ name, url }: Organization): JsonLd => ({
  '@type': 'GovernmentOrganization',
  name,
  ...(url ? { url } : {}),
});

/** The partners behind an issuer key, as GovernmentOrganization objects. */
export function issuerOrganizations(issuer: Issuer): JsonLd[] {
  const keys = issuer === 'gemeinsam' ? (['stadt', 'polizei'] as const) : [issuer];
  return keys.map((key) => governmentOrganization(PARTNERS[key]));
}

/** The partnership as a GovernmentOrganization with both partners as members. */
export function partnershipOrganization({
  name,
  url,
  description,
  logo,
}: {
  name: string;
  url: string;
  description: string;
  logo: string;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    '@id': `${new URL('/', url).href}#organisation`,
    name,
    url,
    description,
    logo,
    member: issuerOrganizations('gemeinsam'),
  };
}

/** A news post as NewsArticle; the partnership publishes, the issuing partner(s) are the author. */
export function newsArticle({
  headline,
  description,
  url,
  datePublished,
  image,
  issuer,
  publisher,
  inLanguage = 'de-DE',
}: {
  headline: string;
  description: string;
  url: string;
  datePublished: Date;
  image: string;
  issuer: Issuer;
  publisher: { name: string; url: string; logo: string };
  inLanguage?: string;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    description,
    datePublished: datePublished.toISOString().slice(0, 10),
    inLanguage,
    image: [image],
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    author: issuerOrganizations(issuer),
    publisher: {
      '@type': 'GovernmentOrganization',
      '@id': `${new URL('/', publisher.url).href}#organisation`,
      name: publisher.name,
      url: publisher.url,
      logo: { '@type': 'ImageObject', url: publisher.logo },
    },
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<` is escaped so that text such
 * as "</script>" in a headline cannot end the element early.
 */
export function jsonLdText(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
