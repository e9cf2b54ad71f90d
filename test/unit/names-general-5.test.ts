// Naming conventions met in probe essays of the twelfth session (a transcribed pamphlet, a newsletter, a review essay,
// a lecture, a translation): general rules, each with invented names where the rule allows.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { mentions } from '../helpers/mentions';

describe('names: a body, then `and`', () => {
  test('a body named with `of`, then `and` and a person, is two names', () => {
    assert.deepEqual(mentions('Vantor went to the Ministry of National Defence and Julián Kessoitia to the Interior.'),
      ['person Vantor', 'organization Ministry of National Defence', 'person Julián Kessoitia']);
    assert.deepEqual(mentions('The Ministry of Labour and Social Security met.'), ['organization Ministry of Labour and Social Security']);
  });
});

describe('names: peoples and their adjectives', () => {
  test('peoples of the Russian empire and the Balkans are no names, alone or in the plural', () => {
    assert.deepEqual(mentions('The Kazakh famine struck; a Kazakh Bolshevik protested; Cossack settlers fled; the Serbs and the Croats argued; Tajik cotton failed.'), []);
  });

  test('a compass word before a people’s adjective names no place (`East European`), before a place’s name it does', () => {
    assert.deepEqual(mentions('The East European trials and the Central Asian republics; the North Vietnamese army. He went to Eastern Europe and Central Asia.'),
      ['place Eastern Europe', 'place Central Asia']);
  });

  test('a Soviet republic named by its abbreviation is a place, its people’s adjective with it', () => {
    assert.deepEqual(mentions('In 1936 the Kazakh ASSR became the Kazakh SSR; the Russian SFSR stayed.'),
      ['place Kazakh ASSR', 'place Kazakh SSR', 'place Russian SFSR']);
  });
});

describe('names: heads of bodies’ names', () => {
  test('`Nations`, `Authority` and `Radio` head bodies’ names; a church’s adjective begins one', () => {
    assert.deepEqual(mentions('The United Nations, the State Protection Authority, Radio Free Europe and the Unitarian Service Committee.'),
      ['organization United Nations', 'organization State Protection Authority', 'organization Radio Free Europe', 'organization Unitarian Service Committee']);
    assert.deepEqual(mentions('Radio broadcasts reached them. Authority was lacking.'), []);
  });

  test('a numbered congress of a party that a nation’s adjective names is an event, and no connector ends a name', () => {
    assert.deepEqual(mentions('Kessler spoke to the Twentieth Congress of the Soviet party and the Fifth Congress of the Yugoslav party in Belgrade.'),
      ['person Kessler', 'organization Soviet party', 'place Belgrade']);
  });
});

describe('names: titles in other languages', () => {
  test('a capitalized word that only opens a title in another language, a word of it in small letters after, names no one', () => {
    assert.deepEqual(mentions('12 Kessovskaia tragediia 1921 goda: Dokumenty v dvukh knigakh, ed. V. P. Vantor (Moscow: Nauka, 1999). 13 Desiatyi s"ezd RKP(b): Stenograficheskii otchet (Moscow, 1963).'),
      ['person V. P. Vantor', 'place Moscow', 'organization Nauka', 'organization RKP', 'place Moscow']);
  });

  test('an English verb the lexicon may lack, or a conjunction between names, leaves the name before it', () => {
    assert.deepEqual(mentions('Kessler lambasted them; the Cheka begets the OGPU; Vantor und Holt wrote; Getty et al. agreed.'),
      ['person Kessler', 'organization Cheka', 'organization OGPU', 'person Vantor', 'person Holt', 'person Getty']);
  });
});

describe('names: German towns', () => {
  test('an unknown word with the ending of a German town’s name, never a person’s in the text, is a place (`Hechingen`, `Eisleben`, `Düsseldorf`)', () => {
    assert.deepEqual(mentions('Anna Varga, a lawyer from Hechingen, spoke; the miners of Eisleben struck, and Düsseldorf followed.'),
      ['person Anna Varga', 'place Hechingen', 'place Eisleben', 'place Düsseldorf']);
  });
});

describe('names: places of publication', () => {
  test('a state of the United States after the city, abbreviated, is a place; a known place after a title’s colon is no publisher', () => {
    assert.deepEqual(mentions('He reached Petrograd late. See Holt, *The February Days: Petrograd, 1917* (Seattle, 1981).'),
      ['place Petrograd', 'person Holt', 'place Seattle']);
    assert.deepEqual(mentions('1. Anna Holt, The Quays (Totowa, N.J.: Rowman, 1970), 3. 2. Holt, Salt (Princeton, NJ: Kessel Press, 1990); Holt, Clerks (Cambridge, Mass., 1971).'),
      ['person Anna Holt', 'place Totowa', 'place N.J.', 'organization Rowman', 'person Holt', 'place Princeton', 'place NJ', 'organization Kessel Press',
        'person Holt', 'place Cambridge', 'place Mass']);
  });
});

describe('names: surnames that are common words', () => {
  test('a surname that heads bodies’ names too (`Service`) names the person the text names in full by it', () => {
    assert.deepEqual(mentions('Robert Service wrote it. Service argues that the civil service failed, which Service cites (Service, pp. 436-38).'),
      ['person Robert Service', 'person Service', 'person Service', 'person Service']);
    assert.deepEqual(mentions('Service was slow in the civil service.'), []);
  });
});

describe('names: an APA list of references', () => {
  test('the publisher that ends an entry without its place is a body; a journal in italics after `The` is one too', () => {
    const text = ['# Essay', '', 'Text (Holt, 1951).', '', '## References', '',
      'Holt, A. (1951). *The quiet archive*. Kessel Books.', 'Holt, A. (1953). A reply. *The Review of Quays*, *15*(1), 76–84.',
      'Vantor, J. (2001). *Did somebody say harbour?* Verso.'].join('\n');
    assert.deepEqual(mentions(text, 'markdown'), ['person Holt', 'person Holt', 'organization Kessel Books', 'person Holt', 'organization Review of Quays',
      'person Vantor', 'organization Verso']);
  });

  test('so is one on a line that hangs under the entry’s first, or before the year of the original', () => {
    const text = ['Text (Holt, 1951).', '', 'References', '',
      'Holt, A. (1951). The quiet archive and the loud harbour: A study of the clerks of',
      '    Velmora. Ivo Brennholt.',
      'Vantor, J. (2001). The harbour. Anna Kessler. (Original work published 1931)'].join('\n');
    assert.deepEqual(mentions(text), ['person Holt', 'person Holt', 'organization Ivo Brennholt', 'person Vantor', 'organization Anna Kessler']);
  });
});

describe('names: places of journeys', () => {
  test('after a verb of moving and `from` or `to`, an unknown word is a place; after other verbs it stays a person', () => {
    assert.deepEqual(mentions('General Goded, flown in from Kessorca, was taken. He fled to Vantovia. A letter from Kessler came; he wrote to Holt.'),
      ['person Goded', 'place Kessorca', 'place Vantovia', 'person Kessler', 'person Holt']);
  });
});

describe('names: words of a transcript', () => {
  test('a web page’s byline or list of tags in italics is no title: its names are mentions (`*By Helen Marsh*`, `*Tags: Stalin*`)', () => {
    assert.deepEqual(mentions('*By Anna Kerrow* · Posted March 3, 2019\n\nThe trials began.\n\n*Tags: Trotsky, Dewey*', 'markdown'),
      ['person Anna Kerrow', 'person Trotsky', 'person Dewey']);
    assert.deepEqual(mentions('*Posted by Ivo Brennholt on March 14, 2021 · Filed under: China*\n\nThe trials began.', 'markdown'), ['person Ivo Brennholt']);
  });

  test('nor is a transcript’s question in italics (`*Q: How did Trotsky respond?*`)', () => {
    assert.deepEqual(mentions('## Questions\n\n*Q: How did Kessler respond to the trial?* He wrote at length.', 'markdown'), ['person Kessler']);
  });

  test('an introduction set in italics, several sentences long, is prose: its names are mentions; a title in italics is none', () => {
    assert.deepEqual(mentions('*Margaret Kessler is professor of history at the University of Leeds and the author of two books. She spoke with Daniel Vantor.*\n\nRead *Stalin and His Generals*.', 'markdown'),
      ['person Margaret Kessler', 'organization University of Leeds', 'person Daniel Vantor']);
  });

  test('so is a long line of its own in italics, one sentence (a standfirst, a caption); a long title inside a sentence is none', () => {
    assert.deepEqual(mentions('# The Harbour\n\n*A study of the writings of Margaret Kessler, from the strike of the dockers to the closing of the harbour*\n\n'
      + 'Read *The Harbour and the Town, with Notes by Daniel Vantor on the Strike of the Dockers*.', 'markdown'), ['person Margaret Kessler']);
  });

  test('`Let’s` is a verb and `us`, no possessive name', () => {
    assert.deepEqual(mentions("**Q:** Let's start with the obvious question. **Q:** Let’s talk about Kessler."), ['person Kessler']);
  });
});

describe('names: abbreviations and authors named like places', () => {
  test('`US` and `UK` in capitals are places; `Jr.` after an inverted name is no one', () => {
    assert.deepEqual(mentions('This alarmed the US government; the UK agreed. Kessel, L. A., Jr. (1995) wrote it.'), ['place US', 'place UK', 'person Kessel']);
  });

  test('a known place’s name cited as an author, with what the work says, is a person', () => {
    assert.deepEqual(mentions('Paterson (1994) argues that the policy failed. Later Paterson wrote more.'), ['person Paterson', 'person Paterson']);
    assert.deepEqual(mentions('He lived in Paterson. Paterson (1994) argues so.'), ['place Paterson', 'place Paterson']);
  });
});

describe('names: a heading on the line before a paragraph', () => {
  test('a short line before a long one ends a name (a heading, with no blank line after it); hard-wrapped prose runs on', () => {
    assert.deepEqual(mentions('Reform and the UDF\nP. W. Kessel, who became prime minister in 1978, promised reform while he expanded the army and the police.'),
      ['organization UDF', 'person P. W. Kessel']);
    assert.deepEqual(mentions('under his editorship. Visitors from Europe and America came: Raymond\nKessinier, Pierre Frank and the young Jan Holt.'),
      ['place Europe', 'place America', 'person Raymond\nKessinier', 'person Pierre Frank', 'person Jan Holt']);
  });
});

describe('names: Chinese names and papers', () => {
  test('a syllable ending like a derived word after one letter (`Bian`) is no derived word; `Daily` heads a paper', () => {
    assert.deepEqual(mentions('Then Bian Kessyun died. It was on the front page of the People’s Daily. Daily life was hard.'),
      ['person Bian Kessyun', 'organization People’s Daily']);
  });
});

describe('names: the end of a name', () => {
  test('no connector ends a name before a date (`Thirteenth Party Conference of January 1924`); an English verb ends an English head', () => {
    assert.deepEqual(mentions('Robert Service wrote it. The chapters on the Kessel Conference of January 1924 are good, but Service overreaches when he suggests it.'),
      ['person Robert Service', 'organization Kessel Conference', 'person Service']);
    assert.deepEqual(mentions('The decree is in the Archives parlementaires, which print it.'), ['organization Archives parlementaires']);
  });
});

describe('names: places of words no lexicon knows', () => {
  test('unknown words after the noun of a place and `of` are a place (`the camp of Goli Otok`), but after a person’s noun a person', () => {
    assert.deepEqual(mentions('Thousands went to the island camp of Vrani Kotok. The starving peasants of Estravela rose.'), ['place Vrani Kotok', 'place Estravela']);
    assert.deepEqual(mentions('The followers of Vrani Kotok wept.'), ['person Vrani Kotok']);
  });

  test('once a place, the same unknown words are a place throughout the text, but in the possessive', () => {
    assert.deepEqual(mentions('The massacre at Casas Vierlas shocked Spain. Casas Vierlas became a symbol, and Casas Vierlas’s dead were mourned.'),
      ['place Casas Vierlas', 'place Spain', 'place Casas Vierlas', 'person Casas Vierlas']);
  });
});

describe('names: publishers of continental notes', () => {
  test('between the place of publication and the year, after a title, a publisher (`*Title*, Paris, Fayard, 1988`); not in prose', () => {
    assert.deepEqual(mentions('1. Pierre Kessel, *Le Port*, Paris, Varnier, 1988, p. 79.\n2. Jan Holt, *Avocat*, Paris, Robert Laffont, 1975.'),
      ['person Pierre Kessel', 'organization Le Port', 'place Paris', 'organization Varnier', 'person Jan Holt', 'organization Avocat', 'place Paris', 'organization Robert Laffont']);
    assert.deepEqual(mentions('In Paris, Varnier, 1917 was the year.'), ['place Paris', 'person Varnier']);
  });

  test('after the place and a colon in brackets, a publisher, though the text names a person so (`(Praha: Svoboda, 1968)`)', () => {
    assert.deepEqual(mentions('Jan Varnier spoke. Varnier left.\n\nNotes\n\n1. Pierre Kessel, Program (Paris: Varnier, 1968), 12.'),
      ['person Jan Varnier', 'person Varnier', 'person Pierre Kessel', 'place Paris', 'organization Varnier']);
  });

  test('so is a publisher after a title and before the year, as MLA entries give it (`*Histoire*. Secker & Warburg, 1998.`)', () => {
    assert.deepEqual(mentions('## Works cited\n\nKessel, Pierre. *The Harbour Years*. Vantor & Brennholt, 1998.\n\nOrwell, Anna. *Homage*. Translated by Ivo Holt, 1999.', 'markdown'),
      ['person Kessel', 'organization Vantor', 'organization Brennholt', 'person Orwell', 'person Ivo Holt']);
  });

  test('so is a publisher of two words a small word of another language joins (`(Warszawa: Książka i Wiedza, 1993)`)', () => {
    assert.deepEqual(mentions('See Ivo Kessel (Warszawa: Książka i Wiedza, 1993), 211–13.'),
      ['person Ivo Kessel', 'place Warszawa', 'organization Książka i Wiedza']);
  });
});

describe('names: authors of a web encyclopedia’s sources', () => {
  test('inverted authors after a semicolon name the person of each surname; a surname that is a place’s name too is the author', () => {
    assert.deepEqual(mentions('Sources\n\nBékés, Csaba; Byrne, Malcolm; Rainer, János M., eds. (2002). The Revolution. Budapest: Central Press.'),
      ['person Békés', 'person Byrne', 'person Rainer', 'place Budapest', 'organization Central Press']);
    assert.deepEqual(mentions('The leaders met; Nagy, Imre and Kádár argued in 1956.'), ['person Nagy', 'person Imre', 'person Kádár']);
  });
});

describe('names: German titles, party acronyms, translators', () => {
  test('after a German article, capitalized nouns are a title’s or a phrase’s, no person; a paper keeps its name', () => {
    assert.deepEqual(mentions('Works: Die industrielle Entwicklung Polens. Leipzig, 1898. Die Krise der Sozialdemokratie. Zurich, 1916. She read Die Rote Fahne.'),
      ['place Leipzig', 'place Zurich', 'organization Die Rote Fahne']);
  });

  test('a German abstract noun is a common word, and the name before it a title’s (`Um Rosa Luxemburgs Stellung zur russischen Revolution`)', () => {
    assert.deepEqual(mentions('Zetkin replied in Um Rosa Kesslers Stellung zur russischen Revolution.'), ['person Zetkin']);
  });

  test('so after `zur`, `zum`, and after `der` before an inflected adjective (`zur Geschichte der deutschen Arbeiterbewegung`); `van der Pijl` keeps his', () => {
    assert.deepEqual(mentions('See Materialien zur Geschichte der deutschen Arbeiterbewegung, series 2 (Berlin: Dietz, 1966); Kees van der Pijl disagrees.'),
      ['place Berlin', 'organization Dietz', 'person Kees van der Pijl']);
  });

  test('Spanish `y` before a given name joins two people (`Mercader y Germán Sánchez`), as `and` does', () => {
    assert.deepEqual(mentions('See Luis Kessler y Germán Varga on the case.'), ['person Luis Kessler', 'person Germán Varga']);
  });

  test('a German abstract noun alone, or opening a phrase, and a German article, possessive, preposition or inflected adjective first are no person', () => {
    assert.deepEqual(mentions('Ivo Brennholt, "Einleitung," in his Gesammelte Werke, vol. 4; Anna Kessler, Sein Weg zum Marxismus (Berlin, 1956); '
      + 'eadem, Im Lebensrausch (Berlin, 1996) and Politische Arbeit (Berlin, 1983). Her motto was Freiheit des Andersdenkenden.'),
    ['person Ivo Brennholt', 'person Anna Kessler', 'place Berlin', 'place Berlin', 'place Berlin']);
  });

  test('a noun and its genitive (`Protokoll der Verhandlungen`, `Brennpunkt der Berliner Ereignisse`) and a noun after `des` and an ordinal are no person', () => {
    assert.deepEqual(mentions('See Protokoll der Verhandlungen des 12. Parteitages (Berlin, 1929) and Ivo Brennholt, Im Brennpunkt der Berliner Ereignisse (Berlin, 1988).'),
      ['place Berlin', 'person Ivo Brennholt', 'place Berlin']);
  });

  test('capitals with a small letter among them are a party’s acronym (`SDKPiL`, `KPdSU`), not a name like `McDonald`', () => {
    assert.deepEqual(mentions('Political party SDKPiL (1893–1918) KPdSU (1919)\n\nMcDonald wrote.'), ['organization SDKPiL', 'organization KPdSU', 'person McDonald']);
  });

  test('a translator’s inverted name in an entry names one person (`Translated by Fitzgerald, Edward.`)', () => {
    assert.deepEqual(mentions('References\n\nKessel, Paul (1940). The Quays. Translated by Fitzgerald, Edward. London: Gollancz. p. 15.'),
      ['person Kessel', 'person Fitzgerald', 'place London', 'organization Gollancz']);
  });
});

describe('names: Spanish names and their plans', () => {
  test('a nickname in quotes between a given name and a surname is part of the name (`Francisco "Pancho" Villa`); a word in quotes before a place is not', () => {
    assert.deepEqual(mentions('The leaders were Francisco "Pancho" Vallarta and Ernesto “Che” Guevara. He called it "Bolshevik" Russia.'),
      ['person Francisco "Pancho" Vallarta', 'person Ernesto “Che” Guevara', 'place Russia']);
  });

  test('a known place whose first word is a given name and a family name written first is the place (`Hong Kong`), not a person’s', () => {
    assert.deepEqual(mentions('Wang, Shaoguang. 1995. The Quays. Hong Kong: Fjord Press.'), ['person Wang', 'place Hong Kong', 'organization Fjord Press']);
  });

  test('a known place named after a person is that person where the text names the person by the surname (`Venustiano Carranza`)', () => {
    assert.deepEqual(mentions('Carranza and Obregón met. Venustiano Carranza was first chief. He died in Venustiano Carranza.'),
      ['person Carranza', 'person Obregón', 'person Venustiano Carranza', 'place Venustiano Carranza']);
  });

  test('a particle after a common noun joins a plan’s or an army’s name, no person’s (`Plan de Ayala`); after a title it opens one', () => {
    assert.deepEqual(mentions('Kessoitia issued the Plan de Varela at Villa de Varela; the División del Norte fought. General de Varela spoke.'),
      ['person Kessoitia', 'person de Varela']);
  });
});

describe('names: a movement’s words before a person', () => {
  test('words of a movement that end like derived words, then a given name, name the person after them (`the Socialist Revolutionary Ivan Kaliaev`)', () => {
    assert.deepEqual(mentions('He was killed by the Socialist Revolutionary Ivan Kessaev. The Stalinist Andrei Varnov spoke. The Socialist Revolutionary Party met.'),
      ['person Ivan Kessaev', 'person Andrei Varnov', 'organization Socialist Revolutionary Party']);
  });
});

describe('names: members of faiths', () => {
  test('members of faiths name groups, never a person; their adjectives begin bodies’ names; `Christian` stays a given name', () => {
    assert.deepEqual(mentions('The mob attacked Jews and students; four hundred Jews were killed. Muslims and Catholics prayed with the Muslim auxiliaries. The Catholic Church and Christian Varnov met the Muslim League.'),
      ['organization Catholic Church', 'person Christian Varnov', 'organization Muslim League']);
    assert.deepEqual(mentions('The history of Soviet Jewry is not yet written.'), []);
  });
});

describe('names: movements named by abstract nouns, and `General` as an adjective', () => {
  test('an abstract noun capitalized as a movement’s name is no surname, in the possessive too (`Solidarity’s veterans`)', () => {
    assert.deepEqual(mentions('The society Solidarity mobilized was seen through police reports; rather than Solidarity’s veterans, Kenney credits the youth.'),
      ['person Kenney']);
  });

  test('`General` before a body’s noun is an adjective (`the General Staff`); before an event’s, no name (`the General Strike`)', () => {
    assert.deepEqual(mentions('The General Staff planned it. The General Strike of 1926 failed. General Kessov marched.'),
      ['organization General Staff', 'person Kessov']);
  });
});

describe('names: days, Gaelic surnames, procurators, airfields', () => {
  test('a month after a day’s number is the date’s, no given name of the name after it (`On 21 August Vyshinsky`); `August Bebel` keeps his', () => {
    assert.deepEqual(mentions('Andrei Varnov was there. On 21 August Varnov announced it; on 30 June Franz Kessel fled. In 1913 August Bebel died.'),
      ['person Andrei Varnov', 'person Varnov', 'person Franz Kessel', 'person August Bebel']);
    assert.deepEqual(mentions('At midnight on 14–15 August India and Pakistan became independent.'), ['place India', 'place Pakistan']);
  });

  test('an unknown word only ever after a person’s name in the possessive is a work of theirs (`Neumann’s Behemoth`); a name seen elsewhere stays one', () => {
    assert.deepEqual(mentions('Anna Varga drew on Ivo Holt’s Kesselmoth, which described the state, and on Holt’s Brennholt; Brennholt answered.'),
      ['person Anna Varga', 'person Ivo Holt', 'person Holt', 'person Brennholt', 'person Brennholt']);
  });

  test('a name, `and`, then a body its head alone names are two names (`Gandhi and Congress`); a firm of two names stays one', () => {
    assert.deepEqual(mentions('Varga wrote against both Kessel and Congress. London: Holt and Vantor, 1971.'),
      ['person Varga', 'person Kessel', 'organization Congress', 'place London', 'organization Holt and Vantor']);
  });

  test('the names of a law, a pact or a constitution are no mentions (`Gandhi–Irwin Pact`, `Stalin Constitution`); elsewhere they are', () => {
    assert.deepEqual(mentions('The Varga–Irwin Pact of 1931, the Kessia Act and the Varnov Constitution failed; Varga and Irwin met in Kessia after the Sino–Soviet split.'),
      ['person Varga', 'person Irwin', 'place Kessia']);
  });

  test('a Gaelic surname ends like a derived word and is one (`Fitzroy Maclean`); `Macedonian` is derived', () => {
    assert.deepEqual(mentions('Fitzroy Maclean, then a diplomat, watched the Macedonian question.'), ['person Fitzroy Maclean']);
  });

  test('a procurator is a title (`Procurator of the USSR`), and an airfield’s name a place', () => {
    assert.deepEqual(mentions('Andrei Varnov, Procurator of the USSR since 1935, spoke. The director of Kjeller airfield flew.'),
      ['person Andrei Varnov', 'place USSR', 'place Kjeller']);
  });
});

describe('names: a surname of two words', () => {
  test('the last two words of a full name are the person alone, though one is a common word or a place (`Garton Ash`, `Mendès France`)', () => {
    const text = 'Timothy Garton Ash wrote in 1983. Later, Garton Ash returned; as Garton Ash put it, it mattered. Pierre Mendès France ' +
      'resigned; the Mendès France government fell, and France left the talks.';
    const { mentions: found, entities } = analyzeDocument(text, 'plaintext');
    assert.deepEqual(found.map((m) => `${m.kind} ${m.text} (${entities[m.entity].label})`), ['person Timothy Garton Ash (Timothy Garton Ash)',
      'person Garton Ash (Timothy Garton Ash)', 'person Garton Ash (Timothy Garton Ash)', 'person Pierre Mendès France (Pierre Mendès France)',
      'person Mendès France (Pierre Mendès France)', 'place France (France)']);
  });

  test('after a given name, a particle or a title the last word is the surname alone (`Anatole France`, then `France`; `du Camp`)', () => {
    assert.deepEqual(mentions('Anatole France wrote it in 1912; France was old by then. Maxime Du Camp disagreed, as du Camp put it.'),
      ['person Anatole France', 'person France', 'person Maxime Du Camp', 'person Camp']);
  });

  test('the last two words of a name are no surname where a people’s adjective or a common word opens them (`the Russian Revolution`)', () => {
    const note = '1. Rosa Luxemburg, The Russian Revolution, trans. Bertram D. Wolfe (Ann Arbor:\nUniversity of Michigan Press, 1961), 69.';
    assert.deepEqual(mentions(`Luxemburg judged the Russian Revolution in 1918.1\n\nNotes\n\n${note}`).filter((m) => m.startsWith('person')),
      ['person Luxemburg', 'person Rosa Luxemburg', 'person Bertram D. Wolfe']);
  });
});

describe('names: empires and their cities', () => {
  test('the adjective of an empire names no one (`Ottoman`, `Byzantine`); its cities and islands by their English names are places', () => {
    assert.deepEqual(mentions('As no Ottoman ruler before him, and unlike the Byzantine emperors, he sent Anna Varga to Izmir, then Salonica; she died on Chios. Turks and Arabs met in Pera.'),
      ['person Anna Varga', 'place Izmir', 'place Salonica', 'place Chios', 'place Pera']);
  });
});

describe('names: the French nobility and hyphens', () => {
  test('after a title in small letters and a particle, a place’s name is a person’s (`the marquis de Lafayette`), and so it stays alone', () => {
    assert.deepEqual(mentions('In 1791 the marquis de Lafayette fled; when Lafayette’s guard fired, the comte de Mirabeau was dead. The rue de la Paix is long.'),
      ['person Lafayette', 'person Lafayette', 'person Mirabeau', 'place rue de la Paix']);
  });

  test('one person’s given name and surname joined by a hyphen are that person (`Marie-Antoinette`); two surnames so joined are two people', () => {
    const text = 'The trial of Marie Antoinette came in 1793. Marie-Antoinette had written to Vienna. Stalin and Bukharin argued; the Stalin-Bukharin line held.';
    const { mentions: found, entities } = analyzeDocument(text, 'plaintext');
    assert.deepEqual(found.filter((m) => m.kind === 'person').map((m) => `${m.text} (${entities[m.entity].label})`), ['Marie Antoinette (Marie Antoinette)',
      'Marie-Antoinette (Marie Antoinette)', 'Stalin (Stalin)', 'Bukharin (Bukharin)', 'Stalin (Stalin)', 'Bukharin (Bukharin)']);
  });

  test('a surname of two joined by a hyphen that the text gives with a given name is that person’s, though each half names another', () => {
    const text = 'Margarete Kessler-Holt wrote. She had married the son of Martin Kessler and left Ivo Holt. Kessler-Holt was able to describe both.';
    const { mentions: found, entities } = analyzeDocument(text, 'plaintext');
    assert.deepEqual(found.filter((m) => m.kind === 'person').map((m) => `${m.text} (${entities[m.entity].label})`), ['Margarete Kessler-Holt (Margarete Kessler-Holt)',
      'Martin Kessler (Martin Kessler)', 'Ivo Holt (Ivo Holt)', 'Kessler-Holt (Margarete Kessler-Holt)']);
  });
});

describe('names: the authors references open with', () => {
  test('a surname that is a place’s name too is a person’s where a reference opens with it after a given name (`Kansu`)', () => {
    const text = 'Kansu argues that the evidence points elsewhere.1 Paris was calm.\n\nNotes\n\n1. Aykut Kansu, The Revolution of 1908 in Turkey (Leiden: Brill, 1997), 95–97.\n' +
      '2. Paris, Gallimard, 1956, p. 3.';
    assert.deepEqual(mentions(text).filter((m) => /Kansu|Paris/.test(m)), ['person Kansu', 'place Paris', 'person Kansu', 'place Paris']);
  });
});

describe('names: newspapers cited by their issue', () => {
  test('a word that opens a note before a day’s date is a newspaper’s issue; a letter’s writer after `to` stays a person', () => {
    assert.deepEqual(mentions('Notes\n1. Kessia, 2 January 1959.\n2. Vantor, March 5, 1953, p. 2.\n3. Varga to Holt, 12 March 1929.\n4. Kessia, the party’s paper, was banned.'),
      ['organization Kessia', 'organization Vantor', 'person Varga', 'person Holt', 'organization Kessia']);
  });
});

describe('names: periodicals', () => {
  test('after a periodical’s noun a name is the periodical’s (`the newspaper Hürriyet`); a person the text names stays one (`the journal Lenin edited`)', () => {
    assert.deepEqual(mentions('Whose newspaper Tasvir-i Efkâr had readers; they published the newspaper Hürriyet and their weekly Volkan, edited by Anna Varga. ' +
      'The journal Lenin edited was Iskra. V. I. Lenin wrote.'), ['organization Tasvir-i Efkâr', 'organization Hürriyet', 'organization Volkan', 'person Anna Varga',
      'person Lenin', 'organization Iskra', 'person V. I. Lenin']);
  });
});

describe('names: German towns', () => {
  test('an unknown word with the ending of a German town’s name, never a person’s in the text, is a place (`Hechingen`, `Eisleben`, `Düsseldorf`)', () => {
    assert.deepEqual(mentions('Anna Varga, a lawyer from Hechingen, spoke; the miners of Eisleben struck, and Düsseldorf followed.'),
      ['person Anna Varga', 'place Hechingen', 'place Eisleben', 'place Düsseldorf']);
  });
});

describe('names: places of publication', () => {
  test('a known place before a colon and a publisher that ends an author-date entry is the place (`Ann Arbor: Center for Chinese Studies.`)', () => {
    assert.deepEqual(mentions('Perry, E. 1997. Shanghai’s January Revolution. Ann Arbor: Center for Chinese Studies.'),
      ['person Perry', 'place Shanghai', 'place Ann Arbor', 'organization Center for Chinese Studies']);
  });
});

describe('names: the words around unknown places', () => {
  test('an unknown word after a verb of advancing and `on`, or after `the storming of`, is a place; a possessive there stays a person’s', () => {
    assert.deepEqual(mentions('Anna Varga’s columns were advancing on Kesselsk; after the storming of Vantorka the troops moved on Holtzer’s orders.'),
      ['person Anna Varga', 'place Kesselsk', 'place Vantorka', 'person Holtzer']);
  });

  test('the men and women of a nation are no persons (`Frenchwomen`, `Englishmen`), nor men of a trade or a body (`Guardsmen`)', () => {
    assert.deepEqual(mentions('Anna Varga noted that Frenchwomen could not vote while Englishmen and an Irishman could; National Guardsmen and Aldermen agreed.'),
      ['person Anna Varga']);
  });

  test('an unknown word after `the diocese of` or after a deputy or a member `for` is a place', () => {
    assert.deepEqual(mentions('Anna Varga was vicar-general of the diocese of Kessiac and sat as a deputy for Vantoise.'),
      ['person Anna Varga', 'place Kessiac', 'place Vantoise']);
  });

  test('an unknown word before `settlements` or `villages` is a place; a name after a title of rule (`the Hetman`) a person', () => {
    assert.deepEqual(mentions('The colonists of the Kesselka settlements rose against the Hetman Ivo Brennholt.'), ['place Kesselka', 'person Ivo Brennholt']);
  });

  test('a place’s other name in brackets after `now`, `today`, `formerly` is a place (`Lemberg (now Lviv)`)', () => {
    assert.deepEqual(mentions('Anna Varga grew up in Kesselberg (now Brennholt); Ivo Holt (now retired) agreed.'),
      ['person Anna Varga', 'place Kesselberg', 'place Brennholt', 'person Ivo Holt']);
  });

  test('a word only ever after the noun of a ship names the ship, no person or place (`the battleship Potemkin`, `the yacht Granma`)', () => {
    assert.deepEqual(mentions('In June the crew of the battleship Kesselkin mutinied, and Anna Varga sailed on the yacht Granma.'), ['person Anna Varga']);
  });

  test('after the noun of a person’s trade, a name that opens with an article of another language is a person (`the theatre director Les Kurbas`)', () => {
    assert.deepEqual(mentions('Mykola Zerov and the theatre director Les Kurbas were shot; Le Monde said nothing.'),
      ['person Mykola Zerov', 'person Les Kurbas', 'organization Le Monde']);
  });

  test('after the noun of a person’s trade, two capitalized words are a name though both are common words (`the reporter Webb Miller`)', () => {
    assert.deepEqual(mentions('At the salt works the American reporter Webb Miller watched; the historian Gray Mason agreed.'),
      ['person Webb Miller', 'person Gray Mason']);
  });

  test('a first person of another language alone opens a quotation or a title, no name (`Je vous ai compris`, `Ich will verstehen`)', () => {
    assert.deepEqual(mentions('Anna Varga told the crowd "Je vous ai compris"; Ivo Holt, Ich will verstehen (München: Kessel, 1996).'),
      ['person Anna Varga', 'person Ivo Holt', 'place München', 'organization Kessel']);
  });

  test('an article of another language alone opens a title or a quotation, no name; in a name it stays (`Le Pen`)', () => {
    assert.deepEqual(mentions('Varga, Anna. 1955. *Le 6 février*. Paris: Kessel/Vantor.\nShe wrote: "La grève était finie." Jean-Marie Le Pen disagreed.'),
      ['person Varga', 'place Paris', 'organization Kessel/Vantor', 'person Jean-Marie Le Pen']);
  });
});
