// Resolves back-references: Ibid. repeats the reference before it (or, after an author's name, that author's
// latest); op. cit. the latest full reference
// of the same work, found by the title it gives, else by its author (a reference with its year before a
// short form; none when no reference names that author), else by the author the text names just before
// it, else the reference before it. A page-only
// parenthesis (`(p. 487)`) points into the reference before it. A short form (`Getty and Naumov, Road to Terror,
// p. 556`) repeats the latest fuller reference by that author whose title holds its own.
import type { Citation, Note } from '../types';
import { partitionPoint } from '../search';
import { letterPattern } from '../letters';
import { OP_CIT_WORDS, SURNAME } from './patterns';
import { isBackReference } from './works';

const NOT_LETTER_OR_DIGIT = letterPattern(/[^\p{L}\p{N}]+/gu);
const normalize = (s: string) => NOT_LETTER_OR_DIGIT.replace(s.toLowerCase().normalize('NFD'), ' ').trim();

const NAME = letterPattern(SURNAME, 'gu');
/** An op. cit.'s words, before which its author stands. */
const OP_CIT = new RegExp(OP_CIT_WORDS, 'iu');
const TITLES = /\*[^*]*\*|[“"][^"”]*["”]/gu;

/** Capitalized words outside titles: the names of authors, editors, translators. */
function namesIn(text: string): string[] {
  const names: string[] = []; // pushed, not mapped: see arrays.ts
  for (const m of NAME.matchAll(text.replace(TITLES, ' '))) names.push(m[0]);
  return names;
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

/** Of the indexes (ascending), the latest before `index`, else the earliest after it. */
function nearest(indexes: number[], index: number, allowLater = true): number | null {
  const lo = partitionPoint(indexes.length, (i) => indexes[i] < index);
  if (lo > 0) return indexes[lo - 1];
  const later = indexes.find((i) => i > index);
  return allowLater && later !== undefined ? later : null;
}

/** The text of the note (all its pieces) or paragraph before `at`. */
function textBefore(text: string, at: number, notes: Note[]): string {
  const note = notes.find((n) => [n, ...n.parts].some((p) => p.start <= at && at <= p.end));
  if (!note) {
    const window = text.slice(Math.max(0, at - 400), at);
    const paragraph = window.lastIndexOf('\n\n');
    return paragraph < 0 ? window : window.slice(paragraph + 2);
  }
  return [note, ...note.parts].filter((p) => p.start < at).map((p) => text.slice(p.start, Math.min(p.end, at))).join(' ');
}

/** Capitalized words before an op. cit. that name no author: `See`, `Cf.`, `In Tucker`. */
const CUE_WORD = /^(?:see|cf|compare|in|also|and|quoted|cited|ed|eds|vol|vols)$/iu;

/** How many of the names nearest before an op. cit. are tried as its author. */
const NEARBY_NAMES = 6;

/**
 * Of the `full` references (no back-references: their indexes, in text order) of one document, those that name each name;
 * if none does, those that write it alike, one slip apart (`Kostiuik`, `Kostiuk`), but never `Lenin` for `Lewin`.
 */
function referencesNaming(citations: Citation[], full: number[]): (name: string) => number[] {
  const byName = new Map<string, number[]>();
  for (const i of full) {
    for (const name of new Set(namesIn(citations[i].text))) {
      const citing = byName.get(name);
      if (citing) citing.push(i);
      else byName.set(name, [i]);
    }
  }
  // Names written alike differ in length by one at most.
  const byLength = new Map<number, [string, number[]][]>();
  for (const entry of byName) {
    const same = byLength.get(entry[0].length);
    if (same) same.push(entry);
    else byLength.set(entry[0].length, [entry]);
  }
  const named = new Map<string, number[]>();
  return (name) => {
    let found = named.get(name) ?? byName.get(name);
    if (!found) {
      const alike = [name.length - 1, name.length, name.length + 1].flatMap((length) => byLength.get(length) ?? []);
      found = alike.filter(([n]) => sameName(n, name)).flatMap(([, list]) => list).sort((a, b) => a - b);
      named.set(name, found);
    }
    return found;
  };
}

/** Resolves op. cit. against the full references of one document, indexed by the names they contain. */
function opCitResolver(text: string, citations: Citation[], notes: Note[], full: number[], citing: (name: string) => number[]): (index: number) => number | null {
  let fullTitles: { index: number; titles: string[] }[] | undefined; // normalized, when an op. cit. first gives a title
  return (index) => {
    const c = citations[index];
    const title = normalize(c.fields.title ?? '');
    if (title.length >= 4) {
      fullTitles ??= full.map((i) => ({ index: i, titles: [citations[i].fields.title, citations[i].fields.container].flatMap((t) => (t ? [normalize(t)] : [])) }));
      const byTitle = nearest(fullTitles.filter((f) => f.titles.some((t) => t.includes(title))).map((f) => f.index), index);
      if (byTitle !== null) return byTitle;
    }
    const before = c.text.split(OP_CIT)[0];
    const own = namesIn(before.replace(/\*[^*]*$/u, '')).filter((name) => !CUE_WORD.test(name));
    // `MacFarquhar and Schoenhals, op. cit.`: the work of all its authors, not another of the last one's.
    if (own.length > 1) {
      const byAll = own.map(citing).reduce((common, works) => common.filter((i) => works.includes(i)));
      // Theirs with its year, not one that names them as the editors of the book it is in (`"Report," in Békés, Byrne and Rainer, eds.`).
      const found = nearest(byAll.filter((i) => citations[i].fields.authors !== undefined && citations[i].fields.year !== undefined), index, false) ?? nearest(byAll, index, false);
      if (found !== null) return found;
    }
    for (const name of [...own].reverse()) {
      // `Carr, vol. 2, op. cit.`: of an author's works, the one of that volume.
      const volume = c.fields.volume;
      const works = citing(name);
      // A reference by the author before one that only names the author in its title (`Deutscher, The Prophet Armed: Trotsky`).
      const authored = works.filter((i) => citations[i].fields.authors?.some((author) => namesIn(author).some((n) => sameName(n, name))));
      // Of the author's references before it, the work's full one (with its year), not a short form that repeats it, nor an
      // author-year reference (`Holt 1995: 270`), which gives no work an op. cit. could repeat.
      const dated = authored.filter((i) => citations[i].fields.year !== undefined);
      const datedWorks = dated.filter((i) => citations[i].kind !== 'author-year');
      // `Weber, a.a.O.` after works of Weber's own and of Weber with another: his own, which an op. cit. of his name alone repeats.
      const found = (volume ? nearest(works.filter((i) => citations[i].fields.volume === volume), index) : null) ??
        (own.length === 1 ? nearest(datedWorks.filter((i) => citations[i].fields.authors?.length === 1), index, false) : null) ??
        nearest(datedWorks, index, false) ?? nearest(dated, index, false) ??
        nearest(works.filter((i) => citations[i].fields.year !== undefined), index, false) ?? nearest(works, index);
      if (found !== null) return found;
    }
    // An author no reference before names: the work is not among them, and no other is the one meant.
    if (own.length > 0) return null;
    // No author given: the author the text names just before, in the same note or paragraph.
    for (const name of namesIn(textBefore(text, c.start, notes)).reverse().slice(0, NEARBY_NAMES)) {
      const found = nearest(citing(name), index, false);
      if (found !== null) return found;
    }
    return index > 0 ? index - 1 : null;
  };
}

/** Whether a reference names its work by title alone, with no year, place, publisher or book it is in. */
function isShortForm({ kind, fields }: Citation): boolean {
  return kind === 'full' && fields.title !== undefined && fields.year === undefined &&
    fields.place === undefined && fields.publisher === undefined && fields.container === undefined;
}

/**
 * Of the references before a short form, the latest with a year or publisher that names one of the short form's
 * authors (the first tried first), if it names any, and writes its title: read in the whole reference, as a full one's
 * fields or bounds may have missed it (`For the decree see …`, a first author left outside the reference's bounds).
 */
function fullFormOf(citations: Citation[], index: number, full: number[], citing: (name: string) => number[]): number | null {
  const { fields, text } = citations[index];
  const shortTitle = ` ${normalize(fields.title ?? '')} `;
  if (shortTitle.length < 5) return null;
  const surnames = (fields.authors ?? []).flatMap((author) => namesIn(author).slice(-1));
  if (!surnames.length) surnames.push(...namesIn(text).slice(0, 1));
  const byAuthor = surnames.length ? surnames.map(citing) : [full];
  for (const works of byAuthor) {
    for (let k = partitionPoint(works.length, (w) => works[w] < index) - 1; k >= 0; k--) {
      const full = citations[works[k]];
      if (full.fields.year === undefined && full.fields.publisher === undefined) continue;
      if (` ${normalize(full.text)} `.includes(shortTitle)) return works[k];
    }
  }
  return null;
}

/** How far before a reference, at most, the words that lead to it are read for its author. */
const LEAD_IN_REACH = 400;

/** A surname and a comma just before an Ibid. */
const AUTHOR_BEFORE = letterPattern(/(\p{Lu}[\p{L}'’-]+),\s*$/u);

/** Whether each citation stands in a note (the notes and citations are both in text order). */
function notesOf(citations: Citation[], notes: Note[]): number[] {
  const pieces = notes.flatMap((n, note) => [n, ...n.parts].map((piece) => ({ start: piece.start, end: piece.end, note }))).sort((a, b) => a.start - b.start);
  let p = 0;
  return citations.map((c) => {
    while (p < pieces.length && pieces[p].end < c.start) p++;
    return p < pieces.length && pieces[p].start <= c.start ? pieces[p].note : -1;
  });
}

/** The first and last page of each range of pages (`494–503`, `160–62`, `12, 14`). */
function pageRanges(pages: string): [number, number][] {
  return Array.from(pages.matchAll(/(\d+)(?:\s?[-–]\s?(\d+))?/gu), ([, first, last]) => {
    // `160–62`: the last page written with its last digits only.
    const end = last === undefined ? first : last.length < first.length ? first.slice(0, first.length - last.length) + last : last;
    return [Number(first), Number(end)];
  });
}

/**
 * Of the references of one note that an Ibid. follows, the one whose pages hold the Ibid.'s page (`Ibid., p. 498` after
 * `…, pp. 494–503; Borba, 30 June 1948, p. 1`); the last without such a page.
 */
function byPage(citations: Citation[], ibid: Citation, candidates: number[]): number {
  const page = /\d+/u.exec(ibid.fields.pages ?? '')?.[0];
  const last = candidates[candidates.length - 1];
  if (page === undefined || candidates.length < 2) return last;
  const holds = (i: number) => pageRanges(citations[i].fields.pages ?? '').some(([first, end]) => first <= Number(page) && Number(page) <= end);
  return candidates.find(holds) ?? last;
}

/**
 * The citations with every back-reference resolved. An Ibid. in a note repeats the reference of the notes
 * before it, even when the body of a PDF page (`*Leviathan* (1651)`) stands between the two notes.
 */
export function resolveBackReferences(text: string, citations: Citation[], notes: Note[]): Citation[] {
  const full = citations.flatMap((c, i) => (isBackReference(c) ? [] : [i]));
  const citing = referencesNaming(citations, full);
  const resolveOpCit = opCitResolver(text, citations, notes, full, citing);
  const noteOf = citations.some((c) => c.kind === 'ibid') ? notesOf(citations, notes) : [];
  const previous = (i: number) => {
    if (noteOf[i] >= 0) {
      for (let j = i - 1; j >= 0; j--) {
        if (noteOf[j] < 0) continue;
        if (noteOf[j] === noteOf[i]) return j;
        // The references of the note before: all of them, as one may hold the page the Ibid. cites.
        const sameNote: number[] = [];
        for (let k = j; k >= 0 && noteOf[k] === noteOf[j]; k--) sameNote.unshift(k);
        return byPage(citations, citations[i], sameNote);
      }
    }
    return i > 0 ? i - 1 : null;
  };
  // `Quoted by Lissagaray, ibid., p. 386`: the latest reference to that author, though another came between; one names
  // the author itself or in the words that lead to it (`Carr has noted … "Revolution from Above," *New Left Review*`).
  const latestOfAuthor = (i: number) => {
    const author = AUTHOR_BEFORE.exec(text.slice(Math.max(0, citations[i].start - 40), citations[i].start))?.[1];
    if (author === undefined || CUE_WORD.test(author)) return null;
    const isAuthor = (name: string) => sameName(name, author);
    for (let j = i - 1; j >= 0; j--) {
      const leadIn = text.slice(Math.max(j > 0 ? citations[j - 1].end : 0, citations[j].start - LEAD_IN_REACH), citations[j].start);
      if (namesIn(citations[j].text).some(isAuthor) || namesIn(leadIn).some(isAuthor)) return j;
    }
    return null;
  };
  return citations.map((c, i) => {
    if (c.kind === 'ibid') return { ...c, resolvesTo: latestOfAuthor(i) ?? previous(i) };
    if (c.kind === 'opcit') return { ...c, resolvesTo: resolveOpCit(i) };
    if (c.kind === 'parenthetical' && /^\(\s*pp?\.\s?[\divxlc]/iu.test(c.text) && i > 0) return { ...c, resolvesTo: i - 1 };
    const fullForm = isShortForm(c) ? fullFormOf(citations, i, full, citing) : null;
    return fullForm === null ? c : { ...c, kind: 'short', resolvesTo: fullForm };
  });
}
