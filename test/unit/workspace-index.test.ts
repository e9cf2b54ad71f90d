// The workspace index reads essays on worker threads; what it holds must not depend on where the work ran.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { appendFile, mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { DiskCache } from '../../server/src/diskCache';
import { forIndex, postedForm, receivedForm } from '../../server/src/indexedEssay';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { perPercent } from '../../server/src/progress';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { WorkspaceIndex } from '../../server/src/workspaceIndex';
import { CORPUS_DIR, corpusEssays } from '../helpers/corpus';

/** The worker from its TypeScript source (a `.ts` entry would fail to load and leave the work to this thread). */
const WORKER_SOURCE = join(__dirname, '..', 'helpers', 'tsWorker.mjs');

async function indexed(folder: string, workerScript: string | null, log: string[] = [], cache: DiskCache | null = null) {
  const index = new WorkspaceIndex(DEFAULT_SETTINGS, (message) => log.push(message), workerScript);
  index.configure([folder], DEFAULT_SETTINGS, cache);
  const reported: number[] = [];
  const count = await index.rebuild((done) => reported.push(done));
  const documents = [...index.all()].sort((a, b) => a.uri.localeCompare(b.uri))
    .map((d) => ({ uri: d.uri, text: d.document.getText(), analysis: d.analysis }));
  return { count, documents, reported };
}

describe('workspace index', () => {
  let threaded: Awaited<ReturnType<typeof indexed>>;
  before(async () => { threaded = await indexed(CORPUS_DIR, WORKER_SOURCE); });

  test('worker threads index the corpus exactly as the server thread does', async () => {
    const inline = await indexed(CORPUS_DIR, null);
    assert.equal(threaded.count, 5);
    assert.deepEqual(threaded.reported, [1, 2, 3, 4, 5]);
    assert.deepEqual(threaded.documents, inline.documents);
  });

  test('when the workers fail, this thread reads the essays they were given and the rest', async () => {
    const log: string[] = [];
    const fallback = await indexed(CORPUS_DIR, join(__dirname, 'no-such-worker.js'), log);
    assert.equal(fallback.count, 5);
    assert.deepEqual(fallback.documents, threaded.documents);
    assert.match(log.join('\n'), /Index worker failed/);
  });

  test('an indexed essay crosses from a worker thread with its analysis as JSON text, and arrives whole', () => {
    const [essay] = corpusEssays();
    const indexedEssay = { ok: true as const, uri: 'file:///a.txt', text: essay.text, analysis: forIndex(analyzeDocument(essay.text, 'plaintext')) };
    const posted = postedForm(indexedEssay);
    assert.ok(posted.ok && typeof posted.analysisJson === 'string' && !('analysis' in posted));
    assert.deepEqual(receivedForm(posted), indexedEssay);
    const failure = { ok: false as const, uri: 'file:///b.txt', path: '/b.txt', reason: 'not text' };
    assert.deepEqual(receivedForm(postedForm(failure)), failure);
  });

  test('an indexed essay keeps the text, sections and every detector layer, not paragraphs', () => {
    const { documents } = threaded;
    for (const [i, essay] of corpusEssays().entries()) {
      const full = analyzeDocument(essay.text, essay.name.endsWith('.md') ? 'markdown' : 'plaintext');
      assert.equal(documents[i].text, essay.text);
      assert.deepEqual(documents[i].analysis, forIndex(full));
      assert.deepEqual(documents[i].analysis.structure.sections, full.structure.sections);
      assert.deepEqual(documents[i].analysis.structure.paragraphs, []);
    }
  });

  test('with a cache of analyses, the next start reads unchanged essays back; a changed essay or another build is analysed again', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'close-reading-index-cache-'));
    try {
      for (const name of ['north-banda-embraces-stalinism-ii.txt', 'souvarine-stalin-why-and-how.txt']) await copyFile(join(CORPUS_DIR, name), join(folder, name));
      const cache = { directory: join(folder, '.cache'), build: 'one build' };
      const analysed = (await indexed(folder, null)).documents;
      assert.deepEqual((await indexed(folder, WORKER_SOURCE, [], cache)).documents, analysed);
      const files = readdirSync(cache.directory).filter((file) => file.endsWith('.json'));
      assert.equal(files.length, 2);
      assert.deepEqual((await indexed(folder, WORKER_SOURCE, [], cache)).documents, analysed, 'read back, the same');
      // What the index holds comes from the cache: an analysis changed there shows.
      for (const file of files) {
        const path = join(cache.directory, file);
        writeFileSync(path, readFileSync(path, 'utf8').replace(/"label":"[^"]*"/, '"label":"From the cache"'));
      }
      const labels = (run: Awaited<ReturnType<typeof indexed>>) => run.documents.map((d) => d.analysis.entities.some((e) => e.label === 'From the cache'));
      const second = await indexed(folder, WORKER_SOURCE, [], cache);
      assert.deepEqual(second.reported, [1, 2]);
      assert.deepEqual(labels(second), [true, true]);
      await appendFile(join(folder, 'souvarine-stalin-why-and-how.txt'), '\nA line added.\n');
      assert.deepEqual(labels(await indexed(folder, WORKER_SOURCE, [], cache)), [true, false], 'the changed essay is analysed again');
      assert.deepEqual(labels(await indexed(folder, null, [], { ...cache, build: 'another build' })), [false, false]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  test('a file it cannot read is skipped with a reason, the others indexed', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'close-reading-index-'));
    try {
      await copyFile(join(CORPUS_DIR, 'souvarine-stalin-why-and-how.txt'), join(folder, 'souvarine.txt'));
      await writeFile(join(folder, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x00, 0x00]));
      const log: string[] = [];
      const { count, documents } = await indexed(folder, WORKER_SOURCE, log);
      assert.equal(count, 2);
      assert.deepEqual(documents.map((d) => d.uri.split('/').pop()), ['souvarine.txt']);
      assert.match(log.join('\n'), /binary\.txt: not a text file/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('index progress', () => {
  test('reports once per percent and always the last essay', () => {
    const reports: string[] = [];
    const progress = perPercent((percent, message) => reports.push(`${percent}% ${message}`));
    for (let done = 1; done <= 1000; done++) progress(done, 1000);
    assert.equal(reports.length, 101);
    assert.deepEqual(reports.slice(0, 3), ['0% 1/1000', '1% 10/1000', '2% 20/1000']);
    assert.equal(reports.at(-1), '100% 1000/1000');
  });

  test('reports every essay of a small workspace', () => {
    const reports: string[] = [];
    const progress = perPercent((percent, message) => reports.push(`${percent}% ${message}`));
    for (let done = 1; done <= 3; done++) progress(done, 3);
    assert.deepEqual(reports, ['33% 1/3', '66% 2/3', '100% 3/3']);
  });
});
