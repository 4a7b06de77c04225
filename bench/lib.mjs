/**
 * Small helpers shared by the benchmarks (pages.mjs, build.mjs, api.ts).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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

// --- Processes, from /proc (Linux) ------------------------------------------------------------
// Read synchronously on purpose: the build benchmark polls these 20 times a second while a build
// runs, and with fs/promises one poll took ~15 ms of CPU here (each /proc file costs several
// trips through libuv's thread pool, and ~70 processes are scanned): ~15 % of a 2-core machine
// taken from the build being measured. Read synchronously, a poll takes ~2 ms.

/**
 * The fields of /proc/<pid>/stat after the process name (which may contain spaces), starting with
 * the state; then the parent id, …; null if the process is gone.
 * @param {number | string} pid
 * @returns {string[] | null}
 */
export function procStat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(') ') + 2).split(' ');
  } catch {
    return null;
  }
}

/**
 * `pid` and the ids of all its descendants alive now.
 * @param {number} pid
 * @returns {number[]}
 */
export function processTree(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = Number(procStat(entry)?.[1]);
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(Number(entry));
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

/**
 * The resident memory (VmRSS, KB) of `pid` and all its descendants now.
 * @param {number} pid
 * @returns {number}
 */
export function treeRssKb(pid) {
  let sum = 0;
  for (const id of processTree(pid)) {
    let status = '';
    try {
      status = readFileSync(`/proc/${id}/status`, 'utf8');
    } catch {
      continue; // ended in between
    }
    sum += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }
  return sum;
}

/**
 * Every `intervalMs`, adds up the resident memory of `pid` and all its descendants at that
 * moment, and keeps the highest sum: the memory a build really needs at once, also when part of
 * the work runs in helper processes (a bundler, an indexer). /usr/bin/time alone reports only the
 * largest single process. Returns a function that stops polling and gives the peak in KB.
 * @param {number} pid
 * @param {number} [intervalMs]
 * @returns {() => number}
 */
export function pollPeakMemory(pid, intervalMs = 50) {
  let peak = 0;
  const poll = () => {
    peak = Math.max(peak, treeRssKb(pid));
  };
  poll();
  const timer = setInterval(poll, intervalMs);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
