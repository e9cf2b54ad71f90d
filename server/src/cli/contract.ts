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
