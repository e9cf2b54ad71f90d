// One essay for `close-reading analyze`: read, analysed, the reader's corrections applied, and written as
// the contract's JSON but for the corpus-wide ids (which need every essay). The same work on a worker
// thread as on the CLI's own: the CLI's thread then only joins JSON, and holds no analysis.
import { relative } from 'node:path';
import { analyzeDocument, formatOf } from '../analysis/analyze';
import { applyCorrections, type Correction } from '../analysis/names/corrections';
import type { Entity } from '../analysis/types';
import { type DiskCache, type EssayRead, type EssayWork, lookUpProduct, makeProduct } from '../diskCache';
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

type AnalysedEssay = { ok: true; entities: Entity[]; json: ContractPieces };
export type ContractEssay = AnalysedEssay | { ok: false; reason: string };

/** A cached value is used only if it has the shape of an analysed essay. */
function isAnalysedEssay(value: unknown): value is AnalysedEssay {
  const essay = value as Partial<AnalysedEssay> | undefined;
  return essay?.ok === true && Array.isArray(essay.entities) && Array.isArray(essay.json?.pieces) &&
    Array.isArray(essay.json.mentionEntities) && essay.json.pieces.length === essay.json.mentionEntities.length + 1;
}

const contractWork = (task: ContractTask): EssayWork<AnalysedEssay, ContractEssay> => ({
  cache: task.cache,
  context: [task.workspace, task.corrections],
  isValid: isAnalysedEssay,
  make: (text, path) => {
    let analysis = analyzeDocument(text, formatOf(path), undefined, (layer, error) =>
      process.stderr.write(`close-reading: ${path}: the ${layer} layer failed (${String(error)}); the rest of the essay's analysis stands\n`));
    if (task.corrections.length) {
      analysis = applyCorrections(text, analysis, task.corrections, task.workspace ? relative(task.workspace, path) : undefined);
    }
    return { ok: true, entities: analysis.entities, json: contractPieces(path, analysis) };
  },
  product: (essay) => essay,
  failure: (reason) => ({ ok: false, reason }),
});

export const lookUpContractEssay = (path: string, maxFileSize: number, task: ContractTask) => lookUpProduct(path, maxFileSize, contractWork(task));
export const readContractEssay = (path: string, maxFileSize: number, task: ContractTask, read?: EssayRead) => makeProduct(path, maxFileSize, contractWork(task), read);
