// Naming conventions met in held-out essays (OCR of a printed book, newspapers and parliaments of other languages,
// reference apparatus): general rules, each with invented names.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../server/src/analysis/analyze';

/** Every mention as `kind text`, in text order. */
const mentions = (text: string) => analyzeDocument(text, 'plaintext').mentions.map((m) => `${m.kind} ${m.text}`);

describe('names: words broken at a line’s end', () => {
  test('a word a hyphen breaks at the end of a line is one word (`Univer-\\nsity`)', () => {
    assert.deepEqual(mentions('Anna Kerrow, Field Notes (Ox-\nford: Kessia Univer-\nsity Press, 1990), 12.'),
      ['person Anna Kerrow', 'place Ox-\nford', 'organization Kessia Univer-\nsity Press']);
  });
});
