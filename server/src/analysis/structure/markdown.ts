// The reading structure of Markdown, from unified's remark parser (with GFM for `[^n]` footnotes).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { List, Nodes, Root } from 'mdast';
import type { DocumentStructure, NoteRegion, Paragraph, Span } from '../types';
import { buildSections, type Heading } from './sections';
import { isNotesHeading } from './plaintext';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Markdown nested this deep makes remark slow and then overflow the stack: read it as plain text. */
const TOO_DEEP = /^(?:[ \t]*(?:[>*+-]|\d{1,9}[.)])[ \t]*){24,}/m;

/** Whether remark can be trusted with this text. */
export function isSafeMarkdown(text: string): boolean {
  return !TOO_DEEP.test(text);
}

function spanOf(node: Nodes): Span | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : { start, end };
}

/** The numbers the text writes as explicit note markers: `<sup>3</sup>`, `[3]`, `[^3]`, `**3**`. */
function explicitMarkerNumbers(text: string): Set<number> {
  const numbers = new Set<number>();
  for (const m of text.matchAll(/<sup>\s*(\d{1,3})\s*<\/sup>|\[\^?(\d{1,3})\]|\*\*(\d{1,3})\*\*/g)) {
    numbers.add(Number(m[1] ?? m[2] ?? m[3]));
  }
  return numbers;
}

/** An ordered list whose numbers are note markers of the text (`<sup>3</sup>` then `3. ...`) is a list of notes. */
function isNoteList(list: List, markers: Set<number>): boolean {
  const first = list.start ?? 1;
  return list.children.some((_, i) => markers.has(first + i));
}

const ENDS_SENTENCE = /[.!?:;]["'”’)*\]]*$/u;

/**
 * A paragraph that starts in lower case (or with a figure) just before a list of notes, while the notes before it broke
 * off mid-sentence, is a note running on after a page break: it belongs with the notes.
 */
function resumedNotes(text: string, paragraphs: Paragraph[], noteRegions: NoteRegion[]): Paragraph[] {
  const resumed: Paragraph[] = [];
  for (const p of paragraphs) {
    if (!/^[*_"“(]*[\p{Ll}\d]/u.test(text.slice(p.start, p.end))) continue;
    const before = noteRegions.filter((r) => r.end <= p.start).at(-1);
    const nextRegion = noteRegions.find((r) => r.start >= p.end);
    const nextParagraph = paragraphs.find((q) => q.start >= p.end);
    if (!before || !nextRegion || (nextParagraph && nextParagraph.start < nextRegion.start)) continue;
    if (!ENDS_SENTENCE.test(text.slice(before.start, before.end).trimEnd())) resumed.push(p);
  }
  return resumed;
}

/** Recovers sections, paragraphs and note regions of a Markdown document. */
export function markdownStructure(text: string): DocumentStructure {
  const tree: Root = parser.parse(text);
  const headings: Heading[] = [];
  const paragraphs: Paragraph[] = [];
  const noteRegions: NoteRegion[] = [];
  const markers = explicitMarkerNumbers(text);
  const visit = (node: Nodes, inNotes: boolean): void => {
    const span = spanOf(node);
    if (node.type === 'heading' && span) {
      headings.push({ ...span, title: toString(node).trim(), style: node.depth });
      return;
    }
    if (node.type === 'footnoteDefinition' && span) {
      noteRegions.push({ kind: 'footnote-definitions', ...span });
      return;
    }
    if (node.type === 'list' && node.ordered && span && !inNotes && isNoteList(node, markers)) {
      noteRegions.push({ kind: 'notes-section', ...span });
      return;
    }
    if (node.type === 'paragraph' && span && !inNotes) {
      paragraphs.push({ ...span, parts: [{ ...span }] });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child, inNotes);
  };
  visit(tree, false);
  const sections = buildSections(headings, text.length);
  // Under a `Notes` heading every paragraph is a note, numbered or not.
  const notesSections = sections.filter((section) => isNotesHeading(section.title));
  const underNotes = paragraphs.filter((p) => notesSections.some((section) => p.start >= section.heading.end && p.end <= section.end));
  const resumed = resumedNotes(text, paragraphs, noteRegions);
  for (const p of new Set([...underNotes, ...resumed])) noteRegions.push({ kind: 'notes-section', start: p.start, end: p.end });
  noteRegions.sort((a, b) => a.start - b.start);
  const body = paragraphs.filter((p) => !resumed.includes(p) && !underNotes.includes(p));
  return { format: 'markdown', sections, paragraphs: body, noteRegions, debris: [] };
}
