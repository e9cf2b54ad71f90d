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
import { readingDocument } from './letters';

/** Markdown by language id, else by file extension, else plain text (clients may send no language id). */
export function formatOf(path: string, languageId?: string | null): DocumentFormat {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'plaintext') return 'plaintext';
  return /\.(?:md|markdown)$/i.test(path) ? 'markdown' : 'plaintext';
}

/** Told of a layer that threw on a text; the analysis goes on without what that layer would have found. */
export type LayerFailure = (layer: string, error: unknown) => void;

function attempt<T>(name: string, layer: () => T, fallback: T, failed?: LayerFailure): T {
  try {
    return layer();
  } catch (error) {
    failed?.(name, error);
    return fallback;
  }
}

/** Page debris (page numbers, running heads, a repository's stamp) and note markers: never dates of the text. */
export function numbersNotDates(structure: DocumentStructure, markers: readonly NoteMarker[]): Span[] {
  return [...structure.debris, ...markers].sort((a, b) => a.start - b.start);
}

/**
 * Analyses one document; with the memo of its previous version, only what an edit changed is analysed again. A layer that
 * throws loses only its own part (`failed` is told which).
 */
export function analyzeDocument(text: string, format: DocumentFormat, memo?: BlockMemo, failed?: LayerFailure): DocumentAnalysis {
  return readingDocument(text, () => analyzeLayers(text, format, memo, failed));
}

function analyzeLayers(text: string, format: DocumentFormat, memo?: BlockMemo, failed?: LayerFailure): DocumentAnalysis {
  const structure = attempt('structure', () => analyzeStructure(text, format), {
    format, sections: [], paragraphs: [], noteRegions: [], debris: [],
  }, failed);
  const { markers, notes } = attempt('notes', () => findNotes(text, structure, memo), { markers: [], notes: [] }, failed);
  const dates = attempt('dates', () => detectDates(text, numbersNotDates(structure, markers), memo, noteAnchors(notes, markers)), [], failed);
  const citations = attempt('citations', () => findCitations(text, structure, notes, memo), [], failed);
  const names = attempt('names', () => detectNames(text, structure, memo, citations), { entities: [], mentions: [] }, failed);
  const sections = attempt('sections', () => withoutBylines(text, structure.sections, structure.paragraphs, names.mentions), structure.sections, failed);
  return { structure: { ...structure, sections }, ...names, dates, markers, notes, citations };
}
