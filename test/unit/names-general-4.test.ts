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

describe('names: words of other languages', () => {
  test('a parliament named in its own language is a body', () => {
    assert.deepEqual(mentions('Anna Kerrow sat in the Sejm, then in the Storting.'),
      ['person Anna Kerrow', 'organization Sejm', 'organization Storting']);
  });

  test('a word that names newspapers (the worker, the spark) makes a periodical, alone or with another word', () => {
    assert.deepEqual(mentions('Voz Obrera and Iskra attacked Ivo Brennholt.'),
      ['organization Voz Obrera', 'organization Iskra', 'person Ivo Brennholt']);
  });

  test('a title of French nobility is no part of the name after it', () => {
    assert.deepEqual(mentions('His successor, the Vicomte de Kerville, landed.'), ['person de Kerville']);
  });
});

describe('names: words that name no one', () => {
  test('members of a political movement are a group, not a person', () => {
    assert.deepEqual(mentions('The Black Jacobins wrote of Narodniks and of Bolshevik method.'), []);
  });

  test('a prison is a place', () => {
    assert.deepEqual(mentions('He was shot in Kessing Gaol.'), ['place Kessing Gaol']);
  });

  test('the papers of a person in an archive are no mention of the person', () => {
    assert.deepEqual(mentions('Letter to Ivo Brennholt, 3 March 1957, Anna Kerrow Papers, Kessia Library.'),
      ['person Ivo Brennholt', 'organization Kessia Library']);
  });
});
