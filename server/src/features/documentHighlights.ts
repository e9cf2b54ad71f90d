// Document highlights: every mention in this essay of the entity at the cursor.
import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver';
import type { AnalyzedDocument } from '../analysisCache';
import { toRange } from '../convert';
import { layersAt } from './layers';

export function provideDocumentHighlights(doc: AnalyzedDocument, offset: number): DocumentHighlight[] {
  const { analysis } = doc;
  const mention = layersAt(analysis, offset).mention;
  if (!mention) return [];
  return analysis.entities[mention.item.entity].mentions.map((index) => ({
    range: toRange(doc.document, analysis.mentions[index]),
    kind: DocumentHighlightKind.Text,
  }));
}
