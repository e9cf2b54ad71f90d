// What a reader is told about a date mention: its meaning in words (hover), whether the text says it
// outright (an inlay hint is worth showing only when it does not), and which mentions share days.
import type { DateMention } from '../types';
import { compactValue, parseValue, spellValue, valuesOverlap } from './values';

type Dated = Pick<DateMention, 'text' | 'value' | 'kind' | 'inferred'>;

/** Whether two mentions share at least one day (`1937` lies in `the 1930s`). */
export const datesOverlap = (a: Pick<DateMention, 'value'>, b: Pick<DateMention, 'value'>) => valuesOverlap(a.value, b.value);

const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

/** The name of a value that is a whole decade or century (`the 1930s`, `the 20th century`), else undefined. */
export function periodName(value: string): string | undefined {
  const parsed = parseValue(value);
  if (!parsed || parsed.start.month !== undefined || parsed.end.month !== undefined) return undefined;
  const [first, last] = [parsed.start.year, parsed.end.year];
  if (first % 10 === 0 && last === first + 9) return `the ${first}s`;
  if (first % 100 === 1 && last === first + 99) return `the ${ordinal((first - 1) / 100 + 1)} century`;
  return undefined;
}

const FIGURATIVE_KINDS = new Set<DateMention['kind']>(['season', 'part-of-year', 'part-of-decade', 'decade', 'century']);

/**
 * Whether the text says its value outright, every year in full (`1924`, `March 23, 2004`, `1934-1943`, `431 BC`).
 * Not literal: `the thirties`, `the late 1920s`, `1923–30`, `the spring of 1936`, `in April` after 1933.
 */
export function isLiteral(mention: Dated): boolean {
  const parsed = parseValue(mention.value);
  if (!parsed || mention.inferred || FIGURATIVE_KINDS.has(mention.kind)) return false;
  const numbers = new Set(mention.text.match(/\d+/g));
  const written = (year: number) => String(year > 0 ? year : 1 - year); // 431 BC is year -430
  return numbers.has(written(parsed.start.year)) && numbers.has(written(parsed.end.year));
}

/**
 * A mention's meaning in words, for a hover: `23 March 2004`; `the 1930s, 1930 to 1939`;
 * `1925 to 1929, the late 1920s`; `April 1933, the year from the text around it`.
 */
export function describeDate(mention: Dated): string {
  const spelled = spellValue(mention.value);
  const name = periodName(mention.value);
  if (name) return `${name}, ${spelled}`;
  if (isLiteral(mention)) return spelled;
  if (mention.inferred) return `${spelled}, the year from the text around it`;
  return `${spelled}, ${mention.text.replace(/\s+/g, ' ')}`;
}

/** The inlay hint for a mention that does not say its value outright (`the thirties` → `1930–1939`), else null. */
export const inlayHint = (mention: Dated): string | null => (isLiteral(mention) ? null : compactValue(mention.value));
