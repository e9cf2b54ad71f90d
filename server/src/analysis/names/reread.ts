// The names of a document read again with what the whole text says, after each run was read alone: unknown words that
// are a place somewhere are one everywhere, a place named after a person the text names is that person, the names that a
// German article or noun, a common noun before a particle, a publisher's place or title, or a pact after them show to be
// no person's, and a name read as one that the text gives as two.
import { ARTICLE, COMPASS_WORD, DEMONYM, PARTICLES, PLACE, PLACE_HEAD, PLACE_HEAD_FIRST, SURNAME_PARTICLES, TITLE, TITLES, inLexicon, endsLikeGermanNoun, isCommonToken, isCommonWord, isGermanNoun, isGivenName, isPlace, isRomanceNoun } from './lexicon';
import { PLACE_BEFORE, SAINTS, nameOf } from './classify';
import { type NameSpan, opensTwoWordSurname, surnameAt } from './identity';
import type { Token } from './tokens';
import type { EntityKind } from '../types';

/** The document's names, read again (each pass below, in turn). */
export function rereadNames(text: string, spans: NameSpan[]): NameSpan[] {
  const places = peopleNamedLikePlaces(placesOfUnknownWords(spans));
  return namesReadApart(text, withoutNamesOfThings(text, withoutPairsNamingThings(text, withoutGermanNounPhrases(text, publishersAfterPlaces(text, places)))));
}

/** A pact, a treaty, a trial after names joined by a dash (`the Molotov–Ribbentrop Pact`, `the Zinoviev-Kamenev trial`). */
const PAIR_THING_AFTER = /^(?:[-–—]\p{Lu}[\p{L}'’]*)*\s+(?:pact|treaty|agreement|trial|accords?|protocols?)\b/iu;
const DASHED_NAME_BEFORE = /\p{Lu}[\p{L}'’]*[-–—]$/u;
const isDash = (c: number) => c === 45 /* - */ || c === 0x2013 /* – */ || c === 0x2014 /* — */;

/** The names without the persons whose names, two joined by a dash, name a pact, a treaty or a trial, as `the Stalin Prize` names a prize. */
function withoutPairsNamingThings(text: string, spans: NameSpan[]): NameSpan[] {
  const kept: NameSpan[] = []; // pushed, not filtered: see arrays.ts
  for (const span of spans) {
    // A dash after the name, in it or right before it first: most names have none, and are passed over at one look.
    const dashed = span.kind === 'person' && (isDash(text.charCodeAt(span.end)) || isDash(text.charCodeAt(span.start - 1)) && DASHED_NAME_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start)) ||
      span.tokens.some((t) => t.text.includes('-')));
    if (!dashed || !PAIR_THING_AFTER.test(text.slice(span.end, span.end + 40))) kept.push(span);
  }
  return kept;
}

/** Words that no lexicon knows and that open no person's name (no given name, initial or title), two or more. */
function isOfUnknownWords(tokens: Token[]): boolean {
  if (tokens.length < 2) return false;
  for (const t of tokens) if (!t.capitalized || t.initial || isCommonToken(t) || inLexicon(t, PLACE) || isGivenName(t)) return false;
  return true;
}

/**
 * Unknown words (`Casas Viejas`, `Lisy Nos`) are read as a person's name but after a preposition of place (`the massacre at
 * Casas Viejas`, see `classifyPiece`). A text names one thing by them throughout: once a place, they are one everywhere
 * (`Casas Viejas became a symbol`), but in the possessive.
 */
function placesOfUnknownWords(spans: NameSpan[]): NameSpan[] {
  const places = new Set<string>();
  for (const span of spans) if (span.kind === 'place' && isOfUnknownWords(span.tokens)) places.add(nameOf(span.tokens));
  if (places.size === 0) return spans;
  const agreed: NameSpan[] = []; // pushed, not mapped: see arrays.ts
  for (const span of spans) {
    const { kind, tokens, start, end } = span;
    const place = kind === 'person' && !tokens[tokens.length - 1].possessive && isOfUnknownWords(tokens) && places.has(nameOf(tokens));
    // Made as every span is made: a copy by spreading would have another shape (map) in V8.
    agreed.push(place ? { kind: 'place', tokens, start, end } : span);
  }
  return agreed;
}

/**
 * A German article, and maybe an adjective in its inflection, right before a name: German capitalizes every noun, so
 * after one stand the nouns of a title or a phrase (`Die industrielle Entwicklung Polens`, `Die Krise der
 * Sozialdemokratie`, `Materialien zur Geschichte der deutschen Arbeiterbewegung`), no person. `der`, `des`, `den` in small
 * letters only before such an adjective or an ordinal (`des 12. Parteitages`): alone they are also particles (`van der
 * Pijl`) and French.
 */
const GERMAN_ARTICLE_BEFORE = /(?:^|[\s"“„(*_])(?:(?:D(?:ie|er|as|es|em|en)|Eine?[mnrs]?|die|das|eine?[mnrs]?|zur|zum|vom|beim)\s+(?:\p{Ll}+(?:e|en|er|es|em)\s+)?|(?:der|des|den|dem)\s+(?:\p{Ll}+(?:e|en|er|es|em)|\d{1,3}\.)\s+)$/u;

/** A German abstract noun right before a name (`Die industrielle Entwicklung Polens`): the name is the noun's genitive. */
const GERMAN_NOUN_BEFORE = /(?:^|[\s"“„(*_])(\p{Lu}\p{Ll}+)\s+$/u;

/** Whether a German abstract noun ends `before` (its last letters first: most text before a name ends otherwise). */
function isGermanNounBefore(before: string): boolean {
  // The longest ending is eleven letters (`bewusstsein`).
  if (!endsLikeGermanNoun(before.trimEnd().slice(-11))) return false;
  const noun = GERMAN_NOUN_BEFORE.exec(before)?.[1];
  return noun !== undefined && isGermanNoun(noun.toLowerCase());
}

/**
 * German words that open a title's or a phrase's nouns, no person's name: articles, possessives and prepositions
 * (`Eine Biographie`, `Sein Weg zum Marxismus`, `Im Lebensrausch`), participles and adjectives in their inflection
 * (`Gesammelte Werke`, `Politische Arbeit`).
 */
const GERMAN_OPENER = /^(?:Eine?[mnrs]?|Seine?[mnrs]?|Ihre?[mnrs]?|Unsere?[mnrs]?|Im|Zur|Zum|Vom|Beim|Über|Ge\p{Ll}{3,}te[mnrs]?|\p{Lu}\p{Ll}{3,}(?:isch|lich)e[mnrs]?)$/u;

/**
 * Whether a person's name is a phrase of nouns: it opens with a German abstract noun (`Freiheit des Andersdenkenden`) or a
 * German word of those above, or holds a Romance abstract noun and no given name (`de Seguridad`).
 */
function isForeignNounPhrase({ tokens }: NameSpan): boolean {
  // Such nouns are common words: the lexicon's bit is looked at first, the nouns' endings only for those.
  const [first] = tokens;
  return isCommonToken(first) && isGermanNoun(first.lower) || GERMAN_OPENER.test(first.text) && !isGivenName(first) ||
    tokens.some((t) => isCommonToken(t) && isRomanceNoun(t.lower)) && !tokens.some(isGivenName) || isGermanGenitive(tokens);
}

/**
 * A noun and the genitive after it, a German title's phrase (`Protokoll der Verhandlungen`, `Plenums des Exekutivkomitees`,
 * `Brennpunkt der Berliner Ereignisse`): `der` or `des` after a word that is no given name, initial or particle (`Johannes
 * van der Waals` is a person).
 */
function isGermanGenitive(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length - 1; i++) {
    const { text } = tokens[i];
    if ((text === 'der' || text === 'des') && !tokens.slice(0, i).some((t) => t.initial || isGivenName(t) || PARTICLES.has(t.text) || SURNAME_PARTICLES.has(t.text))) return true;
  }
  return false;
}

/** The names without the persons that a German article or abstract noun stands before, or that are phrases of nouns (see `isForeignNounPhrase`). */
function withoutGermanNounPhrases(text: string, spans: NameSpan[]): NameSpan[] {
  const kept: NameSpan[] = []; // pushed, not filtered: see arrays.ts
  for (const span of spans) {
    const before = span.kind === 'person' ? text.slice(Math.max(0, span.start - 30), span.start) : '';
    if (before === '' || !GERMAN_ARTICLE_BEFORE.test(before) && !isGermanNounBefore(before) && !isForeignNounPhrase(span)) kept.push(span);
  }
  return kept;
}

/**
 * `Venustiano Carranza`, a Mexican municipality too, where the text names the person `Carranza` elsewhere: a known place
 * of several words that begins with a word of no lexicon (a given name it does not know) and ends with a surname the text
 * gives a person is that person, unless a preposition of place stands before it (`in Venustiano Carranza`).
 */
function peopleNamedLikePlaces(spans: NameSpan[]): NameSpan[] {
  const surnames = new Set<string>();
  for (const span of spans) if (span.kind === 'person') surnames.add(span.tokens[span.tokens.length - 1].name);
  const named: NameSpan[] = []; // pushed, not mapped: see arrays.ts
  for (const span of spans) {
    const { kind, tokens, start, end } = span;
    const [first] = tokens;
    const person = kind === 'place' && tokens.length > 1 && first.capitalized && surnames.has(tokens[tokens.length - 1].name) && !PLACE_BEFORE.has(first.previous) && isPlace(nameOf(tokens)) &&
      !isCommonToken(first) && !inLexicon(first, PLACE | PLACE_HEAD | PLACE_HEAD_FIRST | COMPASS_WORD | ARTICLE | DEMONYM) && !SAINTS.has(first.lower);
    named.push(person ? { kind: 'person', tokens, start, end } : span);
  }
  return named;
}

/**
 * `In the Casa Azul Trotsky dictated`, `In Pravda Bukharin argued`, `allowed Bertrand M. Patenaude and Robert Service to
 * reconstruct`: a place's or a body's name read as one that is two names the text gives apart elsewhere, a place or a body
 * and then a person, or two persons joined by `and`, is those two; so is a body's name whose `of` the first of a list of
 * persons follows (`the United Opposition of Trotsky, Zinoviev and Kamenev`). (A person's name stays whole: the words told
 * it one.)
 */
function namesReadApart(text: string, spans: NameSpan[]): NameSpan[] {
  // Only a name that ends with a person's last word may be two: most end with none, and are passed over at one look.
  const lastWords = new Set<string>();
  for (const { kind, tokens } of spans) if (kind === 'person') lastWords.add(tokens[tokens.length - 1].name);
  let kinds: Map<string, EntityKind> | undefined; // made for the first name that may be two
  const read: NameSpan[] = []; // pushed, not mapped: see arrays.ts
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    const { kind, tokens, start } = span;
    if (kind === 'person' || tokens.length < 2 || !lastWords.has(tokens[tokens.length - 1].name)) {
      read.push(span);
      continue;
    }
    if (kinds === undefined) {
      kinds = new Map();
      for (const other of spans) kinds.set(nameOf(other.tokens), other.kind);
    }
    const listed = joinsList(text, span, spans[i + 1], /^,\s+$/) && joinsList(text, spans[i + 1], spans[i + 2], /^(?:,\s+|,?\s+and\s+)$/);
    const apart = partsApart(tokens, kinds, listed);
    if (apart === null) {
      read.push(span);
      continue;
    }
    const blockStart = start - tokens[0].start;
    const [first, second] = apart;
    read.push({ kind: kinds.get(nameOf(first)) ?? kind, tokens: first, start, end: blockStart + first[first.length - 1].end });
    read.push({ kind: 'person', tokens: second, start: blockStart + second[0].start, end: span.end });
  }
  return read;
}

/** Whether `next` is a person's name that `between` joins to `span` in a list. */
const joinsList = (text: string, span: NameSpan, next: NameSpan | undefined, between: RegExp) =>
  next?.kind === 'person' && between.test(text.slice(span.end, next.start));

/**
 * The two names the text gives apart that `tokens` join, if they do (see `namesReadApart`): a place or body, or a person and
 * `and`, then a person; or, when a list of persons goes on after them (`listed`), a body and `of`, then a person.
 */
function partsApart(tokens: Token[], kinds: Map<string, EntityKind>, listed: boolean): [Token[], Token[]] | null {
  for (let k = 1; k < tokens.length; k++) {
    const joined = tokens[k].lower === 'and';
    const next = joined || tokens[k].lower === 'of' ? k + 1 : k;
    // Both parts written whole elsewhere: no particle ends the first or opens the second (`Plaça de Catalunya`).
    if (!tokens[k - 1].capitalized || !tokens[next]?.capitalized) continue;
    const [first, second] = [tokens.slice(0, k), tokens.slice(next)];
    if (kinds.get(nameOf(second)) !== 'person') continue;
    if (next > k && !joined) {
      if (listed) return [first, second];
      continue;
    }
    const kind = kinds.get(nameOf(first));
    if (kind !== undefined && (joined ? kind === 'person' : kind !== 'person')) return [first, second];
  }
  return null;
}

const OPERATION = 'Operation ';

/** The capitalized word right before a name, and the spaces after it. */
const CAPITALIZED_WORD_BEFORE = /(?:^|[\s(“"])(\p{Lu}[\p{L}'’-]*)[ \t]+$/u;

/**
 * `Plan de Ayala`, `División del Norte`, `Villa de Ayala`: a particle after a common noun (not a title: `General de Gaulle`)
 * joins the name of a plan, an army, a town to it, and opens no person's name; nor is an operation's code name one.
 */
function withoutNamesOfThings(text: string, spans: NameSpan[]): NameSpan[] {
  const kept: NameSpan[] = []; // pushed, not filtered: see arrays.ts
  for (const span of spans) {
    // `Operation Bagration`, `Operation Barbarossa`: a military operation's code name, though it is a person's name too.
    if (span.kind === 'person' && text.startsWith(OPERATION, span.start - OPERATION.length)) continue;
    const noun = span.kind === 'person' && !span.tokens[0].capitalized ? CAPITALIZED_WORD_BEFORE.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[1] : undefined;
    if (span.kind === 'person' && isThingDeSomething(span.tokens)) continue;
    if (noun === undefined || !isCommonWord(noun) || TITLES.has(noun.toLowerCase())) kept.push(span);
  }
  return kept;
}

/**
 * `Tesis de Pulacayo`, `Plaza de Mayo`: a word that is no given name, initial or title before `de` (`del`, `da`, `do`), and
 * no given name in the whole, name a thing of a place; a person's name has a given name before its particle (`Charles de
 * Gaulle`).
 */
function isThingDeSomething(tokens: readonly Token[]): boolean {
  if (tokens.length < 3 || !ROMANCE_OF.has(tokens[1].text)) return false;
  const [first] = tokens;
  return first.capitalized && !first.initial && !first.allCaps && !inLexicon(first, TITLE) && !tokens.some((t) => t.capitalized && isGivenName(t));
}
const ROMANCE_OF = new Set(['de', 'del', 'della', 'da', 'do', 'dos', 'das']);

/** A comma and the spaces after it, a line break among them: what stands between a title, its place and its publisher. */
const COMMA_GAP = /^,[ \t]*\n?[ \t]*$/;
const COMMA_GAP_END = /,[ \t]*\n?[ \t]*$/;
/** A comma, then a year: what follows a publisher in a continental note. */
const COMMA_AND_YEAR = /,[ \t]*(?:1[5-9]|20)\d\d\b/y;

/** A colon and the spaces after it: what stands between the place and the publisher in brackets (`(Praha: Svoboda, 1968)`). */
const COLON_GAP = /^:[ \t]*\n?[ \t]*$/;
/** A small word that joins two words of a name in the languages of Europe: `i`, `y`, `e`, `a`, `et`, `und`. */
const SMALL_JOIN = /^[ \t]+(?:i|y|e|a|et|und)[ \t]+$/;

/**
 * `*Trotsky*, Paris, Fayard, 1988`, `*Avocat de Trotsky*, Paris, Robert Laffont, 1975`: between the place of publication
 * (after a comma) and the year, a continental note names its publisher, not a person; so does a note in brackets after a
 * colon (`(Praha: Svoboda, 1968)`), though the text names a person so too.
 */
function publishersAfterPlaces(text: string, spans: NameSpan[]): NameSpan[] {
  const named: NameSpan[] = []; // pushed, not mapped: see arrays.ts
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    const { kind, tokens, start, end } = span;
    // The publisher's first word may be a name of its own, joined by a small word (`(Warszawa: Książka i Wiedza, 1993)`).
    const joined = i > 1 && spans[i - 1].kind === 'organization' && SMALL_JOIN.test(text.slice(spans[i - 1].end, start));
    const place = joined ? spans[i - 2] : i > 0 ? spans[i - 1] : null;
    const from = joined ? spans[i - 1].start : start;
    COMMA_AND_YEAR.lastIndex = end;
    const publisher = kind === 'person' && place?.kind === 'place' && COMMA_AND_YEAR.test(text) &&
      (COMMA_GAP.test(text.slice(place.end, from)) && COMMA_GAP_END.test(text.slice(Math.max(0, place.start - 4), place.start)) ||
        COLON_GAP.test(text.slice(place.end, from)) && text.charCodeAt(place.start - 1) === 40 /* ( */);
    named.push(publisher || kind === 'person' && isPublisherAfterTitle(text, span) ? { kind: 'organization', tokens, start, end } : span);
  }
  return named;
}

/** The end of a title in italics or quotation marks and the words of a publisher up to a name (`*My Life as a Rebel*. Harper & `). */
const TITLE_END_BEFORE = /(?:\*|[.,]["”])\.?\s+(?:\p{Lu}[\p{L}'’.-]*\s+(?:&\s+|and\s+)?)*$/u;
/** The rest of a publisher's name, a comma and the year (` & Warburg, 1998`). */
const PUBLISHER_THEN_YEAR = /(?:\s+(?:&|and)\s+\p{Lu}[\p{L}'’.-]*)*,\s(?:1[5-9]|20)\d\d\b/uy;

/** `Broué, Pierre. *Histoire*. Secker & Warburg, 1998.`: after a title and before the year, an MLA entry names its publisher, no person. */
function isPublisherAfterTitle(text: string, span: NameSpan): boolean {
  PUBLISHER_THEN_YEAR.lastIndex = span.end;
  return PUBLISHER_THEN_YEAR.test(text) && TITLE_END_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start));
}

/**
 * `Garton Ash`, `Mendès France`, after `Timothy Garton Ash`, `Pierre Mendès France`: the last two words of a person's name
 * of three or more, written together alone, are that person's surname, though one of them is a common word or a place
 * that the block read alone (`Ash`, `France`).
 */
export function withCompoundSurnames(blocks: readonly { start: number; tokens: readonly Token[] }[], spans: NameSpan[]): NameSpan[] {
  // Each surname's first word by its second: most words are no surname's second, and are passed over at one look.
  const firstWords = new Map<string, string[]>();
  for (const { kind, tokens } of spans) {
    const last = surnameAt(tokens);
    if (kind !== 'person' || last < 2) continue;
    const [first, second] = [tokens[last - 1], tokens[last]];
    if (opensTwoWordSurname(first) && second.capitalized && !second.allCaps) firstWords.set(second.name, [...firstWords.get(second.name) ?? [], first.name]);
  }
  if (firstWords.size === 0) return spans;
  const found: NameSpan[] = [];
  for (const { start: by, tokens } of blocks) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const [first, second] = [tokens[i], tokens[i + 1]];
      if (!second.joins || first.possessive || !firstWords.get(second.name)?.includes(first.name)) continue;
      // Not inside a longer name: no capitalized word joined before (but a sentence's first word, `As Garton Ash put it`) or after.
      const before = i > 0 && first.joins ? tokens[i - 1] : undefined;
      if (before?.capitalized && !(before.sentenceStart && isCommonToken(before)) || tokens[i + 2]?.joins && tokens[i + 2].capitalized) continue;
      found.push({ kind: 'person', tokens: [first, second], start: by + first.start, end: by + second.end });
    }
  }
  // A name that holds the two words and more stands (`Mendès France government`); what the block read in them gives way.
  const alone: NameSpan[] = []; // pushed, not filtered: see arrays.ts
  for (const f of found) if (spans.every((span) => span.end <= f.start || span.start >= f.end || span.start >= f.start && span.end <= f.end)) alone.push(f);
  if (alone.length === 0) return spans;
  const kept: NameSpan[] = [];
  for (const span of spans) if (alone.every((f) => span.end <= f.start || span.start >= f.end)) kept.push(span);
  return [...kept, ...alone].sort((a, b) => a.start - b.start);
}
