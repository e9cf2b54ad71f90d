// The CLI's cache of analyses on disk: found by everything an essay's output depends on, written whole,
// read back only whole, and kept under its size by forgetting what was used longest ago.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildIdentity, cacheKey, cacheOfBundles, jsonOf, pruneCache, readCached, writeCached } from '../../server/src/diskCache';

const folder = () => mkdtempSync(join(tmpdir(), 'close-reading-disk-cache-'));

describe('the disk cache of analyses', () => {
  test('a key changes with the build, the context, the path and the text, and with nothing else', () => {
    const cache = { directory: '/unused', build: '100-1' };
    const key = cacheKey(cache, ['/work', []], 'a.txt', 'Ada Brandt in 1931.');
    assert.equal(cacheKey(cache, ['/work', []], 'a.txt', 'Ada Brandt in 1931.'), key);
    assert.notEqual(cacheKey({ ...cache, build: '100-2' }, ['/work', []], 'a.txt', 'Ada Brandt in 1931.'), key);
    assert.notEqual(cacheKey(cache, ['/work', [{ action: 'notAName', text: 'Brandt' }]], 'a.txt', 'Ada Brandt in 1931.'), key);
    assert.notEqual(cacheKey(cache, ['/work', []], 'b.txt', 'Ada Brandt in 1931.'), key);
    assert.notEqual(cacheKey(cache, ['/work', []], 'a.txt', 'Ada Brandt in 1932.'), key);
    // The path cannot run into the text.
    assert.notEqual(cacheKey(cache, null, 'a', 'b.txt'), cacheKey(cache, null, 'ab', '.txt'));
  });

  test('what is written is read back; nothing, or a broken file, reads as undefined', async () => {
    const cache = { directory: join(folder(), 'not-yet-made'), build: '1-1' };
    assert.equal(await readCached(cache, 'k1'), undefined);
    writeCached(cache, 'k1', { ok: true, pieces: ['{"a":', '}'] });
    assert.deepEqual(await readCached(cache, 'k1'), { ok: true, pieces: ['{"a":', '}'] });
    assert.deepEqual(readdirSync(cache.directory), ['k1.json'], 'no partial file is left behind');
    writeFileSync(join(cache.directory, 'k2.json'), '{"ok": tr');
    assert.equal(await readCached(cache, 'k2'), undefined);
  });

  test('the JSON of a value read from the cache or written to it is the text kept there, not made again', async () => {
    const cache = { directory: folder(), build: '1-1' };
    writeFileSync(join(cache.directory, 'spaced.json'), '{ "ok": true }');
    const read = await readCached(cache, 'spaced') as object;
    assert.equal(jsonOf(read), '{ "ok": true }');
    let made = 0;
    const written = { toJSON: () => { made++; return { ok: true }; } };
    writeCached(cache, 'written', written);
    assert.equal(jsonOf(written), '{"ok":true}');
    assert.equal(made, 1);
    assert.equal(jsonOf({ ok: false }), '{"ok":false}', 'a value never kept is written out now');
  });

  test('a cache that cannot be written changes nothing else', async () => {
    const file = join(folder(), 'a-file');
    writeFileSync(file, '');
    const cache = { directory: join(file, 'cache'), build: '1-1' };
    writeCached(cache, 'k', { ok: true });
    assert.equal(await readCached(cache, 'k'), undefined);
  });

  test('pruning forgets what was used longest ago until the folder is small enough, at most once an hour; a read counts as a use', async () => {
    const cache = { directory: folder(), build: '1-1' };
    for (const [key, day] of [['read', 0], ['older', 1], ['old', 2], ['recent', 3]] as const) {
      writeCached(cache, key, 'x'.repeat(98));
      utimesSync(join(cache.directory, `${key}.json`), new Date(2020, 0, 1 + day), new Date(2020, 0, 1 + day));
    }
    await readCached(cache, 'read');
    await pruneCache(cache.directory, 250);
    assert.deepEqual(readdirSync(cache.directory).sort(), ['.pruned', 'read.json', 'recent.json']);
    writeCached(cache, 'new', 'x'.repeat(98));
    await pruneCache(cache.directory, 250);
    assert.equal(readdirSync(cache.directory).length, 4, 'not pruned again within the hour');
    utimesSync(join(cache.directory, '.pruned'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    await pruneCache(cache.directory, 250);
    assert.deepEqual(readdirSync(cache.directory).sort(), ['.pruned', 'new.json', 'read.json'], 'an hour later, pruned');
  });

  test('a build is named by the content of its bundles; without one of them (run from sources) there is none', async () => {
    const dir = folder();
    const bundles = [join(dir, 'main.js'), join(dir, 'worker.js')];
    writeFileSync(bundles[0], 'one');
    writeFileSync(bundles[1], 'two');
    const build = buildIdentity(bundles);
    assert.match(build ?? '', /^[0-9a-f]{64}$/);
    utimesSync(bundles[1], 1_000, 1_000);
    assert.equal(buildIdentity(bundles), build, 'the same content at another time is the same build');
    writeFileSync(bundles[1], 'owt');
    assert.notEqual(buildIdentity(bundles), build, 'a bundle of the same size with another content is another build');
    writeFileSync(bundles[0], 'onetwo');
    writeFileSync(bundles[1], '');
    assert.notEqual(buildIdentity(bundles), build, 'each bundle counts apart: their contents are not run together');
    assert.equal(buildIdentity([bundles[0], join(dir, 'missing.js')]), null);
    assert.deepEqual(cacheOfBundles('/cache', bundles), { directory: '/cache', build: buildIdentity(bundles) });
    assert.equal(cacheOfBundles(null, bundles), null, 'no folder, no cache');
    assert.equal(cacheOfBundles('/cache', [join(dir, 'missing.js')]), null, 'no bundle, no cache');
  });
});
