// The Close Reading language server: short handlers that find the document, ask the analysis, and
// hand the result to one feature module each.
import {
  createConnection, DidChangeConfigurationNotification, FileChangeType, MessageType, ProposedFeatures, ShowMessageNotification,
  TextDocuments, TextDocumentSyncKind, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, type AnalyzedDocument } from './analysisCache';
import { BackgroundAnalysis } from './backgroundAnalysis';
import { toOffset } from './convert';
import { Corpus } from './corpus';
import type { DiskCache } from './diskCache';
import { cacheOfAnalyses, WORKER_SCRIPT } from './essayWorkers';
import type { FeatureContext } from './features/context';
import { provideBibliography, type BibliographyFormat } from './features/bibliography';
import { provideDefinition } from './features/definition';
import { provideDiagnostics } from './features/diagnostics';
import { provideDocumentHighlights } from './features/documentHighlights';
import { provideDocumentSymbols } from './features/documentSymbols';
import { provideFoldingRanges } from './features/foldingRanges';
import { provideHover } from './features/hover';
import { provideInlayHints } from './features/inlayHints';
import { layersAt } from './features/layers';
import { provideReferences } from './features/references';
import { LEGEND, provideSemanticTokens } from './features/semanticTokens';
import { concordance, dateSentence, entityMentions, listEntities, queryAt, readingReport, timeline, type ConcordanceQuery } from './features/views';
import { provideWorkspaceSymbols } from './features/workspaceSymbols';
import type { Correction } from './analysis/names/corrections';
import { perPercent } from './progress';
import { ReaderData } from './readerData';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { userCacheDirectory } from './userCache';
import { WorkspaceIndex } from './workspaceIndex';

const connection = createConnection(ProposedFeatures.all);
// A failed promise somewhere must be logged, never take the server (and every open essay) down.
process.on('unhandledRejection', (reason) => connection.console.error(`Close Reading: ${String(reason)}`));
const documents = new TextDocuments(TextDocument);
const readerData = new ReaderData((message) => connection.console.log(message));
const cache = new AnalysisCache(readerData.adjust, new BackgroundAnalysis(WORKER_SCRIPT), (message) => connection.console.error(message));
let settings: Settings = DEFAULT_SETTINGS;
/** Resolves once the client's settings are known: until then no document is analysed with defaults it did not ask for. */
let settingsKnown: () => void = () => {};
const ready = new Promise<void>((resolve) => { settingsKnown = resolve; });
let canAskConfiguration = false;
let foldersChange = false;
let workspaceFolders: string[] = [];
/** Where the index keeps the analyses of essays for the next start; the client may choose it, or none. */
let indexCache: DiskCache | null = null;
const index = new WorkspaceIndex(settings, (message) => connection.console.log(message), undefined, readerData.adjust);
const warnedTooLarge = new Set<string>();
const corpus = new Corpus(
  () => documents.all().filter(withinLimit).map((d) => cache.peek(d)).filter((d): d is AnalyzedDocument => d !== undefined),
  () => index.all(),
);
const context: FeatureContext = { corpus, entityNotes: (id) => readerData.entityNotes(id) };

/** Whether a document is within the size limit; the first time one is not, the reader is told. */
function withinLimit(document: TextDocument): boolean {
  const uri = document.uri;
  if (document.getText().length > settings.maxFileSize) {
    if (!warnedTooLarge.has(uri)) {
      warnedTooLarge.add(uri);
      // A notification, not a request: a client that cannot show message requests must not break the server.
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `Close Reading: ${decodeURIComponent(uri.split('/').pop() ?? uri)} is larger than closeReading.maxFileSize; it is not analysed.`,
      });
    }
    return false;
  }
  return true;
}

/** The analysis of the current version of an open document, or null when it is not open or over the size limit. */
async function analyzed(uri: string): Promise<AnalyzedDocument | null> {
  const document = documents.get(uri);
  return document && withinLimit(document) ? cache.get(document) : null;
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const options = params.initializationOptions as { cacheDirectory?: unknown } | undefined;
  const directory = options && 'cacheDirectory' in options ? options.cacheDirectory : userCacheDirectory('index');
  indexCache = cacheOfAnalyses(typeof directory === 'string' ? directory : null);
  canAskConfiguration = Boolean(params.capabilities.workspace?.configuration);
  foldersChange = Boolean(params.capabilities.workspace?.workspaceFolders);
  workspaceFolders = (params.workspaceFolders ?? [])
    .map((f) => WorkspaceIndex.pathOf(f.uri))
    .concat(params.workspaceFolders ? [] : [params.rootUri ? WorkspaceIndex.pathOf(params.rootUri) : null])
    .filter((p): p is string => p !== null);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'Close Reading' },
      foldingRangeProvider: true,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      workspaceSymbolProvider: true,
      semanticTokensProvider: { legend: LEGEND, full: true },
      inlayHintProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'close-reading' },
  };
});

async function loadSettings(): Promise<void> {
  const raw = canAskConfiguration ? await connection.workspace.getConfiguration('closeReading').catch(() => null) : null;
  settings = readSettings(raw);
}

/** Re-reads the workspace's essays, with progress in the client's status bar. */
async function reindex(): Promise<number> {
  index.configure(workspaceFolders, settings, indexCache);
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin('Close Reading: indexing essays', 0, undefined, false);
  const count = await index.rebuild(perPercent((percent, message) => progress.report(percent, message)));
  corpus.prepare();
  progress.done();
  connection.console.log(`Indexed ${count} essays in ${workspaceFolders.length} folder(s).`);
  void connection.sendNotification('closeReading/corpusChanged');
  return count;
}

connection.onInitialized(async () => {
  await loadSettings();
  await readerData.load(workspaceFolders);
  settingsKnown();
  if (canAskConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'closeReading' });
  // Only a client that announced workspace folder changes may be asked for them.
  if (foldersChange) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => WorkspaceIndex.pathOf(f.uri)));
      workspaceFolders = workspaceFolders.filter((f) => !removed.has(f))
        .concat(event.added.map((f) => WorkspaceIndex.pathOf(f.uri)).filter((p): p is string => p !== null));
      void reindex();
    });
  }
  await reindex();
});

connection.onDidChangeConfiguration(async () => {
  await loadSettings();
  void connection.languages.inlayHint.refresh().catch(() => {});
  for (const document of documents.all()) scheduleDiagnostics(document.uri, 0);
  settingsKnown();
  await reindex();
});

/** After the reader's corrections changed: every analysis again, and the editor's views of them refreshed. */
async function correctionsChanged(): Promise<void> {
  await readerData.load(workspaceFolders);
  cache.clear();
  await reindex();
  void connection.languages.semanticTokens.refresh().catch(() => {});
  void connection.languages.inlayHint.refresh().catch(() => {});
  for (const document of documents.all()) scheduleDiagnostics(document.uri, 0);
}

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  const readerFiles = new Set(changes.map((c) => ReaderData.kindOf(c.uri)));
  if (readerFiles.has('corrections')) await correctionsChanged();
  else if (readerFiles.has('notes')) await readerData.load(workspaceFolders);
  for (const change of changes) {
    if (ReaderData.kindOf(change.uri)) continue;
    const path = WorkspaceIndex.pathOf(change.uri);
    if (change.type === FileChangeType.Deleted || !path) index.remove(change.uri);
    else await index.update(path);
  }
  void connection.sendNotification('closeReading/corpusChanged');
});

/** The reader corrects the names: the corrections are stored in the workspace and win at once. */
connection.onRequest('closeReading/correct', async (params: { corrections: Correction[]; textDocument?: { uri: string } }) => {
  await ready;
  const stored = await readerData.correct(params.corrections, params.textDocument?.uri);
  await correctionsChanged();
  return stored;
});

connection.onRequest('closeReading/reindex', async () => {
  await ready;
  return reindex();
});

documents.onDidClose((event) => {
  cache.delete(event.document.uri);
  warnedTooLarge.delete(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

/** Diagnostics follow the text, a moment after the reader stops typing. */
const pendingDiagnostics = new Map<string, NodeJS.Timeout>();
function scheduleDiagnostics(uri: string, delayMs = 300): void {
  clearTimeout(pendingDiagnostics.get(uri));
  pendingDiagnostics.set(uri, setTimeout(async () => {
    pendingDiagnostics.delete(uri);
    await ready;
    const doc = await analyzed(uri);
    if (doc) void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: provideDiagnostics(doc, settings.diagnostics) });
  }, delayMs));
}
documents.onDidOpen((event) => scheduleDiagnostics(event.document.uri, 0));
documents.onDidChangeContent((event) => scheduleDiagnostics(event.document.uri));

type Cancel = { isCancellationRequested: boolean };

/**
 * Runs a feature on the current version of an open document at a position. A request the client
 * cancelled while the analysis was under way (a large essay, analysed in the background) gets `empty`.
 */
async function atPosition<T>(params: { textDocument: { uri: string }; position: { line: number; character: number } }, token: Cancel, empty: T,
  feature: (doc: AnalyzedDocument, offset: number) => T): Promise<T> {
  await ready;
  const doc = await analyzed(params.textDocument.uri);
  return doc && !token.isCancellationRequested ? feature(doc, toOffset(doc.document, params.position)) : empty;
}

async function whole<T>(params: { textDocument: { uri: string } }, token: Cancel, empty: T, feature: (doc: AnalyzedDocument) => T): Promise<T> {
  await ready;
  const doc = await analyzed(params.textDocument.uri);
  return doc && !token.isCancellationRequested ? feature(doc) : empty;
}

connection.onDocumentSymbol((params, token) => whole(params, token, [], provideDocumentSymbols));
connection.onFoldingRanges((params, token) => whole(params, token, [], provideFoldingRanges));
connection.languages.semanticTokens.on((params, token) => whole(params, token, { data: [] }, provideSemanticTokens));
connection.onHover((params, token) => atPosition(params, token, null, (doc, offset) => provideHover(context, doc, offset)));
connection.onDefinition((params, token) => atPosition(params, token, [], (doc, offset) => provideDefinition(context, doc, offset)));
connection.onReferences((params, token) => atPosition(params, token, [], (doc, offset) => provideReferences(context, doc, offset, params.context.includeDeclaration)));
connection.onDocumentHighlight((params, token) => atPosition(params, token, [], provideDocumentHighlights));
connection.languages.inlayHint.on((params, token) => whole(params, token, [], (doc) => provideInlayHints(doc, params.range, settings.inlayHints)));
connection.onWorkspaceSymbol(async ({ query }) => {
  await ready;
  return provideWorkspaceSymbols(context, query);
});

connection.onRequest('closeReading/worksCited', (params: { textDocument: { uri: string }; format: BibliographyFormat }, token) =>
  whole(params, token, '', (doc) => provideBibliography(doc, params.format)));

/** The entity under the cursor, for the client's "Add note about …" command. */
connection.onRequest('closeReading/entityAt', (params: { textDocument: { uri: string }; position: { line: number; character: number } }, token) =>
  atPosition(params, token, null, (doc, offset) => {
    const mention = layersAt(doc.analysis, offset).mention;
    if (!mention) return null;
    const entity = doc.analysis.entities[mention.item.entity];
    return { id: corpus.entityId(doc, mention.item.entity), label: entity.label, kind: entity.kind };
  }));

// The views (people index, timeline, mentions in context, reading report); `uri: null` means the whole corpus.
const inCorpus = <P, T>(feature: (params: P) => T) => async (params: P) => {
  await ready;
  return feature(params);
};
connection.onRequest('closeReading/entities', inCorpus(({ uri }: { uri: string | null }) => listEntities(context, uri)));
connection.onRequest('closeReading/entityMentions', inCorpus(({ id, uri }: { id: string; uri: string | null }) => entityMentions(context, id, uri)));
connection.onRequest('closeReading/timeline', inCorpus(({ uri }: { uri: string | null }) => timeline(context, uri)));
connection.onRequest('closeReading/dateSentence', inCorpus(({ uri, index, value }: { uri: string; index: number; value: string }) => dateSentence(context, uri, index, value)));
connection.onRequest('closeReading/concordance', async (params: { query: ConcordanceQuery } | { textDocument: { uri: string }; position: { line: number; character: number } }, token) => {
  const query = 'query' in params ? params.query : await atPosition(params, token, null, (doc, offset) => queryAt(context, doc, offset));
  await ready;
  return query ? concordance(context, query) : null;
});
connection.onRequest('closeReading/report', (params: { textDocument: { uri: string } }, token) => whole(params, token, null, (doc) => readingReport(context, doc)));

documents.listen(connection);
connection.listen();
