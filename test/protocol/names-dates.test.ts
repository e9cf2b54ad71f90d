// Names and dates through the protocol, on the corpus: hover, definition, references, outline,
// semantic tokens, workspace symbols, inlay hints.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { join } from 'node:path';
import type { DocumentSymbol, Hover, InlayHint, Location, SemanticTokens, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { corpusFile, startServer, type LspSession } from '../helpers/lspClient';

const SOUVARINE = corpusFile('souvarine-stalin-why-and-how.txt');
const lines = readFileSync(SOUVARINE, 'utf8').split(/\r?\n/);
const positionOf = (needle: string, delta = 1) => {
  const line = lines.findIndex((l) => l.includes(needle));
  return { line, character: lines[line].indexOf(needle) + delta };
};
const value = (hover: Hover | null) => (hover?.contents as { value: string } | undefined)?.value ?? '';

describe('names and dates through the protocol', () => {
  let lsp: LspSession;
  let uri: string;
  before(async () => {
    lsp = await startServer(join(__dirname, '..', '..', 'corpus'), { inlayHints: { dates: true } });
    await lsp.request('closeReading/reindex', {});
    uri = await lsp.open(SOUVARINE);
  });
  after(async () => { await lsp.close(); });

  test('hover on a surname: the person, counts here and elsewhere in the corpus', async () => {
    const hover = value(await lsp.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf('Zinoviev, Kamenev') }));
    assert.match(hover, /\*\*[^*]*Zinoviev\*\* · person/);
    assert.match(hover, /mentions? in this essay/);
    assert.match(hover, /First mention, line \d+/);
  });

  test('references on a name reach other essays of the corpus', async () => {
    const refs = await lsp.request<Location[]>('textDocument/references', { textDocument: { uri }, position: positionOf('Trotsky, Zinoviev'), context: { includeDeclaration: true } });
    const essays = new Set(refs.map((r) => r.uri.split('/').pop()));
    assert.ok(essays.size >= 4, `Trotsky is in ${[...essays].join(', ')}`);
  });

  test('definition on a surname goes to a full-name mention', async () => {
    const [target] = await lsp.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: positionOf('Khrushchev in his') });
    const text = readFileSync(new URL(target.uri), 'utf8').split(/\r?\n/)[target.range.start.line].slice(target.range.start.character, target.range.end.character);
    assert.match(text, /^\p{Lu}\p{L}+ Kh?rushchev$/u, "a full name, in whichever essay gives it, whatever its spelling");
  });

  test('hover on a date: its meaning in words', async () => {
    const hover = value(await lsp.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf('1924,', 1) }));
    assert.match(hover, /^\*\*1924\*\*/);
  });

  test('the outline has sections, then People, Places and Dates groups', async () => {
    const symbols = await lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = symbols.map((s) => s.name);
    assert.equal(names[0], 'The grinder of human flesh');
    for (const group of ['People', 'Dates']) assert.ok(names.includes(group), group);
    const people = symbols.find((s) => s.name === 'People')!;
    assert.ok(people.children!.length > 20);
  });

  test('semantic tokens color names and dates', async () => {
    const tokens = await lsp.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.ok(tokens.data.length / 5 > 200);
  });

  test('workspace symbols find a person by name', async () => {
    const symbols = await lsp.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'Bukharin' });
    assert.ok(symbols.some((s) => /Bukharin/.test(s.name)));
  });

  test('inlay hints after dates that are not literal, when asked for', async () => {
    const gouldner = await lsp.open(corpusFile('gouldner-stalinism-internal-colonialism.md'));
    const hints = await lsp.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: gouldner }, range: { start: { line: 0, character: 0 }, end: { line: 600, character: 0 } } });
    assert.ok(hints.some((h) => /^→ /.test(String(h.label))), 'a back-reference hint');
    assert.ok(hints.some((h) => /^\d{4}–\d{4}$/.test(String(h.label))), 'a date hint');
  });
});
