// What the reader wrote reaches the server: corrections of names win over detection, and notes about
// a person show in every hover of that person.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { startServer, type LspSession } from '../helpers/lspClient';

const ESSAY = 'The Harbour\n\nMarta Ilves wrote to Tomas Berg in 1931. Later Ilves left for Riga, and Berg stayed.\n';

describe("the reader's corrections and notes", () => {
  let lsp: LspSession;
  let uri: string;
  const dir = mkdtempSync(join(tmpdir(), 'close-reading-reader-'));
  before(async () => {
    mkdirSync(join(dir, '.close-reading'));
    writeFileSync(join(dir, 'essay.txt'), ESSAY);
    writeFileSync(join(dir, '.close-reading', 'corrections.json'), JSON.stringify({ version: 1, corrections: [{ action: 'notAName', text: 'Tomas Berg' }, { action: 'notAName', text: 'Berg' }] }));
    writeFileSync(join(dir, '.close-reading', 'annotations.jsonld'), JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: [{
        id: 'urn:uuid:3f1c0d3e-0000-4000-8000-000000000001', type: 'Annotation', motivation: 'commenting', created: '2026-01-01T00:00:00Z',
        body: { type: 'TextualBody', value: 'Check her **letters**', format: 'text/markdown' },
        target: { source: '.', selector: { type: 'FragmentSelector', conformsTo: 'urn:close-reading:entity', value: 'person:marta-ilves', label: 'Marta Ilves' } },
      }],
    }));
    lsp = await startServer(dir);
    uri = await lsp.open(join(dir, 'essay.txt'));
  });
  after(async () => { await lsp.close(); });

  const hoverAt = async (character: number) =>
    ((await lsp.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character } }))?.contents as { value: string } | undefined)?.value ?? '';

  test('a note about a person shows in the hover of every mention of that person', async () => {
    const hover = await hoverAt(ESSAY.split('\n')[2].indexOf('Ilves left') + 2);
    assert.match(hover, /Marta Ilves/);
    assert.match(hover, /📝 Check her \\\*\\\*letters\\\*\\\*/);
  });

  test('a correction "not a name" wins over detection', async () => {
    assert.doesNotMatch(await hoverAt(ESSAY.split('\n')[2].indexOf('Berg stayed') + 1), /person/);
  });

  test('a correction sent by the client is stored and applies at once', async () => {
    assert.match(await hoverAt(ESSAY.split('\n')[2].indexOf('Riga') + 1), /place/);
    await lsp.request('closeReading/correct', { corrections: [{ action: 'notAName', text: 'Riga' }], textDocument: { uri } });
    assert.doesNotMatch(await hoverAt(ESSAY.split('\n')[2].indexOf('Riga') + 1), /place/);
    const stored = JSON.parse((await import('node:fs')).readFileSync(join(dir, '.close-reading', 'corrections.json'), 'utf8'));
    assert.equal(stored.corrections.length, 3);
  });
});
