// What stands at an offset, layer by layer: a name inside a citation inside a note has all three.
import type { Citation, DateMention, DocumentAnalysis, EntityMention, Note, NoteMarker, Span } from '../analysis/types';

export interface Layers {
  mention?: { index: number; item: EntityMention };
  date?: { index: number; item: DateMention };
  marker?: { index: number; item: NoteMarker };
  citation?: { index: number; item: Citation };
  note?: { index: number; item: Note };
}

/** A span contains the cursor when the cursor is inside it or right after it (the end of a word). */
export const touches = (span: Span, offset: number): boolean => span.start <= offset && offset <= span.end;

const noteSpans = (note: Note): Span[] => (note.parts.length ? note.parts : [note]);

function innermost<T extends Span>(items: T[], offset: number): { index: number; item: T } | undefined {
  let best: { index: number; item: T } | undefined;
  items.forEach((item, index) => {
    if (touches(item, offset) && (!best || item.end - item.start < best.item.end - best.item.start)) best = { index, item };
  });
  return best;
}

export function layersAt(analysis: DocumentAnalysis, offset: number): Layers {
  const noteIndex = analysis.notes.findIndex((note) => noteSpans(note).some((span) => touches(span, offset)));
  return {
    mention: innermost(analysis.mentions, offset),
    date: innermost(analysis.dates, offset),
    marker: innermost(analysis.markers, offset),
    citation: innermost(analysis.citations, offset),
    note: noteIndex >= 0 ? { index: noteIndex, item: analysis.notes[noteIndex] } : undefined,
  };
}
