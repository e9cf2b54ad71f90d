// Works cited: the distinct works an essay cites, each with the citations that cite it, and the same
// work across the essays of a corpus.
import type { Citation, CitationFields } from '../types';

export interface Work {
  /** A key that two citations of the same work share: first author's surname, then title or year. */
  key: string;
  /** The fields of its fullest citation. */
  fields: CitationFields;
  /** Indexes into the document's `citations`, in text order; the first is the fullest reference. */
  citations: number[];
}

const normalize = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The key of a work from its fields, or null when they do not say which work it is. */
export function workKey(fields: CitationFields): string | null {
  const surname = normalize(fields.authors?.[0] ?? '').split(' ').at(-1) ?? '';
  const title = normalize(fields.title ?? '').split(' ').filter((w) => !/^(?:the|a|an)$/.test(w)).slice(0, 6).join(' ');
  if (title) return `${surname}|${title}`;
  if (surname && fields.year) return `${surname}|${fields.year}`;
  return null;
}

/** Whether a citation only repeats a work cited before it (Ibid., op. cit., a short form) rather than citing one anew. */
export const isBackReference = (c: Citation): boolean => c.kind === 'ibid' || c.kind === 'opcit' || c.kind === 'short';

/** The index of the citation a back-reference finally repeats, following Ibid. chains (itself for any other citation). */
export function originalCitation(citations: Citation[], index: number): number {
  let i = index;
  for (let hops = 0; hops < citations.length && citations[i].resolvesTo !== null; hops++) i = citations[i].resolvesTo as number;
  return i;
}

const fieldCount = (f: CitationFields) => Object.keys(f).length;

/** The distinct works an essay cites, in order of first citation. */
export function worksCited(citations: Citation[]): Work[] {
  const byKey = new Map<string, Work>();
  const keyOf = new Map<number, string>();
  citations.forEach((c, i) => {
    const source = originalCitation(citations, i);
    const key = keyOf.get(source) ?? workKey(citations[source].fields);
    if (key === null) return;
    keyOf.set(i, key);
    const work = byKey.get(key) ?? { key, fields: citations[source].fields, citations: [] };
    if (fieldCount(c.fields) > fieldCount(work.fields) && !isBackReference(c)) work.fields = c.fields;
    work.citations.push(i);
    byKey.set(key, work);
  });
  return [...byKey.values()];
}

export interface CorpusWork {
  key: string;
  fields: CitationFields;
  /** Where it is cited: document (as the caller names it) and the indexes of its citations there. */
  citedIn: { document: string; citations: number[] }[];
}

/** The works cited across a corpus, merged by key; a work cited by one essay only is listed too. */
export function sameWorksAcrossEssays(documents: { document: string; citations: Citation[] }[]): CorpusWork[] {
  const byKey = new Map<string, CorpusWork>();
  for (const { document, citations } of documents) {
    for (const work of worksCited(citations)) {
      const entry = byKey.get(work.key) ?? { key: work.key, fields: work.fields, citedIn: [] };
      if (fieldCount(work.fields) > fieldCount(entry.fields)) entry.fields = work.fields;
      entry.citedIn.push({ document, citations: work.citations });
      byKey.set(work.key, entry);
    }
  }
  return [...byKey.values()];
}
