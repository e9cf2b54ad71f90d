// Naming conventions met in probe essays of the seventeenth session (a PDF article on Hungary in 1956, a Markdown essay
// on Kronstadt, an author-date essay on Luxemburg, a word-processor article on the Tito–Stalin split): general rules,
// each with invented names where the rule allows.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mentions } from '../helpers/mentions';

describe('names: places and words derived from names', () => {
  test('a known place before `congress` or `conference` is the place, though a person of the text bears its name', () => {
    assert.deepEqual(mentions('In 1898 she married Gustav Lübeck. The Lübeck congress of 1901 debated revisionism.'),
      ['person Gustav Lübeck', 'place Lübeck']);
  });

  test('a surname of the text and `-an` is an adjective (`Kautskyan`), naming no one', () => {
    assert.deepEqual(mentions('Ivo Brennsky led the centre; Brennsky wrote often, and the Brennskyan centre held.'),
      ['person Ivo Brennsky', 'person Brennsky']);
  });

  test('a verb made of a name (`Bolshevising`) and words of nations joined by a hyphen (`Anglo-American`, `Sino-Soviet`) name no one', () => {
    assert.deepEqual(mentions('Ivo Holt spent the 1920s "Bolshevising" the party; Anglo-American pressure and the Sino-Soviet split followed.'),
      ['person Ivo Holt']);
  });

  test('unknown words after a place’s noun and `on` are a place (`the camp on Goli Otok`); a word after a compass adjective too', () => {
    assert.deepEqual(mentions('Anna Varga was sent to the camp on Kessa Otok, an island in the northern Kesselmar.'),
      ['person Anna Varga', 'place Kessa Otok', 'place Kesselmar']);
  });
});

describe('names: a lone word listed with a person', () => {
  test('joined by `and` to a name given in full, a word that also qualifies a body (`the Durruti Group`) is a person', () => {
    assert.deepEqual(mentions('The Berraza Group marched. The columns were led by Berraza and Antonio Ortiz. But Berraza had been killed.'),
      ['organization Berraza Group', 'person Berraza', 'person Antonio Ortiz', 'person Berraza']);
  });
});

describe('names: decorations', () => {
  test('the name in a decoration (`the Order of Lenin`) is no mention of its person', () => {
    assert.deepEqual(mentions('Ramona Holt was decorated with the Order of Lenin. Lenin had died.'),
      ['person Ramona Holt', 'organization Order of Lenin', 'person Lenin']);
  });
});

describe('names: endings of places', () => {
  test('a village in `-vka` and a town named by its river (`Rostov-on-Don`, `Frankfurt-am-Main`) are places', () => {
    assert.deepEqual(mentions('Holtov reached Kessov-on-Don, then Varnivka, then Ostrau-am-Main.'),
      ['person Holtov', 'place Kessov-on-Don', 'place Varnivka', 'place Ostrau-am-Main']);
  });
});

describe('names: lists of places', () => {
  test('unknown words listed after a preposition with a place are places; words of clauses joined by `and` are not', () => {
    assert.deepEqual(mentions('The districts of Kesselbach, Varnó and Ostrany struck; the camps at Recsk and Brennovo closed.'),
      ['place Kesselbach', 'place Varnó', 'place Ostrany', 'place Recsk', 'place Brennovo']);
    assert.deepEqual(mentions('Holtov was sent to Turkestan, and Varnó was sent abroad. Ottokar invaded Velsia and Marrano annexed Fiumara.'),
      ['person Holtov', 'place Turkestan', 'person Varnó', 'person Ottokar', 'place Velsia', 'person Marrano', 'place Fiumara']);
  });

  test('after a plural noun of places and `of`, or right after one, the names listed are places; so are names before `streets`', () => {
    assert.deepEqual(mentions('Holtov demanded the ports of Kessau and Varnau, and the line of the rivers Ostra, Merva and Lenka. They met at the corner of Pelaz and Orrin streets.'),
      ['person Holtov', 'place Kessau', 'place Varnau', 'place Ostra', 'place Merva', 'place Lenka', 'place Pelaz', 'place Orrin']);
  });

  test('after a preposition\'s place and `and`, a name before a verb opens a clause of its own (`to Ukraine and Kaganovich goes`)', () => {
    assert.deepEqual(mentions('Holtov goes to Ukraine and Kessanov goes to Moscow. Kessanov, who ran the party, agreed.'),
      ['person Holtov', 'place Ukraine', 'person Kessanov', 'place Moscow', 'person Kessanov']);
  });

  test('a place, a comma and a name without `and` after them are no list: the phrase before its clause\'s subject (`In Ukraine, Molotov worked`)', () => {
    assert.deepEqual(mentions('In Ukraine, Holtov worked through the party. Holtov replied that the plan stood.'),
      ['place Ukraine', 'person Holtov', 'person Holtov']);
  });
});

describe('names: bodies and places of other languages', () => {
  test('a name after the common noun of a body is the body’s (`the women’s movement Gerwani`, `the youth wing Pemuda Rakyat`)', () => {
    assert.deepEqual(mentions('The women’s movement Kessani and the youth wing Pemuda Varna grew; the party’s General Secretary Anna Holt spoke.'),
      ['organization Kessani', 'organization Pemuda Varna', 'person Anna Holt']);
  });

  test('German councils are bodies (`Soldatenräte`, `Betriebsrat`), not the mountain `Ararat`', () => {
    assert.deepEqual(mentions('Anna Holt saw a Betriebsrat and the Soldatenräte meet at Ararat.'),
      ['person Anna Holt', 'organization Betriebsrat', 'organization Soldatenräte', 'place Ararat']);
  });

  test('Spanish, Italian and Portuguese heads that open a body’s name (`Corporación Minera de Bolivia`, `Unidad Popular`)', () => {
    assert.deepEqual(mentions('The Corporación Minera de Kessia (COMIKES) took over the mines; COMIKES failed, and Unidad Popular won.'),
      ['organization Corporación Minera de Kessia', 'organization COMIKES', 'organization COMIKES', 'organization Unidad Popular']);
  });

  test('a town named after its river (`Čierna nad Tisou`) and one with a number after `at` (`Siglo XX`) are places', () => {
    assert.deepEqual(mentions('They met at Kessna nad Varnou; the miners at Siglo XX struck, and Louis XIV ruled.'),
      ['place Kessna nad Varnou', 'place Siglo XX', 'person Louis XIV']);
  });

  test('a people’s adjective is no variant spelling of a surname (`Bolivian`, after `Ballivián`); nor a word after `-aligned`', () => {
    assert.deepEqual(mentions('Hugo Ballivián ruled until the Bolivian miners and the PKI-aligned unions rose; Ballivián fled.'),
      ['person Hugo Ballivián', 'person Ballivián']);
  });
});

describe('names: streets and saints’ towns', () => {
  test('a German street or square named after a person is a place (`Rosa-Luxemburg-Platz`); a saint’s town where a work was published too', () => {
    assert.deepEqual(mentions('Anna Holt died. The square called Anna-Holt-Platz stands near the Kesselerdamm. Holt, Quays (St. Kessel: Vantor Press, 1990).'),
      ['person Anna Holt', 'place Anna-Holt-Platz', 'place Kesselerdamm', 'person Holt', 'place St. Kessel', 'organization Vantor Press']);
  });
});

describe('names: surnames that are common words', () => {
  test('a short form’s author is the person a full reference named, though the surname is a common word (`Ian Gentles`, then `Gentles, *Army*`)', () => {
    assert.deepEqual(mentions('One.1 Two.2\n\n1. Ivo Gentles, *The Harbour Army* (Oslo: Kessel, 1992), 220.\n2. Gentles, *Harbour Army*, 315–16.\n'),
      ['person Ivo Gentles', 'place Oslo', 'organization Kessel', 'person Gentles', 'organization Harbour Army']);
  });

  test('so is an author-year reference’s author whom the reference list names inverted (`Browning, Ivo. 1985.`)', () => {
    const people = mentions('The critics agreed.1\n\n1. Browning 1985: 201–205.\n\nReferences\n\nBrowning, Ivo. 1985. The Harbour Writers. Oslo: Kessel.\n')
      .filter((m) => m.startsWith('person'));
    assert.deepEqual(people, ['person Browning', 'person Browning']);
  });
});

describe('names: the objects of war', () => {
  test('the object of `seized`, `retook`, `liberated` is a place', () => {
    assert.deepEqual(mentions('Anna Varga said the regiment seized Kessovo before loyal troops retook Varnia and liberated Ostrany.'),
      ['person Anna Varga', 'place Kessovo', 'place Varnia', 'place Ostrany']);
  });
});

describe('names: patronymics', () => {
  test('a patronymic before a surname that is a place leaves the surname the person’s (`Sergei Mironovich Kirov`, then `Kirov`)', () => {
    assert.deepEqual(mentions('Sergei Mironovich Kirov was shot. Kirov, first secretary, died; he had been seen near Kirov’s flat.'),
      ['person Sergei Mironovich Kirov', 'person Kirov', 'person Kirov']);
  });
});

describe('names: a name before a noun of a work or an idea', () => {
  test('`the` before a name and a noun of a record or an idea (`the Kamenev record`) says nothing of a body', () => {
    assert.deepEqual(mentions('Zinoviev and Kessanov met; Bukharin met Kessanov in July. The Kessanov record was circulated.'),
      ['person Zinoviev', 'person Kessanov', 'person Bukharin', 'person Kessanov', 'person Kessanov']);
  });
});

describe('names: a common-word surname opening a sentence before `of`', () => {
  test('is the noun (`Conquest of the countryside`), though the document names its author by it elsewhere', () => {
    assert.deepEqual(mentions('Robert Conquest wrote. Conquest argued (Conquest 1986: 299). Conquest of the countryside was brutal. Trotsky of all people agreed.')
      .filter((m) => m.startsWith('person')), ['person Robert Conquest', 'person Conquest', 'person Conquest', 'person Trotsky']);
  });
});

describe('names: a common-word surname opening a sentence', () => {
  test('joined by `and` to another name (`Knight and Lenoe disagree`), the document decides it; common words joined so name no one', () => {
    assert.deepEqual(mentions('Amy Knight and Ivo Kessanov wrote. Later, Knight argued.\n\nKnight and Kessanov disagree. Peace and Bread were promised.'),
      ['person Amy Knight', 'person Ivo Kessanov', 'person Knight', 'person Knight', 'person Kessanov']);
  });
});

describe('names: surnames by their ending', () => {
  test('a word with an ending of derived words (`Titsian`) before a surname whose ending only surnames have is a person', () => {
    assert.deepEqual(mentions('Later Titsian Tabidze was arrested, and Lucian Kravchenko fled.'), ['person Titsian Tabidze', 'person Lucian Kravchenko']);
  });
});

describe('names: a known place’s name that names a person', () => {
  test('after a noun of what befalls a person or of their kin and `of` (`the murder of Kirov`, `the widow of`), never written as a place', () => {
    assert.deepEqual(mentions('After the assassination of Kirov in 1934 the purge began; the widow of Bukharin survived.'), ['person Kirov', 'person Bukharin']);
    assert.deepEqual(mentions('After the murder of Kirov they moved to Kirov and lived in Kirov for years.'), ['place Kirov', 'place Kirov', 'place Kirov']);
  });
});

describe('names: an adjective of a place or a movement before a name', () => {
  test('is no part of it (`the Siberian Stalin`, `the Caucasian Koba`); before a place, a body or a plural it names neither', () => {
    assert.deepEqual(mentions('The Caucasian Kobarov did not survive the Siberian Kobarov. The Georgian Mensheviks left.'), ['person Kobarov', 'person Kobarov']);
  });
});

describe('names: a family by the plural of a surname', () => {
  test('after `the` only, the plural of a surname the text names is the family, no mention of one of them (`the Trotskys`)', () => {
    assert.deepEqual(mentions('Leon Trotsky came in 1937. Anna Varga dined with the Trotskys. Trotsky left.'),
      ['person Leon Trotsky', 'person Anna Varga', 'person Trotsky']);
  });
});

describe('names: Russia’s own nouns of places', () => {
  test('after `stanitsa`, `raion`, `krai`, `uezd` and `of`, a word names a place (`the stanitsa of Poltavskaya`)', () => {
    assert.deepEqual(mentions('In 1932 the stanitsa of Kessovskaya was deported, and the raion of Varnino emptied.'), ['place Kessovskaya', 'place Varnino']);
  });
});

describe('names: two names the text gives apart, read as one', () => {
  test('a place the text names alone, then a person it names alone, are two (`In the Casa Vieja Trotsky dictated`)', () => {
    assert.deepEqual(mentions('Trotsky lived in the Casa Vieja. In the Casa Vieja Trotsky dictated his book.'),
      ['person Trotsky', 'place Casa Vieja', 'place Casa Vieja', 'person Trotsky']);
  });

  test('two persons the text names apart, joined by `and`, are two, whatever the second’s last word means (`Robert Service`)', () => {
    assert.deepEqual(mentions('Bertrand M. Patenaude wrote first. Robert Service wrote later. The decrypts allowed Bertrand M. Patenaude and Robert Service to write.'),
      ['person Bertrand M. Patenaude', 'person Robert Service', 'person Bertrand M. Patenaude', 'person Robert Service']);
  });

  test('a body’s `of` before the first of a list of persons ends the body’s name (`the United Opposition of Trotsky, Zinoviev and Kamenev`)', () => {
    assert.deepEqual(mentions('Trotsky spoke. Lenin died. The United Opposition of Trotsky, Zinoviev and Kamenev split. The Order of Lenin, Stalin said.'),
      ['person Trotsky', 'person Lenin', 'organization United Opposition', 'person Trotsky', 'person Zinoviev', 'person Kamenev', 'organization Order of Lenin', 'person Stalin']);
  });

  test('a paper the text names alone, then a person (`In Pravda Bukharin argued`), are two', () => {
    assert.deepEqual(mentions('In Pravda Bukharin argued. Bukharin wrote for Pravda.'), ['organization Pravda', 'person Bukharin', 'person Bukharin', 'organization Pravda']);
  });
});

describe('names: `beyond` and `within` put a place; `around` does not (`the circle around Trotsky`)', () => {
  test('a word after them', () => {
    assert.deepEqual(mentions('Beyond Kessova the plain began, and within Varnokh the strike held. He gathered around Trotsky a group; Trotsky wrote.'),
      ['place Kessova', 'place Varnokh', 'person Trotsky', 'person Trotsky']);
  });
});

describe('names: heads of places’ names that come first', () => {
  test('a lake, a cape, a port, and a Romance or German saint name places though a given name follows (`San Ángel`)', () => {
    assert.deepEqual(mentions('They travelled to Lake Kessov and lived in San Ángel, then at San Miguel Regla. Cape Varno and Port Kessa were far.'),
      ['place Lake Kessov', 'place San Ángel', 'place San Miguel Regla', 'place Cape Varno', 'place Port Kessa']);
  });
});

describe('names: more nouns that put a place', () => {
  test('people `from` a word (`serfs from Gambareuli`) and the fields, mines or shores `of` one', () => {
    assert.deepEqual(mentions('Keke was the daughter of serfs from Kessovo, pious. Oil came from the fields of Varnakh and Bibi-Kessat.'),
      ['person Keke', 'place Kessovo', 'place Varnakh', 'place Bibi-Kessat']);
  });
});

describe('names: Slavic agent nouns in the plural', () => {
  test('name a movement’s people, no one (`the royalist Chetniks`, `the Narodniks`)', () => {
    assert.deepEqual(mentions('They fought the royalist Chetniks of Ivo Mihailović and read the Narodniks.'), ['person Ivo Mihailović']);
  });
});

describe('names: a place’s adjective in -ese', () => {
  test('names no one (`Turinese`), but an Italian surname that is one of a place’s other name stays (`Genovese`)', () => {
    assert.deepEqual(mentions('On his Sardinian and Turinese formation see Fiori. Later Vito Genovese wrote; Genovese left.'),
      ['person Fiori', 'person Vito Genovese', 'person Genovese']);
  });
});

describe('names: bodies named in the languages of Europe', () => {
  test('a party, a ministry or an archive in Polish, Spanish or Italian is a body, and so is its acronym (`Komunistyczna Partia Polski, KPP`)', () => {
    assert.deepEqual(mentions('The party (Komunistyczna Partia Polski, KPP) was dissolved; the KPP fell. Archiwum Akt Nowych, Ministerstwo Spraw Wewnętrznych, sygn. 1052.'),
      ['organization Komunistyczna Partia Polski', 'organization KPP', 'organization KPP', 'organization Archiwum Akt Nowych', 'organization Ministerstwo Spraw Wewnętrznych']);
  });
});

describe('names: ranks and titles before a person', () => {
  test('a body `of` a titled person is the body, then the person (`the Polish Army of General Zygmunt Berling`); not `of General Security`', () => {
    assert.deepEqual(mentions('The crossing was left to the Polish Army of General Ivo Brennsky. The Committee of General Security objected.'),
      ['organization Polish Army', 'person Ivo Brennsky', 'organization Committee of General Security']);
  });

  test('German ranks of the SS and the party are titles (`SS-Obergruppenführer`, `Gauleiter`), and `von dem` a particle of the surname', () => {
    assert.deepEqual(mentions('The task went to SS-Obergruppenführer Erich von dem Holtz-Brenner, and Gauleiter Varga agreed.'),
      ['person Erich von dem Holtz-Brenner', 'person Varga']);
  });
});

describe('names: titles in another language with their translation in brackets', () => {
  test('name no one, whatever their words (`Zeszyty Holtowskie [Holt Notebooks]`); a person’s other name in brackets, a Markdown link and a list stay', () => {
    assert.deepEqual(mentions('See Ivo Brennsky, Kessanskii detektiv [The Kessa Detective Story] (Riga, 1995); extracts in Zeszyty Holtowskie [Holt Notebooks], no. 3. Jacques Varnard [Ivo Kessani] was there; read [Anna Holt\'s classic study](http://example.org); keywords: [Riga, Anna Holt]'),
      ['person Ivo Brennsky', 'place Riga', 'person Jacques Varnard', 'person Ivo Kessani', 'person Anna Holt', 'place Riga', 'person Anna Holt']);
  });
});

describe('names: secret police and armed forces named in their own language', () => {
  test('are bodies, alone or before a noun (`Gestapo agents`, `the Wehrmacht`, `the Stasi`)', () => {
    assert.deepEqual(mentions('A rescue by supposed Gestapo agents was staged; the Wehrmacht struck and the Stasi watched.'),
      ['organization Gestapo', 'organization Wehrmacht', 'organization Stasi']);
  });
});

describe('names: German references and bodies', () => {
  test('acronyms joined by a small word are a body (`ZK der KPD`), `Republik` heads a place’s name, `Bd.` and `Nr.` name no one', () => {
    assert.deepEqual(mentions('Ivo Brennsky, Rede auf der Plenartagung des ZK der KPD in der Weimarer Republik; see Bd. 1, S. 187, and Nr. 10.'),
      ['person Ivo Brennsky', 'organization ZK der KPD', 'place Weimarer Republik']);
  });
});

describe('names: a surname in -burg beside a person, and the office a person is given', () => {
  test('a word read as a place for its ending `-burg` alone passes nothing to a name listed with it (`between Hindenburg and Hitler`)', () => {
    assert.deepEqual(mentions('They had the choice between Kessenburg and Brennsky, and voted.').filter((m) => m.endsWith('Brennsky')), ['person Brennsky']);
  });

  test('titles after a name a verb of appointing governs are the office given (`appointed Hitler Chancellor`), not after a possessive', () => {
    assert.deepEqual(mentions('In 1933 they appointed Brennsky Chancellor and made Kessani General Secretary; Varga became People’s Commissar.'),
      ['person Brennsky', 'person Kessani', 'person Varga']);
  });
});

describe('names: a body named by a common word', () => {
  test('after a body’s noun or with one in apposition, is no person, though written in the possessive (`Memorial’s historians`)', () => {
    assert.deepEqual(mentions('The files of Harbour, the society founded in Riga, and the debt to Harbour’s historians; so says the society Harbour.')
      .filter((m) => m.startsWith('person')), []);
  });
});

describe('names: learned nouns', () => {
  test('name no one wherever they stand (`Historiography`, `Demography`, `Ideology`); `Murphy` does', () => {
    assert.deepEqual(mentions('Contents\n\n9 Historiography\n\nFor years Soviet Historiography was silent. Demography tells more. Murphy agreed.'), ['person Murphy']);
    // Russian nouns transliterated, as titles in notes open with them.
    assert.deepEqual(mentions('See Reabilitatsiia: Kak eto bylo, vol. 1, and Terrorizm i kommunizm, as Murphy did.'), ['person Murphy']);
  });
});

describe('names: words of peoples and borrowed words', () => {
  test('words of nationality or of a continent together, a language’s speakers and a loanword opening a sentence name no one', () => {
    assert.deepEqual(mentions('Ivo Law, an African American communist, led English-speakers of the brigade. Émigré papers, European socialists and Jewish workers met.'),
      ['person Ivo Law']);
  });
});

describe('names: the people of a place of several words', () => {
  test('name no one (`a New Yorker`, `New Zealanders` inside a sentence)', () => {
    assert.deepEqual(mentions('He met a New Yorker named Ivo Harte, and New Zealanders in Riga.'), ['person Ivo Harte', 'place Riga']);
  });
});

describe('names: a thing of a place in Spanish or Portuguese', () => {
  test('a word that is no given name before `de` names no person (`Tesis de Pulacayo`); `Charles de Gaulle`, `Vasco da Gama` do', () => {
    assert.deepEqual(mentions('Then Tesis de Kessayo was adopted; Charles de Gaulle and Vasco da Gama came.'),
      ['person Charles de Gaulle', 'person Vasco da Gama']);
  });
});

describe('names: what only a person does', () => {
  test('a word before `appointed`, `died`, `married`, `resigned` is a person’s, though it ends as places do (`Hindenburg appointed Hitler`)', () => {
    assert.deepEqual(mentions('On 30 January 1933 Kessenburg appointed Brennsky Chancellor.'), ['person Kessenburg', 'person Brennsky']);
  });
});

describe('names: men of a trade or a body', () => {
  test('in the plural name no one (`the Latvian Riflemen`, `Horsemen`); `Carmen` stays a given name', () => {
    assert.deepEqual(mentions('The Latvian Riflemen had guarded the gate. Horsemen came, and Carmen Varga spoke.'), ['person Carmen Varga']);
    assert.deepEqual(mentions('The so-called Nepmen grew rich. Frenchmen and Workmen came, and Kamen Varga spoke.'), ['person Kamen Varga']);
  });
});
