// The messages between the extension and its webviews. Essay text travels as JSON strings and is
// only ever put into the page as text (textContent), never as HTML. What a page sends is checked
// (readMessage) before the extension acts on it.
import type { Concordance, Excerpt, TimelineEssay, ViewLocation } from '../../../../server/src/features/views';

export type Scope = 'essay' | 'corpus';

/** From the extension to a webview. */
export type ToWebview =
  | { type: 'timeline'; scope: Scope; essay: string | null; essays: TimelineEssay[] }
  /** The sentence of a date the page asked about (null when the essay no longer has that date). */
  | { type: 'sentence'; uri: string; index: number; value: string; sentence: Excerpt | null }
  | { type: 'concordance'; concordance: Concordance | null };

/** From a webview to the extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'open'; uri: string; range: ViewLocation['range'] }
  /** The sentence of the date at `index` of the essay at `uri`, whose value is `value`. */
  | { type: 'sentence'; uri: string; index: number; value: string }
  | { type: 'scope'; scope: Scope };

const isPosition = (p: unknown): p is { line: number; character: number } =>
  typeof p === 'object' && p !== null && Number.isInteger((p as { line: unknown }).line) && Number.isInteger((p as { character: unknown }).character);

/** A message from the page, or null when it is not one of ours. */
export function readMessage(message: unknown): FromWebview | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  if (m.type === 'ready') return { type: 'ready' };
  if (m.type === 'scope' && (m.scope === 'essay' || m.scope === 'corpus')) return { type: 'scope', scope: m.scope };
  if (m.type === 'sentence' && typeof m.uri === 'string' && Number.isInteger(m.index) && (m.index as number) >= 0 && typeof m.value === 'string') {
    return { type: 'sentence', uri: m.uri, index: m.index as number, value: m.value };
  }
  const range = m.range as { start?: unknown; end?: unknown } | undefined;
  if (m.type === 'open' && typeof m.uri === 'string' && range && isPosition(range.start) && isPosition(range.end)) {
    return { type: 'open', uri: m.uri, range: { start: range.start, end: range.end } };
  }
  return null;
}
