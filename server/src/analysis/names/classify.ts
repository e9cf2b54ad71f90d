// What a run of capitalized words names: an organization (it has a head noun: `Central Committee`),
// a place (a known place, `Eastern Europe`, `Ural Mountains`), a person (a given name, initials or a
// title before the surname: `Leon Trotsky`, `V. I. Lenin`, `President Ford`), nothing (`Stalin Prize`,
// `Stalinism`, `Russian`), or, for a lone word (`Bukharin`), a question the whole document answers.
import type { EntityKind } from '../types';
import { joined } from '../arrays';
import { MONTH_NAMES } from '../dates/lexicon';
import { isRepublicanMonth } from '../dates/republican';
import type { Token } from './tokens';
import { isRegnalNumber } from './spelling';
import {
  ARTICLE, COMMON, COMPASS_WORD, CONNECTORS, DEMONYM, DERIVED, EAST_ASIAN_FAMILY_NAME, FUNCTION_WORD, NAMING_NOUNS, NATIONALITY_COMPOUND, NOUNS_OF_PLACES, ORGANIZATION_HEAD, PARTICLES, PLACE,
  PLACE_ENDING, PLACE_HEAD, PLACE_HEAD_FIRST, RUSSIAN_ADJECTIVE_ENDING, SURNAME_PARTICLES, TITLE, TITLES, VIETNAMESE_FAMILY_NAME, inLexicon, isCalendarWord, isCommonToken, isFamilyNameFirst, isGivenName, isPlace,
} from './lexicon';

/** A name found in one run, before the document decides about lone words. */
export interface Segment {
  /** null: a lone word whose kind the document decides (see resolve.ts). */
  kind: EntityKind | null;
  tokens: Token[];
}

const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty)?-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth)$/i;
/** Words before a month that make it a date (`in May`, `early June`). */
/** Words before a name that make it a place (`at Dien Bien Phu`, `near Los Alamos`); not `in`, before sources (`in Le Monde`). */
const PLACE_PREPOSITIONS = new Set(['at', 'near']);
/**
 * Nouns of streets, squares and quarters that French, Spanish, Italian and Russian write in small letters before the name
 * (`rue Lepic`, `boulevard Voltaire`, `faubourg Saint-Antoine`, `ulitsa Gorkogo`): the name after one names the place, not
 * the person.
 */
export const STREET_NOUNS = new Set(['rue', 'boulevard', 'avenue', 'quai', 'impasse', 'faubourg', 'calle', 'avenida', 'paseo', 'plaza', 'piazza', 'viale', 'rua', 'ulitsa', 'prospekt', 'naberezhnaya']);
/** The small words between such a noun and the name (`rue de Rivoli`, `rue du Bac`). */
export const CONNECTORS_OF_STREETS = new Set(['de', 'du', 'des', 'del', 'della', 'di', 'da', 'do', 'dos']);
/** Common nouns of periodicals, before a periodical's name. */
const PERIODICAL_NOUNS = new Set(['newspaper', 'journal', 'weekly', 'daily', 'magazine', 'periodical', 'gazette', 'monthly', 'quarterly']);
/**
 * Common nouns of bodies and periodicals, before the name of one (`the women's movement Gerwani`, `the youth wing Pemuda
 * Rakyat`, `the security command Kopkamtib`, `the newspaper Borba`).
 */
export const BODY_NOUNS = new Set([...PERIODICAL_NOUNS, 'movement', 'wing', 'front', 'federation', 'union', 'party', 'command', 'organization',
  'organisation', 'militia', 'association', 'league', 'council', 'faction', 'committee', 'agency', 'company', 'corporation', 'society', 'foundation']);
const TIME_PREPOSITIONS = new Set(['in', 'on', 'by', 'until', 'till', 'since', 'from', 'to', 'of', 'early', 'late', 'mid', 'last', 'next', 'that', 'this', 'during', 'before', 'after']);
/** Heads of names of meetings rather than bodies. */
const EVENTS = new Set(['congress', 'conference', 'plenum', 'session', 'convention', 'meeting']);
/** A noun that names a meeting (`Congress`, `Conference`). */
export const isMeeting = (t: Token) => EVENTS.has(t.lower);
/** `17th`, `Seventh`, `Twenty-second`: a word that numbers a meeting. */
export const isOrdinal = (word: string) => ORDINAL.test(word);
/**
 * Nouns that end the names of events, not of bodies, places or people (`Autumn Harvest Uprising`, `Long March`, `Tet Offensive`),
 * and of days kept in memory of one (`Victory Day`, `International Women's Day`).
 */
const EVENT_ENDS = new Set(['uprising', 'uprisings', 'rising', 'revolt', 'rebellion', 'insurrection', 'mutiny', 'march', 'campaign',
  'offensive', 'incident', 'massacre', 'putsch', 'coup', 'affair', 'expedition', 'riots', 'blockade', 'landings', 'day']);
/** The noun that ends an event's name (`Offensive`), capitalized. */
export const isEventEnd = (t: Token) => t.capitalized && !t.allCaps && EVENT_ENDS.has(t.lower);
/** `Autumn Harvest Uprising`, `the Long March`: words before the noun of an event, no person's name before it. */
const isEventName = (tokens: Token[]) => tokens.length > 1 && !tokens[tokens.length - 1].allCaps && EVENT_ENDS.has(tokens[tokens.length - 1].lower) &&
  !(isGivenName(tokens[0]) && !isCommonToken(tokens[0])) && !isTitle(tokens[0]) && !tokens[0].initial;

/**
 * `Front` and `Movement` head a body's name only after a word that names a political cause (`Popular Front`, `National
 * Liberation Front`), or first after `the`, as French and Spanish names put their head (`the Front de Libération
 * Nationale`, `the Movement for Democratic Change`); after others they name a front line or a tendency (`Eastern Front`,
 * `Communist Movement`).
 */
const CAUSES = new Set(['popular', 'national', 'liberation', 'patriotic', 'united', 'democratic', 'revolutionary', 'independence',
  'resistance', 'freedom', 'salvation', 'solidarity', 'peace', 'rights', 'unity']);
export const isOrganizationHead = (t: Token) => t.capitalized &&
  (inLexicon(t, ORGANIZATION_HEAD) || (t.lower === 'front' || t.lower === 'movement') && (CAUSES.has(t.previous) || t.previous === 'the'));
const isTitle = (t: Token) => t.capitalized && inLexicon(t, TITLE);

/** A word derived from a name or a prefixed name (`Stalinist`, `anti-Stalin`): not a mention of the person. */
const isDerived = (t: Token) => inLexicon(t, DERIVED);

/** The words of `tokens` as a name writes them, one space apart (`Trotsky`, not `TROTSKY`). */
export const nameOf = (tokens: readonly Token[]) => joined(tokens, (t) => t.name, ' ');

/** Abbreviations that begin names of places, as the lexicon of places spells them out (`St Louis`: `Saint Louis`). */
const SPELLED_OUT = new Map([['St', 'Saint'], ['Ste', 'Sainte'], ['Mt', 'Mount'], ['Ft', 'Fort']]);

const DOCTRINE_ENDING = /(?:ism|isms|ist|ists)$/;
/** `German`, `Vietnamese`, `European`: a people's word, or an adjective made of a place's name. */
const isPeoplesAdjective = (t: Token) => inLexicon(t, DEMONYM) || inLexicon(t, DERIVED) && /(?:an|ese)$/.test(t.lower);

/**
 * A known place, possibly after a compass word or an adjective (`Eastern Europe`, `Soviet Russia`), or a name with
 * the head of a place's name (`Ural Mountains`, `Sierra Maestra`).
 */
function placeLike(tokens: Token[]): boolean {
  if (isPlace(nameOf(tokens))) return true;
  const spelledOut = SPELLED_OUT.get(tokens[0].text);
  if (spelledOut !== undefined && tokens.length > 1 && isPlace(`${spelledOut} ${nameOf(tokens.slice(1))}`)) return true;
  const last = tokens[tokens.length - 1];
  if (tokens.length > 1 && (inLexicon(last, PLACE_HEAD) || inLexicon(tokens[0], PLACE_HEAD_FIRST))) return true;
  // Not before a doctrine or its followers named after a person (`Western Marxism`).
  if (tokens.length > 1 && inLexicon(tokens[0], COMPASS_WORD)) return !tokens.slice(1).some(isOrganizationHead) && !(inLexicon(last, DERIVED) && DOCTRINE_ENDING.test(last.lower));
  return false;
}

/**
 * Splits an organization's run where a second organization begins after `of (the)` (`Central Committee of
 * the Communist Party`) or after `and` (`Party and Soviet`), and leaves out a leading title (`General
 * Secretary of the Party`) and leading words derived from names (`Stalinist Party`, not `Communist Party`).
 */
function organizations(tokens: Token[]): Token[][] {
  while (tokens.length > 1 && isDerived(tokens[0]) && !isCommonToken(tokens[0]) && !inLexicon(tokens[0], DEMONYM)) tokens = tokens.slice(1);
  for (let i = 1; i < tokens.length - 1; i++) {
    const connector = connectorOf(tokens[i]);
    // `In South Africa the African National Congress`: a `the` after no other connector begins another name.
    if (connector === 'the' && tokens[i - 1].capitalized && connectorOf(tokens[i - 1]) === tokens[i - 1].text) {
      return [...organizations(tokens.slice(0, i)), ...organizations(tokens.slice(i + 1))];
    }
    if (connector !== 'of' && connector !== 'and') continue;
    const before = tokens.slice(0, i);
    const rest = tokens.slice(connectorOf(tokens[i + 1]) === 'the' ? i + 2 : i + 1);
    const heads = rest.filter(isOrganizationHead);
    // `Soviet Union`, `People's Republic` and the press of a body (`University of Minnesota Press`) are no bodies of their own.
    const another = heads.some((h) => h.lower !== 'union' && h.lower !== 'republic' && h.lower !== 'press');
    // `General Secretary of the Party`; `The Rise of the Kessian Party`, a title: the body is what follows `of`.
    if (connector === 'of' && (before.every(isTitle) || another && before.every(isCommonNoun))) return organizations(rest);
    // `Foreign Ministry and Louis Blanc`, `Ministry of War and Anna Holt`, `Communist Party and Stalin`, `La Stampa and
    // Corriere della Sera`: a body, then a person or another body.
    // `Julius Kamara of the Kessian National Union`: a person of a body; `the Workers' Association of Andreas Gottschalk`:
    // a body of a person. A body after `of` is another body after `the`, as an acronym or as a press (`Central Committee of
    // the Party`, `of CPSU`, `Belknap Press of Harvard University Press`); else its words are the first body's own (`Red
    // International of Labour Unions`, `Council of People's Commissars`).
    const ofAnother = another && (connectorOf(tokens[i + 1]) === 'the' || rest.every((t) => t.allCaps) || rest[rest.length - 1].lower === 'press');
    if (connector === 'of' && (isOrganizationHead(tokens[i - 1]) && (ofAnother || personLed(rest) || titledPerson(rest) || surnamePair(rest)) || personLed(before) && heads.length > 0) ||
      connector === 'and' && (tokens[i + 1].text === 'the' || another && (before.some(isOrganizationHead) || articleLed(before)) || personLed(rest) ||
        isOrganizationHead(tokens[i - 1]) && !rest.some(isOrganizationHead) || nameAndBody(before, rest))) {
      return [...organizations(before), ...organizations(rest)];
    }
  }
  return [tokens];
}

/** `of`, `the`, `and` in a heading in capitals (`CENTRAL COMMITTEE OF THE PARTY`) are connectors as in small letters. */
const connectorOf = (t: Token) => (t.allCaps && inLexicon(t, FUNCTION_WORD) ? t.lower : t.text);
/** A common word (no title, no head of a body's name) that begins a title (`The Rise`, `History`). */
const isCommonNoun = (t: Token) => isCommonToken(t) && !inLexicon(t, TITLE | ORGANIZATION_HEAD | DEMONYM) && !isOrganizationHead(t);

/** `Julius Kamara`, `J. Kamara`: words that begin with a given name or an initial and hold no head of a body's name. */
const personLed = (tokens: Token[]) => (isGivenName(tokens[0]) && !inLexicon(tokens[0], DEMONYM) || tokens[0].initial) && tokens.length > 1 &&
  !tokens.some(isOrganizationHead);

/**
 * `General Zygmunt Berling`, `Marshal Rokossovsky`: a title, then a name without common words or heads of bodies' names (not
 * `General Staff`, `General Security`).
 */
const titledPerson = (tokens: Token[]) => tokens.length > 1 && isTitle(tokens[0]) && !tokens.some(isOrganizationHead) &&
  tokens.slice(1).every((t) => t.capitalized && (isGivenName(t) || t.initial || !isCommonToken(t)));

/** `Gandhi and Congress`, `Stalin and Comintern`: a name, then a body that its head alone names; no firm of two names. */
const nameAndBody = (before: Token[], rest: Token[]) => before.length === 1 && rest.length === 1 && isOrganizationHead(rest[0]) &&
  !inLexicon(before[0], COMMON | ORGANIZATION_HEAD);

/** `Kessini and Garvaldi`: two words joined by `and` that are no common words, places or derived words: two surnames. */
const surnamePair = (tokens: Token[]) => tokens.length === 3 && tokens[1].text === 'and' &&
  !inLexicon(tokens[0], COMMON | PLACE | DERIVED | ORGANIZATION_HEAD) && !inLexicon(tokens[2], COMMON | PLACE | DERIVED | ORGANIZATION_HEAD);

/** Splits a run that is no organization at its connectors (`Marx and Engels`, `Lenin of Russia`). */
function pieces(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (const t of tokens) {
    // In capitals, `AND`, `THE` part names as `and`, `the` do (`ROBESPIERRE AND THE JACOBINS`).
    const separator = t.allCaps && inLexicon(t, FUNCTION_WORD);
    if (t.capitalized && !separator || PARTICLES.has(t.text) && current.length > 0 && !['the', 'and', 'for', 'of'].includes(t.text)) current.push(t);
    else { if (current.length) out.push(current); current = []; }
  }
  if (current.length) out.push(current);
  for (const p of out) while (p.length && !p[p.length - 1].capitalized) p.pop();
  return out.filter((p) => p.length);
}

/** A word that can end a person's name: no initial, no roman numeral (`W.W. II`). */
const isNameWord = (t: Token) => !t.initial && t.text.length > 1 && !/^[IVXLC]+$/.test(t.text);

/**
 * `Louis XVI`, `Victor Emmanuel II`: a ruler's name, one or two words, each a given name or no common word (not
 * `Year II`, `Volume IV`), and the number of the reign.
 */
export const isRegnal = (name: readonly Token[]) => (name.length === 2 || name.length === 3) && isRegnalNumber(name[name.length - 1].text) &&
  isRulersName(name[0]) && (name.length === 2 || isRulersName(name[1]));
const isRulersName = (t: Token) => isNameWord(t) && (isGivenName(t) || !isCommonToken(t));

/**
 * A person's name ends after its surname: the first word that is no given name or initial, with the
 * unknown words that follow it (`Kim Il Sung`), not a common word after it (`M. Banda Embraces`).
 */
function trimPerson(tokens: Token[]): Token[] {
  let at = tokens.findIndex((t, i) => i > 0 && !t.initial && !isGivenName(t) || i === tokens.length - 1);
  // Particles begin the surname, whatever word follows them (`Osama bin Laden`, `Jean-Marie Le Pen`).
  while (at + 1 < tokens.length && (tokens[at].capitalized ? SURNAME_PARTICLES.has(tokens[at].text) : PARTICLES.has(tokens[at].text))) at++;
  while (at + 1 < tokens.length && !isCommonToken(tokens[at + 1])) at++;
  // `Timothy Garton Ash`, `G. Nowell Smith`: after a given name or an initial and a word that is no common one, a common
  // word that ends the run is the second word of a double surname; not a verb of a title (`M. Banda Embraces Stalinism`).
  if (at === 1 && tokens.length === 3 && (isGivenName(tokens[0]) || tokens[0].initial) && !isCommonToken(tokens[1]) && isDoubleSurnameEnd(tokens[2]) &&
    !tokens[2].lower.endsWith('s')) at = 2;
  const name = tokens.slice(0, at + 1);
  while (name.length > 1 && !isNameWord(name[name.length - 1]) && !isRegnal(name)) name.pop();
  return name;
}

const isDoubleSurnameEnd = (t: Token) => t.capitalized && !t.allCaps && isNameWord(t) && !t.sentenceStart &&
  !inLexicon(t, ORGANIZATION_HEAD | PLACE_HEAD | DERIVED | TITLE | FUNCTION_WORD);

/**
 * Where the first derived word is (-1: none): it ends the name before it and is no name itself (`Leninist
 * Opposition`), unless initials or a given name that is no common word show it to be a surname (`L. Shaumian`,
 * `Walter Kessite`), or a Chinese family name a given name of romanized syllables (`Zhang Wentian`).
 */
function firstDerived(tokens: Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    if (isDerived(tokens[i]) && !(i > 0 && (tokens[i - 1].initial || isGivenName(tokens[i - 1]) && !isCommonToken(tokens[i - 1]))) &&
      !(i === 1 && inLexicon(tokens[0], EAST_ASIAN_FAMILY_NAME) && !inLexicon(tokens[1], DEMONYM) && syllables(tokens[1].text) > 0)) return i;
  }
  return -1;
}

/** Heads of bodies' names that are surnames too (`Robert Service`, `Anna Church`). */
const SURNAME_HEADS = new Set(['service', 'church', 'court', 'guard', 'bank', 'union']);
/** `New Yorker`, `New Zealanders`: the people of a known place of several words, no one's name. */
function isPeopleOfPlace(tokens: readonly Token[]): boolean {
  if (tokens.length < 2) return false;
  const last = tokens[tokens.length - 1].text;
  const stem = last.endsWith('ers') ? last.slice(0, -3) : last.endsWith('er') ? last.slice(0, -2) : '';
  return stem !== '' && isPlace(`${nameOf(tokens.slice(0, -1))} ${stem}`);
}

/** Verbs that give a person an office named after them (`appointed Hitler Chancellor`). */
const APPOINTING = new Set(['appointed', 'made', 'named', 'elected', 'proclaimed', 'crowned', 'declared', 'nominated', 'appoint', 'make', 'name', 'elect']);
/** Titles that are common surnames too (`Martin Luther King`, `Alexander Pope`, `John Major`). */
const SURNAME_TITLES = new Set(['king', 'bishop', 'pope', 'major', 'judge', 'baron', 'prince', 'marshal', 'cardinal', 'sheikh']);

/** Endings of derived words that end surnames too (`Cronkite`, `Shaumian`). */
const SURNAME_ENDING = /(?:ite|ian)$/;
/** Endings of Georgian, Ukrainian and Slavic surnames, which no other word of an English text has (`Tabidze`, `Kravchenko`). */
const SURNAME_ONLY_ENDING = /\p{L}{2}(?:dze|shvili|enko|chuk|ovich|evich|ovych|skii|skyi|skaya)$/u;

/** One syllable of a romanized Vietnamese, Chinese or Korean name (`giap`, `zhou`, `shek`, `nguyen`). */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|zh|sh|ts|tz|hs|[bcdfghjklmnpqrstvwxyz])?[aeiouyü]{1,3}(?:ng|nh|ch|[cnmrhkptl])?$/;

/** How many syllables (1 or 2) a romanized word of an East Asian name has (`Minh`, `Zedong`, `Kai-shek`); 0 for another word. */
function syllables(word: string): number {
  // The apostrophe of Wade-Giles after an aspirated initial is no break between syllables (`Hsiao-p’ing`, `Ch'en`).
  const parts = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/([ptkc]h?)['’]/g, '$1').split(/[-‐'’]/);
  if (parts.length > 2) return 0;
  if (parts.length === 2) return parts.every((p) => SYLLABLE.test(p)) ? 2 : 0;
  const [w] = parts;
  if (SYLLABLE.test(w)) return 1;
  for (let i = 2; i <= w.length - 2; i++) if (SYLLABLE.test(w.slice(0, i)) && SYLLABLE.test(w.slice(i))) return 2;
  return 0;
}

/**
 * The length of the East Asian name, family name first, that `tokens` begin with (0: none): a known family name,
 * then the words of the given name, of one syllable each in Vietnamese (`Ho Chi Minh`, `Vo Nguyen Giap`), of one or
 * two in Chinese and Korean (`Mao Zedong`, `Chiang Kai-shek`), not all of them English words (`Long March`).
 */
export function familyNameFirst(tokens: Token[]): number {
  const [first] = tokens;
  if (first.allCaps) return 0;
  const most = inLexicon(first, EAST_ASIAN_FAMILY_NAME) ? 2 : inLexicon(first, VIETNAMESE_FAMILY_NAME) ? 1 : 0;
  if (most === 0) return 0;
  let n = 1;
  while (n < tokens.length && n <= 3 && tokens[n].capitalized && !tokens[n].allCaps && !tokens[n].initial) {
    const count = syllables(tokens[n].text);
    // After a given name, an English word longer than a syllable or two is no part of the name (`Deng Xiaoping Theory`).
    if (count === 0 || count > most || n >= 2 && isCommonToken(tokens[n]) && tokens[n].text.length > 4) break;
    n++;
  }
  if (most === 2 && n > 3) n = 3;
  return n > 2 && !tokens.slice(1, n).every(isCommonToken) || n === 2 && !isCommonToken(tokens[1]) ? n : 0;
}

/**
 * `Le Monde`, `La Stampa`, `Die Zeit`, `L'Unità`: a short name that begins with an article of another language (a
 * longer one is the title of a work, no name: `Le Grand Tournant du Socialisme`).
 */
const articleLed = (tokens: Token[]) => inLexicon(tokens[0], ARTICLE) && (tokens.length > 1 || tokens[0].text.length > 3) && tokens.length <= 3;

/** Words that begin names of places after saints, given names as well (`San Francisco`, `Santa Cruz`). */
export const SAINTS = new Set(['san', 'santa', 'santo', 'são', 'saint', 'sankt', 'st']);
/** Where a name after them is a place (`in Benito Juárez`, the borough; `the invasion of Viet Nam`). */
export const PLACE_BEFORE = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'across', 'through', 'of']);

/**
 * `Benito Juárez`, `Lázaro Cárdenas`: a known place named after a person, given name first, is the person, unless
 * the text puts it after a preposition of place; so is an English saint's (`St Paul wrote`, not `in St Paul`).
 */
const namedAfterPerson = (tokens: Token[]) => !PLACE_BEFORE.has(tokens[0].previous) &&
  (isGivenName(tokens[0]) && !SAINTS.has(tokens[0].lower) && !isFamilyNameFirst(tokens[0]) && isPlace(nameOf(tokens)) || isSaintsName(tokens));
/** Nouns that `General` qualifies as an adjective: `General Staff`, `General Confederation of Labour`, `General Strike`. */
const GENERAL_BODIES = new Set(['staff', 'confederation', 'strike', 'election', 'assembly', 'directorate', 'secretariat', 'command', 'headquarters', 'union', 'federation']);
/** Of those, the ones that name an event, no body. */
const GENERAL_EVENTS = new Set(['strike', 'election']);
/** `St Paul`, `Saint Augustine`: an English saint's name, the saint's title and a given name. */
const isSaintsName = (tokens: Token[]) => tokens.length === 2 && (tokens[0].text === 'St' || tokens[0].text === 'Saint') && isGivenName(tokens[1]);

/**
 * `the Soviet Union`, `The Hague`, `Central African Republic`: a known place of several words, though one of them heads
 * bodies' names or is an article (not one named after a person, see `namedAfterPerson`).
 */
const isKnownPlaceName = (tokens: Token[]) => tokens.length > 1 && tokens[0].capitalized && isPlace(nameOf(tokens)) && !namedAfterPerson(tokens);

/** Adjectives that name movements before a country (`Young Ireland`, `Free France`). */
const MOVEMENT_ADJECTIVES = new Set(['young', 'free']);

/** Nouns that end names of grounds and buildings, and surnames too (`Robert Park`, `Anna Castle`, `Edward House`). */
const GROUNDS = new Set(['park', 'gardens', 'castle', 'courts', 'house']);
/** `Croke Park`, `the Four Courts`, `in Grant Park`: a name of grounds; after a given name, only after a preposition of place. */
const isGroundsName = (tokens: Token[]) => tokens.length > 1 && GROUNDS.has(tokens[tokens.length - 1].lower) && !tokens[tokens.length - 1].possessive &&
  (!isGivenName(tokens[0]) || PLACE_BEFORE.has(tokens[0].previous));

function classifyPiece(tokens: Token[]): Segment[] {
  if (!tokens.length) return [];
  if (isPeopleOfPlace(tokens)) return [];
  // `ZK der KPD`, `CC of CPSU`: acronyms joined by a small word name a body of a body, never a person (`van der Waals`).
  if (tokens.length > 2 && tokens.every((t) => (t.capitalized ? t.allCaps && t.text.length <= 6 : PARTICLES.has(t.text) || t.text === 'of'))) {
    const first = tokens.findIndex((t) => t.capitalized);
    const last = tokens.findLastIndex((t) => t.capitalized);
    if (last - first >= 2) return [{ kind: 'organization', tokens: tokens.slice(first, last + 1) }];
  }
  if (tokens.length > 1 && placeLike(tokens) && !namedAfterPerson(tokens)) return [{ kind: 'place', tokens }];
  if (isSaintsName(tokens)) return [{ kind: 'person', tokens }];
  if (isGroundsName(tokens)) return [{ kind: 'place', tokens }];
  // `Kent State`, `Ohio State`: a known place before `State` names the state's university;
  // `the Petrograd Soviet`, `the Moscow Soviet`: a known place before `Soviet` names that city's council.
  if (tokens.length === 2 && (tokens[1].lower === 'state' || tokens[1].text === 'Soviet') && inLexicon(tokens[0], PLACE)) return [{ kind: 'organization', tokens }];
  // `the General Staff`, `the General Strike`: `General` as an adjective before a body's or an event's noun, no title.
  if (tokens.length > 1 && tokens[0].lower === 'general' && GENERAL_BODIES.has(tokens[1].lower)) return GENERAL_EVENTS.has(tokens[1].lower) ? [] : [{ kind: 'organization', tokens }];
  let titled = false;
  while (tokens.length > 1 && isTitle(tokens[0])) {
    tokens = tokens.slice(1);
    titled = true;
  }
  // A title that is a surname too, alone, is left to the document, which may name a person by it (`King`, after
  // `Martin Luther King Jr.`).
  if (tokens.every(isTitle) && (titled || !SURNAME_TITLES.has(tokens[0].lower))) return [];
  // `appointed Hitler Chancellor`, `made Stalin General Secretary`: titles after a name a verb of appointing governs are the
  // office given, no part of the name.
  if (APPOINTING.has(tokens[0].previous)) {
    let end = tokens.length;
    while (end > 1 && isTitle(tokens[end - 1]) && !SURNAME_TITLES.has(tokens[end - 1].lower)) end--;
    tokens = tokens.slice(0, end);
  }
  // A month before a common noun names a time, not a person or a place (`the July Monarchy`, `the June
  // Days`, `the October Revolution`); `August Bebel` keeps his name.
  if (tokens.length > 1 && MONTH_NAMES.includes(tokens[0].name) && isCommonToken(tokens[tokens.length - 1])) return [];
  // A date before a name is no part of it (`in December Louis Bonaparte won`, `15 January Luxemburg`, `10 Thermidor
  // Robespierre`): a month that is no given name, or one after a preposition of time (`in May Pedro Alves`).
  if (tokens.length > 1 && (MONTH_NAMES.includes(tokens[0].name) || isRepublicanMonth(tokens[0].lower)) &&
    (!isGivenName(tokens[0]) || TIME_PREPOSITIONS.has(tokens[0].previous))) {
    return classifyPiece(tokens.slice(1));
  }
  // After an adjective of nationality, a place is one name with it (`Belgian Congo`, `Soviet Russia`); a person
  // is a name of their own (`the Italian Antonio Gramsci`); anything else is no name (`Russian Bolsheviks`).
  // `the Englishman Eric Blair`: a man of a nation is no part of the name after him.
  if (tokens.length > 1 && NATIONALITY_COMPOUND.test(tokens[0].text)) return classifyPiece(tokens.slice(1));
  if (tokens.length > 1 && (inLexicon(tokens[0], DEMONYM) || tokens[0].text === 'Soviet')) {
    const rest = tokens.slice(1);
    if (placeLike(rest)) return [{ kind: 'place', tokens }];
    // `an African American communist`: words of nationality alone name no one.
    if (rest.every((t) => inLexicon(t, DEMONYM))) return [];
    // `Bolshevik Mirsaid Kessiev`, `the Spanish Lenin`: words that are no common ones, the last no plural (`Russian
    // Narodniks`), name a person or are left to the document; `the Tatar Bolshevik ...`: more words of nationality or movement.
    const [next] = rest;
    return isGivenName(next) || next.initial || inLexicon(next, DEMONYM) && rest.length > 1 ||
      rest.every((t) => !isCommonToken(t)) && !rest[rest.length - 1].lower.endsWith('s') ? classifyPiece(rest) : [];
  }
  // `the Tatar Bolshevik Mirsaid Kessiev`: a word of nationality or movement inside a name qualifies the name after it.
  for (let i = 1; i < tokens.length - 1; i++) if (inLexicon(tokens[i], DEMONYM)) return classifyPiece(tokens.slice(i));
  const derived = firstDerived(tokens);
  // A word alone with an ending of surnames too is left to the document, which may give it as one (`Kessite`, after
  // `Walter Kessite`; `Shaumian`).
  if (derived > 0) return classifyPiece(tokens.slice(0, derived));
  if (derived === 0) {
    // `the Socialist Revolutionary Ivan Kaliaev`: words of a movement, then a person named with a given name.
    const given = tokens.findIndex((t, i) => i > 0 && isGivenName(t) && !isCommonToken(t));
    if (given > 0 && given < tokens.length - 1 && tokens.slice(0, given).every((t) => isCommonToken(t) || inLexicon(t, DERIVED))) return classifyPiece(tokens.slice(given));
    // `Titsian Tabidze`: a given name with an ending of derived words, before a surname with an ending only surnames have.
    if (tokens.length === 2 && !isCommonToken(tokens[0]) && !isDerived(tokens[1]) && SURNAME_ONLY_ENDING.test(tokens[1].lower)) return [{ kind: 'person', tokens }];
    // `the Siberian Stalin`, `the Caucasian Koba`: an adjective of a place or a movement before a name is no part of it.
    const rest = tokens.slice(1);
    if (rest.length > 0 && !rest[rest.length - 1].lower.endsWith('s') &&
      rest.every((t) => !isCommonToken(t) && !isDerived(t) && !isOrganizationHead(t) && !inLexicon(t, PLACE | DEMONYM))) return classifyPiece(rest);
    return tokens.length === 1 && !titled && SURNAME_ENDING.test(tokens[0].lower) ? [{ kind: null, tokens }] : [];
  }
  const eastAsian = familyNameFirst(tokens);
  if (eastAsian > 0) {
    // `Mao Zedong Thought`, `Deng Xiaoping Theory`: a name before a common noun is a fixed expression about something else.
    const rest = tokens.slice(eastAsian);
    if (rest.length > 0 && rest.every((t) => isCommonToken(t) && !inLexicon(t, TITLE | ORGANIZATION_HEAD | PLACE_HEAD))) return [];
    return [{ kind: 'person', tokens: tokens.slice(0, eastAsian) }, ...classifyPiece(rest)];
  }
  // The name of a paper or a body (a known place, `El Salvador`, was read above); after `at`, `near` a place (`at Los Alamos`).
  if (!titled && inLexicon(tokens[0], ARTICLE) && tokens.length > 3) return [];
  if (!titled && articleLed(tokens) && !TRADES.has(tokens[0].previous)) return [{ kind: PLACE_PREPOSITIONS.has(tokens[0].previous) ? 'place' : 'organization', tokens }];
  if (tokens.length === 1) {
    // `Soviet` is an adjective of nationality too (`Soviet aid`), a body only after `the` (`the Soviet`).
    if (inLexicon(tokens[0], DEMONYM) || tokens[0].initial || tokens[0].text === 'Soviet' && tokens[0].previous !== 'the') return [];
    return [{ kind: titled ? 'person' : null, tokens }];
  }
  const [first] = tokens;
  const last = tokens[tokens.length - 1];
  // A given name in capitals counts only in a name all in capitals (`JOSEF VISSARIONOVICH`).
  // A word before a middle initial is a given name too (`Booker T. Washington`).
  const given = isGivenName(first) && !inLexicon(first, DEMONYM) && (!first.allCaps || tokens[1].allCaps) ||
    tokens.length > 2 && tokens[1].initial && !inLexicon(first, DEMONYM) && !inLexicon(first, PLACE);
  // After `the`, what would be a person's name is a body (`the Viet Minh`; a place has a head: `the Sierra Maestra`).
  const person = !titled && !first.initial && first.previous === 'the' ? 'organization' : 'person';
  // `Young Italy`, `Free France`: a movement named by an adjective (a given name too) before a known place; not
  // `Robin Blackburn`, whose given name is a common noun.
  if (tokens.length === 2 && MOVEMENT_ADJECTIVES.has(first.lower) && inLexicon(last, PLACE) && !titled) return [{ kind: 'organization', tokens }];
  if (titled || first.initial || given) {
    // `the Anna Kerrow Papers`, `Boris I. Nicolaevsky Collection`: a person's papers are a collection of an archive, no
    // mention of the person.
    if (last.lower === 'papers' || last.lower === 'collection') return [];
    const name = trimPerson(tokens);
    return isNameWord(name[name.length - 1]) || isRegnal(name) ? [{ kind: person, tokens: name }] : [];
  }
  // Two or more unknown words (`Merleau Ponty`, `Saltykov Shchedrin`) are a name; a name followed by a
  // common noun is a fixed expression about something else (`Stalin Prize`, `Lenin Mausoleum`).
  // After `at` or `near` it is a place named with a number (`the miners at Siglo XX`).
  if (isRegnal(tokens) && !isCommonToken(first) && !inLexicon(first, PLACE)) return [{ kind: PLACE_PREPOSITIONS.has(first.previous) && !last.possessive ? 'place' : person, tokens }];
  // After `at` or `near` they are a place (`at Dien Bien Phu`), unless possessed (`at Merleau Ponty's side`).
  // A particle inside is no common word (`van` in `Kees van der Pijl`, `bin`, `ten`).
  if (tokens.every((t) => !t.capitalized && PARTICLES.has(t.text) || !isCommonToken(t) && !inLexicon(t, PLACE) && t.allCaps === first.allCaps)) {
    // A last word that ends like a place's name (`St Petersburg`); a Russian adjective first (`Narodnaya Volya`): a body.
    if (PLACE_ENDING.test(last.lower) && !last.lower.endsWith('ia')) return [{ kind: 'place', tokens }];
    if (RUSSIAN_ADJECTIVE_ENDING.test(first.lower)) return [{ kind: 'organization', tokens }];
    // So are they after a place's noun and `of` or `on` (`the camp on Goli Otok`); not after `in` (`Cited in Moishe Lewin`).
    const placed = PLACE_PREPOSITIONS.has(first.previous) || (first.previous === 'of' || first.previous === 'on') && NOUNS_OF_PLACES.has(first.wordBefore);
    return [{ kind: placed && !last.possessive ? 'place' : person, tokens }];
  }
  // A word that is no name, or a place before one (`In Czechoslovakia Alexander Dubček`).
  if (!isCommonToken(last)) return [...inLexicon(first, PLACE) ? [{ kind: 'place' as const, tokens: [first] }] : [], ...classifyPiece(tokens.slice(1))];
  // `the American reporter Webb Miller`: after the noun of a person's trade, two or three capitalized words are a name,
  // common words or not.
  if (tokens.length <= 3 && TRADES.has(first.previous) && tokens.every((t) => t.capitalized && !t.allCaps && !inLexicon(t, PLACE | DEMONYM | TITLE | ORGANIZATION_HEAD))) {
    return [{ kind: 'person', tokens }];
  }
  // `translated by Grahame Lock`: after `by`, a word that is no common one and a common word that ends a surname.
  if (tokens.length === 2 && first.previous === 'by' && !isCommonToken(first) && !inLexicon(first, PLACE | DEMONYM | DERIVED) && !first.allCaps &&
    isDoubleSurnameEnd(last)) return [{ kind: 'person', tokens }];
  return [];
}

/** Nouns of a person's trade, before the person's name (`the reporter Webb Miller`). */
const TRADES = new Set(['reporter', 'journalist', 'correspondent', 'historian', 'writer', 'poet', 'novelist', 'economist', 'sociologist',
  'philosopher', 'biographer', 'editor', 'painter', 'composer', 'lawyer', 'priest', 'scholar', 'critic', 'playwright', 'photographer',
  'anthropologist', 'diplomat', 'banker', 'industrialist', 'translator', 'director', 'actor', 'actress', 'singer', 'architect', 'sculptor']);

/**
 * A capitalized function word or sentence-initial common word is no part of the name after it: the first of
 * `tokens`, in a run with or without the head of an organization's name.
 */
function notPartOfName(tokens: Token[], hasHead: boolean): boolean {
  const [first] = tokens;
  // `Today La Stampa`: a word before an article is no part of the name the article begins.
  // `I. ROBESPIERRE AND THE JACOBINS`: the number of a section, not an initial.
  // `I. From May Fourth to Livorno`, `V. After the defeat`: the number of a section, before a capitalized function word too.
  return inLexicon(first, FUNCTION_WORD) || first.text === 'I.' && first.sentenceStart && tokens.length > 1 && tokens[1].allCaps ||
    first.initial && first.sentenceStart && tokens.length > 1 && inLexicon(tokens[1], FUNCTION_WORD) || first.sentenceStart && tokens.length > 2 && isCommonToken(first) && articleLed(tokens.slice(1, 3)) ||
    first.sentenceStart && tokens.length > 1 && !hasHead && isCommonToken(first) && !isTitle(first) &&
    !inLexicon(first, COMPASS_WORD) && !isGivenName(first) && !placeLike(tokens) && !articleLed(tokens) && familyNameFirst(tokens) === 0 &&
    !beforeAnotherName(tokens);
}

/** `Knight and Lenoe disagree`: a common word joined by `and` to a name that is no common word opening a sentence may be a surname (the document decides). */
const beforeAnotherName = (tokens: Token[]) => tokens.length === 3 && tokens[1].text === 'and' && tokens[2].capitalized && !isCommonToken(tokens[2]) &&
  !inLexicon(tokens[2], PLACE | ORGANIZATION_HEAD | DEMONYM) && !tokens[2].allCaps;

/**
 * `Gate of Heavenly Peace`, `People's Republic of China`, `Gulf of Tonkin`, `House of Lords`: the head of a place's name (or
 * a building's, first), then `of` (and `the`) and the name, one place.
 */
function isPlaceOf(tokens: Token[]): boolean {
  const of = tokens.findIndex((t) => connectorOf(t) === 'of');
  if (of < 1 || !inLexicon(tokens[of - 1], PLACE_HEAD) && !(of === 1 && (inLexicon(tokens[0], PLACE_HEAD_FIRST) || GROUNDS.has(tokens[0].lower)))) return false;
  const name = tokens.slice(connectorOf(tokens[of + 1] ?? tokens[of]) === 'the' ? of + 2 : of + 1);
  return name.length > 0 && name.every((t) => t.capitalized || PARTICLES.has(t.text)) && !inLexicon(tokens[0], DEMONYM);
}

/** The members of a chamber of a parliament (`House of Commons`, `House of Representatives`). */
const MEMBERS = new Set(['commons', 'lords', 'representatives', 'deputies', 'delegates', 'peers', 'burgesses', 'councillors']);
/** `House of Commons`, `House of Lords`: a house of its members is a chamber of a parliament, a body. */
const isChamber = (tokens: Token[]) => tokens.length === 3 && tokens[0].lower === 'house' && connectorOf(tokens[1]) === 'of' && MEMBERS.has(tokens[2].lower);

/** People in the plural that name a group after what follows `of` (`Friends of Durruti`, `Sons of Liberty`). */
const FELLOWS = new Set(['friends', 'sons', 'daughters', 'brothers', 'sisters', 'knights', 'children', 'soldiers', 'defenders', 'partisans', 'veterans']);
/** `Friends of Durruti`, `Knights of Labor`: a group named after a person or a cause, one body. */
const isFellowshipOf = (tokens: Token[]) => tokens.length > 2 && FELLOWS.has(tokens[0].lower) && connectorOf(tokens[1]) === 'of' &&
  tokens.slice(2).every((t) => t.capitalized || connectorOf(t) === 'the');

/** `Peter the Great`, `Ivan the Terrible`: a given name and an epithet. */
const isEpithet = (tokens: Token[]) => tokens.length === 3 && tokens[1].text === 'the' && isGivenName(tokens[0]) &&
  isCommonToken(tokens[2]) && !inLexicon(tokens[2], ORGANIZATION_HEAD) && !inLexicon(tokens[2], PLACE_HEAD);

/**
 * `Cumann na mBan`, `Béal na Bláth`, `Poblacht na hÉireann`: a `run` with the Irish article `na` inside it, or before
 * it (`next`, the token after the run; the name after the article, its capital mutated, is in small letters), is one
 * name of a body, or of a place after `at`, `near`; null for another run.
 */
export function irishName(run: Token[], next: Token | undefined): Segment | null {
  let irish = next !== undefined && next.text === 'na' && next.joins;
  // The article inside: between two words of the run, so in a run of three words or more.
  for (let i = 1; !irish && i < run.length - 1; i++) irish = run[i].text === 'na';
  return irish ? { kind: PLACE_PREPOSITIONS.has(run[0].previous) ? 'place' : 'organization', tokens: run } : null;
}

/** `Čierna nad Tisou`, `Ústí nad Labem`, `Bílá pod Bezdězem`: a town named after its river or hill, one place. */
export const isTownByRiver = (run: Token[]) => run.some((t, i) => i > 0 && i < run.length - 1 && (t.text === 'nad' || t.text === 'pod'));

/** Words that name newspapers after the place or the day of their issue (`Irish Independent`, `Manchester Guardian`). */
const NEWSPAPER_WORDS = new Set(['independent', 'guardian', 'observer', 'telegraph', 'chronicle', 'mirror', 'express', 'standard',
  'examiner', 'mail', 'star', 'globe', 'statesman', 'spectator', 'courier', 'advertiser', 'dispatch', 'clarion']);
/** Words of the day or time of a newspaper's issue (`Sunday Independent`, `Daily Express`, `Evening Standard`). */
const ISSUE_DAYS = new Set(['daily', 'weekly', 'morning', 'evening', 'sunday', 'saturday']);
/**
 * `Irish Independent`, `Sunday Independent`, `Kessel Examiner`: a word that names newspapers after a nationality, a known
 * place or the day of the issue is a newspaper.
 */
const isNewspaperName = (tokens: Token[]) => tokens.length === 2 && NEWSPAPER_WORDS.has(tokens[1].lower) && !tokens[1].possessive &&
  (inLexicon(tokens[0], DEMONYM | PLACE) || ISSUE_DAYS.has(tokens[0].lower));

/** `Thirteenth Party Conference of` before `January 1924`, `Twentieth Congress of` before `the Soviet party`: the words before the connectors. */
function withoutConnectorsAtEnd(tokens: Token[]): Token[] {
  let end = tokens.length;
  while (end > 0 && CONNECTORS.has(tokens[end - 1].text)) end--;
  return end === tokens.length ? tokens : tokens.slice(0, end);
}

/** The names in one run of capitalized words (without the connectors it may end with once a word after them is cut off). */
export function classifyRun(words: Token[]): Segment[] {
  const run = withoutConnectorsAtEnd(words);
  if (!run.length) return [];
  const hasHead = run.some(isOrganizationHead);
  // Only a head of bodies' names or an article first keeps a known place from being read as one below.
  if ((hasHead || inLexicon(run[0], FUNCTION_WORD)) && isKnownPlaceName(run)) return [{ kind: 'place', tokens: run }];
  let tokens = run;
  while (tokens.length && (notPartOfName(tokens, hasHead) || !tokens[0].capitalized)) tokens = tokens.slice(1);
  if (!tokens.length) return [];
  // `the East European trials`, `Central Asian republics`: a compass word before a people's adjective names no one.
  if (tokens.length === 2 && inLexicon(tokens[0], COMPASS_WORD) && isPeoplesAdjective(tokens[1])) return [];
  // `rue de la Harpe`, `place de la Révolution`: `de la` in small letters before a name opens no person's (`Pierre de la Harpe`).
  const { previous, wordBefore } = tokens[0];
  if (STREET_NOUNS.has(previous) || CONNECTORS_OF_STREETS.has(previous) && STREET_NOUNS.has(wordBefore) || previous === 'la' && wordBefore === 'de') return [{ kind: 'place', tokens }];
  // `the newspaper Tasvir-i Efkâr`, `whose weekly Novoe Vremia`: after a periodical's noun, its name, not a person's (a word
  // alone is left to the document: `the journal Lenin edited`, see `loneWordClues`).
  if (tokens.length > 1 && BODY_NOUNS.has(previous) && !isGivenName(tokens[0]) && !isTitle(tokens[0])) return [{ kind: 'organization', tokens }];
  // `the marquis de Lafayette`, `the comte de Paris`: after a title in small letters and a particle, a person, though a place's name.
  if (PARTICLES.has(previous) && TITLES.has(wordBefore)) return [{ kind: 'person', tokens }];
  if (tokens.length === 1 && !hasHead) return classifyPiece(tokens);
  if (hasHead && tokens !== run && isKnownPlaceName(tokens)) return [{ kind: 'place', tokens }];
  // Words of the calendar together name a day, not anyone (`Easter Monday`, `Whitsun Tuesday`).
  if (tokens.every((t) => isCalendarWord(t.lower))) return [];
  if (isNewspaperName(tokens)) return [{ kind: 'organization', tokens }];
  // `Allison & Busby`: names joined by an ampersand are a firm.
  let firm = false;
  for (let i = 1; i < tokens.length; i++) firm ||= tokens[i].ampersand;
  // `Agon Hamza & Gabriel Tupinambá`: two names of two words or more, one led by a given name, are two persons, authors side by
  // side, no firm (`Simon & Schuster`, `Routledge & Kegan Paul` are firms).
  const ampersand = firm ? tokens.findIndex((t) => t.ampersand) : -1;
  if (ampersand > 1 && tokens.length - ampersand > 1 && !tokens.some(isOrganizationHead)) {
    const [first, second] = [tokens.slice(0, ampersand), tokens.slice(ampersand)];
    if (personLed(first) || personLed(second)) return [...classifyPiece(first), ...classifyPiece(second)];
  }
  if (isEpithet(tokens)) return [{ kind: 'person', tokens }];
  // `Robert Service`, `Anna Church`: a given name before a head of bodies that is a surname too is a person.
  if (tokens.length === 2 && SURNAME_HEADS.has(tokens[1].lower) && isGivenName(tokens[0]) && !isCommonToken(tokens[0]) && !inLexicon(tokens[0], DEMONYM | PLACE)) {
    return [{ kind: 'person', tokens }];
  }
  if (!(hasHead && tokens.some(isOrganizationHead) || firm)) return hasHead ? classifyPieces(pieces(tokens)) : namesAndPlacesOf(tokens);
  // `Colonel Alexander Eremin of the Police Department`: a person named with a title or a given name, then the body they serve.
  const of = tokens.findIndex((t) => t.text === 'of');
  if (of > 1 && (isTitle(tokens[0]) || isGivenName(tokens[0])) && !tokens.slice(0, of).some(isOrganizationHead) &&
    tokens.slice(0, of).some((t) => !isTitle(t) && !isCommonToken(t))) {
    return [...classifyPiece(tokens.slice(0, of)), ...classifyRun(tokens.slice(of + 1))];
  }
  const segments: Segment[] = [];
  for (let org of organizations(tokens)) {
    while (org.length && !org[0].capitalized) org = org.slice(1);
    if (!firm && isKnownPlaceName(org)) segments.push({ kind: 'place', tokens: org });
    else if (!firm && !org.some(isOrganizationHead)) segments.push(...classifyPieces(pieces(org)));
    // A head alone that is a common word is that word (`the Party`), not a name, unless it names a body of a state,
    // which the document decides (`the Convention`); a numbered congress or a party's is an event (`Twentieth Congress`,
    // `Ninth Party Congress`, `the Party Congress`).
    // `Service argues`, after `Robert Service`: a head that is a surname too is left to the document as well.
    else if (org.length === 1 && isCommonToken(org[0]) && (NAMING_NOUNS.has(org[0].lower) || SURNAME_HEADS.has(org[0].lower))) segments.push({ kind: null, tokens: org });
    else if (org.length && !(org.length === 1 && isCommonToken(org[0]) || isEventEnd(org[org.length - 1]) ||
      (ORDINAL.test(org[0].text) || org[0].lower === 'party') && EVENTS.has(org[org.length - 1].lower))) {
      segments.push({ kind: 'organization', tokens: org });
    }
  }
  return segments;
}

/**
 * The names of a run with no head of a body's name, whose parts joined by `and (the)` may each be a place or a group `of`
 * a name, or the name of an event (no name).
 */
function namesAndPlacesOf(tokens: Token[]): Segment[] {
  const segments: Segment[] = [];
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && connectorOf(tokens[i]) !== 'and') continue;
    let part = tokens.slice(from, i);
    while (part.length && !part[0].capitalized) part = part.slice(1);
    if (part.length && !isEventName(part)) segments.push(...namesOfPart(part));
    from = i + 1;
  }
  return segments;
}

/** A place `of` a name, a group of people `of` one (a body), or the names in the pieces of `part`. */
function namesOfPart(part: Token[]): Segment[] {
  if (isChamber(part)) return [{ kind: 'organization', tokens: part }];
  if (isPlaceOf(part)) return [{ kind: 'place', tokens: part }];
  if (isFellowshipOf(part)) return [{ kind: 'organization', tokens: part }];
  return classifyPieces(pieces(part));
}

/** The names in each of `pieces`. */
function classifyPieces(pieces: Token[][]): Segment[] {
  if (pieces.length === 1) return classifyPiece(pieces[0]);
  const segments: Segment[] = [];
  for (const piece of pieces) for (const segment of classifyPiece(piece)) segments.push(segment);
  return segments;
}
