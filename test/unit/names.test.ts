import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mentions } from '../helpers/mentions';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import type { DocumentAnalysis, DocumentFormat } from '../../server/src/analysis/types';
import { sameSpelling, spellingKey } from '../../server/src/analysis/names/spelling';
import { codeAt } from '../../server/src/analysis/names/tokens';

const analyze = (text: string, format: DocumentFormat = 'plaintext') => analyzeDocument(text, format);
const persons = (text: string, format?: DocumentFormat) =>
  analyze(text, format).mentions.filter((m) => m.kind === 'person').map((m) => m.text);
/** The entities as `label: variant, variant`. */
const entities = (a: DocumentAnalysis) => a.entities.map((e) => `${e.label}: ${e.variants.join(', ')}`);

describe('people: the forms of a name', () => {
  test('full names, surnames alone, a name broken across a line', () => {
    assert.deepEqual(persons('When Marta Ilves left the archive, Ilves took the letters of Piotr\nZaleski with her.'),
      ['Marta Ilves', 'Ilves', 'Piotr\nZaleski']);
  });

  test('initials, with and without spaces', () => {
    assert.deepEqual(persons('As V. I. Lenin wrote, and as E.H. Carr and J. V. Stalin repeated.'),
      ['V. I. Lenin', 'E.H. Carr', 'J. V. Stalin']);
  });

  test('hyphens and particles', () => {
    assert.deepEqual(persons('Maurice Merleau-Ponty answered Charles de Gaulle in print.'),
      ['Maurice Merleau-Ponty', 'Charles de Gaulle']);
  });

  test('titles are cues, not part of the name', () => {
    assert.deepEqual(persons('Then President Ford met Comrade Dimitrov and Professor Okonkwo.'), ['Ford', 'Dimitrov', 'Okonkwo']);
  });

  test('a title of words joined by hyphens is a title too', () => {
    assert.deepEqual(persons('President-elect Varga met Governor-General Holt and Vice-President Orlov.'), ['Varga', 'Holt', 'Orlov']);
    // Abbreviated ranks so joined too: `Lt-Col.`, `Maj-Gen`.
    assert.deepEqual(persons('In 1953 Lt-Col. Józef Kessian defected; Maj-Gen Ivo Brenn stayed.'), ['Józef Kessian', 'Ivo Brenn']);
  });

  test('possessives leave the name alone, straight or curly', () => {
    assert.deepEqual(persons('Anton Verhaegen wrote it. Verhaegen’s view and Verhaegen\'s doubts differed.'),
      ['Anton Verhaegen', 'Verhaegen', 'Verhaegen']);
  });

  test('a note number glued to a name', () => {
    const text = 'The murder of Kostrov33 was planned by Yemelin.34';
    assert.deepEqual(persons(text), ['Kostrov', 'Yemelin']);
  });

  test('a name in capitals, inverted, as in a police file', () => {
    assert.deepEqual(persons('"DZHUGASHVILI, JOSEF VISSARIONOVICH: peasant from the village of Didi-Lilo."'),
      ['DZHUGASHVILI', 'JOSEF VISSARIONOVICH']);
  });

  test('names with diacritics and text in other scripts keep their offsets', () => {
    const text = 'Slavoj Žižek quotes Fernando Claudín and «Ленин» (Ленин) — 列宁 — before Žižek again.';
    const a = analyze(text);
    for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'person').map((m) => m.text), ['Slavoj Žižek', 'Fernando Claudín', 'Žižek']);
  });

  test('a name right after a lone surrogate (broken text) is read whole', () => {
    assert.deepEqual(persons('Marta Ilves wrote.\uD800Ilves answered.'), ['Marta Ilves', 'Ilves']);
  });

  test('two people joined by a hyphen; before a pact, a treaty or a trial they name it, as `the Stalin Prize` names a prize', () => {
    assert.deepEqual(persons('Ada Varga met Ion Popa. The Varga-Popa pact, the Varga–Popa trial and the Popa-Varga line followed.'),
      ['Ada Varga', 'Ion Popa', 'Popa', 'Varga']);
  });

  test('romanized names with hyphens, not derived words', () => {
    assert.deepEqual(persons('Chiang Kai-shek met Kim Il-sung; the Lenin-like pose and the Stalin-era rules were not theirs.'),
      ['Chiang Kai-shek', 'Kim Il-sung']);
  });

  test('a cited author: author-year and inverted initials', () => {
    assert.deepEqual(persons('The phrase is old (Wendler, 1970), older than Okafor 1991 suggests.\n\n1. Brandauer, K., Fields of Rye.'),
      ['Wendler', 'Okafor', 'Brandauer']);
  });
});

describe('people whose surname is a common word', () => {
  test('count where the text capitalizes the surname inside a sentence', () => {
    assert.deepEqual(persons('John Smith, a historian, argues that Smith\'s reading is too neat (Smith 2001, 45).'),
      ['John Smith', 'Smith', 'Smith']);
  });
});

describe('people: what is not a mention', () => {
  test('a page\'s running head names no one: it is no part of the text', () => {
    const head = 'HARBOUR STUDIES                                   Vol. 7, No. 2';
    const prose = 'The commission met in the spring and heard the dockworkers out at length.';
    const text = [head, '', prose, prose, prose, '', head, '', '146', prose, prose, '', head, '', '147', 'Anna Kerrow spoke for the clerks at the meeting.'].join('\n');
    assert.deepEqual(analyzeDocument(text, 'plaintext').mentions.map((m) => `${m.kind} ${m.text}`), ['person Anna Kerrow']);
  });

  test('a wide gap in a line parts columns, not words of one name', () => {
    assert.deepEqual(analyzeDocument('HARBOUR STUDIES        Anna Kerrow', 'plaintext').mentions.map((m) => `${m.kind} ${m.text}`),
      ['organization HARBOUR STUDIES', 'person Anna Kerrow']);
  });

  test('a web address names no one, whatever words it holds', () => {
    const text = 'Read [the entry](https://example.org/biography/Maren-Holt) on Maren Holt, or www.example.org/Odile_Varga.';
    assert.deepEqual(analyzeDocument(text, 'markdown').mentions.map((m) => `${m.kind} ${m.text}`), ['person Maren Holt']);
  });

  test('derived words', () => {
    assert.deepEqual(persons('Leon Trotsky was no Stalinist; Trotskyists, anti-Stalin critics, Leninism and Trotskyite groups were not him.'),
      ['Leon Trotsky']);
  });

  test('words of the calendar together name a day, not anyone', () => {
    assert.deepEqual(persons('On Easter Monday, 24 April, Maren Holt walked out; by Whitsun Tuesday the clerks had followed her.'), ['Maren Holt']);
  });

  test('sentence-initial capitals and calendar words', () => {
    assert.deepEqual(persons('Capitulation followed. Parenthetically, in April and June nothing happened.'), []);
  });

  test('a name in a fixed expression about something else', () => {
    assert.deepEqual(persons('Joseph Stalin was alive when the Stalin Prize went to Ivo Andrić.'), ['Joseph Stalin', 'Ivo Andrić']);
  });

  test('a full name in italics: a work inside a sentence, a periodical after the, a source after a quotation', () => {
    const text = 'Ilse Varga wrote *Tomas le Petit* in exile, and Ivo Brenner edited the *Neue Harbour Zeitung*. "We are free." *Marta Ilves*';
    assert.deepEqual(mentions(text), ['person Ilse Varga', 'person Ivo Brenner', 'organization Neue Harbour Zeitung', 'person Marta Ilves']);
  });

  test('titles of works in italics name no one; a lone italic name is a periodical', () => {
    const text = 'Isaac Deutscher wrote *Stalin and His Critics* for *Pravda*, they say.';
    assert.deepEqual(mentions(text, 'markdown'), ['person Isaac Deutscher', 'organization Pravda']);
  });

  test('a month before a common noun is a time, not a name; a month as a given name is one', () => {
    assert.deepEqual(mentions('During the June Days under the July Monarchy, August Vrelin wrote to Riga.'), ['person August Vrelin', 'place Riga']);
  });

  test('after "the", a name is a place or a body', () => {
    assert.deepEqual(mentions('They hid in the Sierra Maestra.'), ['place Sierra Maestra']);
  });

  test('group nouns and nationalities', () => {
    assert.deepEqual(persons('The Bolsheviks and the Russian workers met the Mensheviks; a Bolshevik spoke.'), []);
    assert.deepEqual(mentions('the Polish-German revolutionary'), []);
    assert.deepEqual(mentions('Well-known facts.'), []);
    assert.deepEqual(mentions('Their Russian-reading public and German-born socialists.'), []);
    assert.deepEqual(mentions('Security and Co-operation mattered. The Co-operative Wholesale Society agreed.'), ['organization Co-operative Wholesale Society']);
  });
});

describe('organizations and places', () => {
  test('parties, committees, internationals, journals, publishers', () => {
    assert.deepEqual(mentions('The Central Committee of the Workers Party of Ruritania wrote to the Fourth International, then to New Left Review, published by Allison & Busby.'), [
      'organization Central Committee', 'organization Workers Party of Ruritania', 'organization Fourth International',
      'organization New Left Review', 'organization Allison & Busby',
    ]);
  });

  test('an organization broken across a line', () => {
    assert.deepEqual(mentions('members of the Left\nOpposition'), ['organization Left\nOpposition']);
  });

  test('countries, cities, regions, places of publication', () => {
    assert.deepEqual(mentions('From Moscow to Eastern Europe, and in Siberia.\n\n2. A. Berg, Rye (Harmondsworth: Penguin, 1970).'), [
      'place Moscow', 'place Eastern Europe', 'place Siberia', 'person A. Berg', 'place Harmondsworth', 'organization Penguin',
    ]);
  });

  test('regions, islands, historical states and cities named without their river, as English prose names them', () => {
    assert.deepEqual(mentions('Spain and then Britain tried to take the island. Silesia, Sicily and Manchuria wanted peace; Frankfurt did not.'), [
      'place Spain', 'place Britain', 'place Silesia', 'place Sicily', 'place Manchuria', 'place Frankfurt',
    ]);
  });

  test('lone head words, adjectives before heads, numbered congresses and titles are no organizations', () => {
    assert.deepEqual(mentions('The Party met. French Party officials and the Ruritanian State opposed the Twentieth Congress; the General Secretary of the Party spoke.'), [
      'organization French Party',
    ]);
  });

  test('two organizations joined by "and the" are two', () => {
    assert.deepEqual(mentions('the Peasant League and the Workers\' Party'), ['organization Peasant League', 'organization Workers\' Party']);
  });

  test('publishers after the place of publication', () => {
    assert.deepEqual(mentions('Arendt, Hannah. 1968. Men in Dark Days. New York: Harcourt.\nOkafor, Anna. 2001. Rye. London: Verso, 2001.'), [
      'person Arendt', 'place New York', 'organization Harcourt', 'person Okafor', 'place London', 'organization Verso',
    ]);
  });

  test('a word after "the" or in brackets after an organization is one', () => {
    assert.deepEqual(mentions('the Records Section (Uchrapred) met the Cheka. Uchrapred grew.'), [
      'organization Records Section', 'organization Uchrapred', 'organization Cheka', 'organization Uchrapred',
    ]);
  });
});

describe('identity within a document', () => {
  test('surname, possessive and initials join the full name', () => {
    const a = analyze('Leon Trotsky left. Trotsky’s train, L. Trotsky said, and Trotsky again.');
    assert.deepEqual(entities(a), ['Leon Trotsky: Leon Trotsky, Trotsky, L. Trotsky']);
    assert.equal(a.entities[0].introduction, 0);
  });

  test('spelling and transliteration variants join', () => {
    const a = analyze('Nikita Khrushchev spoke; Krushchev later, and Khruschev once. Louis Althusser, or Altusser.');
    assert.deepEqual(entities(a), ['Nikita Khrushchev: Nikita Khrushchev, Krushchev, Khruschev', 'Louis Althusser: Louis Althusser, Altusser']);
  });

  test('a surname with particles joins its full name without them', () => {
    const a = analyze('Alexis de Tocqueville came home. Tocqueville wrote. Charles de Gaulle spoke, and de Gaulle left.');
    assert.deepEqual(entities(a), ['Alexis de Tocqueville: Alexis de Tocqueville, Tocqueville', 'Charles de Gaulle: Charles de Gaulle, Gaulle']);
  });

  test('people who share a surname stay apart when the text tells them apart', () => {
    const a = analyze('Roy Medvedev and his brother Zhores Medvedev wrote. Medvedev, that is Zhores, agreed.');
    assert.deepEqual(entities(a), ['Roy Medvedev: Roy Medvedev', 'Zhores Medvedev: Zhores Medvedev, Medvedev, Zhores']);
  });

  test('an acronym the text defines joins its expansion', () => {
    const a = analyze('The Communist Party of Ruritania (CPR) met. The CPR voted.');
    assert.deepEqual(entities(a), ['Communist Party of Ruritania: Communist Party of Ruritania, CPR']);
  });

  test('the label is the fullest name, initials counting less than given names', () => {
    const a = analyze('Stalin came. J. V. Stalin signed; Joseph Stalin, again.');
    assert.equal(a.entities[0].label, 'Joseph Stalin');
    assert.equal(a.mentions[a.entities[0].introduction].text, 'J. V. Stalin');
  });
});

describe('what the text says of a person where it introduces them', () => {
  const description = (text: string, label: string) => {
    const a = analyze(text);
    return a.entities.find((e) => e.label === label)?.description?.text;
  };

  test('a noun phrase before the name and a relative clause after it', () => {
    const text = 'In his memoirs, the Ruritanian communist leader Boris Valev, who was\nalso the head of the Peasant International (1934-1943), reports a toast.';
    assert.equal(description(text, 'Boris Valev'),
      'the Ruritanian communist leader Boris Valev, who was\nalso the head of the Peasant International (1934-1943)');
    const a = analyze(text);
    const d = a.entities[0].description;
    assert.ok(d && text.slice(d.start, d.end) === d.text);
  });

  test('an appositive after a comma, a phrase between dashes', () => {
    assert.equal(description('It was Anna Kell, the first editor of the review, who wrote.', 'Anna Kell'),
      'Anna Kell, the first editor of the review');
    assert.equal(description('A text on Ivo Marek - the secretary of the union from 1920 until his death - as a symbol.', 'Ivo Marek'),
      'Ivo Marek - the secretary of the union from 1920 until his death');
  });

  test('no description where the words around the name do not describe it', () => {
    assert.equal(description('He sent the letter to Boris Valev and left.', 'Boris Valev'), undefined);
    assert.equal(description('A drive against Boris Valev began.', 'Boris Valev'), undefined);
  });
});

describe('strange text', () => {
  test('gives a result, never an exception, with offsets into the text', () => {
    const texts = ['', ' ', '\u0000\u0001 V. W.', 'Ab'.repeat(5000), '«Ленин» — 列宁 — לנין — لينين', 'A. B. C. D. E.', '((((Kirov))))', '\uD800 Lenin \uDC00', '*_*_* Marx *_*'];
    for (const text of texts) {
      const { mentions: ms, entities: es } = analyze(text);
      for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
      for (const e of es) assert.ok(e.mentions.every((m) => ms[m] !== undefined));
    }
  });

  test('a name at either edge of the text: nothing stands beyond it', () => {
    assert.deepEqual(mentions('(Kessel'), ['person Kessel']);
    assert.deepEqual(mentions('Anna Ray, ed'), ['person Anna Ray']);
    assert.deepEqual(mentions('in Fort Vantor:'), ['place Fort Vantor']);
    assert.deepEqual(mentions('met V. I. Kessler'), ['person V. I. Kessler']);
    assert.deepEqual(mentions('J.'), []);
  });

  test('an ampersand before a body\'s name, with nothing before it to join, loses no name of the document', () => {
    assert.deepEqual(mentions('Anna Kerrow wrote.\n\n1. T-he & Kessel Revolution, 1917.'), ['person Anna Kerrow', 'organization Kessel Revolution']);
  });

  test('a character read beyond the text is 0, which no test looks for', () => {
    assert.deepEqual([codeAt('Ab', -1), codeAt('Ab', 0), codeAt('Ab', 1), codeAt('Ab', 2)], [0, 65, 98, 0]);
  });
});

describe('spelling variants', () => {
  const same = (a: string, b: string) => sameSpelling(spellingKey(a), spellingKey(b));

  test('transliterations, dropped letters and diacritics spell one name', () => {
    for (const [a, b] of [['Khrushchev', 'Krushchev'], ['Khrushchev', 'Khruschev'], ['Althusser', 'Altusser'], ['Claudín', 'Cludin'],
      ['Nikolaevskii', 'Nicolaevsky'], ['Dzerzhinsky', 'Dzherzhinsky'], ['Tukhachevsky', 'Tukachevsky'], ['Kostiuk', 'Kostiuik'],
      ['Maximenkov', 'Maksimenkov'], ['Axelrod', "Aksel'rod"]]) {
      assert.ok(same(a, b), `${a} ~ ${b}`);
    }
  });

  test('two letters swapped, and letters Unicode does not decompose (`Đ`, `ł`), spell one name', () => {
    for (const [a, b] of [['Kautsky', 'Kautksy'], ['Djilas', 'Đilas'], ['Wałęsa', 'Walesa'], ['Mølgaard', 'Molgaard']]) assert.ok(same(a, b), `${a} ~ ${b}`);
  });

  test('`j` and `y` spell one sound, and an umlaut written out one letter (`Bojarskij`, `Boyarsky`; `Loebl`, `Löbl`)', () => {
    for (const [a, b] of [['Bojarskij', 'Boyarsky'], ['Jakovlev', 'Yakovlev'], ['Loebl', 'Löbl'], ['Mueller', 'Müller']]) assert.ok(same(a, b), `${a} ~ ${b}`);
  });

  test('short names one letter apart are different people', () => {
    for (const [a, b] of [['Lenin', 'Lewin'], ['Marx', 'Marr'], ['Radek', 'Radet']]) assert.ok(!same(a, b), `${a} ≁ ${b}`);
  });
});
