// Names inside the titles of works that the citation layer read (`Edgar Snow, Red Star over China (London: ...)`,
// `Stuart Schram, The Thought of Mao Tse-tung (Cambridge: ...)`): a title speaks of a person, a place or a body
// without naming it in the text, so no name inside one is a mention.
import type { Citation, Span } from '../types';
import { isWhiteSpace } from '../letters';
import type { NameSpan } from './identity';
import { isCalendarWord, isCommonToken, isCommonWord, isFunctionWord, isGivenName } from './lexicon';

/** Where `title` is written in `reference`, its spaces maybe line breaks there (a title wrapped in a PDF's lines). */
function writtenAs(reference: string, title: string): { at: number; text: string } | null {
  const at = reference.indexOf(title);
  if (at >= 0) return { at, text: title };
  const firstSpace = title.indexOf(' ');
  if (firstSpace <= 0) return null;
  // Compared by hand, not by a pattern made of the title: a pattern is compiled anew for every citation.
  const firstWord = title.slice(0, firstSpace);
  for (let from = reference.indexOf(firstWord); from >= 0; from = reference.indexOf(firstWord, from + 1)) {
    const end = wrappedEnd(reference, from, title);
    if (end >= 0) return { at: from, text: reference.slice(from, end) };
  }
  return null;
}

/** Where `title` ends if written at `from` in `reference` with any white space for each run of its spaces, else -1. */
function wrappedEnd(reference: string, from: number, title: string): number {
  let r = from;
  for (let t = 0; t < title.length;) {
    if (title[t] !== ' ') {
      if (reference[r++] !== title[t++]) return -1;
      continue;
    }
    while (title[t] === ' ') t++;
    if (!isWhiteSpace(reference[r])) return -1;
    while (r < reference.length && isWhiteSpace(reference[r])) r++;
  }
  return r;
}

/**
 * Where the titles of `citations`, and the books or journals they are in, stand in the text. A translator or editor the
 * citation's title runs on to (`A Comintern Agent in China, 1932-1939, trans. Jeanne Moore`) is left out of it.
 */
export function titleSpans(text: string, citations: readonly Citation[]): Span[] {
  const spans: Span[] = [];
  for (const citation of citations) {
    for (const title of [citation.fields.title, citation.fields.container]) {
      if (!title || title.length < 4) continue;
      const written = writtenAs(text.slice(citation.start, citation.end), title);
      if (!written) continue;
      const contributor = CONTRIBUTOR.exec(written.text);
      const start = citation.start + written.at;
      spans.push({ start, end: start + (contributor ? contributor.index : written.text.length) });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
/**
 * Where a title the citations read is written again among the `names` (in text order), in prose or in a note too short to
 * be read as a reference: `Djilas's Conversations with Stalin fixed a narrative`, `Banac, With Stalin against Tito.` Only a
 * title of three words or more with a capitalized word of the language (`Conversations`, `With`), which a run of names
 * never is (`Lenin and Trotsky`).
 */
export function repeatedTitleSpans(text: string, citations: readonly Citation[], names: readonly NameSpan[]): Span[] {
  // Each capitalized word of a title, and where in the title it stands.
  const titlesByWord = new Map<string, { title: string; at: number }[]>();
  for (const title of new Set(citations.map((c) => c.fields.title ?? ''))) {
    const words = title.match(TITLE_WORD) ?? [];
    if (words.length < 3 || !words.some((w) => isCapitalized(w) && (isFunctionWord(w) || isCapitalizedNoun(w)))) continue;
    for (const word of words) {
      if (!isCapitalized(word)) continue;
      const entries = titlesByWord.get(word) ?? [];
      entries.push({ title, at: title.indexOf(word) });
      titlesByWord.set(word, entries);
    }
  }
  const spans: Span[] = [];
  if (titlesByWord.size === 0) return spans;
  for (const name of names) {
    const entries = titlesByWord.get(name.tokens[0].text);
    if (entries === undefined) continue;
    for (const { title, at } of entries) {
      const start = name.start - at;
      if (start >= 0 && text.startsWith(title, start)) spans.push({ start, end: start + title.length });
    }
  }
  return spans;
}
const TITLE_WORD = /[\p{L}'’-]+/gu;

/**
 * Where titles in quotation marks stand (`"The Antinomies of Antonio Gramsci"`, `‘Some Aspects of the Southern
 * Question’`): four words or more in title case, a small word among them, after an article or with a capitalized noun
 * (a title says what the work is about; a quoted question, cry or name does not: `"Where is Nin?"`, `"Long Live Stalin"`).
 */
export function quotedTitleSpans(text: string): Span[] {
  const spans: Span[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const quoted = m[1] ?? m[2] ?? '';
    if (quoted[0] !== quoted[0].toUpperCase()) continue; // a quotation that opens in small letters: prose, no title
    if (SMALL_LONG_WORD.test(quoted)) continue; // a word of four letters or more in small letters: no title (see below)
    const words = quoted.match(/[\p{L}'’-]+/gu) ?? [];
    const [first = ''] = words;
    if (words.length >= 4 && isCapitalized(first) && !/[?!]\W*$/.test(quoted) && words.every((w) => w.length < 4 || isCapitalized(w)) &&
      words.some((w) => !isCapitalized(w)) && (ARTICLE.test(first) || words.some(isCapitalizedNoun))) spans.push({ start: m.index + 1, end: m.index + 1 + quoted.length });
  }
  return spans;
}
/** Double quotation marks, or British single ones, whose closing mark is no apostrophe inside a word (`‘Makhno’s Army’`). */
const QUOTED = /["“]([^"“”\n]{8,160})["”]|‘((?:[^‘’"“”\n]|’(?=[a-z])){8,160})’/g;
/** A word (as `quotedTitleSpans` reads words) of four letters or more that begins with a small letter. */
const SMALL_LONG_WORD = /(?<![\p{L}'’-])[a-z][\p{L}'’-]{3}/u;
const ARTICLE = /^(?:The|A|An)$/;
const isCapitalized = (word: string) => word[0] !== word[0].toLowerCase();
/** `Aspects`, `Antinomies`, `Question`: a capitalized common word, or its singular, that is no small word of the language. */
const isCapitalizedNoun = (word: string) => word.length >= 4 && isCapitalized(word) && !isFunctionWord(word) &&
  (isCommonWord(word) || isCommonWord(word.replace(/ies$/, 'y')) || isCommonWord(word.replace(/s$/, '')));

/** `, trans. Jeanne Moore`, `, ed. by`, `, edited by`, `, with a preface by`: the contributors after a title. */
const CONTRIBUTOR = /,\s*(?:trans\.|tr\.|transl\.|translated by|ed\.|eds\.|edited by|(?:with\s+an?\s+)?(?:preface|introduction|foreword|afterword)\s+by)/i;

/**
 * A law, a pact or a doctrine named after one or two people or a place (`the Molotov–Ribbentrop Pact`, `the Stalin
 * Constitution`, `the Government of India Act`): the name qualifies the document, no mention of whom or where it names.
 * Found from the noun back: one pattern over the whole text took 1.9 ms on the corpus, this 0.4 ms.
 */
const DOCUMENT_NOUNS = ['Pact', 'Act', 'Agreement', 'Accord', 'Declaration', 'Doctrine', 'Constitution'];
const NAMES_BEFORE = /(?:[A-Z][\p{L}'’]+[-–—])?[A-Z][\p{L}'’]+[ \t\n]+$/u;
const LETTER = /\p{L}/u;

/** The spans of the laws, pacts and doctrines named after someone in `text`, in text order. */
export function namedDocumentSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const noun of DOCUMENT_NOUNS) {
    for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + noun.length)) {
      let end = at + noun.length;
      if (text[end] === 's') end++; // `the Helsinki Accords`
      if (end < text.length && LETTER.test(text[end]) || !isWhiteSpace(text[at - 1])) continue;
      const window = text.slice(Math.max(0, at - 60), at);
      const names = NAMES_BEFORE.exec(window);
      if (names) spans.push({ start: at - window.length + names.index, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * A web address: it names no one, whatever words it holds (`https://example.org/biography/Maren-Holt`). No `\b` and no
 * Unicode mode: with them the pattern cost a tenth of the name layer's time.
 */
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[^\s<>()[\]"'“”]+/gi;

/** The spans of the web addresses in `text`, in text order. */
export function webAddressSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (!text.includes('http') && !text.includes('www.') && !text.includes('HTTP') && !text.includes('WWW.')) return spans;
  WEB_ADDRESS.lastIndex = 0;
  for (let m = WEB_ADDRESS.exec(text); m; m = WEB_ADDRESS.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/**
 * A title in another language and its translation in square brackets, as bibliographies give them: `Katynskii detektiv [The
 * Katyn Detective Story]`, `Zeszyty Katyńskie [Katyn Notebooks]`, `Echa Katynia [Echoes of Katyn]`. The translation has two
 * words or more, one a common English word (a person's other name in brackets, `[Ramón Mercader]`, has none), and no comma
 * (`keywords: [Mexico, labour, CROM]`); not a Markdown link's text (`[Rex Mortimer's classic study](…)`).
 */
const TRANSLATION = /^\p{Lu}[^[\],\n]{2,200}(?=\](?!\())/u;
/** What opens a title before its translation: a line, or a comma, colon, semicolon, quotation mark or bracket before it. */
const TITLE_OPENING = /[\n,:;"“‘(]\s*(?=[^\n,:;"“‘(]*$)/u;
const TRANSLATION_WORD = /\p{L}+/gu;

/** The spans of titles given with their translation (see `TRANSLATION`), the translation included, in text order. */
export function translatedTitleSpans(text: string): Span[] {
  const spans: Span[] = [];
  // Found by their bracket, which is rare (not by the space before it), then read: a pattern tried at every place of the
  // text would cost a millisecond on the corpus.
  for (let bracket = text.indexOf('['); bracket >= 0; bracket = text.indexOf('[', bracket + 1)) {
    const at = bracket - 1;
    const c = text.charCodeAt(bracket + 1);
    if (at < 1 || text.charCodeAt(at) !== 32 || isWhiteSpace(text[at - 1]) || c < 65 || c >= 91 && c < 0xC0) continue;
    const translation = TRANSLATION.exec(text.slice(at + 2, at + 204))?.[0];
    const words = translation?.match(TRANSLATION_WORD) ?? [];
    if (words.length < 2 || !words.some((word) => isCommonWord(word.toLowerCase()))) continue;
    const before = text.slice(Math.max(0, at - 160), at);
    const opening = TITLE_OPENING.exec(before);
    const start = at - before.length + (opening ? opening.index + opening[0].length : 0);
    spans.push({ start, end: at + 3 + translation!.length });
  }
  return spans;
}

/**
 * `spans` (in text order) without those inside one of `zones` (in text order, apart), unless `stays` says so of a
 * span and its zone.
 */
export function outsideZones(spans: NameSpan[], zones: readonly Span[], stays = (_span: NameSpan, _zone: Span) => false): NameSpan[] {
  if (!zones.length) return spans;
  let next = 0;
  return spans.filter((span) => {
    while (next < zones.length && zones[next].end <= span.start) next++;
    const zone = zones[next];
    return !(next < zones.length && zone.start <= span.start && span.end <= zone.end) || stays(span, zone);
  });
}

/**
 * `spans` (in text order) without those inside one of the `headings` (in text order) that a heading's title case made of
 * words in small letters: common words, calendar words and initials, the first an initial or a given name, as a
 * person's name would be (`The Long Aftermath`, `I. November`); not `Popular Front`, `Communist Party Alliance`.
 */
export function outsideHeadings(spans: NameSpan[], headings: readonly Span[]): NameSpan[] {
  const kept = outsideZones(spans, headings, ({ tokens }) => !(tokens[0].initial || isGivenName(tokens[0])) ||
    tokens.some((t) => !(t.initial || isCommonToken(t) || isCalendarWord(t.lower))));
  const starts = new Set(headings.map((h) => h.start));
  return kept.map((span) => (starts.has(span.start) ? withoutSectionNumber(span) : span));
}

/** A heading's number in Roman figures, which reads like an initial (`V.` in `V. De Gaulle and the return of order`). */
const SECTION_NUMBER = /^[IVX]{1,4}\.$/;

/** `span`, which opens a heading, without the heading's number before a name (not the initials of `V. I. Lenin`). */
function withoutSectionNumber(span: NameSpan): NameSpan {
  const [first, second] = span.tokens;
  if (!second || second.initial || !SECTION_NUMBER.test(first.text)) return span;
  return { ...span, start: span.start + second.start - first.start, tokens: span.tokens.slice(1) };
}

/**
 * `spans` (in text order) without those inside one of `titles` (in text order). A body's name that is the whole title is
 * the periodical a citation names without an article (`*Slavonic and East European Review*, 1968, pp. 146-148`): it
 * stays; a person's name that is the whole title is a biography's (`J. P. Nettl, Rosa Luxemburg (London, 1966)`).
 */
export const outsideTitles = (spans: NameSpan[], titles: readonly Span[]): NameSpan[] =>
  outsideZones(spans, titles, (span, title) => title.start === span.start && span.end === title.end && span.kind !== 'person');
