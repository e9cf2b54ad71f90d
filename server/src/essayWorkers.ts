// Reading and analysing many essays at once, for the workspace index and the CLI: the essays are spread
// over worker threads, one per core, each handed the next path when it answers, so that the calling
// thread stays free (the server keeps answering) and every core works (the CLI finishes sooner).
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { readIndexedEssay, type IndexedEssay } from './indexedEssay';
import type { IndexJob } from './indexWorker';

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

function readOn(worker: Worker, job: IndexJob): Promise<IndexedEssay> {
  return new Promise((resolve, reject) => {
    const settle = (finish: () => void) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      finish();
    };
    const onMessage = (essay: IndexedEssay) => settle(() => resolve(essay));
    const onError = (error: Error) => settle(() => reject(error));
    const onExit = (code: number) => settle(() => reject(new Error(`worker exited with code ${code}`)));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job);
  });
}

/**
 * Reads and analyses the essays at `paths`, in any order, calling `each` with an essay and its place in
 * `paths`. A worker that fails leaves what it had not done to this thread.
 */
export async function readEssays(paths: readonly string[], options: ReadOptions, each: (essay: IndexedEssay, index: number) => void): Promise<void> {
  const queue = paths.map((path, index) => ({ path, index }));
  const next = () => (options.stopped?.() ? undefined : queue.shift());
  const runWorker = async (script: string): Promise<void> => {
    const worker = new Worker(script);
    for (let item = next(); item !== undefined; item = next()) {
      const essay = await readOn(worker, { path: item.path, maxFileSize: options.maxFileSize }).catch((error: unknown) => {
        options.log(`Index worker failed on ${item!.path} (${String(error)}); the calling thread reads what is left.`);
        queue.unshift(item!);
        return null;
      });
      if (!essay) break;
      if (!options.stopped?.()) each(essay, item.index);
    }
    await worker.terminate();
  };
  const workers = options.workerScript ? Math.min(availableParallelism(), queue.length) : 0;
  await Promise.all(Array.from({ length: workers }, () => runWorker(options.workerScript!)));
  for (let item = next(); item !== undefined; item = next()) {
    const essay = await readIndexedEssay(item.path, options.maxFileSize);
    if (!options.stopped?.()) each(essay, item.index);
  }
}
