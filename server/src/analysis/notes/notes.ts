// The notes themselves, read from the note regions the structure found: note blocks at PDF page breaks
// (the number on its own line, then the note), numbered lists of notes, Markdown footnote definitions,
// and unnumbered endnotes. Text in a region before its first numbered note continues the note before
// it (a note that runs on after a page break).
import type { Note, NoteRegion, Span } from '../types';
import { splitLines, type Line } from '../structure/lines';
import { NOTE_SYMBOLS, numberGroup, SUPERSCRIPT_DIGITS, SUPERSCRIPT_NUMBER, SYMBOL_NOTE_OPENING, unicodeDigits } from './markers';

const FOOTNOTE_OPENING = /^\s*\[\^([^\]\s]+)\]:\s*/u;
/**
 * The links back to the markers that a web encyclopedia sets before each note, a caret, then a letter for each marker
 * when there are several (`^ a b Figes`), which copying its text keeps: no part of the note.
 */
const BACKLINKS = String.raw`\^(?:[ \t][a-z](?=[ \t]))*[ \t]+`;
const CARET_OPENING = new RegExp(`^\\s*${BACKLINKS}(?=\\S)`, 'u');
// `[12] Text`, `(12) Text`; not an issue's number a note's line opens with, the details going on (`(71), 8 January 1924.`).
const NUMBER_OPENINGS = [/^\s*(\d{1,3})\s*$/u, new RegExp(`^\\s*(\\d{1,3})[.)]\\s+(?:${BACKLINKS})?(?=\\S)`, 'u'), /^\s*[[(](\d{1,3})[\])]\s*(?=[^\s,;:])/u,
  // The note's number as a superscript, as the marker is written: `<sup>3</sup> Text`, `^3^ Text`, `$^{3}$ Text`.
  new RegExp(String.raw`^\s*${SUPERSCRIPT_NUMBER}\.?\s*(?=\S)`, 'u')];
const SUPERSCRIPT_OPENING = new RegExp(`^\\s*([${SUPERSCRIPT_DIGITS}]{1,3})\\s*`, 'u');
const LABEL_START = new RegExp(`^\\s*[\\da-z[(<^$${SUPERSCRIPT_DIGITS}${NOTE_SYMBOLS}]`, 'u');
/** `12 Text`, and `12Text` as PDF extraction glues a superscript note number to its note. */
const SYMBOL_OPENING = new RegExp(`^${SYMBOL_NOTE_OPENING}`, 'u');
const BARE_NUMBER_OPENING = /^\s*(\d{1,3})\s*(?=[\p{Lu}“"*(])/u;
/** A web encyclopedia's explanatory note, lettered, with the caret back to its marker: `a. ^ Estimates vary.`. */
const LETTER_OPENING = new RegExp(`^\\s*([a-z])\\.\\s+${BACKLINKS}(?=\\S)`, 'u');

/** An entry of a list of references: the author's surname, a comma, given names or initials (`Lodge, T. (2011).`, `De Klerk, F. W.`). */
const ENTRY_OPENING = /^\s*(?:\p{Lu}[\p{L}'’-]+\s)?\p{Lu}[\p{L}'’-]+,\s\p{Lu}/u;

/** A line that opens a note: its label and where the note's own text starts on the line. */
interface Opening {
  label: string | null;
  textStart: number;
}

/** The label a line opens a note with, if it does; a bare `12 Text` or `12Text` counts only as the next number (or a few more). */
function openingOf(line: Line, expected: number): Opening | null {
  const text = line.text;
  const at = (m: RegExpExecArray) => ({ textStart: line.start + m[0].length });
  if (!LABEL_START.test(text)) return null;
  let m = FOOTNOTE_OPENING.exec(text);
  if (m) return { label: `^${m[1]}`, ...at(m) };
  for (const opening of NUMBER_OPENINGS) {
    m = opening.exec(text);
    if (m) return { label: numberGroup(m), ...at(m) };
  }
  m = SUPERSCRIPT_OPENING.exec(text);
  if (m) return { label: unicodeDigits(m[1]), ...at(m) };
  m = SYMBOL_OPENING.exec(text);
  if (m?.groups) return { label: m.groups.symbol, ...at(m) };
  m = LETTER_OPENING.exec(text);
  if (m) return { label: m[1], ...at(m) };
  m = BARE_NUMBER_OPENING.exec(text);
  if (m && Number(m[1]) >= expected && Number(m[1]) <= expected + 3) return { label: m[1], ...at(m) };
  return null;
}

/** A locator's abbreviation ending a line (`p.`, `pp.`, `vol.`, `no.`, German `S.`): the number on the next line is its. */
const LOCATOR_AT_END = /(?:^|[\s(,;])(?:pp?|vols?|nos?|fols?|ch|S)\.$/u;

/**
 * The opening of a numbered note on `line`, unless its number is a page the line before asks for out of the notes'
 * order (`…Tauris, 2009), p.⏎63. The fuller original…` in note 8).
 */
function numberedOpening(text: string, line: Line, expected: number, current: Draft | null): Opening | null {
  const opening = openingOf(line, expected);
  if (opening === null || current === null || Number(opening.label) === expected) return opening;
  const end = current.pieces[current.pieces.length - 1]?.end ?? 0;
  return LOCATOR_AT_END.test(text.slice(Math.max(0, end - 6), end)) ? null : opening;
}

/** The span of a line from `from` on, without surrounding white space; null when nothing is left. */
function textSpan(line: Line, from: number): Span | null {
  const rest = line.text.slice(from - line.start);
  const trimmed = rest.trim();
  if (!trimmed) return null;
  const start = from + rest.indexOf(trimmed);
  return { start, end: start + trimmed.length };
}

/** Whether the text before `end` ends a sentence: `.`, `!`, `?`, `:` or `;`, maybe followed by closing quotes, brackets or emphasis. */
function endsSentence(text: string, end: number): boolean {
  let at = end - 1;
  while (at >= 0 && `"'”’)*]`.includes(text[at])) at--;
  return at >= 0 && '.!?:;'.includes(text[at]);
}

interface Draft {
  label: string | null;
  pieces: Span[];
}

function addText(draft: Draft, span: Span, newPiece: boolean): void {
  const last = draft.pieces[draft.pieces.length - 1];
  // A new span, of one shape with the others (see Span).
  if (last && !newPiece) draft.pieces[draft.pieces.length - 1] = { start: last.start, end: span.end };
  else draft.pieces.push({ start: span.start, end: span.end });
}

/**
 * Reads every note of the document from its note regions, in text order; a line of page debris inside a region (a running
 * head where endnotes cross a page) belongs to no note, and the note's text resumes after it as a piece of its own.
 */
export function readNotes(text: string, regions: NoteRegion[], debris: readonly Span[] = []): Note[] {
  let nextDebris = 0;
  const isDebris = (line: Span) => {
    while (nextDebris < debris.length && debris[nextDebris].end <= line.start) nextDebris++;
    return nextDebris < debris.length && debris[nextDebris].start < line.end && line.start < debris[nextDebris].end;
  };
  const drafts: Draft[] = [];
  const lastNumber = () => {
    for (let i = drafts.length - 1; i >= 0; i--) {
      const n = Number(drafts[i].label);
      if (drafts[i].label !== null && Number.isInteger(n)) return n;
    }
    return null;
  };
  for (const region of regions) {
    const lines = splitLines(text.slice(region.start, region.end)).map((l) => ({ ...l, start: l.start + region.start, end: l.end + region.start }));
    const next = () => (lastNumber() ?? 0) + 1; // a bare `12 Text` opens a note only as the next number
    const numbered = lines.some((l) => openingOf(l, next()) !== null);
    const previous = drafts[drafts.length - 1];
    // A region of plain text after an unfinished numbered note is that note running on past a page break.
    const resumes = !numbered && previous?.label != null && !endsSentence(text, previous.pieces[previous.pieces.length - 1]?.end ?? 0);
    let current: Draft | null = resumes ? previous : null;
    let newPiece = resumes; // the next text starts a piece of its own (a note resumed from an earlier region)
    for (const line of lines) {
      if (isDebris(line)) {
        newPiece = true;
        continue;
      }
      if (line.text.trim() === '') {
        if (!numbered && !resumes) current = null; // unnumbered endnotes: one per block
        continue;
      }
      if (!numbered && !resumes && region.linePerParagraph) current = null; // unnumbered endnotes of a line each
      const caret = numbered ? null : CARET_OPENING.exec(line.text);
      // Unnumbered references a line each: an author's inverted name after the full stop of the line before opens the next.
      const entry = !numbered && !caret && current !== null && ENTRY_OPENING.test(line.text) && endsSentence(text, current.pieces.at(-1)?.end ?? 0);
      const opening = numbered ? numberedOpening(text, line, next(), current) : caret ? { label: null, textStart: line.start + caret[0].length } : entry ? { label: null, textStart: line.start } : null;
      if (opening) {
        current = { label: opening.label, pieces: [] };
        drafts.push(current);
        newPiece = true;
        const span = textSpan(line, opening.textStart);
        if (span) { addText(current, span, newPiece); newPiece = false; }
        continue;
      }
      const span = textSpan(line, line.start);
      if (!span) continue;
      if (!current) {
        // Text before the region's first number continues the previous note; unnumbered notes stand alone.
        const previous = numbered ? drafts[drafts.length - 1] : undefined;
        current = previous ?? { label: null, pieces: [] };
        if (!previous) drafts.push(current);
        newPiece = true;
      }
      addText(current, span, newPiece);
      newPiece = false;
    }
  }
  const notes: Note[] = []; // pushed, not mapped: see arrays.ts
  for (const d of drafts) if (d.pieces.length > 0) notes.push({ label: d.label, start: d.pieces[0].start, end: d.pieces[0].end, parts: d.pieces.slice(1) });
  return notes;
}
