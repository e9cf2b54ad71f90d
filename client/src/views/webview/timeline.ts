// The timeline webview's script: renders what the extension sends, again when the panel is resized, and
// asks for the sentence of a date when its tooltip shows.
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { Excerpt, TimelineItem } from '../../../../server/src/features/views';
import type { FromWebview, Scope, ToWebview } from './messages';
import { renderTimeline, type TimelineData } from './timelineView';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
let data: TimelineData | null = null;
let transform: ZoomTransform = zoomIdentity;
/** The sentences asked for, by date and essay, until new dates come (an edit may have moved them). */
const sentences = new Map<string, Promise<Excerpt | null>>();
const answers = new Map<string, (sentence: Excerpt | null) => void>();
const sentenceKey = (uri: string, index: number, value: string) => `${index} ${value} ${uri}`;

const actions = {
  open: (item: TimelineItem, uri: string) => vscode.postMessage({ type: 'open', uri, range: item.range }),
  sentence: (item: TimelineItem, uri: string) => {
    const key = sentenceKey(uri, item.index, item.value);
    let asked = sentences.get(key);
    if (!asked) {
      asked = new Promise<Excerpt | null>((resolve) => answers.set(key, resolve));
      sentences.set(key, asked);
      vscode.postMessage({ type: 'sentence', uri, index: item.index, value: item.value });
    }
    return asked;
  },
  scope: (scope: Scope) => vscode.postMessage({ type: 'scope', scope }),
  zoomed: (next: ZoomTransform) => { transform = next; },
};

const render = () => { if (data) renderTimeline(root, data, actions, transform); };

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  if (event.data.type === 'sentence') {
    const key = sentenceKey(event.data.uri, event.data.index, event.data.value);
    answers.get(key)?.(event.data.sentence);
    answers.delete(key);
    return;
  }
  if (event.data.type !== 'timeline') return;
  sentences.clear();
  answers.clear();
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
