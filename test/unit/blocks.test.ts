import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BlockMemo, blocksOf, perBlock } from '../../server/src/analysis/blocks';

describe('blocks: the stretches between blank lines', () => {
  test('blank lines (with spaces, CRLF or CR) separate blocks and belong to none', () => {
    const text = 'One line\nand its next.\n\nTwo.\r\n \r\nThree.\r\rFour.';
    assert.deepEqual(blocksOf(text).map((b) => b.text), ['One line\nand its next.', 'Two.', 'Three.', 'Four.']);
    for (const b of blocksOf(text)) assert.equal(text.slice(b.start, b.end), b.text);
  });

  test('one CRLF line break is no blank line: a name wrapped across it stays in one block', () => {
    assert.deepEqual(blocksOf('the Left\r\nOpposition\r\n\r\nNext.').map((b) => b.text), ['the Left\r\nOpposition', 'Next.']);
  });

  test("the next block starts after the indent of its first line; a line of spaces, tabs or no-break spaces is blank", () => {
    const text = 'One.\n \t\u00a0\n    Two.\n\t\n\tThree.';
    assert.deepEqual(blocksOf(text).map((b) => [b.start, b.text]), [[0, 'One.'], [13, 'Two.'], [21, 'Three.']]);
  });

  test('a text of lone CRs, old Macintosh style, is cut at its blank lines too', () => {
    assert.deepEqual(blocksOf('One\rline.\r\rTwo.\r \r\r').map((b) => b.text), ['One\rline.', 'Two.']);
  });

  test('a text without blank lines is one block; leading and trailing blank lines make none', () => {
    assert.deepEqual(blocksOf('\n\nOnly this.\n\n\n').map((b) => [b.start, b.text]), [[2, 'Only this.']]);
    assert.deepEqual(blocksOf(''), []);
  });
});

describe('block memo: what an edit leaves unchanged is not computed again', () => {
  test('only the edited block is computed in the next version', () => {
    const memo = new BlockMemo();
    const computed: string[] = [];
    const lengths = (text: string) => memo.map('length', blocksOf(text), (block) => (computed.push(block), block.length));
    assert.deepEqual(lengths('Alpha.\n\nBeta.\n\nGamma.'), [6, 5, 6]);
    assert.deepEqual(lengths('Alpha.\n\nBeta, edited.\n\nGamma.'), [6, 13, 6]);
    assert.deepEqual(computed, ['Alpha.', 'Beta.', 'Gamma.', 'Beta, edited.']);
  });

  test('a block the last version dropped is forgotten; layers are kept apart', () => {
    const memo = new BlockMemo();
    const computed: string[] = [];
    const run = (layer: string, text: string) => memo.map(layer, blocksOf(text), (block) => computed.push(`${layer}:${block}`));
    run('a', 'One.\n\nTwo.');
    run('a', 'One.');
    run('b', 'One.');
    run('a', 'One.\n\nTwo.');
    assert.deepEqual(computed, ['a:One.', 'a:Two.', 'b:One.', 'a:Two.']);
  });

  test('without a memo every block is computed', () => {
    assert.deepEqual(perBlock(undefined, 'x', blocksOf('a\n\nbb'), (b) => b.length), [1, 2]);
  });
});
