// Short descriptions of core items, shared by hovers, symbols and inlay hints.
import { originalCitation } from '../analysis/citations';
import type { Citation, CitationFields, DateMention } from '../analysis/types';
import type { AnalyzedDocument } from '../analysisCache';
import { dateDays } from '../corpus';
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

type Concurrent = { document: AnalyzedDocument; date: DateMention; distance: number };

/**
 * Keeps a date at `distance` among the `limit` closest, closest first, ties in the order they came; made
 * into an item only when it is kept (a hover on a decade may look at thousands of dates).
 */
function keepClosest(closest: Concurrent[], limit: number, distance: number, document: AnalyzedDocument, date: DateMention): void {
  if (closest.length === limit && distance >= closest[limit - 1].distance) return;
  let at = closest.length;
  while (at > 0 && closest[at - 1].distance > distance) at--;
  closest.splice(at, 0, { document, date, distance });
  if (closest.length > limit) closest.pop();
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
  for (const document of context.corpus.documents()) {
    const days = dateDays(document.analysis);
    for (let index = 0; index < document.analysis.dates.length; index++) {
      const s = days[2 * index];
      const e = days[2 * index + 1];
      // NaN (no interval) fails both comparisons.
      if (!(s <= end && e >= start) || (document.uri === doc.uri && index === dateIndex)) continue;
      total++;
      const distance = Math.abs(s - start) + Math.abs(e - end);
      // A hover shows a few of perhaps thousands: those are kept as they come instead of sorting all.
      if (limit === Infinity) found.push({ document, date: document.analysis.dates[index], distance });
      else keepClosest(found, limit, distance, document, document.analysis.dates[index]);
    }
  }
  if (limit === Infinity) found.sort((a, b) => a.distance - b.distance);
  return { dates: found.map(({ document, date }) => ({ document, date })), total };
}
