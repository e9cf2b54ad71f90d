import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { BlockMemo, blocksOf } from '../../server/src/analysis/blocks';

const names = (text: string, memo?: BlockMemo) => {
  const { entities, mentions } = analyzeDocument(text, 'plaintext', memo);
  return { entities, mentions };
};

describe('names with a memo: an edited document gets what a fresh analysis gives', () => {
  test('a name typed in a paragraph, a paragraph deleted, a blank line inserted, the edits undone', () => {
    const essay = readFileSync('corpus/souvarine-stalin-why-and-how.txt', 'utf8');
    const blocks = blocksOf(essay);
    const middle = blocks[Math.floor(blocks.length / 2)];
    const later = blocks[Math.floor(blocks.length * 3 / 4)];
    const space = middle.start + middle.text.indexOf(' ');
    const typed = `${essay.slice(0, space)} Marta Ilves${essay.slice(space)}`;
    const deleted = `${essay.slice(0, later.start)}${essay.slice(blocks[blocks.indexOf(later) + 1].start)}`;
    const breakAt = middle.start + middle.text.lastIndexOf(' ');
    const split = `${essay.slice(0, breakAt)}\n\n${essay.slice(breakAt + 1)}`;
    const memo = new BlockMemo();
    for (const version of [essay, typed, deleted, split, essay]) {
      assert.deepEqual(names(version, memo), names(version));
    }
  });

  test('a surname alone becomes a person when another paragraph gives the full name', () => {
    const memo = new BlockMemo();
    const persons = (text: string) => names(text, memo).mentions.filter((m) => m.kind === 'person').map((m) => m.text);
    assert.deepEqual(persons('The archive was closed.\n\nKessel answered the letter.'), ['Kessel']);
    assert.deepEqual(persons('The archive was closed by Tomas Kessel.\n\nKessel answered the letter.'), ['Tomas Kessel', 'Kessel']);
    assert.deepEqual(names('The archive was closed by Tomas Kessel.\n\nKessel answered the letter.', memo).entities.map((e) => e.mentions), [[0, 1]]);
  });

  test('the same version analysed again and again: what each block says of a lone word counts once', () => {
    const text = 'The report of the Varnak was read.\n\nVarnak replied at once.\n\nLater Varnak replied again.';
    const memo = new BlockMemo();
    const kinds = () => names(text, memo).mentions.map((m) => `${m.kind} ${m.text}`);
    for (let i = 0; i < 3; i++) assert.deepEqual(kinds(), ['organization Varnak', 'organization Varnak', 'organization Varnak']);
  });

  test('the blocks an edit leaves unchanged keep the results of the previous version', () => {
    const memo = new BlockMemo();
    const version1 = 'Marta Ilves wrote to Piotr Zaleski.\n\nZaleski answered.\n\nIlves left for Tallinn.';
    const version2 = version1.replace('answered', 'answered at once');
    const kept = (text: string) => memo.map('names', blocksOf(text), () => assert.fail('every block was computed by the name layer'));
    analyzeDocument(version1, 'plaintext', memo);
    const before = kept(version1);
    analyzeDocument(version2, 'plaintext', memo);
    const after = kept(version2);
    assert.equal(after[0], before[0]);
    assert.notEqual(after[1], before[1]);
    assert.equal(after[2], before[2]);
  });
});
