// The annotation store on disk: `.close-reading/annotations.jsonld` in a workspace folder. Nothing is
// ever lost: writes are atomic (a temporary file, then a rename); every write re-reads the store under
// a lock and applies only this writer's changes to it, so two windows merge by id; a store that does
// not parse is backed up, reported, and never overwritten.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { lock } from 'proper-lockfile';
import writeFileAtomic from 'write-file-atomic';
import { emptyPage, parsePage, serializePage, type Annotation, type AnnotationPage } from './model';

export const STORE_PATH = join('.close-reading', 'annotations.jsonld');
/** A lock not refreshed for this long belongs to a writer that died; proper-lockfile refreshes live ones every half of it. */
const STALE_LOCK_MS = 3000;

export type StoreRead =
  | { ok: true; page: AnnotationPage; exists: boolean }
  | { ok: false; error: string; backup: string };

/** One change a writer makes: an annotation added or replaced (matched by id), or removed. */
export type StoreChange = { put: Annotation } | { remove: string };

export class StoreUnreadableError extends Error {
  constructor(readonly path: string, readonly reason: string, readonly backup: string) {
    super(`${path} cannot be read (${reason}); a copy is kept in ${backup}. Notes are read-only until the file is fixed.`);
  }
}

/** The page with the changes applied in order; annotations of other writers are kept as they are. */
export function applyStoreChanges(page: AnnotationPage, changes: readonly StoreChange[]): AnnotationPage {
  const items = new Map(page.items.map((a) => [a.id, a]));
  for (const change of changes) {
    if ('put' in change) items.set(change.put.id, change.put);
    else items.delete(change.remove);
  }
  return { ...page, items: [...items.values()] };
}

/** A copy of an unreadable store beside it, named after its content so that repeated reads keep one copy. */
async function backUp(path: string, bytes: Buffer): Promise<string> {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const backup = join(dirname(path), `${basename(path)}.unreadable-${hash}`);
  const existing = await readdir(dirname(path)).catch((): string[] => []);
  if (!existing.includes(basename(backup))) await copyFile(path, backup);
  return backup;
}

/** Reads the store; a missing store is an empty page, an unreadable one is backed up and reported. */
export async function readStore(path: string): Promise<StoreRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, page: emptyPage(), exists: false };
    throw error;
  }
  try {
    return { ok: true, page: parsePage(bytes.toString('utf8')), exists: true };
  } catch (error) {
    return { ok: false, error: (error as Error).message, backup: await backUp(path, bytes) };
  }
}

/**
 * Applies a writer's changes to the store as it is on disk now, under a lock shared by every process,
 * and writes the result atomically. Throws StoreUnreadableError, writing nothing, if the store does not parse.
 */
export async function updateStore(path: string, changes: readonly StoreChange[]): Promise<AnnotationPage> {
  await mkdir(dirname(path), { recursive: true });
  const release = await lock(path, { realpath: false, stale: STALE_LOCK_MS, retries: { retries: 50, factor: 1.3, minTimeout: 20, maxTimeout: 500 } });
  try {
    const read = await readStore(path);
    if (!read.ok) throw new StoreUnreadableError(path, read.error, read.backup);
    const page = applyStoreChanges(read.page, changes);
    await writeFileAtomic(path, serializePage(page));
    return page;
  } finally {
    await release();
  }
}

/** The key of an essay opened outside any workspace folder: the hash of its text, as a URN. */
export function contentKey(text: string): string {
  return `urn:sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}
