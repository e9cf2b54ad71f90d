// Where a reference starts and ends in the text around it: sentence and clause boundaries that
// respect initials, abbreviations and parentheses; the locators that follow a reference.
import type { Span } from '../types';
import { BARE_PAGES, CUE, INITIAL, NAME_WITH_PARTICLES, PAGES } from './patterns';
import { letterPattern } from '../letters';
import { LONG_INITIALS } from '../names/lexicon';
import { isDigit } from '../names/tokens';

/**
 * Locators after a reference: `, p. 12`, `, vol. 2`, an archive's `, fol. 4`, a page within an article's `, at 210`, `, chapter 13`, `, bk. 2, ch. 1`, `§ 4`, Harvard's `: 424` or `: xii`,
 * a volume and its pages (`, 4: 402–5`), and
 * pages without `p.` that end it (`, 45.`), also on the next line of a note indented as it runs on.
 */
const LOCATOR_TAIL = new RegExp(String.raw`^\*?(?::\s?(?:\d+(?:\s?[-–]\s?\d+)?(?![\d:])|[ivxlc]{1,6}(?:\s?[-–]\s?[ivxlc]{1,6})?\b))?(?:[,;]?\s?[ \t]*(?:${PAGES}|vols?\.\s?\d+|fols?\.\s?\d+[rv]?(?:\s?[-–]\s?\d+[rv]?)?|ll?\.\s?\d+(?:\s?ob\.)?(?:\s?[-–]\s?\d+(?:\s?ob\.)?)?|at\s\d+(?:\s?[-–]\s?\d+)?(?![\d.,]\d)|chapter\s\d+|no\.\s?\d+|\d{1,3}:\s?\d+(?:\s?[-–]\s?\d+)?(?![\d:])|(?:bk|ch|chap|pt|sec|para)\.\s?(?:\d+|[ivxlc]+\b)|§\s?\d+))*(?:,\s?[ \t]*${BARE_PAGES})?`, 'iu');
/** Abbreviations whose period ends no sentence. */
const ABBREVIATION = letterPattern(/(?:^|[^\p{L}])(?:ed|eds|trans|vol|vols|pp?|no|mass|cf|esp|ch|rev|repr|st|dr|mr|mrs|jr|sr|ltd|inc|co|univ|dept|al)$/iu);

const EDITORS = /^\((?:(?:eds?|trans|comp|hrsg|hg|dir|coord)\.?|with\s[^()]{2,60})\)$/iu;
const SECOND_WORK = letterPattern(/^\),?\s(?:and\s|&\s)?[\p{Lu}*"“]/u);
/** `, and ` before a capital: what joins a second reference to the pages of a first. */
const AND_NEXT = /^,\s(?:and|&)\s(?=[\p{Lu}*"“])/u;
const SENTENCE_GAP = letterPattern(/^["”’)*]*\s+(?=[\p{Lu}*"“])/u);
/** An initial before a full stop (`V`, `Ia` of `L. Ia. Gibianskii`). */
const INITIAL_BEFORE = letterPattern(new RegExp(String.raw`(?:^|[\s.(]|\.-)(?:\p{Lu}|${LONG_INITIALS.join('|')})$`, 'u'));

// The scans below read char codes, not one-character strings: a character above U+00FF read as a string is a string of
// another kind, and V8 would drop the code it compiled for the others the first time it met one.

/** Where the parenthesis or square bracket open at `at` opened (between `floor` and `at`), or -1; closed brackets inside it (`(Holt [1852] 1963; Ilves`) are passed over. */
export function openBracket(text: string, floor: number, at: number): number {
  let closed = 0;
  for (let i = at - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 41 /* ) */ || c === 10 /* \n */) return -1;
    if (c === 93 /* ] */) closed++;
    else if (c === 91 /* [ */ && closed > 0) closed--;
    else if (c === 40 /* ( */ || c === 91 /* [ */) return closed > 0 ? -1 : i;
  }
  return -1;
}

/** Whether `from` lies inside an italic or a curly-quoted title that closes before `at`. */
function inTitleBefore(text: string, from: number, at: number): boolean {
  let stars = 0;
  let quotes = 0;
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 /* * */) stars++;
    else if (c === 0x201C /* “ */) quotes--;
    else if (c === 0x201D /* ” */) quotes++;
  }
  return stars % 2 === 1 || quotes > 0;
}

/**
 * Where the reference that ends at `at` starts: after a sentence, a semicolon, an open parenthesis or an earlier reference,
 * or a line break but in a note (whose lines are wrapped: `Ronald Radosh, …, Spain Betrayed:⏎The Soviet Union …`).
 */
export function referenceStart(text: string, floor: number, at: number, inNote: boolean): number {
  const limit = Math.max(floor, at - 300);
  for (let i = at - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c === 59 /* ; */ || c === 40 /* ( */ || c === 10 /* \n */ && !inNote) return i + 1;
    // A reference's pages, then `, and` and the next: `Holt, *Quays*, pp. 9–14, and Anna Varga, "Ports," …`.
    if (c === 44 /* , */ && isDigit(text.charCodeAt(i - 1))) {
      const next = AND_NEXT.exec(text.slice(i, i + 8));
      if (next) return i + next[0].length;
    }
    if (c === 41 /* ) */) {
      const open = text.lastIndexOf('(', i);
      // The editors' or translators' mark, or a co-author, belongs to the names before it (`Holt and Varga (eds), *Title*`,
      // `Ivo Holt (with Anna Varga), *Title*`).
      const editors = open >= limit && EDITORS.test(text.slice(open, i + 1));
      // A second work after a first one's details (`(New York, 1937), and *The Revolution Betrayed*`).
      if (!editors && SECOND_WORK.test(text.slice(i, i + 8))) return i + 1;
      if (open < limit) return i + 1;
      i = open;
      continue;
    }
    if (c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */) {
      // A sentence ends at `. `, `." `, `.) ` before a capital, unless the period closes an initial or abbreviation,
      // or stands in a title that closes before `at` (`*Workers of the World, Unite! Proceedings*`).
      const after = SENTENCE_GAP.exec(text.slice(i + 1, i + 6));
      if (!after || inTitleBefore(text, i + 1, at)) continue;
      const before = text.slice(Math.max(0, i - 12), i);
      if (INITIAL_BEFORE.test(before) || ABBREVIATION.test(before)) continue;
      // A title's full stop before its subtitle, as continental notes write it (`Hermann Weber, Die Wandlung des deutschen
      // Kommunismus. Die Stalinisierung der KPD`): a note that opens with the authors and the title's first words goes on.
      if (!(inNote && AUTHORS_THEN_TITLE.test(text.slice(floor, i)))) return i + 1 + after[0].length;
    }
  }
  return limit;
}

/** A name with its given names or initials (`Hermann Weber`, `Bernhard H. Bayerlein`), not a word that opens a sentence (`Thus, Carr held`). */
const GIVEN_AND_SURNAME = String.raw`(?:${INITIAL}(?:-\p{Lu}\.)?\s?|\p{Lu}[\p{Ll}'’-]+\s)${NAME_WITH_PARTICLES}`;
/** A note's opening up to a title's full stop: maybe a cue, the authors or editors, a comma and the title's first words. */
const AUTHORS_THEN_TITLE = letterPattern(String.raw`^\s*(?:(?:[Vv]gl|[Ss]ee|[Cc]f)\.?\s+)?${GIVEN_AND_SURNAME}(?:,\s+${NAME_WITH_PARTICLES})*(?:,?\s+(?:and|und|et|&)\s+${NAME_WITH_PARTICLES})?(?:\s\((?:eds?|[Hh]g|[Hh]rsg)\.\))?,\s+\p{Lu}[^.;:()\n]*$`, 'u');

/** A reference's author (or two), then what follows: a title, its editor's or translator's mark, another author. */
const AUTHOR_THEN = String.raw`${NAME_WITH_PARTICLES}(?:\s(?:and|&)\s${NAME_WITH_PARTICLES})?,\s+(?:[\p{Lu}“"‘*]|(?:eds?|trans)\.|and\s)`;
/** A text that opens with its authors' names (`Marx and Engels, `), not with a cue (`See, for example, …`). */
const OPENS_WITH_NAMES = letterPattern(String.raw`^[\s,;:.)]*(?!(?:See|Cf|Compare|Also|For|On|In|As|But|And|The|This|That|These|Those)\b)${NAME_WITH_PARTICLES}(?:\s(?:and|&)\s${NAME_WITH_PARTICLES})?,\s`, 'u');
/** Words up to the first author of a reference that a small word stands before (`The move from Halden is dated in `). */
const LEAD_IN = letterPattern(String.raw`^[\s,;:.)]*(?:[\p{L}\p{N}'’-]+[,:]?\s+)*?\p{Ll}+[,:]?\s+(?=${AUTHOR_THEN})`, 'u');
/** A cue right before the author's name: `see `, `see also `, `cf. `, `compare `. */
const CUE_BEFORE_NAME = letterPattern(String.raw`(?:^|\s)(?:[Ss]ee(?:\s+also)?|[Cc]f\.|[Cc]ompare)\s+(?=${AUTHOR_THEN})`, 'gu');
/** The small words of titles: a lead-in of these alone is a title's (`Report of the Committee to the Congress, in Holt, …`). */
const SMALL_WORD = /^(?:a|an|and|the|of|in|on|at|to|for|by|from|with|or)$/u;

/**
 * Where a note's reference that starts `from` (at the latest `at`) begins, past the prose that leads into it: after
 * its last cue before a name (`For an extension of Holt, see Marta Ilves, …`), else after words that are not a
 * title's (`The move from Halden is dated in Marta Ilves, …`), unless it opens with names.
 */
export function afterLeadIn(text: string, from: number, at: number): number {
  const before = text.slice(from, at + 1); // with the title's first character, which the names are looked for before
  if (OPENS_WITH_NAMES.test(before)) return from;
  const cue = CUE_BEFORE_NAME.matchAll(before).at(-1);
  if (cue && !/[*“"(]/u.test(before.slice(0, cue.index))) return Math.min(at, from + cue.index + cue[0].length);
  const lead = LEAD_IN.exec(before);
  const prose = lead?.[0].split(/[\s,;:.)]+/u).some((word) => /^\p{Ll}/u.test(word) && !SMALL_WORD.test(word));
  return lead && prose ? Math.min(at, from + lead[0].length) : from;
}

/**
 * A title (in italics, quoted, or in title case after its article: `The Case of Leon Trotsky`), its year in brackets, volume,
 * initials or name at the end of a text, as an op. cit. carries them before it.
 */
const OP_CIT_PIECE = letterPattern(/(?:\*[^*\n]{1,150}\*|[“"]\p{Lu}[^"”\n]{1,150}["”]|\b(?:The|An?)\s\p{Lu}[\p{L}'’-]*(?:\s(?:of|the|and|in|on|for|to|\p{Lu}[\p{L}'’-]*))*|\((?:1[5-9]|20)\d\d\)|\bvols?\.\s?\d+|(?:\p{Lu}\.\s?)+|\p{Lu}[\p{L}'’-]*|in|and|eds?\.)[\s,:]*$/u);

/** Where an op. cit. at `at` starts: back over its titles, volume and the capitalized names before them. */
export function opCitStart(text: string, floor: number, at: number): number {
  const from = Math.max(floor, at - 250);
  let s = text.slice(from, at);
  // An italic that opens before the op. cit. encloses it (`*Bukharin, op.cit.*`, `*op. cit.*`).
  if ((s.match(/\*/g)?.length ?? 0) % 2 === 1) s = s.slice(0, s.lastIndexOf('*'));
  let titles = 0; // a title and its container at most: an earlier one belongs to the prose or to another reference
  for (let m = OP_CIT_PIECE.exec(s); m && m[0].length > 0; m = OP_CIT_PIECE.exec(s)) {
    if (/^[*“"]/u.test(m[0]) && titles++ > 1) break;
    s = s.slice(0, m.index);
  }
  return from + s.length;
}

/** The span without leading punctuation, cue words (`See`, `Cf.`, unless kept) and trailing white space and punctuation. */
export function trimmed(text: string, start: number, end: number, keepCue = false): Span {
  const s = text.slice(start, end);
  const lead = /^[\s,;:.)]*/u.exec(s)?.[0].length ?? 0;
  const cue = keepCue ? 0 : CUE.exec(s.slice(lead))?.[0].length ?? 0;
  let e = end;
  while (e > start && /[\s,;:]/u.test(text[e - 1])) e--;
  return { start: Math.min(e, start + lead + cue), end: e };
}

/** The end of a reference after its locators (`, p. 12`, `, vol. 2, pp. 3-4`). */
export function withLocators(text: string, end: number): number {
  return end + (LOCATOR_TAIL.exec(text.slice(end, end + 80))?.[0].length ?? 0);
}

