// The cheap first pass of the date layer: where an expression can be. Trying the whole grammar at every
// place of a text costs some 200 ms on the corpus; one scan for numbers, a substring search for month
// names and a few keywords, and a step back over the words that may open an expression leave the
// grammar about a thousand places to try.
import { anyCase } from './grammar';
import { DAY_ORDINAL_WORDS, DECADE_WORDS, MONTHS, ORDINAL_WORDS, OTHER_LANGUAGE_MONTHS, SEASONS } from './lexicon';
import { REPUBLICAN_MONTHS } from './republican';

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
/** What may stand between two words of one expression: spaces, a line break, a comma, a dash, a period. */
const SEPARATORS = new Set([...' \t\n\r\u00a0,.-‐‑‒–—−'].map((c) => c.charCodeAt(0)));
/** Spaces and a line break, with the next line's indent (`janvier\n    1954`). */
const MAX_SEPARATORS = 8;
const MAX_PREFIX_WORDS = 6;

/**
 * Words that may open an expression before its number or keyword (`the end of the 1920s`, `March to April 1978`,
 * `the following spring`, `the turn of the century`).
 */
const PREFIX_WORDS = new Set([
  'the', 'of', 'to', 'between', 'that', 'following', 'next', 'previous', 'preceding', 'same', 'last', 'opening', 'closing',
  'day', 'days', 'week', 'weeks', 'early', 'late', 'later', 'mid', 'beginning', 'start', 'end', 'middle', 'close', 'first',
  'second', 'latter', 'half', 'part', 'turn', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'easter', 'christmas', 'eve',
  ...MONTHS.map(([name]) => name.replace('.', '').toLowerCase()), ...Object.keys(SEASONS),
  // `the twenty-fifth of May`: each word of an ordinal.
  ...Object.keys(DAY_ORDINAL_WORDS).flatMap((word) => word.split('-')),
  // `mars 1938`, `agosto de 1940`: a month of another language, and what Spanish and Portuguese put before a year.
  ...OTHER_LANGUAGE_MONTHS.keys(), 'de', 'del',
]);

const ORDINALS = new Set(Object.keys(ORDINAL_WORDS));
/**
 * Words inside an expression that it reaches back over only to certain words: two ordinals (`the twelfth and
 * thirteenth centuries`), a part of a year (`early in 1938`).
 */
const BRIDGES = new Map<string, ReadonlySet<string>>([['and', ORDINALS], ['or', ORDINALS], ['in', new Set(['early', 'late'])]]);

/** Keywords that anchor an expression without a number, found by a fast substring search for a part of them. */
const KEYWORDS = new Set([...Object.keys(DECADE_WORDS), 'century', 'centuries', ...Object.keys(SEASONS)]);
const KEYWORD_PARTS = ['ties', 'ury', 'uries', 'pring', 'ummer', 'utumn', 'winter', 'Winter', 'fall', 'Fall'];

/**
 * The eras, which make any number a year: `431 BC`, `91-88 BC`, `the 330s BC`, `1066 AD` close with theirs,
 * read where the number starts; `AD 70` and `A.D. 70` open with it.
 */
const ERA_AFTER = /\d{1,4}(?:\s?[-–—]\s?\d{1,4})?['’]?s?\s?(?:BCE?|B\.\s?C\.|bce?|b\.c\.|AD|A\.\s?D\.|CE|C\.\s?E\.)(?![\p{L}\d])/uy;
const ERA_BEFORE = /(?:^|[^\p{L}])(AD|A\.\s?D\.)\s+$/u;
const [CAPITAL_D, PERIOD] = [68, 46];

/** Where an expression of an era around the number at `at` starts (the era before it, else the number), or -1. */
function eraStart(text: string, at: number): number {
  ERA_AFTER.lastIndex = at;
  if (ERA_AFTER.test(text)) return at;
  const before = text.charCodeAt(at - 2); // `AD 70`: the era's last letter, then a space
  if (before !== CAPITAL_D && before !== PERIOD) return -1;
  const window = text.slice(Math.max(0, at - 8), at);
  const era = ERA_BEFORE.exec(window);
  return era ? at - window.length + era.index + era[0].indexOf(era[1]) : -1;
}

const APOSTROPHES = "'’‘ʼ´`";
/** Numbers, and apostrophes before a digit (`’30s`). */
const NUMBER = /\d+|['’‘ʼ´`]\d/g;
/** The first letters of each Republican month in lower case, up to its accent (at most five): its accented and unaccented spellings share them. */
const REPUBLICAN_MONTH_PREFIXES = REPUBLICAN_MONTHS.map((name) => name.toLowerCase().split(/[éô]/u)[0].slice(0, 5));

/** A number of one or two digits opens an expression only as a day, an ordinal or a decade: `1 April`, `24-25 May`,
 * `3 to 5 May`, `between 3 and 8 May`, `18/19 March`, `12.3.1924`, `3. 9. 1949`, `18.XI.1918`, `19th`, `30s`, and a day of the
 * Republican calendar as French writes it, in lower case (`16 pluviôse an II`). */
const DAY_OR_ORDINAL = new RegExp(String.raw`\d{1,2}(?:st|nd|rd|th|\s+(?:of\s+)?\p{Lu}|\s+(?:${REPUBLICAN_MONTH_PREFIXES.join('|')})|[-‐‑‒–—−]\d|\s+(?:to|through|until|till|and)\s+\d|\.\s?\d{1,2}\.\s?\d{4}|\/\d{1,2}\/\d{4}|\/\d{1,2}\s+\p{Lu}|\.\s?[IVX]+\.)|\d0['’‘ʼ´\x60]?s`, 'uy');

/** A day before a month of another language, told by the month's first three letters: `4 février`, `1er mai`, `20 de agosto`, `4. März`. */
const DAY_OF_OTHER_MONTH = new RegExp(String.raw`\d{1,2}(?:er|º|°|\.)?\s+(?:del?\s+)?(?:${
  [...new Set([...OTHER_LANGUAGE_MONTHS.keys()].map((name) => name.slice(0, 3)))].map(anyCase).join('|')})`, 'uy');

/** Whether the number `n` at `at` can open or carry an expression: a year, a day, an ordinal, a decade. */
function isUsefulNumber(text: string, at: number, n: string): boolean {
  if (n.length === 4 || !/\d/.test(n[0])) return true;
  if (n.length > 2) return false;
  DAY_OR_ORDINAL.lastIndex = at;
  if (DAY_OR_ORDINAL.test(text)) return true;
  DAY_OF_OTHER_MONTH.lastIndex = at;
  return DAY_OF_OTHER_MONTH.test(text) || Number(n) > 31 && isOtherMonth(text.slice(Math.max(0, at - 12), at));
}
/** Whether a month of another language ends `before`, then a space: the year's last two digits follow (`Mai 68`, `juin 68`). */
const isOtherMonth = (before: string) => OTHER_LANGUAGE_MONTHS.has(/(\p{L}+) $/u.exec(before)?.[1].toLowerCase() ?? '');

/** The first three letters of every month name, capitalized. */
const MONTH_PREFIXES = [...new Set(MONTHS.map(([name]) => name.slice(0, 3)))];

/** Start of the separators (at most a few) before `at`. */
function separatorsStart(text: string, at: number): number {
  let end = at;
  while (end > 0 && at - end < MAX_SEPARATORS && SEPARATORS.has(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Start of the word around `at`; a word ending in an apostrophe after its letters (`fevral'`, a soft sign) from `at` after it. */
function wordStart(text: string, at: number): number {
  let i = at > 1 && APOSTROPHES.includes(text[at - 1]) && isLetter(text.charCodeAt(at - 2)) ? at - 1 : at;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * The length of the next year's last digits after the year that ends at `at` (`/9` after `1648`: the year of a date before
 * 25 March in English Old Style, `30 January 1648/9`), or 0.
 */
export function oldStyleYearEnd(text: string, at: number): number {
  if (text.charCodeAt(at) !== 47 /* / */ || !/^\d{4}$/.test(text.slice(at - 4, at))) return 0;
  const digits = /^\d{1,2}(?!\d)/.exec(text.slice(at + 1, at + 4))?.[0];
  if (digits === undefined) return 0;
  return (Number(text.slice(at - 4, at)) + 1) % 10 ** digits.length === Number(digits) ? digits.length + 1 : 0;
}

/**
 * The places where an expression's number or keyword starts, in text order; those of an era (`431 BC`, `AD 70`)
 * are added to `eras` too, as only they need the rules of eras tried.
 */
export function expressionCores(text: string, eras?: Set<number>): number[] {
  const cores: number[] = [];
  for (const m of text.matchAll(NUMBER)) {
    // The last digits of an Old Style year's next (`1648/9`) open nothing: the year before them is read with them.
    if (m.index > 0 && oldStyleYearEnd(text, m.index - 1) > 0) continue;
    const era = m[0].length <= 4 && /\d/.test(m[0][0]) ? eraStart(text, m.index) : -1;
    if (era >= 0) eras?.add(era);
    if (era >= 0 || isUsefulNumber(text, m.index, m[0])) cores.push(era >= 0 ? era : m.index);
  }
  for (const month of MONTH_PREFIXES) {
    for (let at = text.indexOf(month); at !== -1; at = text.indexOf(month, at + month.length)) {
      if (!isLetter(text.charCodeAt(at - 1))) cores.push(at);
    }
  }
  for (const part of KEYWORD_PARTS) {
    for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) {
      const start = wordStart(text, at);
      let end = at + part.length;
      while (isLetter(text.charCodeAt(end))) end++;
      // `the 'thirties`: the apostrophe opens the keyword.
      if (KEYWORDS.has(text.slice(start, end).toLowerCase())) cores.push(APOSTROPHES.includes(text[start - 1]) ? start - 1 : start);
    }
  }
  return cores.sort((a, b) => a - b);
}

/**
 * Where an expression around the core at `core` may start, the farthest first: the core itself and the
 * starts of the opening words before it.
 */
export function expressionStarts(text: string, core: number): number[] {
  const starts = [core];
  let at = core;
  for (let k = 0; k < MAX_PREFIX_WORDS; k++) {
    const end = separatorsStart(text, at);
    const start = wordStart(text, end);
    const word = text.slice(start, end).toLowerCase();
    const reaches = BRIDGES.get(word);
    if (reaches) {
      const beforeEnd = separatorsStart(text, start);
      const beforeStart = wordStart(text, beforeEnd);
      if (!reaches.has(text.slice(beforeStart, beforeEnd).toLowerCase())) break;
      starts.unshift(beforeStart);
      at = beforeStart;
      continue;
    }
    if (start === end || !PREFIX_WORDS.has(word)) break;
    starts.unshift(start);
    at = start;
  }
  return starts;
}
