// The grammar of date expressions: one regular expression per kind of expression, tried in order of
// precedence where the scan finds that an expression may start, and a reader per kind that turns the
// matched words into a value. Expressions may break across a line and use any dash or apostrophe.
import { DAY_ORDINAL_WORDS, DECADE_WORDS, MEETING_NOUNS, MONTHS, MONTH_EVENT_NOUNS, ORDINAL_WORDS, OTHER_LANGUAGE_MONTHS, SEASONS, monthNumber } from './lexicon';
import type { DateKind } from '../types';
import { type CalendarPoint, daysInMonth, intervalValue, julianGap, pointValue, yearsValue } from './values';
import { easter } from 'date-easter';
import { REPUBLICAN_MONTHS, REPUBLICAN_YEARS, republicanDay, republicanMonth, republicanSeasonValue, republicanYearIn, republicanYearValue } from './republican';

/**
 * A matched expression's meaning: a value, or a value that waits for what the surrounding text fixes
 * (the year of `in April`, the century of `the thirties`).
 */
export type Reading =
  | { value: string }
  | { needs: 'year'; complete: (year: number) => string; relative?: RelativeMonth; republican?: (republicanYear: number) => string }
  | { needs: 'century'; complete: (century: number) => string }
  | { needs: 'month'; complete: (year: number, month: number) => string | null };

/**
 * A month or season the text places after or before the one it has reached (`the following March`, `the previous
 * December`): its first month, and which way it lies.
 */
export interface RelativeMonth {
  month: number;
  direction: 1 | -1;
}

/** What a start opens with: a letter (as Unicode counts them, `ʼ` too), or anything else (a digit, another apostrophe). */
export type Opening = 'atWord' | 'atNumber';

interface Rule {
  kind: DateKind;
  /** Whether the expression starts with a year, whose left context (`p. 1924`) can deny it. */
  startsWithYear?: boolean;
  /** The calendar it dates by, when not the Gregorian: its later dates without a year take the year of its last. */
  calendar?: 'republican';
  /** Tried only at the words of that calendar (`Year III`, `late Messidor`), in a text that dates by it: elsewhere they are other words. */
  calendarWords?: true;
  /** Whether the expression has an era (`431 BC`), which the scan finds: its rule is tried only there. */
  era?: boolean;
  /**
   * The expression as it opens with a word, and as it opens with a number: each without the alternatives that cannot
   * open so, for a start tries only one, and V8 compiles all that a pattern holds, even what fails at once. Neither
   * captures: in a pattern of several rules, each rule's group is its place.
   */
  atWord?: string;
  atNumber?: string;
  read: (match: string) => Reading | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: string[]) => words.sort((a, b) => b.length - a.length).map(escape).join('|');
/** A word with its first letter in either case. */
export const anyCase = (word: string) => `[${word[0].toUpperCase()}${word[0]}]${escape(word.slice(1))}`;

/** Spaces, or a line break with the spaces around it. */
const GAP = String.raw`(?:[ \t\u00a0]*\r?\n[ \t\u00a0]*|[ \t\u00a0]+)`;
const DASH = String.raw`[ \t\u00a0]?(?:[-‐‑‒–—−]|&[nm]dash;)(?:[ \t\u00a0]?|\r?\n)`;
const APOSTROPHE = "['’‘ʼ´`]";
/** What joins the ends of a range of days or months: a dash, or `to`, `through`, `until`; German's `bis` (`1930 bis 1933`). */
const TO = `(?:${DASH}|${GAP}(?:to|through|until|till|bis)${GAP})`;
/** What joins two days of one month: those ends, or `and` (`3 and 4 November 1918`, `May 3 and 4`). */
const TO_OR_AND = `(?:${TO}|${GAP}and${GAP})`;
/** The end of a word or number; a superscript digit after it is a note marker (`1917¹²`), not more of the number. */
const END = String.raw`(?![\p{L}\d])`;
const THE = `[Tt]he${GAP}`;
/** What opens a range whose ends `and` joins: `between 1923 and 1928`. */
const BETWEEN = `[Bb]etween${GAP}`;

/** A month name, or an abbreviation without its period right before a number (`Sept 1939`, `Aug 4`). */
const MONTH = `(?:(?:${alternatives(MONTHS.flatMap(([name]) => [name, name.toUpperCase()]))})(?!\\p{L})`
  + `|(?:${alternatives(MONTHS.filter(([name]) => name.endsWith('.')).map(([name]) => name.slice(0, -1)))})(?=[ \u00a0]\\d))`;
/** The digits of a day of a month. */
const DAY_DIGITS = String.raw`(?:[12]\d|3[01]|0?[1-9])`;
/** The number of a day of a month, not inside a longer number or word. */
const DAY_OF_MONTH = String.raw`(?<![\p{L}\p{N}.,;:])${DAY_DIGITS}`;
/** A month name of another language, capitalized or not (see `OTHER_LANGUAGE_MONTHS`). */
const OTHER_MONTH = `(?:${[...OTHER_LANGUAGE_MONTHS.keys()].sort((a, b) => b.length - a.length).map(anyCase).join('|')})${END}`;
/** A day before a month of another language: `4`, `1er`, `1º`, `4.` (German). */
const OTHER_DAY = String.raw`${DAY_OF_MONTH}(?:er|º|°|\.)?`;
/** Not before a noun that makes the date the name of an event (`the October Revolution`, `the 26th of July Movement`). */
const NO_EVENT_AFTER = `(?!${GAP}(?:${alternatives([...MONTH_EVENT_NOUNS])})${END})`;
/**
 * What follows a day named alone (`on the 25th`): the end of a clause, a name, or a word that goes on the sentence, no
 * noun the number counts.
 */
const DAY_ALONE_AFTER = String.raw`[ \t\u00a0]*(?:[.,;:)\]—–]|\r?\n|$)|${GAP}(?:(?!(?:Congress|Conference|Party|Army|Division|Corps|Regiment|Brigade|Battalion|Amendment|Arrondissement|District|Century|Plenum|Session|International|Parliament|Duma|Street|Avenue|Dynasty|Fleet|Legion)${END})\p{Lu}|(?:the|a|an|some|many|all|most|several|both|every|he|she|it|they|we|his|her|their|when|while|at|in|as|was|were|there|this|that|\p{Ll}+ed)${END})`;
/** What Spanish and Portuguese put before a month or a year: `20 de agosto de 1940`. */
const DE = `(?:del?${GAP})?`;
const DAY = String.raw`${DAY_OF_MONTH}(?:st|nd|rd|th)?${END}`;
/** A year of the last thousand years or so, maybe with a letter telling two works of one year apart (`1991a`). */
const YEAR_DIGITS = String.raw`(?:1\d{3}|20\d{2})(?=[a-h]?${END})`;
const YEAR = String.raw`(?<![\p{L}\d])${YEAR_DIGITS}`;
/**
 * A day and a year after a space or a line break, without the lookbehind that would test that space again: V8
 * compiles each lookaround anew, in every place of a pattern.
 */
const DAY_AFTER_GAP = String.raw`${DAY_DIGITS}(?:st|nd|rd|th)?${END}`;
/** A day of a month spelled as its ordinal: `fifth`, `twenty-first`, `Twenty first` (not `second-guess`). */
const DAY_WORD = `(?:${Object.keys(DAY_ORDINAL_WORDS).sort((a, b) => b.length - a.length).map((word) => anyCase(word).replace('-', `(?:-|${GAP})`)).join('|')})${END}(?!-)`;
/** A day of a month in figures or in words. */
const DAY_FIGURE_OR_WORD = `(?:${DAY_AFTER_GAP}|${DAY_WORD})`;
const YEAR_AFTER_GAP = YEAR_DIGITS;
const YEAR_END = String.raw`(?:1\d{3}|20\d{2}|${APOSTROPHE}?\d{1,2})${END}`;
const SEASON = `(?:${Object.keys(SEASONS).map(anyCase).join('|')})${END}`;
const PART = '(?:[Ee]arly|[Ll]ater?|[Mm]id)';
/**
 * A month and the next, joined by `and` or `or`, each maybe early, mid- or late (`July and August`, `late September and
 * October`): together, one span of time. Months further apart are two dates (`in March and May 1937`).
 */
const MONTH_AND_NEXT = (() => {
  const names = (month: number) => `(?:${alternatives(MONTHS.filter(([, m]) => m === month).map(([name]) => name))})(?!\\p{L})`;
  const pairs = MONTHS.filter(([name, month]) => month < 12 && !name.endsWith('.')).map(([, month]) => `${names(month)}${GAP}(?:and|or)${GAP}(?:${PART}(?:-|${GAP}))?${names(month + 1)}`);
  return `(?:${PART}(?:-|${GAP}))?(?:${pairs.join('|')})`;
})();
/** Not after a people's adjective, which makes the month that follows an event (`the Polish October`, `the Hungarian October`). */
const NOT_A_PEOPLES = String.raw`(?<!(?:^|[^\p{L}])\p{Lu}\p{L}*(?:ish|ian|an|ese|ISH|IAN|AN|ESE)[ \t\u00a0]+)`;
/**
 * Not a capitalized season after a name, which makes it an event (`the Prague Spring`, `the Hot Autumn`); a word
 * of time before it does not (`In Spring 1936`).
 */
const NOT_NAMED = String.raw`(?:(?=\p{Ll})|(?<!(?<!\p{L})(?!(?:In|By|During|Since|Until|From|After|Before|The|Of|That|This|Early|Late|Mid)[^\p{L}])\p{Lu}\p{Ll}+[ \t\u00a0]+))`;
/** The first or last days or weeks of a month: `the first days of May`, `the last week of June`. */
const DAYS_OF = `(?:first|last|opening|closing)${GAP}(?:days?|weeks?)${GAP}of${GAP}`;
const PART_OF = `(?:beginning|start|end|middle|close|(?:first|second|latter)${GAP}half|(?:early|later?|latter)${GAP}part)${GAP}of${GAP}`;
/** What may stand before a century's ordinal: `the end of (the)`, `late`, `mid-`. */
const CENTURY_PART = `(?:${PART_OF}(?:${THE})?|${PART}(?:-|${GAP}))`;
const DECADE_DIGITS = String.raw`(?:(?<!\d)\d{3}0${APOSTROPHE}?s|${APOSTROPHE}\d0s)${END}`;
/** `60s`, `60's`: a decade only where `the` stands before it (`in his 60s` is an age). */
const DECADE_SHORT = String.raw`(?<!\d)\d0${APOSTROPHE}?s${END}`;
/** `thirties`, and `'thirties` as older prose writes it. */
const DECADE_WORD = `${APOSTROPHE}?(?:${Object.keys(DECADE_WORDS).map(anyCase).join('|')})${END}`;
/** A decade in digits, maybe with the end of a range of decades: `1920s`, `’30s`, `1930s–40s`, `1930s to 1970s`. */
const DECADES_DIGITS = `${DECADE_DIGITS}(?:(?:${DASH}|${GAP}to${GAP})(?:\\d\\d)?\\d0${APOSTROPHE}?s${END})?`;
/** Where the second of two decades stands: after a decade and `and`, `or`, `to` (`the thirties and forties`, `the 1920s and 30s`). */
const SECOND_DECADE = `(?<=(?:ies|0s|0${APOSTROPHE}s)${GAP}(?:and|or|to)${GAP})`;
/** The 1900s as a decade before another: `the 1900s and 1910s`. */
const ROUND_DECADE = `\\d\\d00${APOSTROPHE}?s(?=${GAP}(?:and|or|to)${GAP}(?:${THE})?\\d\\d[1-9]0${APOSTROPHE}?s${END})`;
/** The hundreds spelled before a decade: `the nineteen-thirties`, `the eighteen-forties`. */
const HUNDREDS_WORD = '(?:[Nn]ineteen|[Ee]ighteen|[Ss]eventeen)';
const HUNDREDS: Readonly<Record<string, number>> = { seventeen: 1700, eighteen: 1800, nineteen: 1900 };
const ORDINAL_NUMBER = String.raw`(?<!\d)\d{1,2}(?:st|nd|rd|th)`;
const ORDINAL = `(?:${Object.keys(ORDINAL_WORDS).map(anyCase).join('|')}|${ORDINAL_NUMBER})`;

/** A month of the French Republican calendar, with or without its accent, capitalized or not (as French writes it). */
const REPUBLICAN_MONTH = `(?:${REPUBLICAN_MONTHS.map((name) => anyCase(name.toLowerCase()).replace(/[éô]/gu, (c) => `[${c}${c.normalize('NFD')[0]}]`)).join('|')})${END}`;
/** Its year after a day: `Year II`, `of the Year III`, `an II`, `de l'an III`. */
const REPUBLICAN_YEAR = `,?${GAP}(?:(?:of${GAP}(?:the${GAP})?)?[Yy]ear|(?:de${GAP}l['’])?an)${GAP}(?:${alternatives([...REPUBLICAN_YEARS])})${END}`;
const REPUBLICAN_MONTH_WORD = new RegExp(REPUBLICAN_MONTH, 'u');
/** What a day of the Republican calendar looks like, tested first as most numbers tried are not one (`17th century`, `10 The`). */
const REPUBLICAN_DAY_AHEAD = `(?=\\d{1,2}(?:[-–]\\d{1,2})?\\s+[${[...new Set(REPUBLICAN_MONTHS.map((name) => name[0]))].map((c) => c + c.toLowerCase()).join('')}]\\p{Ll}{4})`;
const REPUBLICAN_YEAR_NUMERAL = /(?<=\s)[IVX]+$/u;

/** A Republican year after its word: `Year II`, `l'an III`. */
const REPUBLICAN_YEAR_ALONE = `(?:Year|(?<=l['’])an)${GAP}(?:${alternatives([...REPUBLICAN_YEARS])})${END}`;
/** Where the words of the Republican calendar are, for a text that dates by it: its years and its months. */
export const REPUBLICAN_WORD = new RegExp(`(?:Year|(?<=l['’])an)(?=\\s+[IVX])|${REPUBLICAN_MONTH}`, 'gu');
/** The Republican year a match ends with (`Year III` is 3). */
const numeralYear = (m: string) => REPUBLICAN_YEARS.indexOf(REPUBLICAN_YEAR_NUMERAL.exec(m)![0]) + 1;

/** Every month of the Republican calendar has thirty days. */
const REPUBLICAN_MONTH_DAYS = 30;

/** `in Germinal`, `late Messidor`: the month, or its first, middle or last ten days, in the Republican year of the calendar's last date. */
function republicanMonthReading(m: string): Reading {
  const month = republicanMonth(REPUBLICAN_MONTH_WORD.exec(m)![0]);
  const [first, last] = daysOfPart(partIn(m), REPUBLICAN_MONTH_DAYS);
  const value = (year: number) => intervalValue(republicanDay(year, month, first), republicanDay(year, month, last));
  return { needs: 'year', complete: (year) => value(republicanYearIn(year, month, first)), republican: value };
}

/**
 * `9 Thermidor Year II`, `9-10 Thermidor`: the Gregorian days. Without its year, the Republican year of the calendar's
 * last date fixes it, or the Gregorian year of an equivalent beside it (`complete`).
 */
function republicanDays(m: string): Reading | null {
  const month = republicanMonth(REPUBLICAN_MONTH_WORD.exec(m)![0]);
  const [first, last = first] = daysIn(m);
  if (last > REPUBLICAN_MONTH_DAYS || last < first) return null;
  const value = (year: number) => intervalValue(republicanDay(year, month, first), republicanDay(year, month, last));
  if (REPUBLICAN_YEAR_NUMERAL.test(m)) return { value: value(numeralYear(m)) };
  return { needs: 'year', complete: (year) => value(republicanYearIn(year, month, first)), republican: value };
}

/** Before the common era: `BC`, `B.C.`, `BCE`, and in lower case as small capitals come out of PDFs (`431 bc`). */
const BC = String.raw`(?:BCE?|B\.\s?C\.(?:\s?E\.)?|bce?|b\.c\.)(?![\p{L}\d])`;
/** The common era, after a year: `70 AD`, `AD`, `A.D.`, `CE`. */
const AD = String.raw`(?:AD|A\.\s?D\.|CE|C\.\s?E\.)(?![\p{L}\d])`;
/** A year of any size, for an era to say which: `431 BC`, `AD 70`. */
const ERA_YEAR = String.raw`(?<![\p{L}\d.,])\d{1,4}`;
const BEFORE_ERA = new RegExp(BC, 'u');
const isBeforeEra = (s: string) => BEFORE_ERA.test(s);
/** The astronomical year (ISO 8601: 1 BC is 0) of a year of an era. */
const eraYear = (year: number, beforeEra: boolean) => (beforeEra ? 1 - year : year);

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
/**
 * The numbers that `pattern` finds in `s`, pushed (see arrays.ts): a compiled `map` stores them as doubles, and a year
 * read back from such an array is no small integer to V8, which then drops the date layer's compiled code.
 */
function numbersIn(s: string, pattern: RegExp): number[] {
  const found: number[] = [];
  for (const m of s.matchAll(pattern)) found.push(Number.parseInt(m[0], 10));
  return found;
}
const numbers = (s: string) => numbersIn(s, /\d+/g);
const yearsIn = (s: string) => numbersIn(s, /(?<!\d)\d{4}(?!\d)/g);
const MONTH_WORD = new RegExp(MONTH, 'gu');
const DAY_NUMBER = new RegExp(DAY, 'gu');
const monthsIn = (s: string) => [...s.matchAll(MONTH_WORD)].map((m) => monthNumber(m[0])!);
const OTHER_MONTH_WORDS = new RegExp(OTHER_MONTH, 'gu');
const otherMonthsIn = (s: string) => [...s.matchAll(OTHER_MONTH_WORDS)].map((m) => OTHER_LANGUAGE_MONTHS.get(m[0].toLowerCase())!);
const otherMonthIn = (s: string) => otherMonthsIn(s)[0];
const daysIn = (s: string) => numbersIn(s, DAY_NUMBER);
const DAY_WORD_IN = new RegExp(`(?<!\\p{L})${DAY_WORD}`, 'u');
/** The day of a date, in figures or in words (`the fifth of March`). */
const dayIn = (s: string) => daysIn(s)[0] ?? DAY_ORDINAL_WORDS[DAY_WORD_IN.exec(s)![0].toLowerCase().replace(/[-\s]+/u, '-')];
const seasonIn = (s: string) => SEASONS[/spring|summer|autumn|fall|winter/i.exec(s)![0].toLowerCase()];

type Part = 'early' | 'mid' | 'late';
function partIn(s: string): Part | null {
  const word = /\b(early|mid|later?|beginning|start|middle|end|close|first|second|latter)\b/i.exec(s)?.[1].toLowerCase();
  if (word === undefined) return null;
  if (['early', 'beginning', 'start', 'first'].includes(word)) return 'early';
  if (['mid', 'middle'].includes(word)) return 'mid';
  return 'late';
}

/** A short end takes what it leaves out from the start: `1923–30` ends in 1930, `1968–9` in 1969. Null when the end is not later. */
function rangeEnd(start: number, end: number): number | null {
  const omitted = end < 10 ? 10 : 100;
  const full = end >= 1000 ? end : Math.floor(start / omitted) * omitted + end;
  return full > start ? full : null;
}

/** The longest span two years joined by a slash cover (`1918/19`, `1941/1942`); farther apart they are two years. */
const SLASHED_SPAN = 10;
/**
 * Whether `first/second` is a year of the Hijri (or the Ottoman Rumi) calendar, then the Gregorian one it overlaps
 * (`1293/1876`, `1307/1889`): a Gregorian year of the last three centuries runs 575 to 590 years ahead of either.
 */
export const isHijriThenGregorian = (first: number, second: number): boolean => second - first >= 575 && second - first <= 590;

function yearRange(match: string): Reading | null {
  const [start, end] = numbers(match);
  const last = rangeEnd(start, end);
  return last === null ? null : { value: yearsValue(start, last) };
}

/** The months a season covers in a year; winter runs into the next year. */
function seasonValue(season: { first: number; last: number }, year: number, lastYear = year): string {
  const endYear = season.last < season.first ? Math.max(lastYear, year + 1) : lastYear;
  return intervalValue({ year, month: season.first }, { year: endYear, month: season.last });
}

/** Part of a month: its first, middle or last ten days, or one of its halves. */
type MonthPart = Part | 'first half' | 'second half';

/**
 * A month, or its first, middle or last ten days after `early`, `mid-` or `late` (`early May 1940`, `mid-July`), as the
 * Republican months are read, or its half (`the first half of June`); `the end of February`, `the first days of May`
 * say less, and are the month.
 */
function monthPartIn(m: string): MonthPart | null {
  if (/^(?:early|mid|late)\b/i.test(m)) return partIn(m);
  const half = /\b(first|second|latter)\s+half\b/i.exec(m)?.[1].toLowerCase();
  return half === undefined ? null : half === 'first' ? 'first half' : 'second half';
}

/** The first and last day of a month of `length` days that its part spans; all its days for no part. */
function daysOfPart(part: MonthPart | null, length: number): [number, number] {
  if (part === 'early') return [1, 10];
  if (part === 'mid') return [11, 20];
  if (part === 'first half') return [1, 15];
  if (part === 'second half') return [16, length];
  return part === 'late' ? [21, length] : [1, length];
}

function monthValue(year: number, month: number, part: MonthPart | null): string {
  return intervalValue(...monthSpan(year, month, part));
}

/** The first and last point of a month, or of its part (see `monthValue`). */
function monthSpan(year: number, month: number, part: MonthPart | null): [CalendarPoint, CalendarPoint] {
  if (part === null) return [point(year, month), point(year, month)];
  const [first, last] = daysOfPart(part, daysInMonth(year, month));
  return [point(year, month, first), point(year, month, last)];
}

/** The half, or middle, of a year: `early 1923` is January to June. */
function partOfYear(part: Part, year: number): string {
  const [first, last] = { early: [1, 6], mid: [4, 9], late: [7, 12] }[part];
  return intervalValue({ year, month: first }, { year, month: last });
}

/**
 * Part of a span of years, as the gold reads decades: early 0–4, mid 3–7, late 5–9; centuries likewise, their
 * middle around their round middle year (the mid-nineteenth century is 1830 to 1870).
 */
function partOfSpan(part: Part | null, first: number, length: number): string {
  const half = length / 2;
  if (part === 'early') return yearsValue(first, first + half - 1);
  if (part === 'mid') {
    const step = length / 10;
    const middle = Math.floor((first + half) / step) * step;
    return yearsValue(middle - 2 * step, middle + 2 * step);
  }
  if (part === 'late') return yearsValue(first + half, first + length - 1);
  return yearsValue(first, first + length - 1);
}

function decade(match: string): Reading | null {
  const part = partIn(match.replace(/^[Tt]he\b/, ''));
  const [first, second] = numbers(match);
  if (first >= 1000) {
    if (second !== undefined) { // the 1930s–40s, the 1920s–1930s
      const end = rangeEnd(first, second);
      return end === null ? null : { value: yearsValue(first, end + 9) };
    }
    // The 1800s: a century; the early 1800s. The 2000s are the decade, which essays written since mean by them.
    if (first % 100 === 0 && first < 2000) return { value: partOfSpan(part, first, 100) };
    return { value: partOfSpan(part, first, 10) };
  }
  const tens = first ?? DECADE_WORDS[/[a-z]+ies/i.exec(match)![0].toLowerCase()];
  const hundreds = /seventeen|eighteen|nineteen/i.exec(match)?.[0].toLowerCase();
  if (hundreds) return { value: partOfSpan(part, HUNDREDS[hundreds] + tens, 10) };
  return { needs: 'century', complete: (century) => partOfSpan(part, century + tens, 10) };
}

/** The ordinals of a century expression: `19th`, or a word before `century`, `and`, `or`, `to` or a dash. */
const ORDINAL_IN = /(\d{1,2})(?:st|nd|rd|th)|(twenty[- ]first|[a-z]+)(?=[- \n]+(?:centur|and|or|to|[-–—]))/gi;

/** The n-th century of an era as a span of 100 astronomical years: the fifth century BC runs from -0499 to -0400. */
const centuryStart = (n: number, beforeEra: boolean) => (beforeEra ? 1 - n * 100 : (n - 1) * 100 + 1);

/**
 * The twentieth century; the late nineteenth century; the fifth century BC; the twelfth and thirteenth centuries,
 * the late eighteenth and early nineteenth centuries: from the start of the first (or its part) to the end of the last.
 */
function century(match: string): Reading | null {
  const beforeEra = isBeforeEra(match);
  const words = match.replace(/\s+/g, ' ');
  const spans: string[] = [];
  let from = 0;
  for (const m of words.matchAll(ORDINAL_IN)) {
    const n = m[1] ? Number(m[1]) : ORDINAL_WORDS[m[2].toLowerCase().replace(' ', '-')];
    if (!n) continue;
    // `the second half of`, `late`: the words before this ordinal (never the `first` of `twenty-first`).
    spans.push(partOfSpan(partIn(words.slice(from, m.index)), centuryStart(n, beforeEra), 100));
    from = m.index + m[0].length;
  }
  if (spans.length === 0) return null;
  const [first, last] = [spans[0], spans.at(-1)!];
  const start = first.split('/')[0];
  const end = last.split('/').at(-1)!;
  return Number.parseInt(start, 10) <= Number.parseInt(end, 10) ? { value: start === end ? start : `${start}/${end}` } : null;
}

/** The years around a turn of a century: `the turn of the twentieth century`, or of the century nearest the year reached. */
function turnOfCentury(match: string): Reading {
  const ordinal = /\bthe\s+(\d{1,2}(?=st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)[-\s]+century/i.exec(match)?.[1];
  const n = ordinal === undefined ? undefined : Number(ordinal) || ORDINAL_WORDS[ordinal.toLowerCase()];
  const around = (turn: number) => yearsValue(turn - 5, turn + 5);
  return n ? { value: around((n - 1) * 100) } : { needs: 'year', complete: (year) => around(Math.round(year / 100) * 100) };
}

const point = (year: number, month?: number, day?: number): CalendarPoint => ({ year, month, day });

/**
 * Whether two days are one in the Julian calendar (Old Style), then in the Gregorian (New Style), as Russian dates are
 * written until 1918 (`January 9/22, 1905`): the Gregorian is 11 days ahead in the 18th century, 12 in the 19th, 13 after.
 */
function isOldAndNewStyle(oldStyle: CalendarPoint, newStyle: CalendarPoint): boolean {
  const { year } = oldStyle;
  if (year < 1700 || year > 1923 || !oldStyle.month || !newStyle.month || !oldStyle.day || !newStyle.day) return false;
  const ahead = julianGap(year, oldStyle.month);
  const days = (Date.UTC(newStyle.year, newStyle.month - 1, newStyle.day) - Date.UTC(year, oldStyle.month - 1, oldStyle.day)) / 86_400_000;
  return days === ahead;
}

/** A year the text fixes by the one it has named: `of the following year`, `of the previous year`, `the same year`. */
const RELATIVE_YEAR = `,?${GAP}(?:of${GAP})?[Tt]he${GAP}(?:following|next|previous|preceding|same)${GAP}year${END}`;
const yearOffset = (m: string) => (/following|next/.test(m) ? 1 : /previous|preceding/.test(m) ? -1 : 0);

/** What places a month or season relative to the time the text has reached: `that`, `the following`, `the previous`. */
const RELATIVE_TIME = `(?:[Tt]hat|${THE}(?:following|next|previous|preceding|same))${GAP}`;
/** Not the start of a longer expression (`the following May 1937`, `that spring of 1936`). */
/** No number after a day's month on the same line. */
const NO_NUMBER_AFTER = String.raw`(?!,?[ \t\u00a0]*\d)`;
const NOT_OF = `(?!,?${GAP}(?:of${END}|\\d))`;

/** The reading of `that December` (the year reached), `the following March` (the next March after it), … */
function relativeReading(m: string, month: number, complete: (year: number, month: number) => string): Reading {
  const direction = yearOffset(m);
  const value = (year: number) => complete(year, month);
  return direction === 0 ? { needs: 'year', complete: value } : { needs: 'year', complete: value, relative: { month, direction } };
}

/** What follows the (first) ordinal of a century: `century`, or another ordinal and `centuries` (`the twelfth and thirteenth centuries`). */
const CENTURY_AFTER_ORDINAL = `(?:-?(?:${GAP}(?:and|or|to)${GAP}|${DASH})(?:${THE})?${CENTURY_PART}?${ORDINAL}(?:-\\r?\\n|-|${GAP})[Cc]entur(?:ies|y)`
  + `|(?:-\\r?\\n|-|${GAP})[Cc]entury)${END}(?:${GAP}(?:${BC}|${AD}))?`;

/** The rules in order of precedence: at one place of the text, the first that matches wins. */
export const RULES: readonly Rule[] = [
  {
    kind: 'year-range', // 91-88 BC; 431–404 BC
    era: true,
    atNumber: `${ERA_YEAR}${DASH}\\d{1,4}${GAP}?(?:${BC}|${AD})`,
    read: (m) => {
      const beforeEra = isBeforeEra(m);
      const [from, to] = numbers(m).map((n) => eraYear(n, beforeEra));
      return from < to ? { value: yearsValue(from, to) } : null;
    },
  },
  {
    kind: 'year', // 431 BC; c. 330 B.C.; AD 70; 1066 AD
    era: true,
    atWord: `(?<!\\p{L})(?:AD|A\\.\\s?D\\.)${GAP}\\d{1,4}${END}`,
    atNumber: `${ERA_YEAR}${GAP}?(?:${BC}|${AD})`,
    read: (m) => ({ value: pointValue(point(eraYear(numbers(m)[0], isBeforeEra(m)))) }),
  },
  {
    kind: 'decade', // the 330s BC
    era: true,
    atWord: `${THE}\\d{1,3}0${APOSTROPHE}?s${GAP}${BC}`,
    atNumber: `(?<![\\p{L}\\d])\\d{1,3}0${APOSTROPHE}?s${GAP}${BC}`,
    read: (m) => {
      const tens = numbers(m)[0];
      return { value: yearsValue(eraYear(tens + 9, true), eraYear(tens, true)) };
    },
  },
  {
    kind: 'decade', // a decade in the Russian plural, as notes and titles transliterate it: `1920-kh godov`, `1930-e gody`
    atNumber: String.raw`(?<![\p{L}\d])(?:1[5-9]|20)\d0-(?:kh|e)(?![\p{L}\d])`,
    read: (m) => {
      const [first] = numbers(m);
      return { value: yearsValue(first, first + 9) };
    },
  },
  {
    kind: 'date',
    atNumber: String.raw`(?<![\p{N}-])(?:1\d{3}|20\d{2})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\p{N}-])`,
    read: (m) => ({ value: m }),
  },
  {
    // 12.3.1924, 3. 9. 1949 (as Czech and German write it), 3/12/1924: the day first with dots, the month first with slashes,
    // unless a number over 12 says
    kind: 'date',
    atNumber: String.raw`(?<![\p{L}\d./])[0-3]?\d(?:\.[ ]?[0-3]?\d\.[ ]?|/[0-3]?\d/)(?:1\d{3}|20\d{2})${END}`,
    read: (m) => {
      const [a, b, year] = numbers(m);
      const [first, second] = m.includes('/') ? [b, a] : [a, b];
      const [day, month] = second > 12 ? [second, first] : [first, second];
      return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { value: pointValue(point(year, month, day)) } : null;
    },
  },
  {
    kind: 'date', // 18.XI.1918, 18. XI. 1918, 11 VIII 1937: the month in Roman numerals, as Central and East European dates write it
    atNumber: String.raw`(?<![\p{L}\d./])[0-3]?\d(?:\.[ ]?| )(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\.[ ]?| )(?:1\d{3}|20\d{2})${END}`,
    read: (m) => {
      const [day, year] = numbers(m);
      const month = ROMAN_MONTHS.indexOf(/[IVX]+/.exec(m)![0]) + 1;
      return day >= 1 && day <= 31 ? { value: pointValue(point(year, month, day)) } : null;
    },
  },
  {
    // Feb. 24-25, 1956; February 23-March 5, 1937; 24-25 February 1956; 2 June 1924 – 17 November 1929; July 25 through August 20, 1935;
    // between 29 November and 8 December 1847; between 3 and 8 May 1937; the night of 18/19 March 1848; 3 and 4 November 1918;
    // January 9/22, 1905 and 14/27 February 1917, a day in the Julian and the Gregorian calendars: the Gregorian day
    kind: 'date-range',
    atWord: `${MONTH}${GAP}${DAY_AFTER_GAP},?${GAP}${YEAR_AFTER_GAP}${TO}${MONTH}${GAP}${DAY_AFTER_GAP},?${GAP}${YEAR_AFTER_GAP}|${MONTH}${GAP}${DAY_AFTER_GAP}(?:${TO_OR_AND}|/)(?:${MONTH}${GAP})?${DAY},?${GAP}${YEAR_AFTER_GAP}`
      + `|${BETWEEN}(?:${DAY_AFTER_GAP}${GAP}${MONTH}|${MONTH}${GAP}${DAY_AFTER_GAP}|${DAY_AFTER_GAP})(?:,?${GAP}${YEAR_AFTER_GAP})?${GAP}and${GAP}(?:${DAY_AFTER_GAP}${GAP}${MONTH}|${MONTH}${GAP}${DAY_AFTER_GAP}),?${GAP}${YEAR_AFTER_GAP}`,
    atNumber: `${DAY}${GAP}${MONTH},?${GAP}${YEAR_AFTER_GAP}${TO}${DAY}${GAP}${MONTH},?${GAP}${YEAR_AFTER_GAP}|${DAY}${TO_OR_AND}${DAY}${GAP}${MONTH},?${GAP}${YEAR_AFTER_GAP}`
      + `|${DAY}${GAP}${MONTH}${TO}${DAY}${GAP}${MONTH},?${GAP}${YEAR_AFTER_GAP}|${DAY}/${DAY}${GAP}${MONTH},?${GAP}${YEAR_AFTER_GAP}`,
    read: (m) => {
      const [months, days, years] = [monthsIn(m), daysIn(m), yearsIn(m)];
      const [first, last] = [point(years[0], months[0], days[0]), point(years.at(-1)!, months.at(-1), days.at(-1))];
      if (m.includes('/') && isOldAndNewStyle(first, last)) return { value: pointValue(last) };
      const [start, end] = [pointValue(first), pointValue(last)];
      return start < end ? { value: `${start}/${end}` } : null;
    },
  },
  {
    kind: 'date', // March 23, 2004; March the 18th, 1848; 1 April 1957; the 1st of May, 1920; the fifth of March 1921; March fifth, 1953
    atWord: `${MONTH}${GAP}(?:the${GAP})?${DAY_FIGURE_OR_WORD},?${GAP}${YEAR_AFTER_GAP}|${THE}${DAY_FIGURE_OR_WORD}${GAP}(?:of${GAP})?${MONTH},?${GAP}${YEAR_AFTER_GAP}`,
    atNumber: `${DAY}${GAP}(?:of${GAP})?${MONTH},?${GAP}${YEAR_AFTER_GAP}`,
    read: (m) => ({ value: pointValue(point(yearsIn(m)[0], monthsIn(m)[0], dayIn(m))) }),
  },
  {
    kind: 'date-range', // 1 marta – 9 marta 1931; 4 février – 9 mars 1794: days of months of another language
    atNumber: `${OTHER_DAY}${GAP}${DE}${OTHER_MONTH}${TO}${OTHER_DAY}${GAP}${DE}${OTHER_MONTH}${GAP}${DE}${YEAR_AFTER_GAP}`,
    read: (m) => {
      const [first, last] = otherMonthsIn(m);
      const [firstDay, lastDay, year] = numbers(m);
      const [start, end] = [pointValue(point(year, first, firstDay)), pointValue(point(year, last, lastDay))];
      return start < end ? { value: `${start}/${end}` } : null;
    },
  },
  {
    kind: 'date', // 1919. március 21.: Hungarian's year, month and day
    atNumber: `${YEAR}\\.${GAP}${OTHER_MONTH}${GAP}${DAY_AFTER_GAP}\\.`,
    read: (m) => {
      const [year, day] = numbers(m);
      return { value: pointValue(point(year, otherMonthIn(m), day)) };
    },
  },
  {
    kind: 'date', // 4 février 1794; 1er mai 1968; 20 de agosto de 1940; 4. März 1921
    atNumber: `${OTHER_DAY}${GAP}${DE}${OTHER_MONTH}${GAP}${DE}${YEAR_AFTER_GAP}`,
    read: (m) => ({ value: pointValue(point(yearsIn(m)[0], otherMonthIn(m), numbers(m)[0])) }),
  },
  {
    kind: 'month-range', // July and August 1935; late September and October 1939; January or February 1921
    atWord: `${MONTH_AND_NEXT},?${GAP}(?:of${GAP})?${YEAR_AFTER_GAP}`,
    read: (m) => {
      const [first, last] = monthsIn(m);
      const [year] = yearsIn(m);
      const [, second] = m.split(/\s(?:and|or)\s/u);
      return { value: intervalValue(monthSpan(year, first, monthPartIn(m))[0], monthSpan(year, last, monthPartIn(second.trimStart()))[1]) };
    },
  },
  {
    kind: 'month-range', // March-April 1978; December 1923 – January 1924; between March and June 1928
    atWord: `(?:${BETWEEN}${MONTH}(?:,?${GAP}${YEAR_AFTER_GAP})?${GAP}and${GAP}|${MONTH}(?:,?${GAP}${YEAR_AFTER_GAP})?${TO})${MONTH},?${GAP}${YEAR_AFTER_GAP}`,
    read: (m) => {
      const [first, last] = monthsIn(m);
      const years = yearsIn(m);
      const start = point(years[0], first);
      const end = point(years.at(-1)!, last);
      return pointValue(start) < pointValue(end) ? { value: intervalValue(start, end) } : null;
    },
  },
  {
    // April 1922; December, 1923; December of 1929; mid-July 1976, early May 1940 — but `the Polish October, 1956` is an
    // event of that year, named by a people's month
    kind: 'month',
    atWord: `(?:(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|${GAP}))?${NOT_A_PEOPLES}${MONTH},?${GAP}(?:of${GAP})?${YEAR_AFTER_GAP}`,
    read: (m) => ({ value: monthValue(yearsIn(m)[0], monthsIn(m)[0], monthPartIn(m)) }),
  },
  {
    kind: 'month-range', // Mart 1953 – fevral' 1956; mars 1936 – juin 1937: months of another language, each with its year
    atWord: `${OTHER_MONTH}${GAP}${DE}${YEAR_AFTER_GAP}${TO}${OTHER_MONTH}${GAP}${DE}${YEAR_AFTER_GAP}`,
    read: (m) => {
      const [first, last] = otherMonthsIn(m);
      const [firstYear, lastYear] = yearsIn(m);
      const [start, end] = [point(firstYear, first), point(lastYear, last)];
      return pointValue(start) < pointValue(end) ? { value: intervalValue(start, end) } : null;
    },
  },
  {
    kind: 'month', // mars 1938; agosto de 1940; März 1921
    atWord: `${OTHER_MONTH}${GAP}${DE}${YEAR_AFTER_GAP}`,
    read: (m) => ({ value: monthValue(yearsIn(m)[0], otherMonthIn(m), null) }),
  },
  {
    kind: 'season', // the spring and summer of 1937, the summer and autumn of 1929: one span (a winter's year is another question)
    atWord: `(?:${THE})?(?:${anyCase('spring')}${GAP}and${GAP}summer|${anyCase('summer')}${GAP}and${GAP}(?:autumn|fall))${END},?${GAP}(?:of${GAP})?${YEAR_AFTER_GAP}`,
    read: (m) => {
      const [first, last] = [...m.matchAll(/spring|summer|autumn|fall/giu)].map(([season]) => SEASONS[season.toLowerCase()]);
      const [year] = yearsIn(m);
      return { value: intervalValue({ year, month: first.first }, { year, month: last.last }) };
    },
  },
  {
    kind: 'season', // the spring of 1936; Winter 1975-76 — but the Prague Spring of 1968 is an event of that year
    atWord: `(?:${THE})?${NOT_NAMED}${SEASON},?${GAP}(?:of${GAP})?${YEAR_AFTER_GAP}(?:(?:${DASH}|/)${YEAR_END})?`,
    read: (m) => {
      const [year, end] = numbers(m);
      const last = end === undefined ? year : rangeEnd(year, end);
      return last === null ? null : { value: seasonValue(seasonIn(m), year, last) };
    },
  },
  {
    kind: 'part-of-year', // early 1923; the beginning of 1923; mid-1936; early in 1938, late in 1937 (but `later in 1937` is any time after)
    atWord: `(?:(?:${THE})?${PART_OF}|${PART}(?:-|${GAP})|(?:[Ee]arly|[Ll]ate)${GAP}in${GAP})${YEAR}(?!${APOSTROPHE}s)`,
    read: (m) => ({ value: partOfYear(partIn(m)!, yearsIn(m)[0]) }),
  },
  {
    // the late 1920s; the end of the 1920s; the beginning of the '30s; the late twenties; mid-1930s; the second of two without
    // `the` (`the late forties and early fifties`; alone, `early fifties` would be an age)
    kind: 'part-of-decade',
    atWord: `(?:${THE})?${PART_OF}(?:${THE})?(?:${DECADE_DIGITS}|${DECADE_WORD})`
      + `|${THE}${PART}(?:-|${GAP})(?:${DECADE_DIGITS}|${DECADE_SHORT}|${DECADE_WORD})|${PART}(?:-|${GAP})${DECADE_DIGITS}`
      + `|${SECOND_DECADE}${PART}(?:-|${GAP})(?:${DECADE_SHORT}|${DECADE_WORD})`,
    read: decade,
  },
  {
    kind: 'decade', // the 1890s and 1900s, the 1900s and 1910s: beside a decade, the 1900s are a decade too, not a century
    atWord: `${THE}${ROUND_DECADE}`,
    atNumber: `(?<=\\d\\d[1-9]0${APOSTROPHE}?s${GAP}(?:and|or|to)${GAP})\\d\\d00${APOSTROPHE}?s${END}|${ROUND_DECADE}`,
    read: (m) => {
      const [first] = numbers(m);
      return { value: yearsValue(first, first + 9) };
    },
  },
  {
    kind: 'decade', // the 1920s; 1930’s; ’30s; the thirties; the 'thirties; the nineteen-thirties, the eighteen-forties (never `his thirties`: an age)
    // (`ʼ30s` opens with a letter: Unicode counts that apostrophe as one)
    atWord: `${THE}(?:${HUNDREDS_WORD}[- ]?)?${DECADE_WORD}|(?:${THE})?${DECADES_DIGITS}|${THE}${DECADE_SHORT}|${SECOND_DECADE}${DECADE_WORD}`,
    // the second of two: `the thirties and forties`, `the 1920s and 30s`
    atNumber: `${DECADES_DIGITS}|${SECOND_DECADE}(?:${DECADE_WORD}|${DECADE_SHORT})`,
    read: decade,
  },
  {
    // the turn of the century: five years either side of the round year nearest the time the text has reached; the turn
    // of the twentieth century: 1895 to 1905
    kind: 'century',
    atWord: `(?:${THE})?turn${GAP}of${GAP}the${GAP}(?:${ORDINAL}(?:-|${GAP}))?[Cc]entury${END}`,
    read: turnOfCentury,
  },
  {
    // the twentieth century; 19th-century; the late nineteenth century; the first half of the 20th century; the fifth
    // century BC; the twelfth and thirteenth centuries; nineteenth- and twentieth-century thought
    kind: 'century',
    atWord: `(?:${THE})?${CENTURY_PART}?${ORDINAL}${CENTURY_AFTER_ORDINAL}`,
    atNumber: `${ORDINAL_NUMBER}${CENTURY_AFTER_ORDINAL}`,
    read: century,
  },
  {
    kind: 'year-range', // between 1923 and 1928
    atWord: `${BETWEEN}${YEAR_AFTER_GAP}${GAP}and${GAP}(?:${YEAR_AFTER_GAP}|${APOSTROPHE}\\d\\d${END})`,
    read: yearRange,
  },
  {
    // 1934 to 1937; 1934-1943; 1923–30; 1920/21; 1923 1930; 1293/1876, the Gregorian year after the Hijri — but `Hegel
    // 1807/1977` names a work's first year and its edition's
    kind: 'year-range',
    startsWithYear: true,
    atNumber: `${YEAR}(?:${GAP}(?:to|until|till|through|bis)${GAP}(?:${YEAR_AFTER_GAP}|${APOSTROPHE}\\d\\d${END})|(?:${DASH}|/)${YEAR_END}|[ ]${YEAR_AFTER_GAP})(?![-/]\\d)`,
    read: (m) => {
      const [start, end] = numbers(m);
      if (!m.includes('/') || end - start <= SLASHED_SPAN) return yearRange(m);
      return isHijriThenGregorian(start, end) ? { value: pointValue(point(end)) } : null;
    },
  },
  {
    // between 10 and 13 January; 23-26 June; from 3 to 5 May; 18/19 March; January 10-13; 27 October–2 November; 9/22 January — the
    // year comes from the text around (the next year's for a second month before the first: `30 December–2 January`); no
    // number after it on its line (a year the rules with years read), though a note's may open the next line
    kind: 'date-range',
    atWord: `${BETWEEN}${DAY_AFTER_GAP}${GAP}and${GAP}${DAY_AFTER_GAP}${GAP}${MONTH}${NO_NUMBER_AFTER}`
      + `|(?:${BETWEEN})?${MONTH}${GAP}${DAY_AFTER_GAP}(?:${TO_OR_AND}|${TO}${MONTH}${GAP})${DAY}${NO_NUMBER_AFTER}`,
    atNumber: `(?:${DAY}${TO_OR_AND}|${DAY}/|${DAY}${GAP}${MONTH}${TO})${DAY}${GAP}${MONTH}${NO_NUMBER_AFTER}`,
    read: (m) => {
      const months = monthsIn(m);
      const [first, last] = daysIn(m);
      const [startMonth, endMonth] = [months[0], months.at(-1)!];
      if (startMonth === endMonth && first >= last) return null;
      const endYear = (year: number) => (endMonth < startMonth ? year + 1 : year);
      const slashed = m.includes('/');
      return {
        needs: 'year',
        complete: (year) => {
          const [start, end] = [point(year, startMonth, first), point(endYear(year), endMonth, last)];
          return slashed && isOldAndNewStyle(start, end) ? pointValue(end) : intervalValue(start, end);
        },
      };
    },
  },
  {
    // June 12; 12 June; the 23rd of March; the fifth of March; October 3 of the following year — the year comes from the text around
    kind: 'date',
    atWord: `(?:${MONTH}${GAP}${DAY_AFTER_GAP}(?!,?${GAP}?\\d)|${THE}(?:${DAY_AFTER_GAP}${GAP}(?:of${GAP})?|${DAY_WORD}${GAP}of${GAP})${MONTH})(?:${RELATIVE_YEAR}|${NO_EVENT_AFTER})`,
    atNumber: `${DAY}${GAP}(?:of${GAP})?${MONTH}(?:${RELATIVE_YEAR}|${NO_EVENT_AFTER})`,
    read: (m) => {
      const [month] = monthsIn(m);
      const day = dayIn(m);
      const offset = yearOffset(m);
      return { needs: 'year', complete: (year) => pointValue(point(year + offset, month, day)) };
    },
  },
  {
    // on the 25th, of the 27th, Sunday the 21st: a day alone, of the month the text last named, after a preposition or
    // a weekday, and not before a noun it numbers (`the 17th Congress`, `the 20th century`)
    kind: 'date',
    atWord: `(?<=(?:^|[^\\p{L}])(?:[Oo]n|[Bb]y|of|until|till|from|since|before|after|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)${GAP})${THE}${DAY_DIGITS}(?:st|nd|rd|th)${END}(?=${DAY_ALONE_AFTER})`,
    read: (m) => {
      const [day] = daysIn(m);
      return { needs: 'month', complete: (year, month) => (day <= daysInMonth(year, month) ? pointValue(point(year, month, day)) : null) };
    },
  },
  {
    // May '68, Mai 68, juin 68: a month and its year's last two digits, after an apostrophe or, in other languages, alone
    // when they can be no day; the century comes from the text around
    kind: 'month',
    atWord: `(?:${MONTH}${GAP}${APOSTROPHE}|${OTHER_MONTH}${GAP}${APOSTROPHE}?(?=3[2-9]|[4-9]\\d))\\d\\d(?![\\p{L}\\d'’])`,
    read: (m) => {
      const month = monthsIn(m)[0] ?? otherMonthIn(m);
      const year = Number(/\d\d$/.exec(m)![0]);
      return { needs: 'century', complete: (century) => monthValue(century + year, month, null) };
    },
  },
  {
    // (in) April, the end of February, the first days of May, late May, in May of the next year, In May Orwell left, in March
    // and April, between March and April; the November plenum, the July conference, the August trial (held then) — not `the October
    // Revolution`, not `in May Day parades`, not `inspired by October`, not `by August Bebel`
    kind: 'month',
    atWord: `(?:(?:${THE})?(?:${PART_OF}|${DAYS_OF})|${PART}(?:-|${GAP})|(?<=(?:^|[^\\p{L}])(?:[Ii]n|[Ii]nto|[Oo]n|(?<!ed${GAP})[Bb]y|[Uu]ntil|till`
      + `|[Ss]ince|[Ff]rom|[Dd]uring|[Tt]hroughout|[Bb]efore|[Aa]fter|[Bb]etween)${GAP}(?:${MONTH},?${GAP}(?:and|or)${GAP})?)`
      + `|(?<=(?:^|[^\\p{L}])[Tt]he${GAP})(?=${MONTH}${GAP}(?:${[...MEETING_NOUNS, 'elections', 'resolution', 'directive', 'decree', 'trial', 'raid'].join('|')})${END}))${MONTH}`
      + `(?:${RELATIVE_YEAR}|(?!${GAP}\\d)${NO_EVENT_AFTER}(?:(?<!August|AUGUST)|(?!${GAP}\\p{Lu})))`,
    read: (m) => {
      const [month] = monthsIn(m);
      const offset = yearOffset(m);
      const part = monthPartIn(m);
      return { needs: 'year', complete: (year) => monthValue(year + offset, month, part) };
    },
  },
  {
    kind: 'month', // that December, the same May, the following March, the previous December
    atWord: `${RELATIVE_TIME}${MONTH}${NOT_OF}`,
    read: (m) => relativeReading(m, monthsIn(m)[0], (year, month) => pointValue(point(year, month))),
  },
  {
    kind: 'season', // that summer, the following spring, the previous winter
    atWord: `${RELATIVE_TIME}${SEASON}${NOT_OF}`,
    read: (m) => {
      const season = seasonIn(m);
      return relativeReading(m, season.first, (year) => seasonValue(season, year));
    },
  },
  {
    kind: 'season', // (in) the spring, in spring, into the autumn — not `the spring of his life`, not `in fall` (a drop)
    atWord: `(?<=(?:^|[^\\p{L}])(?:[Ii]n|[Ii]nto|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Dd]uring|[Tt]hrough(?:out)?|[Oo]ver)${GAP})(?:${THE}${SEASON}|(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)${END})`
      + `(?!${GAP}of${END})`,
    read: (m) => {
      const season = seasonIn(m);
      return { needs: 'year', complete: (year) => seasonValue(season, year) };
    },
  },
  {
    kind: 'season', // the summer of '36, winter '41: the century comes from the text around
    atWord: `(?:${THE})?${SEASON},?${GAP}(?:of${GAP})?${APOSTROPHE}\\d\\d(?![\\p{L}\\d'’])`,
    read: (m) => {
      const season = seasonIn(m);
      const [year] = numbers(m);
      return { needs: 'century', complete: (century) => seasonValue(season, century + year) };
    },
  },
  {
    kind: 'year', // in '68, in '36 and '37, in 1920 or '21, in 1936, '37, '38: the century comes from the text around
    atNumber: `(?=${APOSTROPHE})(?:(?<=(?:^|[^\\p{L}])(?:[Ii]n|of|[Ss]ince|by|until|from|after|before|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)${GAP})`
      + `|(?<=(?:${APOSTROPHE}\\d\\d|(?<!\\d)\\d{4}),?${GAP}(?:and|or)${GAP})|(?<=(?:${APOSTROPHE}\\d\\d|(?<!\\d)\\d{4}),${GAP}))${APOSTROPHE}\\d\\d(?![\\p{L}\\d'’])`,
    read: (m) => {
      const [year] = numbers(m);
      return { needs: 'century', complete: (century) => pointValue(point(century + year)) };
    },
  },
  {
    kind: 'year', // 1924
    startsWithYear: true,
    atNumber: YEAR,
    read: (m) => ({ value: pointValue(point(Number(m))) }),
  },
  {
    // 9 Thermidor Year II; 22 Prairial; the night of 9-10 Thermidor; 18 brumaire an VIII — after the bare year, which
    // no day of the Republican calendar starts like: the rule costs nothing to the years that come first
    kind: 'date',
    calendar: 'republican',
    atNumber: `${REPUBLICAN_DAY_AHEAD}${DAY}(?:${TO}${DAY})?${GAP}${REPUBLICAN_MONTH}(?:${REPUBLICAN_YEAR})?`,
    read: republicanDays,
  },
  {
    kind: 'season', // the winter of Year III
    calendar: 'republican',
    calendarWords: true,
    atWord: `(?:${THE})?${SEASON}${GAP}of${GAP}(?:the${GAP})?${REPUBLICAN_YEAR_ALONE}`,
    read: (m) => ({ value: republicanSeasonValue(numeralYear(m), seasonIn(m)) }),
  },
  {
    kind: 'year', // Year II, l'an III
    calendar: 'republican',
    calendarWords: true,
    atWord: REPUBLICAN_YEAR_ALONE,
    read: (m) => ({ value: republicanYearValue(numeralYear(m)) }),
  },
  {
    kind: 'month', // in Germinal, late Messidor (not `the men of Thermidor`: the event)
    calendar: 'republican',
    calendarWords: true,
    atWord: `(?:${PART}(?:-|${GAP})|(?<=(?:^|[^\\p{L}])(?:[Ii]n|[Dd]uring)${GAP}))${REPUBLICAN_MONTH}(?!${GAP}?\\d)`,
    read: republicanMonthReading,
  },
  {
    // May Day 1913, the May Day of 1913: the first of May of that year; Christmas 1914, Christmas Eve 1922: their days;
    // Easter 1916: the month of its Easter Sunday (its week may run into the next month, as the Easter Rising did). Bare, a
    // holiday of any year is no date.
    kind: 'date',
    atWord: `(?:${THE})?(?:(?:May|MAY)[- ]?(?:Day|DAY)|Christmas(?:[- ](?:Day|Eve))?|CHRISTMAS|Easter|EASTER),?${GAP}(?:of${GAP})?${YEAR_AFTER_GAP}`,
    read: (m) => {
      const year = yearsIn(m)[0];
      if (/easter/i.test(m)) return { value: pointValue(point(year, easter(year).month)) };
      const [month, day] = /christmas[- ]eve/i.test(m) ? [12, 24] : /christmas/i.test(m) ? [12, 25] : [5, 1];
      return { value: pointValue(point(year, month, day)) };
    },
  },
];
