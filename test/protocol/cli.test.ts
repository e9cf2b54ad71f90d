// The CLI as a user runs it: the JSON contract on the corpus, and one clear line for each file it
// cannot read while it goes on with the others.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });

describe('close-reading analyze', () => {
  test('--json keeps the contract for every corpus essay', () => {
    const result = JSON.parse(execFileSync(process.execPath, [CLI, 'analyze', '--json', 'corpus'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 }));
    assert.equal(result.version, 1);
    assert.equal(result.documents.length, 5);
    for (const doc of result.documents) {
      assert.match(doc.path, /^corpus\//);
      assert.ok(['plaintext', 'markdown'].includes(doc.format));
      for (const key of ['sections', 'entities', 'dates', 'notes', 'citations']) assert.ok(Array.isArray(doc[key]), `${doc.path} ${key}`);
      assert.ok(doc.sections.length > 0, `${doc.path} has sections`);
      for (const s of doc.sections) assert.ok(s.start <= s.end && typeof s.title === 'string' && s.level >= 1);
    }
  });

  test('bad files get one line each on stderr, the others are analysed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'close-reading-cli-'));
    writeFileSync(join(dir, 'good.txt'), 'A Title\n\nLenin died in 1924.\n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]));
    const result = run('analyze', '--json', dir, join(dir, 'missing.md'));
    assert.equal(result.status, 0);
    const lines = result.stderr.trim().split('\n');
    assert.deepEqual(lines.map((l) => l.replace(dir, 'DIR')), [
      'close-reading: DIR/binary.txt: not a text file (it contains NUL bytes)',
      'close-reading: DIR/missing.md: no such file',
    ]);
    assert.deepEqual(JSON.parse(result.stdout).documents.map((d: { path: string }) => d.path), [join(dir, 'good.txt')]);
  });

  test('a 20 MB file on one line is over the size limit: one line, no analysis, the others go on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'close-reading-huge-'));
    writeFileSync(join(dir, 'huge.txt'), 'Lenin wrote in 1924. '.repeat(1_000_000));
    writeFileSync(join(dir, 'small.txt'), 'A Title\n\nTrotsky in 1929.\n');
    const result = run('analyze', '--json', dir);
    assert.equal(result.status, 0);
    assert.equal(result.stderr.trim().replace(dir, 'DIR'), 'close-reading: DIR/huge.txt: larger than 10 MB (closeReading.maxFileSize)');
    assert.deepEqual(JSON.parse(result.stdout).documents.map((d: { path: string }) => d.path), [join(dir, 'small.txt')]);
  });

  test('a library of essays over a megabyte (analysed on worker threads) comes out in order, each essay as alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'close-reading-library-'));
    const essays = readdirSync(join(ROOT, 'corpus')).sort();
    for (const copy of ['a', 'b', 'c', 'd']) for (const name of essays) copyFileSync(join(ROOT, 'corpus', name), join(dir, `${copy}-${name}`));
    writeFileSync(join(dir, 'b-broken.txt'), Buffer.from([0x50, 0x4b, 0, 0]));
    const result = run('analyze', '--json', dir);
    assert.equal(result.stderr.trim().replace(dir, 'DIR'), 'close-reading: DIR/b-broken.txt: not a text file (it contains NUL bytes)');
    const documents = JSON.parse(result.stdout).documents as { path: string }[];
    assert.deepEqual(documents.map((d) => d.path), readdirSync(dir).sort().filter((n) => n !== 'b-broken.txt').map((n) => join(dir, n)));
    const withoutPath = ({ path: _path, ...rest }: { path: string }) => JSON.stringify(rest);
    for (let i = 0; i < essays.length; i++) {
      for (const copy of [1, 2, 3]) assert.equal(withoutPath(documents[copy * essays.length + i]), withoutPath(documents[i]), documents[copy * essays.length + i].path);
    }
  });

  test('the corrections of --workspace apply to each essay, on this thread and on worker threads alike', () => {
    const dir = mkdtempSync(join(tmpdir(), 'close-reading-corrected-'));
    const essays = readdirSync(join(ROOT, 'corpus')).sort();
    for (const copy of ['a', 'b', 'c', 'd']) for (const name of essays) copyFileSync(join(ROOT, 'corpus', name), join(dir, `${copy}-${name}`));
    mkdirSync(join(dir, '.close-reading'));
    writeFileSync(join(dir, '.close-reading', 'corrections.json'), JSON.stringify({
      version: 1,
      corrections: [
        { action: 'label', name: 'Trotsky', label: 'Lev Davidovich Bronstein' },
        { action: 'notAName', text: 'Trotsky', document: `b-${essays[0]}` },
      ],
    }));
    const trotskys = (path: string) => {
      const [document] = JSON.parse(run('analyze', '--json', '--workspace', dir, path).stdout).documents as { entities: { label: string; text: string }[] }[];
      return document.entities.filter((e) => /Trotsky/.test(e.text)).map((e) => e.label);
    };
    const alone = trotskys(join(dir, `a-${essays[0]}`));
    assert.ok(alone.length > 0 && alone.every((label) => label === 'Lev Davidovich Bronstein'), alone.join());
    assert.deepEqual(trotskys(join(dir, `b-${essays[0]}`)), []);
    // Not from the cache: the essays checked below were analysed on this thread just above.
    const library = JSON.parse(run('analyze', '--json', '--no-cache', '--workspace', dir, dir).stdout).documents as { path: string; entities: { label: string; text: string }[] }[];
    const labels = (path: string) => library.find((d) => d.path === path)!.entities.filter((e) => /Trotsky/.test(e.text)).map((e) => e.label);
    assert.deepEqual(labels(join(dir, `a-${essays[0]}`)), alone);
    assert.deepEqual(labels(join(dir, `b-${essays[0]}`)), []);
  });

  test('the second run starts from the code cache the first wrote; a broken cache is replaced', () => {
    const env = { ...process.env, XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'close-reading-cache-')) };
    const analyze = () => execFileSync(process.execPath, [CLI, 'analyze', '--json', 'corpus/souvarine-stalin-why-and-how.txt'], { cwd: ROOT, encoding: 'utf8', env });
    const first = analyze();
    const cacheDir = join(env.XDG_CACHE_HOME, 'close-reading', 'code-cache');
    const [cache] = readdirSync(cacheDir);
    assert.match(cache, /^cliMain\.js-/);
    const written = readFileSync(join(cacheDir, cache));
    assert.equal(analyze(), first);
    assert.deepEqual(readFileSync(join(cacheDir, cache)), written, 'a cache that was accepted is not written again');
    writeFileSync(join(cacheDir, cache), 'not a code cache');
    writeFileSync(join(cacheDir, 'cliMain.js-1-1-v0-x64.bin'), 'the cache of an earlier build');
    assert.equal(analyze(), first);
    assert.ok(readFileSync(join(cacheDir, cache)).length > 1000, 'the broken cache was replaced');
    assert.deepEqual(readdirSync(cacheDir), [cache], 'the cache of an earlier build is removed');
  });

  test('a second run reads the analyses of unchanged essays from the cache; a changed essay, other corrections or --no-cache analyse again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'close-reading-cached-'));
    writeFileSync(join(dir, 'a.txt'), 'A Title\n\nMarta Holt came to Lisbon in 1931.\n');
    writeFileSync(join(dir, 'b.md'), '# B\n\nOskar Varga left Riga in 1929.\n');
    const cacheDir = join(dir, '.cache');
    const analyses = () => readdirSync(cacheDir).filter((file) => file.endsWith('.json'));
    const analyze = (...args: string[]) => {
      const result = run('analyze', '--json', '--cache-dir', cacheDir, ...args, join(dir, 'a.txt'), join(dir, 'b.md'));
      assert.equal(result.stderr, '');
      return (JSON.parse(result.stdout).documents as { format: string; entities: { text: string }[] }[]);
    };
    const first = analyze();
    assert.deepEqual(first.map((d) => d.format), ['plaintext', 'markdown']);
    const files = analyses();
    assert.equal(files.length, 2);
    // What the output gives comes from the cache: an analysis changed there shows.
    for (const file of files) {
      const path = join(cacheDir, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\\"format\\":\\"(\w+)\\"/, '\\"format\\":\\"cached $1\\"'));
    }
    assert.deepEqual(analyze().map((d) => d.format), ['cached plaintext', 'cached markdown']);
    assert.deepEqual(analyze('--no-cache').map((d) => d.format), ['plaintext', 'markdown']);
    writeFileSync(join(dir, 'a.txt'), 'A Title\n\nMarta Holt came to Lisbon in 1932.\n');
    assert.deepEqual(analyze().map((d) => d.format), ['plaintext', 'cached markdown'], 'the changed essay is analysed again');
    mkdirSync(join(dir, '.close-reading'));
    writeFileSync(join(dir, '.close-reading', 'corrections.json'), JSON.stringify({ version: 1, corrections: [{ action: 'notAName', text: 'Varga' }] }));
    const corrected = analyze('--workspace', dir);
    assert.deepEqual(corrected.map((d) => d.format), ['plaintext', 'markdown'], 'other corrections, other analyses');
    assert.ok(!corrected[1].entities.some((e) => e.text.includes('Varga')));
    for (const file of analyses()) writeFileSync(join(cacheDir, file), '{"ok": tr');
    assert.deepEqual(analyze().map((d) => d.format), ['plaintext', 'markdown'], 'broken files are analysed again');
    assert.equal(analyses().filter((file) => readFileSync(join(cacheDir, file), 'utf8') !== '{"ok": tr').length, 2, 'and written anew');
  });

  test('output cut short by the reader (a closed pipe) ends the command quietly', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" analyze --json corpus | head -c 1`], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(result.stdout, '{');
    assert.equal(result.stderr, '');
  });

  test('usage errors say what is wrong, without a stack trace', () => {
    const result = run('analyze', '--frobnicate', 'corpus');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^close-reading: unknown option --frobnicate\nusage:/);
    assert.doesNotMatch(result.stderr, /\bat .*\.js:\d+/);
  });

  test('nothing readable at all is a failure', () => {
    const result = run('analyze', '/nonexistent/essay.txt');
    assert.equal(result.status, 1);
    assert.equal(result.stderr.trim(), 'close-reading: /nonexistent/essay.txt: no such file');
  });
});
