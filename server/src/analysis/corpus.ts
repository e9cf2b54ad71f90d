// What the core knows across documents: one id for the same entity in every document of a corpus.
import type { Entity } from './types';

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
