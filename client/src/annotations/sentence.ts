// The passage a note goes on when nothing is selected: the sentence at the cursor.
import type { Span } from './anchoring';

/** Sentences are looked for within this many characters of the cursor, so that a huge one-line file stays cheap. */
const REACH = 2000;

/**
 * Does the line break after `line` continue its paragraph? In hard-wrapped text (PDF extractions) lines
 * run to a similar width, between WRAPPED_MIN and WRAPPED_MAX characters; a shorter line (a heading, the
 * end of a paragraph) or a longer one (a whole paragraph on one line) ends its paragraph.
 */
const WRAPPED_MIN = 40;
const WRAPPED_MAX = 110;
const continues = (line: string) => line.trim().length >= WRAPPED_MIN && line.trim().length <= WRAPPED_MAX;

/** The paragraph holding `offset`: its run of lines joined by wrapped line breaks, within REACH; null on a blank line. */
function paragraphAt(text: string, offset: number): Span | null {
  const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = (at: number) => { const end = text.indexOf('\n', at); return end === -1 ? text.length : end; };
  let start = lineStart(offset);
  let end = lineEnd(offset);
  if (text.slice(start, end).trim() === '') return null;
  while (start > 0 && offset - start < REACH) {
    const previous = lineStart(start - 1);
    if (!continues(text.slice(previous, start - 1))) break;
    start = previous;
  }
  while (end < text.length && end - offset < REACH && continues(text.slice(lineStart(end), end))) {
    const next = lineEnd(end + 1);
    if (text.slice(end + 1, next).trim() === '') break;
    end = next;
  }
  return { start: Math.max(start, offset - REACH), end: Math.min(end, offset + REACH) };
}

/** The sentence around `offset`, without surrounding spaces, never beyond its paragraph; null on a blank line. */
export function sentenceAt(text: string, offset: number, locale = 'en'): Span | null {
  const paragraph = paragraphAt(text, offset);
  if (!paragraph) return null;
  // Line breaks inside a paragraph (hard-wrapped text) do not end a sentence, and a note number after a full
  // stop ("him.2 Five years later") does not hide its end: segment with spaces in their place (same offsets).
  const flat = text.slice(paragraph.start, paragraph.end)
    .replace(/[\r\n]/g, ' ')
    .replace(/(?<=[\p{L}"'”’)])([.!?]["'”’)]?)(\d{1,3})(?=\s)/gu, (_, stop: string, marker: string) => stop + ' '.repeat(marker.length));
  for (const { segment, index } of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(flat)) {
    const start = paragraph.start + index;
    if (offset > start + segment.length || (offset === start + segment.length && start + segment.length < paragraph.end)) continue;
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    return body === '' ? null : { start: start + lead, end: start + lead + body.length };
  }
  return null;
}
