// One analysis per document version: every feature reads the same result, computed once. Large
// documents are analysed off the server's thread, so that it keeps answering about the others.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, formatOf } from './analysis/analyze';
import { DocumentMemos } from './analysis/blocks';
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
  private readonly pending = new Map<string, { version: number; analyzed: Promise<AnalyzedDocument | null> }>();
  /** Per open document, what its last analysed version's blocks gave: an edit re-analyses only the blocks it touched. */
  private readonly memos = new DocumentMemos();

  constructor(
    private readonly adjust: Adjust = (_uri, _text, analysis) => analysis,
    private readonly background: BackgroundAnalysis | null = null,
    /** Told, in words for the server's log, of a layer of the analysis that failed on a document. */
    private readonly warn: (message: string) => void = () => {},
  ) {}

  private isLarge(document: TextDocument): boolean {
    return this.background !== null && this.background.available && document.getText().length >= LARGE_DOCUMENT;
  }

  /** The analysis of a version's text on this thread, with the document's memo. */
  private analyzeHere(version: TextDocument): DocumentAnalysis {
    return analyzeDocument(version.getText(), formatOf(version.uri, version.languageId), this.memos.of(version.uri), (layer, error) =>
      this.warn(`Close Reading: the ${layer} layer failed on ${version.uri} (version ${version.version}): ${String(error)}; the rest of its analysis stands.`));
  }

  /**
   * The version of a document as it is now. The editor's document object changes in place with every
   * edit: an analysis is paired with the text it was made of, never with a later one.
   */
  private static snapshot(document: TextDocument): TextDocument {
    return TextDocument.create(document.uri, document.languageId, document.version, document.getText());
  }

  private finish(version: TextDocument, analysis: DocumentAnalysis): AnalyzedDocument {
    const analyzed = { uri: version.uri, version: version.version, document: version, analysis: this.adjust(version.uri, version.getText(), analysis) };
    const current = this.byUri.get(version.uri);
    if (!current || current.version <= version.version) this.byUri.set(version.uri, analyzed);
    return analyzed;
  }

  /**
   * The analysis of this exact version of the document, computed on first request; null for a large
   * document when a later version overtook this one before its analysis began (its requests are moot).
   */
  async get(document: TextDocument): Promise<AnalyzedDocument | null> {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const version = AnalysisCache.snapshot(document);
    if (!this.isLarge(document)) return this.finish(version, this.analyzeHere(version));
    const pending = this.pending.get(document.uri);
    if (pending && pending.version === document.version) return pending.analyzed;
    const analyzed = this.background!.analyze(version.uri, version.getText(), formatOf(version.uri, version.languageId))
      .then((analysis) => (analysis ? this.finish(version, analysis) : null))
      .finally(() => { if (this.pending.get(version.uri)?.analyzed === analyzed) this.pending.delete(version.uri); });
    this.pending.set(version.uri, { version: version.version, analyzed });
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
    const version = AnalysisCache.snapshot(document);
    return this.finish(version, this.analyzeHere(version));
  }

  /** Forgets a closed document, here and in the background. */
  delete(uri: string): void {
    this.byUri.delete(uri);
    this.pending.delete(uri);
    this.memos.forget(uri);
    this.background?.forget(uri);
  }

  /** Forgets every analysis, when what adjusts them changed. */
  clear(): void {
    this.byUri.clear();
    this.pending.clear();
  }
}
