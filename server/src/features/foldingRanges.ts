// Folding: collapse a section, or a block of notes that interrupts the prose.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis, Span } from '../analysis/types';
import { toRange } from '../convert';

export function provideFoldingRanges(document: TextDocument, analysis: DocumentAnalysis): FoldingRange[] {
  const fold = (span: Span, kind?: FoldingRangeKind): FoldingRange | null => {
    const range = toRange(document, { start: span.start, end: Math.max(span.start, span.end - 1) });
    return range.end.line > range.start.line ? { startLine: range.start.line, endLine: range.end.line, kind } : null;
  };
  const { sections, noteRegions } = analysis.structure;
  return [
    ...sections.map((s) => fold(s)),
    ...noteRegions.map((r) => fold(r, FoldingRangeKind.Comment)),
  ].filter((r): r is FoldingRange => r !== null);
}
