import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createPassageAnnotation, noteOf, parsePage, withNote } from '../../client/src/annotations/model';
import { STORE_PATH, StoreUnreadableError, readStore, updateStore } from '../../client/src/annotations/store';

const WRITER = join(__dirname, '..', 'helpers', 'storeWriter.ts');
const text = 'The commission met in spring, and Tamsin Orlov kept the minutes.';
const note = (value: string, uuid: string) => createPassageAnnotation({
  motivation: 'commenting', note: value, now: new Date('2026-01-02T03:04:05Z'), uuid, source: 'harbour.txt', text, start: 34, end: 46,
});
const freshStore = async () => join(await mkdtemp(join(tmpdir(), 'close-reading-store-')), STORE_PATH);

/**
 * Runs the writer process and resolves when it exits; with `killAfterMs`, kills it that long after its
 * first save (it prints a line after each save), so that the kill lands in the middle of later saves.
 */
function runWriter(store: string, prefix: string, count: number, killAfterMs?: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, store, prefix, String(count)], { stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.once('data', () => { if (killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterMs); });
  child.stdout.resume();
  return new Promise((resolve) => child.on('exit', () => resolve()));
}

describe('the store on disk', () => {
  test('a missing store reads as an empty page; a write creates it, readable and in the W3C shape', async () => {
    const path = await freshStore();
    assert.deepEqual(await readStore(path), { ok: true, exists: false, page: { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: [] } });
    await updateStore(path, [{ put: note('Who else was there?', '5b0a7c2e-0000-4000-8000-000000000001') }]);
    const stored = JSON.parse(await readFile(path, 'utf8'));
    assert.equal(stored.type, 'AnnotationPage');
    assert.deepEqual(stored.items[0].target.selector, [
      { type: 'TextQuoteSelector', exact: 'Tamsin Orlov', prefix: 'e commission met in spring, and ', suffix: ' kept the minutes.' },
      { type: 'TextPositionSelector', start: 34, end: 46 },
    ]);
  });

  test('a writer changes only its own notes: what another window wrote meanwhile is kept', async () => {
    const path = await freshStore();
    const mine = note('mine', '5b0a7c2e-0000-4000-8000-000000000001');
    await updateStore(path, [{ put: mine }]);
    await updateStore(path, [{ put: note('from another window', '5b0a7c2e-0000-4000-8000-000000000002') }]);
    await updateStore(path, [{ put: withNote(mine, 'mine, edited', new Date()) }]);
    const read = await readStore(path);
    assert.ok(read.ok);
    assert.deepEqual(read.page.items.map(noteOf).sort(), ['from another window', 'mine, edited']);
    await updateStore(path, [{ remove: mine.id }]);
    const after = await readStore(path);
    assert.ok(after.ok);
    assert.deepEqual(after.page.items.map(noteOf), ['from another window']);
  });

  test('a store that does not parse is reported, backed up, and never overwritten', async () => {
    const path = await freshStore();
    await updateStore(path, []);
    const broken = '{"type": "AnnotationPage", "items": [ {"id": "urn:uuid:1", "target": "x"}, <<<<<<< merge conflict';
    await writeFile(path, broken);
    const read = await readStore(path);
    assert.equal(read.ok, false);
    if (read.ok) return;
    assert.equal(await readFile(read.backup, 'utf8'), broken);
    await assert.rejects(updateStore(path, [{ put: note('lost?', '5b0a7c2e-0000-4000-8000-000000000003') }]), StoreUnreadableError);
    assert.equal(await readFile(path, 'utf8'), broken);
    assert.equal((await readdir(join(path, '..'))).filter((f) => f.includes('unreadable')).length, 1, 'one backup, however often it is read');
  });

  test('JSON that is not an annotation page is refused, not read as empty', () => {
    assert.throws(() => parsePage('{"items": [{"body": "no id"}]}'), /item 0 is not an annotation/);
    assert.throws(() => parsePage('{"notes": []}'), /no "items" array/);
  });

  test('a process killed in the middle of saving leaves the old or the new store, and the next save succeeds', { timeout: 60_000 }, async () => {
    await Promise.all([5, 37, 101].map(async (killAfterMs) => {
      const path = await freshStore();
      await runWriter(path, 'killed', 0, killAfterMs);
      const read = await readStore(path);
      assert.ok(read.ok, read.ok ? '' : read.error);
      assert.ok(read.page.items.length > 0);
      await updateStore(path, [{ put: note('after the crash', '5b0a7c2e-0000-4000-8000-000000000004') }]);
      const after = await readStore(path);
      assert.ok(after.ok);
      assert.equal(after.page.items.length, read.page.items.length + 1);
    }));
  });

  test('two processes writing at once lose no note', { timeout: 60_000 }, async () => {
    const path = await freshStore();
    await Promise.all([runWriter(path, 'A', 25), runWriter(path, 'B', 25)]);
    const read = await readStore(path);
    assert.ok(read.ok);
    const count = (prefix: string) => read.page.items.filter((a) => noteOf(a).startsWith(`${prefix} note`)).length;
    assert.deepEqual([count('A'), count('B')], [25, 25]);
  });
});
