// The search indexer's own thread (started by search-index.ts): it passes pages to Pagefind,
// which runs as a process of its own, and at the end writes the index. Talking to Pagefind
// (encoding each page for it, reading its answers) costs about 0.4 s of CPU on 1,000 posts;
// here it does not hold up the build's main thread, which renders the pages.
import { mkdir } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/** A message from the build: a rendered page, or the end of the build. */
export type ToIndexer = { type: 'page'; path: string; html: string } | { type: 'write'; output: string; timeoutMs: number };

/** The answer to 'write': done, or Pagefind's errors. */
export type FromIndexer = { type: 'written' } | { type: 'failed'; message: string };

if (!parentPort) throw new Error('search-index-worker.ts runs as a worker thread of the build.');
const port = parentPort;

// Indexing is background work until the last page is rendered: on Linux the priority belongs to
// this thread alone (not the build's), and Pagefind's process, started from here, inherits it.
if (process.platform === 'linux') setPriority(19);

const created = pagefind.createIndex();
created.catch(() => {}); // reported by write()
const added: Promise<{ errors: string[] }>[] = [];

async function write(output: string): Promise<FromIndexer> {
  const { index, errors } = await created;
  if (!index) return { type: 'failed', message: errors.join('\n') };
  const problems = (await Promise.all(added)).flatMap((result) => result.errors);
  if (problems.length > 0) return { type: 'failed', message: problems.join('\n') };
  // Pagefind cannot create the folder itself when something is in the way, and then it stops
  // without an answer; Node says what is wrong.
  await mkdir(output, { recursive: true });
  const written = await index.writeFiles({ outputPath: output });
  return written.errors.length === 0 ? { type: 'written' } : { type: 'failed', message: written.errors.join('\n') };
}

/**
 * `write`, but never longer than `timeoutMs`: when Pagefind's process fails inside, it may
 * never answer, and a build must not wait for ever.
 */
async function writeInTime(output: string, timeoutMs: number): Promise<FromIndexer> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<FromIndexer>((resolve) => {
    timer = setTimeout(
      () => resolve({ type: 'failed', message: `Pagefind gave no answer within ${timeoutMs / 1000} s; its messages above may say why.` }),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([write(output), late]);
  } catch (error) {
    return { type: 'failed', message: String((error as Error)?.message ?? error) };
  } finally {
    clearTimeout(timer);
    await pagefind.close(); // else Pagefind's process outlives the build
  }
}

port.on('message', (message: ToIndexer) => {
  if (message.type === 'page') {
    const result = created.then(({ index, errors }) => index?.addHTMLFile({ url: message.path, content: message.html }) ?? { errors });
    result.catch(() => {}); // collected in write()
    added.push(result);
  } else {
    void writeInTime(message.output, message.timeoutMs).then((answer) => port.postMessage(answer));
  }
});
