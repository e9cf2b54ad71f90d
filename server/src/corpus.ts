// The corpus as the features see it: the open documents (their live text) and the indexed essays of
// the workspace (the files on disk), one entry per uri, with corpus-wide entity ids.
import type { AnalyzedDocument } from './analysisCache';
import { entityId } from './analysis/corpus';
import type { DocumentAnalysis } from './analysis/types';

export class Corpus {
  /**
   * The entities of each analysis by id, computed once per analysis: a hover on a name looks its id up
   * in every essay of the workspace, and recomputing every id of a thousand essays took half a second.
   */
  private readonly entitiesById = new WeakMap<DocumentAnalysis, Map<string, number[]>>();

  constructor(
    private readonly openDocuments: () => AnalyzedDocument[],
    private readonly indexedDocuments: () => AnalyzedDocument[],
  ) {}

  /** Every essay of the corpus, an open document standing in for its file. */
  documents(): AnalyzedDocument[] {
    const byUri = new Map(this.indexedDocuments().map((d) => [d.uri, d]));
    for (const open of this.openDocuments()) byUri.set(open.uri, open);
    return [...byUri.values()];
  }

  /** The corpus-wide id of an entity of a document. */
  entityId(document: AnalyzedDocument, entity: number): string {
    return entityId(document.analysis.entities[entity]);
  }

  private entitiesOf(analysis: DocumentAnalysis): Map<string, number[]> {
    let byId = this.entitiesById.get(analysis);
    if (!byId) {
      byId = new Map();
      analysis.entities.forEach((entity, index) => {
        const id = entityId(entity);
        byId!.set(id, [...(byId!.get(id) ?? []), index]);
      });
      this.entitiesById.set(analysis, byId);
    }
    return byId;
  }

  /** Every mention, in every document, of the entity with this id. */
  mentionsOf(id: string): { document: AnalyzedDocument; mention: number }[] {
    const found: { document: AnalyzedDocument; mention: number }[] = [];
    for (const document of this.documents()) {
      for (const index of this.entitiesOf(document.analysis).get(id) ?? []) {
        for (const mention of document.analysis.entities[index].mentions) found.push({ document, mention });
      }
    }
    return found;
  }
}
