// The concordance webview's script: renders what the extension sends, keeps the chosen order.
import type { MentionRow } from '../../../../server/src/features/views';
import { renderConcordance } from './concordanceView';
import type { KwicOrder } from './kwicOrder';
import type { FromWebview, ToWebview } from './messages';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void; getState(): unknown; setState(state: unknown): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
let order: KwicOrder = (vscode.getState() as { order?: KwicOrder } | undefined)?.order ?? 'essay';
let current: Extract<ToWebview, { type: 'concordance' }>['concordance'] = null;

const actions = {
  open: (row: MentionRow) => vscode.postMessage({ type: 'open', uri: row.location.uri, range: row.location.range }),
  sort: (next: KwicOrder) => {
    order = next;
    vscode.setState({ order });
    renderConcordance(root, current, order, actions);
    root.querySelector<HTMLElement>('button[aria-pressed="true"]')?.focus();
  },
};

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  if (event.data.type !== 'concordance') return;
  current = event.data.concordance;
  renderConcordance(root, current, order, actions);
});
vscode.postMessage({ type: 'ready' });
