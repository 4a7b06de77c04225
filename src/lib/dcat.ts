/**
 * The open-data catalogue as DCAT-AP.de in JSON-LD, so that portals such as GovData can
 * harvest the datasets with their metadata and download addresses.
 */
import { downloadFormats, downloadPath, type Dataset } from './datasets';

const mediaTypes = { csv: 'text/csv', json: 'application/json' } as const;
const fileTypes = { csv: 'CSV', json: 'JSON' } as const;

/** A typed date literal. */
const day = (date: Date) => ({ '@value': date.toISOString().slice(0, 10), '@type': 'xsd:date' });

/** The DCAT-AP.de catalogue of all datasets; `site` is the public address of the site. */
export function dcatCatalog(datasets: Dataset[], site: URL, catalog: { title: string; description: string; publisher: string }) {
  const landing = new URL('/daten/', site).href;
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      dcatde: 'http://dcat-ap.de/def/dcatde/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': `${landing}#katalog`,
    '@type': 'dcat:Catalog',
    'dct:title': { '@value': catalog.title, '@language': 'de' },
    'dct:description': { '@value': catalog.description, '@language': 'de' },
    'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': catalog.publisher },
    'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/DEU' },
    'foaf:homepage': { '@id': landing },
    'dcat:dataset': datasets.map((dataset) => ({
      '@id': `${landing}#${dataset.id}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': dataset.id,
      'dct:title': { '@value': dataset.title, '@language': 'de' },
      'dct:description': { '@value': dataset.description, '@language': 'de' },
      'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': dataset.publisher },
      'dct:modified': day(dataset.asOf),
      'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/DEU' },
      // Data theme "Justiz, Rechtssystem und öffentliche Sicherheit" of the EU vocabulary.
      'dcat:theme': { '@id': 'http://publications.europa.eu/resource/authority/data-theme/JUST' },
      'dcat:keyword': ['Kriminalstatistik', 'PKS', 'Görlitz', dataset.period],
      'dcat:landingPage': { '@id': landing },
      'dct:source': dataset.sources.flatMap((source) => (source.url ? [{ '@id': source.url }] : [])),
      'dcat:distribution': downloadFormats.map((format) => {
        const url = new URL(downloadPath(dataset.id, format), site).href;
        return {
          '@id': url,
          '@type': 'dcat:Distribution',
          'dct:title': { '@value': `${dataset.title} (${fileTypes[format]})`, '@language': 'de' },
          'dcat:accessURL': { '@id': url },
          'dcat:downloadURL': { '@id': url },
          'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${mediaTypes[format]}` },
          'dct:format': { '@id': `http://publications.europa.eu/resource/authority/file-type/${fileTypes[format]}` },
          'dct:modified': day(dataset.asOf),
          'dct:rights': { '@type': 'dct:RightsStatement', 'rdfs:label': dataset.rights },
          ...(dataset.license ? { 'dct:license': { '@id': dataset.license } } : {}),
        };
      }),
    })),
  };
}
