// The language features as a reader meets them, on hand-built analyses: the cursor is `|`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver';
import type { AnalyzedDocument } from '../../server/src/analysisCache';
import { Corpus } from '../../server/src/corpus';
import type { FeatureContext } from '../../server/src/features/context';
import { provideDefinition } from '../../server/src/features/definition';
import { provideDocumentHighlights } from '../../server/src/features/documentHighlights';
import { provideDocumentSymbols } from '../../server/src/features/documentSymbols';
import { provideHover } from '../../server/src/features/hover';
import { provideReferences } from '../../server/src/features/references';
import { provideSemanticTokens, TOKEN_TYPES } from '../../server/src/features/semanticTokens';
import { provideWorkspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { analyzed, type Fixture } from '../helpers/analyzed';

const contextOf = (docs: AnalyzedDocument[], notes: Record<string, string[]> = {}): FeatureContext => ({
  corpus: new Corpus(() => docs, () => []),
  entityNotes: (id) => notes[id] ?? [],
});

const ESSAY = 'The harbour poet Ilse Varga, who wrote the Tide Songs, left in 1931. Later Var|ga returned.';
const VARGA: Fixture = {
  entities: [{ kind: 'person', label: 'Ilse Varga', mentions: ['Ilse Varga', 'Varga'], description: 'The harbour poet Ilse Varga, who wrote the Tide Songs' }],
  dates: [{ text: '1931', value: '1931' }],
};

const hoverText = (context: FeatureContext, doc: AnalyzedDocument, offset: number) =>
  (provideHover(context, doc, offset)?.contents as MarkupContent | undefined)?.value ?? '';

describe('hover on a name', () => {
  const { doc, offset } = analyzed(ESSAY, VARGA);
  const other = analyzed('Nothing of Varga here, only Varga.', { entities: [{ kind: 'person', label: 'Ilse Varga', mentions: ['Varga', 'Varga'] }] }, 'file:///essays/other.txt').doc;
  const hover = hoverText(contextOf([doc, other], { 'person:ilse-varga': ['Check the *Tide Songs* dates'] }), doc, offset);

  test('label, kind, variants and description with where it comes from', () => {
    assert.match(hover, /\*\*Ilse Varga\*\* · person/);
    assert.match(hover, /Also written: Varga/);
    assert.match(hover, /> The harbour poet Ilse Varga, who wrote the Tide Songs\n\n— line 1/);
  });

  test('counts here and in the other essays, and the first mention in its sentence', () => {
    assert.match(hover, /2 mentions in this essay; in other essays: other\\\.txt \(2\)/);
    assert.match(hover, /First mention, line 1: “The harbour poet Ilse Varga, who wrote the Tide Songs, left in 1931\\\.”/);
  });

  test("the reader's notes about the person, escaped", () => {
    assert.match(hover, /📝 Check the \\\*Tide Songs\\\* dates/);
  });

  test('no hover away from any item', () => {
    assert.equal(provideHover(contextOf([doc]), doc, 3), null);
  });
});

describe('notes and citations', () => {
  const source = 'The cranes came early.1| Then the strike.2\n\n1 Tamsin Orlov, The Harbour Years (Riga, 1981), p. 12.\n2 Ibid., p. 14.';
  const fixture: Fixture = {
    notes: [{ marker: '1', text: 'Tamsin Orlov, The Harbour Years (Riga, 1981), p. 12.' }, { marker: '2', text: 'Ibid., p. 14.' }],
    citations: [
      { text: 'Tamsin Orlov, The Harbour Years (Riga, 1981), p. 12.', kind: 'full', resolvesTo: null, fields: { authors: ['Tamsin Orlov'], title: 'The Harbour Years', year: '1981', pages: '12' } },
      { text: 'Ibid., p. 14.', kind: 'ibid', resolvesTo: 0, fields: { pages: '14' } },
    ],
  };
  const { doc, offset } = analyzed(source, fixture);
  const context = contextOf([doc]);
  const text = doc.document.getText();

  test('hover on a marker shows its note', () => {
    assert.match(hoverText(context, doc, offset), /\*\*Note 1\*\*\n\nTamsin Orlov, The Harbour Years \\\(Riga, 1981\\\), p\\\. 12\\\./);
  });

  test('hover on a marker whose note is an Ibid. shows it resolved', () => {
    const marker = doc.analysis.markers[1];
    assert.match(hoverText(context, doc, marker.end), /Ibid\\\., p\\\. 14\\\. → Tamsin Orlov, The Harbour Years \\\(1981\\\), p\\\. 12/);
  });

  test('go to definition: marker to note, Ibid. to the reference it repeats', () => {
    const [toNote] = provideDefinition(context, doc, offset);
    assert.equal(doc.document.offsetAt(toNote.range.start), text.indexOf('Tamsin'));
    const ibid = doc.analysis.citations[1];
    const [toWork] = provideDefinition(context, doc, ibid.start + 1);
    assert.equal(doc.document.offsetAt(toWork.range.start), text.indexOf('Tamsin'));
  });

  test('references on a note: its markers', () => {
    const inNote = text.indexOf('Harbour Years');
    const refs = provideReferences(context, doc, inNote, false);
    assert.deepEqual(refs.map((r) => doc.document.offsetAt(r.range.start)), [doc.analysis.markers[0].start]);
  });

  test('outline groups notes and works cited', () => {
    const names = provideDocumentSymbols(doc).map((s) => `${s.name} ${s.children?.length}`);
    assert.deepEqual(names, ['Notes 2', 'Works cited 1']);
  });
});

describe('references, highlights, symbols and tokens for names', () => {
  const { doc, offset } = analyzed(ESSAY, VARGA);
  const other = analyzed('Varga again.', { entities: [{ kind: 'person', label: 'Ilse Varga', mentions: ['Varga'] }] }, 'file:///essays/other.txt').doc;
  const context = contextOf([doc, other]);

  test('find all references reaches every essay', () => {
    const refs = provideReferences(context, doc, offset, true);
    assert.deepEqual(refs.map((r) => r.uri.split('/').pop()), ['fixture.txt', 'fixture.txt', 'other.txt']);
  });

  test('document highlights: the mentions in this essay', () => {
    assert.equal(provideDocumentHighlights(doc, offset).length, 2);
  });

  test('go to definition on a surname lands on the full name', () => {
    const [target] = provideDefinition(context, doc, offset);
    assert.equal(doc.document.getText(target.range), 'Ilse Varga');
  });

  test('outline: People group in order of first mention, with counts; dates', () => {
    const symbols = provideDocumentSymbols(doc);
    const people = symbols.find((s) => s.name === 'People')!;
    assert.deepEqual(people.children!.map((c) => `${c.name} ${c.detail}`), ['Ilse Varga 2×']);
    assert.ok(symbols.some((s) => s.name === 'Dates'));
  });

  test('workspace symbols find a person by any of their names', () => {
    assert.deepEqual(provideWorkspaceSymbols(context, 'varga').map((s) => s.name), ['Ilse Varga', 'Ilse Varga']);
    assert.deepEqual(provideWorkspaceSymbols(context, 'zzz'), []);
  });

  test('semantic tokens: persons and dates, line by line', () => {
    const data = provideSemanticTokens(doc).data;
    const tokens = [];
    for (let i = 0; i < data.length; i += 5) tokens.push(TOKEN_TYPES[data[i + 3]]);
    assert.deepEqual(tokens, ['person', 'date', 'person']);
  });

  test('a token broken across a line becomes one token per line', () => {
    const wrapped = analyzed('The Left\nOpposition met.', { entities: [{ kind: 'organization', label: 'Left Opposition', mentions: ['Left\nOpposition'] }] }).doc;
    const data = provideSemanticTokens(wrapped).data;
    assert.deepEqual(Array.from(data), [0, 4, 4, 1, 0, 1, 0, 10, 1, 0]);
  });
});
