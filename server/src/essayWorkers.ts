// Reading and analysing many essays at once, for the workspace index and the CLI: the essays are spread
// over worker threads, one per core, each handed a new path whenever it answers, so that the calling
// thread stays free (the server keeps answering) and every core works (the CLI finishes sooner).
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { readIndexedEssay, type IndexedEssay } from './indexedEssay';
import type { IndexJob, IndexResult } from './indexWorker';

/**
 * Jobs given to a worker at once: the next one waits in the worker while it analyses one, so that it never
 * idles while its answer travels to this thread and the next path comes back.
 */
const IN_FLIGHT = 2;

/** Where the bundled worker is: beside the bundled server and CLI. */
export const WORKER_SCRIPT = join(__dirname, 'indexWorker.js');

export interface ReadOptions {
  /** The worker's script, or null to do all the work on this thread. */
  workerScript: string | null;
  maxFileSize: number;
  /** Asked before each essay: true stops the reading (a newer rebuild started). */
  stopped?: () => boolean;
  log: (message: string) => void;
}

/**
 * Reads and analyses the essays at `paths`, in any order, calling `each` with an essay and its place in
 * `paths`. A worker that fails leaves what it had not done to this thread.
 */
export async function readEssays(paths: readonly string[], options: ReadOptions, each: (essay: IndexedEssay, index: number) => void): Promise<void> {
  const queue = paths.map((path, index) => ({ path, index }));
  const next = () => (options.stopped?.() ? undefined : queue.shift());
  const runWorker = (script: string) => new Promise<void>((resolve) => {
    const worker = new Worker(script);
    const inFlight = new Map<number, { path: string; index: number }>();
    const finish = () => {
      worker.removeAllListeners();
      void worker.terminate().then(() => resolve());
    };
    const send = () => {
      while (inFlight.size < IN_FLIGHT) {
        const item = next();
        if (!item) break;
        inFlight.set(item.index, item);
        worker.postMessage({ id: item.index, path: item.path, maxFileSize: options.maxFileSize } satisfies IndexJob);
      }
      if (inFlight.size === 0) finish();
    };
    const fail = (error: unknown) => {
      options.log(`Index worker failed (${String(error)}); the calling thread reads what it had not done.`);
      queue.unshift(...inFlight.values());
      inFlight.clear();
      finish();
    };
    worker.on('message', ({ id, essay }: IndexResult) => {
      inFlight.delete(id);
      if (!options.stopped?.()) each(essay, id);
      send();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker exited with code ${code}`)));
    send();
  });
  const workers = options.workerScript ? Math.min(availableParallelism(), queue.length) : 0;
  await Promise.all(Array.from({ length: workers }, () => runWorker(options.workerScript!)));
  for (let item = next(); item !== undefined; item = next()) {
    const essay = await readIndexedEssay(item.path, options.maxFileSize);
    if (!options.stopped?.()) each(essay, item.index);
  }
}
