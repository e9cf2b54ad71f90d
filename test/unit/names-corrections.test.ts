import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { applyCorrections, parseCorrections } from '../../server/src/analysis/names/corrections';
import type { Correction } from '../../server/src/analysis/names/corrections';
import { CORRECTIONS_FILE, readCorrections, writeCorrections } from '../../server/src/corrections';
import type { DocumentAnalysis } from '../../server/src/analysis/types';

const entities = (a: DocumentAnalysis) => a.entities.map((e) => `${e.kind} ${e.label}: ${e.variants.join(', ')}`);
const corrected = (text: string, corrections: Correction[], document?: string) =>
  entities(applyCorrections(text, analyzeDocument(text, 'plaintext'), corrections, document));

describe('corrections win over detection', () => {
  const text = 'Sergei Kirov spoke. Later Kostrikov spoke. Ivanov, a clerk, listened; the Stalin Prize went on.';

  test('without corrections, the detection stands', () => {
    assert.deepEqual(corrected(text, []), [
      'person Sergei Kirov: Sergei Kirov', 'person Kostrikov: Kostrikov', 'person Ivanov: Ivanov',
    ]);
  });

  test('merge two entities', () => {
    assert.deepEqual(corrected(text, [{ action: 'merge', names: ['Kostrikov', 'Sergei Kirov'] }]), [
      'person Sergei Kirov: Sergei Kirov, Kostrikov', 'person Ivanov: Ivanov',
    ]);
  });

  test('mark a word as not a name', () => {
    assert.deepEqual(corrected(text, [{ action: 'notAName', text: 'Ivanov, a clerk' }]), [
      'person Sergei Kirov: Sergei Kirov', 'person Kostrikov: Kostrikov',
    ]);
  });

  test('change a kind and give a label', () => {
    assert.deepEqual(corrected(text, [
      { action: 'kind', name: 'Ivanov', kind: 'organization' }, { action: 'label', name: 'Kostrikov', label: 'Sergei Kostrikov' },
    ]), ['person Sergei Kirov: Sergei Kirov', 'person Sergei Kostrikov: Kostrikov', 'organization Ivanov: Ivanov']);
  });

  test('split an entity', () => {
    const twins = 'Roy Medvedev wrote. Medvedev, the other one, answered; Roy Medvedev replied.';
    assert.deepEqual(corrected(twins, []), ['person Roy Medvedev: Roy Medvedev, Medvedev']);
    assert.deepEqual(corrected(twins, [{ action: 'split', names: ['Medvedev'], label: 'Zhores Medvedev' }]), [
      'person Roy Medvedev: Roy Medvedev', 'person Zhores Medvedev: Medvedev',
    ]);
  });

  test('a correction scoped to another document does not apply', () => {
    const c: Correction[] = [{ action: 'notAName', text: 'Ivanov', document: 'other.txt' }];
    assert.equal(corrected(text, c, 'essay.txt').length, 3);
    assert.equal(corrected(text, c, 'other.txt').length, 2);
  });

  test('mentions and entities stay consistent', () => {
    const a = applyCorrections(text, analyzeDocument(text, 'plaintext'), [{ action: 'merge', names: ['Kostrikov', 'Ivanov'] }]);
    a.entities.forEach((e, i) => {
      for (const m of e.mentions) assert.equal(a.mentions[m].entity, i);
      assert.ok(e.mentions.includes(e.introduction));
    });
  });
});

describe('the corrections file', () => {
  test('parsing keeps the good entries and says what is wrong with the others', () => {
    const { corrections, problems } = parseCorrections({
      version: 1,
      corrections: [{ action: 'notAName', text: 'Ivanov' }, { action: 'kind', name: 'X', kind: 'planet' }, { action: 'explode' }],
    });
    assert.deepEqual(corrections, [{ action: 'notAName', text: 'Ivanov' }]);
    assert.deepEqual(problems, [
      'correction 2: "kind" needs "name" and a "kind" (person, organization, place)',
      'correction 3: unknown action "explode"',
    ]);
  });

  test('written atomically and read back; a missing file is no corrections', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'close-reading-corrections-'));
    assert.deepEqual(await readCorrections(workspace), { corrections: [], problems: [] });
    const corrections: Correction[] = [{ action: 'merge', names: ['Kruscheff', 'Khrushchev'] }];
    await writeCorrections(workspace, corrections);
    assert.deepEqual(await readCorrections(workspace), { corrections, problems: [] });
    assert.deepEqual(await readdir(join(workspace, '.close-reading')), ['corrections.json']);
    assert.match(await readFile(join(workspace, CORRECTIONS_FILE), 'utf8'), /^\{\n {2}"version": 1,/);
  });

  test('a file that is not JSON is reported, not thrown', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'close-reading-corrections-'));
    await mkdir(join(workspace, '.close-reading'));
    await writeFile(join(workspace, CORRECTIONS_FILE), '{ nope');
    const { corrections, problems } = await readCorrections(workspace);
    assert.deepEqual(corrections, []);
    assert.match(problems[0], /not JSON/);
  });
});
