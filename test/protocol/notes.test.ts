// Notes and citations through the protocol, on the corpus.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { join } from 'node:path';
import type { Hover, Location, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { corpusFile, startServer, type LspSession } from '../helpers/lspClient';

describe('notes and citations through the protocol', () => {
  let lsp: LspSession;
  const diagnostics = new Map<string, PublishDiagnosticsParams>();
  before(async () => {
    lsp = await startServer(join(__dirname, '..', '..', 'corpus'));
    lsp.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => { diagnostics.set(p.uri, p); });
  });
  after(async () => { await lsp.close(); });

  test('Hamza and Tupinambá: a glued marker goes to its note in a page-break block, and its hover shows the note', async () => {
    const path = corpusFile('hamza-tupinamba-althusser-and-communism.txt');
    const uri = await lsp.open(path);
    const lines = (await import('node:fs')).readFileSync(path, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('the great organizer of defeats”2'));
    const character = lines[line].indexOf('”2') + 1;
    const [target] = await lsp.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: { line, character } });
    assert.equal(lines[target.range.start.line].slice(target.range.start.character).trim(), 'Trotsky 2001, p.6');
    const hover = await lsp.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    assert.match((hover.contents as { value: string }).value, /\*\*Note 2\*\*\n\nTrotsky 2001, p\\\.6/);
  });

  test('Souvarine, published without its notes, gets one summary diagnostic', async () => {
    const uri = await lsp.open(corpusFile('souvarine-stalin-why-and-how.txt'));
    for (let i = 0; i < 100 && !diagnostics.has(uri); i++) await new Promise((r) => setTimeout(r, 20));
    const published = diagnostics.get(uri)!;
    const codes = published.diagnostics.map((d) => d.code);
    assert.equal(codes.filter((c) => c === 'notes-missing').length, 1);
    assert.ok(!codes.includes('marker-without-note'), 'no diagnostic per marker');
    assert.match(String(published.diagnostics[0].message), /^\d+ note markers have no notes in the text/);
  });

  test('works cited as BibTeX for the Gouldner essay', async () => {
    const uri = await lsp.open(corpusFile('gouldner-stalinism-internal-colonialism.md'));
    const bibtex = await lsp.request<string>('closeReading/worksCited', { textDocument: { uri }, format: 'bibtex' });
    assert.match(bibtex, /@book\{/);
    assert.match(bibtex, /author = \{Althusser, Louis\}/);
  });
});
