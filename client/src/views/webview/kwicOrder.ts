// The orders of a keyword-in-context table: by the words left of the keyword (nearest first, as
// concordances sort "left"), by the keyword and the words right of it, or by essay and place.
import type { MentionRow } from '../../../../server/src/features/views';

export type KwicOrder = 'left' | 'right' | 'essay';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

/** Compares word lists word by word; a list that runs out first comes first. */
function compareWords(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = collator.compare(a[i], b[i]);
    if (order) return order;
  }
  return a.length - b.length;
}

const byPlace = (a: MentionRow, b: MentionRow) =>
  collator.compare(a.location.essay, b.location.essay)
  || a.location.range.start.line - b.location.range.start.line
  || a.location.range.start.character - b.location.range.start.character;

const comparators: Record<KwicOrder, (a: MentionRow, b: MentionRow) => number> = {
  left: (a, b) => compareWords(words(a.excerpt.before).reverse(), words(b.excerpt.before).reverse()) || byPlace(a, b),
  right: (a, b) => compareWords(words(`${a.excerpt.keyword} ${a.excerpt.after}`), words(`${b.excerpt.keyword} ${b.excerpt.after}`)) || byPlace(a, b),
  essay: byPlace,
};

/** A sorted copy of the rows. */
export function sortRows(rows: MentionRow[], order: KwicOrder): MentionRow[] {
  return [...rows].sort(comparators[order]);
}
