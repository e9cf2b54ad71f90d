// Notes follow the text. Two jobs: carry a passage through the edits made in the editor (the exact
// offsets are known), and find a passage again in a text that changed elsewhere (only the quote, its
// context and the old position are known), as Hypothesis does. Offsets are UTF-16 code units, `end` exclusive.
import approxSearch from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from './model';

export interface Span { start: number; end: number }

/** One replacement, as in VS Code's TextDocumentContentChangeEvent: `rangeLength` characters at `rangeOffset` become `text`. */
export interface TextChange { rangeOffset: number; rangeLength: number; text: string }

/**
 * The span after the changes, applied in order (each to the text the previous ones left, as VS Code
 * and LSP send them). Text typed at either edge stays outside the passage; text typed inside it, or
 * replacing its first or last characters, joins it; a replacement across an edge trims it. Null when the
 * whole passage was deleted or replaced: the note is then orphaned.
 */
export function applyChanges(span: Span, changes: readonly TextChange[]): Span | null {
  let { start, end } = span;
  for (const change of changes) {
    const from = change.rangeOffset;
    const to = from + change.rangeLength;
    const delta = change.text.length - change.rangeLength;
    const replacedAtStart = start === from && to > from && to < end;
    const replacedAtEnd = end === to && from > start && from < to;
    start = start < from || replacedAtStart ? start : start >= to ? start + delta : from + change.text.length;
    end = end <= from ? end : replacedAtEnd ? from + change.text.length : end > to ? end + delta : from;
    if (start >= end) return null;
  }
  return { start, end };
}

export type AnchorStatus = 'anchored' | 'fuzzy' | 'orphaned';
export type Anchor = { status: 'anchored' | 'fuzzy'; start: number; end: number } | { status: 'orphaned' };

/** Largest share of the quote's characters an approximate match may get wrong. */
export const MAX_ERROR_RATE = 0.25;
/**
 * Lowest score (see `score`) of an approximate match: a changed quote must also find some of its context
 * (a quote wrong by a quarter needs about half of its context; a nearly exact one a little), so that a
 * short quote is not taken for any look-alike elsewhere in the essay.
 */
export const MIN_FUZZY_SCORE = 0.6;

/** How many characters of `a` and `b` agree, counted from their ends (`fromEnd`) or from their starts, as a share of `b`. */
function boundaryAgreement(a: string, b: string, fromEnd: boolean): number {
  if (b.length === 0) return 1;
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n++;
  return n / b.length;
}

type Match = { start: number; end: number; errors: number };

/** How well the text around a match agrees with the stored prefix and suffix, each from 0 to 1. */
function contextAgreement(text: string, quote: TextQuoteSelector, match: Match): [number, number] {
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  return [
    boundaryAgreement(text.slice(Math.max(0, match.start - prefix.length), match.start), prefix, true),
    boundaryAgreement(text.slice(match.end, match.end + suffix.length), suffix, false),
  ];
}

/** Scores a candidate as Hypothesis does: the quote matters most, then its context, then nearness to the old position. */
function score(text: string, quote: TextQuoteSelector, hint: number | undefined, match: Match): number {
  const quoteScore = 1 - match.errors / quote.exact.length;
  const [prefixScore, suffixScore] = contextAgreement(text, quote, match);
  const positionScore = hint === undefined || text.length === 0 ? 1 : 1 - Math.abs(match.start - hint) / text.length;
  return (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
}

function best<T>(items: T[], scoreOf: (item: T) => number): T | undefined {
  let top: T | undefined;
  let topScore = -Infinity;
  for (const item of items) {
    const s = scoreOf(item);
    if (s > topScore) { top = item; topScore = s; }
  }
  return top;
}

/** Every occurrence of `exact` within `[from, to)` of `text`. */
function exactOccurrences(text: string, exact: string, from = 0, to = text.length): Match[] {
  const window = from === 0 && to === text.length ? text : text.slice(from, to);
  const found: Match[] = [];
  for (let at = window.indexOf(exact); at !== -1; at = window.indexOf(exact, at + 1)) found.push({ start: from + at, end: from + at + exact.length, errors: 0 });
  return found;
}

/**
 * How far around the old position to look first. Most texts change by small insertions and deletions,
 * so the passage is usually near where it was; the whole text is searched only when it is not there.
 */
const NEAR = 4096;

/**
 * Finds a passage again in `text`: at its stored position if the quote is still there; else the exact
 * quote, the occurrence whose context fits best and nearest the old position; else an approximate match
 * with at most MAX_ERROR_RATE of the quote wrong and a score of MIN_FUZZY_SCORE ("fuzzy"); else nothing ("orphaned").
 */
export function anchor(text: string, quote: TextQuoteSelector | null, position: TextPositionSelector | null): Anchor {
  const exact = quote?.exact ?? '';
  if (!quote || exact.length === 0) {
    // Without a quote the position is all there is; trust it only inside the text.
    return position && position.start < position.end && position.end <= text.length ? { status: 'anchored', start: position.start, end: position.end } : { status: 'orphaned' };
  }
  if (position && text.startsWith(exact, position.start)) return { status: 'anchored', start: position.start, end: position.start + exact.length };
  const hint = position?.start;
  const scoreOf = (m: Match) => score(text, quote, hint, m);
  const near = hint === undefined ? null : { from: Math.max(0, hint - NEAR), to: Math.min(text.length, hint + exact.length + NEAR) };
  // An occurrence near the old position whose whole context agrees beats any occurrence farther away.
  const nearMatch = near && best(exactOccurrences(text, exact, near.from, near.to), scoreOf);
  const exactMatch = nearMatch && contextAgreement(text, quote, nearMatch).every((agreement) => agreement === 1) ? nearMatch : best(exactOccurrences(text, exact), scoreOf);
  if (exactMatch) return { status: 'anchored', start: exactMatch.start, end: exactMatch.end };
  const maxErrors = Math.floor(Math.min(256, exact.length * MAX_ERROR_RATE));
  if (maxErrors === 0) return { status: 'orphaned' };
  // Approximate matching costs time in proportion to the text: near the old position first.
  const approximate = (from: number, to: number) => approxSearch(text.slice(from, to), exact, maxErrors).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
  const fuzzy = (near && best(approximate(near.from, near.to), scoreOf)) ?? best(approximate(0, text.length), scoreOf);
  return fuzzy && fuzzy.end > fuzzy.start && scoreOf(fuzzy) >= MIN_FUZZY_SCORE ? { status: 'fuzzy', start: fuzzy.start, end: fuzzy.end } : { status: 'orphaned' };
}

/**
 * The essay a set of quotes now lives in, when their own file is gone (renamed or moved): the candidate
 * holding the most of them word for word, provided it holds at least half of them; else null.
 */
export function findMovedSource(quotes: readonly string[], candidates: readonly { source: string; text: string }[]): string | null {
  const wanted = quotes.filter((q) => q.length > 0);
  if (wanted.length === 0) return null;
  const found = best(
    candidates.map((c) => ({ source: c.source, hits: wanted.filter((q) => c.text.includes(q)).length })),
    (c) => c.hits,
  );
  return found && found.hits * 2 >= wanted.length ? found.source : null;
}
