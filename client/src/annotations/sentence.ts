// The passage a note goes on when nothing is selected: the sentence at the cursor.
import type { Span } from './anchoring';

/** Sentences are looked for within this many characters of the cursor, so that a huge one-line file stays cheap. */
const REACH = 2000;

const isBlank = (line: string) => line.trim() === '';

/** The paragraph holding `offset`: the run of non-blank lines around it, within REACH; null on a blank line. */
function paragraphAt(text: string, offset: number): Span | null {
  const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = (at: number) => { const end = text.indexOf('\n', at); return end === -1 ? text.length : end; };
  let start = lineStart(offset);
  let end = lineEnd(offset);
  if (isBlank(text.slice(start, end))) return null;
  while (start > 0 && offset - start < REACH) {
    const previous = lineStart(start - 1);
    if (isBlank(text.slice(previous, start - 1))) break;
    start = previous;
  }
  while (end < text.length && end - offset < REACH) {
    const next = lineEnd(end + 1);
    if (isBlank(text.slice(end + 1, next))) break;
    end = next;
  }
  return { start: Math.max(start, offset - REACH), end: Math.min(end, offset + REACH) };
}

/** The sentence around `offset`, without surrounding spaces, never beyond its paragraph; null on blank space. */
export function sentenceAt(text: string, offset: number, locale = 'en'): Span | null {
  const paragraph = paragraphAt(text, offset);
  if (!paragraph) return null;
  // Line breaks inside a paragraph (hard-wrapped text) do not end a sentence: segment with spaces in their place.
  const flat = text.slice(paragraph.start, paragraph.end).replace(/[\r\n]/g, ' ');
  for (const { segment, index } of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(flat)) {
    const start = paragraph.start + index;
    if (offset > start + segment.length || (offset === start + segment.length && start + segment.length < paragraph.end)) continue;
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    return body === '' ? null : { start: start + lead, end: start + lead + body.length };
  }
  return null;
}
