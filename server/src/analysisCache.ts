// One analysis per document version: every feature reads the same result, computed once.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, formatOf } from './analysis/analyze';
import type { DocumentAnalysis } from './analysis/types';

/** A document with its analysis; `document` converts offsets to positions (see convert.ts). */
export interface AnalyzedDocument {
  uri: string;
  version: number;
  document: TextDocument;
  analysis: DocumentAnalysis;
}

export class AnalysisCache {
  private readonly byUri = new Map<string, AnalyzedDocument>();

  /** The analysis of this exact version of the document, computed on first request. */
  get(document: TextDocument): AnalyzedDocument {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const analyzed = { uri: document.uri, version: document.version, document, analysis: analyzeDocument(document.getText(), formatOf(document.uri, document.languageId)) };
    this.byUri.set(document.uri, analyzed);
    return analyzed;
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }
}
