import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import { createEntityAnnotation, createPassageAnnotation, createReply, emptyPage, serializePage } from '../../client/src/annotations/model';
import { STORE_PATH } from '../../client/src/annotations/store';

const CLI = join(__dirname, '..', '..', 'server', 'src', 'cli', 'bin.ts');
const run = (...args: string[]) => promisify(execFile)(process.execPath, ['--import', 'tsx', CLI, ...args]);

const before = 'The commission met in spring. Tamsin Orlov kept the minutes in a green ledger. The cranes came in June.';
const now = new Date('2026-01-01T00:00:00Z');
const letters = 'Letters from Riga. Marta Ilves answered every one of them herself.';
const on = (uuid: string, source: string, quote: string, note: string, text = before) => {
  const start = text.indexOf(quote);
  return createPassageAnnotation({ motivation: 'commenting', note, now, uuid, source, text, start, end: start + quote.length });
};

describe('close-reading notes export', () => {
  test('re-anchors every note in the essays as they are now, without changing the store', { timeout: 30_000 }, async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'close-reading-cli-'));
    // The essay was edited outside the editor, and a second essay was renamed.
    await writeFile(join(workspace, 'harbour.txt'), `A preface. ${before.replace('green ledger', 'notebook').replace('cranes came', 'cranes cam')}`);
    await mkdir(join(workspace, 'moved'));
    await writeFile(join(workspace, 'moved', 'renamed.md'), letters);
    const moved = on('00000000-0000-4000-8000-000000000001', 'harbour.txt', 'Tamsin Orlov', 'Who was she?');
    const store = serializePage({ ...emptyPage(), items: [
      moved,
      on('00000000-0000-4000-8000-000000000002', 'harbour.txt', 'green ledger', 'Why green?'),
      on('00000000-0000-4000-8000-000000000003', 'harbour.txt', 'The cranes came in June', 'Which year?'),
      on('00000000-0000-4000-8000-000000000004', 'old-name.md', 'Marta Ilves answered', 'In which language?', letters),
      createReply({ note: 'A clerk, I think.', now, uuid: '00000000-0000-4000-8000-000000000005', parent: moved.id }),
      createEntityAnnotation({ motivation: 'commenting', note: 'Secretary, 1919–1921.', now, uuid: '00000000-0000-4000-8000-000000000006', entity: { id: 'person:tamsin-orlov', label: 'Tamsin Orlov' } }),
    ] });
    await mkdir(join(workspace, '.close-reading'));
    await writeFile(join(workspace, STORE_PATH), store);

    const { stdout } = await run('notes', 'export', '--json', '--workspace', workspace);
    assert.deepEqual(JSON.parse(stdout).annotations.map((a: Record<string, unknown>) => [a.source, a.status, a.start, a.end, a.exact]), [
      ['harbour.txt', 'anchored', 41, 53, 'Tamsin Orlov'],
      ['harbour.txt', 'fuzzy', 86, 108, 'The cranes came in June'], // 'The cranes cam in June'
      ['harbour.txt', 'orphaned', null, null, 'green ledger'],
      ['moved/renamed.md', 'anchored', 19, 39, 'Marta Ilves answered'],
    ]);

    const markdown = (await run('notes', 'export', '--markdown', '--workspace', workspace)).stdout;
    assert.match(markdown, /> Tamsin Orlov\n\nWho was she\?\n\n\*Reply:\* A clerk, I think\.\n\n<sub>harbour\.txt, line 1<\/sub>/);
    assert.match(markdown, /> green ledger\n\nWhy green\?\n\n<sub>harbour\.txt, \*\*orphaned\*\*/);
    assert.match(markdown, /### Tamsin Orlov\n\nSecretary, 1919–1921\./);

    const jsonld = JSON.parse((await run('notes', 'export', '--jsonld', '--workspace', workspace)).stdout);
    assert.equal(jsonld.items.length, 6);
    assert.equal(await readFile(join(workspace, STORE_PATH), 'utf8'), store, 'the store is unchanged');
  });

  test('a store that does not parse is an error, not an empty export', { timeout: 30_000 }, async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'close-reading-cli-'));
    await mkdir(join(workspace, '.close-reading'));
    await writeFile(join(workspace, STORE_PATH), '{"items": [');
    await assert.rejects(run('notes', 'export', '--json', '--workspace', workspace), (error: { code: number; stderr: string }) =>
      error.code === 1 && /cannot be read/.test(error.stderr));
  });
});
