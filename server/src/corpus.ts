// The corpus as the features see it: the open documents (their live text) and the indexed essays of
// the workspace (the files on disk), one entry per uri, with corpus-wide entity ids.
import type { AnalyzedDocument } from './analysisCache';
import type { DocumentAnalysis } from './analysis/types';
import { corpusIds } from './analysis/corpus';

const signatures = new WeakMap<DocumentAnalysis, string>();
/**
 * What corpus-wide ids depend on in one analysis: its entities' kinds, labels and mention counts.
 * An edit that leaves them alone (most of a reader's typing) keeps every id as it was.
 */
function signatureOf(analysis: DocumentAnalysis): string {
  let signature = signatures.get(analysis);
  if (signature === undefined) {
    let hash = 0x811c9dc5; // FNV-1a over the entities
    for (const entity of analysis.entities) {
      const key = `${entity.kind}|${entity.label}|${entity.mentions.length};`;
      for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    }
    signature = `${(hash >>> 0).toString(36)}.${analysis.entities.length}`;
    signatures.set(analysis, signature);
  }
  return signature;
}

export class Corpus {
  private ids: { key: string; byUri: Map<string, string[]> } | null = null;

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

  /** Corpus-wide ids of every document's entities, computed again only when the entities of a document changed. */
  private idsByUri(): Map<string, string[]> {
    const documents = this.documents();
    const key = documents.map((d) => `${d.uri} ${signatureOf(d.analysis)}`).join('\n');
    if (this.ids?.key !== key) {
      const ids = corpusIds(documents.map((d) => d.analysis));
      this.ids = { key, byUri: new Map(documents.map((d, i) => [d.uri, ids[i]])) };
    }
    return this.ids.byUri;
  }

  /** The corpus-wide id of an entity of a document. */
  entityId(document: AnalyzedDocument, entity: number): string {
    return this.idsByUri().get(document.uri)?.[entity] ?? corpusIds([document.analysis])[0][entity];
  }

  /** Every mention, in every document, of the entity with this id. */
  mentionsOf(id: string): { document: AnalyzedDocument; mention: number }[] {
    const found: { document: AnalyzedDocument; mention: number }[] = [];
    const ids = this.idsByUri();
    for (const document of this.documents()) {
      const own = ids.get(document.uri) ?? [];
      document.analysis.entities.forEach((entity, index) => {
        if (own[index] === id) for (const mention of entity.mentions) found.push({ document, mention });
      });
    }
    return found;
  }
}
