// The views' requests through the protocol, on the corpus: the server indexes the essays, says so,
// and answers for the whole corpus.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { join } from 'node:path';
import type { Concordance, EntitySummary, Excerpt, MentionRows, TimelineEssay } from '../../server/src/features/views';
import { corpusFile, startServer, type LspSession } from '../helpers/lspClient';

describe('views through the protocol', () => {
  let lsp: LspSession;
  let indexed: Promise<void>;
  before(async () => {
    lsp = await startServer(join(__dirname, '..', '..', 'corpus'));
    indexed = new Promise((resolve) => lsp.connection.onNotification('closeReading/corpusChanged', () => resolve()));
  });
  after(async () => { await lsp.close(); });

  test('after indexing, the timeline of the corpus has a band for every essay, by name', async () => {
    await indexed;
    const essays = await lsp.request<TimelineEssay[]>('closeReading/timeline', { uri: null });
    assert.deepEqual(essays.map((e) => e.essay), [
      'communist-party-alliance-open-letter-to-trotskyists.txt', 'gouldner-stalinism-internal-colonialism.md',
      'hamza-tupinamba-althusser-and-communism.txt', 'north-banda-embraces-stalinism-ii.txt', 'souvarine-stalin-why-and-how.txt',
    ]);
    for (const item of essays.flatMap((e) => e.items)) assert.ok(item.start < item.end, item.value);
    const [first] = essays[4].items;
    const sentence = await lsp.request<Excerpt | null>('closeReading/dateSentence', { uri: essays[4].uri, index: first.index, value: first.value });
    assert.equal(sentence?.keyword, first.text);
  });

  test('the people index of one essay is a subset of the corpus one', async () => {
    const uri = await lsp.open(corpusFile('souvarine-stalin-why-and-how.txt'));
    const essay = await lsp.request<EntitySummary[]>('closeReading/entities', { uri });
    const corpus = new Map((await lsp.request<EntitySummary[]>('closeReading/entities', { uri: null })).map((e) => [e.id, e]));
    for (const entity of essay) assert.ok(corpus.get(entity.id)!.count >= entity.count, entity.id);
    const trotsky = corpus.get('person:leon-trotsky')!;
    const mentions = await lsp.request<MentionRows>('closeReading/entityMentions', { id: trotsky.id, uri: null });
    assert.equal(mentions.total, trotsky.count);
    assert.equal(mentions.rows.length, trotsky.count);
    for (const row of mentions.rows) assert.match(row.excerpt.keyword, /tro[tc]/i);
  });

  test('a word under the cursor: every whole-word occurrence in the corpus', async () => {
    await indexed;
    const uri = await lsp.open(corpusFile('gouldner-stalinism-internal-colonialism.md'));
    // Line 10 (0-based) opens with "Louis Althusser is correct in seeing the profound limits…".
    const result = await lsp.request<Concordance>('closeReading/concordance', { textDocument: { uri }, position: { line: 10, character: 45 } });
    assert.deepEqual(result.query, { word: 'profound' });
    assert.ok(result.rows.length >= 1);
    for (const row of result.rows) assert.match(row.excerpt.keyword, /^profound$/i);
    const stalinism = await lsp.request<Concordance>('closeReading/concordance', { query: { word: 'Stalinism' } });
    assert.ok(new Set(stalinism.rows.map((r) => r.location.essay)).size >= 3, 'the word is in several essays');
  });

  test('the reading report of an essay starts with its title and lists its sections', async () => {
    const uri = await lsp.open(corpusFile('gouldner-stalinism-internal-colonialism.md'));
    const report = await lsp.request<string>('closeReading/report', { textDocument: { uri } });
    assert.match(report, /^# Reading report: STALINISM: A STUDY OF INTERNAL COLONIALISM\n/);
    assert.match(report, /## Sections\n\n- STALINISM: A STUDY OF INTERNAL COLONIALISM — line 3\n {2}- Methodological Considerations — line 37\n/);
  });
});
