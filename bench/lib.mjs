/**
 * Small helpers shared by the benchmarks (pages.mjs, build.mjs, api.ts).
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

/** The project root (the folder above bench/). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where the results go; the folder is git-ignored. */
export const RESULTS_DIR = path.join(ROOT, 'bench-results');

/** 1 KB as used by the budgets (KiB). */
export const KB = 1024;

/**
 * Environment for every Astro build: no telemetry (it would phone home and add noise to the
 * timings), and the project's own node_modules/.bin (Node 24) first on PATH, because the
 * system Node is too old for Astro.
 */
export function buildEnv(extra = {}) {
  return {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    PATH: `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    ...extra,
  };
}

/** Compressed sizes as a static host serves pre-compressed files: gzip -9 and brotli -q 11. */
export function compressedSizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: 11,
        [zlib.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/**
 * Runs a command and resolves with its exit code. `onSpawn` receives the child process (the
 * build benchmark uses it to watch memory).
 */
export function run(command, args, { onSpawn, ...options } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options);
    onSpawn?.(child);
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Bytes as KB with one decimal, e.g. "12.3". */
export function kb(bytes) {
  return (bytes / KB).toFixed(1);
}

/**
 * Prints rows as a plain-text table. `columns` is a list of [heading, row => text, align],
 * align 'l' or 'r' (default right, for numbers).
 */
export function printTable(columns, rows) {
  const cells = rows.map((row) => columns.map(([, cell]) => String(cell(row))));
  const widths = columns.map(([heading], i) => Math.max(heading.length, ...cells.map((r) => r[i].length)));
  const pad = (text, i) => (columns[i][2] === 'l' ? text.padEnd(widths[i]) : text.padStart(widths[i]));
  console.log(columns.map(([heading], i) => pad(heading, i)).join('  '));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells) console.log(row.map(pad).join('  '));
}

/** Writes a result object as pretty JSON into bench-results/ and returns the path. */
export async function writeResults(name, data) {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, name);
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}

/**
 * The number of runs asked for with --runs=N, else `fallback`. Anything but a whole number of at
 * least 1 stops the benchmark with a message (exit code 2).
 */
export function runsArgument(fallback) {
  const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? fallback);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error('--runs=N needs a whole number, at least 1.');
    process.exit(2);
  }
  return runs;
}
