// Problems with a document's notes, as plain data for diagnostics: a marker without a note, a note
// without a marker, a back-reference (Ibid., op. cit.) with nothing to resolve to, markers out of
// sequence. An essay published without its notes gets one summary instead of one problem per marker.
import { isBackReference } from '../citations/works';
import type { DocumentAnalysis, Span } from '../types';

export type NoteProblemKind =
  | 'marker-without-note'
  | 'note-without-marker'
  | 'unresolved-back-reference'
  | 'marker-out-of-sequence'
  | 'notes-missing';

export interface NoteProblem extends Span {
  kind: NoteProblemKind;
  /** Index into the document's markers (marker problems and the summary, its first marker). */
  marker?: number;
  /** Index into the document's notes. */
  note?: number;
  /** Index into the document's citations. */
  citation?: number;
  /** Out of sequence: the label the count leads one to expect. Summary: how many markers lack a note. */
  expected?: string;
  count?: number;
}

/** Markers without notes are a summary, not a list, when (almost) no marker has its note. */
const MOSTLY_MISSING = 0.1;

/** Every note problem of a document, in text order. */
export function noteProblems(analysis: Pick<DocumentAnalysis, 'markers' | 'notes' | 'citations'>): NoteProblem[] {
  const { markers, notes, citations } = analysis;
  const problems: NoteProblem[] = [];
  const orphans = markers.flatMap((m, i) => (m.note === null ? [i] : []));
  const linked = markers.length - orphans.length;
  const notesMissing = markers.length >= 3 && linked <= MOSTLY_MISSING * markers.length;
  if (notesMissing) {
    const first = markers[orphans[0]];
    problems.push({ kind: 'notes-missing', start: first.start, end: first.end, marker: orphans[0], count: orphans.length });
  } else {
    for (const i of orphans) problems.push({ kind: 'marker-without-note', start: markers[i].start, end: markers[i].end, marker: i });
  }
  let previous: number | null = null;
  // Without its notes an essay's count cannot be checked against them: the summary says enough.
  if (!notesMissing) markers.forEach((m, i) => {
    const n = Number(m.label);
    // An inline note's number is counted here, in sequence with the footnotes, whose labels are no numbers.
    if (!Number.isInteger(n) || m.style === 'inline') return;
    // A count that starts again at 1 is a new chapter, not a slip.
    if (previous !== null && n !== previous + 1 && n !== 1) {
      problems.push({ kind: 'marker-out-of-sequence', start: m.start, end: m.end, marker: i, expected: String(previous + 1) });
    }
    previous = n;
  });
  const cited = new Set(markers.map((m) => m.note));
  notes.forEach((n, i) => {
    if (!cited.has(i)) problems.push({ kind: 'note-without-marker', start: n.start, end: n.end, note: i });
  });
  citations.forEach((c, i) => {
    if (isBackReference(c) && c.resolvesTo === null) {
      problems.push({ kind: 'unresolved-back-reference', start: c.start, end: c.end, citation: i });
    }
  });
  return problems.sort((a, b) => a.start - b.start);
}
