// A webview panel for one of the views: its page from html.ts, scripts and styles only from dist/,
// and the messages it may send checked before anything is done with them.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { webviewHtml } from './html';
import { readMessage, type FromWebview, type ToWebview } from './webview/messages';

export interface PanelOptions {
  viewType: string;
  title: string;
  /** The bundle in dist/webview/ (without `.js`). */
  script: string;
  /** Uris the page may ask to open: the ones it was sent. */
  mayOpen(uri: string): boolean;
  onMessage(message: Exclude<FromWebview, { type: 'open' }>): void;
  open(uri: string, range: Extract<FromWebview, { type: 'open' }>['range']): void;
}

export function createPanel(context: vscode.ExtensionContext, options: PanelOptions): { panel: vscode.WebviewPanel; post(message: ToWebview): void } {
  const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
  const panel = vscode.window.createWebviewPanel(options.viewType, options.title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
    enableScripts: true,
    localResourceRoots: [dist],
  });
  const { webview } = panel;
  webview.html = webviewHtml({
    cspSource: webview.cspSource,
    nonce: randomBytes(16).toString('base64'),
    scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview', `${options.script}.js`)).toString(),
    styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview', 'views.css')).toString(),
    title: options.title,
  });
  webview.onDidReceiveMessage((raw) => {
    const message = readMessage(raw);
    if (!message) return;
    if (message.type === 'open') {
      if (options.mayOpen(message.uri)) options.open(message.uri, message.range);
    } else {
      options.onMessage(message);
    }
  });
  return { panel, post: (message) => void webview.postMessage(message) };
}
