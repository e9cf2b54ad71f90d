// One essay for `close-reading analyze`: read, analysed, the reader's corrections applied, and written as
// the contract's JSON but for the corpus-wide ids (which need every essay). The same work on a worker
// thread as on the CLI's own: the CLI's thread then only joins JSON, and holds no analysis.
import { relative } from 'node:path';
import { analyzeDocument, formatOf } from '../analysis/analyze';
import { applyCorrections, type Correction } from '../analysis/names/corrections';
import type { Entity } from '../analysis/types';
import { readEssay } from '../textFile';
import { contractPieces, type ContractPieces } from './contract';

/** What the CLI asks of every essay: the workspace's corrections, which name documents relative to `workspace`. */
export interface ContractTask {
  kind: 'contract';
  corrections: readonly Correction[];
  workspace: string | null;
}

export type ContractEssay =
  | { ok: true; entities: Entity[]; json: ContractPieces }
  | { ok: false; reason: string };

export async function readContractEssay(path: string, maxFileSize: number, task: ContractTask): Promise<ContractEssay> {
  const read = await readEssay(path, maxFileSize);
  if (!read.ok) return read;
  let analysis = analyzeDocument(read.text, formatOf(path));
  if (task.corrections.length) {
    analysis = applyCorrections(read.text, analysis, task.corrections, task.workspace ? relative(task.workspace, path) : undefined);
  }
  return { ok: true, entities: analysis.entities, json: contractPieces(path, analysis) };
}
