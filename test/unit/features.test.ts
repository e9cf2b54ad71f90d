// The language features as a reader meets them, on hand-built analyses: the cursor is `|`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver';
import type { AnalyzedDocument } from '../../server/src/analysisCache';
import { Corpus } from '../../server/src/corpus';
import type { FeatureContext } from '../../server/src/features/context';
import { provideDefinition } from '../../server/src/features/definition';
import { provideDiagnostics } from '../../server/src/features/diagnostics';
import { provideDocumentHighlights } from '../../server/src/features/documentHighlights';
import { provideDocumentSymbols } from '../../server/src/features/documentSymbols';
import { provideHover } from '../../server/src/features/hover';
import { provideInlayHints } from '../../server/src/features/inlayHints';
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

  test('the other essays that mention the name most, four of them, and how many more', () => {
    const essays = [1, 3, 2, 5, 4, 1].map((count, i) => analyzed('Varga. '.repeat(count), {
      entities: [{ kind: 'person', label: 'Ilse Varga', mentions: Array(count).fill('Varga') }],
    }, `file:///essays/e${i}.txt`).doc);
    assert.match(hoverText(contextOf([doc, ...essays]), doc, offset),
      /in other essays: e3\\\.txt \(5\), e4\\\.txt \(4\), e1\\\.txt \(3\), e2\\\.txt \(2\), and 2 more/);
  });

  test('an essay that names the person as two entities counts the mentions of both', () => {
    const essay = analyzed('Varga. Ilse Varga. Varga. Ilse Varga. Varga.', {
      entities: [{ kind: 'person', label: 'Ilse Varga', mentions: ['Varga', 'Varga', 'Varga'] }, { kind: 'person', label: 'Ilse Varga', mentions: ['Ilse Varga', 'Ilse Varga'] }],
    }, 'file:///essays/twice.txt').doc;
    assert.match(hoverText(contextOf([doc, essay]), doc, offset), /in other essays: twice\\\.txt \(5\)/);
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

  test('a short form: its hover, inlay hint and definition give the reference it repeats; it is no work of its own', () => {
    const full = 'Tamsin Orlov, The Harbour Years (Riga, 1981), p. 12.';
    const { doc: essay, offset: onShort } = analyzed(`Early.1 Late.2\n\n1 ${full}\n2 Or|lov, Harbour Years, p. 30.`, {
      notes: [{ marker: '1', text: full }, { marker: '2', text: 'Orlov, Harbour Years, p. 30.' }],
      citations: [
        { text: full, kind: 'full', resolvesTo: null, fields: { authors: ['Tamsin Orlov'], title: 'The Harbour Years', year: '1981', pages: '12' } },
        { text: 'Orlov, Harbour Years, p. 30.', kind: 'short', resolvesTo: 0, fields: { authors: ['Orlov'], title: 'Harbour Years', pages: '30' } },
      ],
    });
    const shortContext = contextOf([essay]);
    assert.match(hoverText(shortContext, essay, onShort), /\*\*Citation\*\* · short[^]*Repeats, line 3: Tamsin Orlov, The Harbour Years/);
    const [toWork] = provideDefinition(shortContext, essay, onShort);
    assert.equal(essay.document.offsetAt(toWork.range.start), essay.document.getText().indexOf('Tamsin'));
    const whole = { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } };
    assert.deepEqual(provideInlayHints(essay, whole, { backReferences: true, dates: false }).map((hint) => hint.label), ['→ Tamsin Orlov, The Harbour Years (1981), p. 12']);
    assert.deepEqual(provideWorkspaceSymbols(shortContext, 'Harbour').map((symbol) => symbol.name), ['Tamsin Orlov, The Harbour Years (1981), p. 12']);
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

  test('outline: a group of 150,000 symbols spans them all', () => {
    const years = Array.from({ length: 150_000 }, (_, i) => String(1000 + (i % 900)));
    const many = analyzed(`${years.join(' ')}.`, { dates: years.map((year) => ({ text: year, value: year })) }).doc;
    const dates = provideDocumentSymbols(many).find((s) => s.name === 'Dates')!;
    assert.equal(dates.children!.length, 150_000);
    assert.deepEqual(dates.range.end, many.document.positionAt(many.document.getText().length - 1));
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

describe('dates', () => {
  const { doc, offset } = analyzed('In the late 19|20s the harbour grew; in 1927 the cranes came.', {
    dates: [{ text: 'the late 1920s', value: '1925/1929' }, { text: '1927', value: '1927' }],
  });
  const other = analyzed('By 1931 it was over. The 1920s had been kind; so was 1926.', {
    dates: [{ text: '1931', value: '1931' }, { text: 'The 1920s', value: '1920/1929' }, { text: '1926', value: '1926' }],
  }, 'file:///essays/other.txt').doc;
  const context = contextOf([doc, other]);

  test('hover: the meaning in words, then what else happened then, closest first', () => {
    const hover = hoverText(context, doc, offset);
    assert.match(hover, /^\*\*1925 to 1929, the late 1920s\*\*/);
    assert.match(hover, /- 1927 \(line 1\): .*\n- 1926 \(other\\\.txt, line 1\): .*\n- The 1920s \(other\\\.txt, line 1\)/);
    assert.doesNotMatch(hover, /1931/);
  });

  test('hover: the four closest concurrent dates, then how many more', () => {
    const crowded = analyzed('In the late 19|20s: 1925, 1926, 1927, 1928, 1929 and March 1927.', {
      dates: [{ text: 'the late 1920s', value: '1925/1929' }, ...['1925', '1926', '1927', '1928', '1929'].map((y) => ({ text: y, value: y })),
        { text: 'March 1927', value: '1927-03' }],
    });
    const hover = hoverText(contextOf([crowded.doc]), crowded.doc, crowded.offset);
    assert.equal(hover.split('\n').filter((line) => line.startsWith('- ')).length, 5);
    assert.match(hover, /\n- and 2 more$/);
  });

  test('references: every mention of the corpus whose time overlaps', () => {
    const refs = provideReferences(context, doc, offset, false);
    assert.deepEqual(refs.map((r) => `${r.uri.split('/').pop()} ${r.range.start.character}`), ['fixture.txt 39', 'other.txt 53', 'other.txt 21']);
  });

  test('references with a library indexed: each overlapping date once, ties in the order of the essays, an open essay for its file', () => {
    const essay = (name: string, dates: { text: string; value: string }[]) =>
      analyzed(dates.map((d) => d.text).join('; '), { dates }, `file:///essays/${name}.txt`).doc;
    const indexed = [
      essay('a', [{ text: 'the 1920s', value: '1920/1929' }, { text: '1890', value: '1890' }]),
      essay('b', [{ text: 'the nineteenth century', value: '1801/1900' }, { text: 'the twentieth century', value: '1901/2000' }]),
      essay('c', [{ text: 'May 1927', value: '1927-05' }, { text: 'the 1920s', value: '1920/1929' }]),
      essay('fixture', [{ text: '1927', value: '1927' }]),
    ];
    const library: FeatureContext = { corpus: new Corpus(() => [doc], () => indexed), entityNotes: () => [] };
    const refs = provideReferences(library, doc, offset, false).map((r) => `${r.uri.split('/').pop()} ${r.range.start.character}`);
    // Closest to 1925-1929 first, the two 1920s in the essays' order; the open fixture's 1927, not its file's.
    assert.deepEqual(refs, ['fixture.txt 39', 'c.txt 0', 'a.txt 0', 'c.txt 10', 'b.txt 24']);
    // A century asks about every year of it.
    const century = provideReferences(library, indexed[1], 'the nineteenth century; the'.length, false).map((r) => `${r.uri.split('/').pop()} ${r.range.start.character}`);
    assert.deepEqual(century, ['a.txt 0', 'c.txt 10', 'fixture.txt 3', 'fixture.txt 39', 'c.txt 0']);
  });

  test('hover with a library indexed: the closest four in the order of the essays, the others counted, an open essay for its file', () => {
    const essay = (name: string) =>
      analyzed('1927; the 1920s', { dates: [{ text: '1927', value: '1927' }, { text: 'the 1920s', value: '1920/1929' }] }, `file:///essays/${name}.txt`).doc;
    const fixtureFile = analyzed('1927; 1926', { dates: [{ text: '1927', value: '1927' }, { text: '1926', value: '1926' }] }, 'file:///essays/fixture.txt').doc;
    const indexed = [fixtureFile, ...['a', 'b', 'c', 'd', 'e'].map(essay)];
    const library: FeatureContext = { corpus: new Corpus(() => [doc], () => indexed), entityNotes: () => [] };
    const hover = hoverText(library, doc, offset);
    // The open fixture's 1927 and three essays' 1927 at the same distance, in the essays' order; then the
    // other two 1927 and five 1920s: not the open fixture's own date, nor the dates of the file it stands for.
    assert.match(hover, /- 1927 \(line 1\).*\n- 1927 \(a\\.txt, line 1\).*\n- 1927 \(b\\.txt, line 1\).*\n- 1927 \(c\\.txt, line 1\).*\n- and 7 more$/);
  });

  test('inlay hints: dates only when asked, and only where the text is not literal', () => {
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 100 } };
    assert.deepEqual(provideInlayHints(doc, whole, { dates: false, backReferences: true }), []);
    assert.deepEqual(provideInlayHints(doc, whole, { dates: true, backReferences: true }).map((h) => h.label), ['1925–1929']);
  });
});

describe('inlay hints after back-references', () => {
  const { doc } = analyzed('Orlov, The Harbour Years (1981), p. 3. Later: Ibid., p. 9.', {
    citations: [
      { text: 'Orlov, The Harbour Years (1981), p. 3.', kind: 'full', resolvesTo: null, fields: { authors: ['Orlov'], title: 'The Harbour Years', year: '1981' } },
      { text: 'Ibid., p. 9.', kind: 'ibid', resolvesTo: 0 },
    ],
  });
  test('the short form of the work an Ibid. repeats', () => {
    const whole = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
    const [hint] = provideInlayHints(doc, whole, { dates: false, backReferences: true });
    assert.equal(hint.label, '→ Orlov, The Harbour Years (1981)');
    assert.equal(hint.position.character, doc.document.getText().length);
  });
});

describe('diagnostics about notes', () => {
  test('a marker without a note, quietly, and nothing when switched off', () => {
    const { doc } = analyzed('The cranes came.1 Then the strike.2\n\n1 Orlov, p. 3.', {
      notes: [{ marker: '1', text: 'Orlov, p. 3.' }, { marker: '2', text: null }],
    });
    const [diagnostic] = provideDiagnostics(doc, 'hint');
    assert.equal(diagnostic.message, 'Note 2 has no note in the text.');
    assert.equal(diagnostic.severity, 4);
    assert.deepEqual(provideDiagnostics(doc, 'off'), []);
  });
});
