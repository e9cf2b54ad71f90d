// The dates of the corpus as days, for the features that ask what else happened at a time: each date's
// first and last day, and the dates of many essays kept by the years they overlap.
import type { AnalyzedDocument } from './analysisCache';
import type { DocumentAnalysis } from './analysis/types';
import { dateInterval } from './analysis/dates';

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const dayIntervals = new WeakMap<DocumentAnalysis, Float64Array>();
/** The first and last day of a value (NaN for none): a corpus writes the same years again and again. */
const daysOfValue = new Map<string, readonly [number, number]>();
function daysOf(value: string): readonly [number, number] {
  let days = daysOfValue.get(value);
  if (!days) {
    if (daysOfValue.size > 100_000) daysOfValue.clear();
    const interval = dateInterval(value);
    days = interval ? [dayOf(interval.start), dayOf(interval.end)] : [Number.NaN, Number.NaN];
    daysOfValue.set(value, days);
  }
  return days;
}

/** The first and last day of each date of an analysis (`[first0, last0, first1, …]`, NaN for none), read once per analysis. */
export function dateDays(analysis: DocumentAnalysis): Float64Array {
  let days = dayIntervals.get(analysis);
  if (!days) {
    days = new Float64Array(analysis.dates.length * 2);
    analysis.dates.forEach((date, i) => days!.set(daysOf(date.value), 2 * i));
    dayIntervals.set(analysis, days);
  }
  return days;
}

/** How many days a bucket of `DatesByYear` spans: a year. */
const BUCKET_DAYS = 366;
/** A date over more buckets than this (a decade and more) is kept apart, and a question about one reads every date. */
const MAX_BUCKETS = 12;
const bucketOf = (day: number) => Math.floor(day / BUCKET_DAYS);

/** Called with a date of a document (its index in the document's dates) and its first and last day. */
export type DateVisitor = (document: AnalyzedDocument, date: number, first: number, last: number) => void;

/**
 * The dates of some documents by the years they overlap: a hover on a date reads the dates of its own
 * years, not the tens of thousands of a large library.
 */
export class DatesByYear {
  /** Per bucket, the dates that overlap it, four numbers each: document index, date index, first and last day. */
  private readonly buckets = new Map<number, number[]>();
  /** The dates over more than `MAX_BUCKETS` buckets, the same way. */
  private readonly wide: number[] = [];

  constructor(readonly documents: readonly AnalyzedDocument[]) {
    documents.forEach((document, d) => {
      const days = dateDays(document.analysis);
      for (let i = 0; 2 * i < days.length; i++) {
        const [s, e] = [days[2 * i], days[2 * i + 1]];
        if (Number.isNaN(s)) continue;
        const [first, last] = [bucketOf(s), bucketOf(e)];
        if (last - first > MAX_BUCKETS) {
          this.wide.push(d, i, s, e);
          continue;
        }
        for (let b = first; b <= last; b++) {
          const bucket = this.buckets.get(b);
          if (bucket) bucket.push(d, i, s, e);
          else this.buckets.set(b, [d, i, s, e]);
        }
      }
    });
  }

  /** Calls `visit` once with each date whose days overlap `start`–`end`, except the dates of documents `hidden` marks. */
  overlapping(start: number, end: number, hidden: readonly boolean[], visit: DateVisitor): void {
    const [first, last] = [bucketOf(start), bucketOf(end)];
    if (last - first > MAX_BUCKETS) {
      this.documents.forEach((document, d) => { if (!hidden[d]) visitOverlapping(document, start, end, visit); });
      return;
    }
    const visitEach = (list: number[], b: number | null) => {
      for (let k = 0; k < list.length; k += 4) {
        const [d, s, e] = [list[k], list[k + 2], list[k + 3]];
        // A date over several buckets is visited in the first one the question shares with it.
        if (s <= end && e >= start && !hidden[d] && (b === null || Math.max(bucketOf(s), first) === b)) visit(this.documents[d], list[k + 1], s, e);
      }
    };
    for (let b = first; b <= last; b++) visitEach(this.buckets.get(b) ?? [], b);
    visitEach(this.wide, null);
  }
}

/** Calls `visit` with each date of a document whose days overlap `start`–`end`. */
export function visitOverlapping(document: AnalyzedDocument, start: number, end: number, visit: DateVisitor): void {
  const days = dateDays(document.analysis);
  // NaN (no interval) fails both comparisons.
  for (let i = 0; 2 * i < days.length; i++) if (days[2 * i] <= end && days[2 * i + 1] >= start) visit(document, i, days[2 * i], days[2 * i + 1]);
}
