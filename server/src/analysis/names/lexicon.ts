// General knowledge the name layer leans on: lexicons generated from npm packages
// (scripts/lexicons.mjs) and the small closed classes of English that mark names (titles, particles,
// the head nouns of organizations).
import commonWords from './lexicons/common-words.json';
import demonyms from './lexicons/demonyms.json';
import givenNames from './lexicons/given-names.json';
import places from './lexicons/places.json';

/**
 * Members of political movements and factions named after a word, not a person (`Bolshevik`, `Jacobin`): like words of
 * nationality, they name a group of people or qualify a noun, and are never a person's name.
 */
const MOVEMENT_MEMBERS = ['Bolshevik', 'Menshevik', 'Jacobin', 'Girondin', 'Montagnard', 'Narodnik', 'Decembrist', 'Communard',
  'Chartist', 'Fenian', 'Spartacist', 'Sandinista', 'Zapatista', 'Carlist', 'Falangist', 'Jacobite', 'Luddite', 'Sansculotte', 'Nazi', 'Chekist',
  // Members of churches, whose adjectives begin bodies' names (`Unitarian Service Committee`, `Methodist Church`).
  'Methodist', 'Baptist', 'Unitarian', 'Presbyterian', 'Congregationalist', 'Mennonite', 'Adventist', 'Quaker', 'Anglican',
  'Lutheran', 'Pentecostal', 'Episcopalian', 'Catholic', 'Protestant', 'Calvinist', 'Huguenot',
  // Members of faiths and their whole (not `Christian`, a given name too: `Christian Rakovsky`); `Jews` is too short for the plural's rule.
  'Jew', 'Jews', 'Jewry', 'Muslim', 'Moslem', 'Hindu', 'Sikh', 'Buddhist'];

interface Lexicons { commonWords: Set<string>; givenNames: Set<string>; nationalities: Set<string>; demonyms: Set<string>; places: Set<string> }
let lexicons: Lexicons | undefined;
/** The lexicons as sets, made on first use: a process that reads no name (`--help`) skips the 10 ms they take. */
const lexicon = (): Lexicons => lexicons ??= {
  commonWords: new Set<string>(commonWords),
  givenNames: new Set<string>(givenNames),
  nationalities: new Set<string>(demonyms),
  demonyms: new Set<string>([...demonyms, ...MOVEMENT_MEMBERS]),
  places: new Set<string>(places),
};

const isAscii = (word: string): boolean => !/[^\u0020-\u007e]/.test(word);
/** `word` without its accents (`đ` as `d`, as Vietnamese is written without them). */
const withoutAccents = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');

/** Whether a word, in small letters and without accents, is a given name of the lexicon (`simón` as `simon` too). */
const isGiven = (lower: string, plain: string): boolean => {
  const { givenNames } = lexicon();
  return givenNames.has(lower) || plain !== lower && givenNames.has(plain);
};
/** A given name of the lexicons, whatever its case and accents (`Karl`, `Simón`). */
export const isGivenNameWord = (word: string): boolean => {
  const lower = word.toLowerCase();
  return isGiven(lower, isAscii(lower) ? lower : withoutAccents(lower));
};

/**
 * Months (also of the French Republican calendar: `Thermidor`, `Brumaire`, and German ones, which German capitalizes:
 * `30. Dezember 1918`), days, seasons and feasts, in small letters: calendar words, not names.
 */
const CALENDAR_WORD = /^(?:januar|februar|m[äa]rz|juni|juli|oktober|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|vend[ée]miaire|brumaire|frimaire|niv[ôo]se|pluvi[ôo]se|vent[ôo]se|germinal|flor[ée]al|prairial|messidor|thermidor|fructidor|spring|summer|autumn|fall|winter|christmas|easter|whitsun|pentecost|advent|lent|michaelmas)(?:[-–](?:\p{L}+))?$/u;
export const isCalendarWord = (lower: string): boolean => CALENDAR_WORD.test(lower);

/**
 * Whether a word in small letters, or without its accents (`plain`), is a common word of the lexicon (`révolution`); but an
 * umlaut, which no English word has nor French gives its common words, is no accent to drop (`göring` is no `goring`). A
 * word British spelling hyphenates after its prefix is one the lexicon writes whole (`co-operation`, `pre-war`).
 */
const isCommonLower = (lower: string, plain: string): boolean =>
  lexicon().commonWords.has(lower) || plain !== lower && !UMLAUT.test(lower) && lexicon().commonWords.has(plain) ||
  plain.indexOf('-') > 1 && lexicon().commonWords.has(plain.replaceAll('-', ''));
const UMLAUT = /[äöü]/;
/** A word of everyday English prose (`party`, `conquest`), whatever its case. */
export const isCommonWord = (word: string): boolean => {
  const lower = word.toLowerCase();
  return isCommonLower(lower, isAscii(lower) ? lower : withoutAccents(lower));
};
/** A closed-class word of English (`the`, `where`, `however`), whatever its case. */
export const isFunctionWord = (word: string): boolean => FUNCTION_WORDS.has(word.toLowerCase());
/** An adjective or noun of nationality (`Russian`, `French`). */
const isDemonym = (word: string): boolean => lexicon().demonyms.has(word);
/** Forms that join a nation to another (`Sino–Soviet`, `Anglo-French`, `Russo-Japanese`): no name. */
export const COMBINING_FORMS = new Set(['sino', 'anglo', 'russo', 'austro', 'indo', 'afro', 'judeo', 'greco', 'hispano', 'luso', 'nippo', 'turco', 'serbo', 'czecho']);
/** `Frenchwomen`, `Englishman`, `Scotsmen`: a man or a woman of a nation whose adjective does not end in `-an`. */
export const NATIONALITY_COMPOUND = /^(?:French|English|Irish|Scots|Scotch|Dutch|Welsh|Cornish|Norse|Manx)(?:wo)?m[ae]n$/;
/** An adjective or noun of nationality alone, no movement's (`Russian`, not `Bolshevik`). */
export const isNationality = (word: string): boolean => lexicon().nationalities.has(word);
/** A word of nationality, or the plural of one (`Americans`, `Italians`): the people of a country, no name. */
const isDemonymWord = (word: string): boolean => {
  const { demonyms } = lexicon();
  return demonyms.has(word) || word.length > 4 && word.endsWith('s') && demonyms.has(word.slice(0, -1));
};
/**
 * The states of the United States as places of publication abbreviate them: postal codes (`NJ`) and the older
 * abbreviations, without their last full stop (`Mass`, `N.J`, `Calif`).
 */
const US_STATE_ABBREVIATIONS = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD',
  'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD',
  'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
  'Ala', 'Ariz', 'Ark', 'Calif', 'Cal', 'Colo', 'Conn', 'Del', 'D.C', 'Fla', 'Ga', 'Ill', 'Ind', 'Kans', 'Kan', 'Ky', 'La', 'Md',
  'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Nebr', 'Neb', 'Nev', 'N.H', 'N.J', 'N.M', 'N.Y', 'N.C', 'N.D', 'Okla', 'Ore',
  'Pa', 'Penn', 'R.I', 'S.C', 'S.D', 'Tenn', 'Tex', 'Vt', 'Va', 'Wash', 'Wis', 'Wisc', 'Wyo',
]);
export const isUsStateAbbreviation = (written: string): boolean => US_STATE_ABBREVIATIONS.has(written);

/**
 * A country, region, capital, subdivision or large city, as written (`Moscow`, `New Jersey`) or romanized by the Library of
 * Congress (`Iaroslavl`, see scripts/lexicons.mjs).
 */
export const isPlace = (name: string): boolean => lexicon().places.has(name);

/**
 * Endings of place names (`Siberia`, `Turkestan`, `Leningrad`, `Magdeburg`, `Finland`, `Darmstadt`, `Hechingen`, `Eisleben`,
 * `Oberhausen`, `Düsseldorf`, the villages `Havrylivka`, `Petrovka`), of towns named by their river (`Rostov-on-Don`,
 * `Frankfurt-am-Main`, `Châlons-sur-Marne`), and of German streets and squares (`Rosa-Luxemburg-Platz`, `Kurfürstendamm`).
 */
export const PLACE_ENDING = /(?:ia|stan|grad|gorod|burg|bourg|land|polis|ville|stadt|sk|ingen|leben|hausen|dorf|vka|-(?:on|upon|am|sur)-[^-\s]+|platz|straße|strasse|allee|damm|gasse)$/;
/** Words a hyphen joins to a title in a title of several words: `President-elect`, `Vice-President`, `Commander-in-Chief`. */
const TITLE_COMPANIONS = new Set(['elect', 'designate', 'in', 'chief', 'vice', 'deputy', 'acting', 'ex']);

/** German ranks of the SS and the Nazi party, maybe with their body (`SS-Obergruppenführer`, `Reichsführer`, `Gauleiter`). */
const GERMAN_RANK = /^(?:s[as]-)?(?:[a-zäöü]+(?:führer|fuehrer)|[a-zäöü]*(?:gau|reichs|kreis)leiter)$/;

/** Military ranks abbreviated, as hyphens join them into one rank (`Lt-Col.`, `Maj.-Gen.`). */
const RANKS = new Set(['lt', 'col', 'gen', 'maj', 'capt', 'brig', 'adm', 'sgt']);

/**
 * A title (in small letters), or titles, abbreviated ranks and their companions joined by hyphens (`governor-general`,
 * `president-elect`, `lt-col`).
 */
function isTitleWord(lower: string): boolean {
  if (TITLES.has(lower) || GERMAN_RANK.test(lower)) return true;
  if (!lower.includes('-')) return false;
  const parts = lower.split('-').map((part) => part.replace(/\.$/, ''));
  const isRank = (part: string) => TITLES.has(part) || RANKS.has(part);
  return parts.some(isRank) && parts.every((part) => isRank(part) || TITLE_COMPANIONS.has(part));
}

/** Endings of Russian adjectives (`Narodnaya`, `Chërnyi`), which begin names of bodies and places, not of people. */
export const RUSSIAN_ADJECTIVE_ENDING = /(?:aya|aia|oye|oe|yi|yy|iy)$/;

/** Words before a name that say who the person is without being part of the name. */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'lord', 'lady', 'dame', 'president', 'comrade',
  'comrades', 'general', 'marshal', 'admiral', 'colonel', 'captain', 'major', 'lieutenant', 'sergeant', 'chairman',
  'premier', 'prime', 'minister', 'senator', 'governor', 'ambassador', 'secretary', 'commissar', 'procurator', 'prosecutor', 'tsar', 'czar',
  'tsarina', 'king', 'queen', 'emperor', 'empress', 'prince', 'princess', 'duke', 'count', 'countess', 'baron',
  'pope', 'cardinal', 'bishop', 'archbishop', 'father', 'reverend', 'rev', 'rabbi', 'imam', 'saint', 'madame',
  'mme', 'monsieur', 'herr', 'frau', 'citizen', 'academician', 'judge', 'justice', 'mayor', 'chancellor',
  'kaiser', 'shah', 'sultan', 'emir', 'caliph', 'viceroy', 'marquis', 'marquess', 'earl', 'viscount', 'archduke', 'abbé',
  'abbe', 'commandant', 'commander', 'commodore', 'corporal', 'congressman', 'congresswoman', 'mahatma', 'pandit',
  'ayatollah', 'sheikh', 'maharaja', 'señor', 'signor', 'signora', 'monsignor', 'generalissimo', 'führer',
  'vicomte', 'vicomtesse', 'comte', 'comtesse', 'duc', 'duchesse', 'graf', 'gräfin', 'fürst', 'conde', 'condesa', 'vizconde', 'marchese',
  'hetman', 'ataman', 'voivode', 'raja', 'rajah', 'nawab', 'negus',
]);

/**
 * Initials of two letters or more, which transliterations write for one letter (`L. Ia. Gibianskii`, `Iu. Fel'shtinskii`,
 * `Zh. Medvedev`, `Gy. Lukács`, `Th. W. Adorno`).
 */
export const LONG_INITIALS = ['Ch', 'Dzh', 'Gy', 'Ia', 'Iu', 'Ja', 'Ju', 'Kh', 'Sh', 'Shch', 'Th', 'Ts', 'Ya', 'Ye', 'Yu', 'Zh'];

/** Particles that begin European surnames when capitalized (`Du Bois`, `Van Gogh`, `De Gaulle`, `Le Pen`). */
export const SURNAME_PARTICLES = new Set(['Du', 'De', 'Van', 'Von', 'Der', 'Den', 'Da', 'Di', 'Del', 'Della', 'Dos', 'Das', 'Ter', 'Ten', 'Le', 'La']);
/**
 * Small words inside a person's name (`de Gaulle`, `Bartolomé de las Casas`, `van der Waals`, `ibn Khaldun`, `Ngũgĩ wa
 * Thiong'o`) or a place's (`Santiago de los Caballeros`, `Dar es Salaam`).
 */
export const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'dei', 'des', 'du', 'van', 'von', 'der', 'den', 'dem', 'ten', 'ter', 'la', 'le', 'las', 'los',
  'dos', 'das', 'do', 'bin', 'ibn', 'al', 'el', 'es', 'y', 'zu', 'wa']);

/**
 * `für`, `und` of German names of firms and bodies (`Verlag für Politik und Wirtschaft`); `na`, the Irish article of
 * the plural (`Cumann na mBan`), which makes a name of a body or a place, never of a person; `nad`, `pod`, the Czech,
 * Slovak and Polish `above`, `below` of towns named after their river or hill (`Čierna nad Tisou`, `Ústí nad Labem`).
 */
export const FOREIGN_CONNECTORS = new Set(['für', 'und', 'na', 'nad', 'pod', 'i', 'et']);

/** Lower-case words that may stand inside a run of capitalized words (`Party of the Left`, `Charles de Gaulle`). */
export const CONNECTORS = new Set(['of', 'the', 'and', 'for', ...PARTICLES, ...FOREIGN_CONNECTORS]);

/**
 * The heads of bodies' names in the languages whose parties, papers and publishers essays name untranslated; in them the
 * head comes first (`Partido Comunista`, `Corriere della Sera`, `Éditions Sociales`, `Parti communiste français`).
 */
const HEADS_FIRST = new Set([
  'partido', 'partito', 'parti', 'partei', 'frente', 'fronte', 'movimiento', 'movimento', 'mouvement', 'comité',
  'comitato', 'komitee', 'directorio', 'consejo', 'consiglio', 'conseil', 'unión', 'unione', 'liga', 'lega', 'ligue',
  'grupo', 'gruppo', 'groupe', 'gruppe', 'agrupación',
  'bund', 'verein', 'confederación', 'confédération', 'federación', 'federazione', 'sindicato', 'sindacato', 'syndicat',
  'gewerkschaft', 'ejército', 'esercito', 'armée', 'zeitung', 'rundschau', 'zeitschrift', 'gazzetta', 'corriere',
  'giornale', 'diario', 'revue', 'rivista', 'revista', 'éditions', 'ediciones', 'edizioni', 'verlag', 'editorial',
  'editori', 'editore', 'université', 'universidad', 'università', 'universität', 'instituto', 'istituto', 'institut',
  'banque', 'banco', 'banca', 'compagnie', 'compañía', 'compagnia', 'société', 'sociedad', 'società', 'gesellschaft',
  'ministère', 'ministerio', 'ministero', 'ministerium', 'assemblée', 'asamblea', 'assemblea', 'chambre', 'cámara', 'académie',
  'bibliothèque', 'biblioteca', 'musée', 'museo', 'école', 'escuela', 'scuola', 'fédération', 'confederazione', 'associazione', 'asociación',
  'corporación', 'corporazione', 'empresa', 'organización', 'organizzazione', 'associação', 'federação', 'confederação', 'companhia',
  'fundación', 'fondation', 'fondazione', 'juventud', 'juventudes', 'jeunesse', 'jeunesses', 'gioventù', 'alianza', 'alleanza',
  'unidad', 'acción', 'fuerzas', 'comisión', 'commissione', 'comissão', 'bloque', 'coordinadora', 'servicio', 'servizio',
  // Catalan (`Partit Socialista Unificat de Catalunya`, `Bloc Obrer i Camperol`, `Esquerra Republicana`) and Portuguese.
  'partit', 'unió', 'federació', 'confederació', 'comitè', 'consell', 'sindicat', 'aliança', 'joventut', 'joventuts',
  'edicions', 'universitat', 'arxiu', 'esquerra', 'acció', 'bloc', 'união',
  // Governments and their offices in Spain (`the Generalitat`, `Dirección General de Seguridad`, `Conselleria de Governació`).
  // Polish (`Armia Krajowa`, `Armia Ludowa`).
  'armia',
  'generalitat', 'xunta', 'dirección', 'direcció', 'departamento', 'departament', 'dipartimento', 'conselleria', 'consejería', 'delegación', 'ayuntamiento', 'ajuntament', 'diputación', 'diputació',
]);

/** A head of a body's name that comes first in its language (`Syndicat`, `Partido`). */
export const isHeadFirst = (token: { lower: string }): boolean => HEADS_FIRST.has(token.lower);

/** Nouns that make a capitalized phrase the name of an organization (a party, a committee, a journal). */
const ORGANIZATION_HEADS = new Set([
  'party', 'parties', 'democrats', 'international', 'committee', 'commission', 'bureau', 'politburo', 'orgburo', 'council', 'congress',
  'assembly', 'army', 'navy', 'command', 'church', 'department', 'ministry', 'government', 'office',
  'inspectorate', 'directorate', 'secretariat', 'presidium', 'institute', 'university', 'college', 'academy', 'school',
  'press', 'publishers', 'publishing', 'publications', 'publication', 'books', 'review', 'journal', 'quarterly',
  'monthly', 'weekly', 'daily', 'bulletin', 'messenger', 'gazette', 'herald', 'times', 'tribune', 'post', 'news', 'worker',
  'supplement', 'studies', 'society', 'association', 'league', 'federation', 'tendency', 'opposition',
  'bloc', 'center', 'centre', 'foundation', 'sector', 'section', 'group', 'youth', 'union', 'unions',
  'alliance', 'organization', 'organisation', 'company', 'corporation', 'bank', 'court', 'tribunal', 'guard',
  'police', 'service', 'agency', 'trust', 'fund', 'library', 'museum', 'conference', 'convention', 'brigade',
  'division', 'corps', 'fleet', 'club', 'cooperative', 'collective', 'comintern', 'nations', 'authority', 'radio',
  'cominform', 'plenum', 'duma', 'parliament', 'senate', 'cabinet', 'administration', 'commune', 'order',
  // Soviet bodies named by syllabic abbreviations, as essays write them untranslated (`Sovnarkom`, `Gosplan`).
  'sovnarkom', 'gosplan', 'gosbank', 'vesenkha', 'rabkrin', 'komsomol', 'proletkult', 'glavlit', 'narkomindel', 'narkompros',
  'narkomnats', 'profintern', 'krestintern', 'revvoensovet', 'ispolkom', 'obkom', 'gubkom', 'raikom', 'gulag', 'okhrana',
  // Secret police and armed forces of other states, named by their own words (`the Gestapo`, `the Stasi`, `the Wehrmacht`).
  'gestapo', 'abwehr', 'sicherheitsdienst', 'wehrmacht', 'luftwaffe', 'kriegsmarine', 'stasi', 'securitate', 'sigurimi', 'ovra',
  'coalition', 'chamber', 'guards', 'marines', 'militia', 'legion', 'regiment', 'battalion', 'brotherhood', 'constabulary',
  'battalions', 'brigades', 'regiments', 'militias', 'volunteers', 'auxiliaries', 'irregulars', 'rangers', 'fusiliers', 'force', 'forces',
  'squad', 'workshops', 'commissariat', 'collegium',
  'gendarmerie', 'shipyard', 'synod', 'archives', 'archive',
  // Parliaments and assemblies that essays name in their own language (`the Sejm`, `the Dáil`, `Verkhovna Rada`).
  'rada', 'sejm', 'dáil', 'seanad', 'oireachtas', 'cortes', 'reichstag', 'landtag', 'bundestag', 'bundesrat', 'reichsrat',
  'volkskammer', 'storting', 'riksdag', 'folketing', 'eduskunta', 'knesset', 'majlis', 'sobranie', 'skupština', 'sabor',
  'seimas', 'saeima', 'jirga', 'khural',
  // Irish associations and leagues (`Cumann na mBan`, `Conradh na Gaeilge`); German and Italian archives.
  'cumann', 'conradh', 'clann', 'bundesarchiv', 'staatsarchiv', 'archiv', 'archivio', 'archivo',
  // Parties, ministries, committees and archives in the languages of Europe (`Komunistyczna Partia Polski`, `Partido Obrero`,
  // `Ministerstwo Spraw Wewnętrznych`, `Archiwum Akt Nowych`, `Komitet Centralny`).
  'partia', 'partiia', 'partiya', 'partido', 'partito', 'parti', 'strana', 'stranka', 'ministerstwo', 'ministerio', 'ministero',
  'ministère', 'ministerium', 'ministerstvo', 'komitet', 'comité', 'comitato', 'archiwum', 'arkhiv', 'związek',
  // Publishers (`Wydawnictwo Literackie`, `Izdatel'stvo politicheskoi literatury`, `Kossuth Könyvkiadó`, `Nakladatelství Svoboda`).
  'wydawnictwo', 'wydawnictwa', 'izdatelstvo', "izdatel'stvo", 'izdatel’stvo', 'nakladatelství', 'vydavatelství', 'kiadó', 'könyvkiadó',
  // Words that name newspapers of other languages, alone or with another word (`Pravda`, `Mundo Obrero`): the
  // worker, the truth, the news, the spark, forward.
  'obrero', 'obrera', 'obrer', 'ouvrier', 'ouvrière', 'operaio', 'arbeiter', 'rabochii', 'rabochee', 'rabochaia', 'rabochaya', 'pravda', 'izvestia', 'izvestiya', 'izvestiia', 'iskra',
  'vorwärts', 'avanti', 'adelante', 'humanité', 'unità', 'treball', 'trud', 'gazeta', 'nachrichten', 'noticias', 'fahne',
  ...HEADS_FIRST,
]);

/**
 * Common nouns that name one body or place alone, capitalized: bodies of a state or a party (`the Convention`, `the Directory`,
 * `Congress voted`, `the Opposition`, `the International`), armed corps and movements (`the Volunteers`, `the Marines`, `the Resistance`), a state (`the
 * Republic`) and the seats of its powers (`the Pentagon`), as no party or committee is named (`the Party`, `the
 * Committee` stay common nouns).
 */
export const NAMING_NOUNS: ReadonlyMap<string, 'organization' | 'place'> = new Map([
  ...['convention', 'assembly', 'commune', 'directory', 'consulate', 'congress', 'parliament', 'senate', 'international',
    'secretariat', 'presidium', 'opposition', 'volunteers', 'auxiliaries', 'irregulars', 'marines', 'squad', 'resistance',
    // Newspapers named by one word (`the Times reported`, `the Guardian`).
    'times', 'guardian', 'observer', 'telegraph', 'economist', 'spectator', 'tribune', 'herald', 'chronicle', 'independent'].map((noun) => [noun, 'organization'] as const),
  ...['republic', 'pentagon', 'capitol'].map((noun) => [noun, 'place'] as const),
]);

/** Nouns that make a capitalized phrase a place (`Ural Mountains`, `Bug River`). */
const PLACE_HEADS = new Set([
  'mountains', 'river', 'sea', 'ocean', 'lake', 'island', 'islands', 'valley', 'gulf', 'bay', 'peninsula', 'desert',
  'province', 'district', 'region', 'republic', 'republik', 'république', 'república', 'repubblica', 'ssr', 'assr', 'sfsr', 'city', 'street', 'square', 'circle', 'coast', 'strait', 'mount',
  'empire', 'kingdom', 'principality', 'duchy', 'territory', 'colony', 'protectorate', 'canal', 'plain', 'plains',
  'highlands', 'basin', 'delta', 'forest', 'cape', 'pass', 'hills', 'heights', 'avenue', 'boulevard', 'palace',
  'station', 'bridge', 'gate', 'quarter', 'harbor', 'harbour', 'fort', 'gaol', 'jail', 'prison', 'barracks',
  'theatre', 'theater', 'cinema', 'stadium', 'cemetery', 'cathedral', 'monastery', 'fortress',
]);

/** Heads of places' names that come first (`Mount Sinai`; in other languages `Sierra Maestra`, `Río de la Plata`, `Monte Cassino`). */
const PLACE_HEADS_FIRST = new Set([
  'sierra', 'río', 'rio', 'mount', 'mt', 'monte', 'mont', 'lago', 'lac', 'isla', 'île', 'ile', 'cordillera', 'costa', 'côte', 'puerto',
  'porto', 'bahía', 'cerro', 'golfo', 'piazza', 'plaza', 'rue', 'avenida', 'calle', 'valle', 'campo', 'col', 'baie', 'fort',
  'place', 'plaça', 'praça', 'hôtel', 'via', 'viale', 'corso', 'rua', 'quai', 'pont', 'porte', 'palais', 'château', 'casa', 'piazzale', 'passeig',
  'parc', 'parque', 'gare', 'jardin', 'jardins', 'chaussée', 'cimetière', 'palacio', 'palazzo', 'bois', 'hotel', 'lake', 'loch', 'cape', 'port',
  // Saints of the Romance and German languages name places (`San Ángel`, `Santa Cruz`), English ones saints too (`St Paul`).
  'san', 'santa', 'santo', 'são', 'sankt',
]);

/** Words that make the capitalized word after them a place: `North Caucasus`, `Eastern Europe`, `Latin America`. */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'far', 'near', 'middle', 'latin']);

/** Closed-class words that begin a sentence without being part of the name after them. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'and', 'but', 'or', 'nor', 'when', 'while', 'after', 'before', 'if',
  'as', 'by', 'with', 'from', 'to', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'our', 'its', 'my', 'your',
  'it', 'he', 'she', 'we', 'they', 'i', 'there', 'here', 'then', 'thus', 'so', 'yet', 'however', 'although', 'though',
  'since', 'because', 'what', 'which', 'who', 'whom', 'whose', 'where', 'why', 'how', 'all', 'both', 'each', 'every',
  'no', 'not', 'only', 'even', 'also', 'once', 'now', 'later', 'during', 'under', 'over', 'between', 'among',
  'against', 'without', 'within', 'upon', 'into', 'through', 'despite', 'unlike', 'like', 'according', 'see', 'cf',
  'did', 'does', 'do', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'could', 'should', 'yes', 'dear',
  'most', 'many', 'some', 'any', 'such', 'whatever', 'wherever', 'whenever', 'whoever', 'much', 'more', 'less', 'few', 'other', 'another',
]);

/** Family names that begin Vietnamese names, whose other words are of one syllable each (`Vo Nguyen Giap`). */
const VIETNAMESE_FAMILY_NAMES = new Set([
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly',
  'trinh', 'truong', 'dinh', 'lam', 'mai', 'luong', 'ha', 'cao', 'ta', 'chu', 'vuong', 'dao', 'doan', 'luu', 'ton', 'lai',
]);

/**
 * Family names that begin Chinese (pinyin, Wade-Giles, Cantonese) and Korean names, whose given names are of one or
 * two syllables (`Mao Zedong`, `Chiang Kai-shek`, `Park Chung-hee`).
 */
const EAST_ASIAN_FAMILY_NAMES = new Set([
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he',
  'lin', 'gao', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'deng', 'feng', 'han', 'cao', 'peng', 'zeng', 'xiao',
  'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen',
  'yao', 'mao', 'jin', 'qian', 'kang', 'dai', 'qiu', 'kong', 'bo', 'rao', 'qu', 'qin', 'shi', 'fang', 'fu', 'tao',
  'meng', 'bai', 'long', 'wan', 'zou', 'xiong', 'jia', 'hou', 'yan', 'lei', 'zhong', 'tan', 'lai', 'hao', 'shao', 'gu',
  'wen', 'chang', 'chou', 'chao', 'chu', 'chiang', 'hsu', 'hsiao', 'hsieh', 'kuo', 'teng', 'tseng', 'tsai', 'liao',
  'sung', 'soong', 'chin', 'chi', 'ho', 'lo', 'yeh', 'wong', 'chan', 'cheung', 'leung', 'lam', 'ng', 'tse', 'lau',
  'kwok', 'tsang', 'tung', 'ting', 'kao', 'yen', 'tai', 'chow', 'kim', 'lee', 'park', 'pak', 'choi', 'jung', 'chung',
  'cho', 'yoon', 'jang', 'lim', 'shin', 'kwon', 'hwang', 'ahn', 'hong', 'rhee', 'yi',
  // Wade-Giles spellings of pinyin names above (`Po` for `Bo`, `Ku` for `Gu`, `Ch'iu` for `Qiu`, `Jen` for `Ren`).
  'po', 'ku', 'tu', 'pai', 'chiu', 'chien', 'hsiung', 'tsou', 'chia', 'jen', 'jao', 'tien', 'tsao', 'lung', 'kung', 'shih',
]);

/** A Wade-Giles syllable without the apostrophe of its aspirated initial (`Ch'en`, `P'eng`, `Ts'ai`): the family names are listed so. */
const withoutAspiration = (plain: string) => (plain.includes("'") || plain.includes('’') ? plain.replace(/^([ptkc]h?|ts)['’]/, '$1') : plain);

/** Articles of French, Italian, Spanish and German: they begin names of papers and bodies (`Le Monde`, `Die Zeit`). */
const ARTICLES = new Set(['le', 'la', 'les', 'il', 'lo', 'gli', 'el', 'los', 'las', 'die', 'der', 'das']);
/** `L'Unità`, `L’Humanité`: an elided article glued to the name. */
const ELIDED_ARTICLE = /^L['’]\p{Lu}/u;

/** Prefixes that make a derived word of a name: `anti-Stalin`, `post-Lenin`, `Neo-Marxist`. */
const PREFIXES = /^(?:anti|pro|post|pre|neo|ex|non|counter|semi|quasi|crypto|de|re|un|super|ultra|arch|mid)[-‐]/i;
/** English words that make an adjective of the name before the hyphen. */
const COMBINING = /[-‐](?:like|type|style|era|led|aligned|affiliated|allied|linked|owned|held|run|majority|speaking|language|born|ruled|based|oriented|inspired|minded|dominated|controlled|backed|funded|financed|occupied|trained|sponsored|wing|ism|ist|ite|ian|esque|ization|speakers?)$/;
/**
 * Suffixes of words derived from names (Stalinism, Trotskyist, Trotskyite, Althusserian) and other adjectives (Jewish);
 * doctrines as other languages name them (`Cardenismo`, `Stalinismus`, `gaullisme`), the Russian name of a time after
 * a person (`Yezhovshchina`, `Makhnovshchina`), Slavic agent nouns in the plural (`Chetniks`, `Narodniks`), but not `-ista`, which ends surnames too (`Batista`), nor the Swedish `-qvist`
 * (`Lindqvist`), nor an ending after a single letter (`Bian`, `Tian`, Chinese names).
 */
const DERIVED_ENDING = /(?<=\p{L}{2})(?:ology|ologies|ism|isms|ismo|ismos|isme|ismus|(?<![kq]v)ists?|istic|ite|ites|ian|ians|ean|eans|ization|izations|isation|ification|ized|ised|izing|ising|esque|ish|ship|ships|shchina|niks)$/u;

/** A word derived from a name or a prefixed name (`Stalinist`, `anti-Stalin`), written `text`, as a name `name`. */
function isDerivedWord(text: string, name: string, givenName: boolean): boolean {
  if (text.includes('-') || text.includes('‐')) {
    if (PREFIXES.test(text)) return true;
    // `Lenin-like`, `Stalin-era`: an English word after the hyphen; not `Mao Tse-tung`, `Port-au-Prince`.
    if (COMBINING.test(text)) return true;
    // `Polish-German`, `Anglo-American`: an adjective of nationalities; `Well-known`: a compound of common words;
    // `Russian-reading`, `German-born`: a nationality's, ending in small letters.
    const parts = text.split('-');
    if (text.includes('-') && (isOfNations(parts) || /-\p{Ll}+$/u.test(text) && (parts.every(isCommonWord) || isOfNations(parts.slice(0, -1))))) return true;
  }
  return DERIVED_ENDING.test(name) && !givenName && !GAELIC_SURNAME.test(name);
}
/**
 * `Turinese`, `Pekingese`: a place's adjective in `-ese`, its name whole before the ending (not the Italian surnames of
 * places' adjectives: `Genovese`, of Genova, `Veronese`).
 */
const isAdjectiveOfPlace = (name: string, places: ReadonlySet<string>) => name.endsWith('ese') && name.length > 6 && places.has(name.slice(0, -3));
/** Words of nationality (or `Soviet`) joined by hyphens, the first ones maybe forms that join nations (`Polish-German`, `Sino-Soviet`). */
const isOfNations = (parts: string[]) => parts.every((part, i) => isDemonym(part) || part === 'Soviet' || i < parts.length - 1 && COMBINING_FORMS.has(part.toLowerCase()));
/** `Maclean`, `McLean`, `MacLean`: a Gaelic surname ends like a derived word (not `Macedonian`, `Machiavellian`). */
const GAELIC_SURNAME = /^(?:Mc|Mac)(?:\p{Lu}|[dgklmnpqrt])/u;

/** What the lexicons say of a word: a token's `lexicon`, one bit for each lexicon that has it. */
export const COMMON = 1;
const GIVEN_NAME = 2;
export const DEMONYM = 4;
export const PLACE = 8;
export const TITLE = 16;
export const ORGANIZATION_HEAD = 32;
export const PLACE_HEAD = 64;
export const COMPASS_WORD = 128;
export const FUNCTION_WORD = 256;
export const DERIVED = 512;
export const VIETNAMESE_FAMILY_NAME = 1024;
export const EAST_ASIAN_FAMILY_NAME = 2048;
export const ARTICLE = 4096;
export const PLACE_HEAD_FIRST = 8192;

/** The lexicon bits of a word written `text`, from its small letters `lower` and its `name` (see `Token`). */
export function lexiconOf(text: string, lower: string, name: string): number {
  const untitled = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  // The lexicons write words without accents: `Simón`, `José` are given names too, and `Révolution` a common word.
  const plain = isAscii(lower) ? lower : withoutAccents(lower);
  const { places } = lexicon();
  // A hyphenated given name is one when each of its parts is (`Jean-Marie`, `Hans-Jürgen`).
  const givenName = isGiven(lower, plain) || plain.includes('-') && plain.split('-').every((part) => part !== '' && isGiven(part, part));
  const common = isCommonLower(lower, plain) || isGermanNoun(lower) || isRomanceNoun(lower) && !ORGANIZATION_HEADS.has(lower);
  return (common ? COMMON : 0) | (givenName ? GIVEN_NAME : 0) |
    (isDemonymWord(text) ? DEMONYM : 0) | (places.has(name) ? PLACE : 0) | (isTitleWord(untitled) ? TITLE : 0) |
    (ORGANIZATION_HEADS.has(lower) || !common && (GERMAN_BODY_ENDING.test(lower) || CHINESE_PARTY_ENDING.test(lower) || CAMP_ENDING.test(lower)) ? ORGANIZATION_HEAD : 0) | (PLACE_HEADS.has(lower) ? PLACE_HEAD : 0) |
    (COMPASS.has(lower) ? COMPASS_WORD : 0) | (FUNCTION_WORDS.has(lower) ? FUNCTION_WORD : 0) |
    // A known place with an ending of derived words is the place (`Caribbean`, `Fujian`).
    ((isDerivedWord(text, name, givenName) || isAdjectiveOfPlace(name, places)) && !places.has(name) ? DERIVED : 0) |
    (VIETNAMESE_FAMILY_NAMES.has(plain) ? VIETNAMESE_FAMILY_NAME : 0) | (EAST_ASIAN_FAMILY_NAMES.has(withoutAspiration(plain)) ? EAST_ASIAN_FAMILY_NAME : 0) |
    (ARTICLES.has(lower) || ELIDED_ARTICLE.test(text) ? ARTICLE : 0) | (PLACE_HEADS_FIRST.has(lower) ? PLACE_HEAD_FIRST : 0);
}

/**
 * German abstract nouns, which German capitalizes (`Würdigung`, `Freiheit`, `Klassenbewusstsein`, `Einleitung`): common words
 * of titles and quotations, no names; long, for surnames end so too (`Jung`, `Hartung`), but for endings no surname has
 * (`Freiheit`).
 */
export const isGermanNoun = (lower: string) => GERMAN_NOUN.test(lower);
const GERMAN_NOUN_ENDINGS = '(?:ung|heit|keit|schaft|ismus|bewusstsein|bewußtsein)';
const GERMAN_NOUN = new RegExp(`^(?:[a-zäöüß]{5,}${GERMAN_NOUN_ENDINGS}|[a-zäöüß]{4}(?:heit|keit|schaft))$`);
/**
 * Spanish, Catalan, Portuguese and Italian abstract nouns (`Seguridad`, `Seguretat`, `Dirección`, `Conselleria`): common words
 * of bodies' names and titles, no surnames (a given name that ends so, `Soledad`, is in its lexicon).
 */
export const isRomanceNoun = (lower: string) => ROMANCE_NOUN.test(lower);
const ROMANCE_NOUN = /^[a-zà-ÿ]{3,}(?:dad|tat|tà|ción|sión|ció|ção|zione|miento|mento|ència|encia|ería|eria)$/;
/** Whether a text ends as a German abstract noun does: where one may stand, to look at closer (see `isGermanNoun`). */
export const endsLikeGermanNoun = (text: string) => GERMAN_NOUN_END.test(text);
const GERMAN_NOUN_END = new RegExp(`${GERMAN_NOUN_ENDINGS}$`);
/**
 * German compounds ending in the head of a body's name: `Freikorps`, `Spartakusbund`, `Zentrumspartei`, `Arbeiterverein`,
 * `Reichswehr`, councils (`Soldatenräte`, `Betriebsrat`); not the English `moribund`, `cummerbund`.
 */
const GERMAN_BODY_ENDING = /[a-zäöüß]{3}(?:korps|(?<!^(?:mori|cummer|kummer))bund|partei|verein|gruppe|ausschuss|verband|gewerkschaft|zeitung|verlag|wehr|räte)$|[a-zäöüß]{5}rat$/;

/** Chinese names of parties, `dang` (party) in pinyin or Wade-Giles after the party's words: `Kuomintang`, `Guomindang`, `Gongchandang`. */
const CHINESE_PARTY_ENDING = /(?:min|chan)(?:tang|dang)$/;

/** The Soviet camps' names, their words cut short before `lag` (camp): `Rechlag`, `Steplag`, `Vorkutlag`, `Dallag`. */
const CAMP_ENDING = /^[a-z]{3,}lag$/;

/** Whether the lexicons give `token` the lexicon bit `bit`. */
export const inLexicon = (token: { lexicon: number }, bit: number): boolean => (token.lexicon & bit) !== 0;
/** A token that is a word of everyday English prose. */
export const isCommonToken = (token: { lexicon: number }): boolean => inLexicon(token, COMMON);
/** A token that is a given name in one of several languages (`Leon`, `Georgi`, `Sheila`). */
export const isGivenName = (token: { lexicon: number }): boolean => inLexicon(token, GIVEN_NAME);
/** A token that is a family name of a language that writes it first (`Mao`, `Nguyen`; `Hong` of `Hong Kong`). */
export const isFamilyNameFirst = (token: { lexicon: number }): boolean => inLexicon(token, EAST_ASIAN_FAMILY_NAME | VIETNAMESE_FAMILY_NAME);

/** `Tiflis district`, `Gori church`, `village of Didi-Lilo`: a common noun of places before or after the name. */
export const PLACE_NOUNS = new Set(['fortress', 'district', 'province', 'region', 'village', 'town', 'city', 'county', 'oblast', 'river', 'mountains', 'valley', 'church', 'cathedral', 'prison',
  'hills', 'island', 'coast', 'outskirts', 'suburbs', 'port', 'frontier', 'border', 'basin', 'steppe', 'delta', 'plateau', 'coalfield',
  'countryside', 'highlands', 'lowlands', 'airfield', 'airport', 'aerodrome', 'peninsula', 'settlement', 'settlements', 'colony', 'colonies',
  'coalfields', 'oilfield', 'oilfields', 'fields', 'mines', 'harbour', 'harbor', 'mouth', 'shores', 'slopes',
  'villages', 'districts', 'provinces', 'regions', 'towns', 'cities', 'ports', 'rivers', 'islands', 'counties', 'valleys', 'street', 'streets',
  'avenue',
  // Russia's and the Soviet Union's own words for places: a Cossack village, a district, a territory, a county.
  'stanitsa', 'stanitsas', 'raion', 'raions', 'krai', 'okrug', 'uezd', 'guberniia', 'gubernia', 'volost', 'oblasts']);
/**
 * `the camp of Goli Otok`, `the peasants of Casas Viejas`, `the diocese of Chartres`: nouns whose `of` names a place (not
 * after a name: `the Trotsky camp`).
 */
export const NOUNS_OF_PLACES = new Set([...PLACE_NOUNS, 'camp', 'peasants', 'villagers', 'inhabitants', 'residents', 'citizens', 'people', 'diocese', 'archdiocese', 'bishopric']);
