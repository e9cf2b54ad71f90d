// The shapes of bibliographic references, as regular expressions shared by the detectors.
import { LONG_INITIALS } from '../names/lexicon';
import { letterPattern } from '../letters';
import { OTHER_LANGUAGE_MONTHS } from '../dates/lexicon';

/** A publication year: 1500–2099, maybe with a letter (`1991a`). */
export const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)[a-z]?`;

/** The day and month, or the month, that a web encyclopedia's reference gives before the year in brackets: `(December 1956)`, `(3 May 1937)`. */
export const MONTH_BEFORE_YEAR = String.raw`(?:\d{1,2}\s)?\p{Lu}\p{Ll}{2,8}\.?\s`;

/** An initial: `V.`, or one that a transliteration writes with two letters or more (`Ia.` in `L. Ia. Gibianskii`). */
export const INITIAL = String.raw`(?:\p{Lu}|${LONG_INITIALS.join('|')})\.`;

/** A surname's particle, capitalized as it opens an inverted name (`Le Blanc, Paul`, `Van Ree, Erik`). */
export const CAPITALIZED_PARTICLE = '(?:Le|La|De|Di|Da|Du|Del|Della|Van|Von|Ter|Ten)';

/** A surname-like word: capitalized, ending in lower case (`Claudín`, `Merleau-Ponty`, `O’Brien`, `McCarthy`). */
export const SURNAME = String.raw`\p{Lu}[\p{L}'’-]*\p{Ll}`;

/**
 * A personal name: initials and capitalized words (`V. I. Lenin`, `S.F. Cohen`, `Leon Trotsky`, `Jean-Jacques Rousseau`);
 * none that opens with an article or has a possessive before its last word (`Conquest's The Great Terror`).
 */
export const PERSON = String.raw`(?!(?:The|A|An)\s)(?:${INITIAL}(?:-\p{Lu}\.)?\s?|\p{Lu}[\p{Ll}'’-]+(?<!['’]s)(?:-\p{Lu}[\p{Ll}'’]+)?\s)*${SURNAME}`;

/** A capitalized word in the possessive, and the space after it: the author before a title (`Getty's Origins of the Great Purges`). */
export const POSSESSIVE_NAME = String.raw`\p{Lu}[\p{L}-]*['’]s\s+`;
/** That name at the start of a text. */
export const POSSESSIVE_FIRST = new RegExp(`^${POSSESSIVE_NAME}`, 'u');

/** A name as a reference opens with it, a surname's particles included (`Peter von Oertzen`, `J. P. Holt`, `Marta Ilves-Lind`). */
export const NAME_WITH_PARTICLES = String.raw`(?:${INITIAL}(?:-\p{Lu}\.)?\s?|\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?\s|(?:von|van|de|der|den|du|da|di|del|della|la|le|ter|ten|zu)\s)*\p{Lu}[\p{L}'’-]*\p{Ll}`;

/** A verb that reports what an author says, between the author and the year cited (`As Holt notes (1977: 12)`). */
export const REPORTING_VERB = String.raw`(?:(?:has|had)\s)?(?:argue[sd]?|note[sd]?|writes|wrote|written|observe[sd]?|suggest(?:s|ed)?|claim(?:s|ed)?|show(?:s|ed|n)?|demonstrate[sd]?|emphasi[sz](?:es|ed)|says|said|remark(?:s|ed)?|contend(?:s|ed)?|maintain(?:s|ed)?|insist(?:s|ed)?|conclude[sd]?|state[sd]?|explain(?:s|ed)?|report(?:s|ed)?|finds|found|stress(?:es|ed)?|recall(?:s|ed)?|describe[sd]?|points\sout|pointed\sout|puts\sit)`;

/** Page locators: `p.20`, `pp. 277–78`, `p. 97 note`, `pp. 91ff`, `p.118n3`, `p.ix`, `pp. xxi-xxv`, `pp. 10, 6-7, 8`, `pp. 5-7 and 109-12`, German's `S. 745`; a volume's before them (`1: pp. 161–281`). */
export const PAGES = String.raw`(?:\d{1,2}:\s?)?(?:pp?\.|pages?|S\.)\s?(?:(?:\d+(?:n\d+)?|[ivxlc]+(?![\p{L}\d]))(?:\s?[-–]\s?(?:\d+|[ivxlc]+\b))?(?:\s?ff?\.?)?)(?:(?:,\s?|\sand\s)\d+(?:\s?[-–]\s?\d+)?(?:ff)?)*`;

/**
 * Pages without `p.`, as Chicago notes give them after a title or Ibid.: `, 45.`, `, 12–14;`, `, 83ff.`,
 * `, 9n3)`, `, 339 n. 65.`, `, xi–xv.`, `, lxii–lxv.`, `, 45, 47.`, a volume's page `, 2:711.`, the page quoted within a range `, 440–49, here 443.`. Only where the
 * reference ends right after them (or a second one, or a clause about it, follows: `, 31–33, and Holt 2019`, `, 125, which
 * gives the figure`, `, 2:766–69, citing Levi`, `, 255–57, on Radek`), and never a year
 * (`Holt 1977, 1981` cites two works).
 */
/** A page of a book's front matter, in small Roman figures up to 399 (`xi`, `lxii`), no word spelled with their letters (`civic`). */
const ROMAN_PAGE = String.raw`(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})`;
const BARE_PAGE = String.raw`(?:(?!(?:1[5-9]|20)\d\d(?!\d))(?:\d{1,2}:)?\d{1,4}(?:\s?n\.?\s?\d+)?(?:\s?[-–]\s?\d{1,4})?(?:\s?ff?\.?)?|${ROMAN_PAGE}(?:\s?[-–]\s?${ROMAN_PAGE})?(?![\p{L}\d]))`;
/** Units that only archives number: a svazek, a karton, an archivní jednotka, an inventory number, a signature. */
export const SIGNATURE_UNIT = String.raw`(?:sv\.|karton|a\.\s?j\.|inv\.\s?č\.|sign\.|sygn\.)`;
/** What opens an MLA reference: `see`, `cf.`, and `qtd. in` before the source that quotes the words. */
export const MLA_CUE = String.raw`(?:[Ss]ee(?:\s+also)?|[Cc]f\.|qtd\.\s+in|[Qq]uoted\s+in)`;
/** Page numbers alone, never a year: `45`, `45-47`, `3, 9`. */
export const PAGE_NUMBERS = String.raw`(?!(?:1[5-9]|20)\d\d(?!\d))\d{1,4}(?:\s?[-–]\s?\d{1,4})?(?:,\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?)*`;
export const BARE_PAGES = String.raw`${BARE_PAGE}(?:,\s?${BARE_PAGE})*(?:,\s(?:here|esp\.|especially)\s${BARE_PAGE})?(?=\s*(?:[.;)\]]|\n|$)|,\s(?:and|see|cf\.|which|where|on|citing|quoting|for|with)\s)`;

/** Month names, which look like surnames before a year (`April 1922`). */
/** The small words titles keep in small letters between their capitalized ones (`The Communist Party of the Soviet Union`, `How Russia is Ruled`). */
export const TITLE_SMALL_WORD = 'and|of|the|in|on|for|a|an|to|is|as|by|with|from|at|after';

export const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter)$/i;

/** A month or season as a word, for excluding it where a name is expected. */
export const MONTH_WORD = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Fall|Winter)\b`;

/** A month's name, in full or abbreviated (`March`, `Mar.`, `Sept.`). */
export const MONTH_NAME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)`;
/** A month's name in another language, as a day of it is written there (`12 de enero de 1937`, `4 février 1794`, `4. März 1921`). */
const OTHER_MONTH_NAME = `(?:${[...OTHER_LANGUAGE_MONTHS.keys()].join('|')})`;
/** The day of a periodical's issue, after its number if any: `no. 12, 23 April 1916`, `March 12, 1923`, `12 de enero de 1937`. */
export const ISSUE_DAY = String.raw`(?:no\.\s?\d+,\s)?(?:\d{1,2}\s${MONTH_NAME}\s${YEAR}|${MONTH_NAME}\s\d{1,2},\s${YEAR}|\d{1,2}(?:er|º|\.)?\s(?:de\s)?${OTHER_MONTH_NAME}\s(?:de\s)?${YEAR})`;

/**
 * A note written as an entry of a bibliography: the author inverted, maybe with co-authors or as editor, then a full stop
 * and the title or year (`Ryan, Henry Butterfield. The Fall`, `Soria Galvarro, Carlos (ed.). El Che`, `Rojas, Marta, and
 * Mirta Rodríguez Calderón. Tania`); not an abbreviation in a short form (`Hart, I.R.A. at War`).
 */
export const ENTRY_AS_NOTE = letterPattern(String.raw`^(?<surname>${SURNAME}(?:\s${SURNAME})?(?:\s[IVX]{1,3})?),\s(?!(?:The|A|An|La|Le|Les|El|Los|Die|Der|Das|Il|Lo)\s)\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}(?:,?\s(?:and|&)\s(?:\p{Lu}[\p{L}'’.-]*\s?){1,4})?(?:\s\((?:eds?|trans)\.\))?\.\s(?=[\p{Lu}"“*(\d])`, 'u');

/** Words that cannot be an author before a year (`in 1922`, `Since 1917`). */
export const NOT_AUTHOR = /^(?:in|since|until|till|by|from|of|the|and|or|to|after|before|during|circa|ca|around|about|late|early|mid|year|years|summer|winter|spring|autumn|fall|christmas|easter|ad|bc|ce|bce|no|vol|congress|conference|plenum|census|between|among|around|through|throughout|toward|towards|under|over|within|without|then|when|while|as|at|on|for|with|its|his|her|their|our|this|that|these|those|every|each|only|also|even)$/i;

/**
 * Back-references: Ibid., Idem (not before a title: `idem, *Letters*` is another work of the same author), German's Ebd.
 * (`ebenda`), the lawyers' Id. (before a locator or at the end), op. cit., loc. cit., and German's a.a.O. (`am angegebenen Ort`), possibly italicized (not preceded by a letter,
 * and Id. capitalized: checked apart).
 */
export const BACK_REFERENCE = /(?:(?<ibid>ibid|ibidem|idem|ebd(?=\.)|ebenda|id(?=\.(?:,|\s+at\s|\s*$)))\b\.?|(?<opcit>op\.?\s?cit|loc\.?\s?cit|a\.\s?a\.\s?O(?=\.))\b\.?)/gi;

/** The words of an op. cit. as it names the work of an author cited before: `op. cit.`, `loc. cit.`, German's `a.a.O.`. */
export const OP_CIT_WORDS = String.raw`op\.?\s?cit|loc\.?\s?cit|a\.\s?a\.\s?O\.`;

/** Words that introduce a reference and belong to no author: `See`, `Cf.`, `Quoted in`. */
export const CUE = /^(?:(?:see|cf\.|also|and|in|quoted\s+(?:in|from|by)|cited\s+(?:in|from|by)|for\s+example|e\.g\.|especially|esp\.)[,:]?\s+)+/iu;
