// Bibliographic references: finds them in notes and body, parses their fields and resolves every
// back-reference (Ibid., op. cit.) to the reference it repeats.
import type { Citation, DocumentStructure, Note } from '../types';
import { candidatesIn, selectReferences, type Zone } from './find';
import { parseFields } from './fields';
import { resolveBackReferences } from './resolve';

export { originalCitation, worksCited, sameWorksAcrossEssays, type Work, type CorpusWork } from './works';

const BIBLIOGRAPHY = /^(?:bibliography|references|works cited|literature|sources|further reading|reading list|suggested reading|select bibliography)\s*:?$/iu;

/**
 * The stretches to search: every note and every paragraph; a bibliography or reading list is one
 * stretch, whose entries are references however its lines were broken.
 */
function zonesOf(structure: DocumentStructure, notes: Note[]): Zone[] {
  const bibliographies = structure.sections.filter((s) => BIBLIOGRAPHY.test(s.title.replace(/[*_#]/g, '').trim()));
  const inBibliography = (start: number) => bibliographies.some((s) => start >= s.heading.end && start < s.end);
  const zones: Zone[] = bibliographies.map((s) => ({ start: s.heading.end, end: s.end, inNote: false, inBibliography: true }));
  const pieces = [
    ...notes.flatMap((n) => [n, ...n.parts]).map((p) => ({ start: p.start, end: p.end, inNote: true })),
    ...structure.paragraphs.flatMap((p) => p.parts).map((p) => ({ start: p.start, end: p.end, inNote: false })),
  ];
  zones.push(...pieces.filter((p) => !inBibliography(p.start)));
  return zones.sort((a, b) => a.start - b.start);
}

/** Every bibliographic reference of a document, in text order, with its fields and resolution. */
export function findCitations(text: string, structure: DocumentStructure, notes: Note[]): Citation[] {
  const candidates = zonesOf(structure, notes).flatMap((zone) =>
    candidatesIn(text.slice(zone.start, zone.end), zone).map((c) => ({ start: zone.start + c.start, end: zone.start + c.end, kind: c.kind })));
  const citations: Citation[] = selectReferences(text, candidates).map((f) => {
    const citationText = text.slice(f.start, f.end);
    return { start: f.start, end: f.end, text: citationText, kind: f.kind, fields: parseFields(citationText, f.kind), resolvesTo: null };
  });
  return resolveBackReferences(text, citations, notes);
}
