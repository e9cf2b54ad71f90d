// Letter patterns: the Latin twin of a pattern finds what the pattern finds, on every text it is run on.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { letterPattern, readingDocument } from '../../server/src/analysis/letters';

/** Every character the twin is run on: Latin-1 (on through Latin Extended-B without case folding) and General Punctuation. */
const twinSafe = (flags: string) => [...Array(flags.includes('i') ? 0x100 : 0x250).keys(), ...Array.from({ length: 0x70 }, (_, i) => 0x2000 + i)]
  .map((c) => String.fromCharCode(c));

describe('letter patterns', () => {
  for (const flags of ['u', 'iu']) {
    for (const source of [String.raw`\p{L}`, String.raw`\p{Lu}`, String.raw`\p{Ll}`, String.raw`\p{N}`, String.raw`[^\p{L}.]`, String.raw`[\p{Lu}*"]`, String.raw`[^\p{L}\p{N}]`]) {
      test(`/${source}/${flags} tells every Latin and punctuation character as the Unicode class does`, () => {
        const pattern = letterPattern(source, flags);
        const latin = pattern.for('plain text');
        assert.notEqual(latin, pattern.pattern); // the twin runs on plain text
        const differing = twinSafe(flags).filter((c) => latin.test(c) !== pattern.pattern.test(c));
        assert.deepEqual(differing, []);
      });
    }
  }

  test('text with a letter beyond Latin Extended-B runs the pattern itself, and beyond Latin-1 when the pattern folds case', () => {
    const surname = letterPattern(String.raw`\p{Lu}\p{Ll}+`, 'u');
    assert.notEqual(surname.for('Žižek'), surname.pattern);
    assert.equal(surname.for('Жуков'), surname.pattern);
    const anyCaseSurname = letterPattern(String.raw`\p{Lu}\p{Ll}+`, 'iu');
    assert.equal(anyCaseSurname.for('Žižek'), anyCaseSurname.pattern);
    assert.equal(surname.exec('see Žižek 2008')?.[0], 'Žižek');
    assert.equal(surname.exec('see Жуков 1969')?.[0], 'Жуков');
    assert.equal(surname.exec('see Claudín 1970')?.[0], 'Claudín');
    assert.equal(surname.exec('see “Łukasz” 1970')?.[0], 'Łukasz');
  });

  test('while a document is read, its parts run the twin its whole allows, unlooked at; after, each text is looked at again', () => {
    const surname = letterPattern(String.raw`\p{Lu}\p{Ll}+`, 'u');
    const anyCaseSurname = letterPattern(String.raw`\p{Lu}\p{Ll}+`, 'iu');
    readingDocument('Holt (1977) and Claudín (1970).', () => {
      assert.notEqual(surname.for('Claudín'), surname.pattern);
      assert.notEqual(anyCaseSurname.for('Claudín'), anyCaseSurname.pattern);
    });
    readingDocument('Holt (1977) and Žižek (2008).', () => {
      assert.notEqual(surname.for('Žižek'), surname.pattern);
      // The document needs Latin Extended, beyond the reach of a twin that folds case: each part is looked at.
      assert.equal(anyCaseSurname.for('Žižek'), anyCaseSurname.pattern);
      assert.notEqual(anyCaseSurname.for('Holt'), anyCaseSurname.pattern);
    });
    assert.equal(surname.for('Жуков'), surname.pattern);
  });

  test('matchAll finds what String.prototype.matchAll finds, empty matches included', () => {
    for (const [source, text] of [[String.raw`\p{Lu}\p{Ll}*`, 'Holt and Varga, Łoś, Ünal'], [String.raw`\p{L}*`, 'ab, cd 😀 é']]) {
      const pattern = letterPattern(source, 'gu');
      assert.deepEqual(pattern.matchAll(text).map((m) => [m.index, m[0]]), [...text.matchAll(new RegExp(source, 'gu'))].map((m) => [m.index, m[0]]));
    }
  });

  test('a case-insensitive word boundary: the twin, without Unicode mode, sees words as the pattern does', () => {
    const volume = letterPattern(/\bvol\.\s?(\d+)/iu);
    assert.equal(volume.exec('see Vol. 2')?.[1], '2');
    assert.equal(volume.exec('see XVol. 2'), null);
    // `ſ` (long s) is a word character to a case-insensitive Unicode pattern: that text runs the pattern itself.
    assert.equal(volume.for('ſVol. 2'), volume.pattern);
    assert.equal(volume.exec('ſVol. 2'), null);
  });

  test('a pattern with another Unicode class has no twin', () => {
    const punctuation = letterPattern(String.raw`\p{P}\p{L}`, 'u');
    assert.equal(punctuation.for('plain'), punctuation.pattern);
  });
});
