// Markdown italics as the layers read them: a title of a work set off by single asterisks on one line.

/**
 * Whether `at` stands inside a Markdown italic on its line (after an odd number of asterisks since the line's start, or
 * since `floor` if that comes later).
 */
export function isInItalics(text: string, floor: number, at: number): boolean {
  let stars = 0;
  for (let i = at - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) break;
    if (c === 42 /* * */) stars++;
  }
  return stars % 2 === 1;
}

/** Whether an asterisk follows `at` on its line within `reach` characters: where an italic may close (most text has none). */
export function asteriskAhead(text: string, at: number, reach: number): boolean {
  for (let i = at, end = Math.min(text.length, at + reach); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 /* * */) return true;
    if (c === 10 /* \n */) return false;
  }
  return false;
}
