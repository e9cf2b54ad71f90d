import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { corpusIds } from '../../server/src/analysis/corpus';

/** Corpus-wide ids of each document's entities, as `label id`. */
function linked(...texts: string[]): string[][] {
  const analyses = texts.map((t) => analyzeDocument(t, 'plaintext'));
  const ids = corpusIds(analyses);
  return analyses.map((a, d) => a.entities.map((e, i) => `${e.label} ${ids[d][i]}`));
}

describe('one id for one entity across the corpus', () => {
  test('a bare surname links to the full name another document gives', () => {
    assert.deepEqual(linked('Leon Trotsky wrote.', 'Trotsky answered.'), [
      ['Leon Trotsky person:leon-trotsky'], ['Trotsky person:leon-trotsky'],
    ]);
  });

  test('spelling variants link; the fullest label names the id', () => {
    assert.deepEqual(linked('Nikita Khrushchev spoke.', 'Krushchev spoke.', 'Fernando Claudín wrote.', 'As Cludin says.'), [
      ['Nikita Khrushchev person:nikita-khrushchev'], ['Krushchev person:nikita-khrushchev'],
      ['Fernando Claudín person:fernando-claudin'], ['Cludin person:fernando-claudin'],
    ]);
  });

  test('different given names stay apart; a bare surname joins the most mentioned', () => {
    assert.deepEqual(linked('Roy Medvedev wrote, and Roy Medvedev again.', 'Zhores Medvedev wrote.', 'Medvedev said.'), [
      ['Roy Medvedev person:roy-medvedev'], ['Zhores Medvedev person:zhores-medvedev'], ['Medvedev person:roy-medvedev'],
    ]);
  });

  test('organizations and places link by name, kinds apart', () => {
    assert.deepEqual(linked('The Fourth International met in Paris.', 'the Fourth\nInternational left Paris.'), [
      ['Fourth International organization:fourth-international', 'Paris place:paris'],
      ['Fourth International organization:fourth-international', 'Paris place:paris'],
    ]);
  });
});
