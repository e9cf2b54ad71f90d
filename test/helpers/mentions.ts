// What the names layer finds in a text, as the names tests compare it.
import { analyzeDocument } from '../../server/src/analysis/analyze';
import type { DocumentFormat } from '../../server/src/analysis/types';

/** Every mention as `kind text`, in text order. */
export const mentions = (text: string, format: DocumentFormat = 'plaintext'): string[] =>
  analyzeDocument(text, format).mentions.map((m) => `${m.kind} ${m.text}`);
