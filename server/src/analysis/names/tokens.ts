// Words of a text as the name layer sees them: letters with their inner hyphens and apostrophes, a
// possessive split off, initials apart, digits glued to a word (note numbers) left out.
import { CONNECTORS } from './lexicon';

export interface Token {
  /** Its place in the document's token list. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** The text in small letters. */
  lower: string;
  /** The text as a name is written (`TROTSKY` -> `Trotsky`). */
  name: string;
  /** `V.`: one capital letter and a full stop. */
  initial: boolean;
  /** Begins with a capital letter (in Latin script). */
  capitalized: boolean;
  /** Two or more letters, all capitals (`CPSU`, `TROTSKY`). */
  allCaps: boolean;
  /** Followed by `'s` or `’s`, which is not part of the token. */
  possessive: boolean;
  /** Where the text between the previous token and this one begins (0 for the first token). */
  gapStart: number;
  /**
   * That text may join two words of one name: white space with at most one line break, an ampersand
   * (`Allison & Busby`) or the apostrophe of a plural possessive (`Workers' Party`).
   */
  joins: boolean;
  /** That text joins by an ampersand. */
  ampersand: boolean;
  /** For a capitalized word: the word before it in small letters, when only white space stands between them. */
  previous: string;
  /** For a capitalized word: the word before `previous` (`village` in `village of Gori`). */
  wordBefore: string;
  /** A capitalized word that begins a sentence, a paragraph or a heading (false for other words). */
  sentenceStart: boolean;
}

// A word: letters (with combining marks), joined by hyphens or apostrophes to further letters;
// or an initial: a capital and a full stop not followed by a small letter (`E.H. Carr` has two).
// Words that begin with a Latin letter are read char by char (most words: a pattern is much slower);
// a word in another script is read by `OTHER_WORD`, from its first letter on.
const OTHER_WORD = /[\p{L}\p{M}]+(?:[-‐'’][\p{L}\p{M}]+)*/uy;
// What stands between the last word of a sentence (or a heading's mark, or a blank line) and the next word.
const SENTENCE_END = /(?:[.!?:;]["'”’)\]\d]*|\n\s*\n|(?:^|\n)\s*(?:#+|>|[*+-]|\d+\.))\s*["“‘([*_]*$/;

const LATIN = /^[\p{Script=Latin}\p{M}'’‐-]+\.?$/u;
const ALL_CAPS = /^[\p{Lu}\p{M}'’-]+$/u;

/** Letters of the Latin script and combining marks (a word in them is Latin). */
function isLatinLetter(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122 || c >= 65 && c <= 90;
  return c >= 0xC0 && c <= 0x24F && c !== 0xD7 && c !== 0xF7 || c >= 0x300 && c <= 0x36F || c >= 0x1E00 && c <= 0x1EFF;
}

/** Hyphens and apostrophes, which join letters into one word. */
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2019 || c === 0x2010;

/** The end of the Latin word that begins at `start`. */
function latinWordEnd(text: string, start: number): number {
  let end = start + 1;
  for (;;) {
    while (end < text.length && isLatinLetter(text.charCodeAt(end))) end++;
    if (end + 1 < text.length && isJoiner(text.charCodeAt(end)) && isLatinLetter(text.charCodeAt(end + 1))) end += 2;
    else return end;
  }
}

/** `V.`: a capital and a full stop not followed by a small letter. */
function isInitialAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 65 || c > 90 || text.charCodeAt(at + 1) !== 46) return false;
  const next = text.charCodeAt(at + 2);
  return !(next >= 97 && next <= 122);
}

/** A word of capital letters (apostrophes and hyphens apart); ASCII words are read without the pattern. */
function isAllCaps(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (!(c >= 65 && c <= 90 || c === 39 || c === 45 || c === 0x2019)) return ALL_CAPS.test(word);
  }
  return true;
}

/** A word in capitals as a name is written (`TROTSKY` -> `Trotsky`, `DIDI-LILO` -> `Didi-Lilo`). */
export const nameCase = (word: string): string =>
  word.replace(/[\p{L}\p{M}]+/gu, (w) => w[0] + w.slice(1).toLowerCase());

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 160;

/** Whether `text` holds only white space (at least one character of it) from `from` to `to`. */
function onlySpace(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

const NO_JOIN = 0;
const JOIN = 1;
const AMPERSAND = 2;

/** How the text from `from` to `to` joins two words of one name (see `Token.joins`): not, by space, by `&`. */
function joinOf(text: string, from: number, to: number): number {
  let i = from;
  let join = JOIN;
  const first = text.charCodeAt(i);
  if (i < to && (first === 39 || first === 0x2019)) i++;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  if (i < to) {
    const c = text.charCodeAt(i);
    if (c === 13 && i + 1 < to && text.charCodeAt(i + 1) === 10) i += 2;
    else if (c === 10) i++;
    else if (c === 38 /* & */) { i++; join = AMPERSAND; } else return NO_JOIN;
    while (i < to && isBlank(text.charCodeAt(i))) i++;
  }
  return i === to ? join : NO_JOIN;
}

export interface Words {
  /** Capitalized words and the small words that may join them (`of`, `the`, `della`); other small words only end runs. */
  tokens: Token[];
  smallWords: Set<string>;
}

/** The words that matter to names, and every word the document writes in small letters. */
export function tokenize(text: string): Words {
  const tokens: Token[] = [];
  const smallWords = new Set<string>();
  let previousEnd = 0;
  let previousInitial = false;
  let previousWord = '';
  let wordBefore = '';
  let previousWordEnd = 0;
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    const start = at;
    let matchEnd: number;
    let latin = true;
    if (isLatinLetter(code)) {
      matchEnd = isInitialAt(text, start) ? start + 2 : latinWordEnd(text, start);
    } else if (code < 128) {
      at++;
      continue;
    } else {
      OTHER_WORD.lastIndex = start;
      if (!OTHER_WORD.test(text)) {
        // A character outside the basic plane is two code units: never start in the middle of one.
        at += code >= 0xD800 && code <= 0xDBFF ? 2 : 1;
        continue;
      }
      matchEnd = OTHER_WORD.lastIndex;
      latin = false;
    }
    at = matchEnd;
    let end = matchEnd;
    const possessive = end - start > 2 && text.charCodeAt(end - 1) === 115 /* s */ && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019);
    if (possessive) end -= 2;
    const word = text.slice(start, end);
    // Only Latin-script names: the lexicons and the rules know no other script.
    const capitalized = code >= 65 && code <= 90 ||
      code > 127 && word[0] !== word[0].toLowerCase() && (latin || LATIN.test(word));
    const lower = capitalized ? word.toLowerCase() : word;
    if (!capitalized) smallWords.add(word);
    if (capitalized || word.length <= 5 && CONNECTORS.has(word)) {
      const initial = capitalized && word.length === 2 && word.charCodeAt(1) === 46;
      const allCaps = capitalized && !initial && word.length > 1 && isAllCaps(word);
      const join = joinOf(text, previousEnd, start);
      tokens.push({
        index: tokens.length,
        start,
        end,
        text: word,
        lower,
        name: allCaps ? nameCase(word) : word,
        initial,
        capitalized,
        allCaps,
        possessive,
        gapStart: previousEnd,
        joins: join !== NO_JOIN,
        ampersand: join === AMPERSAND,
        previous: capitalized && previousWordEnd > 0 && onlySpace(text, previousWordEnd, start) ? previousWord : '',
        wordBefore: capitalized ? wordBefore : '',
        // After an initial (`V. I. Lenin`) a full stop ends no sentence.
        sentenceStart: tokens.length === 0 || capitalized && !previousInitial && endsSentence(text, previousEnd, start),
      });
      previousInitial = initial;
      previousEnd = matchEnd;
    } else {
      previousInitial = false;
    }
    wordBefore = previousWord;
    previousWord = lower;
    previousWordEnd = matchEnd;
  }
  return { tokens, smallWords };
}

/** Whether the text from `from` to `to` ends a sentence; plain spaces never do (most words), and need no pattern. */
function endsSentence(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  return i < to && SENTENCE_END.test(text.slice(from, to));
}
