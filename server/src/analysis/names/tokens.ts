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
  /** The text between the previous token and this one (the whole prefix for the first token). */
  before: string;
  /** For a capitalized word: the word before it in small letters, when only white space stands between them. */
  previous: string;
  /** For a capitalized word: the word before `previous` (`village` in `village of Gori`). */
  wordBefore: string;
  /** A capitalized word that begins a sentence, a paragraph or a heading (false for other words). */
  sentenceStart: boolean;
}

// A word: letters (with combining marks), joined by hyphens or apostrophes to further letters;
// or an initial: a capital and a full stop not followed by a small letter (`E.H. Carr` has two).
// Latin letters come first as explicit ranges: twice as fast as `\p{L}`, which then takes the other scripts.
const LATIN_LETTERS = 'A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF\u0300-\u036F';
// eslint-disable-next-line no-misleading-character-class -- combining marks belong to the word before them
const WORD = new RegExp(`[A-Z]\\.(?![a-z])|[${LATIN_LETTERS}]+(?:[-‐'’][${LATIN_LETTERS}]+)*|[\\p{L}\\p{M}]+(?:[-‐'’][\\p{L}\\p{M}]+)*`, 'gu');
const POSSESSIVE = /['’]s$/;
// What stands between the last word of a sentence (or a heading's mark, or a blank line) and the next word.
const SENTENCE_END = /(?:[.!?:;]["'”’)\]\d]*|\n\s*\n|(?:^|\n)\s*(?:#+|>|[*+-]|\d+\.))\s*["“‘([*_]*$/;

const LATIN = /^[\p{Script=Latin}\p{M}'’‐-]+\.?$/u;
const ALL_CAPS = /^[\p{Lu}\p{M}'’-]+$/u;

/** The words that matter to names, and every word the document writes in small letters. */
/** A word in capitals as a name is written (`TROTSKY` -> `Trotsky`, `DIDI-LILO` -> `Didi-Lilo`). */
export const nameCase = (word: string): string =>
  word.replace(/[\p{L}\p{M}]+/gu, (w) => w[0] + w.slice(1).toLowerCase());

/** Whether `text` holds only white space (at least one character of it) from `from` to `to`. */
function onlySpace(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 160) return false;
  }
  return true;
}

export interface Words {
  /** Capitalized words and the small words that may join them (`of`, `the`, `della`); other small words only end runs. */
  tokens: Token[];
  smallWords: Set<string>;
}

export function tokenize(text: string): Words {
  const tokens: Token[] = [];
  const smallWords = new Set<string>();
  let previousEnd = 0;
  let previousInitial = false;
  let previousWord = '';
  let wordBefore = '';
  let previousWordEnd = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    let word = match[0];
    const start = match.index;
    const possessive = word.length > 2 && word.charCodeAt(word.length - 1) === 115 /* s */ && POSSESSIVE.test(word);
    if (possessive) word = word.slice(0, -2);
    // Only Latin-script names: the lexicons and the rules know no other script.
    const code = word.charCodeAt(0);
    const capitalized = code >= 65 && code <= 90 ? LATIN.test(word) : code > 127 && word[0] !== word[0].toLowerCase() && LATIN.test(word);
    const lower = capitalized ? word.toLowerCase() : word;
    if (!capitalized) smallWords.add(word);
    if (capitalized || CONNECTORS.has(word)) {
      const initial = capitalized && word.length === 2 && word[1] === '.';
      const allCaps = capitalized && !initial && word.length > 1 && ALL_CAPS.test(word);
      const before = text.slice(previousEnd, start);
      tokens.push({
        index: tokens.length,
        start,
        end: start + word.length,
        text: word,
        lower,
        name: allCaps ? nameCase(word) : word,
        initial,
        capitalized,
        allCaps,
        possessive,
        before,
        previous: capitalized && previousWordEnd > 0 && onlySpace(text, previousWordEnd, start) ? previousWord : '',
        wordBefore: capitalized ? wordBefore : '',
        // After an initial (`V. I. Lenin`) a full stop ends no sentence.
        sentenceStart: tokens.length === 0 || capitalized && !previousInitial && SENTENCE_END.test(before),
      });
      previousInitial = initial;
      previousEnd = start + match[0].length;
    } else {
      previousInitial = false;
    }
    wordBefore = previousWord;
    previousWord = lower;
    previousWordEnd = start + match[0].length;
  }
  return { tokens, smallWords };
}
