// `close-reading analyze` keeps each essay's analysis on disk, found by the essay's text, the build that
// made it and the reader's corrections: a second run over essays that did not change reads them back
// instead of analysing them again. A cold process spends most of its time warming the analysis up
// (docs/BENCHMARKS.md), so this is what makes a run over a large, slowly growing library fast.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

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
export async function buildIdentity(bundles: readonly string[]): Promise<string | null> {
  const contents = await Promise.all(bundles.map((bundle) => readFile(bundle).catch(() => null)));
  if (contents.some((content) => content === null)) return null;
  const hash = createHash('sha256');
  for (const content of contents) hash.update(createHash('sha256').update(content!).digest());
  return hash.digest('hex');
}

/** The key of an essay's analysis: the build, what else the result depends on (`context`), and the essay's path and text. */
export function cacheKey(cache: DiskCache, context: unknown, path: string, text: string): string {
  // JSON never holds a raw NUL: the text cannot be confused with the fields before it.
  return createHash('sha256').update(JSON.stringify([cache.build, context, path])).update('\0').update(text).digest('hex');
}

const fileOf = (cache: DiskCache, key: string) => join(cache.directory, `${key}.json`);

/** What is kept under `key`, or undefined when nothing is (or it cannot be read). */
export async function readCached(cache: DiskCache, key: string): Promise<unknown> {
  const file = fileOf(cache, key);
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'));
    // Its modification time says when it was last used, for pruning.
    const now = new Date();
    await utimes(file, now, now);
    return value;
  } catch {
    return undefined;
  }
}

/** Keeps `value` under `key`. A file is written whole or not at all, so that a reader never sees half of one. */
export async function writeCached(cache: DiskCache, key: string, value: unknown): Promise<void> {
  const file = fileOf(cache, key);
  const partial = `${file}.${process.pid}-${threadId}`;
  try {
    await mkdir(cache.directory, { recursive: true });
    await writeFile(partial, JSON.stringify(value));
    await rename(partial, file);
  } catch {
    // A read-only or full disk: the analysis is made again next time, nothing else changes.
    await rm(partial, { force: true }).catch(() => {});
  }
}

/** Removes the files of `directory` used longest ago until it holds at most `maxBytes`. */
export async function pruneCache(directory: string, maxBytes: number): Promise<void> {
  const names = await readdir(directory).catch(() => []);
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
