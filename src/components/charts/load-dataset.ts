/**
 * Reading a dataset from the content collection in the form the chart components use. Kept
 * apart from `src/lib/datasets.ts` because it needs Astro's content API.
 */
import { getCollection, getEntry } from 'astro:content';
import { toDataset, type Dataset } from '../../lib/datasets';

/** The dataset `id`; an unknown id stops the build and lists the known ones. */
export async function loadDataset(id: string): Promise<Dataset> {
  const entry = await getEntry('datasets', id);
  if (!entry) {
    const known = (await getCollection('datasets')).map((d) => d.id).join(', ');
    throw new Error(`Datensatz „${id}“ gibt es nicht in src/content/datasets/. Bekannt sind: ${known}.`);
  }
  return toDataset(entry.id, entry.data);
}

/** Every dataset, sorted by id. */
export async function loadDatasets(): Promise<Dataset[]> {
  const entries = await getCollection('datasets');
  return entries.sort((a, b) => a.id.localeCompare(b.id)).map((entry) => toDataset(entry.id, entry.data));
}
