// Bibliographic references: finds them in notes and body, parses their fields and resolves every
// back-reference (Ibid., op. cit.) to the reference it repeats.
import type { Citation, CitationKind, DocumentStructure, Note } from '../types';
import { perKind, type BlockMemo } from '../blocks';
import { candidatesIn, selectReferences, type Found, type Zone, type ZoneKind } from './find';
import { parseFields } from './fields';
import { resolveBackReferences } from './resolve';

export { isBackReference, originalCitation, worksCited, sameWorksAcrossEssays, type Work, type CorpusWork } from './works';

/**
 * A list of works' heading: `Bibliography`, `Further reading`, two such joined (`Sources and further reading`), and what
 * it is for (`Reading list for Lecture 9`, `Further reading on the famine`).
 */
const LIST_OF_WORKS = String.raw`(?:bibliography|references|works cited|literature|sources|further reading|reading list|suggested reading|select bibliography)`;
const BIBLIOGRAPHY = new RegExp(String.raw`^${LIST_OF_WORKS}(?:\s*(?:,|and|&)\s*${LIST_OF_WORKS})?(?:\s+(?:for|of|on|to)\s+[^.!?]{1,60})?\s*:?$`, 'iu');

/** The heading of a web page's comments: `3 Comments`, `Responses`, `Leave a Reply`. */
const COMMENTS = /^\W*(?:\d+\s+)?(?:comments?|responses?|replies|leave\s+a\s+(?:reply|comment))\b/iu;

/**
 * The stretches to search: every note and every paragraph; a bibliography or reading list is one
 * stretch, whose entries are references however its lines were broken, but for the notes and the page's debris
 * among them: a printed page's footnotes, its number and running head may stand between two of its entries, and
 * Markdown gathers its footnotes at the very end, under the last heading.
 */
function zonesOf(structure: DocumentStructure, notes: Note[]): Zone[] {
  // Every zone of one shape, in one array pushed (see arrays.ts): the bibliographies first.
  const zones: Zone[] = [];
  for (const s of structure.sections) {
    if (!BIBLIOGRAPHY.test(s.title.replace(/[*_#]/g, '').trim())) continue;
    // A web page's comments below the reading list, under a heading of their own, are no entries of it.
    const comments = structure.sections.find((c) => c.heading.start >= s.heading.end && c.heading.start < s.end && COMMENTS.test(c.title));
    const end = comments?.heading.start ?? s.end;
    const apart = [...notes, ...structure.debris].filter((span) => span.end > s.heading.end && span.start < end).sort((a, b) => a.start - b.start);
    let start = s.heading.end;
    for (const span of apart) {
      if (span.start > start) zones.push({ start, end: span.start, inNote: false, inBibliography: true });
      start = Math.max(start, span.end);
    }
    if (end > start) zones.push({ start, end, inNote: false, inBibliography: true });
  }
  const bibliographies = zones.length;
  const inBibliography = (start: number) => {
    for (let i = 0; i < bibliographies; i++) if (start >= zones[i].start && start < zones[i].end) return true;
    return false;
  };
  const add = (start: number, end: number, inNote: boolean) => {
    if (!inBibliography(start)) zones.push({ start, end, inNote, inBibliography: false });
  };
  // Loops, not flatMap: on 400 paragraphs flatMap is ten times slower (45 µs a document). A note and its parts are read
  // apart, so that each read meets objects of one shape.
  for (const note of notes) {
    add(note.start, note.end, true);
    for (const part of note.parts) add(part.start, part.end, true);
  }
  for (const paragraph of structure.paragraphs) for (const part of paragraph.parts) add(part.start, part.end, false);
  return zones.sort((a, b) => a.start - b.start);
}

/** The dashes that open a bibliography entry in place of the authors of the entry above (`———. 1981. *Harbours*.`). */
const REPEATED_AUTHORS = /^[-–—_]{2,}/u;

/** The citations, an entry that repeats the authors above given them. */
function withRepeatedAuthors(citations: Citation[]): Citation[] {
  for (let i = 1; i < citations.length; i++) {
    const { kind, text, fields } = citations[i];
    const above = citations[i - 1];
    if (kind === 'bibliography' && above.kind === 'bibliography' && above.fields.authors && !fields.authors && REPEATED_AUTHORS.test(text)) {
      citations[i] = { ...citations[i], fields: { authors: above.fields.authors, ...fields } };
    }
  }
  return citations;
}

/** How a zone is read: its candidates depend on its text and on this alone. */
type Reading = 'note' | 'body' | 'bibliography';
const READINGS: Record<Reading, ZoneKind> = { note: { inNote: true }, body: { inNote: false }, bibliography: { inNote: false, inBibliography: true } };
const readingOf = (zone: Zone): Reading => (zone.inBibliography ? 'bibliography' : zone.inNote ? 'note' : 'body');

/**
 * Every bibliographic reference of a document, in text order, with its fields and resolution. With a
 * memo, the candidates of a zone (a note, a paragraph) and the fields of a reference whose text is
 * unchanged since the previous version are reused; choosing and resolving run on the whole document.
 */
export function findCitations(text: string, structure: DocumentStructure, notes: Note[], memo?: BlockMemo): Citation[] {
  const zones = zonesOf(structure, notes);
  const zonePieces = zones.map((zone) => ({ kind: readingOf(zone), block: { start: zone.start, end: zone.end, text: text.slice(zone.start, zone.end) } }));
  const inZones = perKind(memo, 'citations', zonePieces, (reading, zoneText) => candidatesIn(zoneText, READINGS[reading]));
  const candidates: Found[] = [];
  zones.forEach((zone, i) => {
    for (const c of inZones[i]) candidates.push({ start: zone.start + c.start, end: zone.start + c.end, kind: c.kind });
  });
  const found = selectReferences(text, candidates).map((f) => ({ kind: f.kind, block: { start: f.start, end: f.end, text: text.slice(f.start, f.end) } }));
  const fields = perKind(memo, 'citation-fields', found, (kind: CitationKind, citationText) => parseFields(citationText, kind));
  const citations: Citation[] = found.map(({ kind, block }, i) => ({ start: block.start, end: block.end, text: block.text, kind, fields: fields[i], resolvesTo: null }));
  return resolveBackReferences(text, withRepeatedAuthors(citations), notes);
}
