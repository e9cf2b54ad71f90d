// "Close Reading: Show Mentions in Context": every occurrence of the name or word under the cursor in
// a keyword-in-context webview, refreshed as the corpus changes.
import * as vscode from 'vscode';
import type { Concordance, ConcordanceQuery } from '../../../server/src/features/views';
import type { ViewsHost } from './host';
import { createPanel } from './panel';
import type { ToWebview } from './webview/messages';

export class ConcordancePanel implements vscode.Disposable {
  private view: { panel: vscode.WebviewPanel; post(message: ToWebview): void } | undefined;
  private concordance: Concordance | null = null;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly host: ViewsHost) {
    this.subscription = host.onDidChange(() => { if (this.concordance) void this.run({ query: this.concordance.query }); });
  }

  /** For the name or word at the cursor of the active editor. */
  async showAtCursor(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.host.isEssay(editor.document)) {
      void vscode.window.showInformationMessage('Close Reading: place the cursor on a name or a word in an essay.');
      return;
    }
    const found = await this.run({ textDocument: { uri: editor.document.uri.toString() }, position: editor.selection.active });
    if (!found) void vscode.window.showInformationMessage('Close Reading: no name or word under the cursor.');
  }

  /** For an entity of the people index. */
  async showEntity(id: string): Promise<void> {
    await this.run({ query: { entity: id } satisfies ConcordanceQuery });
  }

  private async run(params: unknown): Promise<boolean> {
    const result = await this.host.request<Concordance | null>('closeReading/concordance', params);
    if (!result) return false;
    this.concordance = result;
    this.reveal().post({ type: 'concordance', concordance: result });
    this.view!.panel.title = `Mentions: ${result.title}`;
    return true;
  }

  private reveal(): { panel: vscode.WebviewPanel; post(message: ToWebview): void } {
    if (this.view) {
      this.view.panel.reveal(undefined, true);
      return this.view;
    }
    const view = createPanel(this.host.context, {
      viewType: 'closeReading.concordance',
      title: 'Mentions in Context',
      script: 'concordance',
      mayOpen: (uri) => this.concordance?.rows.some((row) => row.location.uri === uri) ?? false,
      open: (uri, range) => void this.host.open(uri, range),
      onMessage: (message) => { if (message.type === 'ready') view.post({ type: 'concordance', concordance: this.concordance }); },
    });
    view.panel.onDidDispose(() => { this.view = undefined; this.concordance = null; });
    this.view = view;
    return view;
  }

  dispose(): void {
    this.subscription.dispose();
    this.view?.panel.dispose();
  }
}
