// The corpus: every essay of the workspace folders, analysed at start-up and kept current as files
// change on disk. Cross-document features (references, mentions elsewhere) read it. A rebuild spreads
// the essays over a few worker threads, one per core, so that the server's own thread stays free to answer.
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { minimatch } from 'minimatch';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Adjust, AnalyzedDocument } from './analysisCache';
import { readIndexedEssay, type IndexedEssay } from './indexedEssay';
import type { IndexJob } from './indexWorker';
import type { Settings } from './settings';

/** Where the bundled worker is: beside the bundled server. */
const WORKER_SCRIPT = join(__dirname, 'indexWorker.js');

export class WorkspaceIndex {
  private readonly documents = new Map<string, AnalyzedDocument>();
  /** `all()`, kept until the index changes: the corpus sees by its identity that nothing changed. */
  private listed: AnalyzedDocument[] | null = null;
  private folders: string[] = [];
  /** Counts rebuilds, so that a rebuild overtaken by a newer one stops adding its results. */
  private generation = 0;

  constructor(
    private settings: Settings,
    private readonly log: (message: string) => void,
    private readonly workerScript: string | null = WORKER_SCRIPT,
    private readonly adjust: Adjust = (_uri, _text, analysis) => analysis,
  ) {}

  configure(folders: string[], settings: Settings): void {
    this.folders = folders;
    this.settings = settings;
  }

  private wanted(path: string): boolean {
    const folder = this.folders.find((f) => path.startsWith(f));
    const rel = folder ? relative(folder, path) : path;
    return minimatch(rel, this.settings.include, { dot: false }) && !this.settings.exclude.some((p) => minimatch(rel, p, { dot: true }));
  }

  private async listEssays(dir: string, into: string[]): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await this.listEssays(path, into);
      else if (entry.isFile() && this.wanted(path)) into.push(path);
    }
  }

  /** Re-reads every essay of the workspace folders, reporting progress as a fraction. */
  async rebuild(progress: (done: number, total: number) => void = () => {}): Promise<number> {
    const generation = ++this.generation;
    const overtaken = () => generation !== this.generation;
    const paths: string[] = [];
    for (const folder of this.folders) await this.listEssays(folder, paths);
    if (overtaken()) return paths.length;
    this.documents.clear();
    this.listed = null;
    let done = 0;
    await this.readAll(paths, overtaken, (essay) => {
      this.store(essay);
      progress(++done, paths.length);
    });
    return paths.length;
  }

  /**
   * Reads and analyses the essays on worker threads (or here, without a worker script), in any order,
   * until done or `overtaken` (a newer rebuild started).
   */
  private async readAll(paths: string[], overtaken: () => boolean, each: (essay: IndexedEssay) => void): Promise<void> {
    const queue = [...paths];
    const next = () => (overtaken() ? undefined : queue.shift());
    const workers = this.workerScript ? Math.min(availableParallelism(), queue.length) : 0;
    const runWorker = async (script: string): Promise<void> => {
      const worker = new Worker(script);
      for (let path = next(); path !== undefined; path = next()) {
        const essay = await this.readOn(worker, path).catch((error: unknown) => {
          this.log(`Index worker failed on ${path} (${String(error)}); the server's thread reads what is left.`);
          queue.unshift(path);
          return null;
        });
        if (!essay) break;
        if (!overtaken()) each(essay);
      }
      await worker.terminate();
    };
    await Promise.all(Array.from({ length: workers }, () => runWorker(this.workerScript!)));
    for (let path = next(); path !== undefined; path = next()) {
      const essay = await readIndexedEssay(path, this.settings.maxFileSize);
      if (!overtaken()) each(essay);
    }
  }

  private readOn(worker: Worker, path: string): Promise<IndexedEssay> {
    return new Promise((resolve, reject) => {
      const settle = (finish: () => void) => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        finish();
      };
      const onMessage = (essay: IndexedEssay) => settle(() => resolve(essay));
      const onError = (error: Error) => settle(() => reject(error));
      const onExit = (code: number) => settle(() => reject(new Error(`worker exited with code ${code}`)));
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ path, maxFileSize: this.settings.maxFileSize } satisfies IndexJob);
    });
  }

  private store(essay: IndexedEssay): void {
    this.listed = null;
    if (!essay.ok) {
      this.documents.delete(essay.uri);
      this.log(`Skipped ${essay.path}: ${essay.reason}`);
      return;
    }
    const document = TextDocument.create(essay.uri, '', 0, essay.text);
    this.documents.set(essay.uri, { uri: essay.uri, version: 0, document, analysis: this.adjust(essay.uri, essay.text, essay.analysis) });
  }

  /** Re-reads one file after it changed on disk. */
  async update(path: string): Promise<void> {
    if (!this.wanted(path)) { this.remove(pathToFileURL(path).toString()); return; }
    this.store(await readIndexedEssay(path, this.settings.maxFileSize));
  }

  remove(uri: string): void {
    this.documents.delete(uri);
    this.listed = null;
  }

  /** Every indexed essay: the same array until the index changes. */
  all(): readonly AnalyzedDocument[] {
    this.listed ??= [...this.documents.values()];
    return this.listed;
  }

  static pathOf(uri: string): string | null {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  }
}
