// The corpus as the features see it: the open documents (their live text) and the indexed essays of
// the workspace (the files on disk), one entry per uri, with corpus-wide entity ids.
import type { AnalyzedDocument } from './analysisCache';
import type { DocumentAnalysis } from './analysis/types';
import { corpusIdentities, corpusIds } from './analysis/corpus';
import { type DateToSkip, DatesByYear, type SameDaysVisitor, dateDays, visitOverlapping } from './corpusDates';

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

/** The documents of the corpus as last listed, and what they were listed from. */
interface Listing {
  open: AnalyzedDocument[];
  indexed: readonly AnalyzedDocument[];
  documents: AnalyzedDocument[];
  /** Each document's place in `documents`. */
  rank: Map<AnalyzedDocument, number>;
  /** Per indexed essay, whether an open document stands in for it. */
  hidden: boolean[];
  /** The indices of the indexed essays an open document stands in for. */
  shadowed: number[];
}

/** Corpus-wide ids, for the signatures of every document's entities (`key`). */
interface Ids {
  key: string;
  /** The listing they were last checked against. */
  listing: Listing;
  byUri: Map<string, string[]>;
  labels: Map<string, string>;
  holders: Holders;
  /** Per id, once asked: how often each document mentions it (see `mentionCounts`). */
  counts: Map<string, MentionCounts>;
}

/**
 * The entities with each id, in the order of the documents: the `k`-th holder is entity `entities[k]` of the listing's
 * document `documents[k]`, which mentions it `mentions[k]` times; an id's holders run from `start[i]` to `start[i + 1]`,
 * `i` its place in `index`. Numbers in typed arrays, not an object per entity: a library of 1,000 essays has about
 * 100,000 entities, and objects made for each, all alive, are copied by the collector's first scavenges after every
 * change of the ids (the first hovers after opening an essay).
 */
interface Holders {
  index: Map<string, number>;
  start: Int32Array;
  documents: Int32Array;
  entities: Int32Array;
  mentions: Int32Array;
}

/** The holders of the ids (`ids[d][e]`) of the entities of `analyses`. */
function holdersOf(ids: readonly (readonly string[])[], analyses: readonly DocumentAnalysis[]): Holders {
  const index = new Map<string, number>();
  const counts: number[] = [];
  for (const documentIds of ids) {
    for (const id of documentIds) {
      const i = index.get(id);
      if (i === undefined) {
        index.set(id, counts.length);
        counts.push(1);
      } else counts[i]++;
    }
  }
  const start = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) start[i + 1] = start[i] + counts[i];
  const next = start.slice(0, counts.length);
  const documents = new Int32Array(start[counts.length]);
  const entities = new Int32Array(start[counts.length]);
  const mentions = new Int32Array(start[counts.length]);
  ids.forEach((documentIds, d) => documentIds.forEach((id, e) => {
    const k = next[index.get(id) as number]++;
    documents[k] = d;
    entities[k] = e;
    mentions[k] = analyses[d].entities[e].mentions.length;
  }));
  return { index, start, documents, entities, mentions };
}

/** Where the holders of `id` stand in `holders`: from, and to (none if no entity has that id). */
function holdersRange(holders: Holders, id: string): [number, number] {
  const i = holders.index.get(id);
  return i === undefined ? [0, 0] : [holders.start[i], holders.start[i + 1]];
}

/** How often each document mentions one entity of the corpus. */
export interface MentionCounts {
  /** The documents that mention it, the most mentions first. */
  documents: { uri: string; mentions: number }[];
  byUri: Map<string, number>;
}

const sameDocuments = (a: AnalyzedDocument[], b: AnalyzedDocument[]) => a.length === b.length && a.every((d, i) => d === b[i]);

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
    const hidden = indexed.map((d) => byUri.get(d.uri) !== d);
    const shadowed = hidden.flatMap((isHidden, d) => (isHidden ? [d] : []));
    this.listing = { open, indexed, documents, rank: new Map(documents.map((d, i) => [d, i])), hidden, shadowed };
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
   * Calls `visit` with the dates of the corpus whose days (see `dateDays`) overlap `start`–`end`, but `skip`,
   * in no particular order: an open document's one at a time, the index's together with those of the same days.
   */
  forEachDateOverlapping(start: number, end: number, skip: DateToSkip, visit: SameDaysVisitor): void {
    const { open, hidden, shadowed } = this.listed();
    for (const document of open) visitOverlapping(document, start, end, skip, visit);
    this.datesOfIndex().overlapping(start, end, hidden, shadowed, skip, visit);
  }

  /** Each document's place among `documents()`. */
  ranks(): ReadonlyMap<AnalyzedDocument, number> {
    return this.listed().rank;
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
    const analyses = documents.map((d) => d.analysis);
    const { ids, labels } = corpusIdentities(analyses);
    this.ids = { key, listing, byUri: new Map(documents.map((d, i) => [d.uri, ids[i]])), labels, holders: holdersOf(ids, analyses), counts: new Map() };
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
    const { holders, listing } = this.currentIds();
    const [from, to] = holdersRange(holders, id);
    const entities: { document: AnalyzedDocument; entity: number }[] = [];
    // The ids were made for the documents of this listing, in its order, or of an earlier one with the same uris in that order.
    for (let k = from; k < to; k++) entities.push({ document: listing.documents[holders.documents[k]], entity: holders.entities[k] });
    return entities;
  }

  /**
   * How often each document mentions the entity with this id, counted once per id while the ids stand:
   * a hover on a name every essay of a large library mentions would otherwise add up thousands of counts.
   */
  mentionCounts(id: string): MentionCounts {
    const ids = this.currentIds();
    let counts = ids.counts.get(id);
    if (!counts) {
      // The holders of one document stand together (see `Holders`): each document's count is added up in one go.
      const documents: MentionCounts['documents'] = [];
      const byUri = new Map<string, number>();
      const { holders, listing } = ids;
      const [from, to] = holdersRange(holders, id);
      for (let k = from, last = -1; k < to; k++) {
        const d = holders.documents[k];
        if (d === last) documents[documents.length - 1].mentions += holders.mentions[k];
        else documents.push({ uri: listing.documents[d].uri, mentions: holders.mentions[k] });
        last = d;
      }
      for (const { uri, mentions } of documents) byUri.set(uri, mentions);
      documents.sort((a, b) => b.mentions - a.mentions);
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
