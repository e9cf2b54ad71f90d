// Hand-built analyses for feature tests: the text with `|` at the cursor, and the items of each layer
// named by the text they cover (the n-th occurrence when a text repeats).
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalyzedDocument } from '../../server/src/analysisCache';
import type { Citation, DocumentAnalysis, EntityKind, Span } from '../../server/src/analysis/types';

export interface Fixture {
  entities?: { kind: EntityKind; label: string; mentions: string[]; description?: string }[];
  dates?: { text: string; value: string }[];
  notes?: { marker: string; text: string | null }[];
  citations?: (Omit<Citation, 'start' | 'end' | 'text' | 'fields'> & { text: string; fields?: Citation['fields'] })[];
}

/** Finds texts in order: each search starts after the previous occurrence of the same text, or after `from`. */
function locator(text: string) {
  const next = new Map<string, number>();
  return (needle: string, from = 0): Span => {
    const start = text.indexOf(needle, Math.max(from, next.get(needle) ?? 0));
    if (start < 0) throw new Error(`fixture: "${needle}" not found`);
    next.set(needle, start + needle.length);
    return { start, end: start + needle.length };
  };
}

export function analyzed(source: string, fixture: Fixture, uri = 'file:///essays/fixture.txt'): { doc: AnalyzedDocument; offset: number } {
  const offset = source.indexOf('|');
  const text = source.replace('|', '');
  const find = locator(text);
  const analysis: DocumentAnalysis = {
    structure: { format: 'plaintext', sections: [], paragraphs: [], noteRegions: [], debris: [] },
    entities: [], mentions: [], dates: [], markers: [], notes: [], citations: [],
  };
  for (const [index, e] of (fixture.entities ?? []).entries()) {
    let after = 0; // an entity's mentions are listed in text order
    const spans = e.mentions.map((m) => {
      const span = find(m, after);
      after = span.end;
      return { ...span, text: m };
    });
    const first = analysis.mentions.length;
    analysis.mentions.push(...spans.map((s) => ({ ...s, kind: e.kind, entity: index })));
    analysis.entities.push({
      kind: e.kind, label: e.label, variants: [...new Set(e.mentions)], introduction: first,
      mentions: spans.map((_, i) => first + i),
      description: e.description ? { ...find(e.description), text: e.description } : undefined,
    });
  }
  analysis.mentions.sort((a, b) => a.start - b.start);
  analysis.entities.forEach((entity, index) => {
    entity.mentions = analysis.mentions.flatMap((m, i) => (m.entity === index ? [i] : []));
    entity.introduction = entity.mentions[0];
  });
  analysis.dates = (fixture.dates ?? []).map((d) => ({ ...find(d.text), ...d }));
  for (const n of fixture.notes ?? []) {
    const note = n.text === null ? null : analysis.notes.push({ ...find(n.text), label: n.marker, parts: [] }) - 1;
    analysis.markers.push({ ...find(n.marker), label: n.marker, note });
  }
  const findCitation = locator(text); // citations may lie inside notes
  analysis.citations = (fixture.citations ?? []).map((c) => ({ ...c, ...findCitation(c.text), fields: c.fields ?? {} }));
  return { doc: { uri, version: 1, document: TextDocument.create(uri, 'plaintext', 1, text), analysis }, offset };
}
