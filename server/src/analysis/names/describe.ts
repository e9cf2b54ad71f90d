// Who a person is, as the text says it where it introduces them: a noun phrase before the name (`the
// Bulgarian communist leader Georgi Dimitrov`), an appositive or relative clause after it (`, who was also the
// head of the Communist International (1934-1943),`), or one set off by dashes (`Joseph Stalin - the General
// Secretary of the Central Committee -`).
import type { Span } from '../types';
import { codeAt } from './tokens';

/** Words that end a descriptive noun phrase when read backwards from the name (`the letter to Dimitrov`). */
const NOT_DESCRIPTIVE = new Set([
  'to', 'of', 'by', 'with', 'from', 'for', 'and', 'or', 'but', 'in', 'on', 'at', 'as', 'that', 'than', 'is', 'was',
  'were', 'are', 'be', 'been', 'had', 'has', 'have', 'said', 'wrote', 'says', 'writes', 'not', 'also', 'when', 'if',
  'against', 'upon', 'which', 'who', 'whom', 'whose', 'about', 'over', 'under', 'after', 'before', 'between', 'into',
  'through', 'toward', 'towards', 'among', 'like', 'unlike', 'without', 'within', 'led', 'made', 'let', 'saw', 'see',
]);
const DETERMINERS = new Set(['the', 'a', 'an']);

const LETTER_OR_MARK = /^[\p{L}\p{M}]/u;

/** The length (1, or 2 for a surrogate pair) of the letter, mark, apostrophe or hyphen that ends at `end`, or 0. */
function wordCharBefore(text: string, end: number, from: number): number {
  const c = text.charCodeAt(end - 1);
  if (c < 128) return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 39 || c === 45 ? 1 : 0;
  if (c === 0x2019) return 1;
  const high = text.charCodeAt(end - 2);
  if (c >= 0xDC00 && c <= 0xDFFF && end - 2 >= from && high >= 0xD800 && high <= 0xDBFF) return LETTER_OR_MARK.test(text.slice(end - 2, end)) ? 2 : 0;
  return LETTER_OR_MARK.test(text[end - 1]) ? 1 : 0;
}

/**
 * `the Bulgarian communist leader ` right before the name: a determiner and two to six descriptive words,
 * read backwards from the name within 120 characters, each word apart from the next by spaces with at most one line break.
 */
function phraseBefore(text: string, start: number): number | null {
  const from = Math.max(0, start - 120);
  let end = start;
  for (let count = 0; count < 7; count++) {
    // Between this word and the next (or the name): spaces or tabs, with at most one line break.
    let gapStart = end;
    let lineBreaks = 0;
    for (let c = codeAt(text, gapStart - 1); gapStart > from && (c === 32 || c === 9 || c === 10 && ++lineBreaks === 1); c = codeAt(text, gapStart - 1)) gapStart--;
    if (gapStart === start || gapStart === from || !wordCharBefore(text, gapStart, from)) return null;
    end = gapStart;
    let wordStart = end;
    for (let n = wordCharBefore(text, wordStart, from); wordStart > from && n > 0; n = wordCharBefore(text, wordStart, from)) wordStart -= n;
    const word = text.slice(wordStart, end);
    const lower = word.toLowerCase();
    if (DETERMINERS.has(word)) return count >= 2 ? wordStart : null;
    // The word before the name is a noun (`leader`), not a verb form (`led`, `writing`).
    if (NOT_DESCRIPTIVE.has(lower) || count === 0 && /(?:ed|ing|ly)$/.test(lower)) return null;
    end = wordStart;
  }
  return null;
}

/** After the name: `, who ...`, `, the ... ,` up to the clause's end, or a pair of dashes around a phrase. */
const CLAUSE_AFTER = /^,\s+(?:who|whose|whom)\b[^.;:!?]{3,200}?(?=\s*(?:[.;:!?]|,\s+(?:\p{Ll}+\s+)?(?:and|but|reports?|wrote|writes|says|said|argued|argues|notes?|noted)\b))|^,\s+(?:the|a|an|former)\s[^,.;:!?()"“]{3,120}(?=,)|^\s+[-–—]\s+[^-–—.;!?]{3,200}?(?=\s+[-–—]\s)/u;

export function describe(text: string, name: Span): (Span & { text: string }) | undefined {
  const start = phraseBefore(text, name.start);
  const after = CLAUSE_AFTER.exec(text.slice(name.end, name.end + 300));
  if (start === null && !after) return undefined;
  const span = { start: start ?? name.start, end: after ? name.end + after[0].length : name.end };
  return { ...span, text: text.slice(span.start, span.end) };
}
