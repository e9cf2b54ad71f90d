// The server's analyses of open documents: each of one exact version, a large document's made on a
// worker thread while the reader goes on typing.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { type Block, BlockMemo } from '../../server/src/analysis/blocks';
import { AnalysisCache, LARGE_DOCUMENT } from '../../server/src/analysisCache';
import { BackgroundAnalysis } from '../../server/src/backgroundAnalysis';

const WORKER_SOURCE = join(__dirname, '..', 'helpers', 'tsWorker.mjs');

const paragraph = 'In March 1921 Ilse Varga wrote to Tamsin Orlov about the harbour of Riga.\n\n';
const largeText = (year: number) => `The Long Essay\n\n${paragraph.repeat(Math.ceil(LARGE_DOCUMENT / paragraph.length))}Varga left in ${year}.\n`;

/** An edit as the editor's document receives it: the same object, changed in place. */
function edit(document: TextDocument, text: string): void {
  TextDocument.update(document, [{ text }], document.version + 1);
}

describe('analysis cache', () => {
  // The worker does not keep a process alive (the server's connection does): this test's timer does.
  let alive: NodeJS.Timeout;
  before(() => { alive = setInterval(() => {}, 1000); });
  after(() => clearInterval(alive));

  test('a large document edited while it is analysed: the analysis stays paired with the text it was made of', async () => {
    const cache = new AnalysisCache(undefined, new BackgroundAnalysis(WORKER_SOURCE));
    const document = TextDocument.create('file:///essay.txt', 'plaintext', 1, largeText(1922));
    const first = cache.get(document);
    edit(document, largeText(1923));
    const analyzed = await first;
    assert.equal(analyzed?.version, 1);
    assert.equal(analyzed?.document.getText(), largeText(1922));
    assert.equal(analyzed?.analysis.dates.at(-1)?.value, '1922');
    const next = await cache.get(document);
    assert.equal(next?.version, 2);
    assert.deepEqual(next?.analysis, analyzeDocument(largeText(1923), 'plaintext'));
    cache.delete(document.uri);
  });

  test('of versions asked for before the worker could begin any, only the latest is analysed; the others get null', async () => {
    const cache = new AnalysisCache(undefined, new BackgroundAnalysis(WORKER_SOURCE));
    const document = TextDocument.create('file:///typed.txt', 'plaintext', 1, largeText(1930));
    const asked = [cache.get(document)];
    for (const year of [1931, 1932, 1933]) {
      edit(document, largeText(year));
      asked.push(cache.get(document));
    }
    const [v1, v2, v3, v4] = await Promise.all(asked);
    assert.deepEqual([v1, v2, v3], [null, null, null]);
    assert.equal(v4?.version, 4);
    assert.equal(v4?.analysis.dates.at(-1)?.value, '1933');
    cache.delete(document.uri);
  });
});

describe('a layer of the analysis that fails', () => {
  /** A memo that fails whenever the name layer asks it for anything. */
  class FailingNames extends BlockMemo {
    override map<T>(layer: string, blocks: readonly Block[], compute: (blockText: string) => T): T[] {
      if (layer === 'names') throw new Error('broken');
      return super.map(layer, blocks, compute);
    }
  }

  test('loses only its own part, and is reported by name', () => {
    const failures: string[] = [];
    const analysis = analyzeDocument(paragraph, 'plaintext', new FailingNames(), (layer, error) => failures.push(`${layer}: ${(error as Error).message}`));
    assert.deepEqual(failures, ['names: broken']);
    assert.deepEqual(analysis.mentions, []);
    assert.equal(analysis.dates[0]?.value, '1921-03');
  });
});
