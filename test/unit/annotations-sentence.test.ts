import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sentenceAt } from '../../client/src/annotations/sentence';

/** The sentence found with the cursor at `|`. */
const at = (marked: string) => {
  const text = marked.replace('|', '');
  const span = sentenceAt(text, marked.indexOf('|'));
  return span && text.slice(span.start, span.end);
};

describe('the sentence at the cursor', () => {
  test('in a paragraph on one line', () => {
    assert.equal(at('The commission met in spring. Tamsin Orlov ke|pt the minutes. The cranes came.'), 'Tamsin Orlov kept the minutes.');
  });
  test('in a hard-wrapped paragraph, across line breaks but not across a blank line', () => {
    assert.equal(at('A heading\n\nWhen the commission met, its\nmembers had al|ready decided.\n\nNext paragraph.'), 'When the commission met, its\nmembers had already decided.');
  });
  test('at the first and the last character', () => {
    assert.equal(at('|One sentence. Two.'), 'One sentence.');
    assert.equal(at('One sentence. Two.|'), 'Two.');
  });
  test('on a blank line, none', () => {
    assert.equal(at('First paragraph.\n|\nSecond.'), null);
  });
});
