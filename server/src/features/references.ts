// Find all references: every mention of a person in the corpus, all spellings included; the markers
// that cite a note; the back-references that repeat a citation.
import type { Location } from 'vscode-languageserver';
import type { Span } from '../analysis/types';
import type { AnalyzedDocument } from '../analysisCache';
import { toRange } from '../convert';
import type { FeatureContext } from './context';
import { concurrentDates, resolveChain } from './describe';
import { layersAt } from './layers';

const at = (document: AnalyzedDocument, span: Span): Location => ({ uri: document.uri, range: toRange(document.document, span) });

export function provideReferences(context: FeatureContext, doc: AnalyzedDocument, offset: number, includeDeclaration: boolean): Location[] {
  const { analysis } = doc;
  const layers = layersAt(analysis, offset);
  if (layers.mention) {
    const id = context.corpus.entityId(doc, layers.mention.item.entity);
    return context.corpus.mentionsOf(id).map(({ document, mention }) => at(document, document.analysis.mentions[mention]));
  }
  if (layers.date && !layers.marker && !layers.citation) {
    const overlapping = concurrentDates(context, doc, layers.date.index).dates.map(({ document, date }) => at(document, date));
    return includeDeclaration ? [at(doc, layers.date.item), ...overlapping] : overlapping;
  }
  const noteIndex = layers.marker ? layers.marker.item.note : layers.note?.index;
  if (noteIndex !== undefined && noteIndex !== null) {
    const markers = analysis.markers.filter((m) => m.note === noteIndex).map((m) => at(doc, m));
    return includeDeclaration ? [...markers, at(doc, analysis.notes[noteIndex])] : markers;
  }
  if (layers.citation) {
    const { citations } = analysis;
    const work = resolveChain(citations, layers.citation.index) ?? layers.citation.item;
    const repeats = citations.filter((_, i) => resolveChain(citations, i) === work).map((c) => at(doc, c));
    return includeDeclaration ? [at(doc, work), ...repeats] : repeats;
  }
  return [];
}
