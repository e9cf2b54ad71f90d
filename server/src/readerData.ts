// What the reader wrote that the server applies or shows: corrections of names
// (`.close-reading/corrections.json`) and notes about people, organizations and places (in the
// annotation store `.close-reading/annotations.jsonld`), one of each per workspace folder.
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parsePage, noteOf, notesAboutEntity, type AnnotationPage } from '../../client/src/annotations/model';
import { STORE_PATH } from '../../client/src/annotations/store';
import { applyCorrections, type Correction } from './analysis/names/corrections';
import type { DocumentAnalysis } from './analysis/types';
import { CORRECTIONS_FILE, readCorrections, writeCorrections } from './corrections';
import { WorkspaceIndex } from './workspaceIndex';

interface FolderData {
  folder: string;
  corrections: Correction[];
  notes: AnnotationPage | null;
}

export class ReaderData {
  private folders: FolderData[] = [];

  constructor(private readonly log: (message: string) => void) {}

  /** Reads the corrections and notes of every folder; what cannot be read is logged and left out. */
  async load(folders: string[]): Promise<void> {
    this.folders = await Promise.all(folders.map(async (folder) => {
      const { corrections, problems } = await readCorrections(folder);
      for (const problem of problems) this.log(`Corrections: ${problem}`);
      const notes = await readFile(join(folder, STORE_PATH), 'utf8').then(parsePage, (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') this.log(`Notes: ${join(folder, STORE_PATH)}: ${error.message}`);
        return null;
      }).catch((error: Error) => {
        this.log(`Notes: ${join(folder, STORE_PATH)} cannot be read (${error.message}); notes about names are not shown until it is fixed.`);
        return null;
      });
      return { folder, corrections, notes };
    }));
  }

  /** Whether a changed file is one of the reader's: `corrections` changes analyses, `notes` only hovers. */
  static kindOf(uri: string): 'corrections' | 'notes' | null {
    const path = WorkspaceIndex.pathOf(uri);
    if (!path) return null;
    if (path.endsWith(CORRECTIONS_FILE)) return 'corrections';
    if (path.endsWith(STORE_PATH)) return 'notes';
    return null;
  }

  private folderOf(uri: string): FolderData | undefined {
    const path = WorkspaceIndex.pathOf(uri);
    return path ? this.folders.find((f) => path.startsWith(f.folder + sep)) : undefined;
  }

  /** The analysis with the reader's corrections of its folder applied. */
  readonly adjust = (uri: string, text: string, analysis: DocumentAnalysis): DocumentAnalysis => {
    const data = this.folderOf(uri);
    if (!data?.corrections.length) return analysis;
    const path = relative(data.folder, WorkspaceIndex.pathOf(uri)!).split(sep).join('/');
    return applyCorrections(text, analysis, data.corrections, path);
  };

  /** The reader's notes about an entity, from every folder's store, oldest first. */
  entityNotes(id: string): string[] {
    return this.folders.flatMap((f) => (f.notes ? notesAboutEntity(f.notes, id).map(noteOf) : []));
  }

  /** Adds corrections to the store of the folder of `uri` (or the first folder); answers how many it holds now. */
  async correct(corrections: Correction[], uri?: string): Promise<number> {
    const data = (uri && this.folderOf(uri)) || this.folders[0];
    if (!data) throw new Error('Corrections are kept in a workspace folder; open a folder first.');
    const { corrections: current } = await readCorrections(data.folder);
    await writeCorrections(data.folder, [...current, ...corrections]);
    data.corrections = [...current, ...corrections];
    return data.corrections.length;
  }
}
