import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { anchor, applyChanges, findMovedSource, type Span, type TextChange } from '../../client/src/annotations/anchoring';
import { passageSelectors } from '../../client/src/annotations/model';

/** `[start, end)` of the passage marked with `[` and `]` in `marked`, and the text without the marks. */
function marked(text: string): { text: string; start: number; end: number } {
  const start = text.indexOf('[');
  const end = text.indexOf(']') - 1;
  return { text: text.replace('[', '').replace(']', ''), start, end };
}

const replace = (text: string, from: number, length: number, insert: string): string => text.slice(0, from) + insert + text.slice(from + length);

describe('passages follow edits made in the editor', () => {
  const { text, start, end } = marked('Tamsin Orlov wrote [the harbour letter] in 1921.');
  const span = { start, end };
  const after = (changes: TextChange[]) => {
    let edited = text;
    for (const c of changes) edited = replace(edited, c.rangeOffset, c.rangeLength, c.text);
    const moved = applyChanges(span, changes);
    return moved ? edited.slice(moved.start, moved.end) : null;
  };

  test('text typed before the passage moves it', () => {
    assert.equal(after([{ rangeOffset: 0, rangeLength: 0, text: 'In Riga, ' }]), 'the harbour letter');
  });
  test('text typed at either edge stays outside it', () => {
    assert.equal(after([{ rangeOffset: start, rangeLength: 0, text: 'all of ' }]), 'the harbour letter');
    assert.equal(after([{ rangeOffset: end, rangeLength: 0, text: 's' }]), 'the harbour letter');
  });
  test('text typed inside it joins it', () => {
    assert.equal(after([{ rangeOffset: start + 4, rangeLength: 0, text: 'long ' }]), 'the long harbour letter');
  });
  test('a replacement of its first or last characters joins it', () => {
    assert.equal(after([{ rangeOffset: start, rangeLength: 3, text: 'a' }]), 'a harbour letter');
    assert.equal(after([{ rangeOffset: end - 6, rangeLength: 6, text: 'ledger' }]), 'the harbour ledger');
  });
  test('a deletion across an edge trims it', () => {
    assert.equal(after([{ rangeOffset: start - 6, rangeLength: 10, text: '' }]), 'harbour letter');
    assert.equal(after([{ rangeOffset: end - 6, rangeLength: 10, text: '' }]), 'the harbour ');
  });
  test('changes apply in order, each to the text the previous one left', () => {
    assert.equal(after([
      { rangeOffset: 0, rangeLength: 6, text: 'T.' },
      { rangeOffset: start - 4, rangeLength: 11, text: 'bay' },
    ]), 'bay letter');
  });
  test('a passage deleted or replaced as a whole is orphaned', () => {
    assert.equal(applyChanges(span, [{ rangeOffset: start, rangeLength: end - start, text: '' }]), null);
    assert.equal(applyChanges(span, [{ rangeOffset: start - 1, rangeLength: end - start + 2, text: 'a letter' }]), null);
  });
});

/**
 * The oracle: every character of the document carries an identity (an original position, or -1 once
 * typed), so after any edits we know where each character of the passage went.
 */
const editArb = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat(12), insert: fc.string({ maxLength: 8 }) });

describe('property: through random edits a passage is anchored to what is left of it, or orphaned', () => {
  test('never lost, never misplaced', () => {
    fc.assert(fc.property(
      fc.string({ minLength: 1, maxLength: 80 }),
      fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }),
      fc.array(fc.array(editArb, { minLength: 1, maxLength: 3 }), { maxLength: 10 }),
      (text, a, b, batches) => {
        const start = Math.min(text.length - 1, Math.floor(Math.min(a, b) * text.length));
        const end = Math.max(start + 1, Math.ceil(Math.max(a, b) * text.length));
        let ids = [...text].map((_, i) => i);
        let span: Span | null = { start, end };
        for (const batch of batches) {
          const changes: TextChange[] = [];
          for (const edit of batch) {
            const from = Math.floor(edit.at * ids.length);
            const length = Math.min(edit.length, ids.length - from);
            ids = [...ids.slice(0, from), ...Array<number>(edit.insert.length).fill(-1), ...ids.slice(from + length)];
            changes.push({ rangeOffset: from, rangeLength: length, text: edit.insert });
          }
          if (span) span = applyChanges(span, changes);
        }
        const survivors = ids.flatMap((id, at) => (id >= start && id < end ? [at] : []));
        if (span === null) {
          assert.equal(survivors.length, 0, 'orphaned although part of the passage is still there');
          return;
        }
        assert.ok(span.start < span.end && span.end <= ids.length);
        for (const at of survivors) assert.ok(at >= span.start && at < span.end, 'a surviving character of the passage is outside the anchor');
        for (let at = span.start; at < span.end; at++) {
          assert.ok(ids[at] === -1 || (ids[at] >= start && ids[at] < end), 'the anchor covers text that was never part of the passage');
        }
      },
    ), { numRuns: 2000 });
  });
});

describe('finding a passage again in a text changed elsewhere', () => {
  const essay = 'The commission met in spring. The commission met again in autumn, when the cranes arrived. ' +
    'Tamsin Orlov kept the minutes of both meetings in a green ledger.';
  const selectors = (start: number, end: number) => passageSelectors(essay, start, end);

  test('at its stored position when the quote is still there', () => {
    const [quote, position] = selectors(30, 44);
    assert.deepEqual(anchor(essay, quote, position), { status: 'anchored', start: 30, end: 44 });
  });

  test('else the occurrence whose context fits best, even far from the old position', () => {
    const [quote, position] = selectors(30, 44); // the second "The commission"
    const edited = `Preface added later, which moves everything along. ${essay}`;
    const found = anchor(edited, quote, position);
    assert.ok(found.status === 'anchored');
    assert.equal(found.start, 30 + 51);
  });

  test('between occurrences with the same context, the one nearest the old position', () => {
    const text = 'ab x ab x ab x ab';
    assert.deepEqual(anchor(`${text}`, { type: 'TextQuoteSelector', exact: 'x' }, { type: 'TextPositionSelector', start: 10, end: 11 }),
      { status: 'anchored', start: 8, end: 9 });
  });

  test('else an approximate match, marked fuzzy', () => {
    const start = essay.indexOf('Tamsin');
    const [quote, position] = selectors(start, start + 'Tamsin Orlov kept the minutes'.length);
    const edited = essay.replace('kept the minutes', 'kept teh minute');
    const found = anchor(edited, quote, position);
    assert.ok(found.status === 'fuzzy');
    assert.equal(edited.slice(found.start, found.end), 'Tamsin Orlov kept teh minute');
  });

  test('else orphaned: a passage rewritten beyond recognition', () => {
    const start = essay.indexOf('green ledger');
    const [quote, position] = selectors(start, start + 'green ledger'.length);
    assert.deepEqual(anchor(essay.replace('green ledger', 'notebook'), quote, position), { status: 'orphaned' });
  });

  test('a look-alike of a deleted passage, in other words around it, is not taken for it', () => {
    const text = 'The commission met in spring. Tamsin Orlov kept the minutes in a green ledger.';
    const start = text.indexOf('green ledger');
    const [quote, position] = passageSelectors(text, start, start + 'green ledger'.length);
    const edited = 'Nothing of the meeting is left, but a grey ledger on a shelf.'; // "grey ledger": two characters off
    assert.deepEqual(anchor(edited, quote, position), { status: 'orphaned' });
  });

  test('a text that shrank below the stored position', () => {
    const [quote, position] = selectors(100, 130);
    assert.deepEqual(anchor('', quote, position), { status: 'orphaned' });
  });

  test('property: a passage untouched by edits elsewhere is found, word for word', () => {
    const word = fc.constantFrom('the', 'harbour', 'ledger', 'cranes', 'met', 'in', 'spring', 'Orlov', 'of', 'and');
    fc.assert(fc.property(
      fc.array(word, { minLength: 3, maxLength: 60 }), fc.nat(), fc.nat(5),
      fc.array(fc.record({ before: fc.boolean(), at: fc.double({ min: 0, max: 1, noNaN: true }), insert: fc.array(word, { maxLength: 5 }) }), { maxLength: 6 }),
      (words, from, length, edits) => {
        const text = words.join(' ');
        const i = from % words.length;
        const start = words.slice(0, i).join(' ').length + (i > 0 ? 1 : 0);
        const end = start + words.slice(i, i + 1 + length).join(' ').length;
        const [quote, position] = passageSelectors(text, start, end);
        let before = text.slice(0, start);
        let after = text.slice(end);
        for (const edit of edits) {
          const insert = ` ${edit.insert.join(' ')} `;
          if (edit.before) { const at = Math.floor(edit.at * before.length); before = before.slice(0, at) + insert + before.slice(at); }
          else { const at = Math.floor(edit.at * after.length); after = after.slice(0, at) + insert + after.slice(at); }
        }
        const edited = before + quote.exact + after;
        const found = anchor(edited, quote, position);
        assert.ok(found.status === 'anchored');
        assert.equal(edited.slice(found.start, found.end), quote.exact);
      },
    ), { numRuns: 500 });
  });
});

describe('an essay renamed or moved is found again by its quotes', () => {
  const candidates = [
    { source: 'notes/other.txt', text: 'Nothing of interest here.' },
    { source: 'essays/harbour-renamed.txt', text: 'The commission met in spring. Tamsin Orlov kept the minutes.' },
  ];
  test('the candidate holding most of the quotes', () => {
    assert.equal(findMovedSource(['commission met', 'kept the minutes', 'a quote edited away'], candidates), 'essays/harbour-renamed.txt');
  });
  test('none when fewer than half of the quotes are found', () => {
    assert.equal(findMovedSource(['commission met', 'gone', 'also gone'], candidates), null);
  });
});
