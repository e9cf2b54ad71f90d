// The timeline webview's script: renders what the extension sends, again when the panel is resized.
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { TimelineItem } from '../../../../server/src/features/views';
import type { FromWebview, Scope, ToWebview } from './messages';
import { renderTimeline, type TimelineData } from './timelineView';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
let data: TimelineData | null = null;
let transform: ZoomTransform = zoomIdentity;

const actions = {
  open: (item: TimelineItem) => vscode.postMessage({ type: 'open', uri: item.location.uri, range: item.location.range }),
  scope: (scope: Scope) => vscode.postMessage({ type: 'scope', scope }),
  zoomed: (next: ZoomTransform) => { transform = next; },
};

const render = () => { if (data) renderTimeline(root, data, actions, transform); };

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  if (event.data.type !== 'timeline') return;
  const { scope, essay, essays } = event.data;
  if (scope !== data?.scope || essay !== data.essay) transform = zoomIdentity; // another view: show all of it
  data = { scope, essay, essays };
  render();
});
let resizing: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = setTimeout(render, 150);
});
vscode.postMessage({ type: 'ready' });
