// Who a person is, as the text says it where it introduces them: a noun phrase before the name (`the
// Bulgarian communist leader Georgi Dimitrov`), an appositive or relative clause after it (`, who was also the
// head of the Communist International (1934-1943),`), or one set off by dashes (`Joseph Stalin - the General
// Secretary of the Central Committee -`).
import type { Span } from '../types';

/** Words that end a descriptive noun phrase when read backwards from the name (`the letter to Dimitrov`). */
const NOT_DESCRIPTIVE = new Set([
  'to', 'of', 'by', 'with', 'from', 'for', 'and', 'or', 'but', 'in', 'on', 'at', 'as', 'that', 'than', 'is', 'was',
  'were', 'are', 'be', 'been', 'had', 'has', 'have', 'said', 'wrote', 'says', 'writes', 'not', 'also', 'when', 'if',
  'against', 'upon', 'which', 'who', 'whom', 'whose', 'about', 'over', 'under', 'after', 'before', 'between', 'into',
  'through', 'toward', 'towards', 'among', 'like', 'unlike', 'without', 'within', 'led', 'made', 'let', 'saw', 'see',
]);
const DETERMINERS = new Set(['the', 'a', 'an']);

/** `the Bulgarian communist leader ` right before the name: a determiner and two to six descriptive words. */
function phraseBefore(text: string, start: number): number | null {
  const window = text.slice(Math.max(0, start - 120), start);
  const words = [...window.matchAll(/[\p{L}\p{M}'’-]+/gu)];
  const tail = window.slice((words[words.length - 1]?.index ?? 0) + (words[words.length - 1]?.[0].length ?? 0));
  if (!/^\s+$/.test(tail)) return null;
  for (let i = words.length - 1, count = 0; i >= 0 && count < 7; i--, count++) {
    const word = words[i][0];
    const gap = window.slice(words[i].index + word.length, i + 1 < words.length ? words[i + 1].index : window.length);
    if (!/^[ \t]*\n?[ \t]*$/.test(gap)) return null;
    const lower = word.toLowerCase();
    if (DETERMINERS.has(word)) return count >= 2 ? start - window.length + words[i].index : null;
    // The word before the name is a noun (`leader`), not a verb form (`led`, `writing`).
    if (NOT_DESCRIPTIVE.has(lower) || count === 0 && /(?:ed|ing|ly)$/.test(lower)) return null;
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
