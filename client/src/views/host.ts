// What the views share: requests to the language server, the essay the reader is on, one event when
// the text or the corpus changes, and going to a place in an essay.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import type { ViewLocation } from '../../../server/src/features/views';

const REFRESH_DELAY = 500;

export class ViewsHost implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly listening = new WeakSet<LanguageClient>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private essay: vscode.TextDocument | undefined;
  /** Documents the views wrote (reading reports): Markdown, but not essays. */
  private readonly written = new WeakSet<vscode.TextDocument>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Fires (debounced) when an essay's text, the corpus on disk, or the essay the reader is on changes. */
  readonly onDidChange = this.changed.event;

  constructor(readonly context: vscode.ExtensionContext, private readonly client: () => LanguageClient | undefined) {
    this.essay = this.isEssay(vscode.window.activeTextEditor?.document) ? vscode.window.activeTextEditor?.document : undefined;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!this.isEssay(editor?.document) || editor.document === this.essay) return;
        this.essay = editor.document;
        this.changedSoon();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => { if (this.isEssay(event.document)) this.changedSoon(); }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document !== this.essay) return;
        this.essay = undefined;
        this.changedSoon();
      }),
    );
    this.listen();
  }

  /** The essay the reader is on, or was on last (focus may be in a view). */
  activeEssay(): vscode.TextDocument | undefined {
    return this.essay;
  }

  isEssay(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
    if (!document || this.written.has(document) || (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled')) return false;
    return vscode.workspace.getConfiguration('closeReading').get<string[]>('languages', ['plaintext', 'markdown']).includes(document.languageId);
  }

  /** Opens a Markdown document the views wrote, which the views then do not take for an essay. */
  async showWritten(content: string): Promise<void> {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    this.written.add(document);
    await vscode.window.showTextDocument(document, { preview: false });
  }

  /** A request to the language server, or null when it is not running or fails (said in the log). */
  async request<R>(method: string, params: unknown): Promise<R | null> {
    const client = this.listen();
    if (!client) return null;
    try {
      return await client.sendRequest<R>(method, params);
    } catch (error) {
      client.warn(`Close Reading views: ${method} failed`, error, false);
      return null;
    }
  }

  /** Opens an essay at a place, in the editor column where the essay is already shown if it is. */
  async open(uri: string, range: ViewLocation['range']): Promise<void> {
    const target = vscode.Uri.parse(uri);
    const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString());
    const document = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(document, { selection, viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One });
  }

  changedSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), REFRESH_DELAY);
  }

  /** Hears the server's news from the current client (a restart makes a new one). */
  private listen(): LanguageClient | undefined {
    const client = this.client();
    if (client && !this.listening.has(client)) {
      this.listening.add(client);
      this.disposables.push(
        client.onNotification('closeReading/corpusChanged', () => this.changedSoon()),
        client.onDidChangeState(({ newState }) => { if (newState === State.Running) this.changedSoon(); }),
      );
    }
    return client;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
