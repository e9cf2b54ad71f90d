// The analysis core's entry point: text in, plain data out. It never throws: a layer that fails on
// strange text leaves its part of the result empty and the others stand.
import type { DocumentAnalysis, DocumentFormat } from './types';
import type { BlockMemo } from './blocks';
import { analyzeStructure } from './structure';
import { detectDates } from './dates';
import { findNotes } from './notes';
import { findCitations } from './citations';
import { detectNames } from './names';

/** Markdown by language id, else by file extension, else plain text (clients may send no language id). */
export function formatOf(path: string, languageId?: string | null): DocumentFormat {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'plaintext') return 'plaintext';
  return /\.(?:md|markdown)$/i.test(path) ? 'markdown' : 'plaintext';
}

function attempt<T>(layer: () => T, fallback: T): T {
  try {
    return layer();
  } catch {
    return fallback;
  }
}

/** Analyses one document; `memo` keeps per-block results from the previous version of the same document. */
export function analyzeDocument(text: string, format: DocumentFormat, memo?: BlockMemo): DocumentAnalysis {
  const structure = attempt(() => analyzeStructure(text, format), {
    format, sections: [], paragraphs: [], noteRegions: [], debris: [],
  });
  const { markers, notes } = attempt(() => findNotes(text, structure), { markers: [], notes: [] });
  // Page numbers and note markers are numbers that are never dates.
  const notDates = [...structure.debris.filter((d) => d.kind === 'page-number'), ...markers].sort((a, b) => a.start - b.start);
  const dates = attempt(() => detectDates(text, notDates), []);
  const citations = attempt(() => findCitations(text, structure, notes), []);
  const names = attempt(() => detectNames(text, structure, memo), { entities: [], mentions: [] });
  return { structure, ...names, dates, markers, notes, citations };
}
