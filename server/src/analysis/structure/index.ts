import type { DocumentFormat, DocumentStructure } from '../types';
import { isSafeMarkdown, markdownStructure } from './markdown';
import { plainTextStructure } from './plaintext';

/**
 * The reading structure of a document. Markdown that remark cannot be trusted with (nested
 * thousands deep) is read as plain text, so a strange file still gets a structure.
 */
export function analyzeStructure(text: string, format: DocumentFormat): DocumentStructure {
  if (format === 'markdown' && isSafeMarkdown(text)) return markdownStructure(text);
  return { ...plainTextStructure(text), format };
}
