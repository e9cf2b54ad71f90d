// Names in italics. By convention italics set off titles of works and of periodicals, never a person:
// a name inside a longer italic title is no mention (`*Stalin and His Generals*`, `*The Challenge of the Left
// Opposition*`), a place excepted (`*Stalinist Rule in the Ukraine*` is still about the Ukraine),
// and a lone italic word is a periodical (`*Pravda*`, `*Telos*`). A full name alone in italics stays a person
// (an epigraph's source: `*Moishe Lewin*`).
import type { Span } from '../types';
import type { NameSpan } from './identity';

const EMPHASIS = /(?<![*\p{L}\p{N}])([*_])(?![\s*_])([^*_\n]+?)(?<!\s)\1(?![*\p{L}\p{N}])/gu;

/** The spans of text between single `*` or `_` markers on one line (the markers excluded). */
export function emphasisSpans(text: string): Span[] {
  const spans: Span[] = [];
  // `exec` on the one pattern: `matchAll` would copy the pattern at every call (once for each block of a document).
  EMPHASIS.lastIndex = 0;
  for (let m = EMPHASIS.exec(text); m; m = EMPHASIS.exec(text)) spans.push({ start: m.index + 1, end: m.index + m[0].length - 1 });
  return spans;
}

/** `spans` (in text order) with names inside longer italics dropped and lone italic words made periodicals. */
export function reclassifyEmphasized(spans: NameSpan[], emphasis: Span[]): NameSpan[] {
  if (!emphasis.length) return spans;
  let next = 0;
  const kept: NameSpan[] = [];
  for (const span of spans) {
    const { start, end } = span;
    while (span.kind !== 'place' && next < emphasis.length && emphasis[next].end < end) next++;
    const italic = span.kind !== 'place' && next < emphasis.length && emphasis[next].start <= start ? emphasis[next] : undefined;
    if (!italic) kept.push(span);
    else if (italic.start === start && italic.end === end) kept.push(span.tokens.length === 1 && span.kind === 'person' ? { ...span, kind: 'organization' } : span);
  }
  return kept;
}
