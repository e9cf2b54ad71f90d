// Analyses of essays kept on disk (by `close-reading analyze` and the workspace index), found by the
// essay's path and text, the build that made them and whatever else they depend on: a second run over
// essays that did not change reads them back instead of analysing them again. A cold process spends most
// of its time warming the analysis up (docs/BENCHMARKS.md), so this is what makes reading a large, slowly
// growing library again fast.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { readEssay } from './textFile';

export interface DiskCache {
  directory: string;
  /** The build that analyses (see `buildIdentity`): an analysis made by another build is never read. */
  build: string;
}

/** At most this much is kept; the analyses used longest ago go first. */
export const DISK_CACHE_BYTES = 256 * 1024 * 1024;

/**
 * Names the build of `bundles` by their content (about 3 ms for the CLI's two: their times say nothing,
 * npm gives every file it installs the same), or returns null when one is missing: run from its
 * sources, the analysis has no build to name and nothing is cached.
 */
export function buildIdentity(bundles: readonly string[]): string | null {
  const hash = createHash('sha256');
  for (const bundle of bundles) {
    try {
      hash.update(createHash('sha256').update(readFileSync(bundle)).digest());
    } catch {
      return null;
    }
  }
  return hash.digest('hex');
}

/**
 * The cache in `directory` (none if null) of the analyses that `bundles` make, or none when they are not
 * bundles (run from the sources).
 */
export function cacheOfBundles(directory: string | null, bundles: readonly string[]): DiskCache | null {
  if (directory === null) return null;
  const build = buildIdentity(bundles);
  return build === null ? null : { directory, build };
}

/** The key of an essay's analysis: the build, what else the result depends on (`context`), and the essay's path and text. */
export function cacheKey(cache: DiskCache, context: unknown, path: string, text: string): string {
  // JSON never holds a raw NUL: the text cannot be confused with the fields before it.
  return createHash('sha256').update(JSON.stringify([cache.build, context, path])).update('\0').update(text).digest('hex');
}

const fileOf = (cache: DiskCache, key: string) => join(cache.directory, `${key}.json`);

/** The JSON text of the values this thread read from the cache or wrote to it, for `jsonOf`. */
const jsonOfValue = new WeakMap<object, string>();

function remember(value: unknown, json: string): void {
  if (typeof value === 'object' && value !== null) jsonOfValue.set(value, json);
}

/** `value` as JSON: the text of it that this thread read from the cache or wrote there (so a value kept must not change after), else made now. */
export function jsonOf(value: object): string {
  return jsonOfValue.get(value) ?? JSON.stringify(value);
}

/** What is kept under `key`, or undefined when nothing is (or it cannot be read). */
export async function readCached(cache: DiskCache, key: string): Promise<unknown> {
  const file = fileOf(cache, key);
  try {
    const json = await readFile(file, 'utf8');
    const value: unknown = JSON.parse(json);
    remember(value, json);
    // Its modification time says when it was last used, for pruning.
    const now = new Date();
    await utimes(file, now, now);
    return value;
  } catch {
    return undefined;
  }
}

/** The folders this thread has made (or found) already. */
const madeFolders = new Set<string>();

/**
 * Keeps `value` under `key`. A file is written whole or not at all, so that a reader never sees half of one.
 * Written synchronously: 60 KB take a fraction of a millisecond, and the promise API cost about four times the
 * CPU time on a worker thread that writes a thousand of them.
 */
export function writeCached(cache: DiskCache, key: string, value: unknown): void {
  const file = fileOf(cache, key);
  const partial = `${file}.${process.pid}-${threadId}`;
  try {
    if (!madeFolders.has(cache.directory)) {
      mkdirSync(cache.directory, { recursive: true });
      madeFolders.add(cache.directory);
    }
    const json = JSON.stringify(value);
    remember(value, json);
    writeFileSync(partial, json);
    renameSync(partial, file);
  } catch {
    // A read-only or full disk: the analysis is made again next time, nothing else changes. The folder may
    // have been removed: the next write makes it again.
    madeFolders.delete(cache.directory);
    try {
      rmSync(partial, { force: true });
    } catch { /* there is no folder to hold it */ }
  }
}

/** Pruning reads the size of every file (some 60 ms for 4,000 of them): it is done at most this often in a folder. */
const PRUNE_EVERY_MS = 60 * 60 * 1000;
/** The file whose time says when a folder was last pruned. */
const PRUNED = '.pruned';

/**
 * Removes the files of `directory` used longest ago until it holds at most `maxBytes`, unless it was pruned in
 * the last hour (a folder may then hold more for a while).
 */
export async function pruneCache(directory: string, maxBytes: number): Promise<void> {
  const marker = join(directory, PRUNED);
  const pruned = await stat(marker).then((info) => info.mtimeMs, () => 0);
  if (Date.now() - pruned < PRUNE_EVERY_MS) return;
  await writeFile(marker, '').catch(() => {});
  const names = (await readdir(directory).catch(() => [])).filter((name) => name !== PRUNED);
  const files = await Promise.all(names.map(async (name) => {
    const info = await stat(join(directory, name)).catch(() => null);
    return { name, size: info?.size ?? 0, used: info?.mtimeMs ?? 0 };
  }));
  let total = files.reduce((sum, file) => sum + file.size, 0);
  files.sort((a, b) => a.used - b.used);
  for (const file of files) {
    if (total <= maxBytes) break;
    await rm(join(directory, file.name), { force: true }).catch(() => {});
    total -= file.size;
  }
}

/**
 * How a product of an essay (its analysis, say) is made and kept: `make` gives the value kept in the
 * cache, `product` the product of a value made or cached, `failure` that of an essay that cannot be read.
 */
export interface EssayWork<T, P> {
  cache: DiskCache | null;
  /** What the value depends on besides the build and the essay's path and text. */
  context: unknown;
  /** Tells a value of the kind made (a file of another kind counts as none, and is made again). */
  isValid: (value: unknown) => value is T;
  make: (text: string, path: string) => T;
  product: (value: T, text: string, path: string) => P;
  failure: (reason: string, path: string) => P;
}

/** An essay read and not found in the cache: its text, and its key there (null without a cache). */
export interface EssayRead {
  text: string;
  key: string | null;
}

/**
 * The product of the essay at `path` if it can be had without making it (from the cache, or a failure to read);
 * else the essay as read, to make it from.
 */
export async function lookUpProduct<T, P>(path: string, maxFileSize: number, work: EssayWork<T, P>): Promise<{ product: P } | { read: EssayRead }> {
  const read = await readEssay(path, maxFileSize);
  if (!read.ok) return { product: work.failure(read.reason, path) };
  const key = work.cache && cacheKey(work.cache, work.context, path, read.text);
  const cached = key === null ? undefined : await readCached(work.cache!, key);
  return work.isValid(cached) ? { product: work.product(cached, read.text, path) } : { read: { text: read.text, key } };
}

/** The product of the essay at `path`, made (and kept in the cache) unless the cache holds it; `read` if it was read already. */
export async function makeProduct<T, P>(path: string, maxFileSize: number, work: EssayWork<T, P>, read?: EssayRead): Promise<P> {
  if (read === undefined) {
    const found = await lookUpProduct(path, maxFileSize, work);
    if ('product' in found) return found.product;
    read = found.read;
  }
  const value = work.make(read.text, path);
  if (read.key !== null) writeCached(work.cache!, read.key, value);
  return work.product(value, read.text, path);
}
