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

/** Changes an analysis after the core made it: the reader's corrections. */
export type Adjust = (uri: string, text: string, analysis: DocumentAnalysis) => DocumentAnalysis;

export class AnalysisCache {
  private readonly byUri = new Map<string, AnalyzedDocument>();

  constructor(private readonly adjust: Adjust = (_uri, _text, analysis) => analysis) {}

  /** The analysis of this exact version of the document, computed on first request. */
  get(document: TextDocument): AnalyzedDocument {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const text = document.getText();
    const analysis = this.adjust(document.uri, text, analyzeDocument(text, formatOf(document.uri, document.languageId)));
    const analyzed = { uri: document.uri, version: document.version, document, analysis };
    this.byUri.set(document.uri, analyzed);
    return analyzed;
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }

  /** Forgets every analysis, when what adjusts them changed. */
  clear(): void {
    this.byUri.clear();
  }
}
