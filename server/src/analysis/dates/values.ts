// Normalized date values — `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or an interval `START/END` of those — and
// what a reader-facing feature asks of them: their days, whether two overlap, how to say them in words.
// Years before the common era count as ISO 8601 does (astronomically): `0000` is 1 BC, `-0430` is 431 BC.
import { MONTH_NAMES } from './lexicon';

/** A calendar point as precise as the text says: a year, a month of a year, or a day. */
export interface CalendarPoint {
  year: number;
  month?: number;
  day?: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const padYear = (year: number) => (year < 0 ? `-${pad(-year, 4)}` : pad(year, 4));

/** `1922`, `1922-04`, `1922-04-12`; `-0430` (431 BC). */
export function pointValue(point: CalendarPoint): string {
  const { year, month, day } = point;
  if (month === undefined) return padYear(year);
  if (day === undefined) return `${padYear(year)}-${pad(month)}`;
  return `${padYear(year)}-${pad(month)}-${pad(day)}`;
}

/** The value of the interval from `start` to `end`; a single point when both are the same. */
export function intervalValue(start: CalendarPoint, end: CalendarPoint): string {
  const [a, b] = [pointValue(start), pointValue(end)];
  return a === b ? a : `${a}/${b}`;
}

/** The years `from` to `to`, as one value. */
export const yearsValue = (from: number, to: number) => intervalValue({ year: from }, { year: to });

/** Reads back a point written by `pointValue`, or null. */
export function parsePoint(text: string): CalendarPoint | null {
  const m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const point: CalendarPoint = { year: Number(m[1]) };
  if (m[2]) point.month = Number(m[2]);
  if (m[3]) point.day = Number(m[3]);
  return point;
}

/** The start and end points of a value, or null when it is not a date value. */
export function parseValue(value: string): { start: CalendarPoint; end: CalendarPoint } | null {
  const [a, b = a, ...rest] = value.split('/');
  const start = parsePoint(a);
  const end = parsePoint(b);
  return start && end && rest.length === 0 ? { start, end } : null;
}

/**
 * How many days the Gregorian calendar (New Style) ran ahead of the Julian (Old Style) on a Julian day of `month` in `year`:
 * 10 from 1582, one more from each Julian century year's 29 February that the Gregorian skips (11 from 1700, 12 from 1800,
 * 13 from 1900).
 */
export function julianGap(year: number, month: number): number {
  const centuries = Math.floor((month > 2 ? year : year - 1) / 100);
  return centuries - Math.floor(centuries / 4) - 2;
}

/** Date.UTC would read the years 0–99 as 1900–1999. */
export const daysInMonth = (year: number, month: number) => new Date(new Date(0).setUTCFullYear(year, month, 0)).getUTCDate();

/** The first and last day (`YYYY-MM-DD`, inclusive) of a value: `1920s` values span 1920-01-01 to 1929-12-31. */
export function dateInterval(value: string): { start: string; end: string } | null {
  const parsed = parseValue(value);
  if (!parsed) return null;
  const { start, end } = parsed;
  const lastMonth = end.month ?? 12;
  return {
    start: pointValue({ year: start.year, month: start.month ?? 1, day: start.day ?? 1 }),
    end: pointValue({ year: end.year, month: lastMonth, day: end.day ?? daysInMonth(end.year, lastMonth) }),
  };
}

/** A day (`YYYY-MM-DD`, the year maybe negative) as a number that sorts as the days do. */
const dayOrder = (day: string) => {
  const { year, month, day: date } = parsePoint(day) as Required<CalendarPoint>;
  return (year * 100 + month) * 100 + date;
};

/** Whether two values share at least one day (`1937` and `the 1930s` do; `1929` and `the 1930s` do not). */
export function valuesOverlap(a: string, b: string): boolean {
  const x = dateInterval(a);
  const y = dateInterval(b);
  return x !== null && y !== null && dayOrder(x.start) <= dayOrder(y.end) && dayOrder(y.start) <= dayOrder(x.end);
}

function spellPoint(point: CalendarPoint, withYear = true): string {
  const words: string[] = [];
  if (point.day !== undefined) words.push(String(point.day));
  if (point.month !== undefined) words.push(MONTH_NAMES[point.month - 1]);
  if (withYear) words.push(point.year > 0 ? String(point.year) : `${1 - point.year} BC`);
  return words.join(' ');
}

/**
 * A value in words, saying once what both ends share: `23 March 2004`, `1925 to 1929`, `March to April 1978`,
 * `24 to 25 February 1956`. `joiner` goes between the ends (` to `, or `–` for a compact form).
 */
export function spellValue(value: string, joiner = ' to '): string {
  const parsed = parseValue(value);
  if (!parsed) return value;
  const { start, end } = parsed;
  if (pointValue(start) === pointValue(end)) return spellPoint(start);
  if (start.year !== end.year || start.month === undefined || end.month === undefined) {
    return `${spellPoint(start)}${joiner}${spellPoint(end)}`;
  }
  if (start.month === end.month && start.day !== undefined && end.day !== undefined) {
    return `${start.day}${joiner}${end.day} ${MONTH_NAMES[end.month - 1]} ${end.year}`;
  }
  return `${spellPoint(start, false)}${joiner}${spellPoint(end, false)} ${end.year}`;
}

/** A short form for an inlay hint: `1930–1939`, `April 1933`, `March–May 1936`. */
export const compactValue = (value: string) => spellValue(value, '–');
