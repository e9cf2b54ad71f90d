// Incremental analysis. The part of a layer's work that depends only on the text of one block (a stretch
// between blank lines, which no name, date or reference crosses) is kept by that text and reused by the
// next version of the document: an edit re-analyses the blocks it touched, and the layers' document-wide
// steps (grouping, linking, resolving) run on the kept results.
import { mapped } from './arrays';
import { lineBreakAt, lineBreaksOf } from './lineBreaks';

/** A stretch of text between blank lines, blank lines excluded. */
export interface Block {
  start: number;
  end: number;
  text: string;
}

/** What a blank line may hold besides its line break: spaces, tabs, no-break spaces. */
const isBlankSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/**
 * The end of the blank lines after the line break at `at`, with the indent of the line after them; -1 when the next line
 * is not blank. Read by character codes: a pattern tried at each line break took ten times as long.
 */
function blankLinesEnd(text: string, at: number): number {
  let end = at + lineBreakAt(text, at);
  let blank = false;
  for (;;) {
    let next = end;
    while (isBlankSpace(text.charCodeAt(next))) next++;
    const length = lineBreakAt(text, next);
    if (length === 0) return blank ? next : -1;
    blank = true;
    end = next + length;
  }
}

/**
 * `answer` of a text, the last text's answer kept: the layers of a version ask the same question of its text
 * one after another (and of a plain text's two readings), so the answer must not be changed by its users.
 */
export function lastTextKept<T>(answer: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let last: T;
  return (text) => {
    if (text !== lastText) {
      last = answer(text);
      lastText = text;
    }
    return last;
  };
}

/** The blocks of a text, in order; a text without blank lines is one block. Every layer cuts the same text of a version. */
export const blocksOf = lastTextKept((text): readonly Block[] => {
  const blocks: Block[] = [];
  let start = 0;
  const push = (end: number) => {
    if (end > start) blocks.push({ start, end, text: text.slice(start, end) });
  };
  const nextLineBreak = lineBreaksOf(text);
  for (let at = nextLineBreak(0); at !== -1;) {
    const end = blankLinesEnd(text, at);
    if (end === -1) {
      at = nextLineBreak(at + lineBreakAt(text, at));
      continue;
    }
    push(at);
    start = end;
    at = nextLineBreak(end);
  }
  push(text.length);
  return blocks;
});

/**
 * `text` as a string of its own: a long string cut out of a text refers to the whole text, which whatever
 * kept the piece (a cache, a memo) would keep alive. Short strings are copies already.
 */
export const detached = (text: string): string => (text.length < 13 ? text : ` ${text}`.slice(1));

/**
 * The per-block results of the layers for one document, kept from one version to the next. A result
 * is computed from the block's text alone, with offsets relative to the block's start; it is kept as
 * long as the latest version still has that block, so memory follows the document's size. It is
 * computed from a copy of the block's text: what it cuts out of that text keeps only the copy alive,
 * not the whole version of the document the block was first seen in.
 */
export class BlockMemo {
  private readonly layers = new Map<string, Map<string, unknown>>();

  /** `compute` of each block's text, reusing the results of the previous version for unchanged blocks. */
  map<T>(layer: string, blocks: readonly Block[], compute: (blockText: string) => T): T[] {
    const previous = (this.layers.get(layer) ?? new Map()) as Map<string, T>;
    const current = new Map<string, T>();
    const results = mapped(blocks, ({ text }) => {
      let result = current.get(text) ?? previous.get(text);
      if (result === undefined) result = compute(detached(text));
      current.set(text, result);
      return result;
    });
    this.layers.set(layer, current);
    return results;
  }
}

/** One memo per open document, by its uri: the memo of a document is made when it is first analysed. */
export class DocumentMemos {
  private readonly memos = new Map<string, BlockMemo>();

  of(uri: string): BlockMemo {
    let memo = this.memos.get(uri);
    if (!memo) this.memos.set(uri, (memo = new BlockMemo()));
    return memo;
  }

  forget(uri: string): void {
    this.memos.delete(uri);
  }
}

/** `compute` of each block's text: through the memo when there is one, else computed afresh. */
export function perBlock<T>(memo: BlockMemo | undefined, layer: string, blocks: readonly Block[], compute: (blockText: string) => T): T[] {
  return memo ? memo.map(layer, blocks, compute) : mapped(blocks, (b) => compute(b.text));
}

/**
 * `compute` of each piece's kind and text, for pieces whose results depend on more than their text (a
 * note's or a paragraph's, the opening block's): through the memo, each kind with a table of its own
 * (`layer:kind`), since the memo keeps results by text; without a memo, computed afresh.
 */
export function perKind<K extends string, T>(memo: BlockMemo | undefined, layer: string, pieces: readonly { kind: K; block: Block }[], compute: (kind: K, text: string) => T): T[] {
  if (!memo) return mapped(pieces, ({ kind, block }) => compute(kind, block.text));
  const byKind = new Map<K, number[]>();
  pieces.forEach(({ kind }, i) => {
    const indexes = byKind.get(kind);
    if (indexes) indexes.push(i);
    else byKind.set(kind, [i]);
  });
  const results = new Array<T>(pieces.length);
  for (const [kind, indexes] of byKind) {
    const found = memo.map(`${layer}:${kind}`, indexes.map((i) => pieces[i].block), (text) => compute(kind, text));
    indexes.forEach((piece, k) => { results[piece] = found[k]; });
  }
  return results;
}
