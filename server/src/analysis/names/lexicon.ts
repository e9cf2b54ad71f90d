// General knowledge the name layer leans on: lexicons generated from npm packages
// (scripts/lexicons.mjs) and the small closed classes of English that mark names (titles, particles,
// the head nouns of organizations).
import commonWords from './lexicons/common-words.json';
import demonyms from './lexicons/demonyms.json';
import givenNames from './lexicons/given-names.json';
import places from './lexicons/places.json';

const COMMON_WORDS = new Set<string>(commonWords);
const GIVEN_NAMES = new Set<string>(givenNames);
const DEMONYMS = new Set<string>(demonyms);
const PLACES = new Set<string>(places);

/** A word of everyday English prose (`party`, `conquest`), whatever its case. */
export const isCommonWord = (word: string): boolean => COMMON_WORDS.has(word.toLowerCase());
/** A token that is a common word, read from the small letters it carries (no new string at every look-up). */
export const isCommonToken = (token: { lower: string }): boolean => COMMON_WORDS.has(token.lower);
/** A token that is a given name in one of several languages (`Leon`, `Georgi`, `Sheila`). */
export const isGivenName = (token: { lower: string }): boolean => GIVEN_NAMES.has(token.lower);
/** An adjective or noun of nationality (`Russian`, `French`). */
export const isDemonym = (word: string): boolean => DEMONYMS.has(word);
/** A country, region, capital, subdivision or large city, as written (`Moscow`, `New Jersey`). */
export const isPlace = (name: string): boolean => PLACES.has(name);

/** Words before a name that say who the person is without being part of the name. */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'lord', 'lady', 'dame', 'president', 'comrade',
  'comrades', 'general', 'marshal', 'admiral', 'colonel', 'captain', 'major', 'lieutenant', 'sergeant', 'chairman',
  'premier', 'prime', 'minister', 'senator', 'governor', 'ambassador', 'secretary', 'commissar', 'tsar', 'czar',
  'tsarina', 'king', 'queen', 'emperor', 'empress', 'prince', 'princess', 'duke', 'count', 'countess', 'baron',
  'pope', 'cardinal', 'bishop', 'archbishop', 'father', 'reverend', 'rev', 'rabbi', 'imam', 'saint', 'madame',
  'mme', 'monsieur', 'herr', 'frau', 'citizen', 'academician', 'judge', 'justice', 'mayor', 'chancellor',
]);

/** Small words inside a person's name (`de Gaulle`, `van der Waals`, `ibn Khaldun`). */
export const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'dei', 'des', 'du', 'van', 'von', 'der', 'den', 'ten', 'ter', 'la', 'le', 'dos', 'das', 'do', 'bin', 'ibn', 'al', 'el', 'y', 'zu']);

/** Lower-case words that may stand inside a run of capitalized words (`Party of the Left`, `Charles de Gaulle`). */
export const CONNECTORS = new Set(['of', 'the', 'and', 'for', ...PARTICLES]);

/** Nouns that make a capitalized phrase the name of an organization (a party, a committee, a journal). */
export const ORGANIZATION_HEADS = new Set([
  'party', 'parties', 'international', 'committee', 'commission', 'bureau', 'politburo', 'orgburo', 'council', 'congress',
  'assembly', 'army', 'navy', 'command', 'church', 'department', 'ministry', 'government', 'office',
  'inspectorate', 'directorate', 'secretariat', 'presidium', 'institute', 'university', 'college', 'academy', 'school',
  'press', 'publishers', 'publishing', 'publications', 'publication', 'books', 'review', 'journal', 'quarterly',
  'monthly', 'weekly', 'bulletin', 'messenger', 'gazette', 'herald', 'times', 'tribune', 'post', 'news', 'worker',
  'supplement', 'studies', 'society', 'association', 'league', 'federation', 'tendency', 'opposition',
  'bloc', 'center', 'centre', 'foundation', 'sector', 'section', 'group', 'youth', 'union', 'unions',
  'alliance', 'organization', 'organisation', 'company', 'corporation', 'bank', 'court', 'tribunal', 'guard',
  'police', 'service', 'agency', 'trust', 'fund', 'library', 'museum', 'conference', 'convention', 'brigade',
  'division', 'corps', 'fleet', 'club', 'cooperative', 'collective', 'comintern',
  'cominform', 'plenum', 'duma', 'parliament', 'senate', 'cabinet', 'administration',
]);

/** Nouns that make a capitalized phrase a place (`Ural Mountains`, `Bug River`). */
export const PLACE_HEADS = new Set([
  'mountains', 'river', 'sea', 'ocean', 'lake', 'island', 'islands', 'valley', 'gulf', 'bay', 'peninsula', 'desert',
  'province', 'district', 'region', 'republic', 'city', 'street', 'square', 'circle', 'coast', 'strait', 'mount',
]);

/** Words that make the capitalized word after them a place: `North Caucasus`, `Eastern Europe`. */
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'far', 'near', 'middle']);
