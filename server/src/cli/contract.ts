// The `analyze --json` contract that other tools read: keep field names, add fields freely.
import type { DocumentAnalysis } from '../analysis/types';

export interface ContractDocument {
  path: string;
  format: string;
  sections: { title: string; level: number; start: number; end: number }[];
  entities: { kind: string; id: string; label: string; text: string; start: number; end: number }[];
  dates: { text: string; value: string; start: number; end: number }[];
  notes: { marker: string; start: number; end: number; note: { start: number; end: number } | null }[];
  citations: { text: string; kind: string; start: number; end: number; resolvesTo: number | null }[];
}

/** One document in the contract's shape; `entityId` gives the corpus-wide id of a document entity. */
export function toContract(path: string, analysis: DocumentAnalysis, entityId: (entity: number) => string): ContractDocument {
  return {
    path,
    format: analysis.structure.format,
    sections: analysis.structure.sections.map((s) => ({ title: s.title, level: s.level, start: s.start, end: s.end })),
    entities: analysis.mentions.map((m) => ({
      kind: m.kind, id: entityId(m.entity), label: analysis.entities[m.entity].label, text: m.text, start: m.start, end: m.end,
    })),
    dates: analysis.dates.map((d) => ({ text: d.text, value: d.value, start: d.start, end: d.end })),
    notes: analysis.markers.map((m) => {
      const note = m.note === null ? null : analysis.notes[m.note];
      return { marker: m.label, start: m.start, end: m.end, note: note ? { start: note.start, end: note.end } : null };
    }),
    citations: analysis.citations.map((c) => ({
      text: c.text, kind: c.kind, start: c.start, end: c.end, resolvesTo: c.resolvesTo, ...c.fields,
    })),
  };
}

/**
 * A document's contract as JSON, made before the corpus-wide ids are known (on a worker thread, say):
 * `pieces` are the JSON cut where the id of each mention goes, `mentionEntities` the entity of each mention.
 */
export interface ContractPieces {
  pieces: string[];
  mentionEntities: number[];
}

/**
 * Stands for every id while the JSON is made. `"id":"\u0000"` can stand nowhere else in it: only entities have
 * an `id` key, and JSON escapes every quote inside a string.
 */
const ID_PLACEHOLDER = '\u0000';
const PLACEHOLDER_ID_JSON = `"id":${JSON.stringify(ID_PLACEHOLDER)}`;

export function contractPieces(path: string, analysis: DocumentAnalysis): ContractPieces {
  return {
    pieces: JSON.stringify(toContract(path, analysis, () => ID_PLACEHOLDER)).split(PLACEHOLDER_ID_JSON),
    mentionEntities: analysis.mentions.map((m) => m.entity),
  };
}

/** The JSON of `toContract`, from its pieces and the corpus-wide id of each document entity. */
export function joinContract({ pieces, mentionEntities }: ContractPieces, entityId: (entity: number) => string): string {
  let json = pieces[0];
  for (let k = 0; k < mentionEntities.length; k++) json += `"id":${JSON.stringify(entityId(mentionEntities[k]))}${pieces[k + 1]}`;
  return json;
}
