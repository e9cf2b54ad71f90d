// What the core knows across documents: one id for the same entity in every document of a corpus.
import type { DocumentAnalysis, Entity } from './types';
import { sameSpelling, spellingKey } from './names/spelling';
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
  // tens of thousands of people.
  const byShape = new Map<string, Cluster[]>();
  const shape = (surname: string, length = surname.length) => `${surname.charAt(0)}${length}`;
  const clusterOf = new Map<Member, Cluster>();
  const join = (member: Member, cluster: Cluster | undefined, key: { surname: string; given: string }) => {
    const target = cluster ?? { members: [], ...key, weight: 0, order: clusters.length };
    if (!cluster) {
      clusters.push(target);
      const same = byShape.get(shape(key.surname));
      if (same) same.push(target);
      else byShape.set(shape(key.surname), [target]);
    }
    target.members.push(member);
    target.weight += member.entity.mentions.length;
    if (!target.given) target.given = key.given;
    clusterOf.set(member, target);
  };
  // Full names first, so that bare surnames find them.
  const people = members.filter((m) => m.entity.kind === 'person');
  const full = new Set(people.filter((m) => personKey(m.entity.label).given));
  for (const member of [...full, ...people.filter((m) => !full.has(m))]) {
    const key = personKey(member.entity.label);
    const { length } = key.surname;
    const candidates = [length - 1, length, length + 1].flatMap((l) => byShape.get(shape(key.surname, l)) ?? [])
      .filter((c) => sameSpelling(c.surname, key.surname) && (!key.given || !c.given || c.given === key.given));
    join(member, candidates.sort((a, b) => b.weight - a.weight || a.order - b.order)[0], key);
  }
  const byName = new Map<string, Cluster>();
  for (const member of members.filter((m) => m.entity.kind !== 'person')) {
    const name = `${member.entity.kind}:${plain(member.entity.label)}`;
    const key = { surname: name, given: '' };
    join(member, byName.get(name), key);
    byName.set(name, clusterOf.get(member) as Cluster);
  }

  const ids = documents.map((d) => d.entities.map(() => ''));
  for (const cluster of clusters) {
    const scores = cluster.members.map((m) => fullness(m.entity.label) * 10000 + m.entity.mentions.length);
    const fullest = cluster.members[scores.reduce((best, score, i) => (score > scores[best] ? i : best), 0)];
    const id = entityId(fullest.entity);
    for (const m of cluster.members) ids[m.document][m.index] = id;
  }
  return ids;
}
