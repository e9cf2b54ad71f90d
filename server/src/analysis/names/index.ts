// The name layer: every mention of a person, organization or place in an essay, body and notes, grouped
// into the entities they name.
import type { DocumentStructure, Entity, EntityMention } from '../types';
import { tokenize } from './tokens';
import { findRuns } from './runs';
import { classifyRun } from './classify';
import { resolveLoneWords } from './resolve';
import { groupMentions } from './identity';
import { emphasisSpans, reclassifyEmphasized } from './emphasis';

export function detectNames(text: string, _structure: DocumentStructure): { entities: Entity[]; mentions: EntityMention[] } {
  const words = tokenize(text);
  const segments = findRuns(words.tokens).flatMap(classifyRun);
  const spans = reclassifyEmphasized(resolveLoneWords(text, words, segments), emphasisSpans(text));
  return groupMentions(text, spans);
}
