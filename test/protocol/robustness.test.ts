// The server keeps working: a document over the size limit gets a message and no analysis, while
// the other documents are still answered; garbage requests get errors, not a crash.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { LARGE_DOCUMENT } from '../../server/src/analysisCache';
import { provideSemanticTokens } from '../../server/src/features/semanticTokens';
import { startServer, type LspSession } from '../helpers/lspClient';

/** A version as the server sees it, analysed here from scratch. */
const analyzed = (uri: string, text: string) =>
  ({ uri, version: 0, document: TextDocument.create(uri, 'plaintext', 0, text), analysis: analyzeDocument(text, 'plaintext') });

describe('a server that keeps working', () => {
  let lsp: LspSession;
  const messages: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'close-reading-big-'));
  before(async () => {
    lsp = await startServer(dir, { maxFileSize: 1000 });
    lsp.connection.onNotification('window/showMessage', (params: { message: string }) => { messages.push(params.message); });
  });
  after(async () => { await lsp.close(); });

  test('a document over closeReading.maxFileSize: one clear message, no analysis, others still answered', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'Title\n\n' + 'Lenin wrote in 1924. '.repeat(200));
    const bigUri = await lsp.open(big);
    assert.deepEqual(await lsp.request('textDocument/documentSymbol', { textDocument: { uri: bigUri } }), []);
    await lsp.request('textDocument/documentSymbol', { textDocument: { uri: bigUri } });
    const small = join(dir, 'small.txt');
    writeFileSync(small, 'A Small Title\n\nShort.');
    const smallUri = await lsp.open(small);
    const symbols = await lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: smallUri } });
    assert.equal(symbols[0].name, 'A Small Title');
    assert.deepEqual(messages, ['Close Reading: big.txt is larger than closeReading.maxFileSize; it is not analysed.']);
  });

  test('requests about unknown documents and bad positions are answered, not fatal', async () => {
    assert.equal(await lsp.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.txt' }, position: { line: 0, character: 0 } }), null);
    const path = join(dir, 'another.txt');
    writeFileSync(path, 'Another Title\n\nLenin, in 1924.');
    const uri = await lsp.open(path);
    await lsp.request('textDocument/hover', { textDocument: { uri }, position: { line: 99999, character: 99999 } });
    await lsp.request('textDocument/hover', { textDocument: { uri } }).catch(() => null); // malformed: an error or nothing, never a crash
    const symbols = await lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0, 'still answering');
  });
});

describe('a large essay is analysed off the server thread', () => {
  let lsp: LspSession;
  const dir = mkdtempSync(join(tmpdir(), 'close-reading-large-'));
  before(async () => { lsp = await startServer(dir); });
  after(async () => { await lsp.close(); });

  test('questions about a small essay are answered while a large one is still being analysed', async () => {
    const large = join(dir, 'large.txt');
    writeFileSync(large, `The Long Essay\n\n${'In March 1921 Leon Trotsky wrote to Lev Kamenev about the harbour.7 '.repeat(15000)}\n`);
    const small = join(dir, 'small.txt');
    writeFileSync(small, 'A Small Title\n\nLenin died in 1924.');
    const [largeUri, smallUri] = [await lsp.open(large), await lsp.open(small)];
    const answered: string[] = [];
    const largeSymbols = lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: largeUri } }).then((s) => { answered.push('large'); return s; });
    const smallSymbols = lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: smallUri } }).then((s) => { answered.push('small'); return s; });
    const [l, s] = await Promise.all([largeSymbols, smallSymbols]);
    assert.deepEqual(answered, ['small', 'large']);
    assert.equal(s[0].name, 'A Small Title');
    assert.equal(l[0].name, 'The Long Essay');
    assert.ok(l.some((group) => group.name === 'People'), 'the large essay is fully analysed');
  });

  test('a request cancelled while the large essay is being analysed gets an empty answer', async () => {
    const large = join(dir, 'large-too.txt');
    writeFileSync(large, `Another Long Essay\n\n${'Leon Trotsky met Lev Kamenev in Moscow in 1923. '.repeat(20000)}\n`);
    const uri = await lsp.open(large);
    const source = new CancellationTokenSource();
    const hover = lsp.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 2 } }, source.token);
    source.cancel();
    assert.equal(await hover.catch(() => null), null);
    const symbols = await lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols[0].name, 'Another Long Essay', 'the next request is answered in full');
  });

  test('typing in a large essay: after each edit, the answers are those of a fresh analysis of that very version', async () => {
    const path = join(dir, 'long.txt');
    const lines = ['The Long Essay', '', ...Array.from({ length: 4200 }, (_, i) =>
      i % 2 ? '' : `In March ${1900 + (i % 90)} Ilse Varga wrote to Tamsin Orlov about the harbour of Riga.`)];
    assert.ok(lines.join('\n').length >= LARGE_DOCUMENT, 'analysed in the background');
    writeFileSync(path, lines.join('\n'));
    const uri = await lsp.open(path);
    const textDocument = { uri };
    // Edits that change a date, a name and a paragraph, each followed at once by requests on it.
    const edits = [{ line: 2, character: 9, text: '1' }, { line: 4, character: 23, text: 'x' }, { line: 6, character: 0, text: 'In 1917. ' }];
    for (const [i, { line, character, text }] of edits.entries()) {
      lines[line] = lines[line].slice(0, character) + text + lines[line].slice(character);
      const position = { line, character };
      await lsp.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: i + 2 }, contentChanges: [{ range: { start: position, end: position }, text }],
      });
      const hover = lsp.request<{ range: unknown } | null>('textDocument/hover', { textDocument, position: { line: 8, character: 16 } });
      const tokens = await lsp.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument });
      const fresh = provideSemanticTokens(analyzed(uri, lines.join('\n')));
      assert.deepEqual(tokens.data, fresh.data, `tokens after edit ${i + 1}`);
      assert.ok(await hover, `a hover after edit ${i + 1}`);
    }
  });
});
