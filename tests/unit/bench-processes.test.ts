// The benchmarks' view of processes (bench/lib.mjs): the build benchmark's peak memory is the sum
// over a build's whole process tree, so a helper process must be found and counted.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { pollPeakMemory, procStat, processTree, treeRssKb } from '../../bench/lib.mjs';

const MB = 1024;

/** Node code that fills `mb` MB of memory (so it is resident), says so, and waits. */
const holdMemory = (mb: number) => `globalThis.kept = Buffer.alloc(${mb} * 2 ** 20, 1); console.log('ready ' + process.pid); setInterval(() => {}, 1000);`;

/** Processes the tests started (both generations): none may outlive its test. */
let started: number[] = [];
afterEach(() => {
  for (const pid of started) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  started = [];
});

/**
 * A process holding 100 MB whose own child holds 150 MB; resolves with both ids once both
 * hold their memory.
 */
async function parentAndChild(): Promise<{ parent: number; child: number }> {
  const parentCode = `
    const { spawn } = require('node:child_process');
    const child = spawn(process.execPath, ['-e', ${JSON.stringify(holdMemory(150))}], { stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.once('data', (line) => { ${holdMemory(100)} process.stdout.write('child ' + child.pid + '\\n'); });
  `;
  const parent = spawn(process.execPath, ['-e', parentCode], { stdio: ['ignore', 'pipe', 'ignore'] });
  started.push(parent.pid!);
  let output = '';
  parent.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  while (!/child \d+/.test(output)) await once(parent.stdout!, 'data');
  const child = Number(/child (\d+)/.exec(output)![1]);
  started.push(child);
  return { parent: parent.pid!, child };
}

describe('processes for the benchmarks', () => {
  it('finds a process and its descendants, and adds up their memory', async () => {
    const { parent, child } = await parentAndChild();
    expect(processTree(parent)).toEqual([parent, child]);
    expect(procStat(child)?.[1]).toBe(String(parent)); // the parent id follows the state
    const both = treeRssKb(parent);
    expect(both).toBeGreaterThan(250 * MB);
    expect(both - treeRssKb(child)).toBeGreaterThan(100 * MB);
  }, 30_000);

  it('keeps the highest memory the tree held while it was polled', async () => {
    const stop = pollPeakMemory(process.pid, 20);
    const { parent } = await parentAndChild();
    await new Promise((resolve) => setTimeout(resolve, 100));
    process.kill(parent, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The test process, with the two others as its descendants, held more than 250 MB on top.
    expect(stop() - treeRssKb(process.pid)).toBeGreaterThan(250 * MB);
  }, 30_000);

  it('says null for a process that does not exist', () => {
    expect(procStat(2 ** 30)).toBeNull();
    expect(processTree(2 ** 30)).toEqual([2 ** 30]);
    expect(treeRssKb(2 ** 30)).toBe(0);
  });
});
