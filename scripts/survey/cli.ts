// Small helpers shared by the analyst command-line tools: argument parsing, the privileged
// database connection, and writing files so that a failure never leaves half a file behind.
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

/** An error whose message is meant for the person at the terminal (no stack trace). */
export class UsageError extends Error {}

/** The local database as `npm run backend` starts it; DATABASE_URL overrides it. */
export const LOCAL_DATABASE_URL = 'postgres://postgres:postgres@127.0.0.1:54322/postgres';

/** The privileged connection string for analyst tools (never the anon key). */
export function databaseUrl(): string {
  return process.env.DATABASE_URL || LOCAL_DATABASE_URL;
}

/** Parses `--name value` options, turning unknown or missing ones into a UsageError with the usage line. */
export function parseOptions<T extends Record<string, { type: 'string' | 'boolean' }>>(
  args: string[],
  options: T,
  usage: string,
  required: (keyof T & string)[] = [],
) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nUsage: ${usage}`);
  }
  const values = parsed.values as Record<string, unknown>;
  for (const name of required) {
    if (values[name] === undefined || values[name] === '') {
      throw new UsageError(`Missing --${name}.\nUsage: ${usage}`);
    }
  }
  return parsed;
}

/** Writes a file via a temporary sibling and a rename, so readers never see a partial file. */
export async function writeFileAtomically(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, { flag: 'wx', mode: 0o600 });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Runs a CLI main function: usage errors and failures print one clear line and exit non-zero. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${error.message}\n`);
        process.exit(2);
      }
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`Error: ${message}\n`);
      if ((error as { code?: string }).code === 'ECONNREFUSED') {
        process.stderr.write('Is the database running? Start it with `npm run backend` or set DATABASE_URL.\n');
      }
      process.exit(1);
    },
  );
}

/** Quotes one CSV field (RFC 4180), neutralising spreadsheet formulas in free text. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // A cell starting with = + - @ would be run as a formula by spreadsheet programs.
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line from fields. */
export function csvLine(fields: unknown[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
