// Outline: the essay's sections as a tree, then groups for its people, organizations and places (in
// order of first mention, with counts), its dates, its notes and the works it cites.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { worksCited } from '../analysis/citations';
import type { EntityKind, Section, Span } from '../analysis/types';
import type { AnalyzedDocument } from '../analysisCache';
import { toRange } from '../convert';
import { shortReference } from './describe';

function sectionTree(doc: AnalyzedDocument, sections: Section[]): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const stack: { level: number; symbol: DocumentSymbol }[] = [];
  for (const section of sections) {
    const symbol: DocumentSymbol = {
      name: section.title || '(untitled)',
      kind: SymbolKind.Namespace,
      range: toRange(doc.document, section),
      selectionRange: toRange(doc.document, section.heading),
      children: [],
    };
    while (stack.length && stack[stack.length - 1].level >= section.level) stack.pop();
    (stack.length ? stack[stack.length - 1].symbol.children! : roots).push(symbol);
    stack.push({ level: section.level, symbol });
  }
  return roots;
}

const oneLine = (text: string, max = 60) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** A group of symbols that spans its first to its last item; empty groups are left out. */
function group(doc: AnalyzedDocument, name: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol[] {
  if (children.length === 0) return [];
  // A loop, not Math.min(...spans): a group of a hundred thousand symbols would overflow the stack.
  let start = Infinity;
  let end = -Infinity;
  for (const c of children) {
    start = Math.min(start, doc.document.offsetAt(c.range.start));
    end = Math.max(end, doc.document.offsetAt(c.range.end));
  }
  const range = toRange(doc.document, { start, end });
  return [{ name, kind, detail: String(children.length), range, selectionRange: { start: range.start, end: range.start }, children }];
}

function item(doc: AnalyzedDocument, name: string, kind: SymbolKind, span: Span, detail?: string): DocumentSymbol {
  const range = toRange(doc.document, span);
  return { name: name || '(empty)', kind, detail, range, selectionRange: range };
}

const ENTITY_GROUPS: [EntityKind, string, SymbolKind][] = [
  ['person', 'People', SymbolKind.Object],
  ['organization', 'Organizations', SymbolKind.Module],
  ['place', 'Places', SymbolKind.Constant],
];

export function provideDocumentSymbols(doc: AnalyzedDocument): DocumentSymbol[] {
  const { analysis } = doc;
  const entities = analysis.entities
    .map((entity) => ({ entity, first: analysis.mentions[entity.mentions[0]] }))
    .filter((e) => e.first)
    .sort((a, b) => a.first.start - b.first.start);
  const text = doc.document.getText();
  return [
    ...sectionTree(doc, analysis.structure.sections),
    ...ENTITY_GROUPS.flatMap(([kind, name, symbolKind]) => group(doc, name, SymbolKind.Package, entities
      .filter((e) => e.entity.kind === kind)
      .map((e) => item(doc, e.entity.label, symbolKind, e.first, `${e.entity.mentions.length}×`)))),
    ...group(doc, 'Dates', SymbolKind.Package, analysis.dates.map((d) => item(doc, oneLine(d.text), SymbolKind.Event, d, d.value))),
    ...group(doc, 'Notes', SymbolKind.Package, analysis.notes.map((n, i) =>
      item(doc, `${n.label ?? i + 1}. ${oneLine(text.slice(n.start, n.end), 50)}`, SymbolKind.String, n))),
    ...group(doc, 'Works cited', SymbolKind.Package, worksCited(analysis.citations).map((work) => {
      const first = analysis.citations[work.citations[0]];
      return item(doc, oneLine(shortReference(work.fields, first.text), 70), SymbolKind.File, first, `${work.citations.length}×`);
    })),
  ];
}
