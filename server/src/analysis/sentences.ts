// Sentences around an offset, for showing a mention in its context.
import type { Span } from './types';

const MAX_CONTEXT = 320;

/** The sentence containing `offset`: from the previous sentence end to the next, within one paragraph. */
export function sentenceAt(text: string, offset: number, within: Span = { start: 0, end: text.length }): Span {
  const lower = Math.max(within.start, offset - MAX_CONTEXT);
  const upper = Math.min(within.end, offset + MAX_CONTEXT);
  let start = lower;
  for (let i = offset - 1; i > lower; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 && text.charCodeAt(i - 1) === 10) { start = i + 1; break; } // blank line
    if ((text[i - 1] === '.' || text[i - 1] === '?' || text[i - 1] === '!') && /\s/.test(text[i]) && /[\p{Lu}“"‘(]/u.test(text[i + 1] ?? '')) {
      start = i + 1;
      break;
    }
  }
  let end = upper;
  for (let i = offset; i < upper; i++) {
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n') { end = i; break; }
    if ((c === '.' || c === '?' || c === '!') && (i + 1 >= text.length || /\s/.test(text[i + 1]))) {
      end = i + 1;
      break;
    }
  }
  while (start < end && /\s/.test(text[start])) start++;
  return { start, end: Math.max(start, end) };
}
