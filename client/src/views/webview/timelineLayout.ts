// Where the timeline puts things: each essay a band, each dated mention in the first row of its band
// where it overlaps nothing, so that bars and marks never hide one another.
import type { TimelineEssay, TimelineItem } from '../../../../server/src/features/views';

export interface PlacedItem {
  item: TimelineItem;
  /** The row within the essay's band, from 0. */
  row: number;
}

export interface Band {
  essay: TimelineEssay;
  rows: number;
  items: PlacedItem[];
}

/** Rows for the items of one essay: earliest first, each in the first row that is free at its start. */
export function placeItems(items: TimelineItem[]): { rows: number; items: PlacedItem[] } {
  const rowEnds: number[] = [];
  const placed = [...items]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((item) => {
      let row = rowEnds.findIndex((end) => end <= item.start);
      if (row < 0) row = rowEnds.push(0) - 1;
      rowEnds[row] = item.end;
      return { item, row };
    });
  return { rows: rowEnds.length, items: placed };
}

/** The essays that have dated mentions, each with its rows. */
export function bands(essays: TimelineEssay[]): Band[] {
  return essays.filter((e) => e.items.length).map((essay) => ({ essay, ...placeItems(essay.items) }));
}

/** The span of time the chart shows first: all items, with a margin on either side. */
export function timeDomain(essays: TimelineEssay[]): [number, number] | null {
  const items = essays.flatMap((e) => e.items);
  if (!items.length) return null;
  // Not Math.min(...items): a corpus with more than about 100,000 dated mentions would overflow the stack.
  const start = items.reduce((min, i) => Math.min(min, i.start), Infinity);
  const end = items.reduce((max, i) => Math.max(max, i.end), -Infinity);
  const margin = Math.max((end - start) * 0.04, 182 * 24 * 3600 * 1000);
  return [start - margin, end + margin];
}
