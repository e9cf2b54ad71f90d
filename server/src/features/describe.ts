// Short descriptions of core items, shared by hovers, symbols and inlay hints.
import { originalCitation } from '../analysis/citations';
import { dateInterval } from '../analysis/dates';
import type { Citation, CitationFields, DateMention, DocumentAnalysis } from '../analysis/types';
import type { AnalyzedDocument } from '../analysisCache';
import type { FeatureContext } from './context';

/** The file name of a document, for lists of essays. */
export function essayName(document: AnalyzedDocument): string {
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

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

const dayIntervals = new WeakMap<DocumentAnalysis, Float64Array>();
/** The first and last day of each date of an analysis (`[first0, last0, first1, …]`, NaN for none), read once per analysis. */
function daysOf(analysis: DocumentAnalysis): Float64Array {
  let days = dayIntervals.get(analysis);
  if (!days) {
    days = new Float64Array(analysis.dates.length * 2).fill(Number.NaN);
    analysis.dates.forEach((date, i) => {
      const interval = dateInterval(date.value);
      if (interval) [days![2 * i], days![2 * i + 1]] = [dayOf(interval.start), dayOf(interval.end)];
    });
    dayIntervals.set(analysis, days);
  }
  return days;
}

/**
 * Every other date mention of the corpus whose time overlaps this one's, closest first: the nearer
 * its start and the more alike its length, the closer (`1937` is closer to `March 1937` than to `the 1930s`).
 */
export function concurrentDates(context: FeatureContext, doc: AnalyzedDocument, dateIndex: number): { document: AnalyzedDocument; date: DateMention }[] {
  const own = daysOf(doc.analysis);
  const [start, end] = [own[2 * dateIndex], own[2 * dateIndex + 1]];
  if (Number.isNaN(start)) return [];
  const found: { document: AnalyzedDocument; date: DateMention; distance: number }[] = [];
  for (const document of context.corpus.documents()) {
    const days = daysOf(document.analysis);
    for (let index = 0; index < document.analysis.dates.length; index++) {
      const [s, e] = [days[2 * index], days[2 * index + 1]];
      // NaN (no interval) fails both comparisons.
      if (!(s <= end && e >= start) || (document.uri === doc.uri && index === dateIndex)) continue;
      found.push({ document, date: document.analysis.dates[index], distance: Math.abs(s - start) + Math.abs(e - end) });
    }
  }
  return found.sort((a, b) => a.distance - b.distance).map(({ document, date }) => ({ document, date }));
}
