// One essay of the workspace index, read and analysed: the same work in a worker thread and in the
// server's own thread. An indexed essay keeps what cross-document features read (names, dates, notes,
// citations, sections and the text); the paragraph-level structure only serves the open document's
// outline and folding, so it is dropped here.
import { pathToFileURL } from 'node:url';
import { analyzeDocument, formatOf } from './analysis/analyze';
import type { DocumentAnalysis } from './analysis/types';
import { readEssay } from './textFile';

export type IndexedEssay =
  | { ok: true; uri: string; text: string; analysis: DocumentAnalysis }
  | { ok: false; uri: string; path: string; reason: string };

/** The analysis without what only the open document's own features read. */
export function forIndex(analysis: DocumentAnalysis): DocumentAnalysis {
  const { structure } = analysis;
  return { ...analysis, structure: { format: structure.format, sections: structure.sections, paragraphs: [], noteRegions: [], debris: [] } };
}

export async function readIndexedEssay(path: string, maxFileSize: number): Promise<IndexedEssay> {
  const uri = pathToFileURL(path).toString();
  const read = await readEssay(path, maxFileSize);
  if (!read.ok) return { ok: false, uri, path, reason: read.reason };
  return { ok: true, uri, text: read.text, analysis: forIndex(analyzeDocument(read.text, formatOf(path))) };
}
