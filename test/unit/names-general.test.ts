// Naming conventions of essays on other histories than the corpus's: other languages' parties and papers,
// accented given names, titles of rulers, East Asian names. Invented names where the rule is general.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mentions } from '../helpers/mentions';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { corpusIds } from '../../server/src/analysis/corpus';

describe('names: general lexicons', () => {
  test('a given name with its accents is a given name (`Andrés` is `Andres`), even before a place name', () => {
    assert.deepEqual(mentions('Andrés Córdoba argued that Córdoba’s party had lost.'),
      ['person Andrés Córdoba', 'person Córdoba']);
  });

  test('a title of rule is no name, alone or before one', () => {
    assert.deepEqual(mentions('Sultan Orhan Belkat wrote to the Kaiser.'), ['person Orhan Belkat']);
  });

  test('parties, papers and publishers named in their own language, head first', () => {
    assert.deepEqual(mentions('She joined the Partido Obrero de Unificación and wrote for the Corriere della Sera.'),
      ['organization Partido Obrero de Unificación', 'organization Corriere della Sera']);
  });

  test('after `the`, a word before a time or a rule named after it is no body: other occurrences decide what it is', () => {
    assert.deepEqual(mentions('In the Kessov era, terror reigned.'), ['person Kessov']);
    assert.deepEqual(mentions('Under the Varnes regime, many left. Few lived in Varnes until 1944.'), ['place Varnes', 'place Varnes']);
    // So is the first of two (`the Gorbachev and Yeltsin years`).
    assert.deepEqual(mentions('The archives of the Kessov and Varin years were opened. Varin spoke.'), ['person Kessov', 'person Varin', 'person Varin']);
  });

  test('an uprising or a massacre is named after where it happened', () => {
    assert.deepEqual(mentions('After the defeat of the Varnoza uprising and the Dalmor massacre, they fled.'), ['place Varnoza', 'place Dalmor']);
  });

  test('a word before a front or after a border is a place; a word after `in front of` is not', () => {
    assert.deepEqual(mentions('He stood in front of Kessov and served on the Varnoza front; troops crossed the border of Dalmor.'),
      ['person Kessov', 'place Varnoza', 'place Dalmor']);
  });

  test('a preposition of place before `the` puts a place, but not for a word that qualifies the noun after it', () => {
    assert.deepEqual(mentions('They marched in the Varnoza. Later, in the Kessov programme, nothing changed.'), ['place Varnoza', 'organization Kessov']);
  });

  test('a known place is a place, though a word of it heads bodies’ names or is an article', () => {
    assert.deepEqual(mentions('Delegates met in The Hague; the United States and the Soviet Union watched the Central African Republic.'),
      ['place The Hague', 'place United States', 'place Soviet Union', 'place Central African Republic']);
  });

  test('a given name that is a common noun, before a known place, is still a person’s (not a movement like Young Ireland)', () => {
    assert.deepEqual(mentions('Later Robin Blackburn wrote, and Young Ireland rose.'), ['person Robin Blackburn', 'organization Young Ireland']);
  });

  test('a newspaper named by one common noun, capitalized inside sentences, is a body', () => {
    assert.deepEqual(mentions('Later the Guardian and the Observer reported it, and the Times agreed.'),
      ['organization Guardian', 'organization Observer', 'organization Times']);
  });

  test('Soviet bodies named by syllabic abbreviations are bodies, no persons', () => {
    assert.deepEqual(mentions('The Politburo overruled Sovnarkom, and Gosplan set the quotas of the Komsomol.'),
      ['organization Politburo', 'organization Sovnarkom', 'organization Gosplan', 'organization Komsomol']);
  });

  test('a group named in its own language, head first', () => {
    assert.deepEqual(mentions('Morones led the small Grupo Acción; Bordiga the Gruppo Comunista.'),
      ['person Morones', 'organization Grupo Acción', 'person Bordiga', 'organization Gruppo Comunista']);
  });

  test('a constabulary and a shipyard are bodies', () => {
    assert.deepEqual(mentions('The Royal Kessian Constabulary met the Varna Shipyard.'), ['organization Royal Kessian Constabulary', 'organization Varna Shipyard']);
  });

  test('a commune, a chamber, guards are bodies; an empire and a palace are places', () => {
    assert.deepEqual(mentions('The Lyon Commune fell, the Chamber of Deputies wavered, the Red Guards marched, and the Second Empire built the Bosco Palace.'),
      ['organization Lyon Commune', 'organization Chamber of Deputies', 'organization Red Guards', 'place Second Empire', 'place Bosco Palace']);
  });
});

describe('names: dates are no names', () => {
  test('a month before a name is a date, not a given name', () => {
    assert.deepEqual(mentions('In December Louis Varennes won; on 15 January Varennes fled; in May Pedro Alves returned.'),
      ['person Louis Varennes', 'person Varennes', 'person Pedro Alves']);
  });

  test('so is a month of the French Republican calendar', () => {
    assert.deepEqual(mentions('On the evening of 9 Thermidor\nVarennes fell.'), ['person Varennes']);
  });

  test('a month as a given name stays one (`August Bebel`)', () => {
    assert.deepEqual(mentions('August Bebel spoke.'), ['person August Bebel']);
  });

  test('the months of the French Republican calendar are no names', () => {
    assert.deepEqual(mentions('After Thermidor the Directory ruled until Brumaire, when Lucien Barrot fell.'), ['organization Directory', 'person Lucien Barrot']);
  });

  test('German months, which German capitalizes, are no names (`vom 30. Dezember 1918 bis 1. Januar 1919`)', () => {
    assert.deepEqual(mentions('Bericht über den Parteitag vom 30. Dezember 1918 bis 1. Januar 1919 (Berlin, 1919).'), ['place Berlin']);
  });
});

describe('names: East Asian names, family name first', () => {
  test('Vietnamese names of one-syllable words, the family name common word or not, and the family name alone', () => {
    assert.deepEqual(mentions('Ho Thanh Loc met Pham Van Khiem. Ho’s plan failed; Khiem stayed.'),
      ['person Ho Thanh Loc', 'person Pham Van Khiem', 'person Ho', 'person Khiem']);
  });

  test('Chinese and Korean names with given names of one or two syllables', () => {
    assert.deepEqual(mentions('Chiang Kai-shek wrote to Kim Il Sung and Liu Jianguo; Liu answered.'),
      ['person Chiang Kai-shek', 'person Kim Il Sung', 'person Liu Jianguo', 'person Liu']);
  });

  test('a family name before English words is no name (`Long March`, `Park Lane`)', () => {
    assert.deepEqual(analyzeDocument('They walked the Long March and down Park Lane.', 'plaintext').mentions.filter((m) => m.kind === 'person'), []);
  });
});

describe('names: papers named with an article of their language', () => {
  test('article and name are a paper, not a person', () => {
    assert.deepEqual(mentions('Le Soleil and La Voce reported it; Die Woche agreed, and L’Avvenire did not.'),
      ['organization Le Soleil', 'organization La Voce', 'organization Die Woche', 'organization L’Avvenire']);
  });

  test('a known place with an article stays a place; a long title is no paper', () => {
    assert.deepEqual(mentions('From El Salvador she wrote Le Grand Tournant du Socialisme.'), ['place El Salvador']);
  });

  test('a Vietnamese name beginning with Le is a person', () => {
    assert.deepEqual(mentions('Le Van Thiem answered Le Soleil.'), ['person Le Van Thiem', 'organization Le Soleil']);
  });
});

describe('names: where a run of names splits, and what it is', () => {
  test('a body and a person joined by `and` are two names', () => {
    assert.deepEqual(mentions('The Trade Ministry and Louis Varennes agreed.'),
      ['organization Trade Ministry', 'person Louis Varennes']);
  });

  test('two papers joined by `and`, after a word that begins the sentence', () => {
    assert.deepEqual(mentions('He left. Today La Voce and Corriere di Lucca disagree.'),
      ['organization La Voce', 'organization Corriere di Lucca']);
  });

  test('unknown words after `at` or `near` are a place; after `in` they may be a source', () => {
    assert.deepEqual(mentions('The siege at Khe Vanh Dao ended; cited in Moishe Lerner.'),
      ['place Khe Vanh Dao', 'person Moishe Lerner']);
  });

  test('a word with its accents is still a common word (`Révolution`), no name', () => {
    assert.deepEqual(mentions('François Duret, Penser la Révolution (Paris, 1978).'), ['person François Duret', 'place Paris']);
  });

  test('Russian given names in their romanizations are given names: the surname after one is a person\'s, though it ends like a place', () => {
    assert.deepEqual(mentions('He was taken by Lavrentiy Kessaria to the office. Kessaria spoke; Vyacheslav Ostrov and Grigorii Holt agreed.'),
      ['person Lavrentiy Kessaria', 'person Kessaria', 'person Vyacheslav Ostrov', 'person Grigorii Holt']);
  });

  test('Russian women’s given names as the Library of Congress romanizes them (`Evgeniia`, `Klavdiia`): `Evgeniia Ginzburg` is a person', () => {
    assert.deepEqual(mentions('Writers such as Evgeniia Ginzburg and Klavdiia Ostrov wrote; Varlam Holt did not.'),
      ['person Evgeniia Ginzburg', 'person Klavdiia Ostrov', 'person Varlam Holt']);
  });

  test('Hungarian given names are given names: the surname after one is a person\'s, though it names a place too (`Csaba Békés`)', () => {
    assert.deepEqual(mentions('The documents published by Csaba Budapest and Gyula Ostrov show it.'), ['person Csaba Budapest', 'person Gyula Ostrov']);
  });

  test('the plural of a noun of a people names no one (`Finns`, `Swedes`, `Spaniards`); a full name with such a word is still a person', () => {
    assert.deepEqual(mentions('Operations against Finns and Swedes followed; the Spaniards suffered. Huckleberry Finn spoke.'), ['person Huckleberry Finn']);
  });

  test('but a word with an umlaut is no common word without it (`Göring` is no `goring`)', () => {
    assert.deepEqual(mentions('It was a humiliation for Göring. Bäcker spoke.'), ['person Göring', 'person Bäcker']);
  });

  test('Latin America is a place like South America', () => {
    assert.deepEqual(mentions('He travelled across Latin America.'), ['place Latin America']);
  });
});

describe('names: bodies and places in runs', () => {
  test('a `the` after a place begins another name', () => {
    assert.deepEqual(mentions('In Norland the Popular Workers’ Party won.'), ['place Norland', 'organization Popular Workers’ Party']);
  });

  test('a university’s press is one name with it', () => {
    assert.deepEqual(mentions('Oxbridge: University of Wessex Press, 1999.'), ['place Oxbridge', 'organization University of Wessex Press']);
  });

  test('an unknown word ending like a place is a place unless the text makes it a person', () => {
    assert.deepEqual(mentions('After Marlowville the party split. Beria fell; Beria’s men fled.'),
      ['place Marlowville', 'person Beria', 'person Beria']);
  });
});

describe('names: a reading list', () => {
  test('the initials after an entry’s surname end the author; a name in the title (even the whole title) is no given name of it, nor a mention', () => {
    assert.deepEqual(mentions('Bibliography\nOrtmann, J. P. Anna Weisz. Leipzig: Kranz Verlag, 1966.\n- Tallis, Ruth M. Olmo’s War. 1972.'),
      ['person Ortmann', 'place Leipzig', 'organization Kranz Verlag', 'person Tallis']);
  });
});

describe('names: forms of persons’ names', () => {
  test('a word before a middle initial is a given name, even before a place name', () => {
    assert.deepEqual(mentions('Corwin T. Washington spoke.'), ['person Corwin T. Washington']);
  });

  test('a capitalized particle belongs to the surname, so the surname alone joins the full name', () => {
    const a = analyzeDocument('W. E. B. Du Mont wrote; Du Mont’s book sold.', 'plaintext');
    assert.deepEqual(a.entities.map((e) => `${e.label}: ${e.variants.join(', ')}`), ['W. E. B. Du Mont: W. E. B. Du Mont, Du Mont']);
  });

  test('particles that are common English words stay in the name, with the unknown given name before them', () => {
    assert.deepEqual(mentions('Yesterday Kessel van der Pijl wrote.'), ['person Kessel van der Pijl']);
  });

  test('a title abbreviated with a full stop ends no sentence: the surname after it is a name, common word or not', () => {
    assert.deepEqual(mentions('It rained. Mrs. Thatcher spoke, and Dr. Baker left with Mr. Fox.'), ['person Thatcher', 'person Baker', 'person Fox']);
  });

  test('`St.` and `Mt.` begin a place, spelled out as the lexicon of places writes them', () => {
    assert.deepEqual(mentions('The workers of St. Petersburg struck; he died in St. Louis and never climbed Mt. Sinai.'),
      ['place St. Petersburg', 'place St. Louis', 'place Mt. Sinai']);
  });

  test('an English saint is a person, unless a preposition of place puts the town named after the saint', () => {
    assert.deepEqual(mentions('St. Paul wrote to them. In St. Paul the strike spread.'), ['person St. Paul', 'place St. Paul']);
  });

  test('a Kikuyu name joined by `wa` is one name', () => {
    assert.deepEqual(mentions('Later Ngũgĩ wa Thiong’o read Fanon.'), ['person Ngũgĩ wa Thiong’o', 'person Fanon']);
  });

  test('particles begin the surname, whatever word follows them', () => {
    assert.deepEqual(mentions('Later Osama bin Laden fled.'), ['person Osama bin Laden']);
  });

  test('`Soviet` alone is an adjective; after `the`, a body', () => {
    assert.deepEqual(mentions('Soviet aid came; the Soviet met.'), ['organization Soviet']);
  });
});

describe('names: publishers', () => {
  test('two words joined by `and` after the place of publication are one firm', () => {
    assert.deepEqual(mentions('Anna Weisz, Essays (London: Brandle and Koenraad, 1971).'),
      ['person Anna Weisz', 'place London', 'organization Brandle and Koenraad']);
  });

  test('not two places in a heading with a year further on', () => {
    assert.deepEqual(mentions('Defeat: Germany and Italy after 1918'), ['place Germany', 'place Italy']);
  });
});

describe('names: rulers, by name and number', () => {
  const text = 'Ottokar II fell and Ottokar III rose. Ottokar II had warned him; Pope Sixtus IX agreed, W.W. II ended.';

  test('the number of a reign is part of the name, and keeps rulers of one name apart', () => {
    const a = analyzeDocument(text, 'plaintext');
    assert.deepEqual(a.entities.map((e) => `${e.label}: ${e.mentions.length}`), ['Ottokar II: 2', 'Ottokar III: 1', 'Sixtus IX: 1']);
  });

  test('across documents too', () => {
    const ids = corpusIds([analyzeDocument(text, 'plaintext'), analyzeDocument('Ottokar III and Ottokar I.', 'plaintext')]);
    assert.deepEqual(ids, [['person:ottokar-ii', 'person:ottokar-iii', 'person:sixtus-ix'], ['person:ottokar-iii', 'person:ottokar-i']]);
  });
});

describe('names: after `the`', () => {
  test('unknown words after `the` are a body; with a head of a place’s name, first or last, a place', () => {
    assert.deepEqual(mentions('Then the Pathet Kor fought from the Sierra Gorda to the Monte Alban and the Kesh Mountains.'),
      ['organization Pathet Kor', 'place Sierra Gorda', 'place Monte Alban', 'place Kesh Mountains']);
  });
});

describe('names: places of publication and publishers', () => {
  test('a name between a place of publication and a year is a publisher, whatever its words', () => {
    assert.deepEqual(mentions('Tam Orrin, Essays (London: Jonathan Cape, 1983); Karl Marx: Henri Lefebvre, 1950.'),
      ['person Tam Orrin', 'place London', 'organization Jonathan Cape', 'person Karl Marx', 'person Henri Lefebvre']);
  });

  test('a name between a place of publication and the end of a reference list entry is a publisher (APA puts the year first)', () => {
    assert.deepEqual(mentions('References\nOrrin, T. (1983). Essays. London: Jonathan Cape.\nVest, H. (1967). Harbours. New York: Secker and Warburg.'),
      ['person Orrin', 'place London', 'organization Jonathan Cape', 'person Vest', 'place New York', 'organization Secker and Warburg']);
  });

  test('an abbreviated state before the colon is a place', () => {
    assert.deepEqual(mentions('Stanford, Calif.: Harlan Vest, 1967.'), ['place Stanford', 'place Calif', 'organization Harlan Vest']);
  });
});

describe('names: events named after places', () => {
  test('the word after `Battle of`, `Treaty of` is a place; after `the death of`, a person', () => {
    assert.deepEqual(mentions('After the Battle of Kestrova and the Treaty of Ormund, the death of Vantrel came.'),
      ['place Kestrova', 'place Ormund', 'person Vantrel']);
  });
});

describe('names: nationality, epithets, places before people', () => {
  test('after an adjective of nationality, a place is one name with it and a person a name of their own', () => {
    assert.deepEqual(mentions('He met the Italian Mario Tesla in the Belgian Congo, then Soviet Russia.'),
      ['person Mario Tesla', 'place Belgian Congo', 'place Soviet Russia']);
  });

  test('a man or a woman of a nation (`the Englishman`, `the Frenchwoman`) is no part of the name after them', () => {
    assert.deepEqual(mentions('It was the Englishman Ivo Kerrow, then the Frenchwoman Anna Varga, who came.'), ['person Ivo Kerrow', 'person Anna Varga']);
  });

  test('a country known by the short form of its official name (`Republic of Turkey`)', () => {
    assert.deepEqual(mentions('In Turkey, Mario Tesla spoke.'), ['place Turkey', 'person Mario Tesla']);
  });

  test('a place at the start of a run before a person stays a place', () => {
    assert.deepEqual(mentions('In Czechoslovakia Alexander Dubrek promised reform.'), ['place Czechoslovakia', 'person Alexander Dubrek']);
  });

  test('a given name and an epithet (`Peter the Great`), and the given name alone after it', () => {
    const a = analyzeDocument('Catherine the Great wrote to Ivan the Terrible. Catherine never freed a serf.', 'plaintext');
    assert.deepEqual(a.entities.map((e) => `${e.label}: ${e.variants.join(', ')}`), ['Catherine the Great: Catherine the Great, Catherine', 'Ivan the Terrible: Ivan the Terrible']);
  });
});

describe('names: publishers named by common words', () => {
  test('a common word between a place of publication and a year is a publisher', () => {
    assert.deepEqual(mentions('Tom Nairly, Essays (London: Anvil, 1979). An anvil rang.'),
      ['person Tom Nairly', 'place London', 'organization Anvil']);
  });
});

describe('names: Arabic names', () => {
  test('a name after the article in small letters (`al-Banna`) is a name, alone too', () => {
    assert.deepEqual(mentions('Hassan al-Qudsi founded it; al-Qudsi was shot, and el-Rafi came. It was an all-Party affair.'),
      ['person Hassan al-Qudsi', 'person al-Qudsi', 'person el-Rafi']);
  });
});

describe('names: names of people that are names of places', () => {
  test('a known place named after a person, given name first, is the person; after a preposition of place, the place', () => {
    assert.deepEqual(mentions('In Mexico, Benito Juárez won; the elections in Benito Juárez were close, and the invasion of Viet Nam began.'),
      ['place Mexico', 'person Benito Juárez', 'place Benito Juárez', 'place Viet Nam']);
  });

  test('a given name that is a common word before a known place names a movement, and the place stays a place', () => {
    assert.deepEqual(mentions('Mazzoni founded Young Italy; he was king of Italy later.'),
      ['person Mazzoni', 'organization Young Italy', 'place Italy']);
  });

  test('a surname that is a known place is the place where the text puts it after a preposition of place', () => {
    assert.deepEqual(mentions('Anatole France wrote; his novels sold in France and across France.'),
      ['person Anatole France', 'place France', 'place France']);
  });
});

describe('names: double surnames, two-word rulers, possessive family names', () => {
  test('a double surname alone joins the full name (`Mack Smith` after `Denis Mack Smith`)', () => {
    const a = analyzeDocument('Dennis Mack Torvald wrote it (Mack Torvald 1954).', 'plaintext');
    assert.deepEqual(a.entities.map((e) => `${e.label}: ${e.variants.join(', ')}`), ['Dennis Mack Torvald: Dennis Mack Torvald, Mack Torvald']);
  });

  test('a ruler of two names and a number', () => {
    assert.deepEqual(mentions('Victor Emmanuel II was crowned.'), ['person Victor Emmanuel II']);
  });

  test('a family name that is a common word ends its name at the possessive', () => {
    assert.deepEqual(mentions('Sun Wenhao spoke; Sun’s Three Principles lasted.'), ['person Sun Wenhao', 'person Sun']);
  });
});

describe('names: suffixes', () => {
  test('the surname comes before `Jr.`: two juniors of one initial stay apart, in a document and across documents', () => {
    const text = 'Martin Kemble Jr. met Michael Orlov Jr.; Kemble spoke first.';
    const a = analyzeDocument(text, 'plaintext');
    assert.deepEqual(a.entities.map((e) => `${e.label}: ${e.variants.join(', ')}`), ['Martin Kemble Jr: Martin Kemble Jr, Kemble', 'Michael Orlov Jr: Michael Orlov Jr']);
    assert.deepEqual(corpusIds([a]), [['person:martin-kemble-jr', 'person:michael-orlov-jr']]);
  });
});

describe('names: authors joined by an ampersand', () => {
  test('names joined by `&` before a year are authors; after a place of publication, a firm', () => {
    assert.deepEqual(mentions('As Brandt & Kessler (1985) argue (see Adorvo & Hirsch, 1944). London: Allison & Busby, 1980.'),
      ['person Brandt', 'person Kessler', 'person Adorvo', 'person Hirsch', 'place London', 'organization Allison & Busby']);
  });

  test('two full names joined by `&` are two persons, one led by a given name (a byline); a firm may break its line at `&`', () => {
    assert.deepEqual(mentions('Agon Kessani & Gabriel Tupinova\n\nThe essay opens. New York: Harper\n& Brothers, 1937.'),
      ['person Agon Kessani', 'person Gabriel Tupinova', 'place New York', 'organization Harper\n& Brothers']);
  });

  test('a common word cited like an author is a person; a season before a year is no name', () => {
    assert.deepEqual(mentions('As Hobsbawm & Ranger (1983) show. Review 26 (Winter 1975-76).'),
      ['person Hobsbawm', 'person Ranger']);
  });
});

describe('names: et al.', () => {
  test('an author before `et al.` and a year is cited like a person, common word or not', () => {
    assert.deepEqual(mentions('As Baker et al. (1990) show.'), ['person Baker']);
  });
});

describe('names: headings in capitals', () => {
  test('a section number is no initial, and `AND`, `THE` part names in capitals', () => {
    assert.deepEqual(mentions('I. VARENNES AND THE GIRONDINS\n\nLouis Varennes spoke.'),
      ['person VARENNES', 'organization GIRONDINS', 'person Louis Varennes']);
  });

  test('a common word before a roman numeral is no ruler (`Year II`, `Volume IV`)', () => {
    assert.deepEqual(mentions('Varennes fell on 9 Thermidor Year II; see Volume IV.'), ['person Varennes']);
  });
});

describe('names: territories', () => {
  test('the object of `invaded`, `annexed` is a place', () => {
    assert.deepEqual(mentions('Ottokar invaded Velsia and Marrano annexed Fiumara.'),
      ['person Ottokar', 'place Velsia', 'person Marrano', 'place Fiumara']);
  });
});

describe('names: a body and a name joined by `and`', () => {
  test('`and` after the head of a body begins another name, unless the rest is the body’s own words', () => {
    assert.deepEqual(mentions('It was the Labour Party and Varennes who won; the Ministry of Trade and Industry agreed.'),
      ['organization Labour Party', 'person Varennes', 'organization Ministry of Trade and Industry']);
  });
});

describe('names: classic authors by their possessives', () => {
  test('a possessive before a title that begins with a function word ends the name; after `in`, it is a person’s', () => {
    assert.deepEqual(mentions('In Mill’s On Liberty, as in Thorbecke’s Reflections, liberty is central.'), ['person Mill', 'person Thorbecke']);
  });
});
