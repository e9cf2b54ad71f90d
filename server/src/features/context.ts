// What every feature may read besides the document at hand.
import type { Corpus } from '../corpus';

export interface FeatureContext {
  corpus: Corpus;
  /** The reader's notes about an entity (by corpus-wide id), as Markdown written by the reader. */
  entityNotes(id: string): string[];
}
