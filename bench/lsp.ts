// The built language server driven over stdio as an editor drives it, with what a benchmark needs on top
// of the tests' client: when initialize answered, when indexing ended, how much memory the server holds.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { SERVER } from '../test/helpers/lspClient';

/** Bytes, after a garbage collection; `cpuMs` is the CPU time the server used so far, all threads. */
export interface Usage { rss: number; maxRss: number; heapUsed: number; heapTotal: number; external: number; cpuMs: number }

export class BenchServer {
  readonly connection: MessageConnection;
  private readonly process: ChildProcess;
  private readonly probeDir = mkdtempSync(join(tmpdir(), 'close-reading-probe-'));
  private readonly indexEnds: (() => void)[] = [];
  private progressTokens = new Set<string | number>();
  /** ms from spawn to the initialize response, and to the end of the first workspace index. */
  initializedAfter = NaN;
  indexedAfter = NaN;
  /** ms from the `initialized` notification (when the server starts indexing) to the end of the first index. */
  indexingTook = NaN;
  /** The last progress the server reported, `done/total` essays. */
  private progressMessage = '';

  private constructor() {
    this.process = spawn(process.execPath, ['--require', join(__dirname, 'probe.cjs'), SERVER, '--stdio'], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, CLOSE_READING_MEMORY_PROBE: join(this.probeDir, 'memory.json') },
    });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    this.connection.onRequest('window/workDoneProgress/create', (params: { token: string | number }) => { this.progressTokens.add(params.token); return null; });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('$/progress', (params: { token: string | number; value: { kind: string; message?: string } }) => {
      if (params.value.message) this.progressMessage = params.value.message;
      if (params.value.kind === 'end' && this.progressTokens.delete(params.token)) this.indexEnds.shift()?.();
    });
    this.connection.onNotification(() => {});
    this.connection.listen();
  }

  /**
   * Starts the server on a workspace folder, its index's cache of analyses in `cacheDirectory` (none by
   * default); resolves once its first index of the folder is built.
   */
  static async start(folder: string, cacheDirectory: string | null = null): Promise<BenchServer> {
    const started = performance.now();
    const server = new BenchServer();
    const indexed = server.nextIndexEnd();
    const rootUri = pathToFileURL(folder).toString();
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      initializationOptions: { cacheDirectory },
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true }, textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
    });
    server.initializedAfter = performance.now() - started;
    const initialized = performance.now();
    await server.connection.sendNotification('initialized', {});
    await indexed;
    server.indexedAfter = performance.now() - started;
    server.indexingTook = performance.now() - initialized;
    return server;
  }

  /** How many essays the server said it indexed, from its last progress report. */
  get indexedCount(): number {
    return Number(/^(\d+)\/\d+$/.exec(this.progressMessage)?.[1] ?? 0);
  }

  private nextIndexEnd(): Promise<void> {
    return new Promise((resolve) => this.indexEnds.push(resolve));
  }

  async open(path: string, languageId = ''): Promise<string> {
    const uri = pathToFileURL(path).toString();
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: readFileSync(path, 'utf8') } });
    return uri;
  }

  /** One request's round trip in ms, with its result. */
  async timed<T>(method: string, params: unknown): Promise<{ ms: number; result: T }> {
    const start = performance.now();
    const result = await this.connection.sendRequest<T>(method, params);
    return { ms: performance.now() - start, result };
  }

  /** The server's memory and CPU time now (the probe answers SIGUSR2 by writing a file). */
  async usage(): Promise<Usage> {
    const file = join(this.probeDir, 'memory.json');
    rmSync(file, { force: true });
    this.process.kill('SIGUSR2');
    for (let i = 0; i < 500 && !existsSync(file); i++) await sleep(10);
    return JSON.parse(readFileSync(file, 'utf8')) as Usage;
  }

  async close(): Promise<void> {
    await this.connection.sendRequest('shutdown').catch(() => {});
    await this.connection.sendNotification('exit').catch(() => {});
    this.connection.dispose();
    this.process.kill();
    rmSync(this.probeDir, { recursive: true, force: true });
  }
}
