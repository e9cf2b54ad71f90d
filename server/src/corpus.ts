// The corpus as the features see it: the open documents (their live text) and the indexed essays of
// the workspace (the files on disk), one entry per uri, with corpus-wide entity ids.
import type { AnalyzedDocument } from './analysisCache';
import { entityId } from './analysis/corpus';

export class Corpus {
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

  /** Every mention, in every document, of the entity with this id. */
  mentionsOf(id: string): { document: AnalyzedDocument; mention: number }[] {
    const found: { document: AnalyzedDocument; mention: number }[] = [];
    for (const document of this.documents()) {
      document.analysis.entities.forEach((entity, index) => {
        if (this.entityId(document, index) !== id) return;
        for (const mention of entity.mentions) found.push({ document, mention });
      });
    }
    return found;
  }
}
