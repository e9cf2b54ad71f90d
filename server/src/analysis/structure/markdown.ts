// The reading structure of Markdown, from unified's remark parser (with GFM for `[^n]` footnotes).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Root } from 'mdast';
import type { DocumentStructure, NoteRegion, Paragraph, Span } from '../types';
import { buildSections, type Heading } from './sections';

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

/** An ordered list whose numbers are note markers of the text (`<sup>3</sup>` then `3. ...`) is a list of notes. */
function isNoteList(text: string, first: number): boolean {
  return new RegExp(`<sup>\\s*${first}\\s*</sup>|\\[\\^?${first}\\]`).test(text);
}

/** Recovers sections, paragraphs and note regions of a Markdown document. */
export function markdownStructure(text: string): DocumentStructure {
  const tree: Root = parser.parse(text);
  const headings: Heading[] = [];
  const paragraphs: Paragraph[] = [];
  const noteRegions: NoteRegion[] = [];
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
    if (node.type === 'list' && node.ordered && span && !inNotes && isNoteList(text, node.start ?? 1)) {
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
  return { format: 'markdown', sections: buildSections(headings, text.length), paragraphs, noteRegions, debris: [] };
}
