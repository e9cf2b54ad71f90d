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

interface Member { document: number; entity: Entity; index: number }
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

/**
 * Corpus-wide ids for the entities of several documents: `ids[d][e]` is the id of entity `e` of document
 * `d`. People join across documents as within one (surname and spelling variants, compatible given
 * names), a bare surname joins the most mentioned full name it can be (`Trotsky` joins `Leon Trotsky`);
 * organizations and places join by name. An id is `kind:slug` of the fullest label in its cluster.
 */
export function corpusIds(documents: Pick<DocumentAnalysis, 'entities'>[]): string[][] {
  const members: Member[] = documents.flatMap((d, document) => d.entities.map((entity, index) => ({ document, entity, index })));
  const clusters: Cluster[] = [];
  // Spellings that match share their first letter and differ in length by one at most (see sameSpelling),
  // so a person is compared only with the clusters of that shape: a workspace of a thousand essays has
  // tens of thousands of people. The clusters a name matches are kept until a cluster of a neighbouring
  // shape is made: most names of a large corpus are names it has seen before.
  const byShape = new Map<string, Cluster[]>();
  const shape = (surname: string, length = surname.length) => `${surname.charAt(0)}${length}`;
  const matchesByShape = new Map<string, Map<string, Cluster[]>>();
  const clusterOf = new Map<Member, Cluster>();
  const join = (member: Member, cluster: Cluster | undefined, key: { surname: string; given: string }) => {
    const target = cluster ?? { members: [], ...key, weight: 0, order: clusters.length };
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
    clusterOf.set(member, target);
  };
  const matchesOf = (key: { surname: string; given: string }): Cluster[] => {
    let matches = matchesByShape.get(shape(key.surname));
    if (!matches) matchesByShape.set(shape(key.surname), matches = new Map());
    const name = `${key.surname}|${key.given}`;
    let found = matches.get(name);
    if (!found) {
      const { length } = key.surname;
      found = [length - 1, length, length + 1].flatMap((l) => byShape.get(shape(key.surname, l)) ?? [])
        .filter((c) => sameSpelling(c.surname, key.surname));
      matches.set(name, found);
    }
    return found;
  };
  // The heaviest cluster a person can join (the first made among equals); a cluster's given name is set
  // by its first full name, so it is checked here rather than kept in the matches.
  const bestFor = (key: { surname: string; given: string }): Cluster | undefined => {
    let best: Cluster | undefined;
    for (const c of matchesOf(key)) {
      if (key.given && c.given && c.given !== key.given) continue;
      if (!best || c.weight > best.weight || (c.weight === best.weight && c.order < best.order)) best = c;
    }
    return best;
  };
  const keys = new Map<string, { surname: string; given: string }>();
  const keyOf = (label: string) => {
    let key = keys.get(label);
    if (!key) keys.set(label, key = personKey(label));
    return key;
  };
  // Full names first, so that bare surnames find them.
  const people = members.filter((m) => m.entity.kind === 'person');
  const full = people.filter((m) => keyOf(m.entity.label).given);
  for (const member of [...full, ...people.filter((m) => !keyOf(m.entity.label).given)]) {
    const key = keyOf(member.entity.label);
    join(member, bestFor(key), key);
  }
  const byName = new Map<string, Cluster>();
  const plainNames = new Map<string, string>();
  for (const member of members) {
    if (member.entity.kind === 'person') continue;
    let plainLabel = plainNames.get(member.entity.label);
    if (plainLabel === undefined) plainNames.set(member.entity.label, plainLabel = plain(member.entity.label));
    const name = `${member.entity.kind}:${plainLabel}`;
    const key = { surname: name, given: '' };
    join(member, byName.get(name), key);
    byName.set(name, clusterOf.get(member) as Cluster);
  }

  const ids = documents.map((d) => d.entities.map(() => ''));
  const fullnessOf = new Map<string, number>();
  for (const cluster of clusters) {
    let fullest = cluster.members[0];
    let bestScore = -Infinity;
    for (const m of cluster.members) {
      let labelFullness = fullnessOf.get(m.entity.label);
      if (labelFullness === undefined) fullnessOf.set(m.entity.label, labelFullness = fullness(m.entity.label));
      const score = labelFullness * 10000 + m.entity.mentions.length;
      if (score > bestScore) { bestScore = score; fullest = m; }
    }
    const id = entityId(fullest.entity);
    for (const m of cluster.members) ids[m.document][m.index] = id;
  }
  return ids;
}
