// The analysis core's entry point: text in, plain data out. It never throws: a layer that fails on
// strange text leaves its part of the result empty and the others stand.
import type { BlockMemo } from './blocks';
import type { DocumentAnalysis, DocumentFormat, DocumentStructure, NoteMarker, Span } from './types';
import { analyzeStructure } from './structure';
import { withoutBylines } from './structure/bylines';
import { detectDates, noteAnchors } from './dates';
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

/** Page debris (page numbers, running heads, a repository's stamp) and note markers: never dates of the text. */
export function numbersNotDates(structure: DocumentStructure, markers: readonly NoteMarker[]): Span[] {
  return [...structure.debris, ...markers].sort((a, b) => a.start - b.start);
}

/** Analyses one document; with the memo of its previous version, only what an edit changed is analysed again. */
export function analyzeDocument(text: string, format: DocumentFormat, memo?: BlockMemo): DocumentAnalysis {
  const structure = attempt(() => analyzeStructure(text, format), {
    format, sections: [], paragraphs: [], noteRegions: [], debris: [],
  });
  const { markers, notes } = attempt(() => findNotes(text, structure, memo), { markers: [], notes: [] });
  const dates = attempt(() => detectDates(text, numbersNotDates(structure, markers), memo, noteAnchors(notes, markers)), []);
  const citations = attempt(() => findCitations(text, structure, notes, memo), []);
  const names = attempt(() => detectNames(text, structure, memo, citations), { entities: [], mentions: [] });
  const sections = attempt(() => withoutBylines(text, structure.sections, structure.paragraphs, names.mentions), structure.sections);
  return { structure: { ...structure, sections }, ...names, dates, markers, notes, citations };
}
