// Words of a text as the name layer sees them: letters with their inner hyphens and apostrophes, a
// possessive split off, initials apart, digits glued to a word (note numbers) left out.

export interface Token {
  /** Its place in the document's token list. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** The text in small letters. */
  lower: string;
  /** `V.`: one capital letter and a full stop. */
  initial: boolean;
  /** Begins with a capital letter (in Latin script). */
  capitalized: boolean;
  /** Two or more letters, all capitals (`CPSU`, `TROTSKY`). */
  allCaps: boolean;
  /** Followed by `'s` or `’s`, which is not part of the token. */
  possessive: boolean;
  /** The text between the previous token and this one (the whole prefix for the first token); empty for long small words. */
  before: string;
  /** For a capitalized word: the word before it in small letters, when only white space stands between them. */
  previous: string;
  /** A capitalized word that begins a sentence, a paragraph or a heading (false for other words). */
  sentenceStart: boolean;
}

// A word: letters (with combining marks), joined by hyphens or apostrophes to further letters;
// or an initial: a capital and a full stop not followed by a small letter (`E.H. Carr` has two).
const WORD = /\p{Lu}\.(?!\p{Ll})|[\p{L}\p{M}]+(?:[-‐'’][\p{L}\p{M}]+)*/gu;
const POSSESSIVE = /['’]s$/;
// What stands between the last word of a sentence (or a heading's mark, or a blank line) and the next word.
const SENTENCE_END = /(?:[.!?:;]["'”’)\]\d]*|\n\s*\n|(?:^|\n)\s*(?:#+|>|[*+-]|\d+\.))\s*["“‘([*_]*$/;

const LATIN = /^[\p{Script=Latin}\p{M}'’‐-]+\.?$/u;
const ALL_CAPS = /^[\p{Lu}\p{M}'’-]+$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let previousInitial = false;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    let word = match[0];
    const start = match.index;
    const possessive = word.length > 2 && word.charCodeAt(word.length - 1) === 115 /* s */ && POSSESSIVE.test(word);
    if (possessive) word = word.slice(0, -2);
    const first = word[0];
    // Only Latin-script names: the lexicons and the rules know no other script.
    const capitalized = first !== first.toLowerCase() && LATIN.test(word);
    const initial = capitalized && word.length === 2 && word[1] === '.';
    // Only capitalized words and short words (connectors: `of`, `van`) are ever asked what stands before them.
    const before = capitalized || word.length < 5 ? text.slice(previousEnd, start) : '';
    tokens.push({
      index: tokens.length,
      start,
      end: start + word.length,
      text: word,
      lower: capitalized ? word.toLowerCase() : word,
      initial,
      capitalized,
      allCaps: capitalized && !initial && word.length > 1 && ALL_CAPS.test(word),
      possessive,
      before,
      previous: capitalized && tokens.length > 0 && /^\s+$/.test(before) ? tokens[tokens.length - 1].lower : '',
      // After an initial (`V. I. Lenin`) a full stop ends no sentence.
      sentenceStart: tokens.length === 0 || capitalized && !previousInitial && SENTENCE_END.test(before),
    });
    previousInitial = initial;
    previousEnd = start + match[0].length;
  }
  return tokens;
}
