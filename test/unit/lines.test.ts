import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitLines } from '../../server/src/analysis/structure/lines';

describe('lines: a text cut at its line breaks', () => {
  test('LF, CRLF and a lone CR each end a line; the spans leave the breaks out', () => {
    assert.deepEqual(splitLines('one\ntwo\r\nthree\rfour').map((l) => [l.start, l.end, l.text]),
      [[0, 3, 'one'], [4, 7, 'two'], [9, 14, 'three'], [15, 19, 'four']]);
  });

  test('a text ending with a line break has an empty last line; an empty text is one empty line', () => {
    assert.deepEqual(splitLines('a\r\n').map((l) => l.text), ['a', '']);
    assert.deepEqual(splitLines('').map((l) => [l.start, l.end]), [[0, 0]]);
  });

  test('CR then LF is one break, LF then CR two', () => {
    assert.deepEqual(splitLines('a\r\nb\n\rc').map((l) => l.text), ['a', 'b', '', 'c']);
  });
});
