// Reading and analysing many essays at once, for the workspace index and the CLI: the essays are spread
// over worker threads, one per core, each handed a new path whenever it answers, so that the calling
// thread stays free (the server keeps answering) and every core works (the CLI finishes sooner).
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { readContractEssay, type ContractEssay, type ContractTask } from './cli/essay';
import { readIndexedEssay, type IndexedEssay } from './indexedEssay';
import type { EssayJob, EssayResult } from './indexWorker';

/**
 * Jobs given to a worker at once: the next one waits in the worker while it analyses one, so that it never
 * idles while its answer travels to this thread and the next path comes back.
 */
const IN_FLIGHT = 2;

/** Where the bundled worker is: beside the bundled server and CLI. */
export const WORKER_SCRIPT = join(__dirname, 'indexWorker.js');

/** What is made of each essay: the workspace index's entry, or the CLI's JSON. */
export type EssayTask = { kind: 'index' } | ContractTask;
export type EssayProduct<T extends EssayTask> = T extends ContractTask ? ContractEssay : IndexedEssay;

/** Reads an essay and makes of it what `task` asks, on whichever thread calls it. */
export function performTask<T extends EssayTask>(task: T, path: string, maxFileSize: number): Promise<EssayProduct<T>> {
  // TypeScript cannot narrow `T` by `task.kind`: the two branches are the two members of `EssayProduct`.
  return (task.kind === 'contract' ? readContractEssay(path, maxFileSize, task) : readIndexedEssay(path, maxFileSize)) as Promise<EssayProduct<T>>;
}

export interface ReadOptions<T extends EssayTask> {
  task: T;
  /** The worker's script, or null to do all the work on this thread. */
  workerScript: string | null;
  maxFileSize: number;
  /** Asked before each essay: true stops the reading (a newer rebuild started). */
  stopped?: () => boolean;
  log: (message: string) => void;
}

/**
 * Reads and analyses the essays at `paths`, in any order, calling `each` with what the task made of an essay
 * and its place in `paths`. A worker that fails leaves what it had not done to this thread.
 */
export async function readEssays<T extends EssayTask>(
  paths: readonly string[], options: ReadOptions<T>, each: (essay: EssayProduct<T>, index: number) => void,
): Promise<void> {
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
        worker.postMessage({ id: item.index, path: item.path, maxFileSize: options.maxFileSize, task: options.task } satisfies EssayJob);
      }
      if (inFlight.size === 0) finish();
    };
    const fail = (error: unknown) => {
      options.log(`Index worker failed (${String(error)}); the calling thread reads what it had not done.`);
      queue.unshift(...inFlight.values());
      inFlight.clear();
      finish();
    };
    worker.on('message', ({ id, essay }: EssayResult) => {
      inFlight.delete(id);
      if (!options.stopped?.()) each(essay as EssayProduct<T>, id);
      send();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker exited with code ${code}`)));
    send();
  });
  const workers = options.workerScript ? Math.min(availableParallelism(), queue.length) : 0;
  await Promise.all(Array.from({ length: workers }, () => runWorker(options.workerScript!)));
  for (let item = next(); item !== undefined; item = next()) {
    const essay = await performTask(options.task, item.path, options.maxFileSize);
    if (!options.stopped?.()) each(essay, item.index);
  }
}
