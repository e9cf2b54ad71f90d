import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { partitionPoint } from '../../server/src/analysis/search';

describe('partitionPoint: binary search over a list in text order', () => {
  test('how many leading items hold, none, some or all', () => {
    const starts = [2, 5, 5, 9];
    assert.equal(partitionPoint(starts.length, (i) => starts[i] < 5), 1);
    assert.equal(partitionPoint(starts.length, (i) => starts[i] <= 5), 3);
    assert.equal(partitionPoint(starts.length, (i) => starts[i] < 0), 0);
    assert.equal(partitionPoint(starts.length, (i) => starts[i] < 100), 4);
    assert.equal(partitionPoint(0, () => true), 0);
  });
});
