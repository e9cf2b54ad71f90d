// Naming conventions of essays on further histories (India, Africa, Russia before 1917, labour history, Ireland,
// Poland): double surnames, people of bodies, hyphenated initials. Invented names where the rule is general.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../server/src/analysis/analyze';

/** Every mention as `kind text`, in text order. */
const mentions = (text: string) => analyzeDocument(text, 'plaintext').mentions.map((m) => `${m.kind} ${m.text}`);

describe('names: people and their bodies', () => {
  test('a person `of the` body is two names', () => {
    assert.deepEqual(mentions('Later Julius Kamara of the Mbaruku African National Union spoke.'),
      ['person Julius Kamara', 'organization Mbaruku African National Union']);
  });

  test('a person of a place stays a person before a place', () => {
    assert.deepEqual(mentions('Later Peter Obi of Lagos spoke.'), ['person Peter Obi', 'place Lagos']);
  });
});

describe('names: forms of persons’ names (2)', () => {
  test('hyphenated initials are one given name', () => {
    assert.deepEqual(mentions('As J.-P. Mertier wrote, Mertier was right.'), ['person J.-P. Mertier', 'person Mertier']);
  });

  test('a common word after a given name and an unknown word is the end of a double surname', () => {
    assert.deepEqual(mentions('Later Timothy Garton Ash met Geoffrey Nowell Smith.'),
      ['person Timothy Garton Ash', 'person Geoffrey Nowell Smith']);
  });

  test('not a head of a place’s name', () => {
    assert.deepEqual(mentions('They met at Oskar Brandl Street.'), ['place Oskar Brandl Street']);
  });
});
