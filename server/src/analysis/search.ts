// Binary search over lists in text order.

/** The number of leading items of a list of `length` for which `isBefore` holds (it holds for a prefix of the list). */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
