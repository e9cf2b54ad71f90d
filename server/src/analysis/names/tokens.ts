// Words of a text as the name layer sees them: letters with their inner hyphens and apostrophes, a
// possessive split off, initials apart, digits glued to a word (note numbers) left out.

export interface Token {
  /** Its place in the document's token list. */
  index: number;
  start: number;
  end: number;
  text: string;
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
  /** The first word of a sentence, a paragraph or a line that follows no running prose. */
  sentenceStart: boolean;
}

// A word: letters (with combining marks), joined by hyphens or apostrophes to further letters;
// or an initial: a capital and a full stop not followed by a small letter (`E.H. Carr` has two).
const WORD = /\p{Lu}\.(?!\p{Ll})|[\p{L}\p{M}]+(?:[-‐'’][\p{L}\p{M}]+)*/gu;
const POSSESSIVE = /['’]s$/;
// What stands between the last word of a sentence (or a heading's mark, or a blank line) and the next word.
const SENTENCE_END = /(?:[.!?:;]["'”’)\]\d]*|\n\s*\n|(?:^|\n)\s*(?:#+|>|[*+-]|\d+\.))\s*["“‘([*_]*$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    const start = match.index;
    const possessive = POSSESSIVE.test(word) && word.length > 2;
    if (possessive) word = word.slice(0, -2);
    const initial = /^\p{Lu}\.$/u.test(word);
    const before = text.slice(previousEnd, start);
    const previous = tokens[tokens.length - 1];
    tokens.push({
      index: tokens.length,
      start,
      end: start + word.length,
      text: word,
      initial,
      // Only Latin-script names: the lexicons and the rules know no other script.
      capitalized: /^\p{Lu}/u.test(word) && /^[\p{Script=Latin}\p{M}'’‐-]+\.?$/u.test(word),
      allCaps: !initial && word.length > 1 && /^[\p{Lu}\p{M}'’-]+$/u.test(word),
      possessive,
      before,
      // After an initial (`V. I. Lenin`) a full stop ends no sentence.
      sentenceStart: !previous || (!previous.initial && SENTENCE_END.test(before)),
    });
    previousEnd = match.index + match[0].length;
  }
  return tokens;
}
