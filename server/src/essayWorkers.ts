// Reading and analysing many essays at once, for the workspace index and the CLI: the essays are spread
// over worker threads, one per core, each handed a new path whenever it answers, so that the calling
// thread stays free (the server keeps answering) and every core works (the CLI finishes sooner).
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { knownContractEssay, readContractEssay, type ContractEssay, type ContractTask } from './cli/essay';
import { DISK_CACHE_BYTES, pruneCache } from './diskCache';
import { knownIndexedEssay, readIndexedEssay, type IndexedEssay, type IndexTask } from './indexedEssay';
import type { EssayJob, EssayResult } from './indexWorker';

/**
 * Jobs given to a worker at once: the next one waits in the worker while it analyses one, so that it never
 * idles while its answer travels to this thread and the next path comes back.
 */
const IN_FLIGHT = 2;

/** Where the bundled worker is: beside the bundled server and CLI. */
export const WORKER_SCRIPT = join(__dirname, 'indexWorker.js');

/** What is made of each essay: the workspace index's entry, or the CLI's JSON. */
export type EssayTask = IndexTask | ContractTask;
export type EssayProduct<T extends EssayTask> = T extends ContractTask ? ContractEssay : IndexedEssay;

// TypeScript cannot narrow `T` by `task.kind`: in both functions below, the two branches are the two members of `EssayProduct`.

/** Reads an essay and makes of it what `task` asks, on whichever thread calls it. */
export function performTask<T extends EssayTask>(task: T, path: string, maxFileSize: number): Promise<EssayProduct<T>> {
  return (task.kind === 'contract' ? readContractEssay(path, maxFileSize, task) : readIndexedEssay(path, maxFileSize, task)) as Promise<EssayProduct<T>>;
}

/** What `task` asks of an essay if it can be had without analysing it (see `knownProduct`), else null. */
function knownTask<T extends EssayTask>(task: T, path: string, maxFileSize: number): Promise<EssayProduct<T> | null> {
  return (task.kind === 'contract' ? knownContractEssay(path, maxFileSize, task) : knownIndexedEssay(path, maxFileSize, task)) as Promise<EssayProduct<T> | null>;
}

async function totalSize(paths: string[]): Promise<number> {
  const sizes = await Promise.all(paths.map((path) => stat(path).then((s) => s.size, () => 0)));
  return sizes.reduce((a, b) => a + b, 0);
}

export interface ReadOptions<T extends EssayTask> {
  task: T;
  /** The worker's script, or null to do all the work on this thread. */
  workerScript: string | null;
  /**
   * If given, worker threads start only for more than one essay to analyse, of at least this many bytes
   * in all (each thread loads the analysis anew); else they always do.
   */
  workerThreshold?: number;
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
  const { task, workerScript, workerThreshold } = options;
  const queue: { path: string; index: number }[] = [];
  // What the cache holds is read here first only where it decides whether worker threads start; else whoever
  // analyses an essay looks it up first, and no worker waits for this thread to read every essay before it begins.
  const lookUpFirst = task.cache !== null && workerScript !== null && workerThreshold !== undefined;
  const known = lookUpFirst ? await Promise.all(paths.map((path) => knownTask(task, path, options.maxFileSize))) : [];
  paths.forEach((path, index) => {
    const essay = known[index];
    if (!essay) queue.push({ path, index });
    else if (!options.stopped?.()) each(essay, index);
  });
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
        worker.postMessage({ id: item.index, path: item.path, maxFileSize: options.maxFileSize, task } satisfies EssayJob);
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
  const workersPay = workerThreshold === undefined || (queue.length > 1 && (await totalSize(queue.map(({ path }) => path))) >= workerThreshold);
  const workers = workerScript && workersPay ? Math.min(availableParallelism(), queue.length) : 0;
  await Promise.all(Array.from({ length: workers }, () => runWorker(workerScript!)));
  for (let item = next(); item !== undefined; item = next()) {
    const essay = await performTask(task, item.path, options.maxFileSize);
    if (!options.stopped?.()) each(essay, item.index);
  }
  if (task.cache) await pruneCache(task.cache.directory, DISK_CACHE_BYTES);
}
