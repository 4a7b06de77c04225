/**
 * The download files of every dataset, written at build time: `/daten/<id>.csv` and
 * `/daten/<id>.json`, from the same checked data the charts use.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasets } from '../../components/charts/load-dataset';
import { downloadFormats, toCsv, toJson, type Dataset, type DownloadFormat } from '../../lib/datasets';

export const getStaticPaths = (async () => {
  const datasets = await loadDatasets();
  return datasets.flatMap((dataset) =>
    downloadFormats.map((format) => ({ params: { datei: `${dataset.id}.${format}` }, props: { dataset, format } })),
  );
}) satisfies GetStaticPaths;

interface Props {
  dataset: Dataset;
  format: DownloadFormat;
}

export const GET: APIRoute<Props> = ({ props, site }) => {
  const { dataset, format } = props;
  if (format === 'csv') {
    return new Response(toCsv(dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  const body = JSON.stringify(toJson(dataset, site ?? new URL('http://localhost:4321')), null, 2);
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};
