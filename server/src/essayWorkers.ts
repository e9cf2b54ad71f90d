// Reading and analysing many essays at once, for the workspace index and the CLI: the essays are spread
// over worker threads, one per core, each handed a new path whenever it answers, so that the calling
// thread stays free (the server keeps answering) and every core works (the CLI finishes sooner).
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { lookUpContractEssay, readContractEssay, type ContractEssay, type ContractTask } from './cli/essay';
import { cacheOfBundles, DISK_CACHE_BYTES, type DiskCache, type EssayRead, pruneCache } from './diskCache';
import { lookUpIndexedEssay, postedForm, type PostedEssay, readIndexedEssay, receivedForm, type IndexedEssay, type IndexTask } from './indexedEssay';
import type { EssayJob, EssayResult } from './indexWorker';

/**
 * Jobs given to a worker at once: the next one waits in the worker while it analyses one, so that it never
 * idles while its answer travels to this thread and the next path comes back.
 */
const IN_FLIGHT = 2;

/** Where the bundled worker is: beside the bundled server and CLI. */
export const WORKER_SCRIPT = join(__dirname, 'indexWorker.js');

/**
 * The cache in `directory` (none if null) of the analyses this build makes: in this bundle (the server's or the CLI's,
 * where this code is bundled) or in the worker's.
 */
export const cacheOfAnalyses = (directory: string | null): DiskCache | null => cacheOfBundles(directory, [__filename, WORKER_SCRIPT]);

/** What is made of each essay: the workspace index's entry, or the CLI's JSON. */
export type EssayTask = IndexTask | ContractTask;
export type EssayProduct<T extends EssayTask> = T extends ContractTask ? ContractEssay : IndexedEssay;

// TypeScript cannot narrow `T` by `task.kind`: in both functions below, the two branches are the two members of `EssayProduct`.

/** Makes of an essay what `task` asks, on whichever thread calls it: of its text if it was `read` already, else read now. */
export function performTask<T extends EssayTask>(task: T, path: string, maxFileSize: number, read?: EssayRead): Promise<EssayProduct<T>> {
  return (task.kind === 'contract' ? readContractEssay(path, maxFileSize, task, read) : readIndexedEssay(path, maxFileSize, task, read)) as Promise<EssayProduct<T>>;
}

/** A product as a worker thread posts it: an indexed essay in its posted form; the CLI's as made (its JSON is text already). */
export type PostedProduct = PostedEssay | ContractEssay;

export function postedProduct(task: EssayTask, product: IndexedEssay | ContractEssay): PostedProduct {
  return task.kind === 'index' ? postedForm(product as IndexedEssay) : product as ContractEssay;
}

function receivedProduct<T extends EssayTask>(task: T, posted: PostedProduct): EssayProduct<T> {
  return (task.kind === 'index' ? receivedForm(posted as PostedEssay) : posted) as EssayProduct<T>;
}

/** What `task` asks of an essay if it can be had without analysing it (see `lookUpProduct`), else the essay as read. */
function lookUpTask<T extends EssayTask>(task: T, path: string, maxFileSize: number): Promise<{ product: EssayProduct<T> } | { read: EssayRead }> {
  return (task.kind === 'contract' ? lookUpContractEssay(path, maxFileSize, task) : lookUpIndexedEssay(path, maxFileSize, task)) as Promise<{ product: EssayProduct<T> } | { read: EssayRead }>;
}

export interface ReadOptions<T extends EssayTask> {
  task: T;
  /** The worker's script, or null to do all the work on this thread. */
  workerScript: string | null;
  /**
   * If given, this thread reads every essay first (and looks it up in the cache), and worker threads start only
   * for more than one essay to analyse, of at least this many characters in all (each thread loads the analysis
   * anew); else they always do.
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
  const queue: { path: string; index: number; read?: EssayRead }[] = [];
  // Essays are read here first only where what they hold decides whether worker threads start; else whoever
  // analyses an essay reads it, and no worker waits for this thread to read every essay before it begins.
  const lookedUp = workerThreshold === undefined ? [] : await Promise.all(paths.map((path) => lookUpTask(task, path, options.maxFileSize)));
  paths.forEach((path, index) => {
    const found = lookedUp[index];
    if (found === undefined || 'read' in found) queue.push({ path, index, read: found?.read });
    else if (!options.stopped?.()) each(found.product, index);
  });
  const next = () => (options.stopped?.() ? undefined : queue.shift());
  const runWorker = (script: string) => new Promise<void>((resolve) => {
    const worker = new Worker(script);
    const inFlight = new Map<number, (typeof queue)[number]>();
    const finish = () => {
      worker.removeAllListeners();
      void worker.terminate().then(() => resolve());
    };
    const send = () => {
      while (inFlight.size < IN_FLIGHT) {
        const item = next();
        if (!item) break;
        inFlight.set(item.index, item);
        worker.postMessage({ id: item.index, path: item.path, maxFileSize: options.maxFileSize, task, read: item.read } satisfies EssayJob);
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
      if (!options.stopped?.()) each(receivedProduct(task, essay), id);
      send();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker exited with code ${code}`)));
    send();
  });
  const workersPay = workerThreshold === undefined || (queue.length > 1 && queue.reduce((size, item) => size + (item.read?.text.length ?? 0), 0) >= workerThreshold);
  const workers = workerScript && workersPay ? Math.min(availableParallelism(), queue.length) : 0;
  await Promise.all(Array.from({ length: workers }, () => runWorker(workerScript!)));
  for (let item = next(); item !== undefined; item = next()) {
    const essay = await performTask(task, item.path, options.maxFileSize, item.read);
    if (!options.stopped?.()) each(essay, item.index);
  }
  if (task.cache) await pruneCache(task.cache.directory, DISK_CACHE_BYTES);
}
