// The commands of margin notes and highlights. Each works from the command palette on the note at the
// cursor (asking for text in an input box), and from the comment threads and the Notes view on the note
// it was invoked on. Ids and titles are listed in docs/ANNOTATIONS.md: keep them stable.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { toJsonLd, toMarkdown } from './annotations/export';
import {
  createEntityAnnotation, createPassageAnnotation, createReply, emptyPage, entityOf, hasMotivation, noteOf, tagsOf, withNote, withResolved, withTags,
  type Annotation, type AnnotationPage,
} from './annotations/model';
import { formatQuotation, referenceFromOutline, type OutlineSection } from './annotations/quotation';
import type { Span } from './annotations/anchoring';
import { sentenceAt } from './annotations/sentence';
import { highlightColors } from './notesDecorations';
import { NoteComment, type NoteThreads } from './notesComments';
import type { NotesNode } from './notesTree';
import type { NotesWorkspace, NoteStore, PlacedNote } from './notesWorkspace';

/** What the language server answers to `closeReading/entityAt`: the name at a position, if any. */
export interface EntityAtResult { id: string; label: string; kind: string }

type Target = { annotation: Annotation; store: NoteStore };
/** What a note command may be invoked on: a comment, a thread, a node of the Notes view, an id; nothing means the cursor. */
type NoteArgument = NoteComment | vscode.CommentThread | vscode.CommentReply | NotesNode | string | undefined;

const tell = (message: string) => void vscode.window.showInformationMessage(`Close Reading: ${message}`);
const parseTags = (text: string) => text.split(',').map((t) => t.trim().replace(/^#/, '')).filter((t) => t !== '');
const excerpt = (text: string) => { const flat = text.replace(/\s+/g, ' ').trim(); return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat; };

export class NoteCommands {
  private lastDeleted: { store: NoteStore; annotations: Annotation[] } | null = null;

  constructor(
    private readonly notes: NotesWorkspace,
    private readonly threads: NoteThreads,
    private readonly languageClient: () => LanguageClient | undefined,
  ) {}

  register(): vscode.Disposable[] {
    const commands: Record<string, (...args: never[]) => unknown> = {
      'closeReading.addNote': (text?: string) => this.addNote(text),
      'closeReading.createNote': (reply: vscode.CommentReply) => this.createNoteFromThread(reply),
      'closeReading.replyNote': (arg?: NoteArgument, text?: string) => this.reply(arg, text),
      'closeReading.editNote': (arg?: NoteArgument, text?: string) => this.edit(arg, text),
      'closeReading.saveNote': (comment: NoteComment) => this.saveEdited(comment),
      'closeReading.cancelEditNote': (comment: NoteComment) => this.cancelEdit(comment),
      'closeReading.resolveNote': (arg?: NoteArgument) => this.resolve(arg, true),
      'closeReading.reopenNote': (arg?: NoteArgument) => this.resolve(arg, false),
      'closeReading.deleteNote': (arg?: NoteArgument) => this.remove(arg, 'commenting'),
      'closeReading.undoDelete': () => this.undoDelete(),
      'closeReading.highlight': (color?: string, tags?: string[]) => this.highlight(color, tags),
      'closeReading.removeHighlight': (arg?: NoteArgument) => this.remove(arg, 'highlighting'),
      'closeReading.editTags': (arg?: NoteArgument, tags?: string[]) => this.editTags(arg, tags),
      'closeReading.addEntityNote': (text?: string) => this.addEntityNote(text),
      'closeReading.nextNote': () => this.step(1),
      'closeReading.previousNote': () => this.step(-1),
      'closeReading.revealNote': (id: string) => this.reveal(id),
      'closeReading.copyQuotation': () => this.copyQuotation(),
      'closeReading.exportEssayNotes': (format?: string) => this.export('essay', format),
      'closeReading.exportWorkspaceNotes': (format?: string) => this.export('workspace', format),
    };
    return Object.entries(commands).map(([id, run]) => vscode.commands.registerCommand(id, run));
  }

  private activeEssay(): vscode.TextEditor | null {
    const editor = vscode.window.activeTextEditor;
    if (editor && this.notes.isEssay(editor.document)) return editor;
    tell('open an essay (a plain text or Markdown file) first.');
    return null;
  }

  /** The selection, or the sentence at the cursor when nothing is selected. */
  private passage(editor: vscode.TextEditor): Span | null {
    const { document, selection } = editor;
    if (!selection.isEmpty) return { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) };
    const sentence = sentenceAt(document.getText(), document.offsetAt(selection.active));
    if (!sentence) tell('select a passage, or put the cursor in a sentence.');
    return sentence;
  }

  /** The innermost note (or highlight) at the cursor in the active essay. */
  private atCursor(motivation?: string): Target | null {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return null;
    const offset = editor.document.offsetAt(editor.selection.active);
    const here = this.notes.notesIn(editor.document)
      .filter((p) => p.anchor.status !== 'orphaned' && p.anchor.start <= offset && offset <= p.anchor.end)
      .filter((p) => !motivation || hasMotivation(p.annotation, motivation))
      .sort((a, b) => span(a) - span(b));
    return here[0] ?? null;
  }

  private target(arg: NoteArgument, motivation?: string): Target | null {
    let found: Target | null;
    if (arg instanceof NoteComment) found = { annotation: this.notes.find(arg.store, arg.annotation.id) ?? arg.annotation, store: arg.store };
    else if (typeof arg === 'string') { const store = this.notes.storeOf(arg); found = store ? { annotation: this.notes.find(store, arg)!, store } : null; }
    else if (arg && 'kind' in arg) found = arg.kind === 'note' ? { annotation: arg.annotation, store: arg.store } : null;
    else if (arg) {
      const thread = 'thread' in arg ? arg.thread : arg;
      const id = this.threads.idOf(thread);
      const store = id ? this.notes.storeOf(id) : undefined;
      found = id && store ? { annotation: this.notes.find(store, id)!, store } : null;
    } else found = this.atCursor(motivation);
    if (!found) tell(motivation === 'highlighting' ? 'there is no highlight at the cursor.' : 'there is no note at the cursor.');
    return found;
  }

  private async ask(prompt: string, value = ''): Promise<string | undefined> {
    return vscode.window.showInputBox({ prompt, value, placeHolder: 'Markdown', ignoreFocusOut: true });
  }

  private async putNew(editor: vscode.TextEditor, span: Span, spec: { motivation: string; note?: string; tags?: string[]; color?: string }): Promise<Annotation | null> {
    const where = this.notes.targetFor(editor.document);
    if (!where) return null;
    const annotation = createPassageAnnotation({ ...spec, now: new Date(), uuid: randomUUID(), ...where, text: editor.document.getText(), ...span });
    this.notes.place(editor.document, annotation.id, span.start, span.end);
    return (await this.notes.save(where.store, [{ put: annotation }])) ? annotation : null;
  }

  async addNote(text?: string): Promise<string | undefined> {
    const editor = this.activeEssay();
    const span = editor && this.passage(editor);
    if (!editor || !span) return undefined;
    const note = text ?? await this.ask(`Note on “${excerpt(editor.document.getText().slice(span.start, span.end))}”`);
    if (!note?.trim()) return undefined;
    return (await this.putNew(editor, span, { motivation: 'commenting', note }))?.id;
  }

  /** The "Add Note" button of a thread opened from the gutter's "+". */
  private async createNoteFromThread(reply: vscode.CommentReply): Promise<void> {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === reply.thread.uri.toString());
    const range = reply.thread.range;
    reply.thread.dispose();
    if (!editor || !range || !reply.text.trim()) return;
    const { document } = editor;
    const whole = range.isEmpty ? document.lineAt(range.start.line).range : range;
    await this.putNew(editor, { start: document.offsetAt(whole.start), end: document.offsetAt(whole.end) }, { motivation: 'commenting', note: reply.text });
  }

  private async reply(arg: NoteArgument, text?: string): Promise<void> {
    const target = this.target(arg);
    if (!target) return;
    const note = arg && typeof arg === 'object' && 'text' in arg ? arg.text : text ?? await this.ask('Reply');
    if (!note?.trim()) return;
    await this.notes.save(target.store, [{ put: createReply({ note, now: new Date(), uuid: randomUUID(), parent: target.annotation.id }) }]);
    this.threads.expand(target.annotation.id);
  }

  private async edit(arg: NoteArgument, text?: string): Promise<void> {
    if (arg instanceof NoteComment) {
      arg.body = noteOf(arg.annotation);
      arg.mode = vscode.CommentMode.Editing;
      arg.thread.comments = [...arg.thread.comments];
      return;
    }
    const target = this.target(arg);
    const note = target && (text ?? await this.ask('Edit the note', noteOf(target.annotation)));
    if (!target || note === undefined || note === null) return;
    await this.notes.save(target.store, [{ put: withNote(target.annotation, note, new Date()) }]);
  }

  private async saveEdited(comment: NoteComment): Promise<void> {
    const text = typeof comment.body === 'string' ? comment.body : comment.body.value;
    comment.mode = vscode.CommentMode.Preview;
    await this.notes.save(comment.store, [{ put: withNote(comment.annotation, text, new Date()) }]);
  }

  private cancelEdit(comment: NoteComment): void {
    comment.body = NoteComment.markdown(comment.annotation);
    comment.mode = vscode.CommentMode.Preview;
    comment.thread.comments = [...comment.thread.comments];
  }

  private async resolve(arg: NoteArgument, resolved: boolean): Promise<void> {
    const target = this.target(arg, 'commenting');
    if (target) await this.notes.save(target.store, [{ put: withResolved(target.annotation, resolved, new Date()) }]);
  }

  /** Deletes a note (with its replies) or a highlight at once, and offers Undo, which restores it with its id. */
  private async remove(arg: NoteArgument, motivation: string): Promise<void> {
    const target = this.target(arg, motivation);
    if (!target) return;
    const annotations = [target.annotation, ...this.notes.replies(target.store, target.annotation.id)];
    if (!(await this.notes.save(target.store, annotations.map((a) => ({ remove: a.id }))))) return;
    this.lastDeleted = { store: target.store, annotations };
    const what = hasMotivation(target.annotation, 'highlighting') ? 'Highlight' : 'Note';
    void vscode.window.showInformationMessage(`${what} deleted.`, 'Undo').then((choice) => { if (choice === 'Undo') void this.undoDelete(); });
  }

  private async undoDelete(): Promise<void> {
    const deleted = this.lastDeleted;
    if (!deleted) { tell('nothing to undo.'); return; }
    this.lastDeleted = null;
    await this.notes.save(deleted.store, deleted.annotations.map((a) => ({ put: a })));
  }

  /** Highlights the selection in a color picked from the settings'; tags come later, with Edit Tags (or as an argument). */
  private async highlight(color?: string, tags?: string[]): Promise<void> {
    const editor = this.activeEssay();
    const span = editor && this.passage(editor);
    if (!editor || !span) return;
    const colors = highlightColors();
    const chosen = color ?? (await vscode.window.showQuickPick(Object.entries(colors).map(([label, css]) => ({ label, description: css })), { placeHolder: 'Highlight color' }))?.label;
    if (!chosen) return;
    await this.putNew(editor, span, { motivation: 'highlighting', color: chosen, tags });
  }

  private async editTags(arg: NoteArgument, tags?: string[]): Promise<void> {
    const target = this.target(arg);
    const text = target && (tags ? tags.join(', ') : await vscode.window.showInputBox({ prompt: 'Tags (comma-separated)', value: tagsOf(target.annotation).join(', '), ignoreFocusOut: true }));
    if (!target || text === undefined || text === null) return;
    await this.notes.save(target.store, [{ put: withTags(target.annotation, parseTags(text), new Date()) }]);
  }

  /** A note about the person, organization or place named at the cursor, shown in every hover of it. */
  private async addEntityNote(text?: string): Promise<string | undefined> {
    const editor = this.activeEssay();
    if (!editor) return undefined;
    const client = this.languageClient();
    const entity = await client?.sendRequest<EntityAtResult | null>('closeReading/entityAt', {
      textDocument: { uri: editor.document.uri.toString() },
      position: editor.selection.active,
    }).catch(() => null);
    if (!entity) { tell('there is no name (person, organization or place) at the cursor.'); return undefined; }
    const note = text ?? await this.ask(`Note about ${entity.label}`);
    if (!note?.trim()) return undefined;
    const store = await this.notes.storeFor(editor.document.uri);
    const annotation = createEntityAnnotation({ motivation: 'commenting', note, now: new Date(), uuid: randomUUID(), entity });
    return (await this.notes.save(store, [{ put: annotation }])) ? annotation.id : undefined;
  }

  /** Moves to the next (or previous) note or highlight of the essay, wrapping around. */
  private step(direction: 1 | -1): void {
    const editor = this.activeEssay();
    if (!editor) return;
    const starts = this.notes.notesIn(editor.document).flatMap((p) => (p.anchor.status === 'orphaned' ? [] : [p.anchor])).sort((a, b) => a.start - b.start);
    if (starts.length === 0) { tell('there are no notes in this essay.'); return; }
    // From a selected note, "next" starts after its beginning and "previous" before it.
    const offset = editor.document.offsetAt(editor.selection.start);
    const next = direction === 1
      ? starts.find((a) => a.start > offset) ?? starts[0]
      : [...starts].reverse().find((a) => a.start < offset) ?? starts[starts.length - 1];
    select(editor, next);
  }

  private async reveal(id: string): Promise<void> {
    const placed = (await this.notes.everything()).find((p) => p.annotation.id === id);
    if (!placed?.uri || placed.anchor.status === 'orphaned') { tell('that note\'s passage is no longer in the essay.'); return; }
    const editor = await vscode.window.showTextDocument(placed.uri);
    const anchor = this.notes.notesIn(editor.document).find((p) => p.annotation.id === id)?.anchor ?? placed.anchor;
    if (anchor.status !== 'orphaned') select(editor, anchor);
    this.threads.expand(id);
  }

  /** Copies the selection (or the sentence at the cursor) as a Markdown quotation with essay, author, section and line. */
  private async copyQuotation(): Promise<string | undefined> {
    const editor = this.activeEssay();
    const span = editor && this.passage(editor);
    if (!editor || !span) return undefined;
    const { document } = editor;
    const line = document.positionAt(span.start).line;
    const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri)
      .then((s) => s ?? [], () => []);
    const ref = referenceFromOutline(symbols.map(toOutline), line);
    const quotation = formatQuotation(document.getText().slice(span.start, span.end), {
      essay: ref.essay ?? basename(document.uri.fsPath), author: ref.author, section: ref.section,
      path: vscode.workspace.asRelativePath(document.uri, false), line: line + 1,
    });
    await vscode.env.clipboard.writeText(quotation);
    void vscode.window.setStatusBarMessage('Close Reading: quotation copied', 3000);
    return quotation;
  }

  /** Opens the notes of the active essay (or of the workspace) as a Markdown digest or as W3C JSON-LD in a new editor. */
  private async export(scope: 'essay' | 'workspace', format?: string): Promise<string | undefined> {
    const editor = scope === 'essay' ? this.activeEssay() : undefined;
    if (scope === 'essay' && !editor) return undefined;
    const chosen = format ?? (await vscode.window.showQuickPick([
      { label: 'Markdown digest', format: 'markdown' },
      { label: 'W3C Web Annotation (JSON-LD)', format: 'jsonld' },
    ], { placeHolder: 'Export notes as' }))?.format;
    if (chosen !== 'markdown' && chosen !== 'jsonld') return undefined;
    const placed = (await this.notes.everything()).filter((p) => !editor || p.uri?.toString() === editor.document.uri.toString());
    const page: AnnotationPage = { ...emptyPage(), items: this.notes.allStores().flatMap((s) => s.page.items) };
    const entityIds = scope === 'workspace' ? page.items.filter((a) => entityOf(a)).map((a) => a.id) : [];
    let content: string;
    if (chosen === 'jsonld') content = toJsonLd(page, new Set([...placed.map((p) => p.annotation.id), ...entityIds]));
    else {
      const essays = new Map<string, string>();
      for (const p of placed) if (!essays.has(p.essay)) essays.set(p.essay, await textOf(p));
      const title = editor ? `Notes on ${vscode.workspace.asRelativePath(editor.document.uri, false)}` : 'Notes';
      content = toMarkdown(title, page, placed.map((p) => ({ annotation: p.annotation, source: p.essay, anchor: p.anchor })), essays, scope === 'workspace');
    }
    const document = await vscode.workspace.openTextDocument({ content, language: chosen === 'jsonld' ? 'json' : 'markdown' });
    await vscode.window.showTextDocument(document, { preview: false });
    return content;
  }
}

const span = (p: PlacedNote) => (p.anchor.status === 'orphaned' ? Infinity : p.anchor.end - p.anchor.start);

function select(editor: vscode.TextEditor, where: Span): void {
  const range = new vscode.Range(editor.document.positionAt(where.start), editor.document.positionAt(where.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function textOf(p: PlacedNote): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === p.uri?.toString());
  return open?.getText() ?? (p.uri ? await readFile(p.uri.fsPath, 'utf8').catch(() => '') : '');
}

function toOutline(symbol: vscode.DocumentSymbol | vscode.SymbolInformation): OutlineSection {
  const range = 'location' in symbol ? symbol.location.range : symbol.range;
  const children = 'children' in symbol ? symbol.children.map(toOutline) : [];
  return { name: symbol.name, detail: 'detail' in symbol ? symbol.detail : undefined, startLine: range.start.line, endLine: range.end.line, children };
}
