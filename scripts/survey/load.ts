// npm run survey:load -- <definition.json|.ts> [--force]
// Validates a questionnaire definition with the zod schema and loads it (with its wave settings).
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { parseDefinition } from '../../src/lib/survey/definition.ts';
import { databaseUrl, parseOptions, runCli, UsageError } from './cli.ts';
import { loadDefinition } from './load-definition.ts';

const usage = 'npm run survey:load -- <definition.json | definition.ts> [--force]';

async function readDefinitionFile(path: string): Promise<unknown> {
  if (extname(path) === '.json') {
    const text = await readFile(path, 'utf8').catch(() => {
      throw new UsageError(`Cannot read ${path}.`);
    });
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (extname(path) === '.ts' || extname(path) === '.js') {
    // A module exports the definition as its default export or as its only export.
    const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    const exported = 'default' in module ? [module.default] : Object.values(module);
    if (exported.length !== 1) throw new UsageError(`${path} must export exactly one definition (or a default export).`);
    return exported[0];
  }
  throw new UsageError(`Expected a .json or .ts file, got ${path}.\nUsage: ${usage}`);
}

runCli(async () => {
  const { values, positionals } = parseOptions(process.argv.slice(2), { force: { type: 'boolean' } }, usage);
  if (positionals.length !== 1) throw new UsageError(`Give exactly one definition file.\nUsage: ${usage}`);
  const path = resolve(positionals[0]);
  let definition;
  try {
    definition = parseDefinition(await readDefinitionFile(path), path);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const result = await loadDefinition(client, definition, { force: values.force === true });
    process.stdout.write(
      `${result.created ? 'Created' : 'Updated'} wave "${definition.wave.slug}" with ${definition.questions.length} questions${definition.demo ? ' (DEMO)' : ''}.\n`,
    );
  } finally {
    await client.end();
  }
});
