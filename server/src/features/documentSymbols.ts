// Outline: the essay's sections as a tree, so a reader can see and jump through its argument.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis, Section } from '../analysis/types';
import { toRange } from '../convert';

function sectionTree(document: TextDocument, sections: Section[]): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const stack: { level: number; symbol: DocumentSymbol }[] = [];
  for (const section of sections) {
    const symbol: DocumentSymbol = {
      name: section.title || '(untitled)',
      kind: SymbolKind.Namespace,
      range: toRange(document, section),
      selectionRange: toRange(document, section.heading),
      children: [],
    };
    while (stack.length && stack[stack.length - 1].level >= section.level) stack.pop();
    (stack.length ? stack[stack.length - 1].symbol.children! : roots).push(symbol);
    stack.push({ level: section.level, symbol });
  }
  return roots;
}

export function provideDocumentSymbols(document: TextDocument, analysis: DocumentAnalysis): DocumentSymbol[] {
  return sectionTree(document, analysis.structure.sections);
}
