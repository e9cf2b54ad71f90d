// Lone capitalized words (`Bukharin`, `Cheka`, `Siberia`, `Bolsheviks`) get their kind from the whole
// document: a surname the text gives elsewhere with a given name is a person; a word the text puts after
// `the` is an organization; a known place is a place unless the text cites or possesses it like a person;
// a plural of another capitalized word names a group; any other unknown capitalized word is a person.
import type { EntityKind, Span } from '../types';
import { mapped } from '../arrays';
import { detached } from '../blocks';
import { isWhiteSpace } from '../letters';
import { type Token, type Words, atLineStart, changedToken, codeAt, isForeignOpening, writtenInSmallLetters } from './tokens';
import type { Segment } from './classify';
import { BODY_NOUNS, SAINTS, classifyRun, isEventEnd, isMeeting, isOrdinal, isOrganizationHead, nameOf } from './classify';
import { type NameSpan, SUFFIXES, initialsOf, isSecondOfTwoSurnames, surnameAt } from './identity';
import { COMBINING_FORMS, DERIVED, EAST_ASIAN_FAMILY_NAME, NAMING_NOUNS, NOUNS_OF_PLACES, PLACE, PLACE_ENDING, PLACE_NOUNS, TITLES, VIETNAMESE_FAMILY_NAME, inLexicon, isCalendarWord, isCommonToken, isCommonWord, isFunctionWord, isGivenName, isNationality, isPlace, isUsStateAbbreviation, FOREIGN_CONNECTORS, NATIONALITY_COMPOUND, PARTICLES } from './lexicon';
import { sameSpelling, spellingKey } from './spelling';
import { MONTH_NAMES } from '../dates/lexicon';

/** Scholarly abbreviations and words of reference apparatus, capitalized but never names. */
const APPARATUS = new Set(['ibid', 'idem', 'ebd', 'ebenda', 'op', 'cit', 'loc', 'cf', 'vol', 'vols', 'ed', 'eds', 'trans', 'tr', 'pp',
  'ch', 'chap', 'ff', 'et', 'al', 'ca', 'sic', 'viz', 'ie', 'eg', 'etc', 'supra', 'infra', 'passim', 'nb', 'ps', 'abstract', 'bl', 'fol', 'fols',
  'isbn', 'issn', 'doi', 'url', 'pdf', 'html', 'ocr', 'pmid',
  // German references' `Bd.` (volume), `Nr.`, `Hg.`/`Hrsg.` (editor), `Aufl.` (edition), `Jg.` (year of a journal).
  'bd', 'bde', 'nr', 'hg', 'hrsg', 'aufl', 'jg']);
/**
 * Men of a trade, a body or a people, in the plural (`Guardsmen`, `Aldermen`, `Chairmen`, `Yeomen`, `Riflemen`, `Horsemen`,
 * `Frenchmen`, `Workmen`, `Nepmen`; not `Tiananmen`): no name.
 */
const MEN_OF = /(?:s|er|ir|eo|le|se|ch|sh|[kp])men$/;
/**
 * The articles and the first persons of French, Spanish, Italian and German, alone: a title's or a quotation's first word
 * (`*Le 6 février*`, `"Je vous ai compris"`, `Ich will verstehen`), no name.
 */
const WORDS_OF_OTHER_LANGUAGES = new Set(['le', 'la', 'les', 'el', 'los', 'las', 'il', 'lo', 'gli', 'der', 'die', 'das', 'je', 'nous', 'vous', 'ich', 'wir']);
const ROMAN = /^[IVXLCDM]+$/;
/** Endings of English common nouns, adjectives and adverbs (`Capitulation`, `Parenthetically`, `Jewish`). */
const ENGLISH_ENDING = /(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|ly|ing|ings|ive|ives|ous|ence|ences|ance|ances|ics|ward|wards|ish|ship|ships|ism)$/;
const PLACE_PREPOSITIONS = new Set(['in', 'into', 'at', 'near', 'across', 'throughout', 'inside', 'outside', 'beyond', 'within']);
/**
 * Prepositions of a journey's start or end, a place after a verb of moving (`flown in from Majorca`, `deported to Kessia`,
 * `advancing on Orel`).
 */
const MOTION_PREPOSITIONS = new Set(['from', 'to', 'toward', 'towards', 'on']);
/** Verbs of moving someone or something from a place to another (and `in`, `back` after them: `flown in from`, `came back to`). */
const MOTION_VERBS = new Set(['went', 'came', 'returned', 'moved', 'fled', 'travelled', 'traveled', 'sailed', 'marched', 'flew', 'flown', 'deported',
  'exiled', 'transferred', 'evacuated', 'retreated', 'escaped', 'emigrated', 'journeyed', 'advanced', 'withdrew', 'withdrawn', 'driven', 'expelled',
  'banished', 'shipped', 'moving', 'going', 'coming', 'returning', 'fleeing', 'advancing', 'marching', 'in', 'back', 'away']);
/** Verbs whose object is a territory (`invaded Silesia`, `annexed Fiume`, `seized Sunchon`). */
const PLACE_VERBS = new Set(['invaded', 'occupied', 'annexed', 'conquered', 'evacuated', 'colonized', 'colonised', 'partitioned', 'besieged', 'bombed', 'invade', 'occupy', 'annex', 'conquer',
  'seized', 'captured', 'liberated', 'retook', 'recaptured', 'bombarded', 'shelled', 'blockaded']);
/** After the word: a year (`Claudín, 1970`, `Althusser 1991`) or inverted initials (`Deutscher, I.`). */
const AUTHOR_AFTER = /(?:,\s*|\s+)\(?(?:1[5-9]|20)\d\d\b|,\s*\p{Lu}\.(?!\p{L})/uy;
/** After the word: a page's number, no year, and the end of the brackets or a comma (` 238)`, ` 12, 57`). */
const PAGE_AFTER = /\s+(?!(?:1[5-9]|20)\d\d\b)\d{1,4}(?:[-–]\d+)?\s*[),;]/y;
/** After the word: `op. cit.`, after an author's name or a short title (`Snow, op. cit.`, `Manifesto, op. cit.`), or its German `a.a.O.`. */
const OP_CIT_AFTER = /,?\s*\*?(?:op\.\s*cit\b|a\.\s?a\.\s?O\.)/y;
/** After the word: a year in brackets, then a verb that reports what an author says (`Paterson (1994) argues`). */
const AUTHOR_REPORTS_AFTER = /\s\((?:1[5-9]|20)\d\d[a-z]?(?:[,:][^)\n]{0,20})?\)\s+(?:argue|show|note|suggest|claim|write|wrote|contend|maintain|insist|conclude|observe|find|found|describe|stress|recall|point)/y;
/** After the word: `et al.` and a year (`Smith et al. (1990)`). */
const ET_AL_AFTER = / et\.? al\.?(?:,\s*|\s+)\(?(?:1[5-9]|20)\d\d\b/y;

/** What the text around a lone word says of it, summed over its occurrences. */
interface Evidence {
  person: number; organization: number; place: number; count: number; inSentence: number; alias: boolean;
  /** A word with the form of a word derived from a name (`Stalinist`): no name, unless the document gives it as a surname. */
  derived: boolean;
  /** The text says what the word names in an apposition after it (`Yan'an, a market town in Shaanxi`): a place. */
  placeApposition: boolean;
  /** Times it stands before `op. cit.`: an author's surname, if the text names a person by it. */
  opCit: number;
  /** Times it stands before a year in brackets and a verb that reports what it says, as an author cited (`Paterson (1994) argues`). */
  cited: number;
  /** Times it stands after a noun of what befalls a person, or of their kin, and `of` (`the murder of Kirov`). */
  befallen: number;
  /**
   * Times it stands as an abbreviation that names no body: a work's siglum, opening brackets before a page's number and
   * no year (`(SPN 238)`), or a state's postal code after a place of publication (`Garden City, NY:`).
   */
  noBody: number;
  /** Times the word stands before the head of an organization's name or an event's (`Soviet Government`, `Tet Offensive`): an adjective. */
  modifier: number;
  /** Times it stands between a place of publication and a year (`London: Verso, 1979`): a publisher, common word or not. */
  publisher: number;
  /** Times the document numbers the word or puts it after `Party` (`the 17th Congress`, `the Party Congress`): it names meetings, not a body. */
  meeting: number;
  /** Times it opens a quotation in French or Spanish (`« Si le`, `¿Dónde`) or a title in another language (`Desiatyi s"ezd`): a word of it. */
  opensForeignPhrase: number;
  /** Times it stands right after a person's name in the possessive (`Neumann's Behemoth`): the title of a work of theirs. */
  workOfName: number;
  /** Times it stands after the noun of a ship (`the battleship Potemkin`): a ship's name. */
  ship: number;
}

/**
 * Evidence of no occurrence yet, made here only: the blocks' evidence and the document's sums have one shape (map) in
 * V8, which a copy by spreading would not have.
 */
const noEvidence = (derived: boolean): Evidence => ({
  person: 0, organization: 0, place: 0, count: 0, inSentence: 0, alias: false, derived, placeApposition: false, opCit: 0, cited: 0, befallen: 0, noBody: 0, modifier: 0, publisher: 0, meeting: 0,
  opensForeignPhrase: 0, workOfName: 0, ship: 0,
});

/**
 * `the Punjab and Bengal`, `Bengal and Bihar`: a word joined by `and` to a known place; `to Kessenhaven, Hamburg`, `from
 * Büyükada to Berlin`, `to Birobidzhan or to Kazakhstan`: a word after a preposition of movement that goes on to a known place.
 */
function placeBeside(text: string, tokens: Token[], t: Token): boolean {
  const i = t.index;
  return t.previous === 'and' && i > 1 && joinedByAnd(tokens[i - 2], tokens[i - 1], t) && isKnownPlace(tokens[i - 2]) && !opensClause(text, tokens[i - 2], t) ||
    i + 2 < tokens.length && !t.possessive && joinedByAnd(t, tokens[i + 1], tokens[i + 2]) && isKnownPlace(tokens[i + 2]) ||
    TOWARDS.has(t.previous) && !t.possessive && i + 1 < tokens.length && ONWARD.test(text.slice(t.end, tokens[i + 1].start)) && isKnownPlace(tokens[i + 1]);
}
const TOWARDS = new Set(['to', 'from', 'into', 'through', 'across']);
/** What leads on from one place to the next: a comma, `or` (`or to`), `to`. */
const ONWARD = /^(?:, | or (?:to |into )?| to )$/;
/**
 * Whether `second`, after a preposition's object `first` and `and`, opens a clause of its own, a verb after it: `Molotov goes
 * to Ukraine and Kaganovich goes to the North Caucasus` (but `Bengal and Bihar were` is one subject).
 */
function opensClause(text: string, first: Token, second: Token): boolean {
  if (!LIST_PREPOSITIONS.has(first.previous)) return false;
  const verb = smallWordAfter(text, second.end);
  return verb !== undefined && FINITE_VERBS.has(verb);
}
/** The word in small letters after the space at `at`, if one follows (`goes` in `Kaganovich goes`). */
export function smallWordAfter(text: string, at: number): string | undefined {
  SMALL_WORD_AFTER.lastIndex = at;
  return SMALL_WORD_AFTER.exec(text)?.[1];
}
const SMALL_WORD_AFTER = / (\p{Ll}+)\b/uy;
const OF_AFTER = / of /y;
/** Verbs whose subject is a person, never a place or a body: `Hindenburg appointed Hitler`, `Holt died`. */
const PERSONAL_VERBS = new Set(['appointed', 'died', 'married', 'resigned', 'divorced']);
const FINITE_VERBS = new Set(['goes', 'went', 'was', 'is', 'had', 'has', 'said', 'says', 'told', 'tells', 'became', 'wrote', 'writes', 'took',
  'takes', 'came', 'comes', 'left', 'met', 'spoke', 'sent', 'arrived', 'returned', 'remained', 'stayed', 'ordered', 'signed', 'replied',
  'argued', 'agreed', 'refused', 'decided', 'demanded', 'asked', 'led', 'leads', 'would', 'could', 'should', 'will']);
/** A possessive just before a word (`the party's Secretary`): the noun before it owns the word, it does not name it. */
const POSSESSIVE_BEFORE = /['’]s\s+$/;
/** Whether a segment is a person's name given in full, with a given name or initials (`Antonio Ortiz`, `J. García`). */
const isFullName = (name: Segment) => name.kind === 'person' && name.tokens.length > 1 && (name.tokens[0].initial || isGivenName(name.tokens[0]));

/** Prepositions before a list of places: `the factories of Csepel, Újpest and Angyalföld`. */
const LIST_PREPOSITIONS = new Set([...TOWARDS, 'of', 'at', 'in', 'near', 'between', 'around', 'towards', 'toward']);
/** Nouns of places right before their names, and before lists of them: `the river Narew`, `the rivers Narew, Vistula and San`. */
const PLACE_NOUNS_BEFORE = new Set(['river', 'rivers', 'villages', 'towns', 'cities', 'ports', 'islands']);
const joinedByAnd = (first: Token, and: Token, second: Token) => and.text === 'and' && and.start === first.end + 1 && second.start === and.end + 1;
const isKnownPlace = (t: Token) => t.capitalized && !t.possessive && inLexicon(t, PLACE);

/** What one block says of its lone words, from the block's text alone. */
export interface LoneWordClues {
  /** The evidence, by the form the document writes each word in (see `formOf`). */
  evidence: Map<string, Evidence>;
  /** The form of each lone word, in the order of the block's segments. */
  forms: string[];
  /** Capitalized words standing before the head of an organization's or an event's name, with their counts. */
  modifiers: Map<string, number>;
  /** Nouns of meetings the block numbers or puts after `Party` (`the 17th Congress`, `the Party Congress`), with their counts. */
  meetings: Map<string, number>;
  /**
   * The lone words (by their place in `forms`) that begin a publisher's name of two words joined by `and` or a comma,
   * after the place of publication (`London: Lawrence and Wishart, 1971`, `Boston: Little, Brown, 1973`): with the next
   * lone word, one firm.
   */
  firms: number[];
  /** Pairs of lone words (by their place in `forms`) joined in a list: `Csepel and Újpest`, `Csepel, Újpest`. */
  listed: [number, number][];
  /**
   * The lone common words (by their place in `forms`) that open a sentence before `of`: the noun (`Conquest of the
   * countryside`), whatever the document makes of the word elsewhere (`Conquest argues`).
   */
  nounsBeforeOf: number[];
}

/** The clues a block's `text` gives about the lone words among its `segments`. */
export function loneWordClues(text: string, { tokens }: Words, segments: Segment[]): LoneWordClues {
  /** The text between the previous token and `t`. */
  const before = (t: Token) => text.slice(t.gapStart, t.start);
  // `Organization-Assignments Section (Orgraspred)`, `Prinkipo (Büyükada)`: a word alone in brackets after a body's or a
  // place's name is its other name (the kind of that name; null for none).
  const aliasOf = (t: Token): 'organization' | 'place' | null => {
    if (codeAt(text, t.end) !== 41 /* ) */ || codeAt(text, t.start - 1) !== 40 /* ( */) return null;
    let nameEnd = t.start - 1;
    while (nameEnd > 0 && (codeAt(text, nameEnd - 1) === 32 || codeAt(text, nameEnd - 1) === 10)) nameEnd--;
    const named = segments.find((s) => s.tokens[s.tokens.length - 1].end === nameEnd);
    // A lone word the lexicon knows as a place is one before its other name, whatever the document decides of it.
    if (named?.kind === null && named.tokens.length === 1 && isPlace(named.tokens[0].name)) return 'place';
    // A known place after a body's name is where it is (`Workers' Bulletin (London)`, `Pravda (Moscow)`), not its other name.
    if (named?.kind === 'organization') return isKnownPlace(t) ? 'place' : 'organization';
    return named?.kind === 'place' ? 'place' : null;
  };

  const afterPossessiveName = (t: Token) => t.index > 0 && tokens[t.index - 1].possessive && /^[ \t]+$/.test(before(t));
  /** Whether the sticky `pattern` matches the text at `offset`. */
  const at = (pattern: RegExp, offset: number) => { pattern.lastIndex = offset; return pattern.test(text); };
  const evidence = new Map<string, Evidence>();
  const forms: string[] = [];
  /** The lone words' tokens, in the order of `forms`. */
  const lone: Token[] = [];
  for (let j = 0; j < segments.length; j++) {
    const s = segments[j];
    if (s.kind !== null) continue;
    const [t] = s.tokens;
    const word = formOf(text, t);
    forms.push(word);
    let e = evidence.get(word);
    if (!e) evidence.set(word, e = noEvidence(inLexicon(t, DERIVED)));
    e.count++;
    if (!t.sentenceStart) e.inSentence++;
    const { previous } = t;
    const beforePrevious = previous === 'of' ? t.wordBefore : '';
    const publishedAt = at(PUBLISHED_AT, t.end) || codeAt(text, t.start - 1) === 40 /* ( */ && /[*_]\s*\($/.test(before(t)) && at(AUTHOR_AFTER, t.end) ||
      codeAt(text, t.end) === 58 /* : */ && isKnownPlace(t) && at(PUBLISHED_AT_ENTRY_END, t.end);
    // A possessive after a preposition is a person's (`in Burke's Reflections`); a known place stays one (see `decide`).
    if (t.possessive && PLACE_PREPOSITIONS.has(previous)) e.person++;
    // `in the Zócalo`, `at the Tuileries`: a preposition of place before `the` puts a place, but for a word that qualifies
    // the noun after it (`in the Spartacus program`); after a compass adjective (`the northern Adriatic`).
    else if (publishedAt || placeBeside(text, tokens, t) || PLACE_PREPOSITIONS.has(previous) ||
      previous === 'the' && PLACE_PREPOSITIONS.has(t.wordBefore) && !beforeNoun(text, t.end) ||
      PLACE_VERBS.has(previous) || MOTION_PREPOSITIONS.has(previous) && MOTION_VERBS.has(t.wordBefore) && !t.possessive || at(PLACE_NOUN, t.end) || NOUNS_OF_PLACES.has(beforePrevious) || EVENTS_AT.has(beforePrevious) || previous === 'for' && REPRESENTATIVES.has(t.wordBefore) ||
      RENAMED.has(previous) && RENAMED_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start)) || OFFICES_OF_PLACES.has(beforePrevious) ||
      PLACE_ENDING.test(word) && MOVEMENT.has(previous) || COMPASS_ADJECTIVES.has(previous) || PLACE_NOUNS_BEFORE.has(previous) ||
      previous === 'from' && isFromPlace(t.wordBefore)) e.place++;
    // `the Stalin era`, `the Franco regime`, `the Vichy regime`: after `the`, a word before a time or a rule named after a
    // ruler or a place says nothing of which it is; other occurrences do.
    else if (previous === 'the' && !at(RULE_AFTER, t.end) && !at(DASHED_NAME_AFTER, t.end) || BODY_NOUNS.has(previous) && !POSSESSIVE_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start)) || titleMark(text, t.end) || t.sentenceStart && at(DATED_ISSUE_AFTER, t.end) || PUBLISHER_BEFORE.test(before(t)) && at(PUBLISHER_AFTER, t.end) ||
      codeAt(text, t.end + 1) === 119 /* w */ && at(FOUNDED_AFTER, t.end) ||
      previous === 'by' && t.wordBefore === 'published' || codeAt(text, t.end) === 44 /* , */ && at(BODY_APPOSITION, t.end)) e.organization++;
    // A common word after `of` before a year ends a title (`Minutes of Proceedings, 1919`), no author; so does a word
    // after a possessive name (`Merriman's Massacre (2014)`: the work of the name before).
    else if (t.possessive || at(AUTHOR_AFTER, t.end) && !(previous === 'of' && isCommonToken(t)) && !afterPossessiveName(t) ||
      // `Hindenburg appointed Hitler`, `Holt died in 1938`: what only a person does.
      codeAt(text, t.end) === 32 && PERSONAL_VERBS.has(smallWordAfter(text, t.end) ?? '') ||
      codeAt(text, t.end + 1) === 101 /* e */ && at(ET_AL_AFTER, t.end) ||
      // Joined by `and` to a person's name given in full: `led by Durruti and Antonio Ortiz`, `García Oliver and Durruti`.
      j + 1 < segments.length && isFullName(segments[j + 1]) && joinedByAnd(t, tokens[t.index + 1], segments[j + 1].tokens[0]) ||
      j > 0 && isFullName(segments[j - 1]) && joinedByAnd(segments[j - 1].tokens[segments[j - 1].tokens.length - 1], tokens[t.index - 1], t)) e.person++;
    // Cited as an author with what the work says (`Paterson (1994) argues`); not `(London, 1970)`, a place of publication.
    if (at(AUTHOR_REPORTS_AFTER, t.end)) e.cited++;
    if (PERSON_NOUNS_BEFORE_OF.has(beforePrevious)) e.befallen++;
    const alias = aliasOf(t);
    e.alias ||= alias === 'organization';
    e.placeApposition ||= alias === 'place' || at(PLACE_APPOSITION, t.end);
    if (at(OP_CIT_AFTER, t.end)) e.opCit++;
    // Only a word that opens such a phrase wherever it stands is decided by it: once one occurrence does not, looking is wasted.
    if (e.opensForeignPhrase === e.count - 1 && opensForeignPhrase(text, t)) e.opensForeignPhrase++;
    if (afterPossessiveName(t)) e.workOfName++;
    if (SHIPS.has(previous)) e.ship++;
    if (codeAt(text, t.start - 1) === 40 /* ( */ && at(PAGE_AFTER, t.end) ||
      t.allCaps && t.text.length === 2 && codeAt(text, t.end) === 58 /* : */ && t.index > 0 && tokens[t.index - 1].capitalized && before(t) === ', ') e.noBody++;
    if (t.index > 0 && tokens[t.index - 1].capitalized && colonBetween(text, tokens[t.index - 1].end, t.start) && at(PUBLICATION_AFTER, t.end)) e.publisher++;
    lone.push(t);
  }

  const modifiers = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // `the Julian calendar`: the word names the calendar, not a person.
    if (t.capitalized && (next && (isOrganizationHead(next) || isEventEnd(next)) && /^[ \t]+$/.test(before(next)) || text.startsWith(' calendar', t.end))) {
      modifiers.set(t.name, (modifiers.get(t.name) ?? 0) + 1);
    }
  }
  const meetings = new Map<string, number>();
  for (const t of tokens) {
    if (!t.capitalized || !isMeeting(t)) continue;
    const number = wordBeforeOf(text, t);
    if (isOrdinal(number) || number === 'Party') meetings.set(t.name, (meetings.get(t.name) ?? 0) + 1);
  }
  const firms: number[] = [];
  for (let k = 0; k + 1 < lone.length; k++) {
    const [first, second] = [lone[k], lone[k + 1]];
    const joined = second.index === first.index + 2 && tokens[first.index + 1].text === 'and' || second.index === first.index + 1 && FIRM_JOINS.has(before(second));
    if (joined && PUBLISHER_BEFORE.test(before(first)) &&
      at(PUBLICATION_AFTER, second.end) && !isPlace(first.name) && !isPlace(second.name)) firms.push(k);
  }
  // Lone words in a list after a preposition (`of Csepel, Újpest and Angyalföld`, `at Recsk and Kistarcsa`), closed by
  // `and` or `or`; not clauses joined by `and` (`invaded Velsia and Marrano annexed`, `to Turkestan, and Riazanov was
  // sent`), nor a phrase before its clause's subject (`In Ukraine, Molotov worked`).
  const listed: [number, number][] = [];
  let pending: [number, number][] = [];
  let afterComma = false;
  for (let k = 0; k + 1 < lone.length; k++) {
    const [first, second] = [lone[k], lone[k + 1]];
    const and = tokens[first.index + 1];
    const comma = second.index === first.index + 1 && before(second) === ', ';
    const closing = !first.possessive && !comma && second.index === first.index + 2 && (and.text === 'and' || and.text === 'or') && before(second) === ' ' &&
      (before(and) === ' ' || before(and) === ', ' && afterComma);
    if (!comma && !closing || first.possessive) {
      pending = [];
      afterComma = false;
      continue;
    }
    if (pending.length === 0 && !LIST_PREPOSITIONS.has(first.previous) && !PLACE_NOUNS_BEFORE.has(first.previous)) continue;
    pending.push([k, k + 1]);
    if (closing && opensClause(text, lone[k + 1 - pending.length], second)) pending = [];
    else if (closing) {
      listed.push(...pending);
      pending = [];
    }
    afterComma = comma;
  }
  const nounsBeforeOf: number[] = [];
  for (let k = 0; k < lone.length; k++) if (lone[k].sentenceStart && isCommonToken(lone[k]) && at(OF_AFTER, lone[k].end)) nounsBeforeOf.push(k);
  return { evidence, forms, modifiers, meetings, firms, listed, nounsBeforeOf };
}

/**
 * Makes publishers of the `segments` of a block's `text` that stand between a place of publication and a year
 * (`London: Jonathan Cape, 1983`, `London: Allen Lane, 1988`), whatever their words suggest.
 */
export function markPublishers(text: string, segments: Segment[]): void {
  for (let i = 1; i < segments.length; i++) {
    const s = segments[i];
    if (s.kind === null || s.kind === 'organization' || s.tokens.length < 2) continue;
    // The place: a name the layer reads as a place or leaves to the document (`London`, `Calif.`), then a colon; not a
    // speaker's name before what is said (`TROTSKY: Leon Trotsky.`, a word in capitals or opening a line).
    const place = segments[i - 1];
    if (place.kind !== 'place' && (place.kind !== null || place.tokens[0].allCaps || atLineStart(text, place.tokens[0].start)) ||
      !colonBetween(text, place.tokens[place.tokens.length - 1].end, s.tokens[0].start)) continue;
    PUBLICATION_AFTER.lastIndex = s.tokens[s.tokens.length - 1].end;
    if (PUBLICATION_AFTER.test(text)) s.kind = 'organization';
  }
}

/**
 * Whether `run`, a run of capitalized words of a block's `text`, is the publisher or the periodical of an entry of a
 * list of works cited in the style of the MLA (`Verso, 1988.`, `Lawrence and Wishart, 1971.`, `Millennium, vol. 12`)
 * or the APA (`(1945). *The open society and its enemies*. Routledge.`):
 * on a line that opens with an author's inverted name (or the dashes that repeat the last one), after the full stop
 * or the comma that ends the part before, and before a year or a volume's number. A known place there is where the
 * work was published (`London, 1960.`).
 */
export function isEntryPublisher(text: string, run: Token[]): boolean {
  const [first] = run;
  const last = run[run.length - 1];
  if (first.index === 0 || !/[.,?!][*"”]? $/.test(text.slice(first.start - 3, first.start))) return false;
  ENTRY_SOURCE_AFTER.lastIndex = last.end;
  const beforeYear = ENTRY_SOURCE_AFTER.test(text);
  ENTRY_END_AFTER.lastIndex = last.end;
  if (!beforeYear && !ENTRY_END_AFTER.test(text)) return false;
  // An entry's lines after its first may hang under it, indented: the entry opens on the first, a few lines up at most.
  let lineStart = text.lastIndexOf('\n', first.start) + 1;
  for (let lines = 0; lines < MAX_HANGING_LINES && lineStart > 1 && (text[lineStart] === ' ' || text[lineStart] === '\t') && text[lineStart - 2] !== '\n'; lines++) {
    lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  }
  const before = text.slice(lineStart, first.start);
  // APA's entries give the year after the authors and end with the publisher, without its place (`*Title*. Verso.`).
  if (!ENTRY_LINE.test(before) || !beforeYear && !APA_YEAR.test(before) || isPlace(nameOf(run))) return false;
  return true;
}
/**
 * Whether `run` names a periodical by the volume and year that follow it, as notes and reference lists cite an article
 * (`Central European History 27, no. 1 (1994): 27–64`, `Past and Present 12(2)`): after the article's title in
 * quotation marks, or at the start of a line.
 */
export function isPeriodicalBeforeVolume(text: string, run: Token[]): boolean {
  // Where the run stands first: it reads a character or two, and most runs stand after neither a title nor a line's start.
  if (!afterTitleOrAtLineStart(text, run[0].start)) return false;
  const end = run[run.length - 1].end;
  VOLUME_AFTER.lastIndex = end;
  if (VOLUME_AFTER.test(text)) return true;
  SMALL_WORDS_THEN_VOLUME.lastIndex = end;
  return SMALL_WORDS_THEN_VOLUME.test(text);
}

/** Whether `at` follows a title in quotation marks (and its comma or full stop) and white space, or opens a line. */
function afterTitleOrAtLineStart(text: string, at: number): boolean {
  if (atLineStart(text, at)) return true;
  let i = at - 1;
  while (i >= 0 && isWhiteSpace(text[i])) i--;
  if (i === at - 1) return false;
  const closing = (c: string | undefined) => c === '"' || c === '”' || c === '’';
  return closing(text[i]) || (text[i] === '.' || text[i] === ',') && closing(text[i - 1]);
}
/**
 * A volume's number, perhaps an issue's, and a year in brackets; an issue's number alone after a comma, and the year; or
 * a volume and an issue in brackets (APA).
 */
const VOLUME = String.raw`(?:\s+\d{1,4}(?:,\s*no\.\s*\d+)?|,\s*no\.\s*\d+)\s+\((?:1[5-9]|20)\d\d\)|,?\s+\d{1,4}\(\d+\)`;
const VOLUME_AFTER = new RegExp(VOLUME, 'y');
/** The same after the other words of a title in another language, in small letters (`Voprosy istorii`, `Sotsiologicheskie issledovaniia`). */
const SMALL_WORDS_THEN_VOLUME = new RegExp(String.raw`(?:\s+[a-zß-ÿ][a-zA-Zß-ÿ'’-]*){1,3}(?:${VOLUME})`, 'y');

/** The start of an entry of works cited: an inverted name (particles first: `van der Pijl, Kees.`), or dashes. */
const ENTRY_LINE = /^[ \t]*(?:-{2,}|[—–]+|(?:\p{Ll}+ ){0,2}\p{Lu}[\p{L}'’-]*, )/u;
/** After a publisher: a year, then the entry's full stop or the comma of what follows; after a periodical, its volume. */
const ENTRY_SOURCE_AFTER = /,\s*(?:(?:1[5-9]|20)\d\d[.,]|(?:vol|no|nos)\.)/y;
/** The full stop that ends an entry, at the end of its line or before APA's original year (`Verso. (Original work published 1923)`). */
const ENTRY_END_AFTER = /\.[ \t]*(?:\r?\n|$|\(Original\s)/y;
/** The most lines of an entry of works cited that hang under its first. */
const MAX_HANGING_LINES = 6;
/** The year in brackets after an APA entry's authors: `Arendt, H. (1951).`. */
const APA_YEAR = /\((?:(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d\.)\)\./;

/**
 * `segments` of a block's `text` with the names joined by an ampersand before a year, and after no place of
 * publication, read as authors rather than a firm (`Laclau & Mouffe (1985)`, `(Adorno & Horkheimer, 1944)`; not
 * `London: Allison & Busby, 1980`): each name is a segment of its own.
 */
export function splitAuthorPairs(text: string, segments: Segment[]): Segment[] {
  if (!segments.some(isAmpersandFirm)) return segments;
  const out: Segment[] = [];
  segments.forEach((s, i) => {
    if (!isAmpersandFirm(s)) { out.push(s); return; }
    YEAR_NEXT.lastIndex = s.tokens[s.tokens.length - 1].end;
    const place = segments[i - 1];
    if (!YEAR_NEXT.test(text) || place && colonBetween(text, place.tokens[place.tokens.length - 1].end, s.tokens[0].start)) { out.push(s); return; }
    const at = s.tokens.findIndex((t) => t.ampersand);
    if (at < 1) { out.push(s); return; } // an ampersand that joins nothing before it splits nothing
    out.push(...classifyRun(s.tokens.slice(0, at)), ...classifyRun(s.tokens.slice(at)));
  });
  return out;
}

const isAmpersandFirm = (s: Segment) => s.kind === 'organization' && s.tokens.some((t) => t.ampersand);
/** ` (1985)`, ` 1985`, `, 1944` right after an author's name. */
const YEAR_NEXT = /,?\s*\(?(?:1[5-9]|20)\d\d\b/y;

/**
 * Whether the text from `from` to `to` is a colon between a place of publication and its publisher (`London: `, `Calif.: `),
 * the line maybe broken after it.
 */
function colonBetween(text: string, from: number, to: number): boolean {
  let i = from;
  if (text.charCodeAt(i) === 46) i++;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (text.charCodeAt(i) !== 58 || i >= to) return false;
  let lineBreaks = 0;
  for (i++; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lineBreaks++;
    else if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return lineBreaks < 2;
}

/**
 * Whether `run` is the abbreviation of a state of the United States after a place of publication and its comma, before
 * the colon of the publisher or the comma of the year (`Princeton, NJ:`, `Totowa, N.J.:`, `Cambridge, Mass., 1971`).
 */
export function isStateAfterPlace(text: string, run: Token[]): boolean {
  const start = run[0].start;
  if (codeAt(text, start - 1) !== 32 || codeAt(text, start - 2) !== 44 /* , */ || !/\p{L}/u.test(text.charAt(start - 3))) return false;
  let end = run[run.length - 1].end;
  const written = text.slice(start, end).replace(/\.$/u, '');
  if (!isUsStateAbbreviation(written)) return false;
  if (codeAt(text, end) === 46 /* . */) end++;
  return codeAt(text, end) === 58 /* : */ || STATE_BEFORE_YEAR.test(text.slice(end, end + 7));
}
const STATE_BEFORE_YEAR = /^,\s(?:1[5-9]|20)\d\d/u;

/**
 * Whether `run` (of `tokens`, a block's words), two words or more, names the publisher after a place of publication and
 * before a year (`Paris: Présence Africaine, 1956`), whatever its words: after the colon that follows a place, a word
 * the block's `classified` segments read as one, or a known place they leave to the document. (A lone word there is
 * left to the document, which weighs this with its other occurrences.)
 */
export function isPublisherAfterPlace(text: string, tokens: Token[], run: Token[], classified: readonly Segment[]): boolean {
  const [first] = run;
  const place = tokens[first.index - 1];
  const segment = classified[classified.length - 1];
  if (run.length < 2 || !place?.capitalized || !segment || segment.tokens[segment.tokens.length - 1] !== place ||
    segment.kind !== 'place' && !(segment.kind === null && isKnownPlace(place)) || !colonBetween(text, place.end, first.start)) return false;
  PUBLICATION_AFTER.lastIndex = run[run.length - 1].end;
  return PUBLICATION_AFTER.test(text);
}

/**
 * The tokens of a publisher named by its founders, a comma after the first (`Doubleday, Page & Company`, `Farrar, Straus
 * and Giroux`), of which `run` is the part after the comma: the first founder right after the place's colon, `run` joined
 * by `&` or `and`, then the publication's year or the entry's end. Null for other runs.
 */
export function firmAfterPlace(text: string, tokens: Token[], run: Token[]): Token[] | null {
  // The comma first: most runs follow none.
  if (run.length < 2 || codeAt(text, run[0].start - 2) !== 44 /* , */) return null;
  const founder = tokens[run[0].index - 1];
  if (!founder?.capitalized || founder.end !== run[0].start - 2 || !run.some((t) => t.ampersand || t.text === 'and') ||
    !/:\s$/.test(text.slice(founder.gapStart, founder.start))) return null;
  PUBLICATION_AFTER.lastIndex = run[run.length - 1].end;
  return PUBLICATION_AFTER.test(text) ? [founder, ...run] : null;
}

/**
 * Whether `run`, two words or more, is where a work was published (`(Ann Arbor: Kessel Press, 1961)`, an author-date
 * entry's `Ann Arbor: Kessel Press.`, `(Ann Arbor, 1967)`): a known place (or a saint's town) before a colon, a
 * capitalized word and a year or the entry's end, or alone in brackets with the year, whatever its words suggest.
 */
export function isPlaceOfPublication(text: string, run: Token[]): boolean {
  const last = run[run.length - 1];
  const after = codeAt(text, last.end);
  if (run.length < 2 || after !== 58 /* : */ && after !== 44 /* , */ || !isPlace(nameOf(run)) && !SAINTS.has(run[0].lower)) return false;
  if (after === 44) {
    YEAR_IN_BRACKETS_AFTER.lastIndex = last.end;
    return codeAt(text, run[0].start - 1) === 40 /* ( */ && YEAR_IN_BRACKETS_AFTER.test(text);
  }
  PUBLISHED_AT.lastIndex = last.end;
  PUBLISHED_AT_ENTRY_END.lastIndex = last.end;
  return PUBLISHED_AT.test(text) || PUBLISHED_AT_ENTRY_END.test(text);
}
/** `, 1967)` after a place of publication in brackets. */
const YEAR_IN_BRACKETS_AFTER = /,\s*(?:1[5-9]|20)\d\d\s*\)/y;

/** The words of a block and the clues it gives about its lone words. */
export interface BlockWords {
  words: Words;
  clues: LoneWordClues;
}

/** A segment and its offsets in the document (its tokens' own offsets are relative to their block). */
export type PlacedSegment = Segment & Span;

/**
 * The names of the document's `segments` (in the order of `blocks`, whose words and clues they come from),
 * the lone words given their kind by the whole document, which names people by the surnames of its segments and of the
 * authors its references open with (`citedSurnames`).
 */
export function resolveLoneWords(blocks: readonly BlockWords[], segments: PlacedSegment[], citedSurnames: ReadonlySet<string> = new Set()): NameSpan[] {
  // Surnames the document gives with a given name, initials or a title (spelling variants join them), and
  // those given names themselves (`Zhores`, after `Zhores Medvedev`).
  // Surnames that are common words (`Smith`, `Conquest`) count only where the document capitalizes them
  // inside a sentence.
  // So are the surnames of the authors that references open with (`Kansu 1997`).
  const surnames = new Set<string>(Array.from(citedSurnames, spellingKey));
  const commonSurnames = new Set<string>();
  const givenNames = new Set<string>();
  for (const s of segments) {
    if (s.kind !== 'person') continue;
    const last = surnameAt(s.tokens);
    for (let i = 0; i <= last; i++) {
      const t = s.tokens[i];
      if (t.initial || !t.capitalized) continue;
      const surname = i === last;
      // `France` of `Pierre Mendès France` names no one alone: the last two words are the surname (see `withCompoundSurnames` in reread.ts).
      if (surname && i > 0 && isSecondOfTwoSurnames(s.tokens[i - 1], t)) continue;
      if (!isCommonToken(t)) (surname ? surnames : givenNames).add(spellingKey(t.text));
      else if (surname) commonSurnames.add(t.lower);
      // An East Asian family name names the person alone, common word or not (`Ho`, after `Ho Chi Minh`).
      else if (i === 0 && (inLexicon(t, VIETNAMESE_FAMILY_NAME) || inLexicon(t, EAST_ASIAN_FAMILY_NAME))) givenNames.add(spellingKey(t.text));
    }
  }
  // The initials of the people named with given names (`fdr`, of `Franklin D. Roosevelt`), asked for by acronyms only.
  let initials: Set<string> | undefined;
  const personInitials = () => {
    if (initials) return initials;
    initials = new Set<string>();
    for (const s of segments) {
      if (s.kind !== 'person' || s.tokens.length < 2) continue;
      const given: string[] = []; // pushed, not mapped: see arrays.ts
      for (const t of s.tokens) if (t.capitalized) given.push(t.text);
      const surname = given.pop() as string;
      initials.add(initialsOf(given, surname));
    }
    return initials;
  };
  const byInitial = new Map<string, string[]>();
  for (const k of surnames) byInitial.set(k[0], [...byInitial.get(k[0]) ?? [], k]);
  const isKnownPerson = (word: string) => {
    const key = spellingKey(word);
    if (surnames.has(key) || givenNames.has(key)) return true;
    // A common word, a known place or a people's adjective is no variant spelling of a surname (`Treaty`, after `Treacy`;
    // `France`, after `Frankel`; `Bolivian`, after `Ballivián`).
    for (const surname of byInitial.get(key[0]) ?? []) if (sameSpelling(surname, key)) return !isCommonWord(word) && !isPlace(word) && !isNationality(word);
    return false;
  };

  // The blocks' evidence summed into evidence of the document's own: the blocks' stays as it is, for the next version of the document.
  const evidence = new Map<string, Evidence>();
  for (const { clues } of blocks) {
    for (const [word, e] of clues.evidence) {
      let sum = evidence.get(word);
      if (!sum) evidence.set(word, sum = noEvidence(e.derived));
      sum.person += e.person; sum.organization += e.organization; sum.place += e.place; sum.count += e.count;
      sum.inSentence += e.inSentence; sum.alias ||= e.alias; sum.placeApposition ||= e.placeApposition; sum.opCit += e.opCit; sum.cited += e.cited; sum.befallen += e.befallen; sum.noBody += e.noBody; sum.publisher += e.publisher; sum.opensForeignPhrase += e.opensForeignPhrase;
      sum.workOfName += e.workOfName; sum.ship += e.ship;
    }
  }
  for (const { clues } of blocks) {
    for (const [word, count] of clues.modifiers) {
      const e = evidence.get(word);
      if (e) e.modifier += count;
    }
    for (const [word, count] of clues.meetings) {
      const e = evidence.get(word);
      if (e) e.meeting += count;
    }
  }
  // Of the lone words, those the document also writes in small letters, and the plurals and singulars of
  // them that it capitalizes.
  const smallWords = mapped(blocks, (b) => b.words.smallWords);
  const inSmallLetters = writtenInSmallLetters(new Set(Array.from(evidence.keys(), (word) => factsOf(word).lower)), smallWords);
  const otherNumbers = new Set<string>();
  for (const word of evidence.keys()) {
    otherNumbers.add(`${word}s`);
    if (word.endsWith('s')) otherNumbers.add(word.slice(0, -1));
  }
  const capitalized = new Set<string>();
  for (const { words } of blocks) for (const t of words.tokens) if (t.capitalized && otherNumbers.has(t.name)) capitalized.add(t.name);

  const kinds = new Map<string, EntityKind | null>();
  /** The words read as people only for want of any other reading. */
  const guessed = new Set<string>();
  for (const [word, e] of evidence) kinds.set(word, decide(word, e));
  const forms: string[] = [];
  const firms = new Set<number>();
  const nounsBeforeOf = new Set<number>();
  const listedWith = new Map<string, string[]>();
  for (const { clues } of blocks) {
    for (const k of clues.firms) firms.add(forms.length + k);
    for (const k of clues.nounsBeforeOf) nounsBeforeOf.add(forms.length + k);
    for (const [a, b] of clues.listed) {
      const [first, second] = [clues.forms[a], clues.forms[b]];
      listedWith.set(first, [...listedWith.get(first) ?? [], second]);
      listedWith.set(second, [...listedWith.get(second) ?? [], first]);
    }
    for (const form of clues.forms) forms.push(form);
  }
  // A word read as a person for want of another reading, listed with a place, is a place too (`the districts of Csepel and
  // Újpest`, `the factories of Csepel, Újpest and Angyalföld`): what it learns passes down the list. Not from a word read as
  // a place for its ending `-burg` alone, which German surnames have too (`between Hindenburg and Hitler`, `Luxemburg`).
  const listedPlaces = new Set<string>();
  const isListedPlace = (word: string) => kinds.get(word) === 'place' &&
    (!word.endsWith('burg') || factsOf(word).place || (evidence.get(word)?.place ?? 0) > 0 || listedPlaces.has(word));
  for (let changed = true; changed;) {
    changed = false;
    for (const word of guessed) {
      if (!listedWith.get(word)?.some(isListedPlace)) continue;
      kinds.set(word, 'place');
      listedPlaces.add(word);
      guessed.delete(word);
      changed = true;
    }
  }
  const isPerson = (word: string) => isKnownPerson(word) || kinds.get(word) === 'person';
  const bodies = bodyNames(segments);
  // `Marie Antoinette`, then `Marie-Antoinette`: one person's names with a hyphen are that person, not two people; so is a
  // surname of two joined by a hyphen, which the text gives with a given name (`Margarete Buber-Neumann`, then `Buber-Neumann`).
  const personNames = new Set<string>();
  for (const s of segments) {
    if (s.kind !== 'person' || s.tokens.length < 2) continue;
    if (s.tokens.length === 2) personNames.add(nameOf(s.tokens));
    personNames.add(s.tokens[s.tokens.length - 1].name);
  }
  let lone = 0;
  const spans: NameSpan[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (s.kind !== null) {
      const kind = s.kind === 'person' && bodies.size > 0 && isBodyName(s.tokens, bodies) ? 'organization' : s.kind;
      spans.push({ kind, tokens: s.tokens, start: s.start, end: s.end });
      continue;
    }
    if (firms.has(lone)) {
      // The firm's second word follows its first right after `and` or the comma: it is the next segment.
      const partner = segments[++i];
      spans.push({ kind: 'organization', tokens: [...s.tokens, ...partner.tokens], start: s.start, end: partner.end });
      lone += 2;
      continue;
    }
    const form = forms[lone++];
    const pair = peoplePair(s, form, isPerson, personNames);
    if (pair) { spans.push(...pair); continue; }
    const kind = kinds.get(form);
    if (kind === 'person' && nounsBeforeOf.has(lone - 1)) continue;
    if (kind) spans.push({ kind, tokens: s.tokens, start: s.start, end: s.end });
  }
  return spans;

  function decide(word: string, e: Evidence): EntityKind | null {
    const form = factsOf(word);
    const { lower } = form;
    // A title is no name, unless the document names a person in full by it and never writes it after `the` (`King`, after `Martin Luther King`).
    if (form.never || form.title && !(commonSurnames.has(lower) && e.organization === 0)) return null;
    // An adjective made of a surname of the document and `-an` (`Kautskyan`, after `Kautsky`) names no one.
    if (word.endsWith('an') && surnames.has(spellingKey(word.slice(0, -2)))) return null;
    // `the Trotskys`, `the Alliluyevs`: a family, after `the` only, by the plural of a surname the text names; no one of them.
    if (e.person === 0 && e.organization === e.count && word.endsWith('s') && capitalized.has(word.slice(0, -1)) && surnames.has(spellingKey(word.slice(0, -1)))) return null;
    // A surname that is also a known place (`France`, after `Anatole France`) is the place where the text says so.
    if (isKnownPerson(word) && !(form.place && e.place > e.person)) return 'person';
    // A word only ever after a ship's noun names the ship (`the battleship Potemkin`, `the yacht Granma`), whatever else it names.
    if (e.ship === e.count) return null;
    // A word that only opens quotations or titles in other languages is a word of them (`« Liberté`, `Desiatyi s"ezd`).
    if (e.opensForeignPhrase === e.count) return null;
    // A word that ends like one derived from a name is none, but for a common noun that names one body (`the Guardian`).
    if (e.derived && !form.namedBy) return null;
    // `Solidarność`, `Wolność`: a Polish abstract noun, no surname, names a movement or a paper.
    // A publisher cited like an author too (`Kessel and Vantor, 1990`, after `London: Vantor, 1990`) is still the firm.
    // A known place after a title's colon is the title's (`*The February Revolution: Petrograd, 1917*`), no publisher.
    if (e.alias || e.publisher > 0 && e.person <= e.publisher && !form.place || form.polishAbstract) return 'organization';
    if (e.placeApposition && e.person === 0) return 'place';
    if (form.acronym && word.length > 2 && personInitials().has(lower)) return 'person';
    if (form.acronym) return form.place ? 'place' : form.common || e.noBody === e.count ? null : 'organization';
    // A known place's name that the text cites as an author (`Paterson (1994) argues`), or whose murder or widow it tells of
    // (`the murder of Kirov`), and never writes as a place.
    if (form.place && (e.cited > 0 || e.befallen > 0) && e.place === 0) return 'person';
    // A known place that is also a common word (`China`, `Turkey`) when the document capitalizes it mid-sentence.
    if (form.place && e.inSentence > 0 && !inSmallLetters.has(lower)) return 'place';
    // A common word the text capitalizes inside sentences and cites or possesses like a person (`Hobsbawm & Ranger (1983)`).
    // The surname of a person the text names in full: capitalized inside a sentence, though the text writes the word in
    // small letters too, if it never reads as a body (`Service argues … the civil service`) or is cited there (`(Young
    // 2001, 168)`); before `op. cit.` or possessing like a person at a sentence's start (`Snow, op. cit.`, `Fast's farewell`), if
    // never in small letters.
    const smallToo = inSmallLetters.has(lower);
    if (e.person > 0 && e.place === 0 && e.organization === 0 && e.inSentence > 0 && !smallToo && !ABSTRACT_NOUN.test(lower) ||
      commonSurnames.has(lower) && (e.inSentence > 0 && (!smallToo || e.organization === 0 || e.person > 0) || (e.opCit > 0 || e.person > 0 && e.place === 0 && e.organization === 0) && !smallToo)) return 'person';
    // `the Convention`, `Congress voted`, `the Republic`: a body or a place, capitalized inside sentences and never written in small letters.
    if (form.namedBy && e.inSentence > 0 && e.meeting === 0 && !inSmallLetters.has(lower)) return form.namedBy;
    if (form.common || inSmallLetters.has(lower) || e.modifier > 0 && e.person === 0 && e.place === 0) return null;
    // A word that only begins sentences and ends like an English word is that word (`Capitulation`); a learned noun
    // (`Historiography`, `Demography`, `Ideology`, `Autonomy`, `Revoliutsiia`) is one wherever it stands.
    if (e.inSentence === 0 && form.englishEnding || LEARNED_NOUN.test(lower)) return null;
    if (capitalized.has(`${word}s`) || word.endsWith('s') && capitalized.has(word.slice(0, -1))) return null;
    if (form.place) return 'place';
    if (form.ofPlace) return null;
    if (e.person > 0) return 'person';
    if (e.organization * 3 >= e.count) return 'organization';
    if (e.place * 3 >= e.count) return 'place';
    // An unknown word that ends like a place and that the text never treats as a person (`after Sharpeville`); not
    // `-ia`, an ending of surnames too (`Beria`).
    if (form.placeEnding && e.person === 0) return 'place';
    // An unknown word only ever after a person's name in the possessive names a work of theirs (`Neumann's Behemoth`).
    if (e.workOfName === e.count) return null;
    if (e.cited === 0 && e.opCit === 0) guessed.add(word);
    return 'person';
  }
}

/** What `decide` asks of a lone word's form whatever the document. */
interface FormFacts {
  lower: string;
  /** A title or a title's plural (`General`, `Generals`). */
  title: boolean;
  /**
   * No name in any document: one letter, a word of the apparatus, an article or a pronoun of another language, men of a trade, a form
   * that joins nations, a roman number, a calendar word, a contraction, an adjective of direction.
   */
  never: boolean;
  place: boolean;
  common: boolean;
  acronym: boolean;
  polishAbstract: boolean;
  englishEnding: boolean;
  /** The adjective of a known place, its plural, or the place's people (`Kenyan`, `Kenyans`, `Berliners`). */
  ofPlace: boolean;
  /** Ends like a place's name, not in `-ia` (`Sharpeville`, not `Beria`). */
  placeEnding: boolean;
  /** What the word names alone, capitalized, if it is a common noun that names one body or place (`Convention`, `Republic`). */
  namedBy: 'organization' | 'place' | undefined;
}

/** The facts of the forms decided so far (documents decide the same words again and again), up to a bound. */
const knownForms = new Map<string, FormFacts>();

function factsOf(word: string): FormFacts {
  let form = knownForms.get(word);
  if (form === undefined) {
    if (knownForms.size > 50000) knownForms.clear();
    const lower = word.toLowerCase();
    form = {
      lower,
      title: TITLES.has(lower.endsWith('s') ? lower.slice(0, -1) : lower),
      never: word.length < 2 || APPARATUS.has(lower) || WORDS_OF_OTHER_LANGUAGES.has(lower) || MEN_OF.test(lower) || COMBINING_FORMS.has(lower) || ROMAN.test(word) || isCalendarWord(lower) || CONTRACTION.test(word) || COMPASS_ADJECTIVES.has(lower) || lower === 'let' || SUFFIXES.has(word),
      place: isPlace(word),
      common: isCommonWord(word) || isPrefixedEnglishWord(lower),
      acronym: isAcronym(word),
      polishAbstract: POLISH_ABSTRACT.test(lower),
      englishEnding: ENGLISH_ENDING.test(lower),
      ofPlace: isPlaceAdjective(word) || word.endsWith('s') && isPlaceAdjective(word.slice(0, -1)) || isPlacePeople(word),
      placeEnding: PLACE_ENDING.test(lower) && !lower.endsWith('ia'),
      namedBy: NAMING_NOUNS.get(lower),
    };
    knownForms.set(detached(word), form);
  }
  return form;
}

/** The endings of learned nouns, which no surname has, and of Russian nouns transliterated (`Reabilitatsiia`, `Terrorizm`). */
const LEARNED_NOUN = /.{3}(?:graphy|ology|sophy|nomy|archy|tsiia|tsiya|izm)$/;
/** `Solidarity`, `Liberation`, `Brotherhood`: an abstract noun names a movement when capitalized, no surname (`Solidarity's veterans`). */
const ABSTRACT_NOUN = /.{3}(?:ity|ness|ism|tion|sion|hood|ship)$/;
const POLISH_ABSTRACT = /(?:ość|[nrwł]o[sś][cć])$/;

/**
 * An English word made of a prefix and a common word of six letters or more with an English ending (`Reassessment`,
 * `Reinterpretation`, `Nonintervention`), which the lexicon of common words may lack.
 */
function isPrefixedEnglishWord(lower: string): boolean {
  const prefix = ENGLISH_PREFIX.exec(lower);
  if (prefix === null || !ENGLISH_ENDING.test(lower)) return false;
  // A short rest is no word made so (`Dering`, `Renning`).
  const rest = lower.slice(prefix[0].length).replace(/^-/, '');
  return rest.length >= 6 && isCommonWord(rest);
}
/** Longest first, so that `under` is tried before `un`. */
const ENGLISH_PREFIX = /^(?:counter|pseudo|under|inter|proto|ultra|super|anti|over|post|semi|non|pre|mis|dis|sub|neo|re|un|de)/;

/** The word or number before `t` in the `text` of its block, up to white space (`17th` in `the 17th Congress`, `Party` in `Party Congress`). */
function wordBeforeOf(text: string, t: Token): string {
  let end = t.start;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && !/\s/.test(text[start - 1])) start--;
  return text.slice(start, end);
}

/** The words before the head of the organizations' names among `segments` (`Kessan Fain` of `Kessan Fain Party`), two or more. */
function bodyNames(segments: readonly Segment[]): Set<string> {
  const names = new Set<string>();
  for (const { kind, tokens } of segments) {
    if (kind === 'organization' && tokens.length > 2 && isOrganizationHead(tokens[tokens.length - 1]) && mayNameBody(tokens)) names.add(nameOf(tokens.slice(0, -1)));
  }
  return names;
}
/**
 * `Kessan Fain won the seats`, after `the Kessan Fain Party`: words that name no person by a given name or initials, which the
 * document writes before the head of a body's name, name that body.
 */
const isBodyName = (tokens: readonly Token[], bodies: ReadonlySet<string>) => tokens.length > 1 && mayNameBody(tokens) && bodies.has(nameOf(tokens));
/** Words that begin with no given name, no initial and no connector: they may name a body rather than a person. */
const mayNameBody = (tokens: readonly Token[]) => tokens[0].capitalized && !tokens[0].initial && !isGivenName(tokens[0]);

/** `Western readers`, `Southern nobles`: alone, an adjective of direction names no place (`Western Europe` does). */
const COMPASS_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
/**
 * `wrote for Avanti! before the war`, `editor of Avanti!, had`: an exclamation mark that ends no sentence (a comma or
 * a word in small letters follows) is part of a title (not `with the aid of Hitler! But`).
 */
function titleMark(text: string, at: number): boolean {
  if (codeAt(text, at) !== 33 /* ! */) return false;
  const next = codeAt(text, at + 1);
  if (next === 44 || next === 59 /* , ; */) return true;
  const after = codeAt(text, at + 2);
  return next === 32 && after >= 97 && after <= 122;
}
/** `Berliners`, `Londoners`: the people of a known place; `Frenchwomen`, of a nation. */
const isPlacePeople = (word: string) => word.endsWith('ers') && isPlace(word.slice(0, -3)) || NATIONALITY_COMPOUND.test(word);
/** `African`, `Kenyan`, `European`: the adjective of a known place (`Africa`, `Kenya`, `Europe`); its plural is its people. */
const isPlaceAdjective = (word: string) => word.endsWith('n') && (isPlace(word.slice(0, -1)) || word.endsWith('an') && isPlace(`${word.slice(0, -2)}e`));
/** `Don't`, `We'll`; and `Let's`, whose `'s` is `us`, no possessive (tested as `let`). */
const CONTRACTION = /['’](?:t|ll|re|ve|d|m)$/;
/**
 * Whether `t` opens a quotation in French or Spanish, a Spanish question or exclamation (`« Liberté`, `¿Dónde`), or a
 * title in another language, a word of it in small letters after (`Kronshtadtskaia tragediia`, `Desiatyi s"ezd`,
 * `Dokumenty v dvukh knigakh`).
 */
function opensForeignPhrase(text: string, t: Token): boolean {
  let c = codeAt(text, t.start - 1);
  if (c === 32 || c === 0xA0 || c === 0x202F) c = codeAt(text, t.start - 2);
  if (isForeignOpening(c)) return true;
  if (codeAt(text, t.end) !== 32 || t.possessive) return false;
  WORD_AFTER.lastIndex = t.end;
  const next = WORD_AFTER.exec(text)?.[1];
  if (next === undefined) return false;
  if (next.length === 1) return SLAVIC_PREPOSITIONS.has(next);
  return !ENGLISH_FORM.test(next) && !PARTICLES.has(next) && !CONJUNCTIONS.has(next) && !FOREIGN_CONNECTORS.has(next) && !isCommonWord(next);
}
/** The next word in small letters, with the hard and soft signs of transliterated Russian (`s"ezd`, `Rus'`). */
const WORD_AFTER = / (\p{Ll}[\p{Ll}"'’]*)(?=[\s,.;:)]|$)/uy;
/** English inflections the lexicon of common words may lack (`lambasted`, `opining`, `curtly`, `begets`). */
const ENGLISH_FORM = /(?:ed|ing|ly|s)$/;
/** `v`, `o`, `s`, `k`, `w`, `z`: prepositions of Slavic languages, words of their own. */
const SLAVIC_PREPOSITIONS = new Set(['v', 'o', 's', 'k', 'w', 'z']);
/** `et`, `und`, `i`: conjunctions that join names (`Marx und Engels`, `Getty et al.`), which they do not open. */
const CONJUNCTIONS = new Set(['et', 'und', 'e', 'i', 'u', 've', 'og', 'och', 'en', 'al']);
/** `London: Penguin, 1970`, `Stanford, Calif.: Stanford University Press, 1967`: a place of publication. */
const PUBLISHED_AT = /(?:,\s*\p{Lu}[\p{L}.]*)?\.?\s*:\s*\p{Lu}[^\n:]{0,60}?\b(?:1[5-9]|20)\d\d\b/uy;
/**
 * `Oxford: Blackwell.` at the end of an author-date entry, whose year came before: a known place, then a publisher up to
 * the entry's full stop (an unknown word before a colon may begin a title: `Kessel: A Life.`).
 */
const PUBLISHED_AT_ENTRY_END = /:\s*\p{Lu}[^\n:]{0,60}?\.(?:[ \t]+(?:pp?\.[ \t]*\d|ISBN)[^\n]*)?[ \t]*(?:\r?\n|$)/uy;
/** A dash and a name after the word: the first of two names of a pact or a meeting (`the Molotov–Ribbentrop Pact`), no body's. */
const DASHED_NAME_AFTER = /[-–—]\p{Lu}/uy;
const MONTH_NAME = MONTH_NAMES.join('|');
/** A day's date after a word that opens a sentence or a note: the issue of a newspaper (`Hoy, 17 April 1961.`, `Pravda, March 5, 1953`). */
const DATED_ISSUE_AFTER = new RegExp(`,\\s+(?:\\d{1,2}\\s+(?:${MONTH_NAME})|(?:${MONTH_NAME})\\s+\\d{1,2},?)\\s+(?:1[5-9]|20)\\d\\d\\b`, 'y');
/** `New York: Praeger, 1969`: after the place of publication, the publisher. */
const PUBLISHER_BEFORE = /^\s*:\s*$/;
/** What joins two founders' names in a firm's (`Little, Brown`, `Gallimard/Julliard`); `and` is a word of its own. */
const FIRM_JOINS = new Set([', ', '/']);
/**
 * The rest of a publisher's line: a year, or nothing but a full stop, or the page or the ISBN that a web encyclopedia's
 * reference gives after it (`London: Macmillan. p. 278.`), or a remark in brackets (`Paris: Gallimard. (English translation: …)`).
 */
const PUBLISHER_AFTER = /[^\n]{0,60}?\b(?:1[5-9]|20)\d\d\b|\.?[ \t]*(?:\n|$)|\.[ \t]+(?:pp?\.[ \t]*\d|ISBN|\()/y;
/**
 * What follows a publisher's name: the year (`London: Lawrence and Wishart, 1971`), or the full stop that ends an entry
 * of a list of references (`London: Allen Lane.`: APA's entries give the year after the authors).
 */
const PUBLICATION_AFTER = /,\s*(?:1[5-9]|20)\d\d\b|\.[ \t]*(?:\r?\n|$)|\.[ \t]+(?:pp?\.[ \t]*\d|ISBN)/y;
/** `, a market town in`, `, the capital of`: an apposition that says the word before it names a place. */
/** A body's noun in apposition after a word: `Memorial, the society founded in Moscow`, `Kessel, a publisher of pamphlets`. */
const BODY_APPOSITION = /,\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:society|organization|organisation|association|movement|foundation|institute|publisher|newspaper|agency|firm)\b/uy;
const PLACE_APPOSITION = /,\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:town|city|village|hamlet|port|province|region|district|county|island|capital|settlement|suburb)\b/uy;
/** `governor of Coahuila`, `mayor of Kessel`: offices held over a place. */
const OFFICES_OF_PLACES = new Set(['governor', 'mayor', 'viceroy']);
/** `an Armenian from Gori`, `peasants from Kessovo`: people, or a people, from a place. */
const isFromPlace = (word: string) => PEOPLE_FROM.has(word) || word !== '' && isNationality(word[0].toUpperCase() + word.slice(1));
const PEOPLE_FROM = new Set(['native', 'natives', 'peasant', 'peasants', 'worker', 'workers', 'delegate', 'delegates', 'deputy', 'deputies', 'refugee',
  'refugees', 'emigrant', 'emigrants', 'immigrant', 'immigrants', 'émigré', 'émigrés', 'family', 'families', 'student', 'students', 'soldiers', 'sailors',
  'serf', 'serfs', 'villagers', 'merchants', 'traders', 'migrants', 'exiles', 'settlers', 'nobles', 'miners', 'boys', 'girls', 'man', 'men', 'woman', 'women']);
/** What befalls a person, and their kin: the word after these and `of` names a person (`the murder of Kirov`, `the widow of Bukharin`). */
const PERSON_NOUNS_BEFORE_OF = new Set(['murder', 'assassination', 'execution', 'arrest', 'funeral', 'widow', 'widower', 'wife', 'husband',
  'biographer', 'biography', 'assassin', 'murderer']);
/** `Lemberg (now Lviv)`, `Kessia (formerly Vantor)`: a place's other name, before or after it was renamed. */
const RENAMED = new Set(['now', 'today', 'formerly', 'later', 'modern', 'present-day']);
const RENAMED_BEFORE = new RegExp(`\\((?:${[...RENAMED].join('|')})\\s+$`);
/** Nouns of ships, before their names (`the battleship Potemkin`, `the cruiser Aurora`). */
const SHIPS = new Set(['ship', 'battleship', 'cruiser', 'destroyer', 'frigate', 'warship', 'gunboat', 'steamer', 'steamship', 'liner', 'yacht', 'schooner', 'submarine', 'freighter']);
/** `a deputy for Artois`, `the member for Limehouse`: who sits for a place. */
const REPRESENTATIVES = new Set(['deputy', 'deputies', 'member', 'members', 'representative', 'representatives', 'senator']);
/** `Battle of Borodino`, `Treaty of Brest`, `Siege of Leningrad`, `the storming of Perekop`: events at the place of `of`. */
const EVENTS_AT = new Set(['battle', 'treaty', 'siege', 'storming', 'bombardment', 'peace', 'sack', 'kingdom', 'duchy', 'principality', 'bay', 'gulf', 'isle', 'straits']);
/**
 * A common noun of places after the name; only there, `front` (`the Aragon front`, but `in front of Lenin`) and the
 * events and meetings named after where they happened (`the Canton uprising`, `the Lena massacre`, `the Jena congress`).
 */
const PLACE_NOUN = new RegExp(`\\s+(?:${[...PLACE_NOUNS, 'front', 'uprising', 'rising', 'insurrection', 'massacre', 'pogrom', 'mutiny', 'congress', 'conference', 'summit'].join('|')})\\b`, 'y');
/** `was founded`, `was banned`: what is said of a body (`Pemex was founded in 1938`). */
const FOUNDED_AFTER = /\s(?:was|were)\s(?:founded|established|dissolved|disbanded|banned|outlawed|formed|incorporated|nationali[sz]ed|liquidated)\b/y;
/**
 * Nouns in small letters of a time, a rule, a work or an idea named after a ruler, a person or a place (`the Stalin era`,
 * `the Bush administration`, `the Kamenev record`, `the Kondratiev cycle`), or after two (`the Gorbachev and Yeltsin years`).
 */
const RULE_AFTER = /(?:\s+(?:and|or)\s+\p{Lu}[\p{L}'’-]+)?\s+(?:era|years|period|regime|government|administration|dictatorship|cult|terror|purges|reforms|leadership|faction|legacy|record|cycle|alternative|line|thesis|theses|theory|doctrine|plan|memorandum|testament|affair|case|trial|school|circle)\b/uy;
/** Whether a word in small letters that is no function word follows `at` (the noun a name before it qualifies). */
function beforeNoun(text: string, at: number): boolean {
  NEXT_SMALL_WORD.lastIndex = at;
  const next = NEXT_SMALL_WORD.exec(text);
  return next !== null && !isFunctionWord(next[1]);
}
const NEXT_SMALL_WORD = /[ \t]+(\p{Ll}+)/uy;
/** Prepositions of movement and position before a place (`to Siberia`, `from Turkestan`). */
const MOVEMENT = new Set(['in', 'to', 'from', 'of', 'into', 'across', 'throughout', 'at', 'near', 'through']);


/**
 * `Stalin-Bukharin`, `Weber-Habermas`: two people the document names elsewhere, joined by a hyphen (`lone`: one word,
 * which the document writes `form`); not the given name and surname of one, nor one's surname (`personNames`).
 */
function peoplePair(lone: PlacedSegment, form: string, isPerson: (word: string) => boolean, personNames: ReadonlySet<string>): NameSpan[] | null {
  // The form has the word's hyphens: most words have none, and their token need not be read.
  if (!form.includes('-') && !form.includes('‐')) return null;
  const [token] = lone.tokens;
  const parts = token.name.split(/[-‐]/);
  if (parts.length !== 2 || !parts.every((p) => /^\p{Lu}/u.test(p) && isPerson(p)) || personNames.has(`${parts[0]} ${parts[1]}`) || personNames.has(token.name)) return null;
  const split = token.start + parts[0].length;
  const first = changedToken(token, { end: split, text: token.text.slice(0, parts[0].length), name: parts[0], lower: parts[0].toLowerCase(), possessive: false });
  const second = changedToken(token, {
    start: split + 1, text: token.text.slice(parts[0].length + 1), name: parts[1], lower: parts[1].toLowerCase(), gapStart: split, joins: false, ampersand: false, previous: '',
    sentenceStart: false,
  });
  const at = lone.start + parts[0].length;
  return [
    { kind: 'person', tokens: [first], start: lone.start, end: at },
    { kind: 'person', tokens: [second], start: at + 1, end: lone.end },
  ];
}

/** A roman number up to 39, as sections are numbered (not `MILL`, `LI`). */
const SECTION_NUMBER = /^X{0,3}(?:IX|IV|V?I{1,3}|V)$/;

/** Capitals (`CPSU`), with a small letter or two among them as some parties write theirs (`SDKPiL`, `KPdSU`). */
const isAcronym = (word: string) => /^\p{Lu}+$/u.test(word) || MIXED_ACRONYM.test(word);
const MIXED_ACRONYM = /^(?=(?:\P{Lu}*\p{Lu}){3})(?:\p{Lu}+\p{Ll}){1,2}\p{Lu}+$/u;

/**
 * The word as the document's name for it: capitals in running text are an acronym (`CPSU`, `GPU`);
 * a long word in capitals, or any word of a line in capitals, is a name in capitals (`TROTSKY`).
 */
function formOf(text: string, token: Token): string {
  if (!token.allCaps || token.text.length > 6) return token.name;
  // A section's number stays a number (`III.`, not `Iii`).
  if (SECTION_NUMBER.test(token.text)) return token.text;
  const lineStart = text.lastIndexOf('\n', token.start) + 1;
  const lineEnd = text.indexOf('\n', token.end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  return /\p{Ll}/u.test(line) ? token.text : token.name;
}
