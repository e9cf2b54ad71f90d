// Bodies named by a capitalized common noun (`the Convention`, `the Volunteers`): general rules, each with invented
// names, and snippets of held-out essays.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../server/src/analysis/analyze';

/** Every mention as `kind text`, in text order. */
const mentions = (text: string) => analyzeDocument(text, 'plaintext').mentions.map((m) => `${m.kind} ${m.text}`);

describe('names: a body of a state named by its common noun alone', () => {
  test('capitalized inside sentences, it is a body (`the Convention`, `the Directory`, `Congress`)', () => {
    assert.deepEqual(mentions('Anna Kerrow sat in the Convention until the Directory took power. Later Congress voted.'),
      ['person Anna Kerrow', 'organization Convention', 'organization Directory', 'organization Congress']);
  });

  test('every time the document writes it, at a sentence’s start too', () => {
    assert.deepEqual(mentions('The Commune rang the tocsin. Ivo Brennholt left the Commune at night.'),
      ['organization Commune', 'person Ivo Brennholt', 'organization Commune']);
  });

  test('a held-out snippet: the Convention of a scanned book', () => {
    assert.deepEqual(mentions('Robespierre was\nthus already isolated when the Convention struck.'),
      ['person Robespierre', 'organization Convention']);
  });

  test('a document that writes the word in small letters too means the common noun', () => {
    assert.deepEqual(mentions('Ivo Brennholt addressed the Assembly. Every assembly of the town voted.'), ['person Ivo Brennholt']);
  });

  test('a numbered congress is a meeting, and so is the congress the document names without its number', () => {
    assert.deepEqual(mentions('At the 17th Congress, Ivo Brennholt spoke. A delegate to the Congress wrote it down.'), ['person Ivo Brennholt']);
  });

  test('a party or a committee named by its common noun stays a common noun', () => {
    assert.deepEqual(mentions('Ivo Brennholt rose in the Party, then in the Committee.'), ['person Ivo Brennholt']);
  });
});
