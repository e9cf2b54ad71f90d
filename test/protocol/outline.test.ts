// The built server over stdio, driven by a real JSON-RPC client: the outline of corpus essays.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { join } from 'node:path';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-protocol';
import { corpusFile, startServer, type LspSession } from '../helpers/lspClient';

describe('outline through the protocol', () => {
  let lsp: LspSession;
  before(async () => { lsp = await startServer(join(__dirname, '..', '..', 'corpus')); });
  after(async () => { await lsp.close(); });

  test('Souvarine: the section headings, in order', async () => {
    const uri = await lsp.open(corpusFile('souvarine-stalin-why-and-how.txt'));
    const symbols = await lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const sections = symbols.filter((s) => s.name !== 'People');
    assert.deepEqual(sections.slice(0, 6).map((s) => s.name), [
      'The grinder of human flesh', "Lenin justifies Stalin's power", "Stalin's accomplices and victims",
      'Towards "immense" power', 'How the bureaucrats were broken', 'Lenin and Trotsky forged Stalinism',
    ]);
  });

  test('Gouldner (Markdown, recognized by extension): nested sections', async () => {
    const uri = await lsp.open(corpusFile('gouldner-stalinism-internal-colonialism.md'));
    const [title] = await lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(title.name, 'STALINISM: A STUDY OF INTERNAL COLONIALISM');
    assert.ok(title.children!.some((c) => c.name === 'Defining Stalinism' && c.children!.some((d) => d.name === 'Stalinism as Internal Colonialism')));
  });

  test('folding ranges cover sections and note blocks', async () => {
    const uri = await lsp.open(corpusFile('hamza-tupinamba-althusser-and-communism.txt'));
    const ranges = await lsp.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(ranges.some((r) => r.kind === 'comment'), 'a note block folds');
    assert.ok(ranges.length >= 4);
  });

  test('every corpus essay gets an outline', async () => {
    for (const name of ['communist-party-alliance-open-letter-to-trotskyists.txt', 'north-banda-embraces-stalinism-ii.txt']) {
      const uri = await lsp.open(corpusFile(name));
      const symbols = await lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(symbols.length > 0, name);
    }
  });
});
