// Naming conventions met in held-out essays (Italian political theory, the Chinese revolution): Chinese provinces
// as English prose writes them, works-cited lists, variant romanizations. Invented names where the rule is general.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mentions } from '../helpers/mentions';
import { analyzeDocument } from '../../server/src/analysis/analyze';

describe('names: places of the lexicon', () => {
  test('a Chinese province is a place without the kind its official name adds (`Hunan`, not only `Hunan Sheng`)', () => {
    assert.deepEqual(mentions('Wen Baoshan went back to Hunan and then to Jiangxi.'),
      ['person Wen Baoshan', 'place Hunan', 'place Jiangxi']);
  });
});

describe('names: entries of a list of works cited', () => {
  test('the given names of an inverted name that opens an entry are no person of their own', () => {
    assert.deepEqual(mentions('Works Cited\nBrennholt, Walter. Field Notes. Vantor, 1998.\nde la Ossa, Marta, and Ivo Brennholt. Our Towns. Vantor, 2001.'),
      ['person Brennholt', 'organization Vantor', 'person Ossa', 'person Ivo Brennholt', 'organization Vantor']);
  });

  test('so are those after a surname of two words (`Quiroz Cuarón, Alfonso.`)', () => {
    assert.deepEqual(mentions('Bibliography\n\n- Kessa Varnó, Alfonso. *Los muelles*. México: Vantor, 1969.\n- Brenn Ossa, Leandro A., with Ivo Kerrow. *Towns*. London: Vantor, 1950.'),
      ['person Kessa Varnó', 'place México', 'organization Vantor', 'person Brenn Ossa', 'person Ivo Kerrow', 'place London', 'organization Vantor']);
  });

  test('so are an unknown given name before more authors, and the authors after it; a list of surnames in prose is not one name', () => {
    assert.deepEqual(mentions('References\nKerrow, Bipesh, Ivo Brennholt, and Anna Ossa. 1989. Our Towns. Oslo: Vantor.\n\nOn that day\nKerrow, Brennholt, Ossa and nineteen others left.'),
      ['person Kerrow', 'person Ivo Brennholt', 'person Anna Ossa', 'place Oslo', 'organization Vantor', 'person Kerrow', 'person Brennholt', 'person Ossa']);
  });

  test('two words the layer reads as nothing else before a title in italics or quotation marks are its author, a common word too', () => {
    assert.deepEqual(mentions('Notes\n\n4. Kessemir Smith, *The Quays* (Oslo, 1976), 194; Kessemir Smith, "Ports," Harbour Review 12 (1970): 3.'),
      ['person Kessemir Smith', 'place Oslo', 'person Kessemir Smith', 'organization Harbour Review']);
  });

  test('after initials too, a common word that ends a name is the second word of a double surname, but no verb of a title', () => {
    assert.deepEqual(mentions('G. Kessel Smith edited it. M. Kerrow Embraces Reform, the pamphlet said.'), ['person G. Kessel Smith', 'person M. Kerrow']);
  });

  test('the surname of that name is an author’s, a common word too; the heading above it is no part of it', () => {
    assert.deepEqual(mentions('Works Cited\nYoung, Robert J. C. Field Notes. Vantor, 2001.'), ['person Young', 'organization Vantor']);
  });

  test('the name before a year or a volume, after the part before it, is the publisher or the periodical', () => {
    assert.deepEqual(mentions('Works Cited\nKerrow, Anna. Field Notes. Edited by Ivo Brennholt, Lattimer and Sons, 1975. 2 vols.\nKerrow, Anna. "Ports." Meridian, vol. 3, no. 2, 1983, pp. 1-9.'),
      ['person Kerrow', 'person Ivo Brennholt', 'organization Lattimer and Sons', 'person Kerrow', 'organization Meridian']);
  });

  test('a known place there is where the work was published; outside an entry the rule does not hold', () => {
    assert.deepEqual(mentions('Works Cited\nKerrow, Anna. Field Notes. London, 1960.\nAs Vantor, 1998, showed, Kerrow was right.'),
      ['person Kerrow', 'place London', 'person Vantor', 'person Kerrow']);
  });
});

/** The mentions of each person, as `text text` by entity, in order of first mention. */
const people = (text: string) => {
  const { mentions: all, entities } = analyzeDocument(text, 'plaintext');
  return entities.filter((e) => e.kind === 'person').map((e) => e.mentions.map((m) => all[m].text).join(' / '));
};

describe('names: names written family name first', () => {
  test('the Wade-Giles and the pinyin spelling of one name are one person', () => {
    assert.deepEqual(people('Wen Zedong met Gao Dazhao and Pan Xiaoping. Later Wen Tse-tung, Gao Ta-chao and Pan Hsiao-p’ing wrote.'),
      ['Wen Zedong / Wen Tse-tung', 'Gao Dazhao / Gao Ta-chao', 'Pan Xiaoping / Pan Hsiao-p’ing']);
  });

  test('a given name of romanized syllables with an ending of derived words is no derived word after a family name (`Zhang Wentian`)', () => {
    assert.deepEqual(people('Later Zhang Wentian spoke, and Zhang Wentian left.'), ['Zhang Wentian / Zhang Wentian']);
  });

  test('so are family names spelled apart: an aspirated initial’s apostrophe, `Po` for `Bo` (`Ch’ü Ch’iu-pai`, `Qu Qiubai`)', () => {
    assert.deepEqual(people('Qu Qiubai met Bo Gu and Peng Dehuai. Later Ch\'ü Ch\'iu-pai, Po Ku and P’eng Te-huai wrote.'),
      ['Qu Qiubai / Ch\'ü Ch\'iu-pai', 'Bo Gu / Po Ku', 'Peng Dehuai / P’eng Te-huai']);
  });

  test('other given names of one family name are other people; the family name alone is the one named last', () => {
    assert.deepEqual(people('Wen Guotao met Wen Zuolin. Wen left.'), ['Wen Guotao', 'Wen Zuolin / Wen']);
  });

  test('the family name alone is the one the text has named by it most often: a relative named since keeps his given name', () => {
    assert.deepEqual(people('Ivo Kerrow spoke. Kerrow left. His brother Jan Kerrow stayed. Kerrow returned.'), ['Ivo Kerrow / Kerrow / Kerrow', 'Jan Kerrow']);
  });
});

describe('names: titles of works', () => {
  test('a name inside the title of a cited work is no mention; its translator after the title is', () => {
    assert.deepEqual(mentions('Notes\n\nAnna Kerrow, The Thought of Ivo Brennholt in Kessia, trans. Paul Ormond (London: Vantor Press, 1990), p. 4.'),
      ['person Anna Kerrow', 'person Paul Ormond', 'place London', 'organization Vantor Press']);
  });

  test('a title wrapped across lines is still a title', () => {
    assert.deepEqual(mentions('Notes\n\n1. Anna Kerrow, The Thought of Ivo\nBrennholt (London: Vantor Press, 1990), 4.'),
      ['person Anna Kerrow', 'place London', 'organization Vantor Press']);
  });

  test('the same name outside the title is one', () => {
    assert.deepEqual(mentions('Ivo Brennholt wrote.[1]\n\nNotes\n\nAnna Kerrow, The Thought of Ivo Brennholt (London: Vantor Press, 1990), p. 4.'),
      ['person Ivo Brennholt', 'person Anna Kerrow', 'place London', 'organization Vantor Press']);
  });

  test('a cited title written again in prose or in a bare short form is a title there too; a run of names is no title', () => {
    const notes = '\n\nNotes\n\n1. Anna Kerrow, Conversations with Brennholt (London: Vantor Press, 1990), p. 4.\n\n2. Kerrow, Conversations with Brennholt.' +
      '\n\n3. Paul Ormond, Kerrow and Brennholt (London: Vantor Press, 1991), p. 9.';
    assert.deepEqual(mentions(`Ivo Brennholt spoke. Anna Kerrow's Conversations with Brennholt fixed the story. Kerrow and Brennholt quarrelled.${notes}`)
      .filter((m) => m.includes('Brennholt')), ['person Ivo Brennholt', 'person Brennholt']);
  });

  test('the title a note opens with, before its editors, names no one', () => {
    assert.deepEqual(mentions('Notes\n\n1. Letters of Ivo Brennholt, 1931–36, ed. Jan Rask (Riga, 2003), p. 4.'),
      ['person Jan Rask', 'place Riga']);
  });

  test('the book a chapter is in, after its editors, is a title too', () => {
    assert.deepEqual(mentions('References\n\nKerrow, A. ([1918] 1971) \'What Does the Harbour Want?\', in P. Ormond (ed.) Selected Writings of Ivo Brennholt. Oslo: Vantor Press, 366–76.'),
      ['person Kerrow', 'person P. Ormond', 'place Oslo', 'organization Vantor Press']);
  });
});

describe('names: words that name no one', () => {
  test('the plural of a word of nationality is the people of a country, no body', () => {
    assert.deepEqual(mentions('The Americans and the Italians met Ivo Brennholt.'), ['person Ivo Brennholt']);
  });

  test('an adjective of direction alone names no place', () => {
    assert.deepEqual(mentions('He wrote for Western readers and Southern nobles in Western Europe.'), ['place Western Europe']);
  });

  test('`I.` before a capitalized function word numbers a section', () => {
    assert.deepEqual(mentions('I. From Kessia to Lagos\n\nIt began.'), ['place Kessia', 'place Lagos']);
  });
});

describe('names: places named `of` a name', () => {
  test('the head of a place’s name, `of` and a name are one place', () => {
    assert.deepEqual(mentions('They met at the Gate of Heavenly Peace in the People’s Republic of Kessia, then by the Gulf of Tonkin.'),
      ['place Gate of Heavenly Peace', 'place People’s Republic of Kessia', 'place Gulf of Tonkin']);
  });

  test('places joined by `and the` stay two; people joined by `and` stay people', () => {
    assert.deepEqual(mentions('Later the Gulf of Tonkin and the Province of Hunan were quiet, and Ivo Brennholt and Anna Kerrow left.'),
      ['place Gulf of Tonkin', 'place Province of Hunan', 'person Ivo Brennholt', 'person Anna Kerrow']);
  });
});

describe('names: clues about lone words (3)', () => {
  test('an apposition of a place’s kind, or `hills of`, makes a place', () => {
    assert.deepEqual(mentions('The capital was Dunvara, a market town in the hills. Dunvara grew. They fled into the hills of Korvathi.'),
      ['place Dunvara', 'place Dunvara', 'place Korvathi']);
  });

  test('a surname that is a common word, before `op. cit.` at a note’s start, is the author', () => {
    assert.deepEqual(mentions('Notes\n\nEdgar Snow, Red Star (London: Gollancz, 1937).\n\nSnow, op. cit., p. 4.'),
      ['person Edgar Snow', 'place London', 'organization Gollancz', 'person Snow']);
  });

  test('so is one in the possessive at a sentence’s start (`Fast’s farewell`), if never in small letters', () => {
    assert.deepEqual(mentions('Edgar Snow left the party in 1957. Snow’s farewell was printed in the spring.'), ['person Edgar Snow', 'person Snow']);
  });

  test('a title before `op. cit.` stays no name', () => {
    assert.deepEqual(mentions('Notes\n\nSee the Manifesto (London, 1888).\n\nManifesto, op. cit., p. 4. Our Manifesto was read.'), ['place London']);
  });
});

describe('names: names written family name first (2)', () => {
  test('before a common noun the name is a fixed expression; three words of a name stay one', () => {
    assert.deepEqual(mentions('They made Wen Zedong Thought law and read Gao Xiaoping Theory; Kim Il Sung came.'), ['person Kim Il Sung']);
  });

  test('a later name of several words, a name in quotation marks and brackets, or a full name in brackets joins the person; a surname in brackets after another does not', () => {
    assert.deepEqual(people('The delegate Vo Van Ba, later known as Ho Chi Minh, spoke; Ivo Kerrow ("Tarski") wrote; Marx (Engels) met; Parvo (Anton Helfand) paid.'),
      ['Vo Van Ba / Ho Chi Minh', 'Ivo Kerrow / Tarski', 'Marx', 'Engels', 'Parvo / Anton Helfand']);
  });

  test('another name that the text gives a person joins them', () => {
    assert.deepEqual(people('An agent, Ivo Brennholt, who went by the name of Marovan, came. Marovan left. Lev Kerrow, known as Tarski, spoke.'),
      ['Ivo Brennholt / Marovan / Marovan', 'Lev Kerrow / Tarski']);
  });

  test('so does a name a relative clause about the person ends with, or one `known in the party as`; not the next person\'s', () => {
    assert.deepEqual(people('One was Ivo Raptov, a Greek engineer who had lived in France since the war and who wrote under the name of Karel Pablon. ' +
      'Vito Codilla, known in the party as "Medinov", came. Jan Holt spent two years courting Anna Varga, a young Trotskyist, under the name Jacques Morvan.'),
    ['Ivo Raptov / Karel Pablon', 'Vito Codilla / Medinov', 'Jan Holt', 'Anna Varga', 'Jacques Morvan']);
  });

  test('so does a name after `better known by his party name` or `went in China by the name of`', () => {
    assert.deepEqual(people('Chen Shaoyu, better known by his party name Wang Ming, came. Ivo Raptov, a Dutchman who had worked in Java and who went in China by the name of "Marovan," came.'),
      ['Chen Shaoyu / Wang Ming', 'Ivo Raptov / Marovan']);
  });

  test('a name in quotation marks that the text gives as a person’s is theirs, though it names a place elsewhere (`known in Spain as "Medina"`)', () => {
    assert.deepEqual(mentions('Vito Codilla, known in Spain as "Medina", came. They marched on Medina.'),
      ['person Vito Codilla', 'place Spain', 'person Medina', 'place Medina']);
    assert.deepEqual(people('Vito Codilla, known in Spain as "Medina", came.'), ['Vito Codilla / Medina']);
  });

  test('a real name the text gives (`whose real name was`, `born`) joins the person, and so does a name `known in the Comintern as`', () => {
    assert.deepEqual(people('Orvan, whose real name was Lev Feldman, fled. Ivo Kerrow, born Jan Brennholt, wrote. Togani, known in the Comintern as Ercolo, spoke.'),
      ['Orvan / Lev Feldman', 'Ivo Kerrow / Jan Brennholt', 'Togani / Ercolo']);
  });
});

describe('names: places and words of the calendar (2)', () => {
  test('a square, a street or a town hall of another language, its head first, is a place', () => {
    assert.deepEqual(mentions('Crowds met on the Place de la Concorde, at the Hôtel de Ville and in the Via Laietana.'),
      ['place Place de la Concorde', 'place Hôtel de Ville', 'place Via Laietana']);
  });

  test('a feast is a time, the people of a known place no name, a section’s number before a function word no initial', () => {
    assert.deepEqual(mentions('V. After the defeat\n\nBy Christmas the Berliners were tired, and Ivo Brennholt left.'), ['person Ivo Brennholt']);
  });

  test('a surname that is a common word, cited with a year inside a sentence, is the author though written in small letters too', () => {
    assert.deepEqual(mentions('The young army (Young 2001, 168) grew.\n\nReferences\n\nYoung, Robert J. C. 2001. Field Notes. Oxford: Vantor.'),
      ['person Young', 'person Young', 'place Oxford', 'organization Vantor']);
  });
});

describe('names: periodicals cited by volume', () => {
  test('after an article’s title in quotation marks, or at a line’s start, the name before a volume and a year is a periodical', () => {
    assert.deepEqual(mentions('Central Kessian History 41 (2008): 141–168.\n\n7 Anna Kerrow, “Ports,” Central Kessian History 27, no. 1 (1994): 27–64.'),
      ['organization Central Kessian History', 'person Anna Kerrow', 'organization Central Kessian History']);
  });
});

describe('names: titles in quotation marks', () => {
  test('a name inside a quoted title in title case is no mention', () => {
    assert.deepEqual(mentions('Anna Kerrow’s essay "The Antinomies of Ivo Brennholt" and "Some Aspects of the Kessian Question" were read in Lagos.'),
      ['person Anna Kerrow', 'place Lagos']);
  });

  test('the writer of a preface or an introduction after a cited title is a person, no part of the title', () => {
    assert.deepEqual(mentions('The quays were full.1\n\nNotes\n\n1. Ivo Holt, Les Quais de la mer, with a preface by Anna Kerrow (Lagos: Vantor Press, 1961), 70.')
      .filter((m) => m.startsWith('person')), ['person Ivo Holt', 'person Anna Kerrow']);
  });

  test('in British single quotation marks too, an apostrophe inside a word no end of the title', () => {
    assert.deepEqual(mentions('Anna Kerrow, ‘Ivo Brennholt and the Kessian Revolution’, and ‘Brennholt’s Army and the Peasant War’, in Lagos.'),
      ['person Anna Kerrow', 'place Lagos']);
  });

  test('a quoted question or sentence keeps its names', () => {
    assert.deepEqual(mentions('The walls asked "Where is Brennholt?" and the paper wrote "Kerrow has betrayed the Revolution of Lagos".'),
      ['person Brennholt', 'person Kerrow', 'place Lagos']);
  });
});

describe('names: events', () => {
  test('words before the noun of an event name no body or place; a person of that surname keeps the name', () => {
    assert.deepEqual(mentions('II. Hunan and the Long March\n\nBrennholt led the Autumn Harvest Uprising. Later Anna March acted.'),
      ['place Hunan', 'person Brennholt', 'person Anna March']);
  });
});

describe('names: sigla of works', () => {
  test('capitals that open brackets before a page’s number are a work’s siglum; before a year, an author', () => {
    assert.deepEqual(mentions('He wrote it (KPN 238) and again (KPN 12-14); the ILO agreed (ILO 1998).'), ['organization ILO', 'organization ILO']);
  });
});

describe('names: reference apparatus (2)', () => {
  test('before the year of an author-date entry, an unknown word after the surname is a given name', () => {
    assert.deepEqual(mentions('References\n\nKerrow, Adom. 2019. Field Notes. Lagos: Vantor.'), ['person Kerrow', 'place Lagos', 'organization Vantor']);
  });

  test('a person’s name that is a cited work’s whole title is the title of a biography; a leaf (Bl.) is no name', () => {
    assert.deepEqual(mentions('Notes\n\nAnna Kerrow, Ivo Brennholt (London: Vantor Press, 1990), p. 4. Archive, R 43, Bl. 112.'),
      ['person Anna Kerrow', 'place London', 'organization Vantor Press']);
  });
});

describe('names: groups named after someone', () => {
  test('a body `of` a person named with a given name is two names; `of` a place or a cause, one', () => {
    assert.deepEqual(mentions('He left the Workers’ Association of Andreas Kerrow, then the University of Lagos Press.'),
      ['organization Workers’ Association', 'person Andreas Kerrow', 'organization University of Lagos Press']);
  });

  test('people in the plural `of` a name are one body; other plurals `of` a name are no part of it', () => {
    assert.deepEqual(mentions('Later the Friends of Brennholt issued a leaflet and the Knights of Labor met. The Letters of Kerrow were read.'),
      ['organization Friends of Brennholt', 'organization Knights of Labor', 'person Kerrow']);
  });
});

describe('names: another name the text gives a person (2)', () => {
  test('after an apposition (`Ter-Petrosian, an Armenian from Gori known to the party as Kamo`), and though the text writes it in small letters in quotation marks', () => {
    assert.deepEqual(people('The raid was led by Simon Terevan, an Armenian from Gori known to the party as Kamov; "komu" came out as "kamov". Kamov fled.'),
      ['Simon Terevan / Kamov / Kamov']);
  });
});

describe('names: a Spanish or Portuguese name', () => {
  test('goes by its first surname, before the particle of its second (`Ramón Mercader del Río`, then `Ramon Mercader`, `Mercader`)', () => {
    assert.deepEqual(people('Ramón Kessader del Río came in 1940. Later Ramon Kessader spoke. Kessader left. Charles de Varga wrote.'),
      ['Ramón Kessader del Río / Ramon Kessader / Kessader', 'Charles de Varga']);
  });
});
