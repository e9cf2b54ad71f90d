import type { DocumentFormat, DocumentStructure, NoteRegion } from '../types';
import { markdownStructure } from './markdown';
import { plainTextStructure } from './plaintext';

/** What Markdown's reading finds notes in: footnote definitions (`[^3]: …`) and ordered lists (`3. …`). */
const MARKDOWN_NOTES = /\[\^|^[ \t]{0,3}\d{1,3}[.)][ \t]/m;

/**
 * The reading structure of a document. Markdown nested too deep for the parser to keep whole is read
 * as plain text, so a strange file still gets a structure.
 */
export function analyzeStructure(text: string, format: DocumentFormat): DocumentStructure {
  const markdown = format === 'markdown' ? markdownStructure(text) : null;
  const declared = markdown ?? { ...plainTextStructure(text), format };
  if (declared.noteRegions.length) return declared;
  // Essays are saved in the wrong shape too (Markdown pasted into a .txt file, PDF text saved as .md): notes
  // that the declared format's reading does not find, the other reading may.
  const other = format === 'markdown' ? plainTextStructure(text) : MARKDOWN_NOTES.test(text) ? markdownStructure(text) : null;
  return other?.noteRegions.length ? withNoteRegions(declared, other.noteRegions) : declared;
}

/** `structure` with `regions` (in text order, apart) as its notes: paragraphs inside them are notes, no longer the body's. */
function withNoteRegions(structure: DocumentStructure, regions: NoteRegion[]): DocumentStructure {
  let next = 0; // the first region that does not end before the paragraph (paragraphs come in text order too)
  const paragraphs = structure.paragraphs.filter((p) => {
    while (next < regions.length && regions[next].end <= p.start) next++;
    return !(next < regions.length && regions[next].start < p.end);
  });
  return { ...structure, paragraphs, noteRegions: regions };
}
