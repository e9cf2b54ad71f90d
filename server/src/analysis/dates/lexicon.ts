// The words of calendar time in English: months, seasons, spelled decades and ordinal centuries.

/** Month names with their number; abbreviations need their period (`Jan` alone is a given name). */
export const MONTHS: readonly (readonly [name: string, month: number])[] = [
  ['January', 1], ['February', 2], ['March', 3], ['April', 4], ['May', 5], ['June', 6],
  ['July', 7], ['August', 8], ['September', 9], ['October', 10], ['November', 11], ['December', 12],
  ['Jan.', 1], ['Feb.', 2], ['Mar.', 3], ['Apr.', 4], ['Jun.', 6], ['Jul.', 7], ['Aug.', 8],
  ['Sep.', 9], ['Sept.', 9], ['Oct.', 10], ['Nov.', 11], ['Dec.', 12],
];

/** The number of a month name as written (capitalized or in capitals), or undefined. */
export function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.find(([name]) => name.toLowerCase().replace(/\.$/, '') === lower)?.[1];
}

/**
 * Month names of the languages an essay's sources are most often dated in (French, German, Spanish, Italian,
 * Portuguese, Polish; the English spellings are in MONTHS), with and without their accents, in small letters: a text reads
 * them only with a year (`4 février 1794`, `20 de agosto de 1940`, `März 1921`).
 */
export const OTHER_LANGUAGE_MONTHS: ReadonlyMap<string, number> = new Map([
  ['janvier', 1], ['février', 2], ['fevrier', 2], ['mars', 3], ['avril', 4], ['mai', 5], ['juin', 6], ['juillet', 7],
  ['août', 8], ['aout', 8], ['septembre', 9], ['octobre', 10], ['novembre', 11], ['décembre', 12], ['decembre', 12],
  ['januar', 1], ['jänner', 1], ['februar', 2], ['märz', 3], ['maerz', 3], ['juni', 6], ['juli', 7], ['oktober', 10], ['dezember', 12],
  // German's that English spells alike, for the German day before them (`17. August 1946`).
  ['april', 4], ['august', 8], ['september', 9], ['november', 11],
  ['enero', 1], ['febrero', 2], ['marzo', 3], ['abril', 4], ['mayo', 5], ['junio', 6], ['julio', 7], ['agosto', 8],
  ['septiembre', 9], ['setiembre', 9], ['octubre', 10], ['noviembre', 11], ['diciembre', 12],
  ['gennaio', 1], ['febbraio', 2], ['aprile', 4], ['maggio', 5], ['giugno', 6], ['luglio', 7], ['settembre', 9], ['ottobre', 10], ['dicembre', 12],
  ['janeiro', 1], ['fevereiro', 2], ['março', 3], ['marco', 3], ['maio', 5], ['junho', 6], ['julho', 7], ['setembro', 9],
  ['outubro', 10], ['dezembro', 12],
  // Polish, in the nominative (`grudzień 1970`) and the genitive of a day's date (`13 grudnia 1981`), with and without accents.
  ...([['styczeń', 'stycznia', 'styczen'], ['luty', 'lutego'], ['marzec', 'marca'], ['kwiecień', 'kwietnia', 'kwiecien'], ['maj', 'maja'],
    ['czerwiec', 'czerwca'], ['lipiec', 'lipca'], ['sierpień', 'sierpnia', 'sierpien'], ['wrzesień', 'września', 'wrzesien', 'wrzesnia'],
    ['październik', 'października', 'pazdziernik', 'pazdziernika'], ['listopad', 'listopada'], ['grudzień', 'grudnia', 'grudzien']]
    .flatMap((forms, i) => forms.map((form): [string, number] => [form, i + 1]))),
  // Hungarian, with its accents (`1919. március 21.`).
  ...['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december']
    .map((name, i): [string, number] => [name, i + 1]),
  // Russian, transliterated (the Library of Congress's way, and with `y`), in the nominative (`Mart 1953`, `fevral' 1956`) and
  // the genitive of a day's date (`1 marta 1931`); the soft sign as either apostrophe, or left out. Not `mai`, French's too.
  ...([["ianvar'", 'ianvaria', "yanvar'", 'yanvarya'], ["fevral'", 'fevralia', 'fevralya'], ['mart', 'marta'], ["aprel'", 'aprelia', 'aprelya'],
    ['maia'], ["iiun'", 'iiunia', "iyun'", 'iyunya'], ["iiul'", 'iiulia', "iyul'", 'iyulya'], ['avgust', 'avgusta'],
    ["sentiabr'", 'sentiabria', "sentyabr'", 'sentyabrya'], ["oktiabr'", 'oktiabria', "oktyabr'", 'oktyabrya'], ["noiabr'", 'noiabria', "noyabr'", 'noyabrya'],
    ["dekabr'", 'dekabria', 'dekabrya']]
    .flatMap((forms, i) => forms.flatMap((form) => (form.endsWith("'") ? [form, form.replace("'", '’'), form.slice(0, -1)] : [form]))
      .map((form): [string, number] => [form, i + 1]))),
]);

/** Full month names, January first. */
export const MONTH_NAMES: readonly string[] = MONTHS.slice(0, 12).map(([name]) => name);

/**
 * Seasons as months of the northern meteorological year; winter runs from December of its year
 * into the next (`Winter 1975-76` is December 1975 to February 1976).
 */
export const SEASONS: Readonly<Record<string, { first: number; last: number }>> = {
  spring: { first: 3, last: 5 },
  summer: { first: 6, last: 8 },
  autumn: { first: 9, last: 11 },
  fall: { first: 9, last: 11 },
  winter: { first: 12, last: 2 },
};

/** Spelled decades of a century: `the thirties` is the fourth decade of whichever century the text is about. */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
};

const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
  'seventeenth', 'eighteenth', 'nineteenth'];

/** Ordinal words from `first` to `thirty-first` with their number: the days of a month (`the fifth of March`). */
export const DAY_ORDINAL_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  ...ORDINAL_UNITS.map((word, i) => [word, i + 1]),
  ...ORDINAL_TEENS.map((word, i) => [word, i + 10]),
  ['twentieth', 20], ...ORDINAL_UNITS.map((word, i) => [`twenty-${word}`, i + 21]),
  ['thirtieth', 30], ['thirty-first', 31],
]);

/** Ordinal words up to `twenty-first` with their number, for centuries. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = Object.fromEntries(Object.entries(DAY_ORDINAL_WORDS).filter(([, n]) => n <= 21));

/**
 * Words that, right after a four-digit number, make it a count or a measure rather than a year
 * (`1500 workers`, `1200 km`).
 */
export const COUNTED_NOUNS = new Set([
  'people', 'persons', 'men', 'women', 'children', 'members', 'workers', 'peasants', 'delegates', 'soldiers',
  'troops', 'officers', 'students', 'votes', 'voters', 'families', 'households', 'villages', 'deaths', 'victims',
  'prisoners', 'copies', 'pages', 'words', 'signatures', 'dollars', 'francs', 'roubles',
  'rubles', 'lire', 'yen', 'euros', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet',
  'tons', 'tonnes', 'kg', 'hours', 'hrs', 'minutes', 'cases', 'units', 'items', 'times', 'percent',
  'years', 'months', 'weeks', 'days', 'books', 'articles', 'letters', 'documents', 'factories', 'enterprises',
  'farms', 'tractors', 'horses', 'cattle', 'arrests', 'executions', 'cadres', 'communists', 'followers',
  'supporters', 'comrades', 'citizens', 'inhabitants', 'residents', 'refugees', 'casualties', 'wounded', 'dead',
]);

/** Words that, right before a number, make it a page, volume, note or other reference number. */
export const REFERENCE_WORDS = new Set([
  'p', 'pp', 'page', 'pages', 'no', 'nos', 'vol', 'vols', 'volume', 'n', 'nn', 'note', 'notes', 'fn', 'ch',
  'chap', 'chapter', 'fig', 'figure', 'table', 'art', 'article', 'para', 'paragraph', 'sec',
  'section', 'folio', 'fol', 'number', 'issue', 'tel', 'file', 'files', 'fond', 'delo', 'opis',
  'col', 'cols', 'column', 'columns', 'line', 'lines', 'plate', 'plates', 'doc', 'docs', 'box', 'folder', 'item', 'reel', 'bl',
]);

/** Nouns of meetings, which a month before them dates (`the November plenum`, `the April plenum of 1929`). */
export const MEETING_NOUNS = ['plenum', 'session', 'meeting', 'conference', 'congress'];

/**
 * Nouns that make a month before them the name of an event, not a time (`the October Revolution`, `May Day`,
 * `the April Theses`, `the July Monarchy`, `the May 16 Notification`); another capitalized word after a month is the next word of the
 * sentence (`In May Orwell left`).
 */
export const MONTH_EVENT_NOUNS = new Set([
  'Day', 'Days', 'Revolution', 'Revolutions', 'Rising', 'Uprising', 'Insurrection', 'Revolt', 'Mutiny', 'Events',
  'Crisis', 'Coup', 'Putsch', 'Action', 'Offensive', 'Strike', 'Massacre', 'Theses', 'Manifesto', 'Decree', 'Decrees',
  'Laws', 'Ordinances', 'Constitution', 'Declaration', 'Appeal', 'Programme', 'Program', 'Platform', 'Agreement',
  'Accords', 'Monarchy', 'Regime', 'Government', 'Ministry', 'Plenum', 'Movement', 'Group', 'Opposition', 'Fourth', 'Incident',
  'Incidents', 'Affair', 'Pact', 'Notification', 'Circular', 'Directive', 'Directives', 'Instruction', 'Resolution', 'Editorial', 'Corps', 'Faction',
]);
