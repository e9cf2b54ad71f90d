// Short descriptions of core items, shared by hovers, symbols and inlay hints.
import { originalCitation } from '../analysis/citations';
import type { Citation, CitationFields, DateMention } from '../analysis/types';
import type { AnalyzedDocument } from '../analysisCache';
import { dateDays } from '../corpusDates';
import type { FeatureContext } from './context';

/** The file name of a document, for lists of essays. */
export function essayName(document: { uri: string }): string {
  return decodeURIComponent(document.uri.split('/').pop() ?? document.uri);
}

/** A one-line form of a work: "Trotsky, The Revolution Betrayed (1973), pp. 277–78". */
export function shortReference(fields: CitationFields, fallback: string): string {
  const who = fields.authors?.length ? fields.authors.join(', ') : '';
  const what = fields.title ?? fields.container ?? '';
  const parts = [who, what].filter(Boolean).join(', ');
  const year = fields.year ? ` (${fields.year})` : '';
  const pages = fields.pages ? `, p. ${fields.pages}` : '';
  const text = parts ? `${parts}${year}${pages}` : fallback;
  return text.replace(/\s+/g, ' ').trim();
}

/** The citation a back-reference finally repeats (following chains of Ibid.), or null when it repeats nothing. */
export function resolveChain(citations: Citation[], index: number): Citation | null {
  const original = originalCitation(citations, index);
  return original !== index ? citations[original] : null;
}

type Concurrent = { document: AnalyzedDocument; date: DateMention; distance: number; rank: number; index: number };

/** Closest first; at equal distance, in the order of the corpus's documents and of their dates. */
const closer = (a: Concurrent, b: Concurrent) => a.distance - b.distance || a.rank - b.rank || a.index - b.index;

/** Keeps a date among the `limit` closest, closest first; false when it is not among them. */
function keepClosest(closest: Concurrent[], limit: number, candidate: Concurrent): boolean {
  if (closest.length === limit && closer(candidate, closest[limit - 1]) >= 0) return false;
  let at = closest.length;
  while (at > 0 && closer(closest[at - 1], candidate) > 0) at--;
  closest.splice(at, 0, candidate);
  if (closest.length > limit) closest.pop();
  return true;
}

/**
 * The other date mentions of the corpus whose time overlaps this one's, closest first: the nearer its
 * start and the more alike its length, the closer (`1937` is closer to `March 1937` than to `the 1930s`).
 * All of them, or the `limit` closest; `total` counts them all.
 */
export function concurrentDates(context: FeatureContext, doc: AnalyzedDocument, dateIndex: number, limit = Infinity):
  { dates: { document: AnalyzedDocument; date: DateMention }[]; total: number } {
  const own = dateDays(doc.analysis);
  const [start, end] = [own[2 * dateIndex], own[2 * dateIndex + 1]];
  if (Number.isNaN(start)) return { dates: [], total: 0 };
  const found: Concurrent[] = [];
  let total = 0;
  const ranks = context.corpus.ranks();
  context.corpus.forEachDateOverlapping(start, end, { uri: doc.uri, date: dateIndex }, ({ first, last, dates }, documents, count, hidden) => {
    total += count;
    const distance = Math.abs(first - start) + Math.abs(last - end);
    // A decade may overlap thousands of dates: only those that may be kept are made into items.
    if (found.length === limit && distance > found[limit - 1].distance) return;
    for (let k = 0; k < dates.length; k += 2) {
      const document = documents[dates[k]];
      const index = dates[k + 1];
      if (hidden?.[dates[k]] || (index === dateIndex && document.uri === doc.uri)) continue;
      const candidate = { document, date: document.analysis.dates[index], distance, rank: ranks.get(document) ?? Infinity, index };
      if (limit === Infinity) found.push(candidate);
      // The dates of one span come in the order of the essays: once one is not kept, neither are those after it.
      else if (!keepClosest(found, limit, candidate)) return;
    }
  });
  if (limit === Infinity) found.sort(closer);
  return { dates: found.map(({ document, date }) => ({ document, date })), total };
}
