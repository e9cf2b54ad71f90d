// The dates of the corpus as days, for the features that ask what else happened at a time: each date's
// first and last day, and the dates of many essays kept by the days they span.
import type { AnalyzedDocument } from './analysisCache';
import type { DocumentAnalysis } from './analysis/types';
import { dateInterval } from './analysis/dates';
import { partitionPoint } from './analysis/search';

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

/**
 * Dates that span the same days: `dates` holds pairs of numbers (the document's index in the documents
 * the dates were read from, the date's index in that document's dates), in the order of the documents.
 */
export interface SameDays {
  readonly first: number;
  readonly last: number;
  readonly dates: number[];
}

/**
 * Called with dates whose days overlap a question's, those of one `SameDays` at a time: `count` of them are
 * to be read, passing over the documents that `hidden` marks.
 */
export type SameDaysVisitor = (group: SameDays, documents: readonly AnalyzedDocument[], count: number, hidden: readonly boolean[] | null) => void;

/** A date to pass over: the date at index `date` of the document at `uri` (the one a question is about). */
export interface DateToSkip { uri: string; date: number }

/** How many days a bucket of `DatesByYear` spans: a year. */
const BUCKET_DAYS = 366;
/** A span over more buckets than this (a decade and more) is kept apart, and a question about one reads every span. */
const MAX_BUCKETS = 12;
const bucketOf = (day: number) => Math.floor(day / BUCKET_DAYS);

/**
 * The dates of some documents by the days they span, and these by the years they overlap: a hover on a
 * date reads the spans of its own years (a library writes `1917` thousands of times, once a span here), not
 * the tens of thousands of dates of a large library.
 */
export class DatesByYear {
  /** Per bucket, the spans that overlap it. */
  private readonly buckets = new Map<number, SameDays[]>();
  /** The spans over more than `MAX_BUCKETS` buckets. */
  private readonly wide: SameDays[] = [];
  /** Every span, for a question over more than `MAX_BUCKETS` buckets. */
  private readonly all: SameDays[] = [];
  /** Each document's index, by uri. */
  private readonly indexOf = new Map<string, number>();

  constructor(readonly documents: readonly AnalyzedDocument[]) {
    const byDays = new Map<string, SameDays>();
    documents.forEach((document, d) => {
      this.indexOf.set(document.uri, d);
      const days = dateDays(document.analysis);
      for (let i = 0; 2 * i < days.length; i++) {
        const [first, last] = [days[2 * i], days[2 * i + 1]];
        if (Number.isNaN(first)) continue;
        const key = `${first} ${last}`;
        let group = byDays.get(key);
        if (!group) {
          group = { first, last, dates: [] };
          byDays.set(key, group);
          this.file(group);
        }
        group.dates.push(d, i);
      }
    });
  }

  private file(group: SameDays): void {
    this.all.push(group);
    const [first, last] = [bucketOf(group.first), bucketOf(group.last)];
    if (last - first > MAX_BUCKETS) {
      this.wide.push(group);
      return;
    }
    for (let b = first; b <= last; b++) {
      const bucket = this.buckets.get(b);
      if (bucket) bucket.push(group);
      else this.buckets.set(b, [group]);
    }
  }

  /**
   * Calls `visit` once with each span that overlaps `start`–`end`, counting its dates without those of the
   * documents `hidden` marks (`shadowed` lists their indices) and without `skip`.
   */
  overlapping(start: number, end: number, hidden: readonly boolean[], shadowed: readonly number[], skip: DateToSkip, visit: SameDaysVisitor): void {
    const skipped = this.indexOf.get(skip.uri);
    const seen = (group: SameDays) => {
      let count = group.dates.length / 2;
      for (const d of shadowed) {
        const [from, to] = runOf(group, d);
        count -= to - from;
      }
      if (skipped !== undefined && !hidden[skipped]) {
        const [from, to] = runOf(group, skipped);
        for (let k = from; k < to; k++) if (group.dates[2 * k + 1] === skip.date) count--;
      }
      if (count > 0) visit(group, this.documents, count, shadowed.length ? hidden : null);
    };
    const [first, last] = [bucketOf(start), bucketOf(end)];
    if (last - first > MAX_BUCKETS) {
      for (const group of this.all) if (group.first <= end && group.last >= start) seen(group);
      return;
    }
    for (let b = first; b <= last; b++) {
      for (const group of this.buckets.get(b) ?? []) {
        // A span over several buckets is visited in the first one the question shares with it.
        if (group.first <= end && group.last >= start && Math.max(bucketOf(group.first), first) === b) seen(group);
      }
    }
    for (const group of this.wide) if (group.first <= end && group.last >= start) seen(group);
  }
}

/** The pairs of a span (from, to: indices of pairs) that belong to document `d`: a run, for the pairs are in the order of the documents. */
function runOf(group: SameDays, d: number): [number, number] {
  const pairs = group.dates.length / 2;
  return [partitionPoint(pairs, (k) => group.dates[2 * k] < d), partitionPoint(pairs, (k) => group.dates[2 * k] <= d)];
}

/** Calls `visit` with each date of a document whose days overlap `start`–`end`, one at a time, except `skip`. */
export function visitOverlapping(document: AnalyzedDocument, start: number, end: number, skip: DateToSkip, visit: SameDaysVisitor): void {
  const days = dateDays(document.analysis);
  for (let i = 0; 2 * i < days.length; i++) {
    // NaN (no interval) fails both comparisons.
    if (days[2 * i] <= end && days[2 * i + 1] >= start && !(i === skip.date && document.uri === skip.uri)) {
      visit({ first: days[2 * i], last: days[2 * i + 1], dates: [0, i] }, [document], 1, null);
    }
  }
}
