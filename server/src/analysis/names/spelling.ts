// Spelling variants of one name: transliterations (`Khrushchev`, `Krushchev`, `Khruschev`), dropped
// letters (`Althusser`, `Altusser`), diacritics (`Claudín`, `Cludin`).
import { detached } from '../blocks';
import { isDigit } from './tokens';

/**
 * A key that transliteration variants of a name share: no diacritics, no `h` after the first letter, doubled letters once,
 * `x` as `ks` (`Maximenkov`, `Maksimenkov`), `j` and `y` as `i` (`Bojarskij`, `Boyarsky`), umlauts written out as without
 * their dots (`Loebl`, `Löbl`).
 */
export function spellingKey(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    if (keys.size > 50000) keys.clear();
    key = computeKey(word);
    keys.set(detached(word), key);
  }
  return key;
}

const keys = new Map<string, string>();
/** Letters that Unicode does not decompose into a Latin letter and a mark, as their names are transliterated (`Đilas`, `Djilas`; `Wałęsa`, `Walesa`). */
const UNDECOMPOSED: Record<string, string> = { đ: 'dj', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i' };

/** An umlaut written out before a consonant (`Loebl`, `Mueller`), as its letter without the dots is (`Löbl`). */
const GERMAN_UMLAUT_WRITTEN_OUT = /([aou])e(?=[^aeiouy])/g;

function computeKey(word: string): string {
  // A ruler's name and number (`Nicholas 2`): the number stays.
  const number = /\d+$/.exec(word);
  if (number) return `${computeKey(word.slice(0, number.index))}${number[0]}`;
  const plain = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[đłøæœßı]/gu, (c) => UNDECOMPOSED[c]).replace(/[^\p{L}]/gu, '');
  return plain[0] === undefined ? '' : (plain[0] + plain.slice(1).replace(/h/g, '').replace(GERMAN_UMLAUT_WRITTEN_OUT, '$1'))
    .replace(/^mac/, 'mc').replace(/[yj]/g, 'i').replace(/w/g, 'v').replace(/c(?!z)/g, 'k').replace(/x/g, 'ks').replace(/(\p{L})\1+/gu, '$1');
}

/**
 * A key that the Wade-Giles and the pinyin spelling of a Chinese name share (`Tse-tung`, `Zedong`; `Ta-chao`, `Dazhao`;
 * `Hsiao-p'ing`, `Xiaoping`): the initials the two systems write differently, aspirated or not, as one letter each,
 * the finals they write differently as pinyin does.
 */
export function romanizationKey(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '')
    .replace(/zh|ch|hs|ts|tz|ung|ih|eh|ien|[bdgkptzcxjq]/g, (m) => ROMANIZATION[m] ?? m);
}
const ROMANIZATION: Record<string, string> = {
  zh: 'j', ch: 'j', j: 'j', q: 'j', hs: 'x', x: 'x', ts: 'z', tz: 'z', z: 'z', c: 'z',
  b: 'b', p: 'b', d: 'd', t: 'd', g: 'g', k: 'g', ung: 'ong', ih: 'i', eh: 'e', ien: 'ian',
};

/** Whether one substitution, insertion or deletion (or none) turns `a` into `b`. */
function withinOneEdit(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  if (i === b.length) return true;
  // The first difference: skip one letter of the longer key, or of both when they are as long, or two letters swapped
  // (`Kautksy`, `Kautsky`).
  const rest = a.length === b.length ? i + 1 : i;
  return a.slice(i + 1) === b.slice(rest) || a.length === b.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** `XVI`: the number of a reign, in roman numerals up to 39. */
export const isRegnalNumber = (word: string): boolean => {
  const c = word.charCodeAt(0);
  return (c === 73 || c === 86 || c === 88) /* I V X */ && REGNAL_NUMBER.test(word);
};
const REGNAL_NUMBER = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * The surname-like key of a ruler's name of two or three `words` (`Nicholas II` -> `Nicholas 2`), in which the
 * number keeps `Nicholas I` apart, or undefined for another name.
 */
export function rulerSurname(words: readonly string[]): string | undefined {
  const numeral = words[words.length - 1];
  if (words.length !== 2 && words.length !== 3 || !isRegnalNumber(numeral)) return undefined;
  const value: Record<string, number> = { I: 1, V: 5, X: 10 };
  let n = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = value[numeral[i]];
    n += i + 1 < numeral.length && v < value[numeral[i + 1]] ? -v : v;
  }
  return `${words.slice(0, -1).join(' ')} ${n}`;
}

/** A key that ends in the number of a reign (`Nicholas 2`, see `identity.ts`): no variant of another number. */
const endsInDigit = (key: string) => isDigit(key.charCodeAt(key.length - 1));

/** Two keys that spell one name: equal, or one letter (or two swapped) apart when both are long enough to make that safe. */
export function sameSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 6 || b.length < 6 || a[0] !== b[0] || endsInDigit(a) || endsInDigit(b)) return false;
  return withinOneEdit(a, b);
}
