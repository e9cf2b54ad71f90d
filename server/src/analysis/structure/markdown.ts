// The reading structure of Markdown, from markdown-it's block parser. Structure is made of lines
// (headings, paragraphs, lists, footnote definitions), so the block tokens' line maps are all we
// need; inline parsing runs only for heading titles. markdown-it was chosen over remark because it
// is about 30 times faster here and bounds nesting (see docs/BENCHMARKS.md).
import MarkdownIt, { type Token } from 'markdown-it';
import type { DocumentStructure, NoteRegion, Paragraph, Span } from '../types';
import { linesOf, paragraphOf, trimmedSpan, type Line } from './lines';
import { MarkersByLabel, numberGroup, SUPERSCRIPT_NUMBER } from '../notes/markers';
import { isNotesHeading, trailingNumberedNotes } from './plaintext';
import { buildSections, type Heading } from './sections';

const blocks = new MarkdownIt('default', { html: true });
blocks.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
const inline = new MarkdownIt('default', { html: true });

/** Indentation this deep is not an essay, and slows the parser down: read such text as plain text. */
const TOO_INDENTED = /^[ \t]{400,}\S/m;
/** markdown-it stops nesting at 100 levels and drops what is deeper; below this level nothing is lost. */
const DEEPEST_TRUSTED_LEVEL = 90;

/** The plain text of a heading's Markdown, emphasis and links removed. */
function plainTitle(markdown: string): string {
  const collect = (tokens: Token[]): string => tokens.map((t) => (t.children ? collect(t.children) : t.type === 'text' || t.type === 'code_inline' ? t.content : '')).join('');
  return collect(inline.parseInline(markdown.replace(HEADING_ATTRIBUTES, ''), {})).trim();
}
/** Pandoc's attributes after a heading, no part of its title: `## Works cited {#works-cited .unnumbered}`. */
const HEADING_ATTRIBUTES = /\s*\{(?:[#.][\w:.-]+|[\w-]+=\S*)(?:\s+(?:[#.][\w:.-]+|[\w-]+=\S*))*\}\s*$/u;

/** The number of items of the ordered list opened at `open`. */
function itemCount(tokens: Token[], open: number): number {
  let count = 0;
  for (let i = open + 1; i < tokens.length && !(tokens[i].type === 'ordered_list_close' && tokens[i].level === tokens[open].level); i++) {
    if (tokens[i].type === 'list_item_open' && tokens[i].level === tokens[open].level + 1) count++;
  }
  return count;
}

/**
 * An ordered list whose numbers are note markers of the text (`<sup>3</sup>` then `3. ...`) is a list of notes; so
 * is one whose first number stands glued to a word before it (`the state.3` then `3. ...`).
 */
function isNoteList(start: number, first: number, items: number, markers: MarkersByLabel): boolean {
  for (let i = 0; i < items; i++) if (markers.explicitAnywhere(String(first + i))) return true;
  return markers.before(String(first), start);
}

/** A paragraph's opening superscript number: `<sup>3</sup> On the term`, `^3^ On the term`. */
const SUPERSCRIPT_NOTE_OPENING = new RegExp(String.raw`^\s*${SUPERSCRIPT_NUMBER}\.?\s+(?=\S)`, 'u');

const ENDS_SENTENCE = /[.!?:;]["'”’)*\]]*$/u;

/**
 * A paragraph that starts in lower case (or with a figure) just before a list of notes, while the notes before it broke
 * off mid-sentence, is a note running on after a page break: it belongs with the notes.
 */
function resumedNotes(text: string, paragraphs: Paragraph[], noteRegions: NoteRegion[]): Paragraph[] {
  const resumed: Paragraph[] = [];
  // Paragraphs and regions come in text order, one after another: one sweep finds, for each paragraph, the
  // region before it, the region after it and the paragraph after it (a search each would be quadratic).
  let ended = 0; // regions that end before the paragraph
  let next = 0; // the first region that starts after it
  let following = 0; // the first paragraph that starts after it
  for (const p of paragraphs) {
    if (!/^[*_"“(]*[\p{Ll}\d]/u.test(text.slice(p.start, p.end))) continue;
    while (ended < noteRegions.length && noteRegions[ended].end <= p.start) ended++;
    while (next < noteRegions.length && noteRegions[next].start < p.end) next++;
    while (following < paragraphs.length && paragraphs[following].start < p.end) following++;
    const [before, nextRegion, nextParagraph] = [noteRegions[ended - 1], noteRegions[next], paragraphs[following]];
    if (!before || !nextRegion || (nextParagraph && nextParagraph.start < nextRegion.start)) continue;
    if (!ENDS_SENTENCE.test(text.slice(before.start, before.end).trimEnd())) resumed.push(p);
  }
  return resumed;
}

/** A footnote's definition opening a line (`[^7]: …`): tested on one line, or on a whole text for any line. */
const FOOTNOTE_DEFINITION = /^\s{0,3}\[\^[^\]\s]+\]:/m;

/**
 * Footnote definitions that no block holds: markdown-it reads `[^7]: Ibid.` after a blank line as the definition of a
 * link's reference (a label, then one word as its address), which leaves no token.
 */
function footnotesReadAsReferences(text: string, tokens: Token[], lines: readonly Line[]): Span[] {
  if (!text.includes('[^') || !FOOTNOTE_DEFINITION.test(text)) return [];
  const held = new Uint8Array(lines.length);
  for (const token of tokens) if (token.map && token.level === 0) held.fill(1, token.map[0], token.map[1]);
  return lines.flatMap((line, i) => (held[i] === 0 && FOOTNOTE_DEFINITION.test(line.text) ? [trimmedSpan(line)] : []));
}
/** The longest inline note read (Pandoc's `^[…]`): an unclosed bracket must not make the rest of a paragraph a note. */
const LONGEST_INLINE_NOTE = 4000;

/**
 * Pandoc's inline notes (`…the idealisation.^[On the Kahlo episode see …]`) in the `paragraphs` (in text order), brackets
 * within balanced: the notes of each paragraph that holds one.
 */
function inlineNotes(text: string, paragraphs: readonly Paragraph[]): Map<Paragraph, Span[]> {
  const notes = new Map<Paragraph, Span[]>();
  let k = 0;
  for (let at = text.indexOf('^['); at >= 0; at = text.indexOf('^[', at + 2)) {
    while (k < paragraphs.length && paragraphs[k].end <= at) k++;
    const paragraph = paragraphs[k];
    if (paragraph === undefined) break;
    if (paragraph.start > at || text.charCodeAt(at - 1) === 92 /* \ */) continue;
    const limit = Math.min(paragraph.end, at + LONGEST_INLINE_NOTE);
    let depth = 0;
    for (let i = at + 1; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c === 92) i++;
      else if (c === 91 /* [ */) depth++;
      else if (c === 93 /* ] */ && --depth === 0) {
        if (text.slice(at + 2, i).trim()) notes.set(paragraph, [...notes.get(paragraph) ?? [], { start: at, end: i + 1 }]);
        at = i - 1;
        break;
      }
    }
  }
  return notes;
}

/** `paragraph` with its inline notes (see `inlineNotes`) cut out of its parts: what is left is the body's text. */
function withoutInlineNotes(paragraph: Paragraph, notes: readonly Span[]): Paragraph {
  const parts: Span[] = [];
  let start = paragraph.start;
  for (const note of notes) {
    if (note.start > start) parts.push({ start, end: note.start });
    start = note.end;
  }
  if (paragraph.end > start) parts.push({ start, end: paragraph.end });
  return { start: paragraph.start, end: paragraph.end, parts };
}

/** A short line wholly in bold, without a sentence's end: `**Notes**`, `__The Second Phase__`. */
const EMPHASIZED_LINE = /^\s{0,3}(\*\*|__)([^*_\n]{1,80}?)\1\s*$/u;

/** Recovers sections, paragraphs and note regions of a Markdown document, or null when it is nested too deep to trust. */
export function markdownStructure(text: string): DocumentStructure | null {
  if (TOO_INDENTED.test(text)) return null;
  const lines = linesOf(text);
  const spanOfLines = (map: [number, number]): Span => {
    const first = lines[Math.min(map[0], lines.length - 1)];
    let lastIndex = Math.min(Math.max(map[1] - 1, map[0]), lines.length - 1);
    while (lastIndex > map[0] && lines[lastIndex].text.trim() === '') lastIndex--; // a block's map may end with blank lines
    const last = lines[lastIndex];
    return { start: trimmedSpan(first).start, end: Math.max(trimmedSpan(first).start, trimmedSpan(last).end) };
  };
  const tokens = blocks.parse(text, {});
  if (tokens.some((t) => t.level >= DEEPEST_TRUSTED_LEVEL)) return null;
  const headings: Heading[] = [];
  const paragraphs: Paragraph[] = [];
  const noteRegions: NoteRegion[] = [];
  const markers = MarkersByLabel.of(text);
  let skipUntil = -1; // the closing level of a list of notes being skipped
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (skipUntil >= 0) {
      if (token.type === 'ordered_list_close' && token.level === skipUntil) skipUntil = -1;
      continue;
    }
    if (!token.map) continue;
    const span = spanOfLines(token.map);
    if (token.type === 'heading_open') {
      headings.push({ ...span, title: plainTitle(tokens[i + 1]?.content ?? ''), style: Number(token.tag.slice(1)) });
    } else if (token.type === 'ordered_list_open' && isNoteList(span.start, Number(token.attrGet('start') ?? 1), itemCount(tokens, i), markers)) {
      noteRegions.push({ kind: 'notes-section', ...span });
      skipUntil = token.level;
    } else if (token.type === 'paragraph_open') {
      const first: Line = lines[token.map[0]];
      const emphasized = token.map[1] - token.map[0] === 1 ? EMPHASIZED_LINE.exec(first.text) : null;
      const superscript = SUPERSCRIPT_NOTE_OPENING.exec(first.text);
      if (FOOTNOTE_DEFINITION.test(first.text)) noteRegions.push({ kind: 'footnote-definitions', ...span });
      // A paragraph that opens with a superscript number whose marker stands before it: a note set between paragraphs.
      else if (superscript && markers.before(numberGroup(superscript), span.start)) noteRegions.push({ kind: 'notes-section', ...span });
      else if (emphasized) {
        // A line set in bold as a heading, as word processors export them: under the title, or beside the heading before it.
        const depths = headings.flatMap((h) => (typeof h.style === 'number' ? [h.style] : []));
        headings.push({ ...span, title: emphasized[2].trim(), style: depths.length <= 1 ? (depths[0] ?? 0) + 1 : depths[depths.length - 1] });
      } else paragraphs.push(paragraphOf(span));
    } else if (token.type === 'code_block' && noteRegions.length && noteRegions[noteRegions.length - 1].kind === 'footnote-definitions' &&
      /^\s*$/.test(text.slice(noteRegions[noteRegions.length - 1].end, span.start))) {
      noteRegions[noteRegions.length - 1].end = span.end; // an indented paragraph continues the footnote
    }
  }
  for (const span of footnotesReadAsReferences(text, tokens, lines)) noteRegions.push({ kind: 'footnote-definitions', ...span });
  const sections = buildSections(headings, text.length);
  // Under a `Notes` heading every paragraph is a note, numbered or not.
  const notesSections = sections.filter((section) => isNotesHeading(section.title, text, section.heading.end, markers));
  const underNotes = paragraphs.filter((p) => notesSections.some((section) => p.start >= section.heading.end && p.end <= section.end));
  const resumed = resumedNotes(text, paragraphs, noteRegions);
  // Numbered notes at the end without a heading over them (`[1] Marta Ilves, …`).
  const trailing = underNotes.length > 0 ? [] : paragraphs.slice(trailingNumberedNotes(text, paragraphs, markers));
  for (const p of new Set([...underNotes, ...resumed, ...trailing])) noteRegions.push({ kind: 'notes-section', start: p.start, end: p.end });
  const notesOf = inlineNotes(text, paragraphs);
  const body = paragraphs.filter((p) => !resumed.includes(p) && !underNotes.includes(p) && !trailing.includes(p)).map((p) => {
    const notes = notesOf.get(p);
    if (notes === undefined) return p;
    for (const note of notes) noteRegions.push({ kind: 'inline-note', ...note });
    return withoutInlineNotes(p, notes);
  });
  noteRegions.sort((a, b) => a.start - b.start);
  return { format: 'markdown', sections, paragraphs: body, noteRegions, debris: [] };
}
