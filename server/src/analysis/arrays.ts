// Arrays as V8 compiles the code that reads them. V8's compiled `Array.prototype.map` makes a holey array, its
// interpreter a packed one; a function compiled for arrays of one kind is dropped (and compiled again, some tens of ms
// for the large functions of the layers) the first time it meets the other. So arrays that hot code reads after a
// `map` (a `join`, a `filter`, a loop) are `mapped` or pushed one by one, and a `map` whose only use is a `join` is `joined`.

/** `items.map(each)` as a packed array, whichever tier of V8 runs it. */
export function mapped<T, U>(items: readonly T[], each: (item: T, index: number) => U): U[] {
  const results: U[] = [];
  for (let i = 0; i < items.length; i++) results.push(each(items[i], i));
  return results;
}

/** What `each` gives of every item, joined by `separator`, as `items.map(each).join(separator)` gives it. */
export function joined<T>(items: readonly T[], each: (item: T, index: number) => string, separator: string): string {
  let text = '';
  for (let i = 0; i < items.length; i++) text += i === 0 ? each(items[i], i) : separator + each(items[i], i);
  return text;
}
