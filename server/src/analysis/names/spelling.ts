// Spelling variants of one name: transliterations (`Khrushchev`, `Krushchev`, `Khruschev`), dropped
// letters (`Althusser`, `Altusser`), diacritics (`Claudín`, `Cludin`).
import { detached } from './tokens';

/** A key that transliteration variants of a name share: no diacritics, no `h` after the first letter, doubled letters once. */
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

function computeKey(word: string): string {
  const plain = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}]/gu, '');
  return plain[0] === undefined ? '' : (plain[0] + plain.slice(1).replace(/h/g, ''))
    .replace(/^mac/, 'mc').replace(/y/g, 'i').replace(/w/g, 'v').replace(/c(?!z)/g, 'k').replace(/(\p{L})\1+/gu, '$1');
}

/** Whether one substitution, insertion or deletion (or none) turns `a` into `b`. */
function withinOneEdit(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  if (i === b.length) return true;
  // The first difference: skip one letter of the longer key, or of both when they are as long.
  const rest = a.length === b.length ? i + 1 : i;
  return a.slice(i + 1) === b.slice(rest);
}

/** Two keys that spell one name: equal, or one letter apart when both are long enough to make that safe. */
export function sameSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 6 || b.length < 6 || a[0] !== b[0]) return false;
  return withinOneEdit(a, b);
}
