// Property-based tests: random and mutated essays through the core and through every language
// feature at random positions. Nothing throws, every range lies inside the document on code-point
// boundaries, and the same input always gives the same output.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentFormat } from '../../server/src/analysis/types';
import type { AnalyzedDocument } from '../../server/src/analysisCache';
import { Corpus } from '../../server/src/corpus';
import type { FeatureContext } from '../../server/src/features/context';
import { provideDefinition } from '../../server/src/features/definition';
import { provideDocumentHighlights } from '../../server/src/features/documentHighlights';
import { provideDocumentSymbols } from '../../server/src/features/documentSymbols';
import { provideFoldingRanges } from '../../server/src/features/foldingRanges';
import { provideHover } from '../../server/src/features/hover';
import { provideReferences } from '../../server/src/features/references';
import { provideSemanticTokens } from '../../server/src/features/semanticTokens';
import { provideWorkspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { corpusEssays } from '../helpers/corpus';
import { analyzeStrictly } from '../helpers/strict';
import { onCodePointBoundary, spanProblems } from '../helpers/spans';

/** Pieces that essays and hostile files are made of. */
const piece = fc.oneof(
  fc.constantFrom('Leon Trotsky', 'Stalin’s', 'Kirov33', 'cadres.7', '1922,12 thus', 'Ibid., p. 163', 'op. cit.', '(Claudín, 1970)',
    'the late 1920s', 'March 23, 2004', '<sup>12</sup>', '[^3]', '[5]', '\n\n', '\n', '\r\n', '\r', ' ', '# Title\n', '1. ', '> ',
    '12\n\n', 'Žižek', '🙂', '\uD83D', '\uDE42', '\0', 'שלום', '\u202E', '—', '“', '”', '*', '<script>', '[x](command:y)',
    ' & ', 'Kessel Revolution, 1917', ', et al. ', 'rue ', '¹ ', 'Le ', "'s "),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const essay = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
const format = fc.constantFrom<DocumentFormat>('plaintext', 'markdown');

function checkRange(document: TextDocument, range: Range, what: string): void {
  const text = document.getText();
  for (const position of [range.start, range.end]) {
    const offset = document.offsetAt(position);
    assert.deepEqual(document.positionAt(offset), position, `${what}: position ${JSON.stringify(position)} outside the document`);
    assert.ok(onCodePointBoundary(text, offset), `${what}: splits a surrogate pair`);
  }
}

function analyzed(text: string, fmt: DocumentFormat): AnalyzedDocument {
  const uri = `file:///random.${fmt === 'markdown' ? 'md' : 'txt'}`;
  return { uri, version: 1, document: TextDocument.create(uri, fmt, 1, text), analysis: analyzeStrictly(text, fmt) };
}

function checkFeatures(doc: AnalyzedDocument, offsets: number[]): void {
  const context: FeatureContext = { corpus: new Corpus(() => [doc], () => []), entityNotes: () => [] };
  const { document } = doc;
  provideDocumentSymbols(doc).forEach(function walk(s): void {
    checkRange(document, s.range, 'symbol'); checkRange(document, s.selectionRange, 'symbol selection'); s.children?.forEach(walk);
  });
  for (const r of provideFoldingRanges(doc)) assert.ok(r.startLine <= r.endLine && r.endLine < document.lineCount, 'folding range');
  const tokens = provideSemanticTokens(doc).data;
  assert.equal(tokens.length % 5, 0);
  provideWorkspaceSymbols(context, '').forEach((s) => 'range' in s.location && checkRange(document, s.location.range, 'workspace symbol'));
  for (const raw of offsets) {
    const offset = Math.min(raw, document.getText().length);
    const hover = provideHover(context, doc, offset);
    if (hover?.range) checkRange(document, hover.range, 'hover');
    for (const l of provideDefinition(context, doc, offset)) checkRange(document, l.range, 'definition');
    for (const l of provideReferences(context, doc, offset, true)) checkRange(document, l.range, 'reference');
    for (const h of provideDocumentHighlights(doc, offset)) checkRange(document, h.range, 'highlight');
  }
}

describe('random essays', () => {
  test('no layer of the core throws; every span lies inside the text; the same text gives the same analysis', () => {
    fc.assert(fc.property(essay, format, (text, fmt) => {
      const first = analyzeStrictly(text, fmt);
      assert.deepEqual(spanProblems(text, first), []);
      assert.deepEqual(analyzeStrictly(text, fmt), first);
    }), { numRuns: 300 });
  });

  test('every feature at random positions answers with ranges inside the document', () => {
    fc.assert(fc.property(essay, format, fc.array(fc.nat(2000), { minLength: 1, maxLength: 8 }), (text, fmt, offsets) => {
      checkFeatures(analyzed(text, fmt), offsets);
    }), { numRuns: 200 });
  });
});

describe('mutated corpus essays', () => {
  const essays = corpusEssays().map((e) => e.text.slice(0, 6000));
  const mutation = fc.record({ at: fc.nat(), cut: fc.nat(40), insert: piece });
  test('random cuts and insertions in real essays', () => {
    fc.assert(fc.property(fc.nat(essays.length - 1), fc.array(mutation, { maxLength: 12 }), format, fc.array(fc.nat(6000), { maxLength: 6 }),
      (which, mutations, fmt, offsets) => {
        let text = essays[which];
        for (const m of mutations) {
          const at = m.at % (text.length + 1);
          text = text.slice(0, at) + m.insert + text.slice(at + m.cut);
        }
        const doc = analyzed(text, fmt);
        assert.deepEqual(spanProblems(text, doc.analysis), []);
        checkFeatures(doc, offsets);
      }), { numRuns: 40 });
  });
});
