// Margin notes as VS Code comment threads: one thread per note on a passage, its replies below it,
// Markdown bodies, resolved threads collapsed. The threads follow the notes' anchors.
import * as vscode from 'vscode';
import { hasMotivation, isResolved, noteOf, tagsOf, type Annotation } from './annotations/model';
import type { NotesWorkspace, NoteStore } from './notesWorkspace';

/** A note or a reply shown in a thread; it remembers its annotation so that commands on it find it. */
export class NoteComment implements vscode.Comment {
  mode = vscode.CommentMode.Preview;
  body: string | vscode.MarkdownString;
  readonly author: vscode.CommentAuthorInformation;
  readonly contextValue = 'note';
  readonly label: string | undefined;
  readonly timestamp: Date;

  constructor(readonly annotation: Annotation, readonly store: NoteStore, readonly thread: vscode.CommentThread) {
    this.body = NoteComment.markdown(annotation);
    const creator = annotation.creator as { name?: string } | undefined;
    this.author = { name: creator?.name ?? (hasMotivation(annotation, 'replying') ? 'Reply' : 'Note') };
    this.label = annotation.modified ? 'edited' : undefined;
    this.timestamp = new Date(annotation.created);
  }

  static markdown(annotation: Annotation): vscode.MarkdownString {
    const tags = tagsOf(annotation);
    const text = noteOf(annotation) || (hasMotivation(annotation, 'highlighting') ? '*(highlight)*' : '');
    return new vscode.MarkdownString(tags.length ? `${text}\n\n${tags.map((t) => `\`#${t}\``).join(' ')}` : text);
  }
}

/** The thread of a note: `contextValue` says whether it is resolved, for the menus of package.json. */
export class NoteThreads implements vscode.Disposable {
  readonly controller = vscode.comments.createCommentController('closeReading', 'Close Reading notes');
  private readonly threads = new Map<string, { thread: vscode.CommentThread; key: string }>();

  constructor(private readonly notes: NotesWorkspace) {
    this.controller.options = { placeHolder: 'Write a note (Markdown)…', prompt: 'Add a note' };
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: (document) => (notes.isEssay(document) ? [new vscode.Range(0, 0, Math.max(0, document.lineCount - 1), 0)] : []),
    };
  }

  dispose(): void {
    for (const { thread } of this.threads.values()) thread.dispose();
    this.controller.dispose();
  }

  /** Brings the threads in line with the notes of the open essays. */
  refresh(): void {
    const seen = new Set<string>();
    for (const document of vscode.workspace.textDocuments) {
      for (const placed of this.notes.notesIn(document)) {
        const { annotation, store, anchor } = placed;
        if (anchor.status === 'orphaned' || !hasMotivation(annotation, 'commenting')) continue;
        seen.add(annotation.id);
        const range = new vscode.Range(document.positionAt(anchor.start), document.positionAt(anchor.end));
        const replies = this.notes.replies(store, annotation.id);
        // Rebuild the comments only when the notes changed, so that a comment being edited is left alone.
        const key = JSON.stringify([annotation, replies]);
        let entry = this.threads.get(annotation.id);
        if (!entry) {
          const thread = this.controller.createCommentThread(document.uri, range, []);
          // Closed until asked for: the gutter icon and the Comments view show it; an open thread would cover the text.
          thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
          entry = { thread, key: '' };
          this.threads.set(annotation.id, entry);
        }
        const { thread } = entry;
        if (!thread.range?.isEqual(range)) thread.range = range;
        if (entry.key !== key) {
          entry.key = key;
          const resolved = isResolved(annotation);
          thread.comments = [annotation, ...replies].map((a) => new NoteComment(a, store, thread));
          thread.contextValue = resolved ? 'resolved' : 'unresolved';
          thread.state = resolved ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
          thread.label = anchor.status === 'fuzzy' ? 'Note (the passage has changed)' : 'Note';
          thread.canReply = store.unreadable === null;
          if (resolved) thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
        }
      }
    }
    for (const [id, { thread }] of this.threads) {
      if (!seen.has(id)) { thread.dispose(); this.threads.delete(id); }
    }
  }

  /** The annotation id of a thread made by this controller, or undefined for a new, empty one. */
  idOf(thread: vscode.CommentThread): string | undefined {
    for (const [id, entry] of this.threads) if (entry.thread === thread) return id;
    return undefined;
  }

  /** Opens the thread of a note (after a command created or changed it). */
  expand(id: string): void {
    const entry = this.threads.get(id);
    if (entry) entry.thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
  }
}
