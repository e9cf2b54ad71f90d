// Which mentions name the same entity within one document. A surname joins the person the text last
// named with it (`Leon Trotsky` ... `Trotsky`), spelling variants join (`Khrushchev`, `Krushchev`),
// initials join compatible given names (`V. I. Lenin`, `Vladimir Lenin`), and different given names keep
// people apart (`Roy Medvedev`, `Zhores Medvedev`). An acronym the text defines joins its expansion
// (`Communist Party of the Soviet Union (CPSU)`).
import type { Entity, EntityKind, EntityMention, Span } from '../types';
import { joined, mapped } from '../arrays';
import { type Token, codeAt } from './tokens';
import { DEMONYM, PARTICLES, PLACE, SURNAME_PARTICLES, TITLES, inLexicon, isCommonToken, isGivenName } from './lexicon';
import { familyNameFirst, isRegnal } from './classify';
import { romanizationKey, rulerSurname, sameSpelling, spellingKey } from './spelling';
import { describe } from './describe';

/** A name found in the text, with the words it is made of (titles excluded). */
export interface NameSpan extends Span {
  kind: EntityKind;
  /** The words, with offsets relative to the start of their block (the span's own are the document's). */
  tokens: Token[];
}

interface Group {
  kind: EntityKind;
  /** Person: the spelling key of the surname. Others: the normalized name. */
  key: string;
  /** Person: the first letter of the surname as written (its key may write it otherwise: `Johnson`, `iohnson`). */
  initial: string;
  /** Person: the given names and initials, when the text has given them. */
  given: string[];
  mentions: number[];
  /** Person: how many of its mentions so far are its surname alone. */
  bySurname?: number;
}

/** How full a name is: its words that are more than initials first, then all its words (`Joseph Stalin` > `J. V. Stalin` > `Stalin`). */
export function fullness(name: string): number {
  const words = name.split(/\s+/).filter(Boolean);
  return words.filter((w) => !/^\p{Lu}\.?$/u.test(w) && !/^(?:\p{Lu}\.)+$/u.test(w)).length * 100 + words.length;
}

const spaces = (s: string) => s.replace(/\s+/g, ' ');
/** `s` with its white space made one space, without diacritics, in small letters. */
const normalized = (s: string) => isPlainAscii(s) ? s.toLowerCase() : spaces(s).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** ASCII without control characters or double spaces: what `normalized` leaves as it is, small letters apart (most names). */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 126 || c < 32 || c === 32 && codeAt(s, i + 1) === 32) return false;
  }
  return true;
}

interface PersonParts {
  given: string[];
  surname: string;
}

/**
 * Given names and initials, then the surname without its particles: a text that writes `Alexis de
 * Tocqueville` goes on with `Tocqueville`, and `Charles de Gaulle` with `de Gaulle`, whose run of
 * capitalized words is `Gaulle`.
 */
function personParts(tokens: Token[]): PersonParts {
  // A ruler is named by name and number (`Nicholas II`), no surname: the number keeps `Nicholas I` apart.
  const ruler = isRegnal(tokens) ? rulerSurname(tokens.map((t, i) => (i === tokens.length - 1 ? t.text : t.name))) : undefined;
  if (ruler) return { given: [tokens[0].name], surname: ruler };
  // A Chinese, Korean or Vietnamese name, family name first: the given name tells people of one family name apart, and
  // its romanizations are one name (`Mao Zedong`, `Mao Tse-tung`); the family name alone goes on naming the person.
  if (tokens.length > 1 && familyNameFirst(tokens) === tokens.length) {
    return { given: [tokens[0].name], surname: romanizationKey(joined(tokens.slice(1), (t) => t.name, '')) };
  }
  const end = surnameAt(tokens) + 1;
  let at = end - 1;
  // A particle is part of the surname, capitalized too (`W. E. B. Du Bois`, then `Du Bois`).
  while (at > 0 && (PARTICLES.has(tokens[at - 1].text) || SURNAME_PARTICLES.has(tokens[at - 1].text))) at--;
  // `Ramón Mercader del Río`: a Spanish or Portuguese name goes by its first surname, before the particle of its second.
  const first = tokens[at - 1];
  if (at >= 2 && at < end - 1 && SECOND_SURNAME_PARTICLES.has(tokens[at].text) && first.capitalized && !first.initial && !isGivenName(first)) {
    const given: string[] = [];
    for (let i = 0; i < at - 1; i++) if (tokens[i].capitalized) given.push(tokens[i].name.replace(/\.$/, ''));
    return { given, surname: first.name };
  }
  const given: string[] = []; // pushed, not mapped: see arrays.ts
  for (let i = 0; i < at; i++) if (tokens[i].capitalized) given.push(tokens[i].name.replace(/\.$/, ''));
  return { given, surname: tokens[end - 1].name };
}

/** What opens the second surname of a Spanish or Portuguese name (`del Río`, `y Gasset`, `dos Santos`). */
const SECOND_SURNAME_PARTICLES = new Set(['del', 'de', 'y', 'da', 'dos', 'das', 'e']);

/** `Jr`, `Sr`: what follows a surname, no part of it. */
export const SUFFIXES = new Set(['Jr', 'Sr', 'Jnr', 'Snr']);

/** Where the surname stands among a person's words: last, or before a suffix (`Arthur Schlesinger Jr.`). */
export const surnameAt = (tokens: readonly Token[]): number => (tokens.length > 2 && SUFFIXES.has(tokens[tokens.length - 1].text) ? tokens.length - 2 : tokens.length - 1);

/** A word that may open a surname of two words (`Garton Ash`, `La Follette`): no initial, common word or people's adjective. */
export const opensTwoWordSurname = (t: Token): boolean => t.capitalized && !t.initial && !t.allCaps && !isCommonToken(t) && !inLexicon(t, DEMONYM);

/**
 * Whether `second`, the last of a person's words after `first`, is no surname alone but the second of two: a common word
 * or a place after a word that is no given name, title, particle or patronymic (`Mendès France`, `Garton Ash`; not `Anatole
 * France`, `Maxime Du Camp`, `Sergei Mironovich Kirov`).
 */
export const isSecondOfTwoSurnames = (first: Token, second: Token): boolean => opensTwoWordSurname(first) && !isGivenName(first) &&
  !TITLES.has(first.lower) && !SURNAME_PARTICLES.has(first.text) && !PATRONYMIC.test(first.lower) && (isCommonToken(second) || inLexicon(second, PLACE));
/** A Russian patronymic, a middle name before the surname (`Sergei Mironovich Kirov`, `Nadezhda Konstantinovna`). */
const PATRONYMIC = /(?:ovich|evich|ich|ovna|evna|ichna|inichna)$/;

/** `Denis Mack Smith`, then `Mack Smith`: the words before a double surname are no given names of another person. */
const endsWith = (given: string[], words: string[]) => given.length > words.length && words.every((w, i) => given[given.length - words.length + i] === w);

/** Given names agree when their first letters do (`Stephen`, `Steven F.`, `S.F.`). */
const compatible = (a: string[], b: string[]) => !a.length || !b.length || a[0][0] === b[0][0] ||
  a.length === 1 && b.length === 1 && romanizationKey(a[0]) === romanizationKey(b[0]);

export function groupMentions(text: string, spans: NameSpan[]): { entities: Entity[]; mentions: EntityMention[] } {
  const groups: Group[] = [];
  const owner: number[] = [];
  const lastSeen = new Map<Group, number>();
  const people = new People();
  const others = new Map<string, Group>();
  const parts = mapped(spans, (span) => (span.kind === 'person' ? personParts(span.tokens) : null));
  // `Marie-Antoinette`, where the text writes `Marie Antoinette` too: the given name and the surname of one person.
  const twoWordNames = new Set<string>();
  spans.forEach((span, m) => { if (span.tokens.length === 2 && parts[m]?.given.length === 1) twoWordNames.add(`${parts[m].given[0]} ${parts[m].surname}`); });
  spans.forEach((span, m) => {
    const hyphenated = span.tokens.length === 1 && parts[m] ? /^(\p{Lu}[^-‐]*)[-‐](\p{Lu}[^-‐]*)$/u.exec(parts[m].surname) : null;
    if (hyphenated && twoWordNames.has(`${hyphenated[1]} ${hyphenated[2]}`)) parts[m] = { given: [hyphenated[1]], surname: hyphenated[2] };
  });
  const indexOf = new Map<Group, number>();
  spans.forEach((span, m) => {
    const person = parts[m];
    const group = person ? byInitials(span.tokens, people) ?? personGroup(person, people, lastSeen) : otherGroup(text, span, others);
    if (!indexOf.has(group)) { indexOf.set(group, groups.length); groups.push(group); }
    group.mentions.push(m);
    lastSeen.set(group, m);
    owner[m] = indexOf.get(group) as number;
  });
  joinDefinedAcronyms(text, spans, groups, owner);
  joinAliases(text, spans, groups, owner);

  const live = groups.filter((g) => g.mentions.length);
  const index = new Map(live.map((g, i) => [g, i]));
  const mentions = mapped(spans, ({ kind, start, end }, m): EntityMention => ({ kind, start, end, text: text.slice(start, end), entity: index.get(groups[owner[m]]) ?? 0 }));
  const entities = live.map((g): Entity => {
    const ms = g.mentions.sort((a, b) => a - b);
    let fullest = ms[0];
    for (const m of ms) if (weight(spans[m].tokens) > weight(spans[fullest].tokens)) fullest = m;
    let introduction = ms[0];
    for (const m of ms) if (!parts[m] || parts[m].given.length) { introduction = m; break; }
    const label = g.kind === 'person' ? labelOf(spans[fullest].tokens) : spaces(mentions[fullest].text);
    const variants = new Set<string>();
    for (const m of ms) variants.add(mentions[m].text);
    const entity: Entity = { kind: g.kind, label, variants: [...variants], mentions: ms, introduction };
    const description = g.kind === 'person' ? describe(text, mentions[introduction]) : undefined;
    if (description) entity.description = description;
    return entity;
  });
  return { entities, mentions };
}

/** How much of a name the words give: a hundred and one for a word, one for an initial. */
function weight(tokens: Token[]): number {
  let n = 0;
  for (const t of tokens) n += t.initial ? 1 : 101;
  return n;
}

function labelOf(tokens: Token[]): string {
  // A reign's number stays in capitals (`Louis XVI`, not `Louis Xvi`).
  const regnal = isRegnal(tokens);
  return joined(tokens, (t, i) => (regnal && i === tokens.length - 1 ? t.text : t.name), ' ').replace(/\b(\p{Lu}\.) ?(?=\p{Lu}\.)/gu, '$1 ');
}

/** The people found so far, with the groups each surname key may join (computed once per key). */
class People {
  readonly groups: Group[] = [];
  private readonly similar = new Map<string, { seen: number; groups: Group[] }>();

  /** The groups whose surname is a spelling variant of `key`. */
  spelledLike(key: string): Group[] {
    const found = this.similar.get(key) ?? { seen: 0, groups: [] };
    for (; found.seen < this.groups.length; found.seen++) {
      if (sameSpelling(this.groups[found.seen].key, key)) found.groups.push(this.groups[found.seen]);
    }
    this.similar.set(key, found);
    return found.groups;
  }
}

function personGroup({ given, surname }: PersonParts, people: People, lastSeen: Map<Group, number>): Group {
  const key = spellingKey(surname);
  const sameName = people.spelledLike(key);
  if (given.length) {
    let named: Group | undefined;
    for (const g of sameName) if (g.given.length && (compatible(g.given, given) || endsWith(g.given, given))) { named = g; break; }
    if (!named) for (const g of sameName) if (!g.given.length) { named = g; break; }
    // `Mario Monje` and `Mario Monje Molina`, in either order: the first of two surnames, as Spanish and Portuguese names have them.
    if (!named) {
      const lastGivenKey = given.length > 1 ? spellingKey(given[given.length - 1]) : undefined;
      named = people.groups.find((g) => g.given.length === given.length + 1 && spellingKey(g.given[given.length]) === key && g.given[0] === given[0]) ??
        (lastGivenKey === undefined ? undefined : people.groups.find((g) => g.given.length === given.length - 1 && g.key === lastGivenKey && g.given[0] === given[0]));
    }
    if (named) {
      if (given.length > named.given.length || named.given.every((n) => n.length === 1)) named.given = given;
      return named;
    }
  } else {
    // The one the text has named by the surname alone most often (`Robespierre`, not his brother `Augustin Robespierre`
    // named since: a relative keeps his given name); of those, the one it named last (the first, if it named none yet).
    // A surname spelled exactly so is that person's before a variant's (`Slánská` is Josefa Slánská's, not Rudolf Slánský's).
    const exact = sameName.length > 1 && sameName.some((g) => g.key === key);
    let chosen: Group | undefined;
    for (const g of sameName) {
      if (exact && g.key !== key) continue;
      const often = (g.bySurname ?? 0) - (chosen?.bySurname ?? 0);
      if (!chosen || often > 0 || often === 0 && (lastSeen.get(g) ?? -1) > (lastSeen.get(chosen) ?? -1)) chosen = g;
    }
    if (chosen) {
      chosen.bySurname = (chosen.bySurname ?? 0) + 1;
      return chosen;
    }
    // A given name alone (`Zhores`), or the family name of a name written family name first (`Zhang`), joins the person
    // the text last named with it.
    let byGiven: Group | undefined;
    for (const g of people.groups) {
      if (g.given.some((n) => n.length > 1 && spellingKey(n) === key) && (!byGiven || (lastSeen.get(g) ?? -1) > (lastSeen.get(byGiven) ?? -1))) byGiven = g;
    }
    if (byGiven) return byGiven;
  }
  const group: Group = { kind: 'person', key, initial: surname[0], given, mentions: [] };
  people.groups.push(group);
  return group;
}

/** `FDR`, after `Franklin D. Roosevelt`: a person named by the initials of a name the text gave before. */
function byInitials(tokens: Token[], people: People): Group | undefined {
  if (tokens.length !== 1 || !tokens[0].allCaps) return undefined;
  const acronym = tokens[0].text.toLowerCase();
  return people.groups.find((g) => g.given.length > 0 && initialsOf(g.given, g.initial) === acronym);
}

/** The initials of given names and a surname, in small letters without accents (`Émile Zola`: `ez`). */
export const initialsOf = (given: readonly string[], surname: string): string =>
  `${joined(given, (n) => n[0], '')}${surname[0]}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function otherGroup(text: string, span: NameSpan, others: Map<string, Group>): Group {
  const key = normalized(text.slice(span.start, span.end));
  const found = others.get(`${span.kind}:${key}`);
  if (found) return found;
  const group: Group = { kind: span.kind, key, initial: '', given: [], mentions: [] };
  others.set(`${span.kind}:${key}`, group);
  return group;
}

/** `Communist Party of the Soviet Union (CPSU)`: the acronym's mentions join the expansion's group. */
function joinDefinedAcronyms(text: string, spans: NameSpan[], groups: Group[], owner: number[]): void {
  spans.forEach((span, m) => {
    if (span.kind === 'person' || span.tokens.length < 2) return;
    const after = /^\s*\(\s*(\p{Lu}{2,8})\s*\)/u.exec(text.slice(span.end, span.end + 14));
    if (!after) return;
    const initials = joined(span.tokens.filter((t) => t.capitalized), (t) => t.text[0], '');
    const acronym = after[1];
    if (!initials.startsWith(acronym[0]) || !isSubsequence(acronym, initials)) return;
    const target = groups[owner[m]];
    const key = normalized(acronym);
    const defined = groups.find((g) => g !== target && g.key === key);
    if (!defined) return;
    for (const other of defined.mentions) owner[other] = owner[m];
    target.mentions.push(...defined.mentions);
    defined.mentions = [];
  });
}

/**
 * Between a person's name and another name of theirs: `, who went by the name of`, `, later known as`, `alias`, `(pseudonym`,
 * `, whose real name was`, `, born`, `(real name`.
 */
const ALIAS_BETWEEN = /^,?\s*(?:\(\s*)?(?:who (?:went|was known|is known|wrote|signed) (?:by|under|as) (?:the (?:name|pseudonym) of )?|(?:also |better |later )?known as |alias |a\.k\.a\. |(?:under )?the (?:name|pseudonym) of |pseudonym:? |whose (?:real |true |original |birth )?name was |(?:real |original |birth )name:? |born |née |né )["“‘']?$/;
/** A name in quotation marks and brackets right after a person's (`Stoyan Minev ("Stepanov")`). */
const BRACKET_BEFORE = /^\s*\(\s*["“‘']$/;
const BRACKET_AFTER = /^["”’']\s*\)/;

/**
 * A clause after a person's name that ends by giving another name of theirs, within its sentence and naming no one else:
 * a relative clause about them (`Michel Raptis, a Greek engineer who had lived in France and who wrote under the name of`,
 * `who went in China by the name of`; not `cultivating Sylvia Ageloff, a young Trotskyist, under the name`, which is the
 * subject's), or `known … as` or `known by his … name` (`Vittorio Codovilla, known in the party as "`, `Chen Shaoyu, better
 * known by his party name`), maybe after an apposition (`Ter-Petrosian, an Armenian from Gori known to the party as`).
 */
const ALIAS_CLAUSE = /^\)?,(?:[^.;!?()]{0,150}\bwho\s[^.;!?()]*\b(?:under|by) the (?:name|pseudonym)(?: of)?|(?:\s+an?\s[^.;!?()]{0,60}?)?(?:\s+(?:always|better|later|also|widely|commonly|generally|usually))?\s+known (?:[\p{L}-]+ ){0,4}(?:as|by (?:his|her|the) (?:[\p{L}-]+ )?(?:name|pseudonym)(?: of)?)) ["“‘']?$/u;

/** Whether the text around `alias`, right after the person's `span`, gives it as another name of theirs (or the same in another spelling). */
function isAliasOf(text: string, span: NameSpan, alias: NameSpan): boolean {
  if (alias.start - span.end > 160) return false;
  const between = text.slice(span.end, alias.start);
  if (between.length > 60) return ALIAS_CLAUSE.test(between);
  return ALIAS_BETWEEN.test(between) || ALIAS_CLAUSE.test(between) || BRACKET_BEFORE.test(between) && BRACKET_AFTER.test(text.slice(alias.end, alias.end + 3)) ||
    // A person's name alone in brackets after another's, one of them in full: their real name or another spelling
    // (`Parvus (Alexander Helphand)`); not two surnames (`Marx (Engels)`).
    (span.tokens.length > 1 || alias.tokens.length > 1) && /^\s*\($/.test(between) && /^\s*\)/.test(text.slice(alias.end, alias.end + 2));
}

/** Whether `alias`, in quotation marks right after words that give another name (`, known as "`), is another name of the person's `span`. */
const isQuotedAlias = (text: string, span: NameSpan, alias: NameSpan) => /["“‘']$/u.test(text.slice(alias.start - 1, alias.start)) &&
  /^["”’']/u.test(text.slice(alias.end, alias.end + 1)) && (ALIAS_BETWEEN.test(text.slice(span.end, alias.start)) || ALIAS_CLAUSE.test(text.slice(span.end, alias.start)));

/**
 * `Henk Sneevliet, who went by the name of Maring`, `Nguyen Ai Quoc, later known as Ho Chi Minh`: the other name joins
 * the group of the person.
 */
function joinAliases(text: string, spans: NameSpan[], groups: Group[], owner: number[]): void {
  for (let m = 0; m + 1 < spans.length; m++) {
    if (spans[m].kind !== 'person') continue;
    // The next person's name: places and bodies named between (`who had lived in France and wrote under the name of`) name no one.
    let n = m + 1;
    while (n + 1 < spans.length && spans[n].kind !== 'person' && !isQuotedAlias(text, spans[m], spans[n])) n++;
    if (spans[n].kind !== 'person' && isQuotedAlias(text, spans[m], spans[n])) {
      // `Codovilla, known in Spain as "Medina"`: a name in quotation marks that the text gives as theirs is the person's,
      // though it names a place or a body elsewhere.
      const other = groups[owner[n]];
      other.mentions = other.mentions.filter((mention) => mention !== n);
      owner[n] = owner[m];
      groups[owner[m]].mentions.push(n);
      spans[n] = { ...spans[n], kind: 'person' };
      continue;
    }
    if (spans[n].kind !== 'person' || !isAliasOf(text, spans[m], spans[n])) continue;
    const target = groups[owner[m]];
    const other = groups[owner[n]];
    if (other === target) continue;
    for (const mention of other.mentions) owner[mention] = owner[m];
    target.mentions.push(...other.mentions);
    other.mentions = [];
  }
}

const isSubsequence = (short: string, long: string) => {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
};
