// Finds the date expressions of a text: the grammar proposes, the context of a number decides whether it
// is a year (`p. 1924` and `1500 workers` are not), and the surrounding text completes what an
// expression leaves open (the year of `in April`, the century of `the thirties`).
import type { DateMention, Span } from '../types';
import { DATE_PATTERN, DATE_START, RULES, type Reading } from './grammar';
import { COUNTED_NOUNS, REFERENCE_WORDS } from './lexicon';
import { parseValue } from './values';

/** How far back (in characters) a year still fixes the year of a bare month or season. */
const YEAR_CONTEXT_REACH = 600;
/** Before 1500 a four-digit number is more often a count: it is a year only after one of these words. */
const TEMPORAL_WORDS = new Set(['in', 'of', 'since', 'from', 'by', 'until', 'till', 'before', 'after', 'around',
  'c', 'ca', 'circa', 'year', 'ad']);
/** Text where no number is a date: web addresses, superscript note markers, footnote labels. */
const UNREADABLE = /\b(?:https?:\/\/|www\.)\S+|<sup>[^<]*<\/sup>|\[\^[^\]\s]*\]/giu;

const LEADING_YEAR = /^(?:1\d{3}|20\d{2})(?=[a-h]?(?![\p{L}\p{N}]))/u;

interface Candidate extends Span {
  rule: number;
  reading: Reading;
}

/** The word right before `at` (skipping spaces and an abbreviation's period), lower-cased. */
function wordBefore(text: string, at: number): string {
  return /(\p{L}+)\.?\s*$/u.exec(text.slice(Math.max(0, at - 16), at))?.[1].toLowerCase() ?? '';
}

/** Whether the number at `start`–`end` can be a year by what stands around it. */
function isYearByContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  if (/[$£€¥#§]\s?$|\d[-/.]$/.test(before)) return false;
  const word = wordBefore(text, start);
  if (REFERENCE_WORDS.has(word)) return false;
  if (Number(text.slice(start, start + 4)) < 1500 && !TEMPORAL_WORDS.has(word)) return false;
  const after = /^\s*(%|per\s?cent\b|\p{L}+)/u.exec(text.slice(end, end + 24))?.[1] ?? '';
  return after !== '%' && !/^per\s?cent$/.test(after) && !COUNTED_NOUNS.has(after.toLowerCase());
}

function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}

/** Every candidate of the grammar, in text order, with a bare year as fallback where a longer reading fails. */
function candidates(text: string, exclude: readonly Span[]): Candidate[] {
  const blocked = [...exclude, ...[...text.matchAll(UNREADABLE)].map((m) => ({ start: m.index, end: m.index + m[0].length }))];
  const found: Candidate[] = [];
  const pattern = new RegExp(DATE_PATTERN);
  const starts = new RegExp(DATE_START);
  const yearRule = RULES.findIndex((r) => r.kind === 'year');
  for (let s = starts.exec(text); s !== null; s = starts.exec(text)) {
    pattern.lastIndex = s.index;
    const m = pattern.exec(text);
    if (m === null) continue;
    const start = m.index;
    const rule = m.findIndex((group, i) => i > 0 && group !== undefined) - 1;
    const { startsWithYear, read } = RULES[rule];
    const reading = startsWithYear && !isYearByContext(text, start, start + 4) ? null : read(m[0]);
    const span = { start, end: start + m[0].length };
    starts.lastIndex = span.end;
    if (reading && !overlapsAny(span, blocked)) {
      found.push({ ...span, rule, reading });
      continue;
    }
    // A longer reading failed (`1930-12` is no range): the year it starts with may still stand alone.
    const lead = LEADING_YEAR.exec(m[0]);
    if (lead && rule !== yearRule) {
      const year = { start, end: start + lead[0].length };
      starts.lastIndex = year.end;
      if (isYearByContext(text, year.start, year.end) && !overlapsAny(year, blocked)) {
        found.push({ ...year, rule: yearRule, reading: RULES[yearRule].read(lead[0])! });
      }
    }
  }
  return found;
}

/** A year that fixes the year of a following bare month: the value of a complete mention within one year. */
function singleYear(value: string): number | null {
  const parsed = parseValue(value);
  return parsed && parsed.start.year === parsed.end.year ? parsed.start.year : null;
}

/** The century (1900 for the twentieth) most of the document's years fall in, or null when it has none. */
function documentCentury(values: string[]): { century: number; latest: number } | null {
  const years = values.map((v) => parseValue(v)?.start.year).filter((y): y is number => y !== undefined).sort((a, b) => a - b);
  if (years.length === 0) return null;
  return { century: Math.floor(years[Math.floor(years.length / 2)] / 100) * 100, latest: years.at(-1)! };
}

/**
 * The date expressions of `text`, in text order. `exclude` lists spans where numbers are no dates
 * (page numbers and running heads that the structure has found).
 */
export function detectDates(text: string, exclude: readonly Span[] = []): DateMention[] {
  const found = candidates(text, exclude);
  const complete = found.flatMap((c) => ('value' in c.reading ? [c.reading.value] : []));
  const century = documentCentury(complete);
  const mentions: DateMention[] = [];
  for (const c of found) {
    const kind = RULES[c.rule].kind;
    const base = { start: c.start, end: c.end, text: text.slice(c.start, c.end), kind };
    if ('value' in c.reading) {
      mentions.push({ ...base, value: c.reading.value });
    } else if (c.reading.needs === 'year') {
      const previous = mentions.at(-1);
      const year = previous && c.start - previous.end <= YEAR_CONTEXT_REACH ? singleYear(previous.value) : null;
      if (year !== null) mentions.push({ ...base, value: c.reading.complete(year), inferred: true });
    } else if (century) {
      // The thirties of a text about the 1930s; never a decade after the latest year the text names.
      let value = c.reading.complete(century.century);
      if (parseValue(value)!.start.year > century.latest) value = c.reading.complete(century.century - 100);
      mentions.push({ ...base, value, inferred: true });
    }
  }
  return mentions;
}
