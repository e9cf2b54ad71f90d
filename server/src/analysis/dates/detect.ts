// Finds the date expressions of a text: the grammar proposes, the context of a number decides whether it
// is a year (`p. 1924` and `1500 workers` are not), and the surrounding text completes what an
// expression leaves open (the year of `in April`, the century of `the thirties`).
import { blocksOf, type Block, type BlockMemo } from '../blocks';
import type { DateMention, Note, NoteMarker, Span } from '../types';
import { partitionPoint } from '../search';
import { letterPattern, type LetterPattern } from '../letters';
import { asteriskAhead, isInItalics } from '../italics';
import { REPUBLICAN_WORD, RULES, isHijriThenGregorian, type Opening, type Reading, type RelativeMonth } from './grammar';
import { type CalendarPoint, julianGap, parseValue } from './values';
import { republicanYearOf } from './republican';
import { COUNTED_NOUNS, MEETING_NOUNS, MONTH_NAMES, REFERENCE_WORDS, monthNumber } from './lexicon';
import { expressionCores, expressionStarts, oldStyleYearEnd } from './scan';

/** How far back (in characters) a year still fixes the year of a bare month or season. */
const YEAR_CONTEXT_REACH = 900;
/** How far before a number the word that makes it a page (`p. 1924`) or a year (`in 1500`) is looked for. */
const WORD_BEFORE_REACH = 16;
/** How far after a number the word that makes it an amount (`1500 workers`) is looked for. */
const WORD_AFTER_REACH = 24;
/** Words that make the number after them an amount. */
const QUANTIFIERS = new Set(['some', 'about', 'nearly', 'almost', 'over', 'approximately', 'roughly', 'than', 'around',
  'exactly', 'least']);
/** What a number is a part of in `1939 of them`, `300 of those`: the number is an amount. */
const PRONOUNS_OF_WHOLE = new Set(['them', 'those', 'these', 'whom', 'which', 'us', 'you']);
/** Before 1500 a four-digit number is more often a count: it is a year only after one of these words (or alone in parentheses). */
const TEMPORAL_WORDS = new Set(['in', 'of', 'since', 'from', 'by', 'until', 'till', 'before', 'after', 'around',
  'c', 'ca', 'circa', 'year', 'ad']);
/** Words that make the number after them a year even before a noun: `the 1917 delegates`, `Lenin's 1922 letters`. */
const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose', 's']);

const LETTER = /\p{L}/u;
const LEADING_YEAR = /^(?:1\d{3}|20\d{2})(?=[a-h]?(?![\p{L}\d]))/u;

interface Candidate extends Span {
  rule: number;
  reading: Reading;
}

/**
 * A word, maybe an abbreviation's period, and spaces at the end of a text: read back from the end, where a search for
 * `(\p{L}+)\.?\s*$` tries every place before it (four times slower).
 */
const WORD_AT_END = /(?<=(?<!\p{L})(\p{L}+)\.?\s*)$/u;

/** The word right before `at` (skipping spaces and an abbreviation's period), as written. */
function wordBefore(text: string, at: number): string {
  return WORD_AT_END.exec(text.slice(Math.max(0, at - WORD_BEFORE_REACH), at))?.[1] ?? '';
}

/** What follows a work's title used as a noun: punctuation, or a verb (`1984 is darker`). */
const CLAUSE_AFTER = /^(?:[,.;:)!?]|\s+(?:is|was|remains|has|had|shows|describes|imagines|depicts|appeared|came)\b)/u;

/**
 * A bare year that names a work, not a time: a possessive before it (`his`, `her`, `their`, a name's `'s`)
 * and a clause after it, not a noun (`Orwell's 1984 is darker`, `his 1984,`; but `his 1984 book`).
 */
function isWorkTitle(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== 4 || text[start - 1] !== ' ') return false;
  const possessive = word === 'his' || word === 'her' || word === 'their' || (word === 's' && /\p{Lu}\p{Ll}+['’]s $/u.test(text.slice(Math.max(0, start - 24), start)));
  return possessive && CLAUSE_AFTER.test(text.slice(end, end + 12));
}

/** Whether the number (or range of numbers) at `start`–`end` can be a year by what stands around it. */
function isYearByContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  // `$1920`, `#1920`, `(1971): 1520`, `0-8047-1970-3`, `R 43 I/1943` (but a Markdown heading `# 1848` is a year, and
  // so is the edition's year in `Hegel 1807/1977`, and a year after a word's colon: `Phase one: 1954 to 1956`)
  if (/[$£€¥§]\s?$|#$|\d[-/.]$|\p{L}\/$/u.test(before) && !/(?<!\d)\d{4}\/$/.test(text.slice(Math.max(0, start - 6), start))) return false;
  if (/:\s?$/u.test(before) && !/\p{L}:\s?$/u.test(text.slice(Math.max(0, start - 3), start))) return false;
  const written = wordBefore(text, start);
  const word = written.toLowerCase();
  if (isWorkTitle(text, start, end, word)) return false;
  // `p. 1924` is a page, but in `Avrich, P. 1970` the capital is an initial.
  if (REFERENCE_WORDS.has(word) && (written.length > 1 || written === word)) return false;
  // `the charter (1215)`, `the war (1337–1453)`: a parenthesis that holds nothing else dates what stands before it.
  const parenthesized = text[start - 1] === '(' && text[end] === ')';
  const first = Number(text.slice(start, start + 4));
  const doubleDated = text[start + 4] === '/' && isHijriThenGregorian(first, Number(text.slice(start + 5, start + 9)));
  if (first < 1500 && !TEMPORAL_WORDS.has(word) && !parenthesized && !doubleDated) return false;
  const after = /^\s*(%|per\s?cent\b|\p{L}+)/u.exec(text.slice(end, end + WORD_AFTER_REACH))?.[1] ?? '';
  if (after === '%' || /^per\s?cent$/.test(after)) return false;
  // `1500 workers` and `from 1500 to 1900 members` are counts, but `in 1917 delegates met` and `the 1917
  // delegates` speak of a year.
  const yearish = end - start === 4 && (TEMPORAL_WORDS.has(word) || DETERMINERS.has(word));
  if (COUNTED_NOUNS.has(after.toLowerCase()) && !yearish) return false;
  // `1939 of them died`, `some 2000 of the workers`: a part of a whole is an amount.
  const whole = /^\s+of\s+(\p{L}+)/u.exec(text.slice(end, end + 16))?.[1].toLowerCase();
  if (whole !== undefined && (PRONOUNS_OF_WHOLE.has(whole) || (QUANTIFIERS.has(word) && whole === 'the'))) return false;
  // `some 1500 dockers`: an amount before a plural noun (but `about 1930 was`, `about 1930 the party`).
  return !(QUANTIFIERS.has(word) && /^\p{Ll}{3,}s$/u.test(after) && !/(?:as|is|us|ss)$/.test(after));
}

function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}

/** Whether a span lies where no number is a date: in a web address, a superscript note marker, a footnote label. */
function isUnreadable(text: string, span: Span): boolean {
  let from = span.start;
  while (from > 0 && span.start - from < 200 && !/\s/.test(text[from - 1])) from--;
  const word = text.slice(from, span.end);
  return /https?:\/\/|www\.|[\p{L}\d-]\.\p{L}{2,}\//u.test(word) || /<sup>$|\[\^$/.test(text.slice(Math.max(0, span.start - 6), span.start));
}

/** Rules tried at a start, in order of precedence, as one sticky pattern: group k + 1 holds the expression of `rules[k]`. */
interface RulesPattern {
  pattern: LetterPattern;
  rules: number[];
}

/**
 * The source a pattern of several rules grows to. V8 optimizes a pattern only under 20 KB (`kRegExpTooLargeToOptimize`),
 * but compiling one so large costs more than it saves in a fresh process (once for each kind of text it reads): with
 * patterns of 4 KB the first analysis of a 168 KB essay, block by block, took 367-377 ms instead of 516-826, and the
 * dates of 40 library essays and the corpus, warm, min 37.8-39.6 ms against 37.6-38.4.
 */
const SOURCE_PER_PATTERN = 4 * 1024;

/**
 * Rules as one pattern: each rule's expression in a group of its own, in order of precedence. A pattern tries its
 * alternatives in order, so it matches as the first of its rules that matches, with that rule's match: one search
 * at a start instead of one per rule, most of which fail.
 */
function rulesPattern(rules: number[], opening: Opening): RulesPattern {
  return { pattern: letterPattern(rules.map((rule) => `(${RULES[rule][opening]!})`).join('|'), 'uy'), rules };
}

/** The rules `eligible` keeps that can start so, in order of precedence, in patterns of about `SOURCE_PER_PATTERN` of source each. */
function rulesPatterns(opening: Opening, eligible: (rule: number) => boolean): RulesPattern[] {
  const runs: number[][] = [];
  let size = Infinity;
  RULES.forEach(({ [opening]: source }, rule) => {
    if (source === undefined || !eligible(rule)) return;
    const length = source.length + 3; // with its group's parentheses and the bar before it
    if (size + length >= SOURCE_PER_PATTERN) {
      runs.push([]);
      size = 0;
    }
    runs[runs.length - 1].push(rule);
    size += length;
  });
  return runs.map((rules) => rulesPattern(rules, opening));
}

/** The patterns of the rules a start tries, by what it opens with, an era near it and a calendar's words. */
const PATTERNS_BY_START = new Map<string, RulesPattern[]>();

/**
 * The first rule, in order of precedence, whose expression starts at `start`; the rules of eras only near one; the rules
 * of a calendar's words only when asked for, and then only they.
 */
function firstMatch(text: string, start: number, era: boolean, calendarWords = false): { rule: number; text: string } | null {
  const opening: Opening = LETTER.test(text[start]) ? 'atWord' : 'atNumber';
  const key = `${opening}${era ? '+era' : ''}${calendarWords ? '+calendar' : ''}`;
  let patterns = PATTERNS_BY_START.get(key);
  if (patterns === undefined) {
    patterns = rulesPatterns(opening, (rule) => (era || RULES[rule].era !== true) && (RULES[rule].calendarWords === true) === calendarWords);
    PATTERNS_BY_START.set(key, patterns);
  }
  for (const { pattern: letters, rules } of patterns) {
    const pattern = letters.for(text);
    pattern.lastIndex = start;
    const m = pattern.exec(text);
    if (m !== null) return { rule: rules[rules.findIndex((_, k) => m[k + 1] !== undefined)], text: m[0] };
  }
  return null;
}

/** Every candidate of the grammar, in text order, with a bare year as fallback where a longer reading fails. */
function candidates(text: string, exclude: readonly Span[]): Candidate[] {
  const found: Candidate[] = [];
  const yearRule = RULES.findIndex((r) => r.kind === 'year' && r.startsWithYear); // `1924`
  let done = 0; // where the last accepted expression ends
  const tried = new Set<number>(); // a start that reached no core before reaches none after: `March March March`
  const eras = new Set<number>();
  for (const core of expressionCores(text, eras)) {
    if (core < done) continue;
    for (const start of expressionStarts(text, core)) {
      if (start < done || tried.has(start)) continue;
      tried.add(start);
      const match = firstMatch(text, start, eras.has(core));
      if (match === null || start + match.text.length <= core) continue;
      const { rule, text: m } = match;
      const { startsWithYear, read } = RULES[rule];
      const span = { start, end: start + m.length };
      done = span.end;
      // Numbers that their context makes pages or amounts (`pp. 1920-25`, `1500 to 1900 members`) are no dates at all.
      if (startsWithYear && !isYearByContext(text, span.start, span.end)) break;
      const reading = read(m);
      if (reading && !overlapsAny(span, exclude) && !isUnreadable(text, span)) {
        found.push({ start: span.start, end: span.end, rule, reading });
        break;
      }
      // A longer reading failed (`1930-12` is no range): the year it starts with may still stand alone,
      // unless a slash makes the whole an identifier (`file 1928/14`; but `1807/1977` is two years).
      const lead = LEADING_YEAR.exec(m);
      if (lead && rule !== yearRule && (m[lead[0].length] !== '/' || /^\/(?:1\d{3}|20\d{2})$/.test(m.slice(lead[0].length)))) {
        const year = { start, end: start + lead[0].length };
        done = year.end;
        if (isYearByContext(text, year.start, year.end) && !overlapsAny(year, exclude) && !isUnreadable(text, year)) {
          found.push({ start: year.start, end: year.end, rule: yearRule, reading: RULES[yearRule].read(lead[0])! });
        }
      }
      break;
    }
  }
  return found;
}

/**
 * The candidates of a text that dates by the Republican calendar (a day of it was found) with the calendar's words:
 * its years (`Year III`, `the winter of Year III`) and months (`in Germinal`, `late Messidor`), which elsewhere are
 * other words. Read over the whole text, as only such texts need it.
 */
function withRepublicanWords(text: string, exclude: readonly Span[], found: Candidate[]): Candidate[] {
  if (!found.some((c) => RULES[c.rule].calendar === 'republican')) return found;
  const words: Candidate[] = [];
  let done = 0;
  for (const word of text.matchAll(REPUBLICAN_WORD)) {
    for (const start of expressionStarts(text, word.index)) {
      if (start < done) continue;
      const match = firstMatch(text, start, false, true);
      if (match === null || start + match.text.length <= word.index) continue;
      const span = { start, end: start + match.text.length };
      const reading = RULES[match.rule].read(match.text);
      done = span.end;
      if (reading && !overlapsAny(span, found) && !overlapsAny(span, exclude)) words.push({ ...span, rule: match.rule, reading });
      break;
    }
  }
  return words.length === 0 ? found : [...found, ...words].sort((a, b) => a.start - b.start);
}

/** A block's candidates, kept with the context they were found in: the block's text is the memo's key. */
interface KeptCandidates {
  context?: string;
  /** Offsets relative to the window `before + block + after` of that context. */
  found?: Candidate[];
}

/**
 * The candidates of one block. No expression crosses a blank line, but the checks of a number read a
 * few words around it (`p.` before, `workers` after, even across a blank line), and page numbers and note
 * markers exclude spans: the block is read in a window with that much of its surroundings, and its
 * candidates are found again only when the window or the excluded spans in it changed.
 */
function blockCandidates(text: string, block: Block, next: Block | undefined, exclude: readonly Span[], kept: KeptCandidates): Candidate[] {
  const before = text.slice(Math.max(0, block.start - WORD_BEFORE_REACH), block.start);
  const after = text.slice(block.end, (next?.start ?? text.length) + WORD_AFTER_REACH);
  const shift = block.start - before.length;
  const excluded = exclude.filter((s) => s.start < block.end && block.start < s.end).map((s) => ({ start: s.start - shift, end: s.end - shift }));
  const context = `${before}\u0000${after}\u0000${excluded.map((s) => `${s.start}-${s.end}`).join(',')}`;
  if (kept.context !== context || !kept.found) {
    const blockEnd = before.length + block.text.length;
    kept.found = candidates(before + block.text + after, excluded).filter((c) => c.start >= before.length && c.start < blockEnd);
    kept.context = context;
  }
  return kept.found.map((c) => ({ ...c, start: c.start + shift, end: c.end + shift }));
}

/** The candidates of every block, the grammar run again only on blocks whose text or context changed. */
function memoizedCandidates(text: string, exclude: readonly Span[], memo: BlockMemo): Candidate[] {
  const blocks = blocksOf(text);
  const kept = memo.map<KeptCandidates>('dates', blocks, () => ({}));
  return blocks.flatMap((block, i) => blockCandidates(text, block, blocks[i + 1], exclude, kept[i]));
}

/** The first year of a value (`1925` of `1925/1929`, `-0430` of `-0430/-0403`). */
const firstYear = (value: string) => Number.parseInt(value, 10);
/** The last year of a value (`1929` of `1925/1929`). */
const lastYear = (value: string) => Number.parseInt(value.slice(value.indexOf('/') + 1), 10);

/** What stands between a year and the day after it in a chronology's entry (`1917, 23 February`). */
const YEAR_FIRST = /^,[ \t]*$/;
/**
 * What joins the two parts of `in January and February 1933`, `in the spring or summer of 1936`, `the spring and early summer
 * of 1848`, and a meeting's month to its year (`the April plenum of 1929`).
 */
const JOINED = new RegExp(String.raw`^,?\s+(?:and|or|to|through|until)\s+(?:(?:early|late)\s+|mid-)?$|^\s?[-–—]\s?$|^\s+(?:${MEETING_NOUNS.join('|')})\s+(?:of|in)\s+$`);
/**
 * What sets a date beside its equivalent in the other calendar, before the year both share: `25 October (7 November)
 * 1917`, `25 October/7 November 1917`. Russian history dates so the months of 1917 (Julian and Gregorian).
 */
const BESIDE = /^\s*(?:\(|\/)\s*$/;
/** What closes the bracketed equivalent before the year: `(7 November) 1917`. */
const CLOSED = /^\s*\)\s*,?\s*$/;

/**
 * The value that fixes the year of a date without one at `span` by the text that joins them: the next date's (`April and
 * May 1933`), or, across an equivalent beside it, the year after both (`25 October (7 November) 1917`).
 */
function joinedValue(text: string, span: Span, after: readonly Candidate[]): string | null {
  const [next, further] = after;
  if (!next) return null;
  const between = text.slice(span.end, next.start);
  if ('value' in next.reading) {
    const bracketed = CLOSED.test(between) && /\(\s*$/.test(text.slice(Math.max(0, span.start - 4), span.start));
    return JOINED.test(between) || bracketed || BESIDE.test(between) && between.includes('/') ? next.reading.value : null;
  }
  if (!BESIDE.test(between) || !further || !('value' in further.reading)) return null;
  const closing = text.slice(next.end, further.start);
  return (between.includes('(') ? CLOSED : /^\s+$/).test(closing) ? further.reading.value : null;
}

/**
 * A publication year (`(London, 1975)`, `(Riga, 1981; Paris, 1990)`, `Orlov 1981, p. 12`, `(Orlov 1981: 12-14)`,
 * `Orlov 1981 shows`) is not the time the text is at.
 */
function isPublicationYear(text: string, mention: DateMention): boolean {
  if (mention.kind !== 'year' && mention.kind !== 'year-range') return false;
  // The years of a title are a reference's too: `(Trotsky, Writings 1936–37, pp. 212–14)`, `*China's Cultural Revolution, 1966–1969*`.
  if (asteriskAhead(text, mention.end, TITLE_REACH) && isInItalics(text, 0, mention.start)) return true;
  if (mention.kind === 'year-range') return /^,\s*pp?\.\s?\d/.test(text.slice(mention.end, mention.end + 8));
  const after = text.slice(mention.end, mention.end + 8);
  return /^[a-h]?\s*\)/.test(after) || /^[a-h]?,\s*pp?\./.test(after)
    || (/[(,]\s*$/.test(text.slice(mention.start - 2, mention.start)) && /^[a-h]?\s*;/.test(after))
    || (/^[a-h]?\s*[:,]\s*\d/.test(after) && AUTHOR_OPENING.test(text.slice(Math.max(0, mention.start - 64), mention.start)))
    || CITING_AFTER.test(text.slice(mention.end, mention.end + 16)) && CITED_AUTHOR_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start));
}
/** How far after a year the italic of a title that holds it closes, at most. */
const TITLE_REACH = 200;
/** An author's surname (or two, or `et al.`) right before a year: `records; Gullickson 1996 studies the figure`. */
const CITED_AUTHOR_BEFORE = /(?:^|[\s;(])\p{Lu}[\p{Ll}'’-]+(?:\s(?:and|&)\s\p{Lu}[\p{Ll}'’-]+|\set\sal\.)?\s$/u;
/** After an author's year, a semicolon or a verb of what the work does (`studies`, `shows`; not `was`). */
const CITING_AFTER = /^[a-h]?(?:\s*;|\s\p{Ll}{3,}s\b)/u;

/**
 * A year that qualifies a noun (`the 1905 revolution`, `his 1922 letters`, `the prosecutions of 1870`, `an old Jacobin of
 * 1848`) names a past event, a work or a person's past, not the time the narrative is at.
 */
function isAttributiveYear(text: string, mention: DateMention): boolean {
  if (mention.kind !== 'year') return false;
  const before = wordBefore(text, mention.start);
  // `the Soviets of 1905 and 1917`: the second year qualifies the noun as the first does.
  const noun = (before === 'of' ? NOUN_OF.exec(text.slice(Math.max(0, mention.start - 40), mention.start))?.[1] :
    before === 'and' || before === 'or' ? NOUN_OF_YEAR_AND.exec(text.slice(Math.max(0, mention.start - 50), mention.start))?.[1] : undefined)?.toLowerCase();
  if (before === 'of' || noun !== undefined) return noun !== undefined && !TIME_NOUNS.has(noun) && monthNumber(noun) === undefined;
  return DETERMINERS.has(before.toLowerCase()) && /^[ \u00a0]\p{Ll}/u.test(text.slice(mention.end, mention.end + 2));
}
/**
 * A date the narrative looks ahead or back to, not one it reaches: `kept secret until 1924`, `minister since 1968`, `as early as
 * February 1920`, `seven years after his execution in October 1949`, `Husák, released from prison in 1960,`, `had been founded in
 * March 1919`, `would be shot in September 1941`; and the time of writing (`Posted 7 March 2021`).
 */
function isDigression(text: string, mention: DateMention): boolean {
  const before = wordBefore(text, mention.start);
  const clauseBefore = text.slice(Math.max(0, mention.start - 60), mention.start);
  return isTimeOfWriting(text, mention) || before === 'until' || before === 'till' || before === 'since' || before === 'as' && AS_EARLY_AS.test(text.slice(Math.max(0, mention.start - 20), mention.start)) ||
    LAPSE_BEFORE.test(clauseBefore) || LOOK_BACK_OR_AHEAD_BEFORE.test(clauseBefore) ||
    PARTICIPLE_CLAUSE_BEFORE.test(text.slice(Math.max(0, mention.start - 80), mention.start));
}
/** When the text was posted, published, updated or read (`Posted 7 March 2021`, `accessed 3 May 2018`): the writer's time, not the narrative's. */
const isTimeOfWriting = (text: string, mention: DateMention) => WRITING_BEFORE.test(text.slice(Math.max(0, mention.start - 16), mention.start));
const WRITING_BEFORE = /\b(?:[Pp]osted|[Pp]ublished|[Uu]pdated|[Mm]odified|[Rr]evised|[Aa]ccessed|[Rr]etrieved)(?:\s+(?:on|in))?[:,]?\s+$/u;
/**
 * A pluperfect's or a future-in-the-past's time (`had been founded in`, `would be shot in`), or a relative clause's about a
 * person (`Warski, … who was shot in Moscow in`): the narrative looks back or ahead.
 */
const LOOK_BACK_OR_AHEAD_BEFORE = /\b(?:had\s+(?:\p{L}+\s+){1,4}(?:in|on|by|since|during)|would\s+(?:\p{L}+\s+){1,3}(?:(?:in|on|by|until)\s+)?|who\s+(?:was|were)\s+(?:\p{L}+\s+){1,4}(?:in|on))\s*$/u;
const AS_EARLY_AS = /\bas\s+(?:early|late|far\s+back)\s+as\s+$/u;
/**
 * A clause between commas after a name that opens with a past participle: the past of what the name names (`Husák, released
 * from prison in 1960 and rehabilitated in`); not a verb of a series (`met in May, rested in June`).
 */
const PARTICIPLE_CLAUSE_BEFORE = /\p{Lu}\p{L}*["”’]?,["”’]?\s+(?:\p{Ll}{3,}ed|born)\s[^,;:.()]*$/u;
/**
 * Years counted from the date after it, in the same clause: `seven years after his execution in`; not months, which leave
 * the narrative in the year of that date (`The months after January saw`).
 */
const LAPSE_BEFORE = /\b(?:years|decades?)\s+(?:after|before)\s[^.;:\d]*$/u;
/** The word before `of` and a year, maybe closing a quotation (`the “Sergeants’ Revolt” of 1933`). */
const NOUN_OF = /(?:^|[^\p{L}])(\p{L}+)["'”’]?\s+of\s+$/u;
/** The noun before `of`, a year and `and` or `or` (`the Soviets of 1905 and `). */
const NOUN_OF_YEAR_AND = /(?:^|[^\p{L}])(\p{L}+)["'”’]?\s+of\s+(?:1[5-9]|20)\d\d\s+(?:and|or)\s+$/u;
/** Nouns of a time whose year `of` gives: `the end of 1936`, `the years of 1936–38`, `in June of 1937`. */
const TIME_NOUNS = new Set(['end', 'beginning', 'start', 'middle', 'course', 'rest', 'remainder', 'part', 'half', 'turn', 'year', 'years', 'months', 'weeks', 'days',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'time', 'period', 'close', 'eve', 'dawn', 'opening', 'first', 'last']);

/**
 * What opens an author-year reference up to its year: a parenthesis or the semicolon after another reference, maybe a cue,
 * then a capitalized name and no number (`(Orlov 1981, 12`, `; Marn 2009, 3`, `(cf. Broué 2006, 192`); or a name, then the
 * parenthesis (`Orlov (1981: 12`).
 */
const AUTHOR_OPENING = /(?:[(;]\s*(?:(?:[Cc]f\.|[Ss]ee(?:\s+also)?|e\.g\.,?)\s+)?\p{Lu}[^()\d;]*(?:\[\d{4}\]\s?)?|\p{Lu}[\p{Ll}'’-]+\s\()$/u;

/** The longest span of years whose end still fixes the year of what follows (`between 1915 and 1917 … in November`). */
const SHORT_SPAN = 3;
/** How far after a bare month the next date of that month still fixes its year (`in June. On 16 June 1937 …`). */
const SAME_MONTH_AHEAD = 300;
/** How far back a date of the same month fixes the year of a bare one when no nearer mention fixes a later year. */
const SAME_MONTH_BEHIND = 1200;

/** The month a value starts in (5 of `1937-05-03`, 9 of `1936-09/1936-11`), or undefined for years. */
const startMonth = (value: string) => parseValue(value)?.start.month;
/** The year and month a value ends in (1937 and 5 of `1937-05-03`, 1929 of `1925/1929`). */
const endPoint = (value: string): CalendarPoint => ({ year: lastYear(value), month: parseValue(value)?.end.month });
/**
 * The time a narrative reaches by a date: its end, but the start of months across a new year (`the winter of 1956–57`,
 * not `30 December to 2 January`), which often look ahead; a month after it is then read as the narrative moves (`the winter of 1956–57 … on
 * 2 November` is in 1956, `… in March` in 1957: see `yearAhead`).
 */
function pointReached(value: string): CalendarPoint {
  const span = parseValue(value);
  const { start, end } = span ?? {};
  const monthsAcrossNewYear = start?.month !== undefined && start.day === undefined && end?.month !== undefined && end.year === start.year + 1 && end.month < start.month;
  return monthsAcrossNewYear ? { year: start.year, month: start.month } : endPoint(value);
}

/** A note's text (its pieces, when a page break cuts it) and the marker in the body that calls it. */
export interface NoteAnchor {
  pieces: readonly Span[];
  marker: Span;
}

/** The notes of a document as the date layer reads them: each note with the first marker that calls it. */
export function noteAnchors(notes: readonly Note[], markers: readonly NoteMarker[]): NoteAnchor[] {
  const anchors = new Map<number, NoteAnchor>();
  for (const marker of markers) {
    if (marker.note === null || anchors.has(marker.note)) continue;
    const note = notes[marker.note];
    // The note as a span like its parts: code that reads pieces of one shape is not compiled again for another.
    anchors.set(marker.note, { pieces: [{ start: note.start, end: note.end }, ...note.parts], marker });
  }
  return [...anchors.values()];
}

/**
 * The dates found so far, each with the note piece it stands in (-1 in the body): the body is one narrative and each
 * note another, which the body's time enters at the note's marker.
 */
interface Narratives {
  text: string;
  mentions: DateMention[];
  pieceOf: number[];
  pieces: { span: Span; marker: Span }[];
  /** For each piece, how many characters of notes stand before its end (the pieces' lengths summed up to it). */
  notesUpTo: number[];
}

/**
 * How far apart `from` and `to` are in their narrative: in the body, without the notes between (a PDF page's footnotes
 * stand between its last paragraph and the next page's first).
 */
function narrativeDistance(n: Narratives, piece: number, from: number, to: number): number {
  if (piece >= 0 || n.pieces.length === 0) return to - from;
  const notesBefore = (at: number) => {
    const k = partitionPoint(n.pieces.length, (i) => n.pieces[i].span.end <= at);
    return k === 0 ? 0 : n.notesUpTo[k - 1];
  };
  return to - from - (notesBefore(to) - notesBefore(from));
}

/** For each candidate (in text order), the index of the note piece it starts in, or -1. */
function piecesOf(found: readonly Span[], pieces: Narratives['pieces']): number[] {
  const pieceOf: number[] = []; // pushed, not mapped: see arrays.ts
  let k = 0;
  for (const { start } of found) {
    while (k < pieces.length && pieces[k].span.end <= start) k++;
    pieceOf.push(k < pieces.length && pieces[k].span.start <= start ? k : -1);
  }
  return pieceOf;
}

/** How many of the mentions start before `at`. */
function mentionsBefore(n: Narratives, at: number): number {
  return partitionPoint(n.mentions.length, (i) => n.mentions[i].start < at);
}

/** The last date of `month` in the same narrative within reach before `span`, among the first `upTo` mentions. */
function lastOfMonth(n: Narratives, upTo: number, piece: number, span: Span, month: number): DateMention | undefined {
  for (let i = upTo - 1; i >= 0 && narrativeDistance(n, piece, n.mentions[i].end, span.start) <= SAME_MONTH_BEHIND; i--) {
    if (n.pieceOf[i] === piece && startMonth(n.mentions[i].value) === month && !isTimeOfWriting(n.text, n.mentions[i])) return n.mentions[i];
  }
  return undefined;
}

/**
 * The time a narrative has reached before `span`: the end of the last mention before it within reach, publication
 * years aside, when that mention covers a few years at most: narratives move forward (`May 1886 … in 1896 … in
 * late May` is May 1896). A look back to an earlier year does not move them: after `on 3 May 1937 … held since
 * July 1936 …`, `on 5 May` is in 1937, and after `In April 1917 … unlike the 1905 revolution …`, `in May` is in
 * 1917 (a year that qualifies a noun fixes the time only when it is later, or alone).
 */
function timeReached(n: Narratives, upTo: number, piece: number, span: Span, month: number | undefined): CalendarPoint | null {
  const sameMonth = month === undefined ? undefined : lastOfMonth(n, upTo, piece, span, month);
  let attributive: CalendarPoint | undefined;
  for (let i = upTo - 1; i >= 0 && narrativeDistance(n, piece, n.mentions[i].end, span.start) <= YEAR_CONTEXT_REACH; i--) {
    if (n.pieceOf[i] !== piece || isPublicationYear(n.text, n.mentions[i]) || isDigression(n.text, n.mentions[i])) continue;
    const { value } = n.mentions[i];
    if (isAttributiveYear(n.text, n.mentions[i])) {
      attributive ??= endPoint(value);
      continue;
    }
    if (sameMonth && firstYear(sameMonth.value) > lastYear(value)) return { year: firstYear(sameMonth.value), month };
    const reached = lastYear(value) - firstYear(value) <= SHORT_SPAN ? pointReached(value) : null;
    return attributive && (reached === null || attributive.year > reached.year) ? attributive : reached;
  }
  if (sameMonth) return { year: firstYear(sameMonth.value), month };
  // Only a year that qualifies a noun within reach (`the prosecutions of 1870 … on 26 March`): the narrative is still at
  // its own last time, however far back (`on 18 March 1871`), if it has one. With no date within reach, a long
  // paragraph after the last one, it is at that time still.
  return attributive === undefined ? narrativeTimeBefore(n, upTo, piece, span, NARRATIVE_REACH) : narrativeTimeBefore(n, upTo, piece) ?? attributive;
}
/** How far back (in characters of the narrative) the last date that set its time still fixes the year of a bare day. */
const NARRATIVE_REACH = 3000;

/**
 * The end of the last date of the narrative before `span` that names a month, within reach: `on the 24th` is a day of the
 * month the text last named, whatever years it has named since (`those who had fought in 1848`).
 */
function lastMonthNamed(n: Narratives, piece: number, span: Span): CalendarPoint | null {
  for (let i = n.mentions.length - 1; i >= 0 && narrativeDistance(n, piece, n.mentions[i].end, span.start) <= NARRATIVE_REACH; i--) {
    if (n.pieceOf[i] !== piece) continue;
    const point = endPoint(n.mentions[i].value);
    if (point.month !== undefined) return point;
  }
  return null;
}

/**
 * The end of the last mention before the first `upTo` that sets the narrative's time (no publication year, none that
 * qualifies a noun or digresses), within `reach` of `span` if given.
 */
function narrativeTimeBefore(n: Narratives, upTo: number, piece: number, span?: Span, reach = Infinity): CalendarPoint | null {
  for (let i = upTo - 1; i >= 0; i--) {
    const mention = n.mentions[i];
    if (span && narrativeDistance(n, piece, mention.end, span.start) > reach) return null;
    if (n.pieceOf[i] !== piece || isPublicationYear(n.text, mention) || isAttributiveYear(n.text, mention) || isDigression(n.text, mention)) continue;
    return lastYear(mention.value) - firstYear(mention.value) <= SHORT_SPAN ? pointReached(mention.value) : null;
  }
  return null;
}

/**
 * The time that fixes `in April` or `June 12`: that of the expression it is joined to (`April and May 1933`), else
 * the time its narrative has reached (in a note without one, the time the body has reached at the note's marker),
 * unless the next date names the same month in an earlier year: then the text had looked ahead and comes back
 * (`… 19 May 1849. In June the workshops closed … (23-26 June 1848)`); not when the words between date that one from the
 * other (`on 6 October, seven years after his execution in October 1949`).
 */
function contextTime(n: Narratives, after: Candidate[], piece: number, span: Span, month: number | undefined): CalendarPoint | null {
  const joined = joinedValue(n.text, span, after);
  if (joined !== null) return parseValue(joined)?.start ?? null;
  // A chronology's entry gives the year first: `1917, 23 February:`.
  const previous = n.mentions.at(-1);
  if (previous?.kind === 'year' && YEAR_FIRST.test(n.text.slice(previous.end, span.start))) return endPoint(previous.value);
  let reached = timeReached(n, n.mentions.length, piece, span, month);
  if (reached === null && piece >= 0) {
    const { marker } = n.pieces[piece];
    reached = timeReached(n, mentionsBefore(n, marker.start), -1, marker, month);
  }
  const nextDated = after.find((c) => 'value' in c.reading);
  if (month === undefined || !nextDated || !('value' in nextDated.reading) || nextDated.start - span.end > SAME_MONTH_AHEAD
    || startMonth(nextDated.reading.value) !== month || RELATIVE_TIME.test(n.text.slice(span.end, nextDated.start))) return reached;
  const ahead = firstYear(nextDated.reading.value);
  return reached === null || ahead < reached.year ? { year: ahead, month } : reached;
}

/** Words that date what follows them from the time before (`on 6 October, seven years after his execution in October 1949`). */
const RELATIVE_TIME = /\b(?:after|before|since|earlier|later|ago)\b/;

/** A Gregorian date set beside a Republican one as its equivalent: `13 Vendémiaire, the 5th of October 1795`, `5 Fructidor (22 August 1795)`. */
const EQUIVALENT = /^(?:,\s+(?:the\s+)?|\s*\(\s*)$/;

/**
 * The value of a date of the Republican calendar without its year: by its Gregorian equivalent beside it, else in the
 * Republican year of the calendar's last date (`on 12 Germinal Year III … on 1 Prairial`); null without either, as in a
 * text that does not date by that calendar a bare day names an event (`the coup of 18 Brumaire`), not a time.
 */
function republicanValue(text: string, reading: Extract<Reading, { needs: 'year' }>, end: number, next: Candidate | undefined, year: number | null): string | null {
  if (next && 'value' in next.reading && EQUIVALENT.test(text.slice(end, next.start))) return reading.complete(firstYear(next.reading.value));
  return year === null || !reading.republican ? null : reading.republican(year);
}

/**
 * The year of a month without one: the year reached, or the next where the month lies half a year or more before the
 * month reached, as narratives move forward (`By December 1904 … early in January` is January 1905); not after a
 * pluperfect, which looks back (`the election of 14 December 1918 … Redmond had died in March`).
 */
function yearAhead(text: string, start: number, month: number | undefined, reached: CalendarPoint): number {
  const behind = month !== undefined && reached.month !== undefined && reached.month - month >= HALF_A_YEAR;
  return behind && !PLUPERFECT_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ? reached.year + 1 : reached.year;
}
const HALF_A_YEAR = 6;
const PLUPERFECT_BEFORE = /\bhad\s+(?:\p{L}+\s+){1,2}(?:in\s+|by\s+|since\s+)?$/u;

/** The year of `the following March` or `the previous December` from the time the text has reached. */
function relativeYear({ month, direction }: RelativeMonth, reached: CalendarPoint): number {
  if (reached.month === undefined) return reached.year + direction;
  if (direction > 0) return month > reached.month ? reached.year : reached.year + 1;
  return month < reached.month ? reached.year : reached.year - 1;
}

/**
 * Dates of January to March with their Old Style year and the next (`30 January 1648/9`, `February 1648/49`): the year
 * began on 25 March in England until 1752, so the date is in the next year as we count (1649-01-30).
 */
function withOldStyleYears(text: string, found: Candidate[]): Candidate[] {
  if (!text.includes('/')) return found;
  return found.map((c) => {
    if (!('value' in c.reading)) return c;
    const length = oldStyleYearEnd(text, c.end);
    if (length === 0 || (parseValue(c.reading.value)?.start.month ?? 12) > 3) return c;
    const year = text.slice(c.end - 4, c.end);
    return { start: c.start, end: c.end + length, rule: c.rule, reading: { value: c.reading.value.replaceAll(year, String(Number(year) + 1)) } };
  });
}

/** A year written with its last two digits after an apostrophe: `'22`, `’40`. */
const ABBREVIATED_YEAR = /['’‘ʼ]\d\d(?!\d)/u;
/** Of `values`, the one whose first year is nearest to `year` (the first of equals). */
const nearestTo = (year: number, values: string[]): string =>
  values.reduce((best, value) => (Math.abs(firstYear(value) - year) < Math.abs(firstYear(best) - year) ? value : best));

/** The century (1900 for the twentieth) most of the document's years fall in, and its latest year; null without years. */
function documentCentury(found: Candidate[]): { century: number; latest: number } | null {
  const years = found.flatMap((c) => ('value' in c.reading ? [firstYear(c.reading.value)] : [])).sort((a, b) => a - b);
  if (years.length === 0) return null;
  return { century: Math.floor(years[Math.floor(years.length / 2)] / 100) * 100, latest: years[years.length - 1] };
}

/**
 * The date expressions of `text`, in text order. `exclude` lists spans where numbers are no dates
 * (the page numbers that the structure has found). With a memo, the grammar runs again only on the
 * blocks an edit changed (the same candidates as on the whole text, which is read at once without a
 * memo); the years that complete bare months and decades are read across the document.
 */
export function detectDates(text: string, exclude: readonly Span[] = [], memo?: BlockMemo, notes: readonly NoteAnchor[] = []): DateMention[] {
  const found = withOldStyleYears(text, withRepublicanWords(text, exclude, memo ? memoizedCandidates(text, exclude, memo) : candidates(text, exclude)));
  let century: ReturnType<typeof documentCentury> | undefined; // computed for the first decade that needs it
  const pieces = notes.flatMap(({ pieces, marker }) => pieces.map((span) => ({ span, marker }))).sort((a, b) => a.span.start - b.span.start);
  const notesUpTo: number[] = []; // pushed, not mapped: see arrays.ts
  for (const { span } of pieces) notesUpTo.push((notesUpTo.at(-1) ?? 0) + span.end - span.start);
  const narratives: Narratives = { text, mentions: [], pieceOf: [], pieces, notesUpTo };
  const { mentions, pieceOf } = narratives;
  const foundPiece = piecesOf(found, pieces);
  let republicanYear: number | null = null; // the Republican year of the last date of that calendar
  for (const [i, { start, end, rule, reading }] of found.entries()) {
    const kind = RULES[rule].kind;
    const spanText = text.slice(start, end);
    const piece = foundPiece[i];
    const mentionCount = mentions.length;
    if ('value' in reading) {
      mentions.push({ start, end, text: spanText, kind, value: reading.value });
    } else if ('republican' in reading && reading.republican) {
      const value = republicanValue(text, reading, end, found[i + 1], republicanYear);
      if (value !== null) mentions.push({ start, end, text: spanText, kind, value, inferred: true });
    } else if (reading.needs === 'year') {
      const after = found.slice(i + 1, i + 4).filter((_, k) => foundPiece[i + 1 + k] === piece);
      const month = reading.relative ? undefined : startMonth(reading.complete(2000));
      const reached = contextTime(narratives, after, piece, { start, end }, month);
      if (reached !== null) {
        const year = reading.relative ? relativeYear(reading.relative, reached) : yearAhead(text, start, month, reached);
        mentions.push({ start, end, text: spanText, kind, value: reading.complete(year), inferred: true });
      }
    } else if (reading.needs === 'month') {
      const named = lastMonthNamed(narratives, piece, { start, end });
      const value = named === null ? null : reading.complete(named.year, named.month!);
      if (value !== null) mentions.push({ start, end, text: spanText, kind, value, inferred: true });
    } else {
      // Once: `??=` would compute it again for every such date of a text without years (null).
      if (century === undefined) century = documentCentury(found);
      if (century === null) continue;
      // The thirties of the years the text has just named (`in 1848 … the forties`), not in an italic title (`*Une histoire
      // populaire de la France de 1685 à nos jours*`), else of most of its years.
      // A text of our century that says `the thirties` after naming years up to 2014 means the 1930s: the
      // 2030s would lie in its future.
      const anchor = mentions.findLast((m) => !isPublicationYear(text, m) && !isInItalics(text, 0, m.start));
      const hundreds = anchor ? Math.floor(firstYear(anchor.value) / 100) * 100 : century.century;
      let value = reading.complete(hundreds);
      if (hundreds >= 2000 && firstYear(value) > century.latest) value = reading.complete(hundreds - 100);
      // A year cut to its last two digits is the nearest to the year just named (`born in 1878, not '79`, then `from the
      // Secretariat in '22`: 1922), in whichever century.
      else if (anchor && ABBREVIATED_YEAR.test(spanText)) value = nearestTo(firstYear(anchor.value), [value, reading.complete(hundreds + 100), reading.complete(hundreds - 100)]);
      mentions.push({ start, end, text: spanText, kind, value, inferred: true });
    }
    if (mentions.length === mentionCount) continue;
    pieceOf.push(piece);
    if (RULES[rule].calendar === 'republican') republicanYear = republicanYearOf(parseValue(mentions[mentionCount].value)!.start);
  }
  return withOldStyleInGregorian(text, BOTH_STYLES_PARENTHESIS.test(text) ? withDatesInBothStyles(text, mentions) : mentions);
}

/**
 * `(O.S.)`, `O.S.`, `(Old Style)`, `by the Old Style reckoning`, `in the Julian calendar` right after a date: the text gives
 * it in the Julian calendar; not `(O.S. 17 February)`, which gives the Julian equivalent of a Gregorian date.
 */
const OLD_STYLE_AFTER = /^,?\s*(?:\((?:O\.\s?S\.|Old\s+Style)\)|(?:O\.\s?S\.|Old\s+Style)(?!\p{L}|\s*\d)|(?:by|in|according\s+to)\s+the\s+(?:Old\s+Style|Julian\s+(?:reckoning|calendar|style)))/u;
/** `(O.S. 17 February)`: a date given in the Julian calendar, within the parenthesis that says so. */
const OLD_STYLE_BEFORE = /\((?:O\.\s?S\.|Old\s+Style)[,:]?\s+$/u;
/** `(6–7 November N.S.)`: the date before this parenthesis is the same day in the Julian calendar. */
const NEW_STYLE_AFTER = /^\s*(?:N\.\s?S\.|New\s+Style)\s*\)/u;

/** What every mark of a calendar's style holds (`O.S.`, `N. S.`, `Old Style`, `Julian`), and the marks. */
const STYLE_MARK_PARTS = ['O.', 'N.', 'Style', 'Julian'];
const STYLE_MARK = /O\.\s?S\.|Old\s+Style|N\.\s?S\.|New\s+Style|Julian/;

/**
 * The days a text marks as Old Style (`1 March 1917 (O.S.)`, `(O.S. 17 February)`, `24–25 October 1917 (6–7 November N.S.)`)
 * at their Gregorian value, which ISO dates are in: the Julian day and the calendars' gap (see `julianGap`).
 */
function withOldStyleInGregorian(text: string, mentions: DateMention[]): DateMention[] {
  // A substring search for the capital of each mark first: the pattern alone reads the whole text for nothing in most.
  if (!STYLE_MARK_PARTS.some((part) => text.includes(part)) || !STYLE_MARK.test(text)) return mentions;
  return mentions.map((date, i) => {
    const next = mentions[i + 1];
    const oldStyle = OLD_STYLE_AFTER.test(text.slice(date.end, date.end + 40)) || OLD_STYLE_BEFORE.test(text.slice(Math.max(0, date.start - 16), date.start)) ||
      next !== undefined && /^\s*\($/u.test(text.slice(date.end, next.start)) && NEW_STYLE_AFTER.test(text.slice(next.end, next.end + 16));
    const value = oldStyle ? gregorianOfJulian(date.value) : null;
    return value === null ? date : { ...date, value };
  });
}

/** A value of Julian days (`1917-03-01`, `1917-10-24/1917-10-25`) in the Gregorian calendar; null if it names no day or lies outside 1582–1923. */
function gregorianOfJulian(value: string): string | null {
  const days = value.split('/').map((part) => /^(\d{4})-(\d{2})-(\d{2})$/.exec(part));
  if (days.some((day) => day === null)) return null;
  const converted = days.map((day) => {
    const [year, month, dayOfMonth] = day!.slice(1).map(Number);
    return year < 1582 || year > 1923 ? null : new Date(Date.UTC(year, month - 1, dayOfMonth + julianGap(year, month))).toISOString().slice(0, 10);
  });
  return converted.some((day) => day === null) ? null : converted.join('/');
}

/** Days (or a span of days), then the same in the other calendar, then the month: `9 (22) January 1905`, `14–15 (27–28) May`. */
const DAYS_IN_BOTH_STYLES = new RegExp(String.raw`(?<!\d)(\d{1,2})(?:[–-](\d{1,2}))?\s\((\d{1,2})(?:[–-](\d{1,2}))?\)\s+(${MONTH_NAMES.join('|')})\b(?:,?\s+(\d{4})\b)?`, 'g');
/**
 * A day and its month, then the same day in the other calendar in parentheses, maybe marked, then maybe the year:
 * `25 October (7 November) 1917`, `28 February (15 February O.S.)`.
 */
const DATES_IN_BOTH_STYLES = new RegExp(String.raw`(?<!\d)(\d{1,2})\s+(${MONTH_NAMES.join('|')})\s+\((\d{1,2})\s+(${MONTH_NAMES.join('|')})(?:\s+[ON]\.\s?S\.)?\)(?:,?\s+(\d{4})\b)?`, 'g');
/**
 * The parenthesis of a date in both calendars (`(22) January`, `(7 November)`, `(15 February O.S.)`), looked for first: it
 * opens with a bracket, which the search skips to, where the patterns above are tried at every number of a text.
 */
const BOTH_STYLES_PARENTHESIS = /\(\d{1,2}(?:[–-]\d{1,2})?(?:\)\s+\p{Lu}|\s+\p{Lu}\p{Ll}+(?:\s+[ON]\.\s?S\.)?\))/u;
/** The Julian calendar (Old Style) ran 10 to 13 days behind the Gregorian (New Style) from 1582 to 1918. */
const isStyleGap = (days: number) => days >= 10 && days <= 13;
const twoDigits = (n: string) => n.padStart(2, '0');
const DAY_MS = 86_400_000;

/** The year of the last of `mentions` before `start` that gives one. */
const yearBefore = (mentions: readonly DateMention[], start: number): string | undefined =>
  mentions.findLast((d) => d.end <= start && /^\d{4}/.test(d.value))?.value.slice(0, 4);

/**
 * `mentions` with the date a text writes in both calendars (`m`, a match of one of the patterns above) in place of what
 * was read there, at its New Style (Gregorian) `value`; made as the other dates are, in one of their two shapes (see the
 * mentions of `detectDates`): `inferred` when its year is the date's before.
 */
function withBothStyles(mentions: DateMention[], m: RegExpExecArray, kind: 'date' | 'date-range', value: string, yearGiven: boolean): DateMention[] {
  const start = m.index;
  const end = start + m[0].length;
  const date: DateMention = yearGiven ? { start, end, text: m[0], kind, value } : { start, end, text: m[0], kind, value, inferred: true };
  const kept = mentions.filter((d) => d.end <= start || d.start >= end);
  kept.splice(partitionPoint(kept.length, (k) => kept[k].start < start), 0, date);
  return kept;
}

/**
 * Dates in both calendars, as histories of Russia give them, each as one date at its New Style value (in the year of the
 * date before when they give none), where the two lie the calendars' 10 to 13 days apart: days before their month
 * (`9 (22) January 1905`, `14–15 (27–28) May`), the one in parentheses the New Style's; whole dates (`25 October (7 November)
 * 1917`, `28 February (15 February O.S.)`), the later the New Style's.
 */
function withDatesInBothStyles(text: string, mentions: DateMention[]): DateMention[] {
  let result = mentions;
  for (const m of text.matchAll(DAYS_IN_BOTH_STYLES)) {
    if (!isStyleGap(Number(m[3]) - Number(m[1]))) continue;
    const year = m[6] ?? yearBefore(result, m.index);
    if (year === undefined) continue;
    const month = `${year}-${twoDigits(String(MONTH_NAMES.indexOf(m[5]) + 1))}`;
    const value = m[4] ? `${month}-${twoDigits(m[3])}/${month}-${twoDigits(m[4])}` : `${month}-${twoDigits(m[3])}`;
    result = withBothStyles(result, m, m[4] ? 'date-range' : 'date', value, m[6] !== undefined);
  }
  for (const m of text.matchAll(DATES_IN_BOTH_STYLES)) {
    const year = m[5] ?? yearBefore(result, m.index);
    if (year === undefined) continue;
    const first = Date.UTC(Number(year), MONTH_NAMES.indexOf(m[2]), Number(m[1]));
    const second = Date.UTC(Number(year), MONTH_NAMES.indexOf(m[4]), Number(m[3]));
    if (!isStyleGap(Math.abs(second - first) / DAY_MS)) continue;
    result = withBothStyles(result, m, 'date', new Date(Math.max(first, second)).toISOString().slice(0, 10), m[5] !== undefined);
  }
  return result;
}
