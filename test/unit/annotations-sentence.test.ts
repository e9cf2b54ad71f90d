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
    const wrapped = 'A heading\n\nWhen the harbour commission met in the spring, its members\nhad al|ready decided what they would say to the dockworkers.\n\nNext.';
    assert.equal(at(wrapped), 'When the harbour commission met in the spring, its members\nhad already decided what they would say to the dockworkers.');
  });
  test('a heading on the line before a paragraph is not part of its first sentence', () => {
    assert.equal(at('The grinder of human flesh\nIn a w|ork published in 1959, the author wrote as follows.'), 'In a work published in 1959, the author wrote as follows.');
    assert.equal(at('The grinder of hu|man flesh\nIn a work published in 1959, the author wrote as follows.'), 'The grinder of human flesh');
  });
  test('one paragraph a line: a line without final punctuation ends its sentence', () => {
    const long = `${'A paragraph that runs on and on without a full stop at its end '.repeat(3)}`;
    assert.equal(at(`${long}\nNext paragr|aph starts here.`), 'Next paragraph starts here.');
  });
  test('a note number after a full stop ends the sentence before it', () => {
    assert.equal(at('He chose two successors: Orlov and Ilves.2 Five years la|ter Orlov had ousted them both.'), 'Five years later Orlov had ousted them both.');
    assert.equal(at('He chose two succ|essors: Orlov and Ilves.12 Five years later Orlov had ousted them.'), 'He chose two successors: Orlov and Ilves.');
    assert.equal(at('The port handled 3.5 million tons in 19|21. It never did again.'), 'The port handled 3.5 million tons in 1921.');
  });
  test('at the first and the last character', () => {
    assert.equal(at('|One sentence. Two.'), 'One sentence.');
    assert.equal(at('One sentence. Two.|'), 'Two.');
  });
  test('on a blank line, none', () => {
    assert.equal(at('First paragraph.\n|\nSecond.'), null);
  });
});
