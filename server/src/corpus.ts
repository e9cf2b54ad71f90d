// The corpus as the features see it: the open documents (their live text) and the indexed essays of
// the workspace (the files on disk), one entry per uri, with corpus-wide entity ids.
import type { AnalyzedDocument } from './analysisCache';
import type { DocumentAnalysis } from './analysis/types';
import { corpusIds, entityId } from './analysis/corpus';

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
  private ids: { key: string; byUri: Map<string, string[]>; labels: Map<string, string> } | null = null;

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
      // An id is made from the fullest label of its entity across the corpus: that label names it everywhere.
      const labels = new Map<string, string>();
      documents.forEach((d, i) => d.analysis.entities.forEach((entity, e) => {
        if (entityId(entity) === ids[i][e]) labels.set(ids[i][e], entity.label);
      }));
      this.ids = { key, byUri: new Map(documents.map((d, i) => [d.uri, ids[i]])), labels };
    }
    return this.ids.byUri;
  }

  /** The fullest name the corpus gives an entity (`Leon Trotsky` where an essay says only `Trotsky`). */
  labelOf(document: AnalyzedDocument, entity: number): string {
    const id = this.entityId(document, entity);
    return this.ids?.labels.get(id) ?? document.analysis.entities[entity].label;
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
