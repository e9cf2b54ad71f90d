// Finds bibliographic references in the text: back-references (Ibid., op. cit.), full references with
// their publication details (`(London: New Park Publications, 1973), pp. 277–78`), articles in
// journals, parenthetical sources (`(V. I. Lenin: CW. Vol. 32; p.132)`) and author-year references
// (`Althusser 1991, p.20`, `(Claudín, 1970)`). A title mentioned in prose without source details
// is not a reference, nor is a plain hyperlink.
import type { CitationKind, Span } from '../types';
import { partitionPoint } from '../search';
import { splitLines } from '../structure/lines';
import { afterLeadIn, opCitStart, openBracket, referenceStart, trimmed, withLocators } from './boundaries';
import { BACK_REFERENCE, BARE_PAGES, CAPITALIZED_PARTICLE, CUE, ENTRY_AS_NOTE, ISSUE_DAY, MLA_CUE, MONTH, MONTH_BEFORE_YEAR, MONTH_NAME, MONTH_WORD, NOT_AUTHOR, PAGE_NUMBERS, PAGES, PERSON, POSSESSIVE_FIRST, POSSESSIVE_NAME, REPORTING_VERB, SIGNATURE_UNIT, SURNAME, TITLE_SMALL_WORD, YEAR } from './patterns';
import { allMatches, letterPattern, type LetterPattern } from '../letters';
import { isInItalics } from '../italics';
import { isCommonWord, isGivenNameWord, isNationality, isPlace } from '../names/lexicon';

/** What a stretch of text to search is: a note, a paragraph of the body, a bibliography. */
export interface ZoneKind {
  inNote: boolean;
  /** In a bibliography or reading list: every entry is a reference. */
  inBibliography?: boolean;
}

/** A stretch of text to search. */
export interface Zone extends Span, ZoneKind {}

export interface Found extends Span {
  kind: CitationKind;
}

/** A reference of this kind over `span`, built field by field: in V8 an object spread followed by more properties is some twenty times slower. */
const withKind = (span: Span, kind: CitationKind): Found => ({ start: span.start, end: span.end, kind });

/** Lower wins when two candidates overlap. */
const PRIORITY: Record<CitationKind, number> = { ibid: 0, opcit: 0, full: 1, short: 1, bibliography: 1, parenthetical: 2, 'author-year': 3 };

/**
 * What a parenthesis holds when it gives publication details: `London: Allison & Busby, 1980`, `New York, 1937`,
 * `1974`, and a reprint's original year: `London: Routledge, 1981 [1910]`; what comes before the year opens with a capital, a
 * digit or an abbreviation (`trans. Holt, Oslo, 1970`), not a clause of prose (`some biographers, following her, prefer 1870`).
 */
const PUBLICATION = letterPattern(String.raw`^(?:(?:[\p{Lu}\d*_"“‘]|\p{Ll}{1,6}\.|in\s)[^()\n]*[,:]\s*)?(?:\d{1,2}\s\p{L}+\.?\s|(?:\p{L}+\s)?)?${YEAR}(?:[-–]\d{2,4})?(?:\s?\[${YEAR}\])?$`, 'u');
// ARTICLE, TITLE_PAGES, JOURNAL and YEAR_ONLY, searched for over whole paragraphs, have no Latin-1 twin:
// looking for letters beyond Latin-1 in a whole paragraph costs more than a twin saves there.
/**
 * `Author, "Title," *Journal*, May 1969`, `"Title" in Journal 1978`, `"Title," Annali dell'Istituto storico 1 (1975)`,
 * `"Title", published in Journal in 1976`,
 * the British comma after the quote (`"Title", Journal, 15 May 1918`), the title translated in brackets after it (`“Bukharin o
 * Staline” [Bukharin on Stalin], Novyi zhurnal`), a transliterated journal's words in small letters (`Sotsialisticheskii vestnik,
 * no. 19 (41), 1 October 1922`):
 * a quoted title, a container, a date (in parentheses it may follow a longer container's name and volume, and a season or a
 * month may open it: `Journal of Ports 9, no. 2 (Spring 2007)`).
 */
const ARTICLE = new RegExp(String.raw`[“"][‘']?\p{Lu}[^"”\n]{1,199}(?:,["”]|["”],?\s+in|["”],|["”]\s\[[^\]\n]{1,200}\],)\s+(?:(?:first\s+)?(?:published|printed|appeared)\s+in\s+)?(?:\*[^*\n]{2,80}\*|(?!${MONTH_WORD})\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}-]+){0,4}),?\s+(?:[^\n"“”]{0,40}?[\s(]|[^\n"“”()]{0,80}?\((?:\p{Lu}\p{Ll}{2,8}\.?\s)?)?${YEAR}(?![\d])`, 'gu');
/** `Teodor Shanin, "Socio-Economic Mobility," pp. 10, 6-7`: a quoted title with its pages. */
const TITLE_PAGES = new RegExp(String.raw`[“"][‘']?\p{Lu}[^"”\n]{1,199},["”]\s+${PAGES}`, 'gu');
/**
 * What may introduce a short form: `See also`, `Cf.`, `Compare`, `Quoted in`, `and`, `in` (`reproduced in`, `Text in`), `with`
 * (`Compare Holt, Quays, 12, with Varga, Clerks, 3`), `by` (`the material used by Holt, *Quays*, 9`).
 */
const SHORT_FORM_CUE = String.raw`(?:[Ss]ee(?:\s+also)?|[Cc]f\.|[Cc]ompare|(?:[Qq]uoted|[Cc]ited)\s+(?:in|by|from)|and|also|in|with|by)`;
/**
 * Where a short form may start: the note, and the ends of these openings of a sentence, a clause (after `;` or `:`) or a
 * cue. The patterns of short forms are tried only there: one pattern that opened with them was tried at every character
 * of every note.
 */
const SHORT_FORM_OPENINGS = new RegExp(String.raw`[.;:]\s+|\b${SHORT_FORM_CUE}\s+`, 'g');
/** A second cue after the opening: `See also`, `cf. in`. */
const SHORT_FORM_SECOND_CUE = String.raw`(?:${SHORT_FORM_CUE}\s+)?`;
/** The authors of a short form: one, two (`Alba and Schwartz`, Spanish `Sánchez y Gorkin`) or more (`Holt, Varga, and Rask`, `Holt et al.`). */
const SHORT_FORM_AUTHORS = String.raw`${PERSON}(?:(?:,\s+${PERSON})*,?\s+(?:and|&|y)\s+${PERSON}|\s+et\s+al\.)?`;
/**
 * A short form in a note, after the first full reference: `Trotsky, The Revolution Betrayed, p. 277`,
 * `Holt, *Clerks*, pp. 3-4`, and Chicago's without `p.`: `Holt, Clerks, 45.`, `Holt, "The Quays," 12.`; a title may hold
 * commas before capitalized words (`Holt, Salt, Timber and the Crown, 7`); several authors (`Holt et al., Clerks, 57.`);
 * a quoted title in a collection (`Holt, "The Quays," in Collected Works, 3:12.`); it opens the note, a sentence or a
 * clause, or follows a cue (`reproduced in Holt, Clerks, 58`). One anywhere in a note (`on trade, Holt, *Clerks*, 58`)
 * was tried: a lookahead at every word made the citations layer 25 % slower.
 */
const SHORT_FORM = letterPattern(String.raw`${SHORT_FORM_SECOND_CUE}(${SHORT_FORM_AUTHORS}),\s+(?:\*[^*\n]{2,120}\*,(?:\s+in\s+\*[^*\n]{2,120}\*,)?|[“"][^"”\n]{2,120}(?:,["”]|["”],)(?:\s+in\s+\p{Lu}[^,;()\n]{1,80}?,)?|(?:\d{4}\s)?\p{Lu}[^,;()\n]{2,120}?(?:,\s\p{Lu}[^,;()\n]{1,60}?)*,)\s+(?:${PAGES}|${BARE_PAGES})`, 'uy');
/** A short form of a work without an author, its title in italics: `*Covert Action in Chile*, 33`, `see *Covert Action*, 31`. */
const TITLE_SHORT_FORM = letterPattern(String.raw`${SHORT_FORM_SECOND_CUE}(\*[^*\n]{2,120}\*),\s+(?:${PAGES}|${BARE_PAGES})`, 'uy');
/** After a first author, the others and a year: `, Byrne & Rainer 2002,`, `, Byrne and Rainer 2002,`. */
const AUTHORS_AND_YEAR_AFTER = letterPattern(String.raw`^,\s(?:${PERSON},\s)*${PERSON},?\s(?:and|&)\s${PERSON}\s${YEAR},`, 'u');
/**
 * `*Soviet Studies*, 23:2 (1971)`, `*Istochnik*, no. 3 (1993)`, `*Telos* 26 (Winter 1975-76)`, `*Slavonic Review*, 1968`, `*Review*, forthcoming`;
 * the words before the year are capitalized (a month, a season): `*Zeitung* until May 1849` is prose.
 */
const JOURNAL = new RegExp(String.raw`\*[^*\n]{2,80}\*,?\s+(?:\d{1,3}(?::\d{1,3})?,?\s)?(?:no\.\s?\d{1,4},?\s)?\(?(?:(?:\p{Lu}[\p{L}-]*\s){0,2}${YEAR}(?![\d])\)?|forthcoming|in press)`, 'gu');
/** Author-year is found from the year back: a year, then the names just before it. */
const YEAR_ONLY = new RegExp(String.raw`\b${YEAR}(?![\d\p{L}])`, 'gu');
const AUTHORS_BEFORE_YEAR = letterPattern(String.raw`(?:^|[^\p{L}.])(${PERSON}(?:(?:,\s${PERSON})*,?\s(?:and|&)\s${PERSON})?(?:\set\sal\.)?),?\s$`, 'u');
/** A parenthesis that opens with an author and a year: `(Varga, 1970)`, `(Holt 1975, 83ff.; Ilves 1978, 1998)`. */
const AUTHOR_AND_YEAR = letterPattern(String.raw`^${PERSON}(?:\s(?:and|&)\s${PERSON})?(?:\set\sal\.)?,?\s${YEAR}(?![\d\p{L}])`, 'u');
/**
 * `Althusser (1976)`, `Holt and Varga (1981: 12)`, `Holt [1977, ch. 3]`, `as Holt notes (1977: 12)`: names (and a verb
 * that reports them), then the year in parentheses or square brackets.
 */
const AUTHORS_BEFORE_PARENTHESIS = letterPattern(String.raw`(?:^|[^\p{L}.])(${PERSON}(?:\s(?:and|&)\s${PERSON})?(?:\set\sal\.)?)(?:’s|'s|\s${REPORTING_VERB})?\s[([]$`, 'u');
/**
 * A reprint's original year before the year of the edition cited (`Marx ([1852] 1963)`), or after it (`1922/1978`, `1963
 * [1852]`); the last year of an edition in volumes after its first, before the volume or the page (`Blum 1954–72, 4: 402`;
 * not a life's years: `Holt (1588–1679)`).
 */
const ORIGINAL_YEAR_BEFORE = new RegExp(String.raw`\[${YEAR}\]\s?$`, 'u');
const REPRINT_YEAR_AFTER = new RegExp(String.raw`^(?:/${YEAR}|\s?\[${YEAR}\]|[–-](?:\d\d){1,2}(?=[,:]\s?\d))(?![\d])`, 'u');
/** A cue within a note's prose, after which its reference starts (`On this see M. Agulhon, …`). */
const CUE_BEFORE_NAMES = /(?:^|\s)(?:[Ss]ee(?:\s+also)?|[Cc]f\.)\s+/u;
/** A reference's opening names: `E. J. Holt,`, `Holt E.J.,`, `Holt and Varga,`. */
const AUTHORS = letterPattern(String.raw`^(?:${PERSON}|\p{Lu}[\p{L}'’-]+\s(?:\p{Lu}\.\s?)+)(?:\s(?:and|&)\s${PERSON})?,`, 'u');
const CAPITALIZED_BEFORE = letterPattern(/(?:\p{Lu}[\p{L}'’-]*|et al\.),?\s$/u);
const AUTHOR_YEAR_ANYWHERE = letterPattern(String.raw`(${PERSON})(?:\set\sal\.)?,?\s${YEAR}(?![\d\p{L}])`, 'gu');

const PARTICLES_BEFORE = /(?:^|[\s(;])((?:(?:van|von|de|der|den|du|da|di|del|della|la|le|ter|ten|zu)\s)+)$/u;

const HAS_YEAR = new RegExp(YEAR, 'u');
/** Years alone, several works of one author (`2001a, 2001b`) or the years of what was done (`1991, 1994-96`): no place and year. */
const YEARS_ONLY = new RegExp(String.raw`^${YEAR}(?:[,;]\s?${YEAR}(?:[-–]\d{2,4})?)+$`, 'u');
const MORE_YEARS = new RegExp(String.raw`^(?:[,;]\s?${YEAR}(?:[-–]\d{2,4})?(?![\d\p{L}]))+`, 'u');
const OPENS_WITH_YEAR = new RegExp(`^${YEAR}(?![\\d])`, 'u');
const PARENTHESIS = /\(([^()\n]{1,300})\)/g;

/** A cue, then a name or title (`see Trotsky’s: …`, `cf. “The Quays”`), not a pointer within the text (`see below`). */
const CUE_OPENING = letterPattern(/^(?:(?:[Ss]ee|[Qq]uoted|[Cc]ited)\b|[Cc]f\.)(?:\s+(?:also|e\.g\.,?|esp\.|especially|in|by|from))*[\s,:]+[\p{Lu}"“*]/u);
/** A title (or name), then a book, chapter or section, as classics are cited: `Leviathan, ch. 13`, `Locke, Second Treatise, § 27`. */
const TITLE_AND_PART = letterPattern(/^\p{Lu}[^()]{0,120},\s(?:bk|ch|chap|pt|sec)\.\s?(?:\d+|[IVXivx]+\b)|^\p{Lu}[^()]{0,120},\s§\s?\d/u);
const NAME_COLON = letterPattern(String.raw`^(?:${PERSON})(?:’s|'s)?:\s?\S`, 'u');
const LOCATOR = new RegExp(String.raw`(?:^|[\s,;])(?:${PAGES}|vol\.\s?\d+)`, 'iu');
const PLACE_YEAR = letterPattern(String.raw`\p{Lu}[\p{L}.]*,\s(?:\d{1,2}\s\p{L}+\s)?${YEAR}$`, 'u');
const ITALIC_DATED = new RegExp(String.raw`^\*[^*]+\*,.*${YEAR}$`, 'u');

/** Whether a parenthesis holds author-year references (`Kotkin 2014: 424; see also Fitzpatrick 1992`), not a month and year. */
function holdsAuthorYear(content: string): boolean {
  return AUTHOR_YEAR_ANYWHERE.matchAll(content).some((m) => {
    const surname = m[1].split(/\s+/u).at(-1) ?? '';
    return !MONTH.test(surname) && !NOT_AUTHOR.test(surname);
  });
}

/** Languages whose names are no adjective of nationality. */
const LANGUAGES = new Set(['Arabic', 'Latin', 'Hebrew', 'Yiddish', 'Sanskrit', 'Persian', 'Greek', 'Esperanto', 'Swahili', 'Occitan', 'Catalan', 'Basque']);
/** A language and a colon opening a parenthesis: a name given in that language (`(Russian: Кронштадтское восстание)`), no source. */
function isGloss(content: string): boolean {
  const word = /^(\p{Lu}\p{Ll}+):/u.exec(content)?.[1];
  return word !== undefined && (isNationality(word) || LANGUAGES.has(word));
}

/** The pages of a book's front matter alone, cited in a review of it: `(p. xxiii)`, `(pp. ix–xi)`. */
const ROMAN_PAGES = /^pp?\.\s?[ivxlc]+(?:\s?[-–]\s?[ivxlc]+)?$/u;
/**
 * Whether a parenthesis holds a source: a cue, `Name: Title`, a locator, front-matter pages, a title and its chapter, a
 * place and year, an italic title with a date.
 */
function isSourceParenthesis(content: string, dated: boolean): boolean {
  return CUE_OPENING.test(content) || NAME_COLON.test(content) && !isGloss(content) || (LOCATOR.test(content) && /\d/.test(content)) || ROMAN_PAGES.test(content) || TITLE_AND_PART.test(content)
    || (dated && (PLACE_YEAR.test(content) || ITALIC_DATED.test(content)));
}

/**
 * MLA's author and page without a year: `(Holt 45)`, `(Holt and Varga 12-14; Ilves 3)`, `(Holt, Clerks 45)`, `(qtd. in Holt
 * 462n)`, a volume and its page (`(Varga, Opere 4: 112)`), a comma before the page as reviews write it (`(Holt, 579)`), and
 * a work's siglum, as its readers cite it: `(HQ 238)`.
 * The word before the number must not number a part of a text or a thing (`(Chapter 3)`, `(Table 2)`).
 */
const MLA_PIECE_FIRST_WORD = new RegExp(String.raw`^(?:${MLA_CUE}\s+)?(\p{L}+)`, 'iu');
const AUTHOR_PAGE_PIECE = String.raw`(?:${SURNAME}|(?!(?:AD|BC|BCE|CE)\s)\p{Lu}{2,5})(?:\s(?:and|&)\s${SURNAME}|\set\sal\.)?(?:,\s\p{Lu}[^();\d
]{1,60}?)?,?\s(?:\d{1,2}:\s?)?${PAGE_NUMBERS}(?:nn?\d{0,3})?`;
const AUTHOR_PAGE = letterPattern(String.raw`^(?:${MLA_CUE}\s+)?${AUTHOR_PAGE_PIECE}(?:;\s${AUTHOR_PAGE_PIECE})*$`, 'u');
const NUMBERED_THING = /^(?:chapter|chap|part|section|sec|table|figure|fig|appendix|article|art|volume|vol|book|act|scene|canto|line|lines|verse|note|page|number|no|plate|map|item|step|phase|stage|level|class|grade|room|box|file|folder|series|year|day|week|group|type|model|exhibit|psalm|rule|clause|question|exercise|lesson|unit|track|bus|route|gate|platform|floor|ward|district|zone|area|block)$/iu;
const isAuthorPage = (content: string): boolean => AUTHOR_PAGE.test(content)
  && !content.split(/;\s/u).some((piece) => {
    const first = MLA_PIECE_FIRST_WORD.exec(piece)?.[1] ?? '';
    return NUMBERED_THING.test(first) || MONTH.test(first);
  });

/**
 * After a year in parentheses, a verb of saying or showing: what stands before is its authors, not a title
 * (`Laclau and Mouffe (1985) argued`, `Ilse Marn (1990) has shown`; but `War and Peace (1869) is long`).
 */
const REPORTING_AFTER = /^\)\s+(?:(?:have|has|had|also|rightly|famously|once|first|later)\s+)*(?:argu|claim|contend|suggest|insist|maintain|not(?:e|ed|es)\b|observ|propos|writ|wrote|show|call|describ|point|defin|stress|emphasi|held|holds|found|finds|recall|demonstrat|conclud|distinguish|identif|criticiz|criticis|put\b|puts\b)/u;

/** Words that open a sentence, not a title or a name (`As Althusser (1976)`). */
const SENTENCE_OPENER = /^(?:as|in|on|at|by|for|from|with|when|while|if|but|and|so|thus|then|since|see|cf\.|later|earlier|now|here|there|still|also|even|only|again|finally|next|indeed|yet|today|recently|similarly|likewise)\s+/iu;
/**
 * Names of meetings, laws and other events, which a year in parentheses dates rather than cites: by their last
 * word (`the Ninth Party Congress (1920)`, `the First Amendment (1791)`) or by the first before `of` (`the
 * Treaty of Versailles (1919)`, `the Battle of Valmy (1792)`).
 */
const EVENT = /^(?:congress|conference|plenum|session|assembly|convention|meeting|summit|council|war|revolution|strike|election|elections|act|amendment|treaty|pact|accords?|armistice|uprising|rebellion|revolt|insurrection|mutiny|coup|putsch|massacre)$/iu;
const EVENT_OF = /^(?:congress|council|treaty|peace|battle|siege|sack|act|edict|pact|uprising|rebellion|revolt|massacre)\s+of\s/iu;

/** Capitalized words, with the small words of titles between them, at the end of a text. */
const CAPITALIZED_RUN = letterPattern(String.raw`(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:${TITLE_SMALL_WORD})\s+)*)+\p{Lu}[\p{L}’'-]*\??$`, 'u');

/** Whether capitalized words name an event (`the Ninth Party Congress`, `Treaty of Versailles`). */
const isEvent = (words: string) => EVENT.test(words.split(/\s+/u).at(-1) ?? '') || EVENT_OF.test(words.replace(/^the\s+/iu, ''));

const POSSESSIVE_BEFORE = new RegExp(`${POSSESSIVE_NAME}$`, 'u');

/**
 * Whether the capitalized words that end `before` name a person, who opens with initials or a known given name, and
 * the parenthesis after them holds only a year: an author and a year (`Nicos Poulantzas (1978)`, `E. P. Thompson (1963)`),
 * no title (`Terrorism and Communism (1920)`), nor an author's title (`Robert Conquest's The Great Terror (1968)`).
 */
function isNamedAuthorBefore(before: string, content: string): boolean {
  if (!YEAR_AND_PAGES.test(content)) return false;
  // A name is short: the pattern is tried on the last 60 characters only, not from every offset of a long text; a run that
  // fills them all is longer than a name.
  const run = CAPITALIZED_RUN.exec(before.slice(-60));
  if (run === null || run.index === 0 && before.length > 60) return false;
  const words = run[0].slice(SENTENCE_OPENER.exec(run[0])?.[0].length ?? 0).split(/\s+/u);
  return words.length > 1 && (/^\p{Lu}\.$/u.test(words[0]) || isGivenNameWord(words[0])) && !words.slice(0, -1).some((word) => /['’]s$/u.test(word));
}
/** A year, maybe with pages: `1978`, `1985: 12`, `1990, 201`. */
const YEAR_AND_PAGES = new RegExp(String.raw`^${YEAR}(?:[,:;]\s?[\d–-]+)*$`, 'u');

/**
 * Where a title ends `before` (a reference's text up to its details): italic, quoted, or capitalized
 * words (`Terrorism and Communism`), not an event (`the Ninth Party Congress`), not a date (`18 Brumaire Year VIII`),
 * not a quotation (`“… everything.”`). Returns the offset of the title in `before`, or -1.
 */
function titleBefore(before: string): number {
  const marked = /(?:\*[^*\n]+\*|[“"][^"”\n]+[^.!"”\n]["”])\s*$/u.exec(before);
  if (marked) return marked.index;
  const run = CAPITALIZED_RUN.exec(before);
  // After a day's number the words are a date, its equivalent in the parenthesis (`18 Brumaire Year VIII (9 November 1799)`).
  if (run === null || isEvent(run[0]) || /(?<!\d)\d{1,2}\s+$/u.test(before.slice(Math.max(0, run.index - 4), run.index))) return -1;
  // A capitalized word that opens the sentence is no part of a title (`As Althusser (1976)`), nor is the author's name
  // in the possessive before it (`Getty's Origins of the Great Purges (1985)`).
  let opener = SENTENCE_OPENER.exec(run[0])?.[0].length ?? 0;
  opener += POSSESSIVE_FIRST.exec(run[0].slice(opener))?.[0].length ?? 0;
  return /\s/u.test(run[0].slice(opener).trim()) ? run.index + opener : -1;
}

/** How an entry opens: a capital, a quoted or italic title, the dashes that repeat the author above, a surname's particle. */
const ENTRY_OPENING = /^(?:[\p{Lu}“"*]|[-–—_]{2,}|(?:(?:van|von|de|der|den|du|da|di|del|della|la|le|ter|ten|zu)\s)+\p{Lu})/u;

const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/u;

/** The entries of a bibliography: one per line, or lines that run on (a wrapped entry continues until a line ends a sentence). */
function bibliographyEntries(text: string, zone: Zone): Span[] {
  const entries: Span[] = [];
  let current: Span | null = null;
  let indent = 0; // of the current entry's first line: a line indented deeper hangs from it
  for (const line of splitLines(text.slice(zone.start, zone.end))) {
    // An item of a list is an entry, without its bullet or number (`- Holt, Maren. 1977.`, `2. Varga, Odile.`).
    const bullet = LIST_ITEM.exec(line.text)?.[0].length ?? 0;
    const start = zone.start + line.start + bullet;
    const end = zone.start + line.end;
    const content = line.text.trim();
    if (!content) { current = null; continue; }
    const lineIndent = line.text.length - line.text.trimStart().length;
    const previous = current === null ? '' : text.slice(current.start, current.end).trimEnd();
    if (current === null || bullet > 0 || (lineIndent <= indent && /[.)]$/u.test(previous) && ENTRY_OPENING.test(content))) {
      current = { start: start + (bullet > 0 ? 0 : lineIndent), end };
      indent = lineIndent;
      entries.push(current);
    } else entries[entries.length - 1] = current = { start: current.start, end }; // a new span: see Span
  }
  return entries;
}

/** After `idem`, a title: another work of the same author (`idem, *Letters*`), not a back-reference. */
const ANOTHER_WORK = /^,\s+[\p{Lu}*"“]/u;

/** What every back-reference holds: looking for it first is cheaper than the pattern (and than lowercasing the zone). */
const BACK_REFERENCE_HINT = /ibid|idem|cit|ebd|ebenda/i;

/** Ibid., idem, op. cit., loc. cit.: an op. cit. with the author or title it carries before it, an Ibid. with `Quoted in`. */
function backReferences(text: string, zone: Zone): Found[] {
  const found: Found[] = [];
  const source = text.slice(zone.start, zone.end);
  // German's `a.a.O.` apart, by its capital: an `a` in the pattern would be tried at every `a` of the text.
  if (!BACK_REFERENCE_HINT.test(source) && !source.includes('Id.') && !source.includes('O.')) return found;
  for (const m of source.matchAll(BACK_REFERENCE)) {
    const start = zone.start + m.index;
    if (/\p{L}/u.test(text[start - 1] ?? '') || m[0] === 'id.') continue; // `the id.` of psychoanalysis
    if (/^idem$/iu.test(m[0]) && ANOTHER_WORK.test(text.slice(start + m[0].length, start + m[0].length + 8))) continue;
    const kind: CitationKind = m.groups?.opcit ? 'opcit' : 'ibid';
    const from = kind === 'opcit' ? opCitStart(text, zone.start, start) : start;
    const quoted = /(?:quoted|cited)\s+(?:in|by)\s+\*?$/iu.exec(text.slice(Math.max(zone.start, start - 15), start));
    const italic = text[from - 1] === '*' && kind === 'ibid' ? 1 : 0;
    const begin = quoted ? start - quoted[0].length : from - italic;
    found.push(withKind(trimmed(text, begin, withLocators(text, start + m[0].length), kind === 'ibid'), kind));
  }
  return found;
}

/**
 * Where the reference whose details start at `at` starts; in the body never before a parenthesis that closes
 * before it (`(Holt 1977) and (Oslo, 1981)`, `Hobbes (1588–1679) wrote *Leviathan* (1651)`).
 */
function startBefore(text: string, zone: Zone, at: number): number {
  const from = referenceStart(text, zone.start, at, zone.inNote);
  return zone.inNote ? afterLeadIn(text, from, at) : Math.max(from, text.lastIndexOf(')', at - 1) + 1);
}

/** Whether a known place and a comma open a parenthesis: the place of publication after a title (`The Quays (Oslo, 1970)`), no author. */
function isPlaceBeforeComma(content: string): boolean {
  const comma = content.indexOf(',');
  return comma > 0 && isPlace(content.slice(0, comma).trim());
}

/** References around a parenthesis: publication details after a title, or a source inside it. */
function parenthesized(text: string, zone: Zone): Found[] {
  const found: Found[] = [];
  const source = text.slice(zone.start, zone.end);
  if (!source.includes('(')) return found; // most paragraphs have none: looking is cheaper than the pattern
  for (const m of source.matchAll(PARENTHESIS)) {
    const content = m[1].trim();
    const parenStart = zone.start + m.index;
    // Publication details, author-year references, a place and year, a dated italic: all need a year.
    const dated = HAS_YEAR.test(content);
    if (dated && PUBLICATION.test(content) && !YEARS_ONLY.test(content)) {
      const hasPlace = /[,:]/u.test(content);
      const from = startBefore(text, zone, parenStart);
      const reported = REPORTING_AFTER.test(text.slice(parenStart + m[0].length - 1, parenStart + m[0].length + 40))
        && AUTHORS_BEFORE_PARENTHESIS.test(text.slice(Math.max(zone.start, parenStart - 60), parenStart + 1));
      const before = text.slice(from, parenStart).trimEnd();
      const title = reported || isNamedAuthorBefore(before, content) ? -1 : titleBefore(before);
      // `(Varga, 1970)` is an author and a year, after a title too (`*The Quays* (Varga 1970)`); `(1920)` cites only after a title.
      const authorYear = !zone.inNote && AUTHOR_AND_YEAR.test(content.replace(CUE, '')) && (title < 0 || !isPlaceBeforeComma(content));
      if ((hasPlace && !authorYear) || (title >= 0 && !authorYear && !/\d[-–]\d/u.test(content))) {
        const kind: CitationKind = zone.inNote || hasPlace ? 'full' : 'parenthetical';
        // In the body a reference starts at its title, or at its author's name in the possessive before it; in a note, at its author.
        const start = !zone.inNote && title >= 0 ? from + title - (POSSESSIVE_BEFORE.exec(text.slice(from, from + title))?.[0].length ?? 0) : from;
        found.push(withKind(trimmed(text, start, withLocators(text, parenStart + m[0].length)), kind));
        continue;
      }
    }
    // Left to authorYears(): `(Kotkin 2014: 424)`, and the year and pages after a name (`Holt (1991, p. 37)`).
    const authorYears = dated && ((!zone.inNote && holdsAuthorYear(content))
      || (OPENS_WITH_YEAR.test(content) && AUTHORS_BEFORE_PARENTHESIS.test(text.slice(Math.max(zone.start, parenStart - 60), parenStart + 1))));
    if (authorYears) continue;
    if (isSourceParenthesis(content, dated)) found.push({ start: parenStart, end: parenStart + m[0].length, kind: 'parenthetical' });
    else if (!zone.inNote && isAuthorPage(content)) found.push(...authorPagePieces(parenStart, m[0]));
  }
  return found;
}

/**
 * The works an MLA parenthesis at `start` cites, each its own reference (`(Holt 5; Varga, Clerks 36)`: `(Holt 5` and `Varga,
 * Clerks 36)`), as author-year references are.
 */
function authorPagePieces(start: number, parenthesis: string): Found[] {
  const pieces: Found[] = [];
  let from = 0;
  for (let at = parenthesis.indexOf('; '); at >= 0; at = parenthesis.indexOf('; ', at + 2)) {
    pieces.push({ start: start + from, end: start + at, kind: 'parenthetical' });
    from = at + 2;
  }
  pieces.push({ start: start + from, end: start + parenthesis.length, kind: 'parenthetical' });
  return pieces;
}

/** What a short form with pages without `p.` holds: a comma, then a number that is no year (`Holt, Clerks, 45`), or in Roman figures (`, xi`). */
const BARE_PAGES_HINT = /,["”]?\s(?:(?!(?:1[5-9]|20)\d\d(?!\d))\d|[ivxlc]{1,7}(?![\p{L}\d]))/u;

/**
 * The matches of a sticky short-form pattern in a note, as one pattern opening with the note's start or an opening would
 * find them (leftmost, none overlapping): tried at the note's start and after each opening that begins past the last match.
 */
function shortForms(shortForm: LetterPattern, note: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const pattern = shortForm.for(note);
  let lastEnd = 0;
  const tryAt = (at: number) => {
    pattern.lastIndex = at;
    const m = pattern.exec(note);
    if (m) {
      found.push(m);
      lastEnd = at + m[0].length;
    }
  };
  tryAt(0);
  SHORT_FORM_OPENINGS.lastIndex = 0;
  for (let opening = SHORT_FORM_OPENINGS.exec(note); opening !== null; opening = SHORT_FORM_OPENINGS.exec(note)) {
    if (opening.index >= lastEnd) tryAt(opening.index + opening[0].length);
  }
  return found;
}

/** Articles in journals, quoted titles with pages, and (in notes) short forms: each from where its sentence or clause starts. */
function titled(text: string, zone: Zone): Found[] {
  const found: Found[] = [];
  const source = text.slice(zone.start, zone.end);
  // Each form needs what most paragraphs lack: looking for it first is cheaper than the pattern.
  const paged = source.includes('p.') || (source.includes('page') && /pages?\s/u.test(source));
  const dated = HAS_YEAR.test(source);
  const quoted = (dated || paged) && (source.includes('"') || source.includes('“'));
  if (zone.inNote && (paged || BARE_PAGES_HINT.test(source))) {
    for (const re of source.includes('*') ? [SHORT_FORM, TITLE_SHORT_FORM] : [SHORT_FORM]) {
      for (const m of shortForms(re, source)) {
        // `Békés, Byrne & Rainer 2002, p. 264`: authors and a year, not an author and a title.
        if (re === SHORT_FORM && AUTHORS_AND_YEAR_AFTER.test(m[0].slice(m[0].indexOf(m[1]) + m[1].length))) continue;
        const start = zone.start + m.index + m[0].indexOf(m[1]);
        found.push(withKind(trimmed(text, start, withLocators(text, zone.start + m.index + m[0].length)), 'full'));
      }
    }
  }
  const journal = source.includes('*') && (dated || source.includes('forthcoming') || source.includes('in press'));
  const forms = [quoted && dated && ARTICLE, journal && JOURNAL, quoted && paged && TITLE_PAGES].filter((re) => re !== false);
  for (const re of forms) {
    for (const m of allMatches(re, source)) {
      // `*Magnetic Mountain* (Kotkin 1995)`: an author and a year after the title are an author-year reference (see authorYears), not an issue (`(Spring 1995)`).
      if (re === JOURNAL && !zone.inNote && isAuthorInParenthesis(m[0])) continue;
      const start = zone.start + m.index;
      // The parenthesis around the year closes the reference's details (`50 (1971): 76-136`).
      const closes = m[0].endsWith(')') || m[0].lastIndexOf('(') < m[0].lastIndexOf(')') || text[start + m[0].length] !== ')' ? 0 : 1;
      // In the body an italic title and its date start at the title (`His first book, *The Quays* (1952)`), or at its author's
      // name in the possessive before it (`Conquest's *The Great Terror* (1968)`).
      const from = re === JOURNAL && !zone.inNote ? start - (POSSESSIVE_BEFORE.exec(text.slice(Math.max(zone.start, start - 40), start))?.[0].length ?? 0)
        : startBefore(text, zone, start);
      const end = withLocators(text, start + m[0].length + closes);
      // The locators inside the parenthesis that opens with the year: its closing one too (`*Clerks* (1977, 12)`).
      const open = m[0].lastIndexOf('(') > m[0].lastIndexOf(')') && text[end] === ')';
      found.push(withKind(trimmed(text, from, open ? end + 1 : end), 'full'));
    }
  }
  return found;
}

/** Whether the parenthesis that ends `match` opens with a name that is no month or season, before the year. */
function isAuthorInParenthesis(match: string): boolean {
  const open = match.lastIndexOf('(');
  const word = open < 0 ? undefined : /^\p{Lu}[\p{L}'’-]+/u.exec(match.slice(open + 1))?.[0];
  return word !== undefined && !MONTH.test(word) && AUTHOR_AND_YEAR.test(match.slice(open + 1));
}

/** What closes a parenthesis or a square bracket. */
const closing = (open: string | undefined) => (open === '(' ? ')' : ']');

/** A possessive, then maybe capitalized words, up to the end: what comes before the capitalized words of a title. */
const TITLE_AFTER_POSSESSIVE = /['’]s\s+(?:\p{Lu}[\p{L}'’-]*\s+)*$/u;

/** Author-year references, found from each year back to the names before it. */
function authorYears(text: string, zone: Zone): Found[] {
  const found: Found[] = [];
  const source = text.slice(zone.start, zone.end);
  // In the body every author-year reference stands in parentheses (or square brackets) or before one (`Althusser (1976)`),
  // or alone in a list (`- Furet 1978`).
  if (!zone.inNote && !source.includes('(') && !source.includes('[') && !LISTED_WORK.test(source)) return found;
  for (const y of allMatches(YEAR_ONLY, source)) {
    const yearStart = zone.start + y.index;
    // `*The Prophet Outcast: Trotsky, 1929–1940*`: a year in a note's italic title is the title's.
    if (zone.inNote && isInItalics(text, zone.start, yearStart)) continue;
    const before = text.slice(Math.max(zone.start, yearStart - 60), yearStart);
    // The year of the edition cited may follow the original's: `Marx ([1852] 1963)`, `Weber 1922/1978`, `Marx 1963 [1852]`.
    const window = before.replace(ORIGINAL_YEAR_BEFORE, '');
    const namesEnd = yearStart - (before.length - window.length);
    const bracket = window.at(-1);
    const narrative = bracket === '(' || bracket === '[' ? AUTHORS_BEFORE_PARENTHESIS.exec(window) : null;
    const m = narrative ?? (CAPITALIZED_BEFORE.test(window) ? AUTHORS_BEFORE_YEAR.exec(window) : null);
    if (!m) continue;
    const surname = m[1].split(/\s+/u).at(-1) ?? '';
    if (surname.split(/[-–]/u).some((w) => MONTH.test(w)) || NOT_AUTHOR.test(surname) || !/\p{Ll}/u.test(surname)) continue;
    // `the First Amendment (1791)`, `the Treaty of Versailles (1919)`: an event dated, not a work cited.
    if (narrative && isEvent(CAPITALIZED_RUN.exec(window.slice(0, -1).trimEnd())?.[0] ?? '')) continue;
    // `Conquest's The Great Terror (1968)`, `Marx's Capital (1867)`: the words after a possessive are a work's title.
    if (narrative && TITLE_AFTER_POSSESSIVE.test(window.slice(0, window.length - m[0].length + m[0].indexOf(m[1])))) continue;
    // `exhumations at Mednoye (1991, 1994-96)`: a place where something was done then, no author.
    const namesStart = namesEnd - m[0].length + m[0].indexOf(m[1]);
    if (narrative && PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(zone.start, namesEnd - m[0].length - 7), namesStart))) continue;
    const opener = SENTENCE_OPENER.exec(m[1])?.[0].length ?? 0;
    const surnameStart = namesStart + opener;
    // A surname's particles stand before it in lower case (`van der Velde 1984`, `(de Vries 1990)`).
    const nameStart = surnameStart - (opener ? 0 : PARTICLES_BEFORE.exec(text.slice(Math.max(zone.start, surnameStart - 20), surnameStart))?.[1].length ?? 0);
    // `Register of Marriages, 1895–1910`: a word after `of` ends a title, not an author's name; but a name that is no word,
    // its year in parentheses, is cited in prose (`the synthesis of Walder (2019)`).
    if (/(?:^|\s)of\s$/u.test(text.slice(Math.max(zone.start, nameStart - 4), nameStart)) && !(narrative && !isCommonWord(surname) && !isPlace(surname))) continue;
    const yearEnd = yearStart + y[0].length;
    const end = withLocators(text, yearEnd + (REPRINT_YEAR_AFTER.exec(text.slice(yearEnd, yearEnd + 8))?.[0].length ?? 0));
    if (narrative) {
      // More works of the same author in the parenthesis: `Holt (2001a, 2001b)`.
      const close = end + (MORE_YEARS.exec(text.slice(end, end + 60))?.[0].length ?? 0);
      if (text[close] === closing(bracket)) found.push({ start: nameStart, end: withLocators(text, close + 1), kind: 'author-year' });
      continue;
    }
    // In the body only inside parentheses or square brackets: `(Varga, 1970)`, `(see Holt 1977; Varga 1981: 12)`, `[Holt 1977, 45]`;
    // or before what the work does: `Gullickson 1996 studies the figure`.
    const open = openBracket(text, Math.max(zone.start, nameStart - 200), nameStart);
    if (!zone.inNote && open < 0 && !WORK_DOES_AFTER.test(text.slice(end, end + 24)) && !isListedWork(text, nameStart, end)) continue;
    // A note without parentheses: `E. J. Holt, The Quays, Oslo, 1962, p. 45`. The place or publisher before the
    // year ends a full reference that runs from the author, unless what comes before holds a reference of its own.
    if (zone.inNote && open < 0) {
      let from = referenceStart(text, zone.start, nameStart, true);
      const cue = CUE_BEFORE_NAMES.exec(text.slice(from, nameStart)); // `On this see M. Agulhon, …`
      if (cue) from += cue.index + cue[0].length;
      const before = text.slice(from, nameStart);
      // The publisher's first words may stand between the comma and the name read before the year (`Paris, Éditions du Seuil, 1951`).
      if (AFTER_COMMA.test(before) && !HAS_YEAR.test(before.replace(ITALICS, '')) && AUTHORS.test(before)) {
        found.push(withKind(trimmed(text, from, end), 'full'));
        continue;
      }
    }
    const whole = open >= 0 && /^[([]\s*$/u.test(text.slice(open, nameStart)) && text[end] === closing(text[open]);
    // `(Berlin, 1932)` after a title that was not read as one: where and when a work was published, no author.
    const published = whole && isPlaceBeforeComma(text.slice(open + 1, end));
    found.push({ start: whole ? open : nameStart, end: whole ? end + 1 : end, kind: !published ? 'author-year' : zone.inNote ? 'full' : 'parenthetical' });
  }
  return found;
}

/** `at`, `near` right before a name: the name is a place's. */
const PLACE_PREPOSITION_BEFORE = /\b(?:at|near)\s+$/u;

/** A list's item that names a work by its author and year alone, as the reading list of a review does: `- Furet 1978`. */
const LISTED_WORK = /^[ \t]*[-*+•][ \t]+\p{Lu}[^\n]{0,80}?\d{4}[a-z]?\.?[ \t]*$/mu;
/** What stands before such an item's author on its line, and after its year. */
const LIST_MARK = /^[ \t]*[-*+•][ \t]+$/;
const LINE_END = /^\.?[ \t]*(?:\r?\n|$)/;

/** Whether the author-year reference from `start` to `end` is a list's item of its own (see `LISTED_WORK`). */
const isListedWork = (text: string, start: number, end: number): boolean =>
  LIST_MARK.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start)) && LINE_END.test(text.slice(end, end + 4));

/** After an author's year in prose, a verb of what the work does (`Holt 1977 shows`, `Varga 1981 studies`). */
const WORK_DOES_AFTER = new RegExp(String.raw`^\s(?:${REPORTING_VERB}|studies|traces|examines|reconstructs|documents|discusses)\b`, 'u');

/** A comma, then maybe capitalized words, at the end of a text. */
const AFTER_COMMA = letterPattern(/,\s*(?:\p{Lu}[\p{L}'’.-]*\s+)*$/u);
/** A title in italics, with the Markdown asterisks around it. */
const ITALICS = /\*[^*\n]+\*/g;


/**
 * An archival source opening a note: a collection or series (its writer's initials aside), then its volume,
 * folio (German `Bl.`), number (`Nr.`), box or reel (`Velmora Customs Ledgers, vols. 3–9, Provincial Archive, Halden.`,
 * `City Archive, Decrees 1851, no. 14.`, `Landesarchiv Halden, A 12/7, Bl. 4–9.`, `K. Lind to M. Ilves, 3 May 1921, Lind Papers, box 2.`),
 * or a library's call number (`Lind Papers, Houghton Library, bMS Russ 13.1`).
 */
const ARCHIVAL = letterPattern(String.raw`^(?=\p{Lu})(?:[^.;()\n]|(?<![\p{L}])\p{Lu}\.){3,200}?,\s(?:[Vv]ols?|[Ff]ols?|ff|[Bb]l|[Nn]os?|[Nn]r|[Bb]ox|[Ff]ile|[Ff]older|[Cc]arton|[Dd]ossier|[Ff]asc|[Rr]eel|[Ss]eries|[Mm]ss?|MSS?|[bf]MS\s\p{Lu}\p{Ll}{1,8})\.?\s?\d(?:[^.;()\n]|\.(?=\s?\d)){0,80}?(?=\.?\s*$|\.\s(?!\d)|;)`, 'u');

/**
 * What a person said or wrote to someone, opening a note or a clause of it, up to its date: an interview, a conversation, a
 * statement to the police or a court (`Ivo Holt, interview with the author, Halden, 20 August 2007`, `Anna Lind, declaración
 * ante la policía, 22 de agosto de 1940, in` the book that prints it, `K. Lind, personal communication, May 1990`).
 */
const TESTIMONY = letterPattern(String.raw`^(?=\p{Lu})(?:[^.;()\n,]|(?<![\p{L}])\p{Lu}\.){3,60},\s(?:(?:an?\s)?(?:personal|private|telephone|oral)\s)?(?:interview|conversation|communication|correspondence|testimony|statement|deposition|affidavit|interrogation|declaraci[oó]n|d[ée]claration|témoignage|Aussage)\b[^;()\n]{0,100}?(?:${ISSUE_DAY}|(?:${MONTH_NAME}\s)?${YEAR})(?=\.?\s*$|[.;]\s|,\sin\s)`, 'u');
const testimonies = (text: string, zone: Zone): Found[] => atClauseStarts(text, zone, TESTIMONY);

/** The references `pattern` finds at the start of a note or of one of its clauses (after `; `). */
function atClauseStarts(text: string, zone: Zone, pattern: LetterPattern): Found[] {
  if (!zone.inNote) return [];
  const found: Found[] = [];
  for (let at = zone.start; at < zone.end; ) {
    const m = pattern.exec(text.slice(at, zone.end));
    if (m) found.push({ start: at, end: at + m[0].length, kind: 'full' });
    const clause = text.indexOf('; ', at);
    if (clause < 0 || clause >= zone.end) break;
    at = clause + 2;
  }
  return found;
}

/** Archival sources that open a note or one of its clauses (`…, art. 48; Decision of the Board, 1887, Harbour Archive, vol. 3.`). */
const archival = (text: string, zone: Zone): Found[] => [...atClauseStarts(text, zone, ARCHIVAL), ...atClauseStarts(text, zone, ARCHIVE_UNITS)];

/** The units an archive of Central and Eastern Europe numbers its holdings by: fond, opis', delo, list; svazek, karton, archivní jednotka, signatura. */
const ARCHIVE_UNIT = String.raw`(?:fond|opis['’]?|op\.|delo|d\.|listy?|ll?\.|${SIGNATURE_UNIT}|kart\.|k\.)`;
/**
 * An archive's reference by its units, opening a note or a clause of it: a fond, then numbered units (`NA, fond KSČ – ÚV, 02/1
 * (Politické byro), sv. 3, a. j. 12`, `Stalin's conversation with Kim, 7 March 1949, APRF, fond 45, opis 1, delo 346, listy 13–23`),
 * or a signature (`Archiwum Akt Nowych, Ministerstwo Spraw Wewnętrznych, sygn. 1052, k. 14`); and a file of the British
 * national archives by its department's letters, series and piece (`The National Archives (TNA), FO 371/100417`).
 */
const ARCHIVE_UNITS = letterPattern(String.raw`^(?=\p{Lu})(?:[^;]{2,160}?,\s+fond\s[^;]{1,150}?|[^;\n]{2,120}?(?=,\s+${SIGNATURE_UNIT}))(?:,\s+${ARCHIVE_UNIT}\s?\d[\d/–-]*\p{L}?)+|^(?=\p{Lu})[^;]{0,80}?\b(?:FO|CAB|PREM|WO|HO|KV|ADM|CO|DO|AIR|INF|T)\s\d{1,4}\/\d+(?:\/\d+)?`, 'u');

/**
 * A Russian archive's fond, opis', delo and list (`RGASPI, f. 17, op. 3, d. 979, ll. 218–33`, `GARF, f. R-8131, op. 37`), a
 * reference by that form alone, wherever it stands (`the Politburo protocols (RGASPI, f. 17, op. 3)`).
 */
const RUSSIAN_ARCHIVE = letterPattern(String.raw`(?<![\p{L}\d])\p{Lu}[\p{Lu}\p{Ll}-]*\p{Lu}(?:\s\p{Lu}{2,})?,\s+f\.\s?(?:\p{Lu}-?)?\d+\p{L}?,\s+op\.\s?\d+\p{L}?(?:,\s+d\.\s?\d+\p{L}?)?(?:,\s+ll?\.\s?\d+(?:\s?ob\.)?(?:\s?[–-]\s?\d+(?:\s?ob\.)?)?)?`, 'gu');

function russianArchives(text: string, zone: Zone): Found[] {
  const source = text.slice(zone.start, zone.end);
  if (!source.includes(' op.') && !source.includes('\nop.')) return [];
  const found: Found[] = [];
  for (const m of RUSSIAN_ARCHIVE.matchAll(source)) found.push({ start: zone.start + m.index, end: zone.start + m.index + m[0].length, kind: 'full' });
  return found;
}

/**
 * A note written as an entry of a bibliography (see `ENTRY_AS_NOTE`) that gives a year: the whole note. Not a name in
 * its order (`Paul Frölich, Rosa Luxemburg. Gedanke und Tat`), whose surname would begin with a given name.
 */
function entryNotes(text: string, zone: Zone): Found[] {
  if (!zone.inNote) return [];
  const source = text.slice(zone.start, zone.end);
  const surname = ENTRY_AS_NOTE.exec(source)?.groups?.surname;
  if (surname === undefined || !HAS_YEAR.test(source) || surname.includes(' ') && isGivenNameWord(surname.slice(0, surname.indexOf(' ')))) return [];
  return [withKind(trimmed(text, zone.start, zone.end, true), 'full')];
}

/** Every entry of a bibliography that gives a year. */
function bibliography(text: string, zone: Zone): Found[] {
  if (!zone.inBibliography) return [];
  return bibliographyEntries(text, zone)
    .filter((entry) => HAS_YEAR.test(text.slice(entry.start, entry.end)))
    .map((entry) => withKind(trimmed(text, entry.start, entry.end, true), 'bibliography'));
}

/**
 * A newspaper's issue opening a note or a clause of it: its name (maybe italic, maybe with its city), the day of
 * the issue and its page (`Morning Courier, 23 April 1916, p. 1.`, `*Harbour Gazette* (Velmora), March 12, 1923.`), then the
 * note's end, a sentence's or a clause's, or one about it (`, which prints …`).
 */
const PERIODICAL_ISSUE = letterPattern(String.raw`^(?:(?:[Ss]ee(?:\s+also)?|[Cc]f\.|(?:[Qq]uoted|[Cc]ited)\s+in)\s+)?(?:\*[^*\n]{2,60}\*|(?!(?:In|On|At|By|From|After|Before|Since|Until|During)\s)(?:The\s)?\p{Lu}[\p{L}'’-]+(?:\s(?:\p{Lu}[\p{L}'’-]+|of|the|de|du|la|der|und))*)(?:\s\(\p{Lu}[^()\n]{1,30}\))?,\s${ISSUE_DAY}(?:,\s(?:${PAGES}|${BARE_PAGES}))?(?=\.?\s*$|[.;]\s|,\s(?:which|where|and)\s)`, 'u');

/**
 * Where a periodical may be named inside a note's sentence: after `in` (`appeared in the Washington Post, 19 December 1937`),
 * `citing`, `quoting` or `see`, or a colon (`printed it two days later: Borba, 30 June 1948`).
 */
const PERIODICAL_CUE = /(?:\b(?:in|citing|quoting|see)\s+(?:the\s+)?|:\s+)(?=\p{Lu}|\*)/gu;

/** A periodical's issue that opens a note or a clause of it, or that a note's sentence names after `in` or a colon. */
function periodicalIssues(text: string, zone: Zone): Found[] {
  const found = atClauseStarts(text, zone, PERIODICAL_ISSUE);
  if (!zone.inNote) return found;
  const source = text.slice(zone.start, zone.end);
  for (const m of source.matchAll(PERIODICAL_CUE)) {
    const at = zone.start + m.index + m[0].length;
    const issue = PERIODICAL_ISSUE.exec(text.slice(at, zone.end));
    if (issue && !found.some((f) => f.start <= at && at < f.end)) found.push({ start: at, end: at + issue[0].length, kind: 'full' });
  }
  return found;
}

/**
 * A web page cited without an author, as web encyclopedias list their sources: its title in quotation marks, the site, maybe
 * the page's date, then the day it was read (`"Rosa Luxemburg: Gesammelte Werke". Rosa-Luxemburg-Stiftung. Retrieved 3 April
 * 2019.`, `"Kronstadt". Marxists Internet Archive. September 1904. Accessed March 12, 2019.`).
 */
const WEB_PAGE = letterPattern(String.raw`^[“"][^"”\n]{2,200}[”"][.,]\s[^\n]{0,200}?\b(?:[Rr]etrieved|[Aa]ccessed|[Aa]rchived\sfrom\sthe\soriginal)\s(?:on\s)?(?:${ISSUE_DAY}|\d{4}-\d\d-\d\d)\.?`, 'u');
/** Web pages cited by title (see `WEB_PAGE`) opening a note or a clause of it. */
const webPages = (text: string, zone: Zone): readonly Found[] =>
  zone.inNote && OPENS_WITH_QUOTE.test(text.slice(zone.start, zone.end)) ? atClauseStarts(text, zone, WEB_PAGE) : NONE;
/** A quotation mark opening a note or a clause of it: where a title cited without its author may stand. */
const OPENS_WITH_QUOTE = /^[“"]|; [“"]/u;

/**
 * A book under review, as a review lists them at its head: the author, the title, the publisher and year, the number of pages
 * and maybe the price, a line of its own (`Anne Applebaum, Gulag: A History. Doubleday, 2003. 677 pp. $35.00`).
 */
const BOOK_UNDER_REVIEW = letterPattern(String.raw`^\p{Lu}[^\n]{5,500}?,\s${YEAR}\.\s+(?:[ivxlc]+\s?\+\s?)?\d{2,4}\s?pp\.(?:\s*(?:[$£€]\s?\d+(?:[.,]\d\d)?|\d+(?:[.,]\d\d)?\s?(?:€|EUR|USD|GBP)))?`, 'gmu');
/** What a book under review gives, looked for before the pattern that reads the whole line: `2003. 677 pp.`. */
const YEAR_THEN_PAGES = /\d\d\.\s+(?:[ivxlc]+\s?\+\s?)?\d{2,4}\s?pp\./;
/** The books under review that open the lines of a paragraph (see `BOOK_UNDER_REVIEW`). */
function booksUnderReview(text: string, zone: Zone): readonly Found[] {
  if (zone.inNote || !YEAR_THEN_PAGES.test(text)) return NONE;
  const found: Found[] = [];
  for (const m of BOOK_UNDER_REVIEW.matchAll(text.slice(zone.start, zone.end))) found.push({ start: zone.start + m.index, end: zone.start + m.index + m[0].length, kind: 'full' });
  return found;
}

/** What a finder finds in most zones, shared rather than made anew for each. */
const NONE: readonly Found[] = [];

/**
 * An author as APA lists them: surname, then initials (`Garton Ash, T.`, `Kemp-Welch, A. J.`); or, as web encyclopedias
 * do, given names in full (`Figes, Orlando`, `Radkey, Oliver H.`, `Le Blanc, Paul`).
 */
const APA_AUTHOR = String.raw`${SURNAME}(?:\s${SURNAME})*,\s(?:(?:\p{Lu}\.\s?-?)+|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*(?:\s\p{Lu}\.)*)`;
/**
 * A note that is an entry of an APA list of references, numbered as the markers that call it (`1. Holt, M., & Varga, O.
 * (1983). The Quays. Fjord Press.`, `Figes, Orlando; Kolonitskii, Boris (1999).`, `Hudis, Peter; Anderson, Kevin B., eds. (2004).`): the authors and the year in
 * parentheses (an article's with its month: `(December 1956)`), then the rest of the note.
 */
const APA_ENTRY = letterPattern(String.raw`^${APA_AUTHOR}(?:(?:,?\s(?:&\s)?|;\s)${APA_AUTHOR})*(?:,\s(?:eds?|trans)\.)?\s?\((?:${MONTH_BEFORE_YEAR})?(?:${YEAR}|n\.\s?d\.)[^()\n]{0,30}\)\.\s.*\S`, 'u');

/** A surname that opens with its particle (`Le Blanc`, `Van Ree`, `De Felice`). */
const PARTICLE_FIRST = new RegExp(String.raw`^${CAPITALIZED_PARTICLE}\s\p{Lu}[\p{L}'’-]+$`, 'u');

/** Whether `at`, where `indexOf` found something (-1 for nothing), lies before `end`. */
const inReach = (at: number, end: number) => at >= 0 && at < end;

/** A note that is an APA entry, from its start (such a note holds nothing else). */
function apaEntry(text: string, zone: Zone): readonly Found[] {
  if (!zone.inNote) return NONE;
  // A capital after the first comma (`Holt, M.`, `Figes, Orlando`, not `Ibid., p.`): most notes lack it, and looking is cheaper than the pattern.
  const comma = text.indexOf(', ', zone.start);
  const initial = text[comma + 2] ?? '';
  if (comma < 0 || comma - zone.start > 80 || initial === initial.toLowerCase()) return NONE;
  // Initials (`Holt, M.`), or one surname before given names in full and the year in brackets (`Figes, Orlando (1996)`).
  if (text[comma + 3] !== '.' && (inReach(text.indexOf(' ', zone.start), comma) && !PARTICLE_FIRST.test(text.slice(zone.start, comma)) ||
    !inReach(text.indexOf('(', comma), comma + 60))) return NONE;
  const m = APA_ENTRY.exec(text.slice(zone.start, zone.end));
  return m ? [{ start: zone.start, end: zone.start + m[0].length, kind: 'full' }] : NONE;
}

/** A Pandoc citation in square brackets, one or more items parted by semicolons: `[@holt1977, 45]`, `[see @holt1977; -@varga1981]`. */
const PANDOC_BRACKET = /\[[^[\]\n]*@[^[\]\n]*\]/g;
/** An item's citation key and locator, from its `@` (or the `-@` that leaves out the author) to the next item: `@holt1977, 45-47`. */
const PANDOC_ITEM = /(?<![\p{L}\d])-?@[\p{L}\d_][\p{L}\d_:.#$%&+?<>~/-]*[^;\]]*/gu;

/**
 * A Pandoc citation in the text, outside brackets, maybe with its locator in brackets after it (`@holt1977 argues`, `@holt1977
 * [45]`): a key with a year, which a web page's handle (`@nytimes`) has not.
 */
const PANDOC_IN_TEXT = /(?<![\p{L}\d@[;-])@[\p{L}_][\p{L}\d_:.-]*?(?:1[5-9]|20)\d\d[a-z]?(?![\p{L}\d])(?:\s\[[^[\]\n@]{1,40}\])?/gu;

/** Pandoc's citations by key (`[@holt1977, 45]`, `@holt1977 [45]`), which Markdown essays leave unrendered: each item from its key. */
function pandocCitations(text: string, zone: Zone): readonly Found[] {
  const source = text.slice(zone.start, zone.end);
  if (!source.includes('@')) return NONE;
  const found: Found[] = [];
  const brackets: Span[] = [];
  for (const bracket of source.matchAll(PANDOC_BRACKET)) {
    brackets.push({ start: bracket.index, end: bracket.index + bracket[0].length });
    for (const item of bracket[0].matchAll(PANDOC_ITEM)) {
      const start = zone.start + bracket.index + item.index;
      found.push(withKind(trimmed(text, start, start + item[0].length), 'author-year'));
    }
  }
  for (const m of source.matchAll(PANDOC_IN_TEXT)) {
    if (brackets.some((b) => b.start <= m.index && m.index < b.end)) continue;
    found.push(withKind({ start: zone.start + m.index, end: zone.start + m.index + m[0].length }, 'author-year'));
  }
  return found;
}

const FINDERS = [backReferences, parenthesized, titled, authorYears, archival, testimonies, russianArchives, periodicalIssues, apaEntry, webPages, booksUnderReview, bibliography, entryNotes, pandocCitations];

/** A line break inside a paragraph or a note (not a blank line). */
const WRAP = /\r?\n(?=[ \t]*\S)/g;

/**
 * Every reading of a zone's text as references, overlapping ones included; offsets are the zone's own.
 * A note or paragraph hard-wrapped in a PDF's lines is read as one line (`(Oxford:⏎Blackwell, 1983)`);
 * the line breaks of a bibliography part its entries.
 */
export function candidatesIn(zoneText: string, zone: ZoneKind): Found[] {
  // One shape for every zone the finders see: spreading `zone` would give each kind of zone its own.
  const whole: Zone = { start: 0, end: zoneText.length, inNote: zone.inNote, inBibliography: zone.inBibliography };
  const read = zone.inBibliography || !zoneText.includes('\n') ? zoneText : zoneText.replace(WRAP, (wrap) => (wrap.length === 1 ? ' ' : '  '));
  const found: Found[] = [];
  for (const find of FINDERS) for (const c of find(read, whole)) if (c.end > c.start) found.push(c);
  return found;
}

/** What joins a reference to the edition it is reprinted in: `; in`, `; reprinted in`. */
const REPRINTED_IN = /^;\s+(?:(?:reprinted|repr\.)\s+)?in\s+$/u;

/**
 * Full references joined as a work and the edition it is read in are one reference (`Karl Marx, "The June Revolution",
 * *Neue Rheinische Zeitung*, 29 June 1848; in Karl Marx, *Collected Works*, vol. 7 (London, 1977), pp. 144-49`).
 */
function withReprints(text: string, kept: Found[]): Found[] {
  const joined: Found[] = [];
  for (const c of kept) {
    const last = joined.at(-1);
    if (last?.kind === 'full' && c.kind === 'full' && REPRINTED_IN.test(text.slice(last.end, c.start))) joined[joined.length - 1] = { ...last, end: c.end };
    else joined.push(c);
  }
  return joined;
}

/** Of the candidates, one reference per place (the most specific reading wins), in text order; a work and its reprint as one. */
export function selectReferences(text: string, candidates: Found[]): Found[] {
  const all = [...candidates].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start || b.end - a.end);
  const kept: Found[] = []; // sorted by start, never overlapping
  const insertionPoint = (start: number) => partitionPoint(kept.length, (i) => kept[i].start <= start);
  for (const candidate of all) {
    let c = candidate;
    // A reference whose reach back swept over earlier ones starts after them.
    const first = Math.max(0, insertionPoint(c.start) - 1);
    const inside = kept.slice(first, insertionPoint(c.end - 1)).filter((k) => k.start < c.end && c.start < k.end);
    if (inside.some((k) => k.end >= c.end)) continue;
    if (inside.length > 0) c = withKind(trimmed(text, Math.max(...inside.map((k) => k.end)), c.end), c.kind);
    if (c.end <= c.start) continue;
    kept.splice(insertionPoint(c.start), 0, c);
  }
  return withReprints(text, kept);
}
