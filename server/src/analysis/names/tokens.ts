// Words of a text as the name layer sees them: letters with their inner hyphens and apostrophes, a
// possessive split off, initials apart, digits glued to a word (note numbers) left out.
import { detached } from '../blocks';
import { CONNECTORS, lexiconOf, LONG_INITIALS } from './lexicon';

export interface Token {
  /** Its place in the token list of its text (a block of the document). */
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
  /** What the lexicons say of the word (bits of `lexicon.ts`: a common word, a given name, a place...). */
  lexicon: number;
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
const SENTENCE_END = /(?:[.!?:;]["'”’)\]\d]*|[«¿¡]|\n\s*\n|(?:^|\n)\s*(?:#+|>|[*+-]|\d+\.))\s*["“‘([*_]*$/;

const LATIN = /^[\p{Script=Latin}\p{M}'’‐-]+\.?$/u;
const ALL_CAPS = /^[\p{Lu}\p{M}'’-]+$/u;

// What a character below U+1F00 is to `tokenize`, by char code. Each character takes the same steps (one look in the
// table), so that V8 compiles `tokenize` once for all of them: a step that the first words of a process never take
// (a non-breaking space or an accented capital read apart) would make it compile `tokenize` again when a later word does.
/** No letter: ASCII and Latin-1 signs and spaces (the non-breaking space, `©`). */
const NO_LETTER = 0;
/** Any other character: `OTHER_WORD` tells whether a word begins with it. */
const OTHER = 1;
/** A small letter of the Latin script or a combining mark (a word in them is Latin). */
const LATIN_SMALL = 2;
/** A capital of the Latin script. */
const LATIN_CAPITAL = 3;
const LETTER_KINDS = new Uint8Array(0x1F00).fill(OTHER);
for (let c = 0; c < 0x100; c++) LETTER_KINDS[c] = /[\p{L}\p{M}]/u.test(String.fromCharCode(c)) ? OTHER : NO_LETTER;
for (const [from, to] of [[0x41, 0x5A], [0x61, 0x7A], [0xC0, 0xD6], [0xD8, 0xF6], [0xF8, 0x24F], [0x300, 0x36F], [0x1E00, 0x1EFF]]) {
  for (let c = from; c <= to; c++) {
    const letter = String.fromCharCode(c);
    LETTER_KINDS[c] = letter !== letter.toLowerCase() ? LATIN_CAPITAL : LATIN_SMALL;
  }
}
/**
 * What `tokenize` makes of the character `c`: no letter, a Latin letter or mark, or what `OTHER_WORD` tells. The General
 * Punctuation block (dashes, curly quotes) holds no letter.
 */
const letterKind = (c: number): number => (c < 0x1F00 ? LETTER_KINDS[c] : c >= 0x2000 && c <= 0x206F ? NO_LETTER : OTHER);
const isLatinLetter = (c: number): boolean => c < 0x1F00 && LETTER_KINDS[c] >= LATIN_SMALL;

/**
 * The code unit at `at` of `text`, or 0 (a character no test looks for) outside it. `charCodeAt` gives NaN there, but
 * V8 then drops the optimized code of the function that read outside the string, and compiles it again.
 */
export const codeAt = (text: string, at: number): number => (at >= 0 && at < text.length ? text.charCodeAt(at) : 0);
/** Whether a UTF-16 code unit is an ASCII digit. */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Hyphens and apostrophes, which join letters into one word. */
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2019 || c === 0x2010;

/** The end of the Latin word that begins at `start`; a word a line's end breaks with a hyphen (`Univer-\nsity`) is one word. */
function latinWordEnd(text: string, start: number): number {
  let end = start + 1;
  for (;;) {
    while (end < text.length && isLatinLetter(text.charCodeAt(end))) end++;
    if (!(end + 1 < text.length && isJoiner(text.charCodeAt(end)))) return end;
    if (isLatinLetter(text.charCodeAt(end + 1))) {
      end += 2;
      continue;
    }
    const broken = hyphenAtLineEnd(text, end);
    if (broken === 0) return end;
    end += broken + 1;
  }
}

/**
 * The length of a hyphen at `at` that ends a line, with the next line's indent (as entries of a list hang), before a letter
 * of the Latin script: a word broken there (`Univer-\nsity`, `Black-\n    well`), or a compound's (`Franco-\nSoviet`); 0 for none.
 */
function hyphenAtLineEnd(text: string, at: number): number {
  if (text.charCodeAt(at) !== 45 || text.charCodeAt(at + 1) !== 10) return 0;
  let next = at + 2;
  while (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9) next++;
  return isLatinLetter(codeAt(text, next)) ? next - at : 0;
}

/**
 * A word broken at a line's end as the word it is (`Univer-\nsity` -> `University`); a compound's hyphen before a capital
 * stays (`Marx-Engels-\nLenin` -> `Marx-Engels-Lenin`).
 */
const unbroken = (written: string): string => (written.includes('-\n') ? written.replace(BROKEN_AT_LINE_END, (_, capital: string) => capital ? `-${capital}` : '') : written);
const BROKEN_AT_LINE_END = /-\n[ \t]*(\p{Lu})?/gu;

/** `V.`: a capital and a full stop not followed by a small letter. */
function isInitialAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 65 || c > 90 || codeAt(text, at + 1) !== 46) return false;
  const next = codeAt(text, at + 2);
  return !(next >= 97 && next <= 122);
}

/** Initials of two letters or more (see `LONG_INITIALS`), before a capitalized word. */
const LONG_INITIAL_WORDS = new Set(LONG_INITIALS);

/** Where a long initial at `at` ends (after its full stop), or -1. */
function longInitialEnd(text: string, at: number): number {
  for (let stop = at + 2; stop <= at + 4; stop++) {
    const c = codeAt(text, stop);
    if (c === 46) {
      const next = codeAt(text, stop + 2);
      const space = codeAt(text, stop + 1);
      return (space === 32 || space === 10) && next >= 65 && next <= 90 && LONG_INITIAL_WORDS.has(text.slice(at, stop)) ? stop + 1 : -1;
    }
    if (!(c >= 97 && c <= 122)) return -1;
  }
  return -1;
}

/** `al-Banna`, `el-Sadat`: a name after the Arabic article, which is written in small letters. */
function arabicArticleAt(text: string, start: number, end: number): boolean {
  if (end - start <= 4) return false;
  const c = text.charCodeAt(start + 3);
  return text.charCodeAt(start + 1) === 108 && (text.charCodeAt(start + 2) === 45 || text.charCodeAt(start + 2) === 0x2010) &&
    (c >= 65 && c <= 90 || c > 127 && text[start + 3] !== text[start + 3].toLowerCase());
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

/** Whether only spaces and tabs stand between the start of a line and `at`. */
export function atLineStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}

/** Whether `text` holds only white space (at least one character of it) from `from` to `to`. */
function onlySpace(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Words abbreviated with a full stop before a name, which ends no sentence there and joins the word to the name: titles
 * (`Mrs. Thatcher`, `Dr. Baker`: else a surname that is a common word would begin a sentence alone), `St.`, `Mt.`, `Ft.`
 * (`St. Petersburg`, `Mt. Sinai`).
 */
const ABBREVIATIONS_BEFORE_NAMES = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'Mme', 'St', 'Ste', 'Mt', 'Ft']);

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
  // A gap of four spaces or more parts columns or fields of a PDF's line (`HARBOUR STUDIES      Vol. 7`), not words of one name.
  if (i - from > 3) return NO_JOIN;
  let lineBreak = false;
  // At most one line break and one ampersand, in either order (`Harper &⏎Brothers`, `Harper⏎& Brothers`).
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!lineBreak && (c === 10 || c === 13 && i + 1 < to && text.charCodeAt(i + 1) === 10)) {
      i += c === 13 ? 2 : 1;
      lineBreak = true;
    } else if (join === JOIN && c === 38 /* & */) {
      i++;
      join = AMPERSAND;
    } else return !lineBreak && join === JOIN && isNicknameGap(text, from, to) ? JOIN : NO_JOIN;
    while (i < to && isBlank(text.charCodeAt(i))) i++;
  }
  if (lineBreak && join === JOIN && endsShortLine(text, from, to)) return NO_JOIN;
  return join;
}

/** One capitalized word in double quotes between two names: `Francisco "Pancho" Villa`, `Ernesto “Che” Guevara`. */
const NICKNAME_AFTER = /["“]\p{Lu}[\p{L}'’.-]*["”] \p{Lu}/uy;
const NICKNAME_BEFORE = /(?:^|\s)\p{Lu}[\p{L}'’.-]* ["“]\p{Lu}[\p{L}'’.-]*["”]$/u;
const CAPITALIZED_BEFORE = /(?:^|\s)\p{Lu}[\p{L}'’.-]*$/u;

/** Whether the gap from `from` to `to` opens or closes a nickname between a given name and a surname (see `NICKNAME_AFTER`). */
function isNicknameGap(text: string, from: number, to: number): boolean {
  // Read by its two characters, not cut out of the text: most gaps between words are punctuation (`, `), asked about here.
  if (to - from !== 2) return false;
  const first = text.charCodeAt(from);
  const second = text.charCodeAt(from + 1);
  if (first === 32 && (second === 34 || second === 0x201C)) {
    NICKNAME_AFTER.lastIndex = from + 1;
    return NICKNAME_AFTER.test(text) && CAPITALIZED_BEFORE.test(text.slice(Math.max(0, from - 30), from));
  }
  return (first === 34 || first === 0x201D) && second === 32 && NICKNAME_BEFORE.test(text.slice(Math.max(0, from - 40), from + 1));
}

/**
 * Whether the line that ends at `from` is a short one before a long one that starts at `to`: a heading or a paragraph's
 * last line, where a text of one paragraph a line goes on with no blank line (`… and the UDF⏎P. W. Botha, who became
 * prime minister …`), not a line of hard-wrapped prose, which runs on into the next.
 */
function endsShortLine(text: string, from: number, to: number): boolean {
  const length = from - (text.lastIndexOf('\n', from - 1) + 1);
  if (length >= SHORT_LINE) return false;
  const nextEnd = text.indexOf('\n', to);
  return (nextEnd < 0 ? text.length : nextEnd) - to > Math.max(2 * length, LONG_LINE);
}
/** Shorter than this, a line ends a paragraph or heads one rather than breaking a line of prose. */
const SHORT_LINE = 45;
/** Longer than this, a line holds a paragraph of its own. */
const LONG_LINE = 100;

/**
 * A number below 2^16 that words of one length, first and last letter share (with other words): a cheap
 * test before a word is cut out of the text.
 */
const shapeOf = (text: string, start: number, end: number): number =>
  Math.min(end - start, 15) << 12 | (text.charCodeAt(start) & 63) << 6 | text.charCodeAt(end - 1) & 63;

/** A set of shapes (see `shapeOf`) of `words`. */
function shapesOf(words: Iterable<string>): Uint8Array {
  const shapes = new Uint8Array(1 << 16);
  for (const word of words) if (word.length) shapes[shapeOf(word, 0, word.length)] = 1;
  return shapes;
}

const CONNECTOR_SHAPES = shapesOf(CONNECTORS);
const CONNECTORS_BY_SHAPE = new Map<number, string[]>();
for (const c of CONNECTORS) {
  const shape = shapeOf(c, 0, c.length);
  CONNECTORS_BY_SHAPE.set(shape, [...CONNECTORS_BY_SHAPE.get(shape) ?? [], c]);
}

/** The connector (`of`, `della`) written from `start` to `end`, of that `shape`, if it is one, without cutting the word out. */
function connectorAt(text: string, start: number, end: number, shape: number): string | undefined {
  if (CONNECTOR_SHAPES[shape] === 0) return undefined;
  for (const connector of CONNECTORS_BY_SHAPE.get(shape) as string[]) {
    if (connector.length === end - start && text.startsWith(connector, start)) return connector;
  }
  return undefined;
}

/**
 * The words a text writes in small letters, kept as numbers: most are never asked about, and cutting
 * each out of the text and hashing it would cost more than all the rest of the tokenizing.
 */
export class SmallWords {
  /**
   * Each word as `start * 65536 + shape` (see `shapeOf`): the shape tells most words apart from those asked
   * about without reading the text; the end of the others is read again.
   */
  readonly words: number[] = [];

  constructor(readonly text: string) {}

  add(start: number, shape: number): void {
    this.words.push(start * 65536 + shape);
  }
}

/** Those of `words` that one of the texts of `smallWords` writes as a word of its own in small letters. */
export function writtenInSmallLetters(words: ReadonlySet<string>, smallWords: readonly SmallWords[]): Set<string> {
  const found = new Set<string>();
  const shapes = shapesOf(words);
  for (const { words: packed, text } of smallWords) {
    for (const small of packed) {
      if (shapes[small % 65536] === 0) continue;
      const start = Math.floor(small / 65536);
      const word = text.slice(start, smallWordEnd(text, start));
      if (words.has(word)) found.add(word);
    }
  }
  return found;
}

/** Whether the word from `start` to `end` stands alone in double or curly quotation marks (`"kamo"`, `‘komu’`). */
function isQuotedWord(text: string, start: number, end: number): boolean {
  const before = codeAt(text, start - 1);
  const after = codeAt(text, end);
  return (before === 34 || before === 0x201C || before === 0x2018) && (after === 34 || after === 0x201D || after === 0x2019);
}

/** Whether the word from `start` to `end` ends with `'s` or `’s` (a possessive, which is not part of the word). */
const isPossessive = (text: string, start: number, end: number): boolean =>
  end - start > 2 && text.charCodeAt(end - 1) === 115 /* s */ && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019);

/** The end of the word in small letters (or in a script other than Latin) that `tokenize` read at `start`, its possessive apart. */
function smallWordEnd(text: string, start: number): number {
  let end: number;
  if (isLatinLetter(text.charCodeAt(start))) end = latinWordEnd(text, start);
  else {
    OTHER_WORD.lastIndex = start;
    OTHER_WORD.test(text);
    end = OTHER_WORD.lastIndex;
  }
  return isPossessive(text, start, end) ? end - 2 : end;
}

/** What a token's word is, whatever the text: the same for every occurrence of it. */
interface Word {
  /** The word as written, a word broken at a line's end joined again (see `unbroken`). */
  text: string;
  lower: string;
  name: string;
  allCaps: boolean;
  lexicon: number;
}

/** The words of the texts tokenized so far (a document writes the same words again and again), up to a bound. */
const knownWords = new Map<string, Word>();

/** What the token `written` (capitalized, or a connector) is. */
function wordOf(written: string, capitalized: boolean): Word {
  let word = knownWords.get(written);
  if (word === undefined) {
    if (knownWords.size > 50000) knownWords.clear();
    const key = detached(written);
    const text = unbroken(key);
    const lower = capitalized ? text.toLowerCase() : text;
    const allCaps = capitalized && text.length > 1 && !(text.length === 2 && text.charCodeAt(1) === 46) && isAllCaps(text);
    const name = allCaps ? nameCase(text) : text;
    word = { text, lower, name, allCaps, lexicon: lexiconOf(text, lower, name) };
    knownWords.set(key, word);
  }
  return word;
}

/**
 * `token` with some of its fields changed (a word cut out of it, a noun read after it), made with its fields in the
 * order `tokenize` gives them: a copy by spreading would have another shape (map) in V8, and each function that reads
 * tokens would be compiled again for the other shape.
 */
export function changedToken(token: Token, change: Partial<Token>): Token {
  return {
    index: change.index ?? token.index,
    start: change.start ?? token.start,
    end: change.end ?? token.end,
    text: change.text ?? token.text,
    lower: change.lower ?? token.lower,
    name: change.name ?? token.name,
    initial: change.initial ?? token.initial,
    capitalized: change.capitalized ?? token.capitalized,
    allCaps: change.allCaps ?? token.allCaps,
    possessive: change.possessive ?? token.possessive,
    lexicon: change.lexicon ?? token.lexicon,
    gapStart: change.gapStart ?? token.gapStart,
    joins: change.joins ?? token.joins,
    ampersand: change.ampersand ?? token.ampersand,
    previous: change.previous ?? token.previous,
    wordBefore: change.wordBefore ?? token.wordBefore,
    sentenceStart: change.sentenceStart ?? token.sentenceStart,
  };
}

export interface Words {
  /** Capitalized words, and the small words that may join them (`of`, `the`, `della`) beside one; other small words only end runs. */
  tokens: Token[];
  smallWords: SmallWords;
}

/**
 * The words that matter to names, and every word the document writes in small letters. A connector (`of`, `the`) matters
 * only beside a capitalized word, which ends or begins a run with it: most connectors of a text stand between words in
 * small letters (`the state of affairs`), and making tokens of them would double the tokens the name layer reads.
 */
export function tokenize(text: string): Words {
  // Read first, before any other variable is declared: V8 gives `text.length` the feedback of the `length` of the
  // first local variable too (both are number 0, one among parameters, the other among locals). Shared with the
  // array of tokens, it would make the compiled code check each string's map, and drop the code at a new one.
  const length = text.length;
  const tokens: Token[] = [];
  const smallWords = new SmallWords(text);
  let previousEnd = 0;
  let previousInitial = false;
  // Whether the last token is a word abbreviated with a full stop before a name (see `ABBREVIATIONS_BEFORE_NAMES`).
  let previousAbbreviation = false;
  // The last two words, as offsets, and in small letters once a token needed them (`''`: no word yet).
  let previousWord: string | undefined = '';
  let previousWordStart = 0;
  let previousWordEnd = 0;
  let wordBefore: string | undefined = '';
  let wordBeforeStart = 0;
  let wordBeforeEnd = 0;
  let previousMatchEnd = 0;
  // Whether the last word read was capitalized; a connector after one is a token at once.
  let afterCapitalized = false;
  // A connector after a word in small letters, a token only if the next word is capitalized; and where it ends.
  let pending: Token | null = null;
  let pendingEnd = 0;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    const start = at;
    const kind = letterKind(code);
    let matchEnd: number;
    let latin = true;
    if (kind >= LATIN_SMALL) {
      // A capital, a letter and a space (`He `) is a word: the stop of a long initial stands there (`Ia.`).
      const longInitial = kind === LATIN_CAPITAL && codeAt(text, start + 2) !== 32 ? longInitialEnd(text, start) : -1;
      matchEnd = isInitialAt(text, start) ? start + 2 : longInitial > 0 ? longInitial : latinWordEnd(text, start);
    } else if (kind === NO_LETTER) {
      at++;
      continue;
    } else {
      OTHER_WORD.lastIndex = start;
      if (!OTHER_WORD.test(text)) {
        // A character outside the basic plane is two code units: never start in the middle of one.
        const low = codeAt(text, at + 1);
        at += code >= 0xD800 && code <= 0xDBFF && low >= 0xDC00 && low <= 0xDFFF ? 2 : 1;
        continue;
      }
      matchEnd = OTHER_WORD.lastIndex;
      latin = false;
    }
    at = matchEnd;
    let end = matchEnd;
    const possessive = isPossessive(text, start, end);
    if (possessive) end -= 2;
    // Only Latin-script names: the lexicons and the rules know no other script.
    const capitalized = kind === LATIN_CAPITAL ||
      !latin && text[start] !== text[start].toLowerCase() && LATIN.test(text.slice(start, end)) ||
      (code === 97 || code === 101) && arabicArticleAt(text, start, end);
    const shape = capitalized ? 0 : shapeOf(text, start, end);
    let lower = capitalized ? undefined : connectorAt(text, start, end, shape);
    if (capitalized && pending !== null) {
      tokens.push(pending);
      previousEnd = pendingEnd;
    }
    pending = null;
    if (capitalized || lower !== undefined) {
      const written = lower ?? text.slice(start, end);
      const word = wordOf(written, capitalized);
      lower = word.lower;
      if (!capitalized) smallWords.add(start, shape);
      const initial = capitalized && written.charCodeAt(written.length - 1) === 46;
      // `J.-P. Sartre`: a hyphen joins two initials of one hyphenated given name.
      const afterAbbreviation = previousAbbreviation && capitalized && start === previousEnd + 2 && text.charCodeAt(previousEnd) === 46 && text.charCodeAt(previousEnd + 1) === 32;
      const join = afterAbbreviation || previousInitial && initial && start === previousEnd + 1 && text.charCodeAt(previousEnd) === 45 ? JOIN : joinOf(text, previousEnd, start);
      if (capitalized) {
        previousWord ??= text.slice(previousWordStart, previousWordEnd);
        wordBefore ??= text.slice(wordBeforeStart, wordBeforeEnd);
      }
      const token: Token = {
        index: tokens.length,
        start,
        end,
        text: word.text,
        lower,
        name: word.name,
        initial,
        capitalized,
        allCaps: word.allCaps,
        possessive,
        lexicon: word.lexicon,
        gapStart: previousEnd,
        joins: join !== NO_JOIN,
        ampersand: join === AMPERSAND,
        previous: capitalized && previousMatchEnd > 0 && onlySpace(text, previousMatchEnd, start) ? previousWord as string : '',
        wordBefore: capitalized ? wordBefore as string : '',
        // After an initial (`V. I. Lenin`) a full stop ends no sentence. The text (a block) begins after a
        // blank line, which ends a sentence.
        sentenceStart: capitalized && !previousInitial && !afterAbbreviation &&
          (tokens.length === 0 ? start === 0 || SENTENCE_END.test(`\n\n${text.slice(0, start)}`) : endsSentence(text, previousEnd, start)),
      };
      previousInitial = initial;
      previousAbbreviation = capitalized && codeAt(text, end) === 46 && ABBREVIATIONS_BEFORE_NAMES.has(word.text);
      if (capitalized || afterCapitalized) {
        tokens.push(token);
        previousEnd = matchEnd;
      } else {
        pending = token;
        pendingEnd = matchEnd;
      }
    } else {
      // A word alone in quotation marks is cited as a word (`came out as "kamo"`), not written as one.
      if (!isQuotedWord(text, start, end)) smallWords.add(start, shape);
      previousInitial = false;
      previousAbbreviation = false;
    }
    wordBefore = previousWord;
    wordBeforeStart = previousWordStart;
    wordBeforeEnd = previousWordEnd;
    previousWord = lower;
    previousWordStart = start;
    previousWordEnd = end;
    previousMatchEnd = matchEnd;
    afterCapitalized = capitalized;
  }
  return { tokens, smallWords };
}
/**
 * The characters one of which `SENTENCE_END` needs: an end of sentence, a line break, a heading's or a list's mark; and
 * the marks that open a sentence in French and Spanish (`« Si le ressort`, `¿Dónde está?`).
 */
const SENTENCE_MARKS = new Uint8Array(128);
for (const c of '.!?:;\n#>*+-0123456789') SENTENCE_MARKS[c.charCodeAt(0)] = 1;
/** `«`, `¿`, `¡`: marks that open a quotation in French, or a question or an exclamation in Spanish, by their char code. */
export const isForeignOpening = (c: number): boolean => c === 0xAB || c === 0xBF || c === 0xA1;
/** The characters a match of `SENTENCE_END` is made of: marks, quotation marks, brackets, white space, digits; no letter. */
const SENTENCE_END_CHAR = /[.!?:;"'”’)\]\d\s#>*+\-“‘([_«¿¡]/;
const SENTENCE_END_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) SENTENCE_END_ASCII[c] = SENTENCE_END_CHAR.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * Whether the text from `from` to `to` ends a sentence. A match of `SENTENCE_END` holds no letter, so only the tail of
 * that text after its last other character is read (most of it may be words in small letters), with that character
 * before it (which keeps `^` to the text's start); without a mark in the tail (`, `, ` `: most words) no pattern runs.
 */
function endsSentence(text: string, from: number, to: number): boolean {
  let tail = to;
  let marked = false;
  for (; tail > from; tail--) {
    const c = text.charCodeAt(tail - 1);
    if (c < 128 ? SENTENCE_END_ASCII[c] === 0 : !SENTENCE_END_CHAR.test(text[tail - 1])) break;
    if (c < 128 ? SENTENCE_MARKS[c] === 1 : isForeignOpening(c)) marked = true;
  }
  return marked && SENTENCE_END.test(text.slice(tail > 0 ? tail - 1 : 0, to));
}
