// Inlay hints: after an Ibid. or op. cit., the short form of what it repeats (on by default); after a
// date whose meaning is not literal, its value (`the thirties` → 1930–1939; off by default).
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import { isBackReference } from '../analysis/citations';
import { inlayHint as dateHint } from '../analysis/dates';
import type { AnalyzedDocument } from '../analysisCache';
import { toOffset } from '../convert';
import { resolveChain, shortReference } from './describe';

export interface InlayHintSettings {
  dates: boolean;
  backReferences: boolean;
}

const MAX_LABEL = 60;
const shorten = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

export function provideInlayHints(doc: AnalyzedDocument, range: Range, settings: InlayHintSettings): InlayHint[] {
  const { analysis, document } = doc;
  const from = toOffset(document, range.start);
  const to = toOffset(document, range.end);
  const inRange = (offset: number) => offset >= from && offset <= to;
  const hints: InlayHint[] = [];
  if (settings.backReferences) {
    analysis.citations.forEach((citation, index) => {
      if (!isBackReference(citation) || !inRange(citation.end)) return;
      const target = resolveChain(analysis.citations, index);
      if (!target) return;
      hints.push({ position: document.positionAt(citation.end), label: `→ ${shorten(shortReference(target.fields, target.text))}`, kind: InlayHintKind.Parameter, paddingLeft: true });
    });
  }
  if (settings.dates) {
    for (const date of analysis.dates) {
      const label = inRange(date.end) ? dateHint(date) : null;
      if (label) hints.push({ position: document.positionAt(date.end), label, kind: InlayHintKind.Type, paddingLeft: true });
    }
  }
  return hints.sort((a, b) => document.offsetAt(a.position) - document.offsetAt(b.position));
}
