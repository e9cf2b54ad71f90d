// The corpus: every essay of the workspace folders, analysed at start-up (on worker threads, see
// essayWorkers.ts) and kept current as files change on disk. Cross-document features (references,
// mentions elsewhere) read it.
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { minimatch } from 'minimatch';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Adjust, AnalyzedDocument } from './analysisCache';
import type { DiskCache } from './diskCache';
import { readEssays, WORKER_SCRIPT } from './essayWorkers';
import { readIndexedEssay, type IndexedEssay, type IndexTask } from './indexedEssay';
import type { Settings } from './settings';
import { listFiles } from './textFile';

export class WorkspaceIndex {
  private readonly documents = new Map<string, AnalyzedDocument>();
  /** `all()`, kept until the index changes: the corpus sees by its identity that nothing changed. */
  private listed: AnalyzedDocument[] | null = null;
  private folders: string[] = [];
  /** Where the analyses of earlier starts are kept, if anywhere. */
  private cache: DiskCache | null = null;
  /** Counts rebuilds, so that a rebuild overtaken by a newer one stops adding its results. */
  private generation = 0;

  constructor(
    private settings: Settings,
    private readonly log: (message: string) => void,
    private readonly workerScript: string | null = WORKER_SCRIPT,
    private readonly adjust: Adjust = (_uri, _text, analysis) => analysis,
  ) {}

  configure(folders: string[], settings: Settings, cache: DiskCache | null = null): void {
    this.folders = folders;
    this.settings = settings;
    this.cache = cache;
  }

  private wanted(path: string): boolean {
    const folder = this.folders.find((f) => path.startsWith(f));
    const rel = folder ? relative(folder, path) : path;
    return minimatch(rel, this.settings.include, { dot: false }) && !this.settings.exclude.some((p) => minimatch(rel, p, { dot: true }));
  }

  /** Re-reads every essay of the workspace folders, reporting progress as a fraction. */
  async rebuild(progress: (done: number, total: number) => void = () => {}): Promise<number> {
    const generation = ++this.generation;
    const overtaken = () => generation !== this.generation;
    const paths: string[] = [];
    for (const folder of this.folders) paths.push(...await listFiles(folder, (path) => this.wanted(path)));
    if (overtaken()) return paths.length;
    this.documents.clear();
    this.listed = null;
    let done = 0;
    const options = { task: this.task(), workerScript: this.workerScript, maxFileSize: this.settings.maxFileSize, stopped: overtaken, log: this.log };
    await readEssays(paths, options, (essay) => {
      this.store(essay);
      progress(++done, paths.length);
    });
    return paths.length;
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
    this.store(await readIndexedEssay(path, this.settings.maxFileSize, this.task()));
  }

  private task(): IndexTask {
    return { kind: 'index', cache: this.cache };
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
