// Spelling variants of one name: transliterations (`Khrushchev`, `Krushchev`, `Khruschev`), dropped
// letters (`Althusser`, `Altusser`), diacritics (`Claudín`, `Cludin`).

/** A key that transliteration variants of a name share: no diacritics, no `h` after the first letter, doubled letters once. */
export function spellingKey(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    if (keys.size > 50000) keys.clear();
    key = computeKey(word);
    keys.set(word, key);
  }
  return key;
}

const keys = new Map<string, string>();

function computeKey(word: string): string {
  const plain = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}]/gu, '');
  return plain[0] === undefined ? '' : (plain[0] + plain.slice(1).replace(/h/g, ''))
    .replace(/^mac/, 'mc').replace(/y/g, 'i').replace(/w/g, 'v').replace(/c(?!z)/g, 'k').replace(/(\p{L})\1+/gu, '$1');
}

/** Levenshtein distance, giving up (returning `limit + 1`) once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...row) > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length];
}

/** Two keys that spell one name: equal, or one letter apart when both are long enough to make that safe. */
export function sameSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 6 || b.length < 6 || a[0] !== b[0]) return false;
  return distance(a, b, 1) <= 1;
}
