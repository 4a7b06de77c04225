// npm run survey:snapshot [-- --wave <slug>]
// Fetches the published results of every wave (or one) from the configured Data API
// (PUBLIC_SUPABASE_URL, PUBLIC_SUPABASE_ANON_KEY; the local defaults of .env.example otherwise)
// and writes src/data/befragung/ergebnisse/<slug>.json, which the results pages use when the
// backend cannot be reached at build time. A wave whose results are refused keeps its old file.
import { mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDefinition, type Definition } from '../../src/lib/survey/definition.ts';
import { demoDefinition } from '../../src/lib/survey/demo-definition.ts';
import { describeOutcome, fetchResults, snapshotFileText } from '../../src/lib/survey/snapshot.ts';
import { parseOptions, runCli, UsageError, writeFileAtomically } from './cli.ts';

const usage = 'npm run survey:snapshot [-- --wave <slug>]';

/** The well-known local values, as in .env.example. */
const LOCAL_API_URL = 'http://127.0.0.1:54321';
const LOCAL_ANON_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0';

const repoRoot = resolve(import.meta.dirname, '../..');

/** Where the committed snapshots live. */
export const snapshotDir = join(repoRoot, 'src/data/befragung/ergebnisse');

/** Every wave the site can show: the definitions in src/lib/survey/waves/ and the demo. */
async function allWaves(): Promise<Definition[]> {
  const dir = join(repoRoot, 'src/lib/survey/waves');
  const files = (await readdir(dir)).filter((name) => name.endsWith('.ts')).sort();
  const definitions: Definition[] = [];
  for (const name of files) {
    const module = (await import(pathToFileURL(join(dir, name)).href)) as Record<string, unknown>;
    for (const exported of Object.values(module)) definitions.push(parseDefinition(exported, `src/lib/survey/waves/${name}`));
  }
  definitions.push(parseDefinition(demoDefinition, 'src/lib/survey/demo-definition.ts'));
  return definitions;
}

async function main() {
  const { values } = parseOptions(process.argv.slice(2), { wave: { type: 'string' } }, usage);
  const url = process.env.PUBLIC_SUPABASE_URL || LOCAL_API_URL;
  const anonKey = process.env.PUBLIC_SUPABASE_ANON_KEY || LOCAL_ANON_KEY;
  const waves = (await allWaves()).filter((d) => !values.wave || d.wave.slug === values.wave);
  if (waves.length === 0) throw new UsageError(`There is no wave "${values.wave}".\nUsage: ${usage}`);
  await mkdir(snapshotDir, { recursive: true });
  let failed = false;
  for (const definition of waves) {
    const slug = definition.wave.slug;
    const outcome = await fetchResults(url, anonKey, slug, 10_000);
    if (outcome.ok) {
      await writeFileAtomically(join(snapshotDir, `${slug}.json`), snapshotFileText(outcome.snapshot));
      process.stdout.write(`${slug}: wrote src/data/befragung/ergebnisse/${slug}.json (${outcome.snapshot.results.responses ?? 'fewer than the minimum'} responses)\n`);
    } else {
      // A refusal (results not public yet, wave not loaded) is expected; an unreachable API is not.
      if (outcome.why !== 'refused') failed = true;
      process.stdout.write(`${slug}: no snapshot written, ${describeOutcome(outcome)}\n`);
    }
  }
  if (failed) throw new Error(`Could not read results from ${url}. Is the backend running (npm run backend)?`);
}

runCli(main);
