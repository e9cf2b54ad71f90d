// "Close Reading: Show Timeline": the dated mentions of the essay or of the corpus in a webview that
// follows the reader's essay and the edits, and asks for a date's sentence when it shows it.
import * as vscode from 'vscode';
import type { Excerpt, TimelineEssay } from '../../../server/src/features/views';
import type { ViewsHost } from './host';
import { createPanel } from './panel';
import type { Scope, ToWebview } from './webview/messages';

const SCOPE_KEY = 'closeReading.timeline.scope';

export class TimelinePanel implements vscode.Disposable {
  private view: { panel: vscode.WebviewPanel; post(message: ToWebview): void } | undefined;
  private shownUris = new Set<string>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly host: ViewsHost) {
    this.subscription = host.onDidChange(() => void this.update());
  }

  private get scope(): Scope {
    return this.host.context.workspaceState.get<Scope>(SCOPE_KEY, 'essay');
  }

  show(): void {
    if (this.view) {
      this.view.panel.reveal(undefined, true);
      return;
    }
    this.view = createPanel(this.host.context, {
      viewType: 'closeReading.timeline',
      title: 'Timeline',
      script: 'timeline',
      mayOpen: (uri) => this.shownUris.has(uri),
      open: (uri, range) => void this.host.open(uri, range),
      onMessage: async (message) => {
        if (message.type === 'sentence') {
          const { uri, index, value } = message;
          // Only about the essays the page was sent.
          const sentence = this.shownUris.has(uri) ? await this.host.request<Excerpt>('closeReading/dateSentence', { uri, index, value }) : null;
          this.view?.post({ type: 'sentence', uri, index, value, sentence });
          return;
        }
        if (message.type === 'scope') await this.host.context.workspaceState.update(SCOPE_KEY, message.scope);
        await this.update();
      },
    });
    this.view.panel.onDidDispose(() => { this.view = undefined; });
  }

  private async update(): Promise<void> {
    if (!this.view) return;
    const scope = this.scope;
    const essay = this.host.activeEssay();
    const uri = scope === 'essay' ? essay?.uri.toString() ?? null : null;
    const essays = scope === 'essay' && uri === null ? [] : (await this.host.request<TimelineEssay[]>('closeReading/timeline', { uri })) ?? [];
    this.shownUris = new Set(essays.map((e) => e.uri));
    const name = essay ? essay.uri.path.split('/').pop() ?? null : null;
    this.view?.post({ type: 'timeline', scope, essay: scope === 'essay' ? name : null, essays });
  }

  dispose(): void {
    this.subscription.dispose();
    this.view?.panel.dispose();
  }
}
