// Go to definition: from a name to where it is introduced, from a marker to its note, from an Ibid.
// to the reference it repeats, from an author-year citation to the full reference. A name inside a
// citation inside a note offers every target.
import type { Location } from 'vscode-languageserver';
import type { Citation, Span } from '../analysis/types';
import type { AnalyzedDocument } from '../analysisCache';
import { toRange } from '../convert';
import type { FeatureContext } from './context';
import { resolveChain } from './describe';
import { layersAt } from './layers';

const surname = (name: string) => name.trim().split(/\s+/).pop()?.toLowerCase() ?? '';

/** The full reference or bibliography entry an author-year citation points to. */
function fullReferenceFor(citations: Citation[], citation: Citation): Citation | undefined {
  const author = citation.fields.authors?.[0];
  if (!author || !citation.fields.year) return undefined;
  return citations.find((c) => c !== citation && (c.kind === 'full' || c.kind === 'bibliography') &&
    c.fields.year === citation.fields.year && c.fields.authors?.some((a) => surname(a) === surname(author)));
}

/** The mention that introduces an entity: in this essay, or, when this essay never gives the full name, where the corpus does. */
function introduction(context: FeatureContext, doc: AnalyzedDocument, entity: number): { document: AnalyzedDocument; span: Span } {
  const here = doc.analysis.entities[entity];
  const intro = { document: doc, span: doc.analysis.mentions[here.introduction] };
  if (/\s/.test(intro.span ? doc.analysis.mentions[here.introduction].text : '')) return intro;
  const seen = new Set<string>([doc.uri]);
  // The first entity with this id in each other document, in the corpus's order.
  for (const { document: other, entity: index } of context.corpus.entitiesOf(context.corpus.entityId(doc, entity))) {
    if (seen.has(other.uri)) continue;
    seen.add(other.uri);
    const mention = other.analysis.mentions[other.analysis.entities[index].introduction];
    if (mention && /\s/.test(mention.text)) return { document: other, span: mention };
  }
  return intro;
}

export function provideDefinition(context: FeatureContext, doc: AnalyzedDocument, offset: number): Location[] {
  const { analysis } = doc;
  const layers = layersAt(analysis, offset);
  const targets: { document: AnalyzedDocument; span: Span }[] = [];
  if (layers.mention) targets.push(introduction(context, doc, layers.mention.item.entity));
  if (layers.marker && layers.marker.item.note !== null) {
    const note = analysis.notes[layers.marker.item.note];
    targets.push({ document: doc, span: note.parts[0] ?? note });
  }
  if (layers.citation) {
    const citation = layers.citation.item;
    const target = citation.resolvesTo !== null ? resolveChain(analysis.citations, layers.citation.index) : fullReferenceFor(analysis.citations, citation);
    if (target) targets.push({ document: doc, span: target });
  }
  return targets
    .filter((t) => t.span !== undefined)
    .map((t) => ({ uri: t.document.uri, range: toRange(t.document.document, t.span) }));
}
