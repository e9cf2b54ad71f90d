// Naming conventions met in held-out essays (OCR of a printed book, newspapers and parliaments of other languages,
// reference apparatus): general rules, each with invented names.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mentions } from '../helpers/mentions';

describe('names: words broken at a line’s end', () => {
  test('a word a hyphen breaks at the end of a line is one word (`Univer-\\nsity`)', () => {
    assert.deepEqual(mentions('Anna Kerrow, Field Notes (Ox-\nford: Kessia Univer-\nsity Press, 1990), 12.'),
      ['person Anna Kerrow', 'place Ox-\nford', 'organization Kessia Univer-\nsity Press']);
  });

  test('so is one broken before the indent of a line that hangs under the one before (`Black-\\n    well`)', () => {
    assert.deepEqual(mentions('Holt, A. (1991). The quays. Kessia Univer-\n    sity Press.'), ['person Holt', 'organization Kessia Univer-\n    sity Press']);
  });

  test('a compound whose hyphen ends a line before a capital is one word, its hyphen kept (`Marx-Engels-\\nLenin Institute`)', () => {
    assert.deepEqual(mentions('Anna Kerrow worked for the Kerrow-Varga-\nBrennholt Institute.'),
      ['person Anna Kerrow', 'organization Kerrow-Varga-\nBrennholt Institute']);
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

  test('a bank, a company, a ministry or a library named in its own language is a body, and no particle makes a person of what follows', () => {
    assert.deepEqual(mentions('The gold of the Banque de France stayed untouched; the Compagnie Vantor and the Ministerio de Chile lent nothing.'),
      ['organization Banque de France', 'organization Compagnie Vantor', 'organization Ministerio de Chile']);
  });

  test('a name after a street’s noun in small letters names the street with it (`rue Lepic`), and the small word between (`rue de Rivoli`)', () => {
    assert.deepEqual(mentions('Ivo Brennholt was shot in the rue Kerrow-Ossa; they met on the boulevard Brennholt and in the rue du Vantor, then in the faubourg\nSaint-Kessel.'),
      ['person Ivo Brennholt', 'place rue Kerrow-Ossa', 'place boulevard Brennholt', 'place rue du Vantor', 'place faubourg\nSaint-Kessel']);
    assert.deepEqual(mentions('They were guillotined on the place de la Kessière.'), ['place place de la Kessière']);
  });

  test('so does one before the noun, in the languages that put it there (`Lenin körút`, `Kun Béla tér`), without the article', () => {
    assert.deepEqual(mentions('A Brennholt Ivo tér appeared, and the Kessler körút; Brennholt Ivo spoke.'),
      ['place Brennholt Ivo tér', 'place Kessler körút', 'person Brennholt Ivo']);
  });

  test('a German compound ending in the head of a body’s name is a body (`Freikorps`, `Spartakusbund`)', () => {
    assert.deepEqual(mentions('Ivo Brennholt sent in the Freikorps. The Kesselbund dissolved.'),
      ['person Ivo Brennholt', 'organization Freikorps', 'organization Kesselbund']);
  });

  test('a hyphenated given name is one when each part is; a capitalized particle after it begins the surname, a common word too', () => {
    assert.deepEqual(mentions('Then Jean-Marie Le Pen spoke, and Hans-Jürgen Kerrow. Anna La Roche left.'),
      ['person Jean-Marie Le Pen', 'person Hans-Jürgen Kerrow', 'person Anna La Roche']);
  });

  test('a title of French nobility is no part of the name after it', () => {
    assert.deepEqual(mentions('His successor, the Vicomte de Kerville, landed.'), ['person de Kerville']);
  });
});

describe('names: words that name no one', () => {
  test('a heading’s title case makes no name of a given name or an initial before common words; a body’s name stays', () => {
    assert.deepEqual(mentions('# I. November\n\nText.\n\n## II. The Long Aftermath\n\nText.\n\n## III. The Popular Front and Ivo Brennholt\n\nText.', 'markdown'),
      ['organization Popular Front', 'person Ivo Brennholt']);
  });

  test('members of a political movement are a group, not a person', () => {
    assert.deepEqual(mentions('The Black Jacobins wrote of Narodniks and of Bolshevik method.'), []);
    assert.deepEqual(mentions('He called it a fabrication of Nazi propaganda; Chekist methods spread.'), []);
  });

  test('a word of the people of a region or a city is no name; a surname that is also one stays out of the lexicon', () => {
    assert.deepEqual(mentions('Ivo Brennholt hired a Neapolitan engineer, Sicilian masons and Bavarian brewers.'), ['person Ivo Brennholt']);
    assert.deepEqual(mentions('Anna Lombard spoke first. Later Lombard left.'), ['person Anna Lombard', 'person Lombard']);
  });

  test('a prison is a place', () => {
    assert.deepEqual(mentions('He was shot in Kessing Gaol.'), ['place Kessing Gaol']);
  });

  test('a word after `into the` is a place, as after `in the`', () => {
    assert.deepEqual(mentions('Crowds poured into the Kessalo on May Day.'), ['place Kessalo']);
  });

  test('the papers or the collection of a person in an archive are no mention of the person', () => {
    assert.deepEqual(mentions('Letter to Ivo Brennholt, 3 March 1957, Anna Kerrow Papers, Kessia Library.'),
      ['person Ivo Brennholt', 'organization Kessia Library']);
    assert.deepEqual(mentions('Ivo Brennholt to the board, 3 March 1957, Kessia Library, Anna S. Kerrow Collection, box 12.'),
      ['person Ivo Brennholt', 'organization Kessia Library']);
  });
});

describe('names: lone words the whole document decides', () => {
  test('a word of which the text says it was founded, banned or dissolved is a body; a known place stays one', () => {
    assert.deepEqual(mentions('Kessora was founded in 1938, and Vantor was banned in 1940. Rome was founded long before.'),
      ['organization Kessora', 'organization Vantor', 'place Rome']);
  });

  test('an English word made of a prefix and a common word is no name, in a title either (`A Reassessment`)', () => {
    assert.deepEqual(mentions('Ivo Brennholt: A Reassessment\n\nThe Reinterpretation of his work began late.'), ['person Ivo Brennholt']);
  });

  test('a common word is no variant spelling of a surname one letter away', () => {
    assert.deepEqual(mentions('Anna Tready spoke first. Then the Treaty was approved, and the Treaty stood.'), ['person Anna Tready']);
  });

  test('a common word after `of` before a year ends a title, it is no author cited with a year', () => {
    assert.deepEqual(mentions('3. Kessel Assembly, Minutes of Proceedings, 1919-1921.'), ['organization Kessel Assembly']);
  });

  test('a word after a possessive name, before a year, is the title of that person’s work, no author', () => {
    assert.deepEqual(mentions('As in Anna Kerrow’s Harvest (2014), and as Brennholt (1999) showed.'), ['person Anna Kerrow', 'person Brennholt']);
  });

  test('a publisher cited after a place of publication stays the firm where another firm’s name ends with it', () => {
    assert.deepEqual(mentions('1. Anna Kerrow, Field Notes (Dublin: Kessel and Vantor, 2005), 3.\n2. Ivo Brennholt, Ports (London: Vantor, 2001), 4.'),
      ['person Anna Kerrow', 'place Dublin', 'organization Kessel and Vantor', 'person Ivo Brennholt', 'place London', 'organization Vantor']);
  });

  test('a title that is the surname of a person named in full, before a suffix too, is that person', () => {
    assert.deepEqual(mentions('Ivo Bishop Jr. spoke in 1967. Later Bishop was shot.'), ['person Ivo Bishop Jr', 'person Bishop']);
  });

  test('a word the document writes before the noun of an event names the event, no person', () => {
    assert.deepEqual(mentions('Then came Kessa. The Kessa Offensive was a defeat.'), []);
  });

  test('a word after `the fortress of`, or before a list of known places, is a place', () => {
    assert.deepEqual(mentions('The fortress of Rastow surrendered. The mutiny spread to Kessenhaven, Hamburg, and Bremen.'),
      ['place Rastow', 'place Kessenhaven', 'place Hamburg', 'place Bremen']);
  });

  test('a word after a preposition of movement that goes on to a known place (`from Kessa to Berlin`, `to Rastow or to Hamburg`) is a place', () => {
    assert.deepEqual(mentions('The pamphlets went from Kessa to Berlin. The men were sent to Rastow or to Hamburg.'),
      ['place Kessa', 'place Berlin', 'place Rastow', 'place Hamburg']);
  });
});

describe('names: derived words', () => {
  test('a word with the ending of a derived word is the surname the document gives it after a given name', () => {
    assert.deepEqual(mentions('Walter Kessite told the viewers. He had lost Kessite. The Stalinist press agreed.'),
      ['person Walter Kessite', 'person Kessite']);
  });

  test('a doctrine named as other languages name it is derived from the name, no mention (`Cardenismo`); `-ista` ends surnames too', () => {
    assert.deepEqual(mentions('It was the high point of Kerrowismo, said Ivo Brennholt; later came the Kerrowismus. Anna Kessista fled.'),
      ['person Ivo Brennholt', 'person Anna Kessista']);
  });

  test('a compass word before a doctrine named after a person makes no place (`Western Marxism`); before a known place it does', () => {
    assert.deepEqual(mentions('Ivo Brennholt called Western Marxism a retreat from Western Europe.'), ['person Ivo Brennholt', 'place Western Europe']);
  });
});

describe('names: places of publication and publishers', () => {
  test('a speaker’s name before a colon, in capitals or opening a line, is no place of publication: what follows is said', () => {
    assert.deepEqual(mentions('KERROW: Ivo Brennholt.\nKerrow: Ivo Brennholt.').filter((m) => m.endsWith('Brennholt')), ['person Ivo Brennholt', 'person Ivo Brennholt']);
  });

  test('the words between a place of publication and a year are the publisher, whatever they suggest', () => {
    assert.deepEqual(mentions('1. Aime Kessaire, Lettre (Paris: Présence Kessaine, 1956), 12.'),
      ['person Aime Kessaire', 'place Paris', 'organization Présence Kessaine']);
  });

  test('the colon may end a line; a firm’s German name is one name (`für`, `und`)', () => {
    assert.deepEqual(mentions('2. Ivo Brennholt, Krieg (Göttingen:\nKessenhoeck & Ruprecht, 1957), 467.\n3. Ivo Brennholt, Krieg (Berlin: Verlag für Politik und Wirtschaft, 1920), 68.'),
      ['person Ivo Brennholt', 'person Krieg', 'place Göttingen', 'organization Kessenhoeck & Ruprecht',
        'person Ivo Brennholt', 'place Berlin', 'organization Verlag für Politik und Wirtschaft']);
  });

  test('a firm named by its founders is one name, the comma after the first too (`Doubleday, Page & Company`)', () => {
    assert.deepEqual(mentions('4. Ivo Brennholt, Letters (New York: Kessel, Brace & World, 1962), 45.\nKerrow, Anna. 1948. Quays. New York: Vantor, Kessel and Holt.'),
      ['person Ivo Brennholt', 'place New York', 'organization Kessel, Brace & World', 'person Kerrow', 'place New York', 'organization Vantor, Kessel and Holt']);
  });

  test('two founders’ names that a comma joins, between the place of publication and the year, are one firm (`Little, Brown`)', () => {
    assert.deepEqual(mentions('5. Ivo Brennholt, Letters (Boston: Kessel, Vantor, 1973), 45; (London: Holt and Kerrow, 1954).'),
      ['person Ivo Brennholt', 'place Boston', 'organization Kessel, Vantor', 'place London', 'organization Holt and Kerrow']);
  });

  test('a state’s postal code after a place of publication names no body: a US state’s is a place', () => {
    assert.deepEqual(mentions('Kerrow, Anna. 1995. The Quays. New Haven, CT: Kessel Press.'), ['person Kerrow', 'place New Haven', 'place CT', 'organization Kessel Press']);
    assert.deepEqual(mentions('Kerrow, Anna. 1995. The Quays. Toronto, QX: Kessel Press.'), ['person Kerrow', 'place Toronto', 'organization Kessel Press']);
  });

  test('a web encyclopedia’s references: the given names after the inverted surname, the year in brackets, and the publisher before the page', () => {
    assert.deepEqual(mentions('References\n\n1. ^ a b Kerrow, Anna (1996). The Quays. London: Kessel. p. 760.\n2. ^ Holt, Jan (1970). Letters. Stanford: Vantor Press. p. 3.'),
      ['person Kerrow', 'place London', 'organization Kessel', 'person Holt', 'place Stanford', 'organization Vantor Press']);
  });

  test('a known place of two words alone in brackets with a year is where a work was published (`(Ann Arbor, 1967)`)', () => {
    assert.deepEqual(mentions('11. A. Kerrow, The Quays (Ann Arbor, 1967), pp. 36-42; (Anna Varga, 1967).'),
      ['person A. Kerrow', 'place Ann Arbor', 'person Anna Varga']);
  });

  test('a known place named after a person is the place where a work was published', () => {
    assert.deepEqual(mentions('4. Ivo Brennholt, Reform, trans. Anna Kerrow (Diego Martin:\nKessel Press, 1961), 5.'),
      ['person Ivo Brennholt', 'person Anna Kerrow', 'place Diego Martin', 'organization Kessel Press']);
  });

  test('in an author-date entry, a known place before a colon, then a publisher to the entry’s end, is the place of publication', () => {
    assert.deepEqual(mentions('Kerrow, Anna. 2007. *The Quays*. Oxford: Oxford University Press.\n\nHolt, Jan. 2001. Harbour Letters. Princeton: Kessel.'),
      ['person Kerrow', 'place Oxford', 'organization Oxford University Press', 'person Holt', 'place Princeton', 'organization Kessel']);
    // An unknown word before a colon may open a title: no place.
    assert.deepEqual(mentions('Holt, Jan. 2001. Brennholt: A Life.'), ['person Holt', 'person Brennholt']);
  });

  test('a publisher before a remark in brackets that ends its entry is the publisher (`Paris: Gallimard. (English translation: …)`)', () => {
    assert.deepEqual(mentions('Holt, Jan. 1978. *Penser le port*. Paris: Brennholt. (English translation: *The Port*, by Anna Varga.)'),
      ['person Holt', 'place Paris', 'organization Brennholt', 'person Anna Varga']);
  });

  test('after a colon that follows no place, a name before a year is no publisher', () => {
    assert.deepEqual(mentions('Councils and Street: Anna Kerrow and the Kessian Revolution, 1918–1919'), ['person Anna Kerrow']);
  });
});

describe('names: Irish names', () => {
  test('the article `na` makes one name of a body, or of a place after `at`, the name before it too', () => {
    assert.deepEqual(mentions('The women of Cumann na mBreac met at Béal na Mara with Poblacht na hOileán men.'),
      ['organization Cumann', 'place Béal na Mara', 'organization Poblacht']);
  });
});

describe('names: a body the document names by the words before its head', () => {
  test('words that name no person by a given name, written before the head of a body’s name, name that body', () => {
    assert.deepEqual(mentions('Kessan Fain won 73 seats. Members of Kessan Fain left. See Anna Kerrow, The Kessan Fain Party (London: Vantor, 1999), 3.'),
      // The body's full name stands in a cited title here, which names no one.
      ['organization Kessan Fain', 'organization Kessan Fain', 'person Anna Kerrow', 'place London', 'organization Vantor']);
  });
});

describe('names: words of nationality and movement before a name', () => {
  test('they qualify the person after them, one or more of them; a plural after them is a group', () => {
    assert.deepEqual(mentions('Ivo Brennholt, whom they called the Spanish Lenin, met the Tatar Bolshevik Mirsaid Kessiev and the Russian Narodniks.'),
      ['person Ivo Brennholt', 'person Lenin', 'person Mirsaid Kessiev']);
  });
});

describe('names: more conventions', () => {
  test('an unknown word alone before the full stop that ends an entry’s author is the given name of the surname before it', () => {
    assert.deepEqual(mentions('Works Cited\nvan der Kessel, Joost. The Making of a Class. London: Vantor, 1984.'),
      ['person van der Kessel', 'place London', 'organization Vantor']);
  });

  test('a body `of` two surnames joined by `and` is the body, then the two people', () => {
    assert.deepEqual(mentions('The leaders of the Action Party of Kessini and Garvaldi left.'),
      ['organization Action Party', 'person Kessini', 'person Garvaldi']);
  });

  test('a park or gardens is a place; after a given name, only after a preposition of place', () => {
    assert.deepEqual(mentions('Police beat them in Roland Park and in Kessel Gardens. Robert Park wrote on it.'),
      ['place Roland Park', 'place Kessel Gardens', 'person Robert Park']);
  });
});

describe('names: peoples and states', () => {
  test('the plural of a known place’s adjective is its people; a known place before `State` is the state’s university', () => {
    assert.deepEqual(mentions('Half a million enslaved Africans came. After that, Ohio State became a name.'), ['organization Ohio State']);
  });
});

describe('names: periodicals', () => {
  test('a periodical titled in another language, its other words in small letters, before an issue and a year is a body', () => {
    assert.deepEqual(mentions('Notes\n\n1. Anna Kerrow, "The Quays", Vestnik istorii, no. 3 (1989): 4-9.'), ['person Anna Kerrow', 'organization Vestnik']);
  });

  test('a name after `in` before the months and the year of an issue is a periodical; the months are no part of a name', () => {
    assert.deepEqual(mentions('It first appeared in Kessiade March-April 1978, and Anna Kerrow May 1919 wrote.'),
      ['organization Kessiade', 'person Anna Kerrow']);
  });
});

describe('names: English names of cities', () => {
  test('a city the packages hold by its own name is a place by its English name, a common word too', () => {
    assert.deepEqual(mentions('Ivo Brennholt came back to Cologne, then went to Leningrad.'), ['person Ivo Brennholt', 'place Cologne', 'place Leningrad']);
  });

  test('a word with the ending of German towns is a place where the text says nothing else of it; so is Kronstadt', () => {
    assert.deepEqual(mentions('Ivo Brennholt led the sailors of Kronstadt and the workers of Kesselstadt.'),
      ['person Ivo Brennholt', 'place Kronstadt', 'place Kesselstadt']);
  });

  test('a city or a province by a former name or an older romanization is a place (`Peking`, `Yenan`, `Danzig`)', () => {
    assert.deepEqual(mentions('Ivo Brennholt left Peking for Yenan; Kerrow preferred Danzig.'), ['person Ivo Brennholt', 'place Peking', 'place Yenan', 'person Kerrow', 'place Danzig']);
  });
});

describe('names: editors and translators', () => {
  test('two words before `, ed.` are a person, a common word among them too', () => {
    assert.deepEqual(mentions('4. See also Kessarayan Ray, ed., Selected Works (Delhi: Kessel, 1987).'),
      ['person Kessarayan Ray', 'place Delhi', 'organization Kessel']);
  });

  test('not a cue that opens the sentence and the title after it (`Compare Holt Remembers, trans.`)', () => {
    assert.deepEqual(mentions('4. Compare Kessel Remembers, trans. Anna Ray (Delhi: Vantor, 1970).'), ['person Anna Ray', 'place Delhi', 'organization Vantor']);
  });

  test('nor a title with an article or a people’s adjective, whose words name no one elsewhere (`The Russian Revolution, trans.`)', () => {
    assert.deepEqual(mentions('She followed the Russian events.\n\n4. Anna Varga, The Russian Revolution, trans. Ivo Ray (Delhi: Vantor, 1970).'),
      ['person Anna Varga', 'person Ivo Ray', 'place Delhi', 'organization Vantor']);
  });

  test('nor one with a function word (`“The Quays” and Other Essays, ed.`)', () => {
    assert.deepEqual(mentions('4. Anna Varga, “The Quays” and Other Essays, ed. Ivo Ray (Delhi: Vantor, 1970).'),
      ['person Anna Varga', 'person Ivo Ray', 'place Delhi', 'organization Vantor']);
  });
});

describe('names: towns where scholarly books are published', () => {
  test('a small town of a university press, alone before a year, is the place, not an author', () => {
    assert.deepEqual(mentions('The strike.1\n\n1 Anna Kerrow, The Quays of Kessia (Ithaca, 1971), 12; Jan Holt, Harbour Letters (Princeton, 1980), 3.'),
      ['person Anna Kerrow', 'place Ithaca', 'person Jan Holt', 'place Princeton']);
  });
});

describe('names: small words of other languages inside names', () => {
  test('a known place with a small word inside is one place (`Dar es Salaam`, `Santiago de los Caballeros`)', () => {
    assert.deepEqual(mentions('Ivo Brennholt wrote in Dar es Salaam, then in Santiago de los Caballeros.'),
      ['person Ivo Brennholt', 'place Dar es Salaam', 'place Santiago de los Caballeros']);
  });

  test('`de las`, `de los` join a person’s name as `de` does', () => {
    assert.deepEqual(mentions('Then Ivo de las Kessas wrote.'), ['person Ivo de las Kessas']);
  });

  test('`Front`, `Movement` first after `the` head a body’s name, as French and Spanish names put their head', () => {
    assert.deepEqual(mentions('In 1954 the Front de Libération Kessienne and the Movement for Kessian Change were founded.'),
      ['organization Front de Libération Kessienne', 'organization Movement for Kessian Change']);
    assert.deepEqual(mentions('The soldiers went back to the Front in May.'), []);
  });
});

describe('names: the Soviet', () => {
  test('is the council before a verb or a function word, the adjective before a noun or another adjective', () => {
    assert.deepEqual(mentions('Then the Soviet voted against the war, and the Soviet, which had met, decided.'), ['organization Soviet', 'organization Soviet']);
    assert.deepEqual(mentions('The Soviet government fell with the Soviet bloc, after the Soviet–Yugoslav split.'), []);
  });

  test('after a known place is that city’s council', () => {
    assert.deepEqual(mentions('The Petrograd Soviet met in Soviet Russia.'), ['organization Petrograd Soviet', 'place Soviet Russia']);
  });
});

describe('names: words that name nothing', () => {
  test('a name joined to an English word that makes an adjective of it (`English-language`, `German-funded`, `Soviet-born`)', () => {
    assert.deepEqual(mentions('Older English-language scholarship blamed a German-funded plot on the Soviet-born minister Ivo Brennholt.'), ['person Ivo Brennholt']);
  });

  test('the Russian name of a time after a person (`Yezhovshchina`); a day kept in memory (`Victory Day`); the apparatus of a reference (`ISBN`)', () => {
    assert.deepEqual(mentions('During the Kesslerovshchina, on Victory Day and International Women’s Day, Ivo Brennholt wrote (ISBN 978-0-224-04162-4).'),
      ['person Ivo Brennholt']);
  });

  test('a word that only opens quotations in French or Spanish (`« Liberté`, `¿Dónde`)', () => {
    assert.deepEqual(mentions('Ivo Brennholt wrote: « Liberté des peuples » and the crowd asked « Pourquoi? » and "¿Dónde está Kessel?"'),
      ['person Ivo Brennholt', 'person Kessel']);
  });
});

describe('names: bodies by the ending of their name', () => {
  test('German compounds of `-wehr`; Chinese names of parties (`Kuomintang`); newspapers by a Russian word (`Izvestiia`)', () => {
    assert.deepEqual(mentions('Kessler led Freikorps and Reichswehr troops; the Kessomintang (Kuomintang) printed Izvestiia.'),
      ['person Kessler', 'organization Freikorps', 'organization Reichswehr', 'organization Kessomintang', 'organization Kuomintang', 'organization Izvestiia']);
  });

  test('Soviet camps by their `-lag` (`Rechlag`, `Kesslag`)', () => {
    assert.deepEqual(mentions('The prisoners of Kesslag and Vantorlag struck; Kessler stayed.'),
      ['organization Kesslag', 'organization Vantorlag', 'person Kessler']);
  });

  test('`No.` before a number is no word of a name (`Mine No. 29`, `Order No. 00447`)', () => {
    assert.deepEqual(mentions('The men of Mine No. 29 struck; Order No. 00447 followed, and Kessler read of it in Iskra, No. 12.'),
      ['person Kessler', 'organization Iskra']);
  });
});

describe('names: more places and persons', () => {
  test('a name after `de la` in small letters is a place (`rue de la Harpe`); `Pierre de la Harpe` is a person', () => {
    assert.deepEqual(mentions('Ivo Brennholt lived in the rue de la Kessière. Pierre de la Kessière wrote.'),
      ['person Ivo Brennholt', 'place rue de la Kessière', 'person Pierre de la Kessière']);
  });

  test('a Swedish surname in `-qvist` is no word derived from a name', () => {
    assert.deepEqual(mentions('The lady on the aisle. Dr. Lindqvist, I think? Then Anna Kessqvist spoke.'), ['person Lindqvist', 'person Anna Kessqvist']);
  });

  test('a body numbered in figures takes its number, also across a line break (`the 7th Army`)', () => {
    assert.deepEqual(mentions('Kessler led the 7th\nArmy across the ice.'), ['person Kessler', 'organization 7th\nArmy']);
    assert.deepEqual(mentions('Kessler served in the 129th Division of the Kessel Route Army.'), ['person Kessler', 'organization 129th Division', 'organization Kessel Route Army']);
  });
});

describe('names: more from histories of revolutions', () => {
  test('towns and quarters too small for the packages’ cities (`Versailles`, `Montmartre`); French and other heads that come first', () => {
    assert.deepEqual(mentions('Kessler fled from Montmartre to Versailles, by the Parc Kessou, the Gare Saint-Lazare and the Hotel Lux.'),
      ['person Kessler', 'place Montmartre', 'place Versailles', 'place Parc Kessou', 'place Gare Saint-Lazare', 'place Hotel Lux']);
  });

  test('`the International` alone is the body, as `the Convention` is', () => {
    assert.deepEqual(mentions('Kessler gave his life to the International, and the International to him.'), ['person Kessler', 'organization International', 'organization International']);
  });

  test('a word before `calendar` names the calendar; peoples without a state are no names (`Britons`, `Punjabi`)', () => {
    assert.deepEqual(mentions('Under the old Julian calendar, three Britons and Punjabi migrants met Kessler.'), ['person Kessler']);
  });

  test('a heading’s number in Roman figures is no initial of the name after it; `V. I. Kessin` keeps his', () => {
    assert.deepEqual(mentions('An Essay\n\nV. De Kessel and the return of order\n\nDe Kessel flew out.\n\nV. I. Kessin and the State\n\nKessin wrote.'),
      ['person De Kessel', 'person De Kessel', 'person V. I. Kessin', 'person Kessin']);
  });
});

describe('names: bodies named in French, Spanish or Italian in small letters', () => {
  test('the words after the head go on the name, up to punctuation or English, a capitalized word only after a small word', () => {
    assert.deepEqual(mentions('The Comité de salut public met. The Union nationale des étudiants de Kessie (UNEK), the Syndicat national de l’enseignement ' +
      'supérieur (SNESup) and the Parti communiste kessien, initially hostile, and the "Mouvement du 22 mars" took its name.'), [
      'organization Comité de salut public', 'organization Union nationale des étudiants de Kessie', 'organization UNEK',
      'organization Syndicat national de l’enseignement supérieur', 'organization SNESup', 'organization Parti communiste kessien',
      'organization Mouvement du 22 mars']);
  });

  test('the name ends at an English word that goes on the sentence (`under`)', () => {
    assert.deepEqual(mentions('The Parti communiste kessien under Kessler won.'), ['organization Parti communiste kessien', 'person Kessler']);
  });

  test('not an English word after an English head or a Russian one, nor a number without a small word', () => {
    assert.deepEqual(mentions('The Komsomol youth marched and the Kessel Party was banned. Review 26 (Winter 1975-76).'),
      ['organization Komsomol', 'organization Kessel Party']);
  });
});

describe('names: a body of a body', () => {
  test('after `of` without `the`, the words of a body’s head are the first body’s own; after `the`, another body', () => {
    assert.deepEqual(mentions('Kessler served the Red International of Labour Unions, the Council of People’s Commissars and the Central Committee of the Kessel Party.'),
      ['person Kessler', 'organization Red International of Labour Unions', 'organization Council of People’s Commissars', 'organization Central Committee',
        'organization Kessel Party']);
  });

  test('a person’s full name in the possessive ends before the body, though its surname is a common word (`James P. Cannon’s Party`)', () => {
    assert.deepEqual(mentions('The committee was formed by Anna B. Baker’s Workers Party, and the Council of People’s Commissars met.'),
      ['person Anna B. Baker', 'organization Workers Party', 'organization Council of People’s Commissars']);
  });
});

describe('names: buildings and commissariats', () => {
  test('a theatre, a cemetery or a cinema is a place; a commissariat a body', () => {
    assert.deepEqual(mentions('Kessler spoke at the Wolfson Theatre, then at the Kessel Cemetery; the Commissariat of\nEnlightenment met.'),
      ['person Kessler', 'place Wolfson Theatre', 'place Kessel Cemetery', 'organization Commissariat of\nEnlightenment']);
  });
});

describe('names: spelling variants', () => {
  test('a known place is no variant spelling of a surname (`France`, after `Frankel`)', () => {
    assert.deepEqual(mentions('Jan Frankel came. Kessler asked for a visa for France in 1933.'), ['person Jan Frankel', 'person Kessler', 'place France']);
  });
});

describe('names: hard-wrapped prose that looks like an entry', () => {
  test('a surname and a comma opening a line go on the prose of a long line before that breaks off on a word', () => {
    assert.deepEqual(mentions('under his editorship. Visitors from Europe and America came: Raymond\nKessinier, Pierre Frank, Jan Vantor and the young Jan Holt, who\ncame.'),
      ['place Europe', 'place America', 'person Raymond\nKessinier', 'person Pierre Frank', 'person Jan Vantor', 'person Jan Holt']);
  });
});

describe('names: another name in brackets', () => {
  test('after a place, a word alone in brackets is its other name, a place too', () => {
    assert.deepEqual(mentions('Kessler settled on Prinkipo (Kessada) in 1929.'), ['person Kessler', 'place Prinkipo', 'place Kessada']);
  });

  test('after a body, a known place in brackets is where it is, not its other name', () => {
    assert.deepEqual(mentions('First published in the Kessel Bulletin (London), 1937. Allies in London and Paris.'),
      ['organization Kessel Bulletin', 'place London', 'place London', 'place Paris']);
  });
});

describe('names: places of the Chinese revolution', () => {
  test('`Yan’an` and `Tiananmen` are places, with either apostrophe', () => {
    assert.deepEqual(mentions("Kessler went to Yan'an, then to the Yan’an school, then to the rostrum of Tiananmen."),
      ['person Kessler', "place Yan'an", 'place Yan’an', 'place Tiananmen']);
  });
});

describe('names: surnames that head bodies', () => {
  test('a given name before `Service`, `Church` or `Court` is a person; other words before them a body', () => {
    assert.deepEqual(mentions('Robert Service wrote, and Anna Church answered the Security Service and the Supreme Court.'),
      ['person Robert Service', 'person Anna Church', 'organization Security Service', 'organization Supreme Court']);
  });
});
