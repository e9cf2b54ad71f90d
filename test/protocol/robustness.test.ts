// The server keeps working: a document over the size limit gets a message and no analysis, while
// the other documents are still answered; garbage requests get errors, not a crash.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { startServer, type LspSession } from '../helpers/lspClient';

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
});
