// What the core knows across documents: one id for the same entity in every document of a corpus.
import type { DocumentAnalysis, Entity } from './types';
import { rulerSurname, sameSpelling, spellingKey } from './names/spelling';
import { fullness } from './names/identity';

/** A readable, stable id for an entity: its kind and its label, lower-cased, as one slug. */
export function entityId(entity: Pick<Entity, 'kind' | 'label'>): string {
  const slug = entity.label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return `${entity.kind}:${slug}`;
}

/** What the clustering reads of an entity, worked out once per analysis (see `keysOf`). */
interface EntityKeys {
  /** A person's surname key and first initial; for other entities, `kind:name` as the surname and no initial. */
  surname: string;
  given: string;
  /** The two as one string, the key of a name's matches. */
  name: string;
  fullness: number;
  /** The entity's id were it the fullest of its cluster. */
  id: string;
}

/** The keys of each kind and label: the essays of a corpus name the same people again and again. */
const keysByName = new Map<string, EntityKeys>();
function keysOfName(entity: Entity): EntityKeys {
  const kindAndLabel = `${entity.kind}\n${entity.label}`;
  let keys = keysByName.get(kindAndLabel);
  if (!keys) {
    if (keysByName.size > 200_000) keysByName.clear();
    const { surname, given } = entity.kind === 'person' ? personKey(entity.label) : { surname: `${entity.kind}:${plain(entity.label)}`, given: '' };
    keys = { surname, given, name: `${surname}|${given}`, fullness: fullness(entity.label), id: entityId(entity) };
    keysByName.set(kindAndLabel, keys);
  }
  return keys;
}

const entityKeys = new WeakMap<readonly Entity[], EntityKeys[]>();
/**
 * The keys of a document's entities, kept with its entities: the ids of a corpus are worked out again when
 * one document changes, and the other documents' keys are those of the last time.
 */
function keysOf(entities: readonly Entity[]): EntityKeys[] {
  let keys = entityKeys.get(entities);
  if (!keys) entityKeys.set(entities, keys = entities.map(keysOfName));
  return keys;
}

interface Member { document: number; entity: Entity; index: number; keys: EntityKeys; cluster: Cluster | null }
/** `weight` is the members' mentions, counted as they join; `order` the cluster's rank of creation. */
interface Cluster { members: Member[]; surname: string; given: string; weight: number; order: number }

/** A person's label as the key of its surname and the first letter of its first given name. */
function personKey(label: string): { surname: string; given: string } {
  const words = label.split(/\s+/).filter(Boolean);
  if (words.length > 2 && /^(?:Jr|Sr)\.?$/.test(words[words.length - 1])) words.pop();
  const ruler = rulerSurname(words);
  if (ruler) return { surname: spellingKey(ruler), given: '' };
  const surname = words[words.length - 1] ?? '';
  return { surname: spellingKey(surname), given: words.length > 1 ? words[0][0] : '' };
}

const plain = (label: string) => label.replace(/\s+/g, ' ').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Corpus-wide ids: `ids[d][e]` is the id of entity `e` of document `d`; `labels`, the label each id is made from. */
export interface CorpusIdentities {
  ids: string[][];
  labels: Map<string, string>;
}

/**
 * Corpus-wide ids for the entities of several documents: `ids[d][e]` is the id of entity `e` of document
 * `d`. People join across documents as within one (surname and spelling variants, compatible given
 * names), a bare surname joins the most mentioned full name it can be (`Trotsky` joins `Leon Trotsky`);
 * organizations and places join by name. An id is `kind:slug` of the fullest label in its cluster.
 */
export const corpusIds = (documents: Pick<DocumentAnalysis, 'entities'>[]): string[][] => corpusIdentities(documents).ids;

/** `corpusIds`, with the fullest label of each id's cluster, which names the entity everywhere. */
export function corpusIdentities(documents: Pick<DocumentAnalysis, 'entities'>[]): CorpusIdentities {
  const members: Member[] = [];
  documents.forEach(({ entities }, document) => {
    const keys = keysOf(entities);
    entities.forEach((entity, index) => members.push({ document, entity, index, keys: keys[index], cluster: null }));
  });
  const clusters: Cluster[] = [];
  // Spellings that match share their first letter and differ in length by one at most (see sameSpelling),
  // so a person is compared only with the clusters of that shape: a workspace of a thousand essays has
  // tens of thousands of people. The clusters a name matches are kept until a cluster of a neighbouring
  // shape is made: most names of a large corpus are names it has seen before.
  const byShape = new Map<number, Cluster[]>();
  // A number rather than a string: it is made for every member.
  const shape = (surname: string, length = surname.length) => (surname.charCodeAt(0) || 0) * 1024 + Math.min(length, 1023);
  const matchesByShape = new Map<number, Map<string, Cluster[]>>();
  const join = (member: Member, cluster: Cluster | undefined) => {
    const key = member.keys;
    const target = cluster ?? { members: [], surname: key.surname, given: key.given, weight: 0, order: clusters.length };
    if (!cluster) {
      clusters.push(target);
      const { length } = key.surname;
      const same = byShape.get(shape(key.surname));
      if (same) same.push(target);
      else byShape.set(shape(key.surname), [target]);
      for (const l of [length - 1, length, length + 1]) matchesByShape.delete(shape(key.surname, l));
    }
    target.members.push(member);
    target.weight += member.entity.mentions.length;
    if (!target.given) target.given = key.given;
    member.cluster = target;
  };
  const matchesOf = (key: EntityKeys): Cluster[] => {
    let matches = matchesByShape.get(shape(key.surname));
    if (!matches) matchesByShape.set(shape(key.surname), matches = new Map());
    let found = matches.get(key.name);
    if (!found) {
      const { length } = key.surname;
      found = [length - 1, length, length + 1].flatMap((l) => byShape.get(shape(key.surname, l)) ?? [])
        .filter((c) => sameSpelling(c.surname, key.surname));
      matches.set(key.name, found);
    }
    return found;
  };
  // The heaviest cluster a person can join (the first made among equals); a cluster's given name is set
  // by its first full name, so it is checked here rather than kept in the matches.
  const bestFor = (key: EntityKeys): Cluster | undefined => {
    let best: Cluster | undefined;
    for (const c of matchesOf(key)) {
      if (key.given && c.given && c.given !== key.given) continue;
      if (!best || c.weight > best.weight || (c.weight === best.weight && c.order < best.order)) best = c;
    }
    return best;
  };
  // Full names first, so that bare surnames find them.
  const people = members.filter((m) => m.entity.kind === 'person');
  for (const member of [...people.filter((m) => m.keys.given), ...people.filter((m) => !m.keys.given)]) join(member, bestFor(member.keys));
  const byName = new Map<string, Cluster>();
  for (const member of members) {
    if (member.entity.kind === 'person') continue;
    join(member, byName.get(member.keys.surname));
    byName.set(member.keys.surname, member.cluster as Cluster);
  }

  const ids = documents.map((d) => d.entities.map(() => ''));
  const labels = new Map<string, string>();
  for (const cluster of clusters) {
    let fullest = cluster.members[0];
    let bestScore = -Infinity;
    for (const m of cluster.members) {
      const score = m.keys.fullness * 10000 + m.entity.mentions.length;
      if (score > bestScore) { bestScore = score; fullest = m; }
    }
    for (const m of cluster.members) ids[m.document][m.index] = fullest.keys.id;
    labels.set(fullest.keys.id, fullest.entity.label);
  }
  return { ids, labels };
}
