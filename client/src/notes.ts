// Margin notes and highlights in the editor: wires the notes of the workspace to their views (comment
// threads, highlight decorations, the Notes view, the status bar) and registers their commands.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { colorOf, hasMotivation } from './annotations/model';
import { NoteCommands } from './notesCommands';
import { NoteThreads } from './notesComments';
import { highlightColors, NoteDecorations } from './notesDecorations';
import { NotesTree } from './notesTree';
import { NotesWorkspace } from './notesWorkspace';
import type { PreviewHighlight } from './views/markdownPreview';

/** The Notes view reads every essay with notes; it is refreshed at most this often while typing. */
const TREE_REFRESH_MS = 400;

/**
 * Registers margin notes; `languageClient` gives the running client (it changes on restart), for
 * `closeReading/entityAt`. Answers the highlights of an open essay, for the Markdown preview.
 */
export function registerNotes(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, languageClient: () => LanguageClient | undefined): (documentUri: string) => PreviewHighlight[] {
  const notes = new NotesWorkspace(context.globalStorageUri, log);
  const threads = new NoteThreads(notes);
  const decorations = new NoteDecorations(notes);
  const tree = new NotesTree(notes);
  const status = vscode.window.createStatusBarItem('closeReading.notes', vscode.StatusBarAlignment.Right, 90);
  status.name = 'Close Reading Notes';
  status.command = 'closeReading.showNotes';

  const updateStatus = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !notes.isEssay(editor.document)) { status.hide(); return; }
    const here = notes.notesIn(editor.document);
    const orphaned = here.filter((p) => p.anchor.status === 'orphaned').length;
    const highlights = here.filter((p) => p.anchor.status !== 'orphaned' && hasMotivation(p.annotation, 'highlighting')).length;
    const count = here.length - orphaned - highlights;
    status.text = `$(comment) ${count}${highlights ? ` $(symbol-color) ${highlights}` : ''}${orphaned ? ` $(warning) ${orphaned}` : ''}`;
    status.tooltip = `${count} note${count === 1 ? '' : 's'}, ${highlights} highlight${highlights === 1 ? '' : 's'}` +
      `${orphaned ? `, ${orphaned} orphaned` : ''} in this essay — click to show the Notes view`;
    status.show();
  };
  let treeTimer: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    threads.refresh();
    decorations.refresh();
    updateStatus();
    clearTimeout(treeTimer);
    treeTimer = setTimeout(() => tree.refresh(), TREE_REFRESH_MS);
  };

  context.subscriptions.push(
    notes, threads, decorations, status,
    { dispose: () => clearTimeout(treeTimer) },
    vscode.window.createTreeView('closeReading.notes', { treeDataProvider: tree, showCollapseAll: true }),
    notes.onDidChange(refresh),
    vscode.window.onDidChangeVisibleTextEditors(() => decorations.refresh()),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('closeReading.highlightColors')) return;
      decorations.createHighlightTypes();
      decorations.refresh();
    }),
    vscode.commands.registerCommand('closeReading.showNotes', () => vscode.commands.executeCommand('closeReading.notes.focus')),
    ...new NoteCommands(notes, threads, languageClient).register(),
  );
  notes.start().then(refresh, (error: unknown) => log.error(`Notes could not start: ${String(error)}`));
  return (documentUri) => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === documentUri);
    if (!document) return [];
    const colors = highlightColors();
    const fallback = Object.values(colors)[0] ?? '';
    return notes.notesIn(document).flatMap(({ annotation, anchor }) => {
      if (!hasMotivation(annotation, 'highlighting') || anchor.status === 'orphaned') return [];
      const name = colorOf(annotation);
      const exact = document.getText().slice(anchor.start, anchor.end);
      return [{ exact, color: (name && colors[name]) || fallback }];
    });
  };
}
