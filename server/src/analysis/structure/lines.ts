import { lastTextKept } from '../blocks';
import { lineBreakAt, lineBreaksOf } from '../lineBreaks';
import type { Paragraph, Span } from '../types';

/** One line of text, without its terminator (`\n`, `\r\n` or a lone `\r`). */
export interface Line extends Span {
  text: string;
}

/** Splits text into lines, recognizing every common line ending. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const nextLineBreak = lineBreaksOf(text);
  let start = 0;
  for (let at = nextLineBreak(0); at !== -1; at = nextLineBreak(start)) {
    lines.push({ start, end: at, text: text.slice(start, at) });
    start = at + lineBreakAt(text, at);
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** The lines of a text, shared by its readings: a plain text that may hold Markdown's notes is read both ways, split alike. */
export const linesOf: (text: string) => readonly Line[] = lastTextKept(splitLines);

export const isBlank = (line: Line): boolean => line.text.trim() === '';

/** The span of a line's text without its surrounding white space. */
export function trimmedSpan(line: Line): Span {
  const lead = line.text.length - line.text.trimStart().length;
  const trail = line.text.length - line.text.trimEnd().length;
  return { start: line.start + lead, end: Math.max(line.start + lead, line.end - trail) };
}

/**
 * A paragraph of one part, the span copied offset by offset: in V8 an object spread followed by more properties
 * (`{ ...span, parts }`) is some twenty times slower, and a text has hundreds of paragraphs.
 */
export const paragraphOf = (span: Span): Paragraph => ({ start: span.start, end: span.end, parts: [{ start: span.start, end: span.end }] });
