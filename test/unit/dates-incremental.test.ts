// The date layer with the memo of a document's previous version: the same dates as a fresh analysis,
// while the grammar runs again only where an edit changed a block or what its numbers' checks read.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument, formatOf } from '../../server/src/analysis/analyze';
import { BlockMemo } from '../../server/src/analysis/blocks';
import { detectDates } from '../../server/src/analysis/dates';
import { seededRandom } from '../../bench/stats';
import { corpusEssays } from '../helpers/corpus';

const values = (text: string, memo?: BlockMemo, exclude: { start: number; end: number }[] = []) =>
  detectDates(text, exclude, memo).map((d) => `${d.start} ${d.text} → ${d.value}`);

describe('dates with the memo of the previous version', () => {
  test('an edited paragraph is read again; the year of a bare month still comes from the paragraph before', () => {
    const memo = new BlockMemo();
    assert.deepEqual(values('Ilse Varga left Tallinn in 1921.\n\nShe came back in April.', memo),
      ['27 1921 → 1921', '51 April → 1921-04']);
    assert.deepEqual(values('Ilse Varga left Tallinn in 1923.\n\nShe came back in April.', memo),
      ['27 1923 → 1923', '51 April → 1923-04']);
  });

  test('an unchanged paragraph is read again when the word before its first number changed', () => {
    const memo = new BlockMemo();
    // `p.` makes the number a page, even across the blank line of a page break in an extracted text.
    assert.deepEqual(values('as Orlov wrote on p.\n\n1924 and after', memo), []);
    assert.deepEqual(values('as Orlov wrote in\n\n1924 and after', memo), ['19 1924 → 1924']);
  });

  test('an unchanged paragraph is read again when the spans excluded in it changed', () => {
    const memo = new BlockMemo();
    const text = 'The strike of 1911.\n\nIts end in 1913.';
    assert.deepEqual(values(text, memo), ['14 1911 → 1911', '32 1913 → 1913']);
    assert.deepEqual(values(text, memo, [{ start: 32, end: 36 }]), ['14 1911 → 1911']);
    assert.deepEqual(values(text, memo), ['14 1911 → 1911', '32 1913 → 1913']);
  });

  test('short texts of the words that date checks read around a number, blank lines between: block by block as at once', () => {
    const words = ['in', 'p.', '1917', '\n\n', '\n', ' ', 'May', '12', 'workers', 'the', 'thirties', '1500', ',', 'of',
      '\n\n\n\n', 'spring', '1930s', '-', '1923–30', 'April', '(', ')'];
    const random = seededRandom(3);
    for (let k = 0; k < 1000; k++) {
      const text = Array.from({ length: 5 + Math.floor(random() * 30) }, () => words[Math.floor(random() * words.length)] + (random() < 0.5 ? ' ' : '')).join('');
      const at = Math.floor(random() * text.length);
      const exclude = random() < 0.3 ? [{ start: at, end: at + 3 }] : [];
      assert.deepEqual(values(text, new BlockMemo(), exclude), values(text, undefined, exclude), JSON.stringify(text));
    }
  });

  test('seeded edits of every corpus essay, one memo each: the same analysis as a fresh one', () => {
    const random = seededRandom(11);
    for (const essay of corpusEssays()) {
      const format = formatOf(essay.name);
      const memo = new BlockMemo();
      let text = essay.text;
      analyzeDocument(text, format, memo);
      for (let edit = 0; edit < 5; edit++) {
        const at = Math.floor(random() * text.length);
        const inserted = ['x', ' 1917', '\n\n', 'in April '][edit % 4];
        text = edit === 4 ? text.slice(0, at) + text.slice(at + 40) : text.slice(0, at) + inserted + text.slice(at);
        assert.deepEqual(analyzeDocument(text, format, memo), analyzeDocument(text, format), `${essay.name}, edit ${edit} at ${at}`);
      }
    }
  });
});
