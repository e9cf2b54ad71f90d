// Semantic highlighting: people, organizations, places, dates, note markers and citations, as custom
// token types whose super types (package.json) give every theme a color for them.
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { Span } from '../analysis/types';
import type { AnalyzedDocument } from '../analysisCache';

export const TOKEN_TYPES = ['person', 'organization', 'place', 'date', 'noteMarker', 'citation'] as const;
type TokenType = (typeof TOKEN_TYPES)[number];

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

export function provideSemanticTokens(doc: AnalyzedDocument): SemanticTokens {
  const { analysis, document } = doc;
  const tokens: { span: Span; type: TokenType }[] = [
    ...analysis.mentions.map((m) => ({ span: m as Span, type: m.kind as TokenType })),
    ...analysis.dates.map((d) => ({ span: d as Span, type: 'date' as const })),
    ...analysis.markers.map((m) => ({ span: m as Span, type: 'noteMarker' as const })),
    ...analysis.citations.filter((c) => c.kind === 'ibid' || c.kind === 'opcit' || c.kind === 'author-year')
      .map((c) => ({ span: c as Span, type: 'citation' as const })),
  ].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const builder = new SemanticTokensBuilder();
  let covered = 0; // tokens may not overlap: the first (outermost) wins
  for (const { span, type } of tokens) {
    if (span.start < covered) continue;
    covered = span.end;
    // A token may not span lines: a name broken across a line gives one token per line.
    const start = document.positionAt(span.start);
    const end = document.positionAt(span.end);
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const lineEnd = line === end.line ? end.character : document.positionAt(document.offsetAt({ line: line + 1, character: 0 }) - 1).character;
      if (lineEnd > from) builder.push(line, from, lineEnd - from, TOKEN_TYPES.indexOf(type), 0);
    }
  }
  return builder.build();
}
