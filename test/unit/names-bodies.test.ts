// Bodies named by a capitalized common noun (`the Convention`, `the Volunteers`): general rules, each with invented
// names, and snippets of held-out essays.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mentions } from '../helpers/mentions';

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
    assert.deepEqual(mentions('At the Twenty-second Congress, Ivo Brennholt spoke. A delegate to the Congress wrote it down.'), ['person Ivo Brennholt']);
  });

  test('a party’s congress is a meeting too', () => {
    assert.deepEqual(mentions('Ivo Brennholt addressed the Congress. It was the first Party Congress since the war.'), ['person Ivo Brennholt']);
  });

  test('a movement, a state and the seat of its powers are named the same way (`the Resistance`, `the Republic`, `the Pentagon`)', () => {
    assert.deepEqual(mentions('Anna Kerrow joined the Resistance; after the war she served the Republic and marched on the Pentagon.'),
      ['person Anna Kerrow', 'organization Resistance', 'place Republic', 'place Pentagon']);
  });

  test('the governing and opposing bodies of a party are named the same way (`the Opposition`, `the Presidium`)', () => {
    assert.deepEqual(mentions('The leaders of the Opposition wrote to the Presidium; Ivo Brennholt read the letter.'),
      ['organization Opposition', 'organization Presidium', 'person Ivo Brennholt']);
  });

  test('an ordinal in words is no congress’s number (`the first Marines`)', () => {
    assert.deepEqual(mentions('In March the first Marines came ashore at Kessel Bay.'), ['organization Marines', 'place Kessel Bay']);
  });

  test('a party or a committee named by its common noun stays a common noun', () => {
    assert.deepEqual(mentions('Ivo Brennholt rose in the Party, then in the Committee.'), ['person Ivo Brennholt']);
  });
});

describe('names: armed corps and bodies named by a plural noun', () => {
  test('a noun of a corps or of public works heads a body’s name (`Volunteers`, `Brigades`, `Force`, `Workshops`)', () => {
    assert.deepEqual(mentions('Anna Kerrow led the Kessel Volunteers and the Lantern Brigades against the Tarvo Defence Force.'),
      ['person Anna Kerrow', 'organization Kessel Volunteers', 'organization Lantern Brigades', 'organization Tarvo Defence Force']);
    assert.deepEqual(mentions('the right to work is decreed; the National Workshops follow on 26 February.'), ['organization National Workshops']);
  });

  test('alone, capitalized inside sentences and never written in small letters, a corps is a body', () => {
    assert.deepEqual(mentions('Ivo Brennholt saw the Auxiliaries burn the mill; unlike most Volunteers, they were paid. His Squad hid.'),
      ['person Ivo Brennholt', 'organization Auxiliaries', 'organization Volunteers', 'organization Squad']);
  });

  test('a word broken at a line’s end is the same body', () => {
    assert.deepEqual(mentions('Anna Kerrow drilled the Volunteers.\nThe war was fought by the Volun-\nteers alone.'),
      ['person Anna Kerrow', 'organization Volunteers', 'organization Volun-\nteers']);
  });

  test('written in small letters elsewhere, the noun is a common noun', () => {
    assert.deepEqual(mentions('Ivo Brennholt drilled the Volunteers; other volunteers stayed home.'), ['person Ivo Brennholt']);
  });
});

describe('names: newspapers named after a place or a day', () => {
  test('a word that names newspapers after a nationality, a known place or the day of the issue is a newspaper', () => {
    assert.deepEqual(mentions('Ivo Brennholt wrote in the German Examiner, the Sunday Clarion and the Paris Courier.'),
      ['person Ivo Brennholt', 'organization German Examiner', 'organization Sunday Clarion', 'organization Paris Courier']);
  });

  test('a held-out snippet: a newspaper that begins a note', () => {
    assert.deepEqual(mentions('3. Sunday Independent, 23 April 1916, p. 1.'), ['organization Sunday Independent']);
  });

  test('after another word it is no newspaper (`Red Star`, a title)', () => {
    assert.deepEqual(mentions('Ivo Brennholt read Red Star and the Kessel Independent.'), ['person Ivo Brennholt']);
  });
});

describe('names: a capitalized word before the noun of a body in small letters', () => {
  test('after `the`, a word of no nation before `party`, `army`, `church` names the body with the noun', () => {
    assert.deepEqual(mentions('Ivo Brennholt left the Kessite party and joined the Vantorian army.'),
      ['person Ivo Brennholt', 'organization Kessite party', 'organization Vantorian army']);
  });

  test('a corpus snippet and a held-out one, after the capitalized word that begins the sentence', () => {
    assert.deepEqual(mentions('It conquered the Bolshevik party. When the Constitutionalist army entered the capital, it met.'),
      ['organization Bolshevik party', 'organization Constitutionalist army']);
  });

  test('a nation’s army, a plural and a possessed noun are no name', () => {
    assert.deepEqual(mentions('Ivo Brennholt saw the French army, the Kessite parties and the Kessite army’s guns.'), ['person Ivo Brennholt']);
  });
});

describe('names: houses', () => {
  test('a house of its members is a chamber of a parliament, a named house is a building', () => {
    assert.deepEqual(mentions('Anna Kerrow spoke in the House of Lords, then dined at Kessel House and at the White House.'),
      ['person Anna Kerrow', 'organization House of Lords', 'place Kessel House', 'place White House']);
  });

  test('a house of a name is a building, and a held-out snippet broken over two lines', () => {
    assert.deepEqual(mentions('It reopened in the former House of Tiles. The members met in the Mansion\nHouse.'),
      ['place House of Tiles', 'place Mansion\nHouse']);
  });

  test('after a given name, a house is a surname (`Edward House`)', () => {
    assert.deepEqual(mentions('Wilson trusted Edward House.'), ['person Wilson', 'person Edward House']);
  });
});

describe('names: numbered in figures', () => {
  test('a meeting numbered in figures is no body (`the 17th Party Congress`)', () => {
    assert.deepEqual(mentions('Ivo Brennholt spoke at the 17th Party Congress of the Kessel Workers Party.'),
      ['person Ivo Brennholt', 'organization Kessel Workers Party']);
  });

  test('a body’s head numbered in figures is a body (`the 29th Division`, `the 1st International`)', () => {
    assert.deepEqual(mentions('Ivo Brennholt served in the 29th Division and wrote for the 1st International.'),
      ['person Ivo Brennholt', 'organization 29th Division', 'organization 1st International']);
  });
});

describe('names: parties named by their members', () => {
  test('`Democrats` after another capitalized word heads a party’s name; alone it is a common noun', () => {
    assert.deepEqual(mentions('Anna Kerrow left the Kessel Democrats; she joined the Independent Social Democrats (USPD), and the Democrats lost.'),
      ['person Anna Kerrow', 'organization Kessel Democrats', 'organization Independent Social Democrats', 'organization USPD']);
  });
});

describe('names: offices held over a place', () => {
  test('the word after `governor of`, `mayor of` is a place', () => {
    assert.deepEqual(mentions('Ivo Brennholt rose under the patronage of the governor of Vantoria and the mayor of Kesselburg.'),
      ['person Ivo Brennholt', 'place Vantoria', 'place Kesselburg']);
  });
});

describe('names: known places with the ending of a derived word', () => {
  test('a known place that ends like a derived word is the place (`Caribbean`, `Fujian`), an unknown one no name', () => {
    assert.deepEqual(mentions('Ideas came from the Caribbean and from Fujian to the Kesselian shore.'), ['place Caribbean', 'place Fujian']);
  });
});

describe('names: bodies named with a possessive or a court’s word', () => {
  test('a saint’s or two founders’ possessive before an institution is one name with it; a person’s is the person', () => {
    assert.deepEqual(mentions('Anna Kerrow taught at St. Antony’s College and printed with Kessel-Varga’s University Press; Brennholt’s University closed.'),
      ['person Anna Kerrow', 'organization St. Antony’s College', 'organization Kessel-Varga’s University Press', 'person Brennholt']);
  });

  test('a person named with a title or a given name, then `of` and the body they serve, is the person and the body', () => {
    assert.deepEqual(mentions('It was signed by Colonel Ivo Kerrow of the Police Department; the University of Leeds kept it.'),
      ['person Ivo Kerrow', 'organization Police Department', 'organization University of Leeds']);
  });

  test('a court of the army or the state: `the Military Collegium`', () => {
    assert.deepEqual(mentions('On that day the Military Collegium sentenced Ivo Brennholt.'), ['organization Military Collegium', 'person Ivo Brennholt']);
  });
});

describe('names: Soviet bodies and places in their romanizations', () => {
  test('`Gulag` and `Okhrana` are bodies, as `Sovnarkom` is', () => {
    assert.deepEqual(mentions('Ivo Holt wrote what Anna Kerrow called the "Gulag narrative." Okhrana agents watched him.'),
      ['person Ivo Holt', 'person Anna Kerrow', 'organization Gulag', 'organization Okhrana']);
  });

  test('an operation’s code name is no person (`Operation Bagration`); `Armia Krajowa` and `Rabochee Delo` are bodies', () => {
    assert.deepEqual(mentions('Operation Bagration had destroyed it, and the Armia Krajowa rose; Rabochee Delo withdrew. General Bagration fought.'),
      ['organization Armia Krajowa', 'organization Rabochee Delo', 'person Bagration']);
  });

  test('capitals as other European languages name them, in notes’ publication places (`Warszawa`, `Praga`, `Moskau`)', () => {
    assert.deepEqual(mentions('Ivo Holt, Listy (Warszawa: Kessler, 1968); the tanks reached Praga; Anna Lind, Briefe (Moskau: Verlag, 1931).'),
      ['person Ivo Holt', 'place Warszawa', 'organization Kessler', 'place Praga', 'person Anna Lind', 'place Moskau', 'organization Verlag']);
  });

  test('a place as the Library of Congress romanizes it (`Iaroslavl`, `Briansk`) is the place the lexicon writes otherwise', () => {
    assert.deepEqual(mentions('He was sent from Iaroslavl to Briansk, then near Iakutsk.'), ['place Iaroslavl', 'place Briansk', 'place Iakutsk']);
  });
});

describe('names: bodies named in Catalan, Polish, Russian, Czech and Hungarian', () => {
  test('Catalan heads first (`Partit`, `Unió`, `Bloc`), and `i`, `et` join the words of a body’s name as `and` does; persons stay apart', () => {
    assert.deepEqual(mentions('The Partit Socialista Unificat de Catalunya grew out of the Unió Socialista de Catalunya; the Bloc Obrer i Camperol did not. '
      + 'Piotr i Anna Brennholt left.'),
    ['organization Partit Socialista Unificat de Catalunya', 'organization Unió Socialista de Catalunya', 'organization Bloc Obrer i Camperol',
      'person Piotr', 'person Anna Brennholt']);
  });

  test('Spanish governments and offices (`the Generalitat`, `Dirección General de Seguridad`); a Romance abstract noun is no person’s', () => {
    assert.deepEqual(mentions('Orders came from the Dirección General de Seguridad and the Departamento del Trabajo; the Generalitat protested. '
      + 'Soledad Brennholt read the Conselleria de Seguretat files.'),
    ['organization Dirección General de Seguridad', 'organization Departamento del Trabajo', 'organization Generalitat', 'person Soledad Brennholt',
      'organization Conselleria de Seguretat']);
  });

  test('publishers by their word for a publishing house (`Wydawnictwo`, `Izdatel’stvo`, `Könyvkiadó`)', () => {
    assert.deepEqual(mentions("Warszawa: Wydawnictwo Literackie, 1970; Moscow: Izdatel'stvo politicheskoi literatury, 1964; Budapest: Kossuth Könyvkiadó, 1980."),
      ['place Warszawa', 'organization Wydawnictwo Literackie', 'place Moscow', "organization Izdatel'stvo politicheskoi literatury", 'place Budapest',
        'organization Kossuth Könyvkiadó']);
  });
});
