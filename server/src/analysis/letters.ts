// Patterns with Unicode letter classes (`\p{L}`, `\p{Lu}`, `\p{Ll}`, also `\p{N}`) or in Unicode mode,
// run fast. V8 runs such a class several times slower than a class of a few ranges, and a word boundary
// in a case-insensitive Unicode pattern ten times slower than without Unicode mode. Most essays have no
// letter beyond Latin-1 (or Latin Extended): on such text a twin of the pattern, without Unicode mode and with
// classes that hold only their Latin members, finds exactly the same.

/**
 * The last character of the letters a twin reads: Latin-1, and on through Latin Extended-B (`Ž`, `ł`) where the pattern
 * does not fold case, for without Unicode mode V8 folds some of those otherwise (`ſ` is an `s` only with it).
 */
const LATIN_1 = 0xff;
const LATIN_EXTENDED = 0x24f;
const reachOf = (flags: string) => (flags.includes('i') ? LATIN_1 : LATIN_EXTENDED);
/** Characters a twin may read otherwise than its pattern: those beyond its reach, but General Punctuation (quotes, dashes), which holds no letter or digit. */
const BEYOND_LATIN_1 = /[\u0100-\u1fff\u2070-\uffff]/g;
const BEYOND_LATIN_EXTENDED = /[\u0250-\u1fff\u2070-\uffff]/g;
const TWINNED_CLASSES = new Set(['L', 'Lu', 'Ll', 'N']);

const latinMembersOf = new Map<string, string>();

/** The Latin members of a class, as ranges of a class body, read with the pattern's flags (case-insensitive patterns fold case). */
function latinMembers(property: string, flags: string): string {
  const caseFolded = flags.includes('i');
  const key = `${property}/${caseFolded}`;
  let body = latinMembersOf.get(key);
  if (body !== undefined) return body;
  const member = new RegExp(`\\p{${property}}`, caseFolded ? 'iu' : 'u');
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
  const reach = reachOf(flags);
  body = '';
  for (let code = 0, from = -1; code <= reach + 1; code++) {
    const inside = code <= reach && member.test(String.fromCharCode(code));
    if (inside && from < 0) from = code;
    if (!inside && from >= 0) {
      body += from === code - 1 ? hex(from) : `${hex(from)}-${hex(code - 1)}`;
      from = -1;
    }
  }
  latinMembersOf.set(key, body);
  return body;
}

/** What a twin changes or steps over in a pattern's source: a property class, another escape, a bracket of a class. */
const TWIN_TOKEN = /\\([pP])\{([^}]*)\}|\\[^]|[[\]]/g;

/**
 * The source of the twin of a pattern, or null when it has a property class without a twin. Read by one pattern, not
 * character by character: the sources of the date grammar (32 KB) took milliseconds so when a process starts.
 */
function twinSource(source: string, flags: string): string | null {
  let inClass = false;
  let twinned = true;
  const twin = source.replace(TWIN_TOKEN, (token, negated?: string, property?: string) => {
    if (property === undefined) {
      if (token === '[') inClass = true;
      else if (token === ']') inClass = false;
      return token;
    }
    if (negated === 'P' || !TWINNED_CLASSES.has(property)) twinned = false;
    if (!twinned) return token;
    const members = latinMembers(property, flags);
    return inClass ? members : `[${members}]`;
  });
  return twinned ? twin : null;
}

/** The reach a twin needs to read `subject` as its pattern does: Latin-1, Latin Extended, or none (Infinity). */
function reachNeeded(subject: string): number {
  BEYOND_LATIN_1.lastIndex = 0;
  const beyond = BEYOND_LATIN_1.exec(subject);
  if (beyond === null) return LATIN_1;
  BEYOND_LATIN_EXTENDED.lastIndex = beyond.index; // one pass over the text in all
  return BEYOND_LATIN_EXTENDED.test(subject) ? Infinity : LATIN_EXTENDED;
}

/** Below this length a text is looked at each time; a longer one (a zone) is remembered while the patterns of its zone run. */
const REMEMBERED_LENGTH = 256;
let lastLong = '';
let lastLongReach = LATIN_1;

/** The reach of the document being read (see `readingDocument`); Infinity when none is. */
let documentReach = Infinity;

/**
 * `read()`, with the patterns told that every text they are given is part of `document`: a slice of it, or made of
 * slices and ASCII, perhaps in small letters or decomposed (`normalize('NFD')` adds only marks, which no twinned class
 * holds), never in capitals (`ÿ` has `Ÿ`, beyond Latin-1). Such a part needs no more reach than its whole, so on a
 * document of Latin-1 alone no text is looked at again: the analysis of the corpus gave some 4,000 texts to look at.
 */
export function readingDocument<T>(document: string, read: () => T): T {
  const outer = documentReach;
  documentReach = reachNeeded(document);
  try {
    return read();
  } finally {
    documentReach = outer;
  }
}

/** Whether twins of that reach read `subject` as their patterns do. */
function twinReads(subject: string, reach: number): boolean {
  if (documentReach <= reach) return true;
  if (subject.length < REMEMBERED_LENGTH) return reachNeeded(subject) <= reach;
  if (subject !== lastLong) {
    lastLong = subject;
    lastLongReach = reachNeeded(subject);
  }
  return lastLongReach <= reach;
}

/**
 * A pattern with letter classes that runs as its Latin-1 twin on text the twin reads alike. The pattern and its
 * twin are made on first use: a process that never reads a citation (a server starting, `--help`) does not parse
 * them, and parsing a letter class costs about 30 µs each time it occurs.
 */
export class LetterPattern {
  private made: RegExp | undefined;
  private madeTwin: RegExp | null | undefined;
  /** The last character of the letters its twin reads. */
  private readonly reach: number;

  constructor(private readonly source: string | RegExp, private readonly flags?: string) {
    this.reach = reachOf(typeof source === 'string' ? flags ?? '' : source.flags);
  }

  get pattern(): RegExp {
    this.made ??= typeof this.source === 'string' ? new RegExp(this.source, this.flags) : this.source;
    return this.made;
  }

  private get twin(): RegExp | null {
    if (this.madeTwin === undefined) {
      // Made from the source, not the pattern: on text the twin reads, the pattern itself is never parsed.
      const [source, flags] = typeof this.source === 'string' ? [this.source, this.flags ?? ''] : [this.source.source, this.source.flags];
      const twin = twinSource(source, flags);
      this.madeTwin = twin === null ? null : new RegExp(twin, flags.replace('u', ''));
    }
    return this.madeTwin;
  }

  /** The pattern to run on `subject`: the twin when it reads `subject` alike. */
  for(subject: string): RegExp {
    return twinReads(subject, this.reach) && this.twin !== null ? this.twin : this.pattern;
  }

  /** `exec` and `test` are for patterns without the global flag (a twin keeps its own `lastIndex`). */
  exec(subject: string): RegExpExecArray | null {
    return this.for(subject).exec(subject);
  }

  test(subject: string): boolean {
    return this.for(subject).test(subject);
  }

  replace(subject: string, replacement: string): string {
    return subject.replace(this.for(subject), replacement);
  }

  /** Every match in `subject`, as `subject.matchAll` finds them (the pattern is global). */
  matchAll(subject: string): RegExpExecArray[] {
    return allMatches(this.for(subject), subject);
  }
}

/**
 * Every match of a global pattern in `subject`, as `subject.matchAll` finds them, but without the copy of
 * the pattern that `matchAll` makes at each call, which costs more than the search for a large pattern.
 */
export function allMatches(pattern: RegExp, subject: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(subject); m !== null; m = pattern.exec(subject)) {
    matches.push(m);
    if (m[0] === '') pattern.lastIndex = m.index + (subject.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return matches;
}

/** `new RegExp(source, flags)`, run fast on Latin-1 text. */
export const letterPattern = (source: string | RegExp, flags?: string): LetterPattern => new LetterPattern(source, flags);

/** Whether the character `c` is white space as regular expressions read `\s` (a line break, a space of any width). */
export function isWhiteSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  // Most characters asked about are ASCII, where `\s` is the space and tab to carriage return: no pattern needed.
  const code = c.charCodeAt(0);
  return code < 128 ? code === 32 || code >= 9 && code <= 13 : WHITE_SPACE.test(c);
}
const WHITE_SPACE = /^\s$/;
