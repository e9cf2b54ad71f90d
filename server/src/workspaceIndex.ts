// The corpus: every essay of the workspace folders, analysed at start-up and kept current as files
// change on disk. Cross-document features (references, mentions elsewhere) read it.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { minimatch } from 'minimatch';
import { analyzeText, type AnalyzedDocument } from './analysisCache';
import type { Settings } from './settings';
import { readEssay } from './textFile';

export class WorkspaceIndex {
  private readonly documents = new Map<string, AnalyzedDocument>();
  private folders: string[] = [];

  constructor(private settings: Settings, private readonly log: (message: string) => void) {}

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
    const paths: string[] = [];
    for (const folder of this.folders) await this.listEssays(folder, paths);
    this.documents.clear();
    let done = 0;
    for (const path of paths) {
      await this.update(path);
      progress(++done, paths.length);
    }
    return paths.length;
  }

  /** Re-reads one file after it changed on disk. */
  async update(path: string): Promise<void> {
    const uri = pathToFileURL(path).toString();
    if (!this.wanted(path)) { this.documents.delete(uri); return; }
    const read = await readEssay(path, this.settings.maxFileSize);
    if (!read.ok) {
      this.documents.delete(uri);
      this.log(`Skipped ${path}: ${read.reason}`);
      return;
    }
    this.documents.set(uri, analyzeText(uri, read.text));
  }

  remove(uri: string): void {
    this.documents.delete(uri);
  }

  /** Every indexed essay. */
  all(): AnalyzedDocument[] {
    return [...this.documents.values()];
  }

  static pathOf(uri: string): string | null {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  }
}
