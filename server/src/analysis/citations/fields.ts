// The fields of one reference, as far as its text gives them: authors, title, container (journal or
// book), place, publisher, year, volume, pages.
import type { CitationFields, CitationKind } from '../types';
import { BARE_PAGES, CAPITALIZED_PARTICLE, CUE, ENTRY_AS_NOTE, INITIAL, ISSUE_DAY, MLA_CUE, MONTH, MONTH_BEFORE_YEAR, MONTH_WORD, NAME_WITH_PARTICLES, OP_CIT_WORDS, PAGES, PERSON, POSSESSIVE_FIRST, POSSESSIVE_NAME, REPORTING_VERB, SIGNATURE_UNIT, SURNAME, TITLE_SMALL_WORD, YEAR } from './patterns';
import { letterPattern } from '../letters';
import { isGivenNameWord } from '../names/lexicon';

/**
 * A name in full, as the middle names of a series of authors are written: given names or initials, then the surname; not a
 * doctrine, which a title names (`Jeremiah Schneiderman, Sergei Zubatov and Revolutionary Marxism: …`).
 */
const FULL_NAME = String.raw`(?!(?:The|A|An)\s)(?:${INITIAL}\s?|\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?\s)+${SURNAME}(?<!ism)`;
/** Three or more surnames before an author-year reference's year: `Getty, Rittersporn and Zemskov 1993`. */
const AUTHOR_LIST = letterPattern(String.raw`^(${PERSON}(?:,\s${PERSON})+,?\s(?:and|&)\s${PERSON})(?=,?\s+\(?\[?${YEAR})`, 'u');
/** The authors a reference opens with: `Holt`, `Holt and Varga`, `Maren Holt, Odile Varga and Jan Kessler (eds)`. */
const AUTHORS = letterPattern(String.raw`^(${NAME_WITH_PARTICLES}(?:(?:,\s${FULL_NAME})+,?\s(?:and|und|&)\s${FULL_NAME}|(?:(?:\s(?:and|und|&)\s|,\sand\s)${PERSON})*)(?:\set\sal\.)?)(?:,\s(?:eds?\.|trans\.)|\s?\((?:eds?|trans|[Hh]g|[Hh]rsg)\.?\))?(?=[,:]|\s+\(?\[?${YEAR}|\s[*"“(]|’s|'s|\s+(?:[Ii]bid|op\.?\s?cit|[Ii]dem))`, 'u');
/** The names just before a title, when prose opens the reference (`For the evidence, see T. Shanin, *The Awkward Class*`). */
const AUTHORS_BEFORE_TITLE = letterPattern(String.raw`(?<![\p{L}.])(${PERSON}(?:(?:,\s|\s(?:and|&)\s)${PERSON})*)(?:,\s(?:eds?\.|trans\.))?,?\s(?:in\s(?:his|her|their)\s)?$`, 'u');
/** The verb of a narrative reference, between its names and its year (`Holt notes (1977: 12)`), which the names are read without. */
const VERB_BEFORE_YEAR = new RegExp(String.raw`\s${REPORTING_VERB}\s\((?=${YEAR})`, 'u');
/** A title with its article before an op. cit.: `The Case of Leon Trotsky, op. cit.`. */
const TITLE_BEFORE_OP_CIT = new RegExp(String.raw`^((?:The|A|An)\s\p{Lu}[^,;()]{1,120}?),?\s(?:${OP_CIT_WORDS})`, 'u');
/** Words that open sentences, not names (`Characteristically`, `The Yugoslav Communist`). */
const BACK_REFERENCE_WORDS = new RegExp(String.raw`^(?:ibid|idem|${OP_CIT_WORDS})`, 'iu');
const NOT_A_NAME = letterPattern(/^(?:the|a|an|in|for|see|as|this|that|his|her|its|our|their|one|there|here|thus|also|but|and|or|cf|characteristically|originally|paradoxically|indeed)\b(?!\.)|ly$/iu);
/** What follows a book's title before its details: its translator, editor, volumes (`, trans. Jan Rask`, `, 2 vols.`). */
const AFTER_TITLE = /,\s(?:trans\.|translated\sby|ed\.|eds\.|edited\sby|\d+\svols\.|vol\.\s?\d).*$/su;
/** The editors' or translator's mark at the end of a title an entry's full stop cut (`Selections, ed` of `Selections, ed. and trans.`). */
const EDITORS_MARK_AT_END = /,\s(?:eds?|trans|tr|transl)$/u;
/** A work's editors or translator right after it: `, ed. M. Varga`, `, trans. by`. */
/** The editors' or the translator's mark after a comma: `, ed. `, `, edited by `, `, trans. `. */
const EDITORS_MARK = String.raw`,\s+(?:eds?\.|edited\s+by|trans\.|translated\s+by)\s`;
const EDITORS_NEXT = new RegExp(`^${EDITORS_MARK}`, 'u');
/** That mark, then what follows it up to the publication details' parenthesis. */
const EDITORS_UP_TO_DETAILS = new RegExp(String.raw`^${EDITORS_MARK}\s*([^(]+)\(`, 'u');
const QUOTED_TITLE = /[“"]([^"”]{2,200}?)[,.]?["”]/u;
const ITALIC_TITLE = /\*([^*]{2,200})\*/u;
/**
 * A journal named without emphasis after an article's quoted title: `"Title," Harbour Review 12 (1970)`; or the book it is
 * in (`"Title," in Writings of Holt [1937–38] (Riga, 1976)`), or the site of a web page (`"Title". Deutsche Welle. 30 November 2022.`).
 */
const CONTAINER_AFTER_QUOTE = letterPattern(String.raw`^[,.]?\s+(?:in\s+)?((?!${MONTH_WORD})\p{Lu}[\p{L}'’-]*(?:\s(?:of|and|the|for|on|in|(?!${MONTH_WORD})\p{Lu}[\p{L}'’-]*))*?)(?=,|\.\s|\s\d|\s[([])`, 'u');
const PUBLICATION = new RegExp(String.raw`\(([^():;]{2,60}?)(?::\s?([^(),]{2,80}))?,\s?(?:[^(),]{0,20}\s)?(${YEAR})(?:\s?\[${YEAR}\])?\)`, 'u');
/**
 * A title written without emphasis, in title case: capitalized words, maybe with the small words titles
 * keep in small letters (`The Communist Party of the Soviet Union`, `How Russia is Ruled`); a title, not two
 * names (`Marx and Engels`, `Isaac Deutscher`), by an article before it or a small word other than `and` in it; maybe with
 * a subtitle (`The Case of Leon Trotsky: Report of Hearings on the Charges Made against Him`).
 */
const TITLE_WORDS = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:${TITLE_SMALL_WORD}|against)\s+)*\p{Lu}[\p{L}’'-]*)*`;
const PLAIN_TITLE = letterPattern(String.raw`^(?=(?:The|A|An)\s|.*\s(?!and\s)(?:${TITLE_SMALL_WORD})\s)\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:${TITLE_SMALL_WORD})\s+)*\p{Lu}[\p{L}’'-]*)+(?::\s+${TITLE_WORDS})?$`, 'u');
/** What ends a title that opens a note: its editors, translator or volume. */
const TITLE_FIRST_END = /,\s(?:eds?\.|edited\sby|trans\.|translated\sby|vols?\.)/u;
/**
 * What a note's opening words hold when they are no title: the prose before a reference (`The report was first published
 * in`, `On the investigation see`). A letter's head is none either (see `LETTER_HEAD`).
 */
const NO_TITLE_FIRST = /\b(?:was|were|had|has|see|cf\.|quoted|cited|published)\b/u;
/** A letter's writer, the one it was sent to and its date, before the book that prints it: `Holt to Rask, 20 May 1938`. */
const LETTER_HEAD = /^\p{Lu}[\p{L}'’-]+\sto\s(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s[^,()]{4,30}(?=,\s+in\s)/u;
/** A parenthesis that gives the title before the place: `(Stalin as Revolutionary, New York, 1973)` (groups: title, place). */
const TITLE_THEN_PLACE = /^(.+),\s([^,]+)$/u;
const SOURCE_PARENTHESIS = letterPattern(String.raw`^\(?(?:see\s+)?(${PERSON})(?:’s|'s)?:\s?([^;,()]+?)(?:-${YEAR})?[;,)]`, 'iu');

/** Years, but not an original year in brackets (`Marx [1852] 1963`, `1981 [1910]`): the edition cited is the other. */
const YEARS = letterPattern(String.raw`(?<![\d:[])(${YEAR})(?![\d\]])`, 'gu');
/** The day a web page was read, which ends its reference (`Retrieved 12 March 2019.`): no year of the work. */
const READ_ON = /\s(?:[Rr]etrieved|[Aa]ccessed|[Aa]rchived\sfrom\sthe\soriginal)\s[^;]*$/u;
/** The last year a reference's text gives, but the day it was read. */
const lastYear = (text: string): string | undefined => YEARS.matchAll(text.replace(READ_ON, '')).at(-1)?.[1];
const PAGE_LOCATOR = letterPattern(String.raw`(?:^|[^\p{L}])${PAGES}`, 'iu');
/** Pages after the year and a colon: Harvard's `Kotkin 2014: 424`, an article's `50 (1971): 76-136`. */
const HARVARD_PAGES = letterPattern(String.raw`${YEAR}\)?:\s?(\d+(?:[-–]\d+)?)`, 'u');
/** Chicago's pages without `p.` at the end of a reference: `…, 1962), 45`, `Ibid., 12–14`. */
const TRAILING_PAGES = letterPattern(String.raw`,["”]?\s?(${BARE_PAGES})\)?$`, 'u');
const HAS_YEAR = new RegExp(YEAR, 'u');
const VOLUME = letterPattern(/\bvol(?:ume)?\.?\s?(\d+)/iu);

/** Without emphasis marks, runs of white space, surrounding white space and one closing comma, period, colon or semicolon. */
function clean(s: string): string {
  const plain = (s.includes('*') || s.includes('_') ? s.replace(/[*_]/g, '') : s).replace(/\s+/g, ' ').trim();
  return ',.:;'.includes(plain.at(-1) ?? ' ') ? plain.slice(0, -1) : plain;
}

/** APA's inverted name of an author after the first: `Mouffe, C.` in `Laclau, E., & Mouffe, C. (1985)`; its surname and initials. */
const INVERTED_SURNAME = String.raw`\p{Lu}[\p{L}'’-]+`;
const INVERTED_INITIALS = String.raw`(?:${INITIAL}\s?)+`;
const INVERTED_NAME = String.raw`${INVERTED_SURNAME},\s${INVERTED_INITIALS}`;
/** Each such name (or a listed one, given names in full), its surname and its initials or given names as groups. */
const INVERTED_NAMES = new RegExp(String.raw`(${INVERTED_SURNAME}),\s(${INVERTED_INITIALS}|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}\.)*)`, 'gu');
/** A web encyclopedia's inverted name of an author after the first, after a semicolon: `Rask, Jan` in `Varga, Odile; Rask, Jan (1970)`. */
const LISTED_NAME = String.raw`\p{Lu}[\p{L}'’-]+,\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}\.)*`;
/** The year of a work's first edition before that of the edition cited, in brackets: `[1910]`, `(1910)`, `[1924–25]`. */
const ORIGINAL_YEAR = String.raw`[[(]${YEAR}(?:[–-]\d{2,4})?[\])]`;
// Given names: initials, maybe with a name after them before a comma or the year (`J. Arch, and`, `J. Arch. 1985.`), or a
// word or two then initials (`Robert J. C.`); no more words, which would be the title's (`Nettl, J. P. Rosa Luxemburg.`).
const ENTRY_HEAD = String.raw`^(?<surname>(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]u|[Dd]a|[Dd]i|[Dd]el|[Dd]ella|[Ll]a|[Ll]e|ter|ten|zu)\s)*\p{Lu}[\p{L}'’-]+),\s+(?<given>(?:${INITIAL}\s?)+\p{Lu}\p{Ll}[\p{L}'’-]*(?=,|\.\s+\(?(?:1[5-9]|20)\d\d)|(?:${INITIAL}\s?)*${INITIAL}|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?(?:\s\p{Lu}\.)*\.?)(?:(?<invertedCoauthors>(?:,\s${INVERTED_NAME})*,?\s(?:and|&)\s${INVERTED_NAME})|(?<listedCoauthors>(?:;\s${LISTED_NAME})+)|(?<coauthors>(?:,\s${NAME_WITH_PARTICLES})*,?\s(?:and|&)\s${NAME_WITH_PARTICLES}|,\set\sal\.))?(?:,\s(?:editors?|eds?\.|translators?|trans\.)|\s?\((?:[Ee]ds?|[Tt]rans)\.\))?\.?\s*(?:${ORIGINAL_YEAR}\s(?<edition>${YEAR})\.\s+|\((?:${ORIGINAL_YEAR}\s)?(?:${MONTH_BEFORE_YEAR})?(?<parenYear>${YEAR})\)\.?\s+|(?<year>${YEAR})\.\s+)?`;
/**
 * A bibliography entry: `Holt, Maren. The Clerks. Oslo: Nordic Press, 1977.`, `Holt, Maren (1977) The Clerks. Oslo: Nordic Press.`,
 * `Holt, Maren. (1910) 1977. The Clerks. …`, `Holt, M. ([1910] 1977) The Clerks. …` (the year of the edition cited after the original's), more authors (`Holt,
 * Maren, Ivo Brenn, and Jan Rask.`, `Holt, Maren, et al.`) and an editor's mark: `Holt, Maren, and Jan Rask, editors.`,
 * APA's `Holt, M. (Ed.). (1977).`.
 */
const BIBLIOGRAPHY_ENTRY = letterPattern(String.raw`${ENTRY_HEAD}(?<title>.+?)\.\s+(?:[^:]*?\.\s+)??(?:(?<place>(?:St\.\s|[^:.()])+):\s*(?<publisher>[^,.]+?)(?:,\s*(?<publicationYear>${YEAR}))?(?:,\s*(?:pp?\.\s?)?\d+(?:\s?[–-]\s?\d+)?)?\.?)?$`, 'su');
/** What separates the co-authors after the first author's inverted name (`, Jan Rask, and Ivo Brenn`). */
const COAUTHORS_SEPARATOR = /,?\s(?:and|&)\s|,\s/u;
/** An entry's head and title alone, when what follows is no place and publisher (an article: `"The Quays." *Review* 12 (3): 1–19.`). */
const ENTRY_TITLE = letterPattern(String.raw`${ENTRY_HEAD}(?:[“"](?<quoted>[^"”]{2,200}?)[.,]?["”]|\*(?<italic>[^*]{2,200})\*|(?<plain>[^.]{2,200}))`, 'su');

/**
 * A short form: `Trotsky, The Revolution Betrayed, p. 277`, `Holt, Clerks, 45`, `Holt, "The Quays," 12`, `Holt et al., Clerks,
 * 57`, `Holt and Varga, Clerks, 3`, `Holt, "The Quays," in Collected Works, 3:12` (its container).
 */
const SHORT_FORM = letterPattern(String.raw`^(${SURNAME}(?:(?:,\s+${SURNAME})*,?\s+(?:and|&)\s+${SURNAME})?)(?:\set\sal\.)?,\s+(?:[“"]([^"”]{2,120}?),?["”],?(?:\s+in\s+(\p{Lu}[^,;()]{1,80}?),)?|([^,;()]{2,120}?(?:,\s\p{Lu}[^,;()]{1,60}?)*),)\s+(?:(?:pp?\.|pages?)\s?\S|${BARE_PAGES})`, 'u');

/**
 * MLA's author and page, maybe with a short title and a volume: `(Holt 45)`, `(Holt and Varga, Clerks 12-14`, `Holt et al.
 * 238–41)`, `(qtd. in Holt 462n)`, `(Varga, Opere 4: 112)`; each source of a parenthesis is a reference of its own.
 */
const AUTHOR_PAGE = letterPattern(String.raw`^\(?(?:${MLA_CUE}\s+)?(${SURNAME}(?:\s(?:and|&)\s${SURNAME})?)(?:\set\sal\.)?(?:,\s([^();\d]{2,60}?))?,?\s(?:(\d{1,2}):\s?)?(\d{1,4}(?:\s?[-–]\s?\d{1,4})?)(?=nn?\d{0,3}|[;,)]|$)`, 'u');

const OPENING_QUOTE = /^[‘'“"]/u;
/**
 * An article's or a chapter's title in quotation marks (no apostrophe closes it), and the book it is in after its editors:
 * `'The Quays', in J. Rask (ed.) Harbour Essays. Oslo: …` (groups: title, book).
 */
const QUOTED_IN_BOOK = /^[‘'“"](.{2,200}?)[,.]?[’'”"](?!\p{L})[,.]?(?:\s+[Ii]n:?\s+(?:[^()]{2,120}?\s\((?:eds?|trans)\.?\),?\s+)?(\p{Lu}[^.]{2,200}))?/u;

const YEAR_ONLY = new RegExp(`^${YEAR}$`, 'u');

/** Fields of a bibliography entry, or null when it is not written in the usual order. */
function bibliographyFields(text: string): CitationFields | null {
  const entry = text.trim();
  let head = (BIBLIOGRAPHY_ENTRY.exec(entry) ?? ENTRY_TITLE.exec(entry))?.groups;
  // An entry that ends with its title (`Reck, Vera T. 1975. Boris Pil'niak: A Soviet Writer.`, its place on a line of its
  // own) is read again with the space that would follow the title: else its year is taken for the title, its subtitle's
  // colon for the place's.
  if (head && YEAR_ONLY.test(head.title ?? '') && head.year === undefined) head = BIBLIOGRAPHY_ENTRY.exec(`${entry} `)?.groups ?? head;
  if (!head) return null;
  const given = head.given.trim().replace(/(\p{Ll})\.$/u, '$1'); // `Maren.` but `V. I.`
  const inverted = head.invertedCoauthors ?? head.listedCoauthors;
  const coauthors = inverted ? [...inverted.matchAll(INVERTED_NAMES)].map(([, surname, given]) => `${given.trim()} ${surname}`)
    : head.coauthors?.split(COAUTHORS_SEPARATOR).filter((name) => name && name !== 'et al.') ?? [];
  const fields: CitationFields = { authors: [`${given} ${head.surname}`, ...coauthors] };
  const title = head.title ?? head.quoted ?? head.italic ?? head.plain;
  const inBook = title && OPENING_QUOTE.test(title) ? QUOTED_IN_BOOK.exec(entry.slice(entry.indexOf(title))) : null;
  if (inBook) {
    fields.title = clean(inBook[1]);
    if (inBook[2]) fields.container = clean(inBook[2]);
  } else if (title) fields.title = clean(title.replace(EDITORS_MARK_AT_END, ''));
  if (head.place) fields.place = clean(head.place);
  if (head.publisher) fields.publisher = clean(head.publisher);
  const year = head.edition ?? head.parenYear ?? head.year ?? head.publicationYear ?? lastYear(text);
  if (year) fields.year = year;
  return fields;
}

/** The pages a reference points to: `p. 12`, `pp. 3-4`, Harvard's `1977: 12`, Chicago's `…, 1977), 12`. */
function pagesOf(text: string): CitationFields {
  const pages = PAGE_LOCATOR.exec(text);
  if (pages) return { pages: pages[0].replace(/^[^\p{L}]?(?:pp?\.|pages?)\s?/iu, '').trim() };
  const bare = HARVARD_PAGES.exec(text) ?? TRAILING_PAGES.exec(text);
  return bare ? { pages: bare[1] } : {};
}

/**
 * A newspaper's issue: its name (maybe italic, maybe with its city in brackets), the day of the issue, its page (`Morning
 * Courier, 23 April 1916, p. 1`, `*Harbour Gazette* (Velmora), March 12, 1923`): the name is the container, no author.
 * Not a letter, which names its writer and the one it was sent to (`Holt to Rask, 19 January 1950`).
 */
const PERIODICAL_ISSUE = letterPattern(String.raw`^(?:(?:[Ss]ee(?:\s+also)?|[Cc]f\.)\s+)?(?:\*([^*\n]+)\*|(\p{Lu}(?:(?!\sto\s)[^,()\n])*?))(?:\s\([^()\n]*\))?,\s(${ISSUE_DAY})(?![\d])`, 'u');
/** The year that ends an issue's day. */
const YEAR_AT_END = new RegExp(`${YEAR}$`, 'u');

/** A note written as an entry of a list of references, the year in brackets after the authors (`Figes, Orlando (1996).`, `Le Blanc, Paul (1990).`). */
const ENTRY_NOTE = letterPattern(String.raw`^(?:${CAPITALIZED_PARTICLE}\s)?${SURNAME},\s\p{Lu}[^()\n]{0,80}\((?:${MONTH_BEFORE_YEAR})?(?:${YEAR})\)`, 'u');

/** An author's name in the possessive, of a word or a few, opening a text: `Conquest's `, `Robert Conquest's `. */
const POSSESSIVE_AUTHOR_FIRST = new RegExp(String.raw`^(?:\p{Lu}[\p{L}.-]*\s+){0,3}${POSSESSIVE_NAME}`, 'u');

/**
 * Whether only the editors' or translator's names follow their mark up to the publication details (`, trans. Strobe Talbott (`,
 * `, ed. V. N. Khaustov, V. P. Naumov and N. S. Plotnikova (`), no title (`, ed. Jan Holt, Harbour Letters (`).
 */
function contributorsOnly(after: string): boolean {
  const names = EDITORS_UP_TO_DETAILS.exec(after)?.[1].trim().split(/,\s+(?:and\s+)?|\s+(?:and|&)\s+/u);
  return names !== undefined && (names.length === 1 || names.every((name) => /^\p{Lu}\./u.test(name) || isGivenNameWord(name.split(' ')[0])));
}

/** The units of an archive's file, numbered: a fond, a svazek, a karton, an archivní jednotka, a signature. */
const ARCHIVE_UNITS_IN = new RegExp(String.raw`,\s+(?:fond\s|${SIGNATURE_UNIT}\s?\d)`, 'u');

/** Fields read from a reference's text. */
export function parseFields(text: string, kind: CitationKind): CitationFields {
  // An archive's file has no author or title: its description names the persons it speaks of (`Stalin's conversation with
  // Kim, 7 March 1949, APRF, fond 45, opis 1`).
  if (kind === 'full' && ARCHIVE_UNITS_IN.test(text)) return {};
  const entry = kind === 'bibliography' || kind === 'full' && (ENTRY_NOTE.test(text) || ENTRY_AS_NOTE.test(text)) ? bibliographyFields(text) : null;
  if (entry) return entry;
  const mla = kind === 'parenthetical' && !HAS_YEAR.test(text) ? AUTHOR_PAGE.exec(text) : null;
  if (mla) return { authors: mla[1].split(/\s(?:and|&)\s/u), ...(mla[2] ? { title: clean(mla[2]) } : {}), ...(mla[3] ? { volume: mla[3] } : {}), pages: mla[4] };
  const issue = kind === 'full' ? PERIODICAL_ISSUE.exec(text) : null;
  if (issue) return { container: issue[1] ?? issue[2], year: YEAR_AT_END.exec(issue[3])![0], ...pagesOf(text) };
  const short = kind === 'full' ? SHORT_FORM.exec(text) : null;
  if (short) return { authors: short[1].split(/,\s(?:and\s)?|\s(?:and|&)\s/u), title: clean(short[2] ?? short[4]), ...(short[3] ? { container: clean(short[3]) } : {}), ...pagesOf(text) };
  const fields: CitationFields = {};
  const body = text.replace(CUE, '').replace(/^\(|\)$/g, '').replace(VERB_BEFORE_YEAR, ' (');
  const source = SOURCE_PARENTHESIS.exec(text.replace(/^\(/, '').replace(CUE, ''));
  if (source) {
    fields.authors = [clean(source[1]).replace(/[’']s$/u, '')];
    if (!/op\.?\s?cit|ibid/iu.test(source[2])) fields.title = clean(source[2]);
  } else {
    const titleAt = body.search(/[*“"]/u);
    const authors = (kind === 'author-year' ? AUTHOR_LIST.exec(body) : null) ?? AUTHORS.exec(body) ?? AUTHORS_BEFORE_TITLE.exec(body.slice(Math.max(0, titleAt - 60), titleAt));
    const names: string[] = []; // pushed, not mapped and filtered: see arrays.ts
    for (const name of authors ? clean(authors[1]).split(/,\s(?:and\s)?|\s(?:and|und|&)\s/u) : []) {
      // `Lewin's (1985) account`: the author, not the possessive, nor the title after it (`Robert Conquest's The Great
      // Terror (1968)`); `Holt et al.`: the first author, whom the text names.
      const cleaned = clean(name).replace(/[’']s(?:\s.*)?$|\set\sal\.?$/u, '');
      if (cleaned) names.push(cleaned);
    }
    // A lone capitalized word opens a full reference only as a name given in full (`Tucker, op. cit.` is fine).
    const plausible = (name: string) => !NOT_A_NAME.test(name) && !MONTH.test(name.split(/\s+/u).at(-1) ?? '')
      && (kind !== 'full' || /\s|\./u.test(name));
    if (names.length > 0 && names.every(plausible)) fields.authors = names;
    // `Conquest's *The Great Terror* (1968)`: the author in the possessive before the title.
    else if (kind === 'full' && POSSESSIVE_FIRST.test(body)) fields.authors = [body.slice(0, body.search(/['’]s\s/u))];
    const quoted = QUOTED_TITLE.exec(body);
    const italic = ITALIC_TITLE.exec(body);
    const letter = quoted || italic ? null : LETTER_HEAD.exec(body);
    if (letter) {
      // `Holt to Rask, 20 May 1938, in Writings of Holt [1937–38] (Riga, 1976)`: a letter, printed in a book.
      const book = CONTAINER_AFTER_QUOTE.exec(body.slice(letter[0].length));
      if (book) fields.container = book[1];
    } else if (quoted) {
      fields.title = clean(quoted[1]);
      if (italic && italic.index > quoted.index && !BACK_REFERENCE_WORDS.test(italic[1])) fields.container = clean(italic[1]);
      else {
        const container = CONTAINER_AFTER_QUOTE.exec(body.slice(quoted.index + quoted[0].length));
        // `"Title," in Julian Cooper, Maureen Perrie and E. A. Rees (eds.)`: the editors of the book it is in, no book.
        if (container && !isGivenNameWord(container[1].split(' ')[0])) fields.container = container[1];
      }
    } else if (italic && !BACK_REFERENCE_WORDS.test(italic[1])) {
      fields.title = clean(italic[1].replace(/,?\s*op\.?\s?cit\.?/iu, ''));
    } else if (authors && kind === 'full') {
      const after = body.slice(authors.index + authors[0].length);
      if (EDITORS_NEXT.test(after) && !/^\p{Lu}\./u.test(authors[1]) && (/\s\p{Ll}/u.test(authors[1]) || contributorsOnly(after))) {
        // `Œuvres de Maximilien Robespierre, ed. M. Bouloiseau`, with a word in small letters, and `Khrushchev Remembers, trans.
        // Strobe Talbott (Boston, 1970)`, no title after the translator: what looked like the authors is the work, its editors
        // or translator after it (but `Leon Trotsky, ed. Jan Holt, *Title*` and `V. I. Lenin, ed. …` are persons).
        fields.title = clean(authors[1]);
        delete fields.authors;
      } else {
        // `Leon Trotsky, The Revolution Betrayed (London: …)`: the title runs from the names to the details.
        // `E. J. Holt, The Quays, Oslo, 1962`: without details in parentheses, the title runs to the next comma.
        const title = /^[,:]\s*(?:([^(]{2,200}?)\s*\(|([^(),]{2,200}?),)/u.exec(after);
        if (title) fields.title = clean((title[1] ?? title[2]).replace(AFTER_TITLE, ''));
      }
    }
  }
  const publication = kind === 'author-year' ? null : PUBLICATION.exec(text);
  if (publication) {
    fields.place = clean(publication[1]);
    if (publication[2]) fields.publisher = clean(publication[2]);
    const titleThenPlace = TITLE_THEN_PLACE.exec(fields.place);
    if (titleThenPlace && PLAIN_TITLE.test(titleThenPlace[1])) [fields.title, fields.place] = [titleThenPlace[1], titleThenPlace[2]];
  }
  // `The Communist Party of the Soviet Union (London, 1960)`, `The Third International After Lenin (1929)`: the title before the details.
  const before = fields.title === undefined && (kind === 'full' || kind === 'parenthetical') ? clean(body.slice(0, body.indexOf('(')).replace(POSSESSIVE_AUTHOR_FIRST, '')) : '';
  if (before && PLAIN_TITLE.test(before)) fields.title = before;
  // A note that opens with its title, no author before it: the title runs to its editors, translator or volume (`The
  // Harbour Letters, 1931–36, ed. R. W. Holt (Riga, 2003)`, `Holod na portu, vol. 3, pp. 5–9`), in any language.
  // Not a letter's head (`Stalin to M. Davitashvili, September 1904, in Sochineniia`), which names its writer and its reader.
  if (kind === 'full' && fields.authors === undefined && (fields.title === undefined || !/\p{L}/u.test(fields.title)) && !LETTER_HEAD.test(body)) {
    const end = body.search(TITLE_FIRST_END);
    const title = end > 0 ? clean(body.slice(0, end)) : '';
    if (title.length >= 4 && /^["“*]?\p{Lu}/u.test(title) && !NO_TITLE_FIRST.test(title)) fields.title = title.replace(/^["“*]|["”*]$/gu, '');
  }
  // `The Case of Leon Trotsky, op. cit.`: a title that opens with its article, whose names are no author's.
  if (kind === 'opcit' && fields.title === undefined) {
    const head = TITLE_BEFORE_OP_CIT.exec(text)?.[1];
    if (head !== undefined) {
      fields.title = head;
      delete fields.authors;
    }
  }
  if (kind !== 'ibid' && kind !== 'opcit') {
    const year = publication?.[3] ?? lastYear(text);
    if (year) fields.year = year;
  }
  const volume = VOLUME.exec(text);
  if (volume) fields.volume = volume[1];
  // Added to the fields read, not spread with them into a new object: in V8 a second spread is some twenty times slower.
  return Object.assign(fields, pagesOf(text));
}
