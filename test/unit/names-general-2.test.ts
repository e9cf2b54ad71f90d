// Naming conventions of essays on further histories (India, Africa, Russia before 1917, labour history, Ireland,
// Poland): double surnames, people of bodies, hyphenated initials. Invented names where the rule is general.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mentions } from '../helpers/mentions';
import { analyzeDocument } from '../../server/src/analysis/analyze';

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

  test('after `by`, an unknown word and a common word are a name (`translated by Grahame Lock`)', () => {
    assert.deepEqual(mentions('It was translated by Zorvan Lock.'), ['person Zorvan Lock']);
  });

  test('not a head of a place’s name', () => {
    assert.deepEqual(mentions('They met at Oskar Brandl Street.'), ['place Oskar Brandl Street']);
  });
});

describe('names: fronts and movements', () => {
  test('`Front` and `Movement` after a word of a political cause head a body’s name', () => {
    assert.deepEqual(mentions('Later the National Liberation Front fought, a Popular Front won and the Civil Rights Movement marched.'),
      ['organization National Liberation Front', 'organization Popular Front', 'organization Civil Rights Movement']);
  });

  test('after other words they are no body (a tendency, a front line)', () => {
    assert.deepEqual(mentions('The Communist Movement grew on the Eastern Front and the Cultural Front.'), ['place Eastern Front']);
  });
});

describe('names: unknown words that name no person', () => {
  test('a last word ending like a place’s name makes a place; a Russian adjective first, a body', () => {
    assert.deepEqual(mentions('Later the Narodnaya Zorya met in St Kovalsburg with Zemskoye Delo, and Merleau Ponty came.'),
      ['organization Narodnaya Zorya', 'place St Kovalsburg', 'organization Zemskoye Delo', 'person Merleau Ponty']);
  });

  test('a synod is a body; a `-majority`, `-speaking` compound is an adjective', () => {
    assert.deepEqual(mentions('The Holy Synod ruled the Kessian-majority and Kessian-speaking provinces.'), ['organization Holy Synod']);
  });
});

describe('names: lone words that name no person', () => {
  test('a Polish abstract noun (`-ość`) names a movement or a paper', () => {
    assert.deepEqual(mentions('Later Kowal wrote for Wolność; then Kowal left.'), ['person Kowal', 'organization Wolność', 'person Kowal']);
  });
});

describe('names: a person named by initials', () => {
  test('an acronym of the initials of a person the text names is that person', () => {
    const { entities } = analyzeDocument('Franklin D. Kessler won in 1932, and FDK answered; the NRA did not.', 'plaintext');
    assert.deepEqual(entities.map((e) => `${e.kind} ${e.variants.join(' | ')}`), ['person Franklin D. Kessler | FDK', 'organization NRA']);
  });

  test('by the initials of the surname as written, whatever letter its spelling key starts with (`LBJ`, `Johnson`)', () => {
    const { entities } = analyzeDocument('Lyndon B. Jensen won in 1964, and LBJ answered.', 'plaintext');
    assert.deepEqual(entities.map((e) => `${e.kind} ${e.variants.join(' | ')}`), ['person Lyndon B. Jensen | LBJ']);
  });

  test('a surname alone is the person’s whose it is as written before a variant’s (`Slánská` of Josefa, not Rudolf Slánský)', () => {
    const { entities } = analyzeDocument('Rudolf Slánský fell in 1951; Josefa Slánská wrote to him. Slánský confessed, and Slánská waited.', 'plaintext');
    assert.deepEqual(entities.map((e) => `${e.kind} ${e.variants.join(' | ')}`), ['person Rudolf Slánský | Slánský', 'person Josefa Slánská | Slánská']);
  });

  test('a name with the first of two surnames is the person named with both, in either order (`Mario Monje`, `Mario Monje Molina`)', () => {
    const { entities } = analyzeDocument('Mario Kessel led the party; Gary Holt Varga captured him. Later Mario Kessel Lind refused, Gary Holt spoke and Kessel left.', 'plaintext');
    assert.deepEqual(entities.map((e) => `${e.kind} ${e.label} | ${e.variants.join(' | ')}`),
      ['person Mario Kessel Lind | Mario Kessel | Mario Kessel Lind | Kessel', 'person Gary Holt Varga | Gary Holt Varga | Gary Holt']);
  });

  test('an acronym no person’s initials make stays a body', () => {
    assert.deepEqual(mentions('Franklin D. Kessler won, and FDR answered.'), ['person Franklin D. Kessler', 'organization FDR']);
  });
});

describe('names: headings and titles in capitals and in title case', () => {
  test('`OF THE` in a heading in capitals parts bodies as `of the` does; a section’s number is no name', () => {
    assert.deepEqual(mentions('Notes\n\nIII. THE CENTRAL COMMITTEE OF THE WORKERS PARTY\n\nThe text.'),
      ['organization CENTRAL COMMITTEE', 'organization WORKERS PARTY']);
  });

  test('common words before `of the` and a body are a title about the body, no part of its name', () => {
    assert.deepEqual(mentions('He read The Rise of the Mbaruku National Party and the Friends of the Kessian Union.'),
      ['organization Mbaruku National Party', 'organization Friends of the Kessian Union']);
  });
});

describe('names: adjectives of places', () => {
  test('the adjective of a known place is no name', () => {
    assert.deepEqual(mentions('In 1960 seventeen African states joined; Wajdan spoke.'), ['person Wajdan']);
  });
});

describe('names: clues about lone words (2)', () => {
  test('an exclamation mark that ends no sentence belongs to a title; one that ends a sentence does not', () => {
    assert.deepEqual(mentions('Kowal, once editor of Naprzód!, wrote for Kessa! before the war, with the aid of Borin! But Kowal left.'),
      ['person Kowal', 'organization Naprzód', 'organization Kessa', 'person Borin', 'person Kowal']);
  });

  test('a word joined by `and` to a known place is a place', () => {
    assert.deepEqual(mentions('The Punjab and Varendra were divided; Kessa and Moscow fell. Kowal and Borin met.'),
      ['place Punjab', 'place Varendra', 'place Kessa', 'place Moscow', 'person Kowal', 'person Borin']);
  });

  test('a fort is a place, its name before or after', () => {
    assert.deepEqual(mentions('He was held in James Fort prison and at Fort Kessel.'), ['place James Fort', 'place Fort Kessel']);
  });
});

describe('names: common words in British spelling', () => {
  test('a common word in British or American spelling is no name, wherever it stands', () => {
    assert.deepEqual(mentions('The Centre held. Defence was weak. The Center fell; Kowal left.'), ['person Kowal']);
  });
});
