// Resolves back-references: Ibid. repeats the reference before it; op. cit. the latest full reference
// of the same work, found by the title it gives, else by its author, else by the author the text names
// just before it, else the reference before it. A page-only parenthesis (`(p. 487)`) points into the
// reference before it.
import type { Citation, Note } from '../types';
import { SURNAME } from './patterns';

const isBackReference = (c: Citation) => c.kind === 'ibid' || c.kind === 'opcit';
const normalize = (s: string) => s.toLowerCase().normalize('NFD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const NAME = new RegExp(SURNAME, 'gu');
const TITLES = /\*[^*]*\*|[“"][^"”]*["”]/gu;

/** Capitalized words outside titles: the names of authors, editors, translators. */
function namesIn(text: string): string[] {
  return [...text.replace(TITLES, ' ').matchAll(NAME)].map((m) => m[0]);
}

/** Names written alike: equal, or one slip apart in a long name (`Kostiuik`, `Kostiuk`). */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return i + j >= Math.max(a.length, b.length) - 1;
}

/** The latest full reference before `index` that passes, else the earliest after it. */
function latestMatching(citations: Citation[], index: number, test: (c: Citation, i: number) => boolean): number | null {
  for (let i = index - 1; i >= 0; i--) if (!isBackReference(citations[i]) && test(citations[i], i)) return i;
  for (let i = index + 1; i < citations.length; i++) if (!isBackReference(citations[i]) && test(citations[i], i)) return i;
  return null;
}

/** The text of the note (all its pieces) or paragraph before `at`. */
function textBefore(text: string, at: number, notes: Note[]): string {
  const note = notes.find((n) => [n, ...n.parts].some((p) => p.start <= at && at <= p.end));
  if (!note) return text.slice(Math.max(0, at - 400, text.lastIndexOf('\n\n', at) + 2), at);
  return [note, ...note.parts].filter((p) => p.start < at).map((p) => text.slice(p.start, Math.min(p.end, at))).join(' ');
}

function resolveOpCit(text: string, citations: Citation[], index: number, notes: Note[], namesOf: string[][], titlesOf: string[][]): number | null {
  const c = citations[index];
  const before = c.text.split(/op\.?\s?cit|loc\.?\s?cit/iu)[0];
  const title = normalize(c.fields.title ?? '');
  if (title.length >= 4) {
    const byTitle = latestMatching(citations, index, (_, i) => titlesOf[i].some((t) => t.includes(title)));
    if (byTitle !== null) return byTitle;
  }
  const names = namesIn(before.replace(/\*[^*]*$/u, ''));
  for (const name of names.reverse()) {
    const byAuthor = (i: number) => namesOf[i].some((n) => sameName(n, name));
    // `Carr, vol. 2, op. cit.`: of an author's works, the one of that volume.
    const volume = c.fields.volume;
    const found = (volume ? latestMatching(citations, index, (other, i) => other.fields.volume === volume && byAuthor(i)) : null)
      ?? latestMatching(citations, index, (_, i) => byAuthor(i));
    if (found !== null) return found;
  }
  // No author given: the author the text names just before, in the same note or paragraph.
  const context = textBefore(text, c.start, notes);
  for (const name of namesIn(context).reverse()) {
    let found: number | null = null;
    for (let i = index - 1; i >= 0 && found === null; i--) {
      if (!isBackReference(citations[i]) && namesOf[i].some((n) => sameName(n, name))) found = i;
    }
    if (found !== null) return found;
  }
  return index > 0 ? index - 1 : null;
}

/** The citations with every back-reference resolved. */
export function resolveBackReferences(text: string, citations: Citation[], notes: Note[]): Citation[] {
  const names = citations.map((c) => namesIn(c.text));
  const titles = citations.map((c) => [c.fields.title, c.fields.container].flatMap((t) => (t ? [normalize(t)] : [])));
  return citations.map((c, i) => {
    if (c.kind === 'ibid') return { ...c, resolvesTo: i > 0 ? i - 1 : null };
    if (c.kind === 'opcit') return { ...c, resolvesTo: resolveOpCit(text, citations, i, notes, names, titles) };
    if (c.kind === 'parenthetical' && /^\(\s*pp?\.\s?[\divxlc]/iu.test(c.text) && i > 0) return { ...c, resolvesTo: i - 1 };
    return c;
  });
}
