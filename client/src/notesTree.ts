// The Notes view: every note and highlight of the workspace by essay, in reading order; a click goes
// there. Orphaned notes (whose passage is gone) are listed apart, and so are notes about people,
// organizations and places.
import * as vscode from 'vscode';
import { colorOf, entityOf, hasMotivation, noteOf, quoteOf, tagsOf, type Annotation } from './annotations/model';
import type { NotesWorkspace, NoteStore, PlacedNote } from './notesWorkspace';

export type NotesNode =
  | { kind: 'group'; label: string; icon: string; children: NotesNode[]; description?: string }
  | { kind: 'note'; annotation: Annotation; store: NoteStore; placed?: PlacedNote };

const oneLine = (text: string, max = 70) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export class NotesTree implements vscode.TreeDataProvider<NotesNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly notes: NotesWorkspace) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: NotesNode): Promise<NotesNode[]> {
    if (node) return node.kind === 'group' ? node.children : [];
    const placed = (await this.notes.everything()).sort((a, b) => a.essay.localeCompare(b.essay)
      || (a.anchor.status === 'orphaned' ? Infinity : a.anchor.start) - (b.anchor.status === 'orphaned' ? Infinity : b.anchor.start));
    const roots: NotesNode[] = [];
    const byEssay = new Map<string, PlacedNote[]>();
    for (const p of placed.filter((p) => p.anchor.status !== 'orphaned')) byEssay.set(p.essay, [...(byEssay.get(p.essay) ?? []), p]);
    for (const [essay, here] of byEssay) {
      const highlights = here.filter((p) => hasMotivation(p.annotation, 'highlighting')).length;
      roots.push({
        kind: 'group', label: essay, icon: 'book',
        description: [plural(here.length - highlights, 'note'), plural(highlights, 'highlight')].join(', '),
        children: here.map((p) => ({ kind: 'note', annotation: p.annotation, store: p.store, placed: p })),
      });
    }
    const orphans = placed.filter((p) => p.anchor.status === 'orphaned');
    if (orphans.length) {
      roots.push({ kind: 'group', label: 'Orphaned notes', icon: 'warning', description: 'their passage is no longer in the essay',
        children: orphans.map((p) => ({ kind: 'note', annotation: p.annotation, store: p.store, placed: p })) });
    }
    const entities = this.notes.entityNotes().sort((a, b) => entityOf(a.annotation)!.label.localeCompare(entityOf(b.annotation)!.label));
    if (entities.length) {
      roots.push({ kind: 'group', label: 'People, organizations and places', icon: 'person',
        children: entities.map(({ annotation, store }) => ({ kind: 'note', annotation, store })) });
    }
    return roots;
  }

  getTreeItem(node: NotesNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.description = node.description;
      return item;
    }
    const { annotation, placed } = node;
    const entity = entityOf(annotation);
    const note = noteOf(annotation);
    const tags = tagsOf(annotation).map((t) => `#${t}`).join(' ');
    const highlight = hasMotivation(annotation, 'highlighting');
    const orphaned = placed?.anchor.status === 'orphaned';
    const item = new vscode.TreeItem(entity ? entity.label : oneLine(quoteOf(annotation)?.exact ?? '', 60), vscode.TreeItemCollapsibleState.None);
    item.id = annotation.id;
    item.description = oneLine([note, tags].filter((x) => x).join(' ') || (highlight ? colorOf(annotation) ?? '' : ''), 80) + (orphaned ? ` — ${placed.essay}` : '');
    item.tooltip = new vscode.MarkdownString(`${entity ? `**${entity.label}**` : `> ${oneLine(quoteOf(annotation)?.exact ?? '', 400)}`}\n\n${note}${tags ? `\n\n${tags}` : ''}`);
    item.iconPath = new vscode.ThemeIcon(orphaned ? 'warning' : entity ? 'person' : highlight ? 'symbol-color' : 'comment');
    item.contextValue = orphaned ? 'orphan' : highlight ? 'highlight' : 'note';
    if (placed && !orphaned) item.command = { command: 'closeReading.revealNote', title: 'Go to Note', arguments: [annotation.id] };
    return item;
  }
}
