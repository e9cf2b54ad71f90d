// Naming conventions met in held-out essays (Italian political theory, the Chinese revolution): Chinese provinces
// as English prose writes them, works-cited lists, variant romanizations. Invented names where the rule is general.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../server/src/analysis/analyze';

/** Every mention as `kind text`, in text order. */
const mentions = (text: string) => analyzeDocument(text, 'plaintext').mentions.map((m) => `${m.kind} ${m.text}`);

describe('names: places of the lexicon', () => {
  test('a Chinese province is a place without the kind its official name adds (`Hunan`, not only `Hunan Sheng`)', () => {
    assert.deepEqual(mentions('Wen Baoshan went back to Hunan and then to Jiangxi.'),
      ['person Wen Baoshan', 'place Hunan', 'place Jiangxi']);
  });
});
