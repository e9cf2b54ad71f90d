// The notes of the open workspace, for the editor: one store per workspace folder, one in the
// extension's global storage for essays outside any folder (keyed by their content's hash), and where
// each note is in the open essays, kept current as they are edited. The views read it and listen to onDidChange.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as vscode from 'vscode';
import { anchor, applyChanges, findMovedSource, type Anchor } from './annotations/anchoring';
import {
  emptyPage, entityOf, positionOf, quoteOf, repliesTo, scopeOf, sourceOf, withPassage, withSource, type Annotation, type AnnotationPage,
} from './annotations/model';
import { placeAnnotations, type Placed } from './annotations/resolve';
import { STORE_PATH, StoreUnreadableError, contentKey, readStore, updateStore, type StoreChange } from './annotations/store';

export interface NoteStore {
  readonly path: string;
  /** The workspace folder it belongs to; null for the global store. */
  readonly folder: vscode.WorkspaceFolder | null;
  page: AnnotationPage;
  /** Why the store cannot be read; its notes are read-only until it is fixed. */
  unreadable: string | null;
}

export interface PlacedNote {
  annotation: Annotation;
  store: NoteStore;
  /** The essay's path relative to its folder, or for the global store the file's name. */
  essay: string;
  uri: vscode.Uri | null;
  anchor: Anchor;
}

interface Tracked { document: vscode.TextDocument; store: NoteStore; source: string; anchors: Map<string, Anchor> }

/** At most this many files are read when looking for a renamed essay. */
const MAX_ESSAYS_SEARCHED = 2000;

const isPassageNote = (a: Annotation) => sourceOf(a) !== null;

/** Annotations by id and replies by parent, built once per page: views look them up on every keystroke. */
const indexes = new WeakMap<AnnotationPage, { byId: Map<string, Annotation>; replies: Map<string, Annotation[]> }>();
function indexOf(page: AnnotationPage) {
  let index = indexes.get(page);
  if (!index) {
    const replies = new Map<string, Annotation[]>();
    for (const a of page.items) {
      const parent = repliesTo(a);
      if (parent !== null) replies.set(parent, [...(replies.get(parent) ?? []), a]);
    }
    for (const list of replies.values()) list.sort((a, b) => a.created.localeCompare(b.created));
    index = { byId: new Map(page.items.map((a) => [a.id, a])), replies };
    indexes.set(page, index);
  }
  return index;
}
const toPosix = (path: string) => path.split(sep).join('/');

export class NotesWorkspace implements vscode.Disposable {
  private readonly stores = new Map<string, NoteStore>();
  /** Each store once read, by path: a second caller waits for the first read instead of seeing an empty page. */
  private readonly loading = new Map<string, Promise<NoteStore>>();
  private readonly tracked = new Map<string, Tracked>();
  /** Saves of one store run one after the other in this window; other processes wait on the store's lock. */
  private readonly queues = new Map<NoteStore, Promise<unknown>>();
  /** The essays of each folder, read only when a note's essay is missing, and forgotten when files change. */
  private readonly essaysByFolder = new Map<string, Promise<Map<string, { uri: vscode.Uri; text: string }>>>();
  /** The last placing of each store's notes that are not in an open essay, with what it was computed from. */
  private readonly placedOnDisk = new Map<NoteStore, { page: AnnotationPage; ids: string; essays: Map<string, string>; placed: Placed[] }>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChange = this.changed.event;

  constructor(private readonly globalStorage: vscode.Uri, private readonly log: vscode.LogOutputChannel) {}

  /** Loads every folder's store, tracks the open essays and follows edits, saves and other windows' writes. */
  async start(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) await this.storeFor(folder.uri);
    await Promise.all(vscode.workspace.textDocuments.map((d) => this.open(d)));
    const essayWatcher = vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown}');
    const forget = () => { this.essaysByFolder.clear(); this.changed.fire(); };
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => void this.open(d)),
      vscode.workspace.onDidCloseTextDocument((d) => { if (this.tracked.delete(d.uri.toString())) this.changed.fire(); }),
      vscode.workspace.onDidChangeTextDocument((e) => this.edit(e)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.saved(d)),
      vscode.workspace.onDidRenameFiles((e) => void this.renamed(e.files)),
      essayWatcher, essayWatcher.onDidCreate(forget), essayWatcher.onDidDelete(forget), essayWatcher.onDidChange(forget),
      vscode.workspace.onDidChangeWorkspaceFolders(async () => {
        for (const folder of vscode.workspace.workspaceFolders ?? []) await this.storeFor(folder.uri);
        this.changed.fire();
      }),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** Essays are files in one of the languages Close Reading reads. */
  isEssay(document: vscode.TextDocument): boolean {
    const languages = vscode.workspace.getConfiguration('closeReading').get<string[]>('languages', ['plaintext', 'markdown']);
    return document.uri.scheme === 'file' && languages.includes(document.languageId);
  }

  allStores(): NoteStore[] {
    return [...this.stores.values()];
  }

  /** The store of a file: its workspace folder's, or the global one; loaded on first use. */
  async storeFor(uri: vscode.Uri): Promise<NoteStore> {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? null;
    const path = folder ? join(folder.uri.fsPath, STORE_PATH) : join(this.globalStorage.fsPath, 'annotations.jsonld');
    const known = this.loading.get(path);
    if (known) return known;
    const store: NoteStore = { path, folder, page: emptyPage(), unreadable: null };
    const loaded = this.reload(store).then(() => store);
    this.loading.set(path, loaded);
    this.stores.set(path, store);
    await loaded;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(join(path, '..')), 'annotations.jsonld'));
    const reload = () => void this.reload(store).then(() => this.changed.fire());
    this.disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
    return store;
  }

  /** Re-reads a store (another window wrote it, or it was fixed by hand) and places new notes in the open essays. */
  private async reload(store: NoteStore): Promise<void> {
    const read = await readStore(store.path).catch((error: Error) => error);
    if (read instanceof Error) {
      // Unreadable for another reason than its content (permissions, a folder in its place): read-only too.
      store.unreadable = read.message;
      this.log.error(`${store.path} cannot be read: ${read.message}`);
      return;
    }
    if (!read.ok) {
      const first = store.unreadable === null;
      store.unreadable = `${read.error}; a copy is kept in ${read.backup}`;
      this.log.error(`${store.path} cannot be read: ${store.unreadable}`);
      if (first) {
        void vscode.window.showErrorMessage(`Close Reading: the notes in ${store.path} cannot be read (${read.error}). ` +
          `A copy is kept in ${read.backup}; notes are read-only until the file is fixed.`, 'Open File').then((choice) => {
          if (choice) void vscode.window.showTextDocument(vscode.Uri.file(store.path));
        });
      }
      return;
    }
    store.unreadable = null;
    store.page = read.page;
    for (const tracked of this.tracked.values()) if (tracked.store === store) this.placeNew(tracked);
  }

  /** The key of an essay in its store: its path relative to the folder, or the hash of its text. */
  private sourceFor(document: vscode.TextDocument, store: NoteStore): string {
    return store.folder ? toPosix(relative(store.folder.uri.fsPath, document.uri.fsPath)) : contentKey(document.getText());
  }

  /** Is the annotation on this tracked essay (by source, or for the global store by the file it was made in)? */
  private isOn(tracked: Tracked, a: Annotation): boolean {
    return sourceOf(a) === tracked.source || (!tracked.store.folder && scopeOf(a) === tracked.document.uri.toString());
  }

  /** Anchors the notes of the essay not anchored yet, including those of a vanished essay whose quotes are in this one. */
  private placeNew(tracked: Tracked): void {
    const { store, document, anchors } = tracked;
    const text = document.getText();
    const ids = new Set(store.page.items.map((a) => a.id));
    for (const id of anchors.keys()) if (!ids.has(id)) anchors.delete(id);
    const vanished = new Map<string, Annotation[]>();
    for (const a of store.page.items) {
      const source = sourceOf(a);
      if (source === null || anchors.has(a.id)) continue;
      if (this.isOn(tracked, a)) anchors.set(a.id, anchor(text, quoteOf(a), positionOf(a)));
      else if (!this.sourceExists(store, a)) vanished.set(source, [...(vanished.get(source) ?? []), a]);
    }
    for (const [source, annotations] of vanished) {
      if (!findMovedSource(annotations.map((a) => quoteOf(a)?.exact ?? ''), [{ source: tracked.source, text }])) continue;
      this.log.info(`Notes on ${source} found again in ${document.uri.fsPath}`);
      for (const a of annotations) anchors.set(a.id, anchor(text, quoteOf(a), positionOf(a)));
    }
  }

  private sourceExists(store: NoteStore, a: Annotation): boolean {
    if (store.folder) return existsSync(join(store.folder.uri.fsPath, sourceOf(a) ?? ''));
    const scope = scopeOf(a);
    return scope !== null && existsSync(vscode.Uri.parse(scope).fsPath);
  }

  private async open(document: vscode.TextDocument): Promise<void> {
    if (!this.isEssay(document) || this.tracked.has(document.uri.toString())) return;
    const store = await this.storeFor(document.uri);
    const tracked: Tracked = { document, store, source: this.sourceFor(document, store), anchors: new Map() };
    this.placeNew(tracked);
    this.tracked.set(document.uri.toString(), tracked);
    this.changed.fire();
  }

  /** Notes follow the edits: each anchor is carried through the changes; a passage deleted whole is orphaned. */
  private edit(event: vscode.TextDocumentChangeEvent): void {
    const tracked = this.tracked.get(event.document.uri.toString());
    if (!tracked || event.contentChanges.length === 0 || tracked.anchors.size === 0) return;
    for (const [id, a] of tracked.anchors) {
      if (a.status === 'orphaned') continue;
      const span = applyChanges(a, event.contentChanges);
      tracked.anchors.set(id, span ? { ...span, status: a.status } : { status: 'orphaned' });
    }
    this.changed.fire();
  }

  /**
   * When the essay is saved, the notes anchored word for word take their new position and quote (and,
   * for the global store, the new content's hash). Fuzzy and orphaned notes keep what they had.
   */
  private async saved(document: vscode.TextDocument): Promise<void> {
    const tracked = this.tracked.get(document.uri.toString());
    if (!tracked || tracked.store.unreadable) return;
    const text = document.getText();
    const source = this.sourceFor(document, tracked.store);
    const scope = tracked.store.folder ? undefined : document.uri.toString();
    const changes: StoreChange[] = [];
    for (const [id, a] of tracked.anchors) {
      const stored = this.find(tracked.store, id);
      if (!stored) continue;
      const position = positionOf(stored);
      const quote = quoteOf(stored);
      const moved = a.status === 'anchored' && (position?.start !== a.start || position?.end !== a.end || quote?.exact !== text.slice(a.start, a.end));
      if (moved) changes.push({ put: withPassage(stored, text, a.start, a.end, source) });
      else if (sourceOf(stored) !== source) changes.push({ put: withSource(stored, source, scope) });
    }
    tracked.source = source;
    if (changes.length) await this.save(tracked.store, changes);
  }

  /** An essay renamed or moved in VS Code (in the same folder) takes its notes along. */
  private async renamed(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      const folder = vscode.workspace.getWorkspaceFolder(oldUri);
      if (!folder || vscode.workspace.getWorkspaceFolder(newUri)?.uri.toString() !== folder.uri.toString()) continue;
      const store = await this.storeFor(oldUri);
      const [from, to] = [oldUri, newUri].map((uri) => toPosix(relative(folder.uri.fsPath, uri.fsPath)));
      // A renamed folder renames every essay under it.
      const moved = (source: string) => (source === from ? to : source.startsWith(`${from}/`) ? `${to}${source.slice(from.length)}` : null);
      const changes: StoreChange[] = store.page.items.flatMap((a) => {
        const source = sourceOf(a);
        const target = source === null ? null : moved(source);
        return target === null ? [] : [{ put: withSource(a, target) }];
      });
      if (changes.length) await this.save(store, changes);
    }
  }

  /** Writes changes to a store; reports a store that cannot be read (and writes nothing then). */
  async save(store: NoteStore, changes: StoreChange[]): Promise<boolean> {
    if (store.unreadable) {
      void vscode.window.showErrorMessage(`Close Reading: notes are read-only until ${store.path} is fixed (${store.unreadable}).`);
      return false;
    }
    const run = (this.queues.get(store) ?? Promise.resolve()).then(async () => {
      try {
        store.page = await updateStore(store.path, changes);
        for (const tracked of this.tracked.values()) if (tracked.store === store) this.placeNew(tracked);
        this.changed.fire();
        return true;
      } catch (error) {
        if (error instanceof StoreUnreadableError) store.unreadable = error.reason;
        this.log.error(String(error));
        void vscode.window.showErrorMessage(`Close Reading: the notes could not be saved: ${(error as Error).message}`);
        return false;
      }
    });
    this.queues.set(store, run);
    return run;
  }

  /** Records where a note just made on an open essay is, before it is saved, so that it is not searched for. */
  place(document: vscode.TextDocument, id: string, start: number, end: number): void {
    this.tracked.get(document.uri.toString())?.anchors.set(id, { status: 'anchored', start, end });
  }

  find(store: NoteStore, id: string): Annotation | undefined {
    return indexOf(store.page).byId.get(id);
  }

  /** The store holding an annotation, by id. */
  storeOf(id: string): NoteStore | undefined {
    return this.allStores().find((s) => this.find(s, id));
  }

  /** The source under which a new note on this essay is stored, and for the global store the file it is in. */
  targetFor(document: vscode.TextDocument): { store: NoteStore; source: string; scope?: string } | null {
    const tracked = this.tracked.get(document.uri.toString());
    if (!tracked) return null;
    return { store: tracked.store, source: this.sourceFor(document, tracked.store), scope: tracked.store.folder ? undefined : document.uri.toString() };
  }

  /** The notes and highlights of an open essay (not replies), with where they are now. */
  notesIn(document: vscode.TextDocument): PlacedNote[] {
    const tracked = this.tracked.get(document.uri.toString());
    if (!tracked) return [];
    const essay = vscode.workspace.asRelativePath(document.uri, false);
    return [...tracked.anchors].flatMap(([id, a]) => {
      const annotation = this.find(tracked.store, id);
      return annotation && isPassageNote(annotation) ? [{ annotation, store: tracked.store, essay, uri: document.uri, anchor: a }] : [];
    });
  }

  /**
   * Every note and highlight of the workspace, placed in the essays as they are now: those of open essays
   * where the editor has them, the others found again in the files on disk (kept until the page or a file
   * changes, as finding an orphan again means a search of its whole essay).
   */
  async everything(): Promise<PlacedNote[]> {
    const placed: PlacedNote[] = [];
    for (const document of vscode.workspace.textDocuments) placed.push(...this.notesIn(document));
    const live = new Set(placed.map((p) => p.annotation.id));
    for (const store of this.allStores()) {
      const page = { ...store.page, items: store.page.items.filter((a) => !live.has(a.id)) };
      const essays = new Map<string, string>();
      const uris = new Map<string, vscode.Uri>();
      const missing = new Set<string>();
      for (const a of page.items) {
        const source = sourceOf(a);
        if (source === null || essays.has(source) || missing.has(source)) continue;
        const uri = store.folder ? vscode.Uri.joinPath(store.folder.uri, source) : scopeOf(a) ? vscode.Uri.parse(scopeOf(a)!) : null;
        const text = uri && (await readFile(uri.fsPath, 'utf8').catch(() => null));
        if (uri && text !== null) { essays.set(source, text); uris.set(source, uri); } else missing.add(source);
      }
      // Notes whose essay is gone are looked for in the folder's other essays (renamed or moved outside VS Code).
      if (missing.size && store.folder) {
        for (const [source, essay] of await this.folderEssays(store.folder)) {
          if (!essays.has(source)) { essays.set(source, essay.text); uris.set(source, essay.uri); }
        }
      }
      const cached = this.placedOnDisk.get(store);
      const same = cached && cached.page === store.page && cached.ids === [...live].join() && cached.essays.size === essays.size
        && [...essays].every(([source, text]) => cached.essays.get(source) === text);
      const here = same ? cached.placed : placeAnnotations(page, essays);
      this.placedOnDisk.set(store, { page: store.page, ids: [...live].join(), essays, placed: here });
      for (const p of here) {
        const uri = uris.get(p.source) ?? null;
        placed.push({ annotation: p.annotation, store, uri, essay: uri ? vscode.workspace.asRelativePath(uri, false) : p.source, anchor: p.anchor });
      }
    }
    return placed;
  }

  /** The essays of a folder with their text, read once and again after files change. */
  private folderEssays(folder: vscode.WorkspaceFolder): Promise<Map<string, { uri: vscode.Uri; text: string }>> {
    const key = folder.uri.toString();
    const known = this.essaysByFolder.get(key);
    if (known) return known;
    const settings = vscode.workspace.getConfiguration('closeReading');
    const include = settings.get<string>('include', '**/*.{txt,md,markdown}');
    const exclude = settings.get<string[]>('exclude', []);
    const read = async () => {
      const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, include), exclude.length ? `{${exclude.join(',')}}` : null, MAX_ESSAYS_SEARCHED);
      const essays = new Map<string, { uri: vscode.Uri; text: string }>();
      for (const uri of uris) essays.set(toPosix(relative(folder.uri.fsPath, uri.fsPath)), { uri, text: await readFile(uri.fsPath, 'utf8').catch(() => '') });
      return essays;
    };
    const essays = read();
    this.essaysByFolder.set(key, essays);
    return essays;
  }

  /** The notes about people, organizations and places, in every store. */
  entityNotes(): { annotation: Annotation; store: NoteStore }[] {
    return this.allStores().flatMap((store) => store.page.items.filter((a) => entityOf(a) !== null).map((annotation) => ({ annotation, store })));
  }

  /** The replies to an annotation, oldest first. */
  replies(store: NoteStore, id: string): Annotation[] {
    return indexOf(store.page).replies.get(id) ?? [];
  }
}
