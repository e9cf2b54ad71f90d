// One analysis per document version: every feature reads the same result, computed once. Large
// documents are analysed off the server's thread, so that it keeps answering about the others.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, formatOf } from './analysis/analyze';
import { BlockMemo } from './analysis/blocks';
import type { DocumentAnalysis } from './analysis/types';
import type { BackgroundAnalysis } from './backgroundAnalysis';

/** A document with its analysis; `document` converts offsets to positions (see convert.ts). */
export interface AnalyzedDocument {
  uri: string;
  version: number;
  document: TextDocument;
  analysis: DocumentAnalysis;
}

/** Changes an analysis after the core made it: the reader's corrections. */
export type Adjust = (uri: string, text: string, analysis: DocumentAnalysis) => DocumentAnalysis;

/** Documents this long (UTF-16 code units) or longer are analysed in the background. */
export const LARGE_DOCUMENT = 150_000;

export class AnalysisCache {
  private readonly byUri = new Map<string, AnalyzedDocument>();
  private readonly pending = new Map<string, { version: number; analyzed: Promise<AnalyzedDocument> }>();
  /** Per open document, what its last analysed version's blocks gave: an edit re-analyses only the blocks it touched. */
  private readonly memos = new Map<string, BlockMemo>();

  constructor(
    private readonly adjust: Adjust = (_uri, _text, analysis) => analysis,
    private readonly background: BackgroundAnalysis | null = null,
  ) {}

  private isLarge(document: TextDocument): boolean {
    return this.background !== null && this.background.available && document.getText().length >= LARGE_DOCUMENT;
  }

  /** The analysis of a document's text on this thread, with the document's memo. */
  private analyzeHere(document: TextDocument): DocumentAnalysis {
    let memo = this.memos.get(document.uri);
    if (!memo) this.memos.set(document.uri, (memo = new BlockMemo()));
    return analyzeDocument(document.getText(), formatOf(document.uri, document.languageId), memo);
  }

  private finish(document: TextDocument, analysis: DocumentAnalysis): AnalyzedDocument {
    // The editor's document object changes in place with every edit: keep the text this analysis is of.
    const snapshot = TextDocument.create(document.uri, document.languageId, document.version, document.getText());
    const analyzed = { uri: document.uri, version: document.version, document: snapshot, analysis: this.adjust(document.uri, snapshot.getText(), analysis) };
    const current = this.byUri.get(document.uri);
    if (!current || current.version <= document.version) this.byUri.set(document.uri, analyzed);
    return analyzed;
  }

  /** The analysis of this exact version of the document, computed on first request. */
  async get(document: TextDocument): Promise<AnalyzedDocument> {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    if (!this.isLarge(document)) return this.finish(document, this.analyzeHere(document));
    const pending = this.pending.get(document.uri);
    if (pending && pending.version === document.version) return pending.analyzed;
    const analyzed = this.background!.analyze(document.uri, document.getText(), formatOf(document.uri, document.languageId))
      .then((analysis) => this.finish(document, analysis))
      .finally(() => { if (this.pending.get(document.uri)?.analyzed === analyzed) this.pending.delete(document.uri); });
    this.pending.set(document.uri, { version: document.version, analyzed });
    return analyzed;
  }

  /**
   * What cross-document features read of an open document without waiting: its analysis, computed
   * now when it is small, else the latest there is (perhaps of an earlier version).
   */
  peek(document: TextDocument): AnalyzedDocument | undefined {
    const cached = this.byUri.get(document.uri);
    if (cached?.version === document.version || this.isLarge(document)) {
      if (!cached || cached.version !== document.version) void this.get(document);
      return cached;
    }
    return this.finish(document, this.analyzeHere(document));
  }

  /** Forgets a closed document, here and in the background. */
  delete(uri: string): void {
    this.byUri.delete(uri);
    this.pending.delete(uri);
    this.memos.delete(uri);
    this.background?.forget(uri);
  }

  /** Forgets every analysis, when what adjusts them changed. */
  clear(): void {
    this.byUri.clear();
    this.pending.clear();
  }
}
