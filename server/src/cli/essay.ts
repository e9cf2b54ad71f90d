// One essay for `close-reading analyze`: read, analysed, the reader's corrections applied, and written as
// the contract's JSON but for the corpus-wide ids (which need every essay). The same work on a worker
// thread as on the CLI's own: the CLI's thread then only joins JSON, and holds no analysis.
import { relative } from 'node:path';
import { analyzeDocument, formatOf } from '../analysis/analyze';
import { applyCorrections, type Correction } from '../analysis/names/corrections';
import type { Entity } from '../analysis/types';
import { readEssay } from '../textFile';
import { type DiskCache, cacheKey, readCached, writeCached } from './diskCache';
import { contractPieces, type ContractPieces } from './contract';

/**
 * What the CLI asks of every essay: the workspace's corrections, which name documents relative to `workspace`;
 * the cache of analyses made before, if any.
 */
export interface ContractTask {
  kind: 'contract';
  corrections: readonly Correction[];
  workspace: string | null;
  cache: DiskCache | null;
}

export type ContractEssay =
  | { ok: true; entities: Entity[]; json: ContractPieces }
  | { ok: false; reason: string };

/** A cached value is used only if it has the shape of an analysed essay (a file of another kind is analysed again). */
function isAnalysedEssay(value: unknown): value is ContractEssay & { ok: true } {
  const essay = value as Partial<ContractEssay & { ok: true }> | undefined;
  return essay?.ok === true && Array.isArray(essay.entities) && Array.isArray(essay.json?.pieces) &&
    Array.isArray(essay.json.mentionEntities) && essay.json.pieces.length === essay.json.mentionEntities.length + 1;
}

/** The essay read, and what is known of it already: the failure to read it, or its analysis in the cache. */
type Lookup = { known: ContractEssay } | { known: null; text: string; key: string | null };

async function lookUp(path: string, maxFileSize: number, task: ContractTask): Promise<Lookup> {
  const read = await readEssay(path, maxFileSize);
  if (!read.ok) return { known: read };
  const key = task.cache && cacheKey(task.cache, [task.workspace, task.corrections], path, read.text);
  const cached = key === null ? undefined : await readCached(task.cache!, key);
  return isAnalysedEssay(cached) ? { known: cached } : { known: null, text: read.text, key };
}

/** What can be said of the essay at `path` without analysing it (see `Lookup`), or null. */
export async function knownContractEssay(path: string, maxFileSize: number, task: ContractTask): Promise<ContractEssay | null> {
  return (await lookUp(path, maxFileSize, task)).known;
}

export async function readContractEssay(path: string, maxFileSize: number, task: ContractTask): Promise<ContractEssay> {
  const found = await lookUp(path, maxFileSize, task);
  if (found.known) return found.known;
  let analysis = analyzeDocument(found.text, formatOf(path));
  if (task.corrections.length) {
    analysis = applyCorrections(found.text, analysis, task.corrections, task.workspace ? relative(task.workspace, path) : undefined);
  }
  const essay: ContractEssay = { ok: true, entities: analysis.entities, json: contractPieces(path, analysis) };
  if (found.key !== null) await writeCached(task.cache!, found.key, essay);
  return essay;
}
