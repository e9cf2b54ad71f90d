// An essay's works cited, as CSL-JSON or BibTeX, for the "Copy Works Cited" commands.
import { worksCited } from '../analysis/citations';
import type { AnalyzedDocument } from '../analysisCache';
import { worksCitedAsBibtex, worksCitedAsCslJson } from '../export/bibliography';

export type BibliographyFormat = 'csl-json' | 'bibtex';

export function provideBibliography(doc: AnalyzedDocument, format: BibliographyFormat): string {
  const works = worksCited(doc.analysis.citations);
  return format === 'bibtex' ? worksCitedAsBibtex(works) : `${JSON.stringify(worksCitedAsCslJson(works), null, 2)}\n`;
}
