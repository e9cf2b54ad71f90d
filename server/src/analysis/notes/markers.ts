// Note markers in the body of an essay, in every convention real essays use: digits glued to a word or
// to punctuation in text extracted from PDFs (`cadres.7`, `1922,12 thus`, `Kirov33`), `[5]`, `(5)`,
// `<sup>12</sup>`, `[^3]`, Pandoc's `^3^`, LaTeX's `$^{3}$`, Unicode superscripts, bold numbers and a printed book's
// symbols (`them.*`, `intact."‡`). Glued digits, brackets and bold numbers are told apart from years, page numbers
// and other figures by their sequence (markers count up) and by the existence of a note with their label; symbols
// by the existence of a note with theirs.
import type { NoteMarker, Span } from '../types';
import { blocksOf, lastTextKept, perKind, type BlockMemo } from '../blocks';

export type MarkerStyle = NonNullable<NoteMarker['style']>;

/** A possible marker before the sequence has judged it. */
export interface MarkerCandidate extends Span {
  label: string;
  style: MarkerStyle;
  /** Digits glued straight to a word (`Kirov33`): figures are never written so. */
  gluedToWord?: boolean;
  /** Digits after a figure's period at a sentence's end (`by 61 to 40.8 The`): a decimal, unless the count expects them. */
  afterFigure?: boolean;
  /** Digits glued to the comma after a number (`In 1922,4 ships`): a list's, maybe. */
  afterNumber?: boolean;
}

export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** The symbols a printed page marks its footnotes with, in their customary order (then doubled: `**`, `††`). */
export const NOTE_SYMBOLS = '*†‡§‖¶';
/** A symbol marker, one symbol written up to three times, glued to the word or punctuation before it. */
const SYMBOL_MARKER = new RegExp(`([${NOTE_SYMBOLS}])\\1{0,2}(?![${NOTE_SYMBOLS}\\p{L}\\d])`, 'gu');
const GLUED_TO = /[\p{L}\d.,;:!?'"”’)\]]/u;
/** A printed page's footnote opening with its symbol, after the line's indentation: `* Ibid., p. 4.`, `†† See above.` (group `symbol`). */
export const SYMBOL_NOTE_OPENING = `\\s*(?<symbol>(?<one>[${NOTE_SYMBOLS}])\\k<one>{0,2})\\s+(?=\\S)`;

/** The label after `label` in its count: `7` then `8`; `*` then `†`, and after `¶` the symbols doubled, `**`. */
export function followingLabel(label: string): string {
  const at = NOTE_SYMBOLS.indexOf(label[0]);
  if (at === -1) return String(Number(label) + 1);
  const next = (at + 1) % NOTE_SYMBOLS.length;
  return NOTE_SYMBOLS[next].repeat(label.length + (next === 0 ? 1 : 0));
}
/** Styles that are markers by their form alone. */
const EXPLICIT: ReadonlySet<MarkerStyle> = new Set(['superscript', 'footnote', 'unicode']);
/** Markers may skip a few numbers (a marker lost in extraction), not dozens. */
const MAX_SKIP = 6;

/**
 * The last four characters before a superscript when they end with a digit of no year: the digits take it as a power
 * (`10³`), where a year (`on 1 February 1921³`) takes a note.
 */
const DIGIT_OF_NO_YEAR = /^(?!(?:1[5-9]|20)\d\d$).*\d$/su;

/** What takes a superscript power rather than a note: a unit (`m²`, `km³`), a lone letter (`x^2^`). */
const POWERED = /(?:^|[^\p{L}])(?:[kcm]?m|ft|in|mi|yd|sq|\p{L})$/u;

/** Abbreviations after which a glued number is a page, volume or issue number, not a marker. */
const NUMBERING_ABBREVIATION = /(?:^|[^\p{L}])(?:p|pp|n|nn|no|nos|vol|vols|v|ch|chap|art|fig|sec|para|bk|pt|ed|tome|col|cols|fol|ff)$/iu;

/** What a marker glued to the text follows: a letter, or the punctuation that ends a word or a sentence. */
const BEFORE_GLUED_MARKER = /[\p{L}.,;:!?'"”’)\]*]/u;

/**
 * A class of some characters written as the negation of every other one: over a long text of two-byte characters V8
 * runs it about twice as fast as the class that lists them.
 */
function oneOf(characters: string): RegExp {
  const codes = [...new Set(characters)].map((c) => c.charCodeAt(0)).sort((a, b) => a - b);
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
  let others = '';
  let from = 0;
  for (const code of [...codes, 0x10000]) {
    if (code > from) others += code - 1 === from ? hex(from) : `${hex(from)}-${hex(code - 1)}`;
    from = code + 1;
  }
  return new RegExp(`[^${others}]`);
}

const SUPERSCRIPT_DIGIT = oneOf(SUPERSCRIPT_DIGITS);
/**
 * Whether a text holds a superscript digit. Most texts hold none, and the structure and the marker finder each ask it
 * of the same text (looking for these characters costs as much as reading every number of the text).
 */
const holdsSuperscripts = lastTextKept((text) => SUPERSCRIPT_DIGIT.test(text));

/**
 * The forms, each with the character that may stand before it (tested apart: a lookbehind that opens a
 * pattern makes the engine test it at every position of the text), and what every match holds, which
 * most blocks lack and is looked for faster than the pattern.
 */
const PATTERNS: { style: MarkerStyle; re: RegExp; precededBy?: RegExp; notAfter?: RegExp; holds?: string | ((text: string) => boolean); mayBePower?: boolean }[] = [
  // `<sup>12</sup>`, also with a link inside, as web pages write them: `<sup><a href="#fn12">[12]</a></sup>`.
  // Not an ordinal's ending after its number (`20<sup>th</sup>`, `XIX<sup>e</sup>`).
  { style: 'superscript', re: /<sup[^>]*>\s*(?:<a[^>]*>)?\s*\[?(\d{1,3}|(?!(?<=[\dIVXLC]<sup>)(?:st|nd|rd|th|er|re|e)<)[a-z*†‡]{1,3})\]?\s*(?:<\/a>)?\s*<\/sup>/gi, holds: '<' },
  { style: 'footnote', re: /\[\^([^\]\s]{1,20})\](?!:)/g, holds: '[^' },
  // Pandoc's superscript, as its conversions of PDFs and Word files write a note number: `^12^`.
  { style: 'superscript', re: /\^(\d{1,3})\^/g, precededBy: /[^\s^]/u, holds: '^', mayBePower: true },
  // A caret alone before the number, as plain text copied from the web marks a superscript, after punctuation only:
  // `went out.^12 The`, not a power (`mc^2`).
  { style: 'superscript', re: /\^(\d{1,3})(?![\d^])/g, precededBy: /[.,;:!?"'”’)\]]/u, holds: '^', mayBePower: true },
  // A superscript in LaTeX math, as OCR of PDFs into Markdown writes a note number: `$^{12}$`, `${ }^{12}$`.
  { style: 'superscript', re: /\$\s*(?:\{\s*\}\s*)?\^\s*\{?\s*(\d{1,3})\s*\}?\s*\$/g, holds: '$' },
  // `[5]`, or a Markdown link to the note: `[5](#note-5)`, `[[5]](#cite_note-5)`.
  // Not a link's text (`[3](…)`, `[3]: …`, `[3][ref]`), but one of two markers side by side (`[4][5]`), or before a web
  // encyclopedia's tag (`[28][citation needed]`, `[3][who?]`) or lettered note (`[3][a]`).
  { style: 'bracket', re: /\[\[(\d{1,3})\]\]\(#[^)\s]*\)|\[(\d{1,3})\](?:\(#[^)\s]*\)|(?![(:[])|(?=\[\d{1,3}\]|\[[a-z](?:[a-z ]*(?: needed|\?))?\]))/g, precededBy: /^$|[^\d]/u, holds: '[' },
  // `(5)` glued to the word or punctuation before it, as typewritten essays number notes: `before.(1)`; not a
  // journal's issue after its volume, in italics as APA sets it (`*16*(1)`).
  { style: 'bracket', re: /\((\d{1,3})\)(?![\p{L}\d])/gu, precededBy: /[\p{L}.,;:!?'"”’*]/u, notAfter: /\d[*_]{1,2}$/u, holds: '(' },
  { style: 'unicode', re: new RegExp(`[${SUPERSCRIPT_DIGITS}]{1,3}(?![${SUPERSCRIPT_DIGITS}])`, 'g'), precededBy: /[\p{L}\p{P}\d]/u, notAfter: DIGIT_OF_NO_YEAR, holds: holdsSuperscripts, mayBePower: true },
  { style: 'bold', re: /\*\*(\d{1,3})\*\*(?!\*)/g, precededBy: /[\p{P}\s]/u, holds: '**' },
  { style: 'glued', re: /\d+(?![\d\p{L}])/gu, precededBy: BEFORE_GLUED_MARKER },
];
/**
 * With symbols, and the letters in brackets of a web encyclopedia's explanatory notes (`Austria.[3][a]`), looked for only
 * in a text whose notes are labelled so (most are not, and `*` is common).
 */
const WITH_SYMBOLS: typeof PATTERNS = [...PATTERNS, { style: 'symbol', re: SYMBOL_MARKER, precededBy: GLUED_TO },
  { style: 'symbol', re: /\[(?<letter>[a-z])\](?![\p{L}\d(])/gu, precededBy: GLUED_TO, holds: '[' }];

/** A year, or the end of a range of years, right before the punctuation a marker is glued to. */
const YEAR_BEFORE = /(?:^|[^\d.,])(?:1[5-9]|20)\d\d(?:[-–]\d{2,4})?$/u;

/**
 * Whether digits glued at `at` look like a marker rather than a figure (`2.5`, `1:4`, `17,000`, `p.20`); `after-figure`
 * for digits after a figure's period that end a sentence (`to 40.8 The`), which only the count can tell from a decimal.
 */
function isGluedMarker(text: string, at: number, digits: string): boolean | 'after-figure' {
  const before = text[at - 1];
  const after = text.slice(at + digits.length, at + digits.length + 2);
  // `*2*(2)`: a number in italics, as APA sets a journal's volume, is no marker after the italic before it.
  if (/^[-–]\d|^[.,:]\d|^%/u.test(after) || before === '*' && text[at - 2] !== '*' && after[0] === '*' && after[1] !== '*') return false;
  if (/\p{L}/u.test(before)) {
    // `Kirov33`, not `B52`, `CO2` or `118n3`.
    const word = /[\p{L}]+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[0] ?? '';
    // No read before the text's start: V8 drops the code it compiled for a read out of bounds.
    const beforeWord = at > word.length ? text[at - word.length - 1] : ' ';
    return word.length >= 2 && /\p{Ll}$/u.test(word) && !/\d/.test(beforeWord);
  }
  const preceding = text.slice(Math.max(0, at - 12), at - 1);
  // `1922,12 thus` and `in 1917.3 The` (after a year or a range of years) are markers; `17,000` and `2.5` are figures.
  const afterYear = before === '.' && YEAR_BEFORE.test(preceding) && /^(?:\s|$)/u.test(after);
  // A figure's own punctuation (`2.5`, `1:4`, `17,000`); a parenthesis or quotation mark closes before a marker (`(no. 4471)4`).
  if (/[.,:]/u.test(before) && /\d$/.test(preceding) && !afterYear && (before !== ',' || digits.length === 3)) {
    return before === '.' && /^(?:\s+\p{Lu}|\s*$|\n)/u.test(text.slice(at + digits.length, at + digits.length + 3)) ? 'after-figure' : false;
  }
  if (before === '.' && NUMBERING_ABBREVIATION.test(preceding) && !ART_IN_NAME.test(preceding) && !REGNAL_FIVE.test(preceding)) return false;
  // `the summer of '56`: an apostrophe after a space opens a year written short, which no marker follows; a straight
  // quotation mark there opens a quotation (`was "3 May 1937"`), whose first figure is none either.
  if ((before === "'" || before === '"' || before === '’' && digits.length === 2) && (at < 2 || /\s/u.test(text[at - 2]))) return false;
  return true;
}
/** `Art` ending a name in capitals (`Independent Revolutionary Art.18`): the word, not the abbreviation of an article. */
const ART_IN_NAME = /\p{L}{2}\sArt$/u;
/** A ruler's number after the name (`the deposed Murad V.12`): the numeral, not the abbreviation of a volume. */
const REGNAL_FIVE = /\p{Lu}\p{Ll}+\sV$/u;

/** `¹²` as `12`. */
export function unicodeDigits(s: string): string {
  return [...s].map((c) => String(SUPERSCRIPT_DIGITS.indexOf(c))).join('');
}

/**
 * Every form in a block (a stretch between blank lines, which no marker crosses) that could be a note
 * marker, in text order, overlapping ones included; offsets are the block's own. A block is read as
 * following a blank line, the opening block of a text as following nothing.
 */
function blockCandidates(text: string, opening: boolean, patterns: typeof PATTERNS): MarkerCandidate[] {
  const before = (at: number) => text[at - 1] ?? (opening ? '' : '\n');
  const found: MarkerCandidate[] = [];
  for (const { style, re, precededBy, notAfter, holds, mayBePower } of patterns) {
    if (holds && !(typeof holds === 'string' ? text.includes(holds) : holds(text))) continue;
    // An exec loop on the shared pattern: `matchAll` would copy it for every block.
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      if (precededBy && !precededBy.test(before(start))) continue;
      if (notAfter?.test(text.slice(Math.max(0, start - 4), start))) continue;
      const glued = style === 'glued' && m[0].length <= 3 ? isGluedMarker(text, start, m[0]) : true;
      if (!glued || (style === 'glued' && m[0].length > 3)) continue;
      if (mayBePower && POWERED.test(text.slice(Math.max(0, start - 4), start))) continue;
      const label = style === 'unicode' ? unicodeDigits(m[0]) : style === 'footnote' ? `^${m[1]}` : style === 'symbol' ? m.groups?.letter ?? m[0] : (m[1] ?? m[2] ?? m[0]);
      found.push({ start, end: start + m[0].length, label, style, ...(style === 'glued' && /\p{L}/u.test(before(start)) ? { gluedToWord: true } : {}),
        ...(glued === 'after-figure' ? { afterFigure: true } : {}), ...(style === 'glued' && before(start) === ',' && /\d/u.test(before(start - 1)) ? { afterNumber: true } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Every form in the text that could be a note marker, in text order, outside the excluded spans; symbols
 * (`*`, `†`) only when asked for. With a memo, blocks unchanged since the previous version of the text are
 * not read again; without one, the text is read as one block (splitting it would cost more than it saves).
 */
export function markerCandidates(text: string, excluded: Span[] = [], memo?: BlockMemo, symbols = false): MarkerCandidate[] {
  const blocks = memo ? blocksOf(text) : [{ start: 0, end: text.length, text }];
  const patterns = symbols ? WITH_SYMBOLS : PATTERNS;
  const pieces = blocks.map((block) => ({ kind: `${block.start === 0 ? 'opening' : 'following'}${symbols ? '+symbols' : ''}`, block }));
  const inBlocks = perKind(memo, 'note-markers', pieces, (kind, block) => blockCandidates(block, kind.startsWith('opening'), patterns));
  const inExcluded = (at: number) => excluded.some((s) => at >= s.start && at < s.end);
  const found: MarkerCandidate[] = [];
  blocks.forEach((block, i) => {
    for (const c of inBlocks[i]) {
      const start = block.start + c.start;
      if (!inExcluded(start)) found.push({ ...c, start, end: block.start + c.end });
    }
  });
  // One marker per place: `[^3]` is not also `[3]`.
  return found.filter((c, i) => i === 0 || c.start >= found[i - 1].end);
}

const DIGITS = /^\d+$/;

/** Whether `next` continues a count at `n` (markers may skip a few lost in extraction). */
const continues = (n: number, next: number) => next > n && next <= n + MAX_SKIP;

/**
 * Keeps the candidates that are markers: explicit forms always; symbols when a note carries them; numbers when a note carries their
 * label, when they continue the count, or when the two numbers after them continue it (a count that
 * starts high, in an excerpt); numbers glued to a word (`Tomsky28`) always, as figures are never
 * written so. A document with explicit markers uses them, not glued digits.
 */
export function selectMarkers(candidates: MarkerCandidate[], noteLabels: ReadonlySet<string>): MarkerCandidate[] {
  const explicit = candidates.filter((c) => EXPLICIT.has(c.style)).length;
  // Explicit numbers count too: where a text has three or more, glued digits are markers only where they carry that count
  // on, as in OCR that read some superscripts as digits (`city.1`, `pages;2`, `in 1951.10`, `court".²²`), and not after a
  // number's comma (`In 1922,4 ships`).
  const gluedOnlyInCount = explicit >= 3;
  const numbered = candidates.filter((c) => c.style !== 'symbol' && (!EXPLICIT.has(c.style) || DIGITS.test(c.label)));
  const numberAt = (i: number) => Number(numbered[i]?.label);
  const startsCount = (i: number) => continues(numberAt(i), numberAt(i + 1)) && continues(numberAt(i + 1), numberAt(i + 2));
  let last = 0;
  const kept = new Set<MarkerCandidate>();
  const keptBrackets = new Set<string>();
  numbered.forEach((c, i) => {
    const n = Number(c.label);
    if (EXPLICIT.has(c.style)) {
      last = Math.max(last, n);
      return;
    }
    if (gluedOnlyInCount && c.style === 'glued') {
      if (continues(last, n) && !c.afterNumber) { kept.add(c); last = n; }
      return;
    }
    if (c.afterFigure) { // only the very next number, with a note of its own
      if (n === last + 1 && noteLabels.has(c.label)) { kept.add(c); last = n; }
      return;
    }
    const counted = Number.isInteger(n) && (continues(last, n) || noteLabels.has(c.label) || startsCount(i));
    if (counted) last = Math.max(last, n);
    // A number in brackets counted before cites its note again (`[1]`, after `[2]`), as web encyclopedias do.
    if (counted || noteLabels.has(c.label) || c.gluedToWord || c.style === 'bracket' && keptBrackets.has(c.label)) kept.add(c);
    if (counted && c.style === 'bracket') keptBrackets.add(c.label);
  });
  return candidates.filter((c) => EXPLICIT.has(c.style) || kept.has(c) || (c.style === 'symbol' && noteLabels.has(c.label)));
}

/**
 * A note's number as the markup of a superscript writes it, HTML `<sup>3</sup>`, Pandoc `^3^` or LaTeX `$^{3}$`: the marker
 * in the text, and the opening of its note where the note repeats the marker's form. Each form holds the number as a
 * group (see `numberGroup`).
 */
export const SUPERSCRIPT_NUMBER = String.raw`(?:<sup>\s*(\d{1,3})\s*<\/sup>|\^(\d{1,3})\^|\$\^\{?(\d{1,3})\}?\$)`;

/** The number a match of a pattern made of number forms holds: its one group that matched. */
export const numberGroup = (match: RegExpExecArray): string => match.slice(1).find((group) => group !== undefined) as string;

/** `<sup>3</sup>`, `[3]`, `[^3]`, `**3**`, `^3^`, `$^{3}$`: a marker by its form alone, whatever the text around it. */
const EXPLICIT_FORMS = new RegExp(String.raw`${SUPERSCRIPT_NUMBER}|\[\^?(\d{1,3})\]|\*\*(\d{1,3})\*\*`, 'g');
/** `³`, `¹²`, as a whole: never inside `¹²³`. */
const SUPERSCRIPT_RUN = new RegExp(`[${SUPERSCRIPT_DIGITS}]+`, 'g');

/** A label as a number writes it (`03` -> `3`). */
const numberOf = (label: string) => String(Number(label));

/** Where each number first stands in one of the forms a pattern finds (`digitsOf` gives the number's digits). */
function firstByNumber(text: string, pattern: RegExp, digitsOf: (m: RegExpExecArray) => string): Map<string, number> {
  const firsts = new Map<string, number>();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const number = numberOf(digitsOf(m));
    if (!firsts.has(number)) firsts.set(number, m.index);
  }
  return firsts;
}

/**
 * The note markers of one text by label, for telling a note's number from a page number or a list's: a
 * text asks about each of its lone numbers and ordered lists, so the text is read once for the explicit
 * forms and once for each label glued to words (`state.3`), not once a question.
 */
export class MarkersByLabel {
  private explicitForms: Map<string, number> | undefined;
  private superscripts: Map<string, number> | undefined;
  private gluedFirsts: Map<string, number> | undefined;
  private readonly symbols = new Map<string, number>();

  constructor(private readonly text: string) {}

  /** The markers of a text, shared by its readings: a plain text that may hold Markdown's notes is read both ways. */
  static readonly of = lastTextKept((text) => new MarkersByLabel(text));

  /** Where a symbol (`*`, `††`) first stands glued to a word or punctuation as a whole, not inside a longer run of it. */
  private firstSymbol(label: string): number {
    let first = this.symbols.get(label);
    if (first === undefined) {
      const { text } = this;
      first = Infinity;
      for (let at = text.indexOf(label, 1); at !== -1; at = text.indexOf(label, at + 1)) {
        const after = text[at + label.length] ?? '';
        if (text[at - 1] !== label[0] && GLUED_TO.test(text[at - 1]) && after !== label[0] && !/[\p{L}\d]/u.test(after)) {
          first = at;
          break;
        }
      }
      this.symbols.set(label, first);
    }
    return first;
  }

  private get explicit(): Map<string, number> {
    return (this.explicitForms ??= firstByNumber(this.text, EXPLICIT_FORMS, numberGroup));
  }

  private get superscript(): Map<string, number> {
    return (this.superscripts ??= holdsSuperscripts(this.text) ? firstByNumber(this.text, SUPERSCRIPT_RUN, (m) => unicodeDigits(m[0])) : new Map());
  }

  /** The markers of the stretch from `from` to `to`, read as a text of its own (the page before a footnote). */
  within(from: number, to: number): MarkersByLabel {
    const part = new MarkersByLabel(this.text.slice(from, to));
    if (!holdsSuperscripts(this.text)) part.superscripts = new Map(); // nor does any stretch of it, which need not be read for them
    return part;
  }

  /** Whether the text has a marker with this label anywhere in a form that makes it one by itself (`[3]`, `³`). */
  explicitAnywhere(label: string): boolean {
    return this.explicit.has(numberOf(label)) || this.superscript.has(numberOf(label));
  }

  /** Whether a marker with this label stands in the text before `end`. */
  before(label: string, end: number): boolean {
    if (NOTE_SYMBOLS.includes(label[0])) return this.firstSymbol(label) <= end - label.length;
    if ((this.explicit.get(numberOf(label)) ?? Infinity) <= Math.max(0, end)) return true;
    if ((this.superscript.get(numberOf(label)) ?? Infinity) <= Math.max(0, end - label.length)) return true;
    return (this.glued.get(label) ?? Infinity) <= end - label.length;
  }

  /** Where each number first stands glued to a word or to punctuation, as PDF text writes a marker (`state.3`). */
  private get glued(): Map<string, number> {
    if (this.gluedFirsts) return this.gluedFirsts;
    const { text } = this;
    const firsts = new Map<string, number>();
    DIGIT_RUN.lastIndex = 0;
    for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) {
      const [digits] = m;
      const at = m.index;
      if (at === 0 || firsts.has(digits) || isLetterAt(text, at + digits.length) || !mayStandBeforeMarker(text, at - 1)) continue;
      if (isGluedMarker(text, at, digits)) firsts.set(digits, at);
    }
    return (this.gluedFirsts = firsts);
  }
}

const DIGIT_RUN = /\d+/g;

/** A letter at `at` (ASCII letters without a pattern). */
function isLetterAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  return c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : /\p{L}/u.test(text[at]);
}

/** Whether a glued marker may follow the character at `at` (ASCII letters without the pattern). */
const mayStandBeforeMarker = (text: string, at: number): boolean => isLetterAt(text, at) || BEFORE_GLUED_MARKER.test(text[at]);
