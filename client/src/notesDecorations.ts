// Highlights as decorations, in the colors the settings name, with a mark in the overview ruler; hovering
// a highlight shows the notes on that passage. Notes get a faint underline and a ruler mark of their own.
import * as vscode from 'vscode';
import { colorOf, hasMotivation, noteOf, tagsOf } from './annotations/model';
import type { NotesWorkspace, PlacedNote } from './notesWorkspace';

export const DEFAULT_HIGHLIGHT_COLORS: Record<string, string> = {
  yellow: 'rgba(255, 213, 0, 0.35)',
  green: 'rgba(80, 200, 120, 0.30)',
  blue: 'rgba(80, 160, 255, 0.30)',
  pink: 'rgba(255, 105, 180, 0.30)',
};

/** The highlight colors of the settings, by name, in the order given. */
export function highlightColors(): Record<string, string> {
  const colors = vscode.workspace.getConfiguration('closeReading').get<Record<string, string>>('highlightColors');
  return colors && Object.keys(colors).length ? colors : DEFAULT_HIGHLIGHT_COLORS;
}

export class NoteDecorations implements vscode.Disposable {
  private highlightTypes = new Map<string, vscode.TextEditorDecorationType>();
  private readonly noteType = vscode.window.createTextEditorDecorationType({
    borderStyle: 'dotted', borderColor: new vscode.ThemeColor('editorInfo.foreground'), borderWidth: '0 0 1px 0',
    overviewRulerColor: new vscode.ThemeColor('editorInfo.foreground'), overviewRulerLane: vscode.OverviewRulerLane.Right,
  });

  constructor(private readonly notes: NotesWorkspace) {
    this.createHighlightTypes();
  }

  /** Decoration types follow the `closeReading.highlightColors` setting. */
  createHighlightTypes(): void {
    for (const type of this.highlightTypes.values()) type.dispose();
    this.highlightTypes = new Map(Object.entries(highlightColors()).map(([name, color]) => [name, vscode.window.createTextEditorDecorationType({
      backgroundColor: color, overviewRulerColor: color, overviewRulerLane: vscode.OverviewRulerLane.Center,
    })]));
  }

  dispose(): void {
    for (const type of this.highlightTypes.values()) type.dispose();
    this.noteType.dispose();
  }

  refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) this.decorate(editor);
  }

  private decorate(editor: vscode.TextEditor): void {
    const document = editor.document;
    const placed = this.notes.notesIn(document).filter((p) => p.anchor.status !== 'orphaned');
    const rangeOf = (p: PlacedNote) => (p.anchor.status === 'orphaned' ? null : new vscode.Range(document.positionAt(p.anchor.start), document.positionAt(p.anchor.end)));
    const notes = placed.filter((p) => hasMotivation(p.annotation, 'commenting'));
    const byColor = new Map<string, vscode.DecorationOptions[]>([...this.highlightTypes.keys()].map((name) => [name, []]));
    const fallback = [...this.highlightTypes.keys()][0];
    for (const highlight of placed.filter((p) => hasMotivation(p.annotation, 'highlighting'))) {
      const range = rangeOf(highlight)!;
      const hover = new vscode.MarkdownString();
      const own = noteOf(highlight.annotation);
      const tags = tagsOf(highlight.annotation);
      hover.appendMarkdown(`**Highlight**${tags.length ? ` ${tags.map((t) => `\`#${t}\``).join(' ')}` : ''}\n\n`);
      if (own) hover.appendMarkdown(`${own}\n\n`);
      for (const note of notes.filter((n) => rangeOf(n)!.intersection(range))) hover.appendMarkdown(`---\n\n${noteOf(note.annotation)}\n\n`);
      const color = colorOf(highlight.annotation);
      byColor.get(color && byColor.has(color) ? color : fallback)?.push({ range, hoverMessage: hover });
    }
    for (const [name, type] of this.highlightTypes) editor.setDecorations(type, byColor.get(name) ?? []);
    editor.setDecorations(this.noteType, notes.map((n) => rangeOf(n)!));
  }
}
