// Note markers and notes: finds every marker in the body and links it to its note.
import type { DocumentStructure, Note, NoteMarker, Span } from '../types';
import type { BlockMemo } from '../blocks';
import { markerCandidates, NOTE_SYMBOLS, selectMarkers } from './markers';
import { readNotes } from './notes';
import { trimmedSpan } from '../structure/lines';

export { noteProblems, type NoteProblem } from './problems';

/**
 * Links markers to notes: the k-th marker with a label to the k-th note with that label, then the
 * markers left over to the unnumbered notes: by their number where every one left over has one (the n-th note is note n,
 * cited again by a later `[1]`), else in order.
 */
function link(markers: { label: string }[], notes: Note[]): (number | null)[] {
  const byLabel = new Map<string, number[]>();
  const unnumbered: number[] = [];
  notes.forEach((n, i) => {
    if (n.label === null) unnumbered.push(i);
    else if (byLabel.has(n.label)) byLabel.get(n.label)!.push(i);
    else byLabel.set(n.label, [i]);
  });
  const used = new Map<string, number>();
  const links = markers.map((m) => {
    const candidates = byLabel.get(m.label);
    if (!candidates) return null;
    const k = used.get(m.label) ?? 0;
    used.set(m.label, k + 1);
    return candidates[Math.min(k, candidates.length - 1)];
  });
  // A web encyclopedia's lettered notes (`a. ^`) have labels, its numbered references none: `[12]` is still the twelfth.
  if (markers.every((m, i) => links[i] !== null || /^\d+$/.test(m.label))) {
    return links.map((l, i) => l ?? unnumbered[Number(markers[i].label) - 1] ?? null);
  }
  let next = 0;
  return links.map((l) => (l === null && next < unnumbered.length ? unnumbered[next++] : l));
}

/** A note's label that is one letter (a web encyclopedia's explanatory notes: `a. ^ Estimates vary.`). */
const LETTER = /^[a-z]$/;

/**
 * Every note marker of the body, linked to its note, and every note of the text. With a memo, the
 * blocks unchanged since the previous version are not searched for markers again.
 */
export function findNotes(text: string, structure: DocumentStructure, memo?: BlockMemo): { markers: NoteMarker[]; notes: Note[] } {
  const inline = structure.noteRegions.filter((r) => r.kind === 'inline-note');
  const regions = inline.length ? structure.noteRegions.filter((r) => r.kind !== 'inline-note') : structure.noteRegions;
  const notes = readNotes(text, regions, [...structure.debris].sort((a, b) => a.start - b.start));
  const labels = new Set(notes.flatMap((n) => (n.label === null ? [] : [n.label])));
  const symbols = [...labels].some((label) => NOTE_SYMBOLS.includes(label[0]) || LETTER.test(label));
  const candidates = markerCandidates(text, [...structure.noteRegions, ...structure.debris], memo, symbols);
  const selected = selectMarkers(candidates, labels);
  const links = link(selected, notes);
  const markers: NoteMarker[] = selected.map((m, i) => ({ start: m.start, end: m.end, label: m.label, note: links[i], style: m.style }));
  return inline.length ? withInlineNotes(text, inline, markers, notes) : { markers, notes };
}

/**
 * The `markers` and `notes` with Pandoc's inline notes (`^[…]`) among them, in text order: each its own marker's note,
 * labelled with the number Pandoc prints, which counts footnotes (`[^key]`, at their first marker) and inline notes alike.
 */
function withInlineNotes(text: string, inline: readonly Span[], markers: NoteMarker[], notes: Note[]): { markers: NoteMarker[]; notes: Note[] } {
  const inlineNotes: Note[] = inline.map((region) => {
    // Within `^[` and `]`, without the spaces at either end.
    const { start, end } = trimmedSpan({ start: region.start + 2, end: region.end - 1, text: text.slice(region.start + 2, region.end - 1) });
    return { label: null, start, end, parts: [] };
  });
  const allNotes = [...notes, ...inlineNotes].sort((a, b) => a.start - b.start);
  const placeOf = new Map(allNotes.map((note, i) => [note, i]));
  const inlineMarkers: NoteMarker[] = inline.map((region, i) => ({ start: region.start, end: region.start + 2, label: '', note: placeOf.get(inlineNotes[i])!, style: 'inline' }));
  const allMarkers = [...markers.map((m) => (m.note === null ? m : { ...m, note: placeOf.get(notes[m.note])! })), ...inlineMarkers].sort((a, b) => a.start - b.start);
  const footnotes = new Set<string>();
  let printed = 0;
  for (const marker of allMarkers) {
    if (marker.style === 'footnote' && !footnotes.has(marker.label)) {
      footnotes.add(marker.label);
      printed++;
    } else if (marker.style === 'inline') {
      marker.label = String(++printed);
      allNotes[marker.note!].label = marker.label;
    }
  }
  return { markers: allMarkers, notes: allNotes };
}
