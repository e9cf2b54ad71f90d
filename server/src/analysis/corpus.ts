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
interface Cluster { members: Member[]; surname: string; given: string }

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
  const clusterOf = new Map<Member, Cluster>();
  const weight = (c: Cluster) => c.members.reduce((n, m) => n + m.entity.mentions.length, 0);
  const join = (member: Member, cluster: Cluster | undefined, key: { surname: string; given: string }) => {
    const target = cluster ?? { members: [], ...key };
    if (!cluster) clusters.push(target);
    target.members.push(member);
    if (!target.given) target.given = key.given;
    clusterOf.set(member, target);
  };
  // Full names first, so that bare surnames find them.
  const people = members.filter((m) => m.entity.kind === 'person');
  const full = people.filter((m) => personKey(m.entity.label).given);
  for (const member of [...full, ...people.filter((m) => !full.includes(m))]) {
    const key = personKey(member.entity.label);
    const candidates = clusters.filter((c) => sameSpelling(c.surname, key.surname) && (!key.given || !c.given || c.given === key.given));
    join(member, candidates.sort((a, b) => weight(b) - weight(a))[0], key);
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
    const score = (m: Member) => fullness(m.entity.label) * 10000 + m.entity.mentions.length;
    const fullest = cluster.members.reduce((best, m) => (score(m) > score(best) ? m : best));
    for (const m of cluster.members) ids[m.document][m.index] = entityId(fullest.entity);
  }
  return ids;
}
