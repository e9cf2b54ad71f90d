// The corpus as the features see it: the open documents (their live text) and the indexed essays of
// the workspace (the files on disk), one entry per uri, with corpus-wide entity ids.
import type { AnalyzedDocument } from './analysisCache';
import type { DocumentAnalysis } from './analysis/types';
import { corpusIdentities, corpusIds } from './analysis/corpus';
import { dateInterval } from './analysis/dates';

const signatures = new WeakMap<DocumentAnalysis, string>();
/**
 * What corpus-wide ids depend on in one analysis: its entities' kinds, labels and mention counts.
 * An edit that leaves them alone (most of a reader's typing) keeps every id as it was.
 */
function signatureOf(analysis: DocumentAnalysis): string {
  let signature = signatures.get(analysis);
  if (signature === undefined) {
    let hash = 0x811c9dc5; // FNV-1a over the entities
    for (const entity of analysis.entities) {
      const key = `${entity.kind}|${entity.label}|${entity.mentions.length};`;
      for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    }
    signature = `${(hash >>> 0).toString(36)}.${analysis.entities.length}`;
    signatures.set(analysis, signature);
  }
  return signature;
}

/** The documents of the corpus as last listed: what they were listed from, and by uri. */
interface Listing {
  open: AnalyzedDocument[];
  indexed: readonly AnalyzedDocument[];
  documents: AnalyzedDocument[];
  byUri: Map<string, AnalyzedDocument>;
  /** Each document's place in `documents`. */
  rank: Map<AnalyzedDocument, number>;
}

/** Corpus-wide ids, for the signatures of every document's entities (`key`). */
interface Ids {
  key: string;
  /** The listing they were last checked against. */
  listing: Listing;
  byUri: Map<string, string[]>;
  labels: Map<string, string>;
  /** The entities with each id: document uri and entity index, in the order of the documents. */
  holders: Map<string, { uri: string; entity: number }[]>;
  /** Per id, once asked: how often each document mentions it (see `mentionCounts`). */
  counts: Map<string, MentionCounts>;
}

/** How often each document mentions one entity of the corpus. */
export interface MentionCounts {
  /** The documents that mention it, the most mentions first. */
  documents: { uri: string; mentions: number }[];
  byUri: Map<string, number>;
}

const sameDocuments = (a: AnalyzedDocument[], b: AnalyzedDocument[]) => a.length === b.length && a.every((d, i) => d === b[i]);

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

/**
 * The dates of some documents by the years they overlap: a hover on a date reads the few hundred dates
 * of its year, not the tens of thousands of a large library.
 */
class DatesByYear {
  /** Per bucket, the dates that overlap it: document index, date index, document index, date index… */
  private readonly buckets = new Map<number, number[]>();
  /** The dates over more than `MAX_BUCKETS` buckets, the same way. */
  private readonly wide: number[] = [];

  constructor(readonly documents: readonly AnalyzedDocument[]) {
    documents.forEach((document, d) => {
      const days = dateDays(document.analysis);
      for (let i = 0; 2 * i < days.length; i++) {
        if (Number.isNaN(days[2 * i])) continue;
        const [first, last] = [bucketOf(days[2 * i]), bucketOf(days[2 * i + 1])];
        if (last - first > MAX_BUCKETS) {
          this.wide.push(d, i);
          continue;
        }
        for (let b = first; b <= last; b++) {
          const bucket = this.buckets.get(b);
          if (bucket) bucket.push(d, i);
          else this.buckets.set(b, [d, i]);
        }
      }
    });
  }

  /** Calls `visit` once with each date whose days overlap `start`–`end`. */
  overlapping(start: number, end: number, visit: (document: AnalyzedDocument, date: number) => void): void {
    const [first, last] = [bucketOf(start), bucketOf(end)];
    if (last - first > MAX_BUCKETS) {
      for (const document of this.documents) visitOverlapping(document, start, end, visit);
      return;
    }
    const visitIfOverlapping = (list: number[], b: number | null) => {
      for (let k = 0; k < list.length; k += 2) {
        const document = this.documents[list[k]];
        const days = dateDays(document.analysis);
        const [s, e] = [days[2 * list[k + 1]], days[2 * list[k + 1] + 1]];
        // A date over several buckets is visited in the first one the question shares with it.
        if (s <= end && e >= start && (b === null || Math.max(bucketOf(s), first) === b)) visit(document, list[k + 1]);
      }
    };
    for (let b = first; b <= last; b++) visitIfOverlapping(this.buckets.get(b) ?? [], b);
    visitIfOverlapping(this.wide, null);
  }
}

/** Calls `visit` with each date of a document whose days overlap `start`–`end`. */
function visitOverlapping(document: AnalyzedDocument, start: number, end: number, visit: (document: AnalyzedDocument, date: number) => void): void {
  const days = dateDays(document.analysis);
  // NaN (no interval) fails both comparisons.
  for (let i = 0; 2 * i < days.length; i++) if (days[2 * i] <= end && days[2 * i + 1] >= start) visit(document, i);
}

export class Corpus {
  private listing: Listing | null = null;
  private ids: Ids | null = null;
  private indexedDates: DatesByYear | null = null;

  /** `indexedDocuments` returns the same array as long as the index is unchanged. */
  constructor(
    private readonly openDocuments: () => AnalyzedDocument[],
    private readonly indexedDocuments: () => readonly AnalyzedDocument[],
  ) {}

  /** The documents, listed again only when the index or an open document's analysis changed. */
  private listed(): Listing {
    const open = this.openDocuments();
    const indexed = this.indexedDocuments();
    if (this.listing && this.listing.indexed === indexed && sameDocuments(this.listing.open, open)) return this.listing;
    const byUri = new Map(indexed.map((d) => [d.uri, d]));
    for (const document of open) byUri.set(document.uri, document);
    const documents = [...byUri.values()];
    this.listing = { open, indexed, documents, byUri, rank: new Map(documents.map((d, i) => [d, i])) };
    return this.listing;
  }

  /**
   * Makes now what requests about the whole corpus read (its ids, the days of its dates), after the
   * index was built, rather than at the first hover.
   */
  prepare(): void {
    this.currentIds();
    for (const document of this.listed().documents) dateDays(document.analysis);
    this.datesOfIndex();
  }

  /** The indexed essays' dates by year, made again only when the index changed. */
  private datesOfIndex(): DatesByYear {
    const { indexed } = this.listed();
    if (this.indexedDates?.documents !== indexed) this.indexedDates = new DatesByYear(indexed);
    return this.indexedDates;
  }

  /**
   * Calls `visit` with each date of the corpus whose days (see `dateDays`) overlap `start`–`end`, in no
   * particular order, with its document's place among `documents()` for an order of one's own.
   */
  forEachDateOverlapping(start: number, end: number, visit: (document: AnalyzedDocument, date: number, rank: number) => void): void {
    const { open, byUri, rank } = this.listed();
    const visitRanked = (document: AnalyzedDocument, date: number) => visit(document, date, rank.get(document)!);
    for (const document of open) visitOverlapping(document, start, end, visitRanked);
    // An open document stands in for its file.
    this.datesOfIndex().overlapping(start, end, (document, date) => {
      if (byUri.get(document.uri) === document) visitRanked(document, date);
    });
  }

  /** Every essay of the corpus, an open document standing in for its file. */
  documents(): AnalyzedDocument[] {
    return [...this.listed().documents];
  }

  /**
   * Corpus-wide ids of every document's entities, computed again only when the entities of a document
   * changed: a request after an edit that left them alone (most of a reader's typing) looks nothing up again.
   */
  private currentIds(): Ids {
    const listing = this.listed();
    if (this.ids?.listing === listing) return this.ids;
    const { documents } = listing;
    const key = documents.map((d) => `${d.uri} ${signatureOf(d.analysis)}`).join('\n');
    if (this.ids?.key === key) {
      this.ids.listing = listing;
      return this.ids;
    }
    const { ids, labels } = corpusIdentities(documents.map((d) => d.analysis));
    const holders = new Map<string, { uri: string; entity: number }[]>();
    documents.forEach((d, i) => d.analysis.entities.forEach((_, e) => {
      const id = ids[i][e];
      const holding = holders.get(id);
      if (holding) holding.push({ uri: d.uri, entity: e });
      else holders.set(id, [{ uri: d.uri, entity: e }]);
    }));
    this.ids = { key, listing, byUri: new Map(documents.map((d, i) => [d.uri, ids[i]])), labels, holders, counts: new Map() };
    return this.ids;
  }

  /** The fullest name the corpus gives an entity (`Leon Trotsky` where an essay says only `Trotsky`). */
  labelOf(document: AnalyzedDocument, entity: number): string {
    const id = this.entityId(document, entity);
    return this.ids?.labels.get(id) ?? document.analysis.entities[entity].label;
  }

  /** The corpus-wide id of an entity of a document. */
  entityId(document: AnalyzedDocument, entity: number): string {
    return this.currentIds().byUri.get(document.uri)?.[entity] ?? corpusIds([document.analysis])[0][entity];
  }

  /** Every entity, in every document, with this id. */
  entitiesOf(id: string): { document: AnalyzedDocument; entity: number }[] {
    const holders = this.currentIds().holders.get(id) ?? [];
    const { byUri } = this.listed();
    return holders.map(({ uri, entity }) => ({ document: byUri.get(uri)!, entity }));
  }

  /**
   * How often each document mentions the entity with this id, counted once per id while the ids stand:
   * a hover on a name every essay of a large library mentions would otherwise add up thousands of counts.
   */
  mentionCounts(id: string): MentionCounts {
    const ids = this.currentIds();
    let counts = ids.counts.get(id);
    if (!counts) {
      const byUri = new Map<string, number>();
      for (const { document, entity } of this.entitiesOf(id)) {
        byUri.set(document.uri, (byUri.get(document.uri) ?? 0) + document.analysis.entities[entity].mentions.length);
      }
      const documents = [...byUri].map(([uri, mentions]) => ({ uri, mentions })).sort((a, b) => b.mentions - a.mentions);
      counts = { documents, byUri };
      ids.counts.set(id, counts);
    }
    return counts;
  }

  /** Every mention, in every document, of the entity with this id. */
  mentionsOf(id: string): { document: AnalyzedDocument; mention: number }[] {
    return this.entitiesOf(id).flatMap(({ document, entity }) => document.analysis.entities[entity].mentions.map((mention) => ({ document, mention })));
  }
}
