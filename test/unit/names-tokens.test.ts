// The words the name layer reads: capitalized words, and connectors only beside one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tokenize, writtenInSmallLetters } from '../../server/src/analysis/names/tokens';
import { corpusEssays } from '../helpers/corpus';

const texts = (text: string) => tokenize(text).tokens.map((t) => t.text);

describe('tokens', () => {
  test('a connector is a token after a capitalized word or before one, not between words in small letters', () => {
    assert.deepEqual(texts('the power of the Soviet Union and the party of Lenin'), ['the', 'Soviet', 'Union', 'and', 'of', 'Lenin']);
  });

  test('tokens are numbered in the order they stand, and each gap runs from the token before', () => {
    const text = 'the power of the Soviet Union and the party of Lenin';
    const { tokens } = tokenize(text);
    assert.deepEqual(tokens.map((t) => t.index), [0, 1, 2, 3, 4, 5]);
    assert.deepEqual(tokens.map((t) => text.slice(t.gapStart, t.start)), ['the power of ', ' ', ' ', ' ', ' the party ', ' ']);
    assert.deepEqual(tokens.map((t) => t.joins), [false, true, true, true, false, true]);
  });

  test('a capitalized word after connectors that are no tokens still knows whether it begins a sentence', () => {
    assert.deepEqual(tokenize('of the two. Lenin came').tokens.map((t) => [t.text, t.sentenceStart]), [['Lenin', true]]);
    assert.deepEqual(tokenize('of course Lenin came').tokens.map((t) => [t.text, t.sentenceStart]), [['Lenin', false]]);
  });

  test('a word after an italic title or a spaced hyphen inside a line begins no sentence; after a list’s mark at a line’s start it does', () => {
    assert.deepEqual(tokenize('In *Culture* Said argued with Holt - Varga.\n* Lenin').tokens.map((t) => [t.text, t.sentenceStart]),
      [['In', true], ['Culture', false], ['Said', false], ['Holt', false], ['Varga', false], ['Lenin', true]]);
  });

  test('after a title abbreviated with a full stop, the name is joined to it and begins no sentence', () => {
    assert.deepEqual(tokenize('It rained. Mrs. Thatcher spoke.').tokens.map((t) => [t.text, t.joins, t.sentenceStart]),
      [['It', true, true], ['Mrs', false, true], ['Thatcher', true, false]]);
  });

  test('a transliteration\'s initial of two letters or more before a capitalized word is an initial; the same letters elsewhere are a word', () => {
    assert.deepEqual(tokenize('L. Ia. Holt and Zh. Varga met Ia, the Sh. of it.').tokens.filter((t) => t.capitalized).map((t) => [t.text, t.initial]),
      [['L.', true], ['Ia.', true], ['Holt', false], ['Zh.', true], ['Varga', false], ['Ia', false], ['Sh', false]]);
  });

  test('every word in small letters is known as written so, connectors that are no tokens too', () => {
    const { smallWords } = tokenize('the power of the Soviet Union');
    assert.deepEqual([...writtenInSmallLetters(new Set(['power', 'of', 'soviet']), [smallWords])].sort(), ['of', 'power']);
  });

  test('on every corpus essay: tokens in order, each gap from the token before, each connector beside a capitalized word', () => {
    for (const { name, text } of corpusEssays()) {
      const { tokens } = tokenize(text);
      tokens.forEach((t, i) => {
        const where = `${name} at ${t.start} (${t.text})`;
        assert.equal(t.index, i, where);
        assert.equal(t.gapStart, i === 0 ? 0 : tokens[i - 1].end + (tokens[i - 1].possessive ? 2 : 0), where);
        if (t.capitalized) return;
        const noWordBetween = (from: number, to: number) => !/[\p{L}\p{M}]/u.test(text.slice(from, to));
        const before = tokens[i - 1];
        const after = tokens[i + 1];
        const besideCapitalized = before?.capitalized && noWordBetween(before.end + (before.possessive ? 2 : 0), t.start) || after?.capitalized && noWordBetween(t.end, after.start);
        assert.ok(besideCapitalized, where);
      });
    }
  });
});
