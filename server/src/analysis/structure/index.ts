import type { DocumentFormat, DocumentStructure } from '../types';
import { markdownStructure } from './markdown';
import { plainTextStructure } from './plaintext';

/**
 * The reading structure of a document. Markdown nested too deep for the parser to keep whole is read
 * as plain text, so a strange file still gets a structure.
 */
export function analyzeStructure(text: string, format: DocumentFormat): DocumentStructure {
  const markdown = format === 'markdown' ? markdownStructure(text) : null;
  return markdown ?? { ...plainTextStructure(text), format };
}
