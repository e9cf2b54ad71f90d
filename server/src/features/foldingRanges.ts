// Folding: collapse a section, or a block of notes that interrupts the prose.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { Span } from '../analysis/types';
import type { AnalyzedDocument } from '../analysisCache';
import { toRange } from '../convert';

export function provideFoldingRanges(doc: AnalyzedDocument): FoldingRange[] {
  const fold = (span: Span, kind?: FoldingRangeKind): FoldingRange | null => {
    const range = toRange(doc.document, { start: span.start, end: Math.max(span.start, span.end - 1) });
    return range.end.line > range.start.line ? { startLine: range.start.line, endLine: range.end.line, kind } : null;
  };
  const { sections, noteRegions } = doc.analysis.structure;
  return [
    ...sections.map((s) => fold(s)),
    ...noteRegions.map((r) => fold(r, FoldingRangeKind.Comment)),
  ].filter((r): r is FoldingRange => r !== null);
}
