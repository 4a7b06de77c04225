// The results each wave's page is built with: live from the configured Data API when it answers
// within a few seconds, else the snapshot committed next to this file (<slug>.json, written by
// `npm run survey:snapshot`), else none. One fetch per wave and build, shared by all languages.
// Preview builds (development, tests) use the committed snapshot only: a local backend holds test
// answers, and the same commit should build the same pages on every machine. In the browser the
// page still refreshes from the backend it talks to.
import { parseSnapshot, chooseResults, describeOutcome, fetchResults, type ResultsSource, type Snapshot } from '../../../lib/survey/snapshot.ts';
import type { Definition } from '../../../lib/survey/definition.ts';
import { supabaseConfig, surveyPreview, surveyResultsPublic } from '../../befragung.ts';

const files = import.meta.glob<unknown>('./*.json', { eager: true, import: 'default' });

/** The committed snapshot of a wave, checked; undefined if there is none. */
export function committedSnapshot(slug: string): Snapshot | undefined {
  const path = `./${slug}.json`;
  return path in files ? parseSnapshot(files[path], `src/data/befragung/ergebnisse/${slug}.json`) : undefined;
}

const sources = new Map<string, Promise<ResultsSource>>();

async function load(definition: Definition): Promise<ResultsSource> {
  const slug = definition.wave.slug;
  const committed = committedSnapshot(slug);
  if (surveyPreview) return chooseResults({ ok: false, why: 'unreachable', detail: 'not asked in a preview build' }, committed);
  const live = await fetchResults(supabaseConfig.url, supabaseConfig.anonKey, slug, 3000);
  if (!live.ok) {
    console.info(`[survey results] ${slug}: live results ${describeOutcome(live)}; ${committed ? 'using the committed snapshot' : 'no snapshot'}.`);
  }
  return chooseResults(live, committed);
}

/**
 * Where the results of a wave come from in this build. A wave whose results are not public yet
 * gets none, without asking the backend.
 */
export function resultsForBuild(definition: Definition): Promise<ResultsSource> {
  if (!surveyResultsPublic(definition)) return Promise.resolve({ from: 'none', snapshot: null });
  const slug = definition.wave.slug;
  if (!sources.has(slug)) sources.set(slug, load(definition));
  return sources.get(slug)!;
}
