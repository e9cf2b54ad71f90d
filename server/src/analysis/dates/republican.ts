// The French Republican calendar, in use from Year I (1792) to Year XIV (1805): twelve months of thirty days from
// 1 Vendémiaire, the autumn equinox, then five or six complementary days. Essays on the Revolution date by it
// (`9 Thermidor Year II`, `the law of 22 Prairial`, `l'an III`); their values are the Gregorian days.
import { type CalendarPoint, intervalValue } from './values';

/** The months in order, as English and French texts write them (with or without accents). */
export const REPUBLICAN_MONTHS: readonly string[] = [
  'Vendémiaire', 'Brumaire', 'Frimaire', 'Nivôse', 'Pluviôse', 'Ventôse',
  'Germinal', 'Floréal', 'Prairial', 'Messidor', 'Thermidor', 'Fructidor',
];

const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
/** By each name in small letters, with its accents and without them. */
const MONTH_NUMBERS = new Map(REPUBLICAN_MONTHS.flatMap((name, i) => [[name.toLowerCase(), i + 1], [plain(name).toLowerCase(), i + 1]]));

/** The month's number (1 for Vendémiaire) of a name as written: `Thermidor`, `thermidor`, `Nivose`; 0 for no such month. */
export const republicanMonth = (word: string): number => MONTH_NUMBERS.get(word.toLowerCase()) ?? 0;
/** Whether a word in small letters names a month of the calendar (`thermidor`, `nivose`). */
export const isRepublicanMonth = (lower: string): boolean => MONTH_NUMBERS.has(lower);

/** The Gregorian day of 1 Vendémiaire of Years I to XIV (as the calendar's years were fixed by the equinox). */
const NEW_YEARS: readonly [year: number, day: number][] = [
  [1792, 22], [1793, 22], [1794, 22], [1795, 23], [1796, 22], [1797, 22], [1798, 22],
  [1799, 23], [1800, 23], [1801, 23], [1802, 23], [1803, 24], [1804, 23], [1805, 23],
];

/** The Roman numerals of the calendar's years. */
export const REPUBLICAN_YEARS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV'];

/** The Gregorian day that is `offset` days after 1 Vendémiaire of `year` (a year outside I–XIV starts on 22 September). */
function dayOfYear(year: number, offset: number): CalendarPoint {
  const [gregorian, day] = NEW_YEARS[year - 1] ?? [1791 + year, 22];
  const date = new Date(Date.UTC(gregorian, 8, day + offset));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The Gregorian day of a day of a month (1–12) of a Republican year. */
export const republicanDay = (year: number, month: number, day: number): CalendarPoint => dayOfYear(year, (month - 1) * 30 + day - 1);

/** The Republican year whose `day` of `month` falls in the Gregorian `gregorian` (Vendémiaire to early Nivôse fall in the year it starts). */
export function republicanYearIn(gregorian: number, month: number, day: number): number {
  const year = gregorian - 1792;
  return republicanDay(year, month, day).year === gregorian ? year : year + 1;
}

/** The Republican year a Gregorian day falls in (0 before Year I, 15 after Year XIV). */
export function republicanYearOf(point: CalendarPoint): number {
  const at = Date.UTC(point.year, (point.month ?? 1) - 1, point.day ?? 1);
  const next = NEW_YEARS.findIndex(([year, day]) => Date.UTC(year, 8, day) > at);
  return next === -1 ? NEW_YEARS.length + 1 : next;
}

/** A Republican year as its Gregorian days: Year II is 22 September 1793 to 21 September 1794. */
export function republicanYearValue(year: number): string {
  const last = dayOfYear(year + 1, -1);
  return intervalValue(dayOfYear(year, 0), year === REPUBLICAN_YEARS.length ? { year: 1805, month: 12, day: 31 } : last);
}

/** A season of a Republican year: its autumn opens it, its winter straddles the Gregorian new year, its spring and summer follow. */
export function republicanSeasonValue(year: number, season: { first: number; last: number }): string {
  const start = dayOfYear(year, 0).year;
  const first = season.first >= 9 ? start : start + 1;
  const last = season.last >= season.first ? first : first + 1;
  return intervalValue({ year: first, month: season.first }, { year: last, month: season.last });
}
