// Workspace symbols: the corpus's people, organizations and places by any of their names, and the
// works it cites by author or title.
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import { isBackReference } from '../analysis/citations';
import type { EntityKind } from '../analysis/types';
import { toRange } from '../convert';
import type { FeatureContext } from './context';
import { essayName, shortReference } from './describe';

const KIND: Record<EntityKind, SymbolKind> = { person: SymbolKind.Object, organization: SymbolKind.Module, place: SymbolKind.Constant };
const LIMIT = 500;

/** Fuzzy in the way VS Code's own pickers are: the query's characters in order, case-insensitive. */
function matches(query: string, name: string): boolean {
  const q = query.toLowerCase();
  const n = name.toLowerCase();
  let i = 0;
  for (const c of n) if (c === q[i]) i++;
  return i === q.length;
}

export function provideWorkspaceSymbols(context: FeatureContext, query: string): WorkspaceSymbol[] {
  const symbols: WorkspaceSymbol[] = [];
  const seen = new Set<string>();
  for (const doc of context.corpus.documents()) {
    const { analysis } = doc;
    analysis.entities.forEach((entity, index) => {
      const id = context.corpus.entityId(doc, index);
      const first = analysis.mentions[entity.introduction] ?? analysis.mentions[entity.mentions[0]];
      if (seen.has(`${doc.uri}#${id}`) || !first || ![entity.label, ...entity.variants].some((name) => matches(query, name))) return;
      seen.add(`${doc.uri}#${id}`);
      symbols.push({ name: entity.label, kind: KIND[entity.kind], containerName: essayName(doc), location: { uri: doc.uri, range: toRange(doc.document, first) } });
    });
    for (const citation of analysis.citations) {
      if (isBackReference(citation)) continue;
      const name = shortReference(citation.fields, citation.text);
      if (!matches(query, name)) continue;
      symbols.push({ name, kind: SymbolKind.File, containerName: essayName(doc), location: { uri: doc.uri, range: toRange(doc.document, citation) } });
    }
    if (symbols.length >= LIMIT) break;
  }
  return symbols.slice(0, LIMIT);
}
