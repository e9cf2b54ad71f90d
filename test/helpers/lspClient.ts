// A real JSON-RPC client for the built server over stdio, as any LSP editor would start it.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const SERVER = resolve(__dirname, '..', '..', 'dist', 'server.js');

export interface LspSession {
  connection: MessageConnection;
  process: ChildProcess;
  /** Opens a file as the editor would (`languageId` empty, as Neovim sends it, unless given). */
  open(path: string, languageId?: string): Promise<string>;
  request<T>(method: string, params: unknown): Promise<T>;
  close(): Promise<void>;
}

export async function startServer(rootPath: string, configuration: unknown = null): Promise<LspSession> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => configuration));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification(() => {});
  connection.listen();
  const rootUri = pathToFileURL(rootPath).toString();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'root' }],
    capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true }, textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    async open(path, languageId = '') {
      const uri = pathToFileURL(resolve(path)).toString();
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: readFileSync(path, 'utf8') } });
      return uri;
    },
    request: (method, params) => connection.sendRequest(method, params),
    async close() {
      await connection.sendRequest('shutdown').catch(() => {});
      await connection.sendNotification('exit').catch(() => {});
      connection.dispose();
      child.kill();
    },
  };
}

export const corpusFile = (name: string) => join(__dirname, '..', '..', 'corpus', name);
