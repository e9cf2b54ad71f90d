import type { Section, Span } from '../types';

/** A heading found in the text, before levels and extents are known. */
export interface Heading extends Span {
  title: string;
  /** Markdown gives a depth; plain text a style, ranked part > all-capitals > plain. */
  style: 'part' | 'caps' | 'plain' | number;
}

const STYLE_RANK = { part: 0, caps: 1, plain: 2 } as const;

/** The number a plain heading opens with, by its parts: `2.1 The clerks` is a subsection of `2. The clerks`. */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2}){1,4}(?=\.?\s)/;

function rankOf(heading: Heading): number {
  if (typeof heading.style === 'number') return heading.style;
  const number = heading.style === 'plain' ? SECTION_NUMBER.exec(heading.title) : null;
  return STYLE_RANK[heading.style] + (number ? number[0].split('.').length - 1 : 0);
}

/** Gives headings their levels and extents: a section runs to the next heading of its level or higher. */
export function buildSections(headings: Heading[], textLength: number): Section[] {
  const ranks = [...new Set(headings.map(rankOf))].sort((a, b) => a - b);
  const levelOf = (h: Heading) => ranks.indexOf(rankOf(h)) + 1;
  const sorted = [...headings].sort((a, b) => a.start - b.start);
  return sorted.map((h, i) => {
    const level = levelOf(h);
    const next = sorted.slice(i + 1).find((other) => levelOf(other) <= level);
    return { title: h.title, level, start: h.start, end: next ? next.start : textLength, heading: { start: h.start, end: h.end } };
  });
}
