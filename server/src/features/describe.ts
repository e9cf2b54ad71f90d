// Short descriptions of core items, shared by hovers, symbols and inlay hints.
import type { Citation, CitationFields } from '../analysis/types';
import type { AnalyzedDocument } from '../analysisCache';

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

/** The citation a back-reference finally repeats, following chains of Ibid. */
export function resolveChain(citations: Citation[], index: number): Citation | null {
  let current = citations[index];
  for (let hops = 0; hops < 100 && current && current.resolvesTo !== null; hops++) current = citations[current.resolvesTo];
  return current && current !== citations[index] ? current : null;
}
