// One essay of the workspace index, read and analysed: the same work in a worker thread and in the
// server's own thread. An indexed essay keeps what cross-document features read (names, dates, notes,
// citations, sections and the text); the paragraph-level structure only serves the open document's
// outline and folding, so it is dropped here.
import { pathToFileURL } from 'node:url';
import { analyzeDocument, formatOf } from './analysis/analyze';
import type { DocumentAnalysis } from './analysis/types';
import { type DiskCache, type EssayRead, type EssayWork, jsonOf, lookUpProduct, makeProduct } from './diskCache';

export type IndexedEssay =
  | { ok: true; uri: string; text: string; analysis: DocumentAnalysis }
  | { ok: false; uri: string; path: string; reason: string };

/**
 * An indexed essay as a worker thread posts it to the server's: its analysis as JSON text, the very text the cache
 * holds. One string is copied between threads far more cheaply than the thousand-odd objects of an analysis are
 * cloned, and the worker made that text anyway. 1,000 essays: a first index about 7 % faster, the next start (read from
 * the cache) 17 %, 40 MB less memory (docs/BENCHMARKS.md).
 */
export type PostedEssay = Exclude<IndexedEssay, { ok: true }> | { ok: true; uri: string; text: string; analysisJson: string };

export function postedForm(essay: IndexedEssay): PostedEssay {
  if (!essay.ok) return essay;
  const { analysis, ...rest } = essay;
  return { ...rest, analysisJson: jsonOf(analysis) };
}

export function receivedForm(essay: PostedEssay): IndexedEssay {
  if (!essay.ok) return essay;
  const { analysisJson, ...rest } = essay;
  return { ...rest, analysis: JSON.parse(analysisJson) as DocumentAnalysis };
}

/** What the workspace index asks of every essay, with the cache of analyses made before, if any. */
export interface IndexTask {
  kind: 'index';
  cache: DiskCache | null;
}

/** The analysis without what only the open document's own features read. */
export function forIndex(analysis: DocumentAnalysis): DocumentAnalysis {
  const { structure } = analysis;
  return { ...analysis, structure: { format: structure.format, sections: structure.sections, paragraphs: [], noteRegions: [], debris: [] } };
}

/** A cached value is used only if it has the shape of an analysis. */
function isAnalysis(value: unknown): value is DocumentAnalysis {
  const analysis = value as Partial<DocumentAnalysis> | undefined;
  return typeof analysis?.structure?.format === 'string' && Array.isArray(analysis.entities) && Array.isArray(analysis.mentions) &&
    Array.isArray(analysis.dates) && Array.isArray(analysis.markers) && Array.isArray(analysis.notes) && Array.isArray(analysis.citations);
}

const indexWork = (task: IndexTask): EssayWork<DocumentAnalysis, IndexedEssay> => ({
  cache: task.cache,
  context: 'index',
  isValid: isAnalysis,
  make: (text, path) => forIndex(analyzeDocument(text, formatOf(path))),
  product: (analysis, text, path) => ({ ok: true, uri: pathToFileURL(path).toString(), text, analysis }),
  failure: (reason, path) => ({ ok: false, uri: pathToFileURL(path).toString(), path, reason }),
});

export const lookUpIndexedEssay = (path: string, maxFileSize: number, task: IndexTask) => lookUpProduct(path, maxFileSize, indexWork(task));
export const readIndexedEssay = (path: string, maxFileSize: number, task: IndexTask, read?: EssayRead) => makeProduct(path, maxFileSize, indexWork(task), read);
