// The reading structure of plain text: one paragraph per line, blank-line separated blocks, and
// hard-wrapped text extracted from PDFs with its debris (page numbers, running heads, note blocks
// inserted at page breaks).
import type { Debris, DocumentStructure, NoteRegion, Paragraph, Span } from '../types';
import { joined } from '../arrays';
import { buildSections, type Heading } from './sections';
import { isBlank, linesOf, paragraphOf, trimmedSpan, type Line } from './lines';
import { followingLabel, MarkersByLabel, SUPERSCRIPT_DIGITS, SYMBOL_NOTE_OPENING, unicodeDigits } from '../notes/markers';
import { MONTH_NAMES } from '../dates/lexicon';
import { LONG_INITIALS } from '../names/lexicon';

const LONE_NUMBER = /^\s*\d{1,4}\s*$/;
const LONE_YEAR = /^\s*(?:1[5-9]|20)\d\d\s*$/;
/** A rule drawn across the page, as PDF extraction leaves the line over the footnotes: `______`, `———`. */
const RULE = /^\s*(?:[_—–-]\s?){5,}$/;
const SENTENCE_END = /[.!?:;]["'”’)\]]*\d{0,3}$/;
/** A line that ends a sentence (a colon does not), maybe with a marker after it. */
const SENTENCE_CLOSED = /[.!?;]["'”’)\]]*\d{0,3}\s*$/u;
const endsSentence = (line: Line): boolean => SENTENCE_CLOSED.test(line.text);
const NUMBERED_PART = /^(?:(?:part|chapter|book|section)\s+(?:[ivxlc]+|\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)|[IVXLC]{1,6})\.?$/i;

/** A short line that could be a heading: a title, a byline, a numbered part. */
export function looksLikeHeading(text: string): boolean {
  const s = text.trim();
  if (s.length < 2 || s.length > 90 || LONE_NUMBER.test(s)) return false;
  if (!/^[\p{Lu}\p{N}“"'‘(]/u.test(s)) return false;
  const words = s.split(/\s+/).length;
  if (words > 12) return false;
  // A signature or a fragment of prose, not a title that ends with its years (`The Port Council, 1890–1914`).
  if (/[,;]/.test(s) && !/[:&]/.test(s) && !/^[^,;]+,\s(?:1[5-9]|20)\d\d(?:\s?[-–]\s?\d{2,4})?$/.test(s)) return false;
  // A parenthesis left open runs on to the next line: a wrapped reference (`Holt, Letters (Oslo: Fjord`), no heading.
  if (s.split('(').length > s.split(')').length) return false;
  if (/:$/.test(s)) return words <= 2; // "Abstract:", "Notes:"
  // A sentence ends before its note markers too (`as Ilves agrees.[1]`).
  return !/[.!?;,]["'”’)]*(?:\[\d{1,3}\])*$/.test(s) || NUMBERED_PART.test(s);
}

/** A title line that breaks off on a small word, to run on in the next line (`The Rise of the`). */
const TITLE_RUNS_ON = /\b(?:the|of|a|an|and|or|in|on|for|to|with|from|at|by)$/;
/** A title's next line: short, capitalized, no sentence. */
const continuesTitle = (text: string): boolean => { const s = text.trim(); return s.length < 90 && /^[\p{Lu}\p{N}“"‘]/u.test(s) && !/[.!?;]$/.test(s); };

/** The title of a list of notes, alone on its line. */
const NOTES_TITLE = /^(?:notes|endnotes|footnotes|notes and references)\s*:?$/i;

/**
 * A heading over the notes, ending at `at` in `text` (whose `markers` tell): `Notes`, `Endnotes`; `References` only when what follows it
 * opens with the number of a marker in the text before, for under that title author-date essays list the works
 * they cite, numbered or not.
 */
export function isNotesHeading(title: string, text: string, at: number, markers: MarkersByLabel): boolean {
  const name = title.replace(/[*_]/g, '').trim();
  if (NOTES_TITLE.test(name)) return true;
  // A web encyclopedia's notes open with a caret, the link back to the marker, numbered or not (`1. ^ a b Figes`, `^ Avrich`).
  const first = /^\s*(?:\[(\d{1,3})\]|\((\d{1,3})\)|(\d{1,3})[.)]?\s|\^\s)/u.exec(text.slice(at, at + 20));
  return /^references\s*:?$/i.test(name) && first !== null && markers.before(first[1] ?? first[2] ?? first[3] ?? '1', at);
}

const REFERENCES = /^(?:references|sources)\s*:?$/i;
/** The first note's line: `1. See …`, `1 See …`, `[1] See …`. */
const FIRST_NOTE_LINE = /^\s*(?:\[1\]|1[.)]?)\s+\S/u;

/** The link a web encyclopedia sets after each heading, which copying its text keeps (`References[edit]`). */
const EDIT_LINK = /\s*\[\s*edit(?: source)?\s*\]$/i;
/** A heading's title, as the line or lines that hold it give it. */
const titleOf = (text: string) => text.replace(EDIT_LINK, '');

const isAllCaps = (s: string): boolean => /\p{Lu}{2}/u.test(s) && !/\p{Ll}/u.test(s);

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Text is hard-wrapped when most of its lines are of a similar, moderate length. */
function isHardWrapped(lines: readonly Line[]): { wrapped: boolean; width: number; measure: number } {
  const lengths = lines.filter((l) => !isBlank(l)).map((l) => l.text.trim().length);
  const width = median(lengths);
  const moderate = lengths.filter((n) => n >= 25 && n <= 110).length;
  // The measure: how long the longest lines run, long lines of the notes' smaller type included.
  const measure = [...lengths].sort((a, b) => a - b)[Math.floor(0.9 * lengths.length)] ?? 0;
  return { wrapped: lengths.length >= 8 && width <= 110 && moderate >= 0.6 * lengths.length, width, measure };
}

interface Scan {
  text: string;
  /** Asked at each lone number whether a marker with that number stands before it. */
  markers: MarkersByLabel;
  lines: readonly Line[];
  wrapped: boolean;
  width: number;
  measure: number;
  headings: Heading[];
  paragraphs: Paragraph[];
  noteRegions: NoteRegion[];
  debris: Debris[];
  /** The number of the last footnote read at the foot of a page: footnotes count up through the text. */
  lastFootnote: number;
}

/** A journal's volume and issue, as a running head gives them beside the title: `Vol. #, No. #`. */
const ISSUE = /^(?:vol\.?|volume|no\.?|issue)\s?#(?:,\s?(?:no\.?|issue)\s?#)?$/i;

/** The longest running head, its wide gap narrowed. */
const MAX_HEAD = 80;

/** What a line stamped on every page by a repository or publisher holds: an address, a download, a copyright. */
const PAGE_STAMP = /https?:\/\/|\bwww\.|\bdownloaded\b|©|\bcopyright\b|\ball rights reserved\b/i;

/** A head with its page number at one edge past a wide gap (`142   JOURNAL OF X`, `THE ESSAY   143`), numbers as `#`. */
const PAGINATED = /^# {3}\S|\S {3}#$/;

/** A page number at one edge of a head, past a single space as extraction may leave it (`THE ESSAY 143`). */
const EDGE_NUMBER = /^\s*(\d{1,4})\s+\S|\S\s+(\d{1,4})\s*$/;

/** Whether two heads carry page numbers a few leaves apart, as one side's head does on every other page (`… 143`, `… 145`). */
function twoPagesApart(first: string, second: string): boolean {
  const page = (head: string) => { const m = EDGE_NUMBER.exec(head); return m ? Number(m[1] ?? m[2]) : NaN; };
  const apart = page(second) - page(first);
  return apart > 0 && apart <= 20 && apart % 2 === 0;
}

/** Lines that repeat across pages (running heads), ignoring page numbers inside them. */
function runningHeads(lines: readonly Line[]): Set<number> {
  const counts = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const trimmed = line.text.trim();
    if (trimmed.length < 4 || trimmed.length > 2 * MAX_HEAD) return; // a paragraph on one line: no head
    // A head set across the page (`JOURNAL OF X        Vol. 7, No. 2`) keeps its wide gap, narrowed.
    const key = trimmed.replace(/\d+/g, '#').replace(/\s{3,}/g, '   ');
    if (key.length < 4 || key.length > MAX_HEAD || key === '#') return;
    const at = counts.get(key);
    if (at) at.push(i);
    else counts.set(key, [i]);
  });
  const result = new Set<number>();
  for (const [key, at] of counts) {
    // Running heads repeat at page intervals; repeated prose or note lines do not look like titles,
    // and each part of a head set across the page looks like one, or is its page number. A journal
    // alternates two heads, its own title on the left-hand pages and the article's on the right-hand
    // ones: each repeats on every other page only, beside its page number.
    // A repository's stamp repeats on every page too (`This content downloaded from … UTC`, `All use subject to https://…`).
    if (at.length >= 2 && PAGE_STAMP.test(key)) { at.forEach((i) => result.add(i)); continue; }
    if (at.length < 3 && !(at.length === 2 && (PAGINATED.test(key) || twoPagesApart(lines[at[0]].text, lines[at[1]].text)))) continue;
    const parts = key.split('   ');
    const headLike = parts.some((part) => part !== '#')
      && parts.every((part, k) => part === '#' || looksLikeHeading(part.replace(/#/g, '1')) || (k > 0 && ISSUE.test(part)));
    if (headLike) at.forEach((i) => result.add(i));
  }
  return result;
}

const isIndented = (line: Line): boolean => /^\s/.test(line.text);
/** The white space a line opens with, in characters. */
const indentation = (line: Line): number => line.text.length - line.text.trimStart().length;

/**
 * Whether a line is full: about as long as the text's lines, or too long to take the next line's first word (with the
 * initials that open it, which typesetting keeps with the name: `J. V. Stalin`).
 */
function isFull(scan: Scan, line: Line, next: Line): boolean {
  const length = line.text.trim().length;
  return length >= 0.95 * scan.width || length + 1 + (FIRST_WORD.exec(next.text)?.[1].length ?? 0) > scan.measure;
}
const FIRST_WORD = /^\s*((?:\p{Lu}\.\s)*\S+)/u;

/**
 * A lone number that opens a note: a marker with that number stands in the text before it, and the
 * note's text (or the next number) follows, not indented. A page number is followed by the body,
 * which PDF extraction indents where it resumes.
 */
function opensNote(scan: Scan, i: number): boolean {
  const { lines } = scan;
  if (!LONE_NUMBER.test(lines[i].text)) return false;
  let k = i + 1;
  while (k < lines.length && isBlank(lines[k])) k++;
  if (k >= lines.length || isIndented(lines[k])) return false;
  return scan.markers.before(lines[i].text.trim(), lines[i].start);
}

/**
 * A note block inserted at a page break: a number on its own line, then the note's text; several such
 * notes in a row. A number followed by the resumed (indented) body is a note whose text was lost.
 * Returns the index after the block.
 */
function scanNoteBlock(scan: Scan, i: number): number {
  const { lines } = scan;
  if (!opensNote(scan, i)) return i;
  let k = i;
  let end = lines[i].end;
  while (k < lines.length && LONE_NUMBER.test(lines[k].text)) {
    end = lines[k].end;
    k++;
    while (k < lines.length && isBlank(lines[k])) k++;
    if (k >= lines.length || isIndented(lines[k])) break;
    if (LONE_NUMBER.test(lines[k].text)) continue;
    // The note's text runs on while its lines are full (notes are set in a smaller type, so their
    // lines are longer) and break mid-sentence (a colon announces more), up to a blank line, the next
    // number or the indented body.
    let body = k;
    while (
      body + 1 < lines.length &&
      isFull(scan, lines[body], lines[body + 1]) &&
      !endsSentence(lines[body]) &&
      !isBlank(lines[body + 1]) &&
      !isIndented(lines[body + 1]) &&
      !LONE_NUMBER.test(lines[body + 1].text)
    ) body++;
    end = lines[body].end;
    k = body + 1;
    let look = k;
    while (look < lines.length && isBlank(lines[look])) look++;
    if (look >= lines.length || !LONE_NUMBER.test(lines[look].text)) break;
    k = look;
  }
  scan.noteRegions.push({ kind: 'page-break-block', start: lines[i].start, end });
  return k;
}

/**
 * A line that opens a footnote with its number: `12 Louis Althusser, For Marx (London, 1969), p. 3.`,
 * `12. Ibid.`, or the number glued to the note as PDF extraction leaves a superscript (`12Ibid., p. 4.`),
 * then before a capitalized word (`12THE JOURNAL` is a page number glued to a running head); or in superscript
 * digits, as the marker is (`³ The journal appeared`).
 */
const NUMBERED_FOOTNOTE = new RegExp(String.raw`(\d{1,3})(?:[.)]?\s+(?=[\p{Lu}“"‘'(*[])|(?=[“"‘]?\p{Lu}\p{Ll}))|([${SUPERSCRIPT_DIGITS}]{1,3})\s*(?=[\p{Lu}“"‘'(*[])`, 'u');
/** A line that opens a footnote with its number or, in a printed book, its symbol (which may be indented: `  † Ibid.`). */
const FOOTNOTE_LINE = new RegExp(`^(?:${NUMBERED_FOOTNOTE.source}|${SYMBOL_NOTE_OPENING})`, 'u');
/**
 * A day and a month opening a line (`3 May; the night of the barricades`): after a line that broke off mid-sentence
 * (`called the police in on`), the sentence going on, not a note.
 */
const DAY_AND_MONTH = new RegExp(`^\\d{1,2}\\s+(?:${MONTH_NAMES.join('|')})\\b`);
/**
 * Whether the lines of a region run far past the width of the text's lines, most of them, as a paragraph a line does: a hard-wrapped report's
 * notes typed one to a line (`NOTES` then a line for each note, unnumbered), each of which is a note.
 */
function unwrapped(scan: Scan, region: Span): boolean {
  const lengths = scan.lines.filter((line) => line.start >= region.start && line.end <= region.end && !isBlank(line)).map((line) => line.text.trim().length);
  return lengths.length >= 2 && lengths.filter((length) => length > 1.5 * scan.width).length >= 0.5 * lengths.length;
}

/** A number, then a heading in capitals (`2. THE PRISONERS OF SEPTEMBER 1939`): words of capitals and years, nothing else. */
const CAPITALS_HEADING = /^\s*\d{1,3}\.?\s+\p{Lu}{2,}(?:[\s,:–-]+(?:\p{Lu}[\p{Lu}'’-]*|(?:1[5-9]|20)\d\d(?:[–-]\d{2,4})?))+\s*$/u;
/** The most lines of a note's end carried over to the next page. */
const MAX_RUN_ON = 8;

/** A note's line that breaks off inside a reference, however short: after a comma, a colon or an open parenthesis. */
const BREAKS_OFF = /[,:(]\s*$/;
/** A line that opens with a reference's publication details (`(Stanford: Stanford University Press, 1961), 163;`): a note's, after a short line of its title. */
const PUBLICATION_LINE = /^\s*\(\p{Lu}[^()\n]*\b(?:1[5-9]|20)\d\d[a-z]?\)/u;
/**
 * A note's line that ends with an abbreviation of references, no sentence: `… read with caution. Cf.`, `ed.`, `pp.`, an
 * archive's `f.`, `op.`, `d.`, `l.`; or
 * with an initial, whose name goes on (`ed. R. W. Davies, O. V. Khlevniuk, E.`, `ed. R. Ia.`).
 */
const ENDS_WITH_ABBREVIATION = new RegExp(String.raw`(?:^|[\s(])(?:[Cc]f|eds?|trans|vols?|pp?|nos?|esp|repr|e\.g|i\.e|f|op|d|ll?|fols?|sygn|\p{Lu}|${LONG_INITIALS.join('|')})\.\s*$`, 'u');
/** A reference's publication details in brackets (`(New Haven: Yale`, `(London, 1972)`): a line of a note, though the line before ended with `?`. */
const HOLDS_PUBLICATION = /\(\p{Lu}[\p{L} .,'’-]*(?::|,\s(?:1[5-9]|20)\d\d)/u;

/** The label a line opens a footnote with: its number or symbol. */
function footnoteLabel(line: Line): string | null {
  const opening = FOOTNOTE_LINE.exec(line.text);
  return opening === null ? null : opening.groups?.symbol ?? String(Number(opening[1] ?? unicodeDigits(opening[2])));
}

/**
 * Footnotes at the foot of a PDF page, each line opening with its number (`7 Dimitrov 2003, p.66`) or
 * symbol (`* Ibid.`, `† Dimitrov 2003`), counting up from one whose marker stands just before in the text. The body before
 * them has ended its line; a note runs on over full lines that break mid-sentence. Returns the index
 * after the notes.
 */
function scanFootnoteLines(scan: Scan, i: number, lastLine: Line | null): number {
  const { lines } = scan;
  const label = footnoteLabel(lines[i]);
  if (label === null) return i;
  const numbered = /^\d/.test(label);
  const bodyEnded = lastLine === null || lastLine.end < lines[i - 1]?.start || endsSentence(lastLine) || lastLine.text.trim().length >= 0.85 * scan.width;
  const page = Math.max(0, lines[i].start - 6000);
  // A number the notes have passed opens a numbered heading (`2. The First Councils`), not a note; a chapter's notes may start again at 1.
  if (!bodyEnded || (numbered && Number(label) <= scan.lastFootnote && label !== '1') || !scan.markers.within(page, lines[i].start).before(label, lines[i].start - page)) return i;
  if (numbered && lastLine !== null && !endsSentence(lastLine) && DAY_AND_MONTH.test(lines[i].text)) return i;
  // `2. THE PRISONERS OF SEPTEMBER 1939`: a numbered section's heading in capitals, which no note is.
  if (numbered && CAPITALS_HEADING.test(lines[i].text)) return i;
  let expected = label;
  let k = i;
  let end = lines[i].end;
  let hanging = 0; // where the text of the last note opened starts: its lines may hang there (`† Jan M. Ciechanowski,⏎  Cambridge`)
  while (k < lines.length) {
    if (footnoteLabel(lines[k]) === expected) {
      expected = followingLabel(expected);
      hanging = FOOTNOTE_LINE.exec(lines[k].text)![0].length;
    } else if (k === i || isBlank(lines[k]) || isIndented(lines[k]) && indentation(lines[k]) !== hanging || LONE_NUMBER.test(lines[k].text)
      || !isFull(scan, lines[k - 1], lines[k]) && !BREAKS_OFF.test(lines[k - 1].text) && !PUBLICATION_LINE.test(lines[k].text)
      || endsSentence(lines[k - 1]) && !ENDS_WITH_ABBREVIATION.test(lines[k - 1].text) && !HOLDS_PUBLICATION.test(lines[k].text)) {
      break;
    }
    end = lines[k].end;
    k++;
  }
  scan.noteRegions.push({ kind: 'page-break-block', start: lines[i].start, end });
  if (numbered) scan.lastFootnote = Number(expected) - 1;
  return k;
}

/**
 * The end of a note that ran over a page break, set at the foot of the next page above that page's own
 * footnotes: lines after a blank line, not indented, when the notes before broke off mid-sentence, then
 * the next footnote. Its lines join that page's note region. Returns the index after the notes.
 */
function scanNoteRunningOn(scan: Scan, i: number, lastLine: Line | null, blankBefore: boolean): number {
  const { lines, text } = scan;
  const previous = scan.noteRegions[scan.noteRegions.length - 1];
  if (!blankBefore || isIndented(lines[i]) || previous === undefined || SENTENCE_CLOSED.test(text.slice(previous.start, previous.end))) return i;
  let k = i;
  while (k < lines.length && k - i <= MAX_RUN_ON && !isBlank(lines[k]) && !isIndented(lines[k]) && !FOOTNOTE_LINE.test(lines[k].text)) k++;
  if (k === i || k >= lines.length || !FOOTNOTE_LINE.test(lines[k].text)) return i;
  const after = scanFootnoteLines(scan, k, lastLine);
  if (after > k) scan.noteRegions[scan.noteRegions.length - 1].start = lines[i].start;
  return after > k ? after : i;
}

/** Hard-wrapped text: join lines into paragraphs, setting aside headings and page-break debris. */
function scanWrapped(scan: Scan, heads: Set<number>): void {
  const { lines } = scan;
  let open: Paragraph | null = null; // the paragraph being built, which may resume after debris
  let lastLine: Line | null = null;
  let lastLineIndex = -1;
  let blankBefore = true;
  let pageBreak = false; // debris or a note block since the last line of prose
  const close = () => { if (open) scan.paragraphs.push(open); open = null; };
  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    if (isBlank(line)) { blankBefore = true; i++; continue; }
    if (heads.has(i)) { scan.debris.push({ kind: 'running-head', ...trimmedSpan(line) }); pageBreak = true; i++; continue; }
    if (RULE.test(line.text)) { scan.debris.push({ kind: 'rule', ...trimmedSpan(line) }); pageBreak = true; i++; continue; }
    const afterBlock = Math.max(scanNoteBlock(scan, i), scanFootnoteLines(scan, i, lastLine), scanNoteRunningOn(scan, i, lastLine, blankBefore));
    if (afterBlock > i) { i = afterBlock; blankBefore = false; pageBreak = true; continue; }
    if (LONE_NUMBER.test(line.text)) { scan.debris.push({ kind: 'page-number', ...trimmedSpan(line) }); pageBreak = true; i++; continue; }
    const text = line.text.trim();
    const indented = /^\s/.test(line.text);
    const prevEnded = !lastLine || SENTENCE_END.test(lastLine.text.trimEnd()) && lastLine.text.trim().length < 0.85 * scan.width;
    const nextLine = lines[i + 1];
    const standsAlone = blankBefore || indented || prevEnded;
    const nextStarts = !nextLine || isBlank(nextLine) || /^\s/.test(nextLine.text);
    // Prose cut mid-sentence by a page break resumes on the next page, with a word or a figure (`1920.21`).
    const unfinished = open !== null && lastLine !== null && !SENTENCE_END.test(lastLine.text.trimEnd()) && !indented;
    const resumes = unfinished && (/^\p{Ll}/u.test(text) || (pageBreak && /^[\p{N}\p{Ps}\p{Pi}"']/u.test(text)));
    pageBreak = false;
    // `Notes` on a line of its own before the first note is their heading, though no blank line sets it off.
    const notesHeading = NOTES_TITLE.test(text) && nextLine !== undefined && FIRST_NOTE_LINE.test(nextLine.text);
    if (!resumes && (standsAlone && looksLikeHeading(text) && text.length < 0.8 * scan.width && (nextStarts || blankBefore) || notesHeading)) {
      close();
      // A title or byline broken over lines ("Agon Hamza &" / "Gabriel Tupinambá", "The Rise of the" / "Harbour, 1890–1910").
      let last = i;
      while (lines[last + 1] && (
        (/(?:&|\band|,)$/.test(lines[last].text.trim()) && looksLikeHeading(lines[last + 1].text))
        || (TITLE_RUNS_ON.test(lines[last].text.trim()) && continuesTitle(lines[last + 1].text)))) last++;
      const span = { start: trimmedSpan(line).start, end: trimmedSpan(lines[last]).end };
      scan.headings.push({ ...span, title: titleOf(joined(lines.slice(i, last + 1), (l) => l.text.trim(), ' ')), style: isAllCaps(text) ? 'caps' : 'plain' });
      lastLine = lines[last];
      lastLineIndex = last;
      blankBefore = false;
      i = last + 1;
      continue;
    }
    const continues = open !== null && !blankBefore && !indented && !prevEnded;
    const span = trimmedSpan(line);
    if (open !== null && (continues || resumes)) {
      // Contiguous lines extend the current part, a gap (debris, a note block) starts a new one; the paragraph and its
      // part grow as new spans (see Span).
      const parts: Span[] = open.parts;
      if (lastLineIndex === i - 1) parts[parts.length - 1] = { start: parts[parts.length - 1].start, end: span.end };
      else parts.push(span);
      open = { start: open.start, end: span.end, parts };
    } else {
      close();
      open = paragraphOf(span);
    }
    lastLine = line;
    lastLineIndex = i;
    blankBefore = false;
    i++;
  }
  close();
  markTrailingNotes(scan);
}

/** Text with one paragraph per line (or per blank-separated block of lines). */
function scanUnwrapped(scan: Scan, heads: Set<number>): void {
  const { lines } = scan;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const span = trimmedSpan(line);
    if (heads.has(i)) { scan.debris.push({ kind: 'running-head', ...span }); continue; }
    if (RULE.test(line.text)) { scan.debris.push({ kind: 'rule', ...span }); continue; }
    if (LONE_NUMBER.test(line.text)) {
      // Between paragraphs of a line each, a year alone is a section's title (`1968`), not a page's number.
      if (LONE_YEAR.test(line.text)) scan.headings.push({ ...span, title: line.text.trim(), style: 'plain' });
      else scan.debris.push({ kind: 'page-number', ...span });
      continue;
    }
    const text = line.text.trim();
    // A heading stands after a blank line (or another heading) on a line of its own, or, where no blank line
    // parts the paragraphs, after a paragraph that ended its sentence.
    const previous = scan.headings[scan.headings.length - 1];
    const standsAlone = i === 0 || isBlank(lines[i - 1]) || (previous !== undefined && previous.end === trimmedSpan(lines[i - 1]).end)
      || (PARAGRAPH_CLOSED.test(lines[i - 1].text.trimEnd()) && text.length <= 60);
    if (standsAlone && looksLikeHeading(text)) {
      scan.headings.push({ ...span, title: titleOf(text), style: isAllCaps(text) ? 'caps' : NUMBERED_PART.test(text) ? 'part' : 'plain' });
      continue;
    }
    scan.paragraphs.push(paragraphOf(span));
  }
  markTrailingNotes(scan);
}

/** Notes at the end of a text without a heading over them, numbered or not, wrapped or not. */
function markTrailingNotes(scan: Scan): void {
  if (!markTrailingNumberedNotes(scan)) markTrailingEndnotes(scan);
}

/** The end of a paragraph's last sentence, maybe with a note's marker (`it.¹⁰`, `it.”12`, `it.[17]`, `it.[3][a]`). */
const PARAGRAPH_CLOSED = /[.!?]["'”’)\]]*(?:\d{1,3}|(?:\[[\da-z]{1,3}\])+|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})?$/u;

const NUMBERED_PARAGRAPH = new RegExp(`^(?:\\[(\\d{1,3})\\]|(\\d{1,3})[.)]?|([${SUPERSCRIPT_DIGITS}]{1,3}))\\s+\\S`, 'u');

/**
 * Numbered notes at the end of a text without a heading: the last paragraphs each open with the next
 * number (`1. …`, `[2] …`, `3 …`, `⁴ …`), and the first of them has its marker in the text before. Returns the
 * index of the first of them, or the number of paragraphs when there are none.
 */
export function trailingNumberedNotes(text: string, paragraphs: Paragraph[], markers: MarkersByLabel): number {
  const numberOf = (p: Paragraph) => {
    const m = NUMBERED_PARAGRAPH.exec(text.slice(p.start, p.end));
    return m ? Number(m[1] ?? m[2] ?? unicodeDigits(m[3])) : null;
  };
  let first = paragraphs.length;
  while (first > 0) {
    const n = numberOf(paragraphs[first - 1]);
    const next = first < paragraphs.length ? numberOf(paragraphs[first]) : null;
    if (n === null || (next !== null && next !== n + 1)) break;
    first--;
  }
  if (paragraphs.length - first < 2 || first === 0) return paragraphs.length;
  const label = String(numberOf(paragraphs[first]));
  return markers.before(label, paragraphs[first].start) ? first : paragraphs.length;
}

function markTrailingNumberedNotes(scan: Scan): boolean {
  const first = trailingNumberedNotes(scan.text, scan.paragraphs, scan.markers);
  if (first === scan.paragraphs.length) return false;
  scan.noteRegions.push({ kind: 'notes-section', start: scan.paragraphs[first].start, end: scan.paragraphs[scan.paragraphs.length - 1].end });
  scan.paragraphs.splice(first);
  return true;
}

/**
 * Unnumbered endnotes at the end of a text: short paragraphs set apart by wider gaps than the
 * body's paragraphs. They form a notes region of their own.
 */
function markTrailingEndnotes(scan: Scan): void {
  const { lines, paragraphs } = scan;
  if (paragraphs.length < 4) return;
  const lineOf = new Map(lines.map((l, i) => [trimmedSpan(l).start, i]));
  const gapBefore = (p: Paragraph) => {
    let i = (lineOf.get(p.start) ?? 0) - 1;
    let gap = 0;
    while (i >= 0 && isBlank(lines[i])) { gap++; i--; }
    return gap;
  };
  const bodyGap = median(paragraphs.map(gapBefore));
  let first = paragraphs.length;
  while (first > 1 && gapBefore(paragraphs[first - 1]) > bodyGap && paragraphs[first - 1].end - paragraphs[first - 1].start < 400) first--;
  if (first < paragraphs.length - 1) {
    const region = { start: paragraphs[first].start, end: paragraphs[paragraphs.length - 1].end };
    scan.noteRegions.push({ kind: 'notes-section', ...region });
    scan.paragraphs.splice(first);
  }
}

/** Recovers sections, paragraphs, note regions and debris of a plain-text document. */
export function plainTextStructure(text: string): DocumentStructure {
  const lines = linesOf(text);
  const { wrapped, width, measure } = isHardWrapped(lines);
  const scan: Scan = { text, markers: MarkersByLabel.of(text), lines, wrapped, width, measure, headings: [], paragraphs: [], noteRegions: [], debris: [], lastFootnote: 0 };
  const heads = runningHeads(lines);
  if (wrapped) scanWrapped(scan, heads);
  else scanUnwrapped(scan, heads);
  // A web encyclopedia's page has two: `Notes` (lettered) and `References` (numbered).
  const notesHeadings = scan.headings.filter((h) => isNotesHeading(h.title, text, h.end, scan.markers));
  // A web page that calls `[1]`, `[2]` and lists its references unnumbered: the n-th reference is note n.
  const references = notesHeadings.length === 0 && scan.markers.explicitAnywhere('1') && scan.markers.explicitAnywhere('2') ?
    scan.headings.find((h) => REFERENCES.test(h.title)) : undefined;
  for (const notesHeading of references ? [references] : notesHeadings) {
    const nextHeading = scan.headings.find((h) => h.start > notesHeading.end);
    const region: Span = { start: notesHeading.end, end: nextHeading ? nextHeading.start : text.trimEnd().length };
    // The section holds every note under it: regions found inside it before would give each note twice.
    scan.noteRegions = scan.noteRegions.filter((r) => r.end <= region.start || r.start >= region.end);
    scan.noteRegions.push({ kind: 'notes-section', ...region });
    scan.paragraphs = scan.paragraphs.filter((p) => p.end <= region.start || p.start >= region.end);
  }
  scan.noteRegions.sort((a, b) => a.start - b.start);
  return {
    format: 'plaintext',
    sections: buildSections(scan.headings, text.length),
    paragraphs: scan.paragraphs,
    noteRegions: scan.noteRegions.map((r) => (!scan.wrapped || r.kind === 'notes-section' && unwrapped(scan, r) ? { ...r, linePerParagraph: true } : r)),
    debris: scan.debris,
  };
}
