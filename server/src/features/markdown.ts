// Essay text shown in hovers is data, never Markdown or HTML: every character that CommonMark
// (with HTML enabled) could read as syntax is backslash-escaped, and bare URLs are broken with an
// invisible space so that GFM's autolinking does not make them live.

const SYNTAX = /[\\`*_{}[\]()#+\-.!|<>&~=:"']/g;

/** Escapes text so that a Markdown renderer shows it literally: no link, image, emphasis or HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(SYNTAX, (c) => `\\${c}`)
    .replace(/\\:\\\/\\\//g, '\\:\u200b\\/\\/')
    .replace(/\bwww\\\./gi, (m) => `${m.slice(0, 3)}\u200b${m.slice(3)}`);
}

/** Essay text as a one-line quotation, cut at `max` characters. */
export function quote(text: string, max = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return escapeMarkdown(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

/** The first few items, then "and N more" (of `total`, when `items` holds only the first of them). */
export function capped<T>(items: T[], limit: number, render: (item: T) => string, total = items.length): string[] {
  const shown = items.slice(0, limit).map(render);
  if (total > shown.length) shown.push(`and ${total - shown.length} more`);
  return shown;
}
