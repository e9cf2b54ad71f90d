// Names in italics. By convention italics set off titles of works and of periodicals, never a person:
// a name inside a longer italic title is no mention (`*Stalin and His Generals*`, `*The Challenge of the Left
// Opposition*`), a place excepted (`*Stalinist Rule in the Ukraine*` is still about the Ukraine),
// and a lone italic word is a periodical (`*Pravda*`, `*Telos*`). A full name alone in italics is the source
// of a quotation or an epigraph (`." *Moishe Lewin*`) after a sentence or on a line of its own; inside a
// sentence it is a title: a periodical after `the` (`the *Neue Rheinische Zeitung*`), else a work
// (`Hugo, *Napoléon le Petit*`).
import type { Span } from '../types';
import type { NameSpan } from './identity';
import { atLineStart } from './tokens';

/** The article a periodical's name in italics may open with, which its name leaves out (`*The Review of Politics*`). */
const ARTICLE_BEFORE = /^(?:The|La|Le|Les|L’|L'|Die|Der|Das|El|Il|Lo) ?$/u;

const EMPHASIS = /(?<![*\p{L}\p{N}])([*_])(?![\s*_])([^*_\n]+?)(?<!\s)\1(?![*\p{L}\p{N}])/gu;

/** What opens a web page's byline (`*By Helen Marsh*`, `*Posted by Helen Marsh on …*`) or its lists of tags and categories, or a transcript's question or answer (`*Q: How did …?*`). */
const PAGE_LABEL = /^(?:(?:(?:[Pp]osted|[Ww]ritten|[Pp]ublished|[Rr]eported)\s+)?[Bb]y\s+\p{Lu}|(?:Tags|Tagged|Filed under|Posted in|Categories|Category|Keywords|Topics|Q|A|Question|Answer):\s)/u;

/** The end of a sentence and the start of the next. */
const SENTENCES = /[.!?]["”’)]?\s+\p{Lu}/u;

/** The spans of text between single `*` or `_` markers on one line (the markers excluded), but prose set in italics. */
export function emphasisSpans(text: string): Span[] {
  const spans: Span[] = [];
  // Most blocks have no marker: the pattern (its look-behind first) would read every character of them.
  if (!text.includes('*') && !text.includes('_')) return spans;
  // `exec` on the one pattern: `matchAll` would copy the pattern at every call (once for each block of a document).
  EMPHASIS.lastIndex = 0;
  for (let m = EMPHASIS.exec(text); m; m = EMPHASIS.exec(text)) {
    // A long italic of several sentences, or a whole line of its own, is prose set in italics (an editor's note, a standfirst),
    // no title; nor is a web page's byline or its list of tags (`*By Helen Marsh*`, `*Tags: Stalin, Moscow trials*`), nor a
    // question asked (`*Q: …*`).
    if (m[2].length > 80 && (SENTENCES.test(m[2]) || isWholeLine(text, m.index, m.index + m[0].length)) || PAGE_LABEL.test(m[2])) continue;
    spans.push({ start: m.index + 1, end: m.index + m[0].length - 1 });
  }
  return spans;
}

/** Whether `start` to `end` is a line of `text` of its own, but for spaces. */
function isWholeLine(text: string, start: number, end: number): boolean {
  let after = end;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  return atLineStart(text, start) && (after === text.length || text[after] === '\n' || text[after] === '\r');
}

/** `spans` (in text order) with names inside longer italics dropped and lone italic words made periodicals. */
export function reclassifyEmphasized(text: string, spans: NameSpan[], emphasis: Span[]): NameSpan[] {
  if (!emphasis.length) return spans;
  let next = 0;
  const kept: NameSpan[] = [];
  for (const span of spans) {
    const { start, end } = span;
    while (span.kind !== 'place' && next < emphasis.length && emphasis[next].end < end) next++;
    const italic = span.kind !== 'place' && next < emphasis.length && emphasis[next].start <= start ? emphasis[next] : undefined;
    if (!italic) kept.push(span);
    else if ((italic.start === start || span.kind === 'organization' && ARTICLE_BEFORE.test(text.slice(italic.start, start))) && italic.end === end) {
      const before = span.kind === 'person' && span.tokens.length > 1 ? wordsBefore(text, start - 1) : null;
      // Made as every span is made: a copy by spreading would have another shape (map) in V8.
      if (span.kind === 'person' && span.tokens.length === 1 || before === 'the') kept.push({ kind: 'organization', tokens: span.tokens, start, end });
      else if (before === null) kept.push(span);
    }
  }
  return kept;
}

/**
 * Inside a sentence, the word before an italic span that opens at `marker` (small letters; `,` or `:` for
 * that mark); null after the end of a sentence or at the start of a line.
 */
function wordsBefore(text: string, marker: number): string | null {
  let i = marker - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0 || text[i] === '\n' || text[i] === '\r') return null;
  const word = /[\p{L}\p{N}’']+$|[,:;(]$/u.exec(text.slice(Math.max(0, i - 30), i + 1));
  return word ? word[0].toLowerCase() : null;
}
