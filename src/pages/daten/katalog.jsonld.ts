/** The DCAT-AP.de catalogue of all datasets as JSON-LD, for open-data portals to harvest. */
import type { APIRoute } from 'astro';
import { loadDatasets } from '../../components/charts/load-dataset';
import { dcatCatalog } from '../../lib/dcat';

export const GET: APIRoute = async ({ site }) => {
  const catalog = dcatCatalog(await loadDatasets(), site ?? new URL('http://localhost:4321'), {
    title: 'Offene Daten der Sicherheitspartnerschaft Görlitz',
    description: 'Die Zahlen hinter den Diagrammen der Website der Sicherheitspartnerschaft Görlitz, als CSV und JSON.',
    publisher: 'Sicherheitspartnerschaft Görlitz (Stadt Görlitz und Polizeidirektion Görlitz)',
  });
  return new Response(JSON.stringify(catalog, null, 2), { headers: { 'Content-Type': 'application/ld+json' } });
};
