// Bibliographic references, convention by convention: invented texts and corpus snippets.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { findCitations, isBackReference, sameWorksAcrossEssays, worksCited } from '../../server/src/analysis/citations';
import { findNotes } from '../../server/src/analysis/notes';
import { analyzeStructure } from '../../server/src/analysis/structure';
import type { Citation, DocumentFormat } from '../../server/src/analysis/types';
import { mentions } from '../helpers/mentions';

const citationsOf = (text: string, format: DocumentFormat = 'plaintext') => analyzeDocument(text, format).citations;

/** Each citation as `kind: text`. */
const found = (text: string, format: DocumentFormat = 'plaintext') => citationsOf(text, format).map((c) => `${c.kind}: ${c.text}`);

/** Each back-reference (Ibid., op. cit., a short form) as `its text => the text of the reference it finally repeats`. */
function resolutions(citations: Citation[]): string[] {
  return citations.flatMap((c) => {
    if (!isBackReference(c)) return [];
    let target = c.resolvesTo;
    while (target !== null && citations[target].resolvesTo !== null) target = citations[target].resolvesTo;
    return [`${c.text} => ${target === null ? null : citations[target].text}`];
  });
}

/** An essay whose notes are a numbered list under their own heading. */
const withNotes = (body: string, ...notes: string[]) =>
  ['The Quiet Archive', body, 'Notes', ...notes.map((n, i) => `${i + 1}. ${n}`)].join('\n\n');

describe('finding references', () => {
  test('author-year in notes and in parentheses in the body', () => {
    const text = withNotes(
      '“The clerks kept everything.” (Varga, 1970) The office grew.1 And grew again.2',
      'Holt 1991, p.20',
      'Paradoxically, Holt describes the clerks, cf. Kessler 1992, pp.65-90',
    );
    assert.deepEqual(found(text), ['author-year: (Varga, 1970)', 'author-year: Holt 1991, p.20', 'author-year: Kessler 1992, pp.65-90']);
  });

  test('author-year in prose without brackets, before what the work does (`Gullickson 1996 studies`); not a place and its year', () => {
    assert.deepEqual(found('Eichner (2004) reconstructs it; Gullickson 1996 studies the figure. Petrograd 1917 was chaos, and Halden 1921 saw the strike.'),
      ['author-year: Eichner (2004)', 'author-year: Gullickson 1996']);
  });

  test('a name after `of`, its year in parentheses, is cited in prose (`the synthesis of Varga (2019)`); not a place or a word', () => {
    assert.deepEqual(found('I draw on the synthesis of Varga (2019, pp. 33–5), who shows it. The congress of Stuttgart (1898) and the Register of Marriages (1895) survive.'),
      ['author-year: Varga (2019, pp. 33–5)', 'parenthetical: Register of Marriages (1895)']);
  });

  test('author-year in running prose, Harvard pages, several references in one parenthesis, et al.', () => {
    const text = 'As Althusser (1976) argued, and as Holt and Varga (1981: 12) show, the clerks (Kotkin 2014: 424; see also Ilves 1992, p. 5) were many (Varga et al. 1981, pp. 3-4).';
    assert.deepEqual(found(text), [
      'author-year: Althusser (1976)',
      'author-year: Holt and Varga (1981: 12)',
      'author-year: Kotkin 2014: 424',
      'author-year: Ilves 1992, p. 5',
      'author-year: (Varga et al. 1981, pp. 3-4)',
    ]);
    assert.deepEqual(citationsOf(text)[2].fields, { authors: ['Kotkin'], year: '2014', pages: '424' });
  });

  test('a verb that reports the author may stand between the names and the year', () => {
    const text = 'As Holt notes (1977: 12), the clerks were many; Varga has argued (1981) the same.';
    assert.deepEqual(found(text), ['author-year: Holt notes (1977: 12)', 'author-year: Varga has argued (1981)']);
    assert.deepEqual(found('As Holt has shown (1977: 12), the clerks were many; Varga demonstrated (1981) the same.'),
      ['author-year: Holt has shown (1977: 12)', 'author-year: Varga demonstrated (1981)']);
    assert.deepEqual(citationsOf(text)[0].fields, { authors: ['Holt'], year: '1977', pages: '12' });
  });

  test('years after months and prepositions are not author-year references', () => {
    const text = withNotes('A claim.1', 'The office opened in April 1922 and, Since 1917, had grown; Between 1928 and 1934 it shrank.');
    assert.deepEqual(found(text), []);
  });

  test('a name, then the year and pages in parentheses, is one author-year reference', () => {
    assert.deepEqual(found('As Goldstone (1991, p. 37) and Wolf (1969: xii) show, the clerks were many; see also (1977, p. 4).'), [
      'author-year: Goldstone (1991, p. 37)',
      'author-year: Wolf (1969: xii)',
      'parenthetical: (1977, p. 4)',
    ]);
  });

  test('an edition in volumes over years, with the volume and its pages (`Blum 1954–72, 4: 402`); a life’s years are none', () => {
    assert.deepEqual(found('The speech is reprinted in Holt (1954–72, 4: 402–5) and cited (Varga 1960–70, 33: 45; Kessel 1988, 12). Maren Holt (1588–1679) wrote.'), [
      'author-year: Holt (1954–72, 4: 402–5)',
      'author-year: Varga 1960–70, 33: 45',
      'author-year: Kessel 1988, 12',
    ]);
  });

  test('notes and paragraphs hard-wrapped in the lines of a PDF are read across their line breaks', () => {
    const text = [
      'The Quiet Archive',
      [
        'The clerks of the harbour kept every ledger of the city for a century',
        'and more, as the historians of the port have shown at length (see Holt',
        '1978; Varga 1966), and as one of them argued in a book of some renown.1',
        'Their ledgers ran from the first sailing of the spring to the freezing',
        'of the bay, and the clerks wrote in them every cargo, every toll and',
        'every quarrel of the quays, so that a reader of today may follow the',
        'life of the port from one week to the next, as Varga has done (Varga,',
        '1970: 12-14) in a study that no later historian has yet replaced.',
      ].join('\n'),
      'Notes',
      '1. Maren Holt, The Clerks of Riga: Reflections on the Origin and the\nSpread of Ledgers (Oslo:\nNordic Press, 1977), 45.',
    ].join('\n\n');
    assert.deepEqual(found(text), [
      'author-year: Holt\n1978',
      'author-year: Varga 1966',
      'author-year: (Varga,\n1970: 12-14)',
      'full: Maren Holt, The Clerks of Riga: Reflections on the Origin and the\nSpread of Ledgers (Oslo:\nNordic Press, 1977), 45',
    ]);
    assert.deepEqual(citationsOf(text)[3].fields, {
      authors: ['Maren Holt'], title: 'The Clerks of Riga: Reflections on the Origin and the Spread of Ledgers', place: 'Oslo', publisher: 'Nordic Press', year: '1977', pages: '45',
    });
  });

  test('names before a year in parentheses and a verb of saying are authors; a title before a year is no author', () => {
    assert.deepEqual(found('In their book, Holt and Varga (1985) argued otherwise, and Ilse Marn and Jon Brekke (2001) have shown why.'),
      ['author-year: Holt and Varga (1985)', 'author-year: Ilse Marn and Jon Brekke (2001)']);
    assert.deepEqual(found('Of his books, Salt and Timber (1869) is long.'), ['parenthetical: Salt and Timber (1869)']);
  });

  test('author-year in square brackets, as some styles write them in running prose, and a name before its year in them', () => {
    const text = 'Ilse Marn called it a pact of convenience [Marn 1976, 1:84], but the clerks [see Holt 2003, 212; Varga 1981] and Ilves [1990, ch. 3] disagreed.';
    assert.deepEqual(found(text), ['author-year: [Marn 1976, 1:84]', 'author-year: Holt 2003, 212', 'author-year: Varga 1981', 'author-year: Ilves [1990, ch. 3]']);
  });

  test('a web encyclopedia’s references: each note an entry, given names in full before the year in brackets; short forms', () => {
    const text = [
      'The sailors of Velmora struck in 1921.[1] The clerks followed.[2] The board gave way.[3]',
      'References[edit]',
      '1. ^ a b Holt, Maren (1996). The Quays: Velmora 1890–1930. London: Fjord Press. p. 760.',
      '2. ^ Varga, Odile; Rask, Jan (1970). Harbour Clerks. Riga: Baltic Press. p. 3.',
      '3. ^ Holt 1996, pp. 72–74.',
    ].join('\n\n');
    assert.deepEqual(citationsOf(text).map((c) => [c.kind, c.fields.authors, c.fields.year, c.fields.title]), [
      ['full', ['Maren Holt'], '1996', 'The Quays: Velmora 1890–1930'],
      ['full', ['Odile Varga', 'Jan Rask'], '1970', 'Harbour Clerks'],
      ['author-year', ['Holt'], '1996', undefined],
    ]);
  });

  test('a web encyclopedia’s entries with a particle before the surname (`Le Blanc, Paul`) or editors (`…, eds. (2004)`)', () => {
    const text = [
      'The sailors struck.[1] The clerks followed.[2]',
      'References[edit]',
      '1. ^ Le Holt, Maren (1990). The Quays. Riga: Baltic Press. pp. 57–63.',
      '2. ^ a b Varga, Odile; Rask, Jan B., eds. (2004). Harbour Clerks. Riga: Baltic Press. pp. 248–265.',
    ].join('\n\n');
    assert.deepEqual(citationsOf(text).map((c) => [c.kind, c.fields.authors, c.fields.year, c.fields.title]), [
      ['full', ['Maren Le Holt'], '1990', 'The Quays'],
      ['full', ['Odile Varga', 'Jan B. Rask'], '2004', 'Harbour Clerks'],
    ]);
  });

  test('after a quoted title, `in` and a person’s name are the editors of the book it is in, no container, and persons', () => {
    const text = withNotes('One.1', 'Ivo Holt, "The Quays, 1937–1938," in Julian Kessel, Maren Varga and E. A. Rask (eds.), Harbour History (Riga: Baltic Press, 1995), pp. 158–76.');
    assert.deepEqual(citationsOf(text).map((c) => c.fields.container), [undefined]);
    assert.deepEqual(analyzeDocument(text, 'plaintext').mentions.filter((m) => m.kind === 'person').map((m) => m.text), ['Ivo Holt', 'Julian Kessel', 'Maren Varga', 'E. A. Rask']);
  });

  test('a web page’s site after its quoted title is the page’s container, whose words name no one (`"Title". Deutsche Welle.`)', () => {
    const text = ['The board gave way.[1]', 'References[edit]', '1. ^ "The Quays recognised". Harbour Welle. 30 November 2022. Retrieved 5 December 2022.'].join('\n\n');
    assert.deepEqual(citationsOf(text).map((c) => [c.fields.title, c.fields.container, c.fields.year]), [['The Quays recognised', 'Harbour Welle', '2022']]);
    assert.deepEqual(analyzeDocument(text, 'plaintext').mentions.filter((m) => m.kind === 'person'), []);
  });

  test('a web encyclopedia’s web pages cited by title, without an author: to the day they were read, which gives no year of theirs', () => {
    const text = [
      'The sailors struck.[1] The clerks followed.[2] The board gave way.[3]',
      'References[edit]',
      '1. ^ "The Quays of Velmora". Harbour Archive Online. September 1921. Retrieved 12 March 2019.',
      '2. ^ a b "Harbour Clerks: Collected Papers". Baltic-Press-Stiftung. Accessed March 3, 2019.',
      '3. ^ Holt, Maren (1996). "The Strike". Harbour Review (2/3). Retrieved 12 March 2019.',
    ].join('\n\n');
    assert.deepEqual(citationsOf(text).map((c) => [c.kind, c.text, c.fields.year, c.fields.title]), [
      ['full', '"The Quays of Velmora". Harbour Archive Online. September 1921. Retrieved 12 March 2019.', '1921', 'The Quays of Velmora'],
      ['full', '"Harbour Clerks: Collected Papers". Baltic-Press-Stiftung. Accessed March 3, 2019.', undefined, 'Harbour Clerks: Collected Papers'],
      ['full', 'Holt, Maren (1996). "The Strike". Harbour Review (2/3). Retrieved 12 March 2019.', '1996', 'The Strike'],
    ]);
  });

  test('a review: the books under review at its head, pages after the author with a comma, pages of the front matter', () => {
    const text = [
      'The Quays Reckoned',
      'Books discussed in this essay:',
      'Maren Holt, The Quays: A History. Fjord Press, 2003. 677 pp. $35.00',
      'Ivo Varga, The Clerks. Translated by Anna Brenn. Baltic Press, 2004. xii + 418 pp.',
      'For most of the century the reader knew little of the quays, as Holt shows (Holt, 579) and her preface admits (p. xxiii).',
    ].join('\n');
    assert.deepEqual(citationsOf(text).map((c) => `${c.kind}: ${c.text}`), [
      'full: Maren Holt, The Quays: A History. Fjord Press, 2003. 677 pp. $35.00',
      'full: Ivo Varga, The Clerks. Translated by Anna Brenn. Baltic Press, 2004. xii + 418 pp.',
      'parenthetical: (Holt, 579)',
      'parenthetical: (p. xxiii)',
    ]);
  });

  test('an author’s years in brackets may be ranges (`Holt (1991, 1994-96)`); a name after `at` with years in brackets is a place where something was done', () => {
    assert.deepEqual(citationsOf('As Holt (1991, 1994-96) shows, the quays grew; teams dug at Kessovo (1991, 1994-96) until the war.').map((c) => `${c.kind}: ${c.text}`),
      ['author-year: Holt (1991, 1994-96)']);
  });

  test('a known place and a year in brackets after a title the finder cannot read are where and when it was published, no author and year', () => {
    assert.deepEqual(citationsOf('He answered with Muss Kessa hungern? (Vienna, 1935) and with Holt (1936).').map((c) => `${c.kind}: ${c.text}`),
      ['parenthetical: (Vienna, 1935)', 'author-year: Holt (1936)']);
  });

  test('an author and a year in brackets after a title are an author-year reference; a place and a year, its publication', () => {
    assert.deepEqual(citationsOf('Holt wrote *The Quays* (Holt 1995) and "harbour nationalism" (Varga, 1962); Rask, The Clerks (Oslo, 1970); *Review* (Spring 1995).')
      .map((c) => `${c.kind}: ${c.text} ${c.fields.authors ?? ''}`), [
      'author-year: (Holt 1995) Holt', 'author-year: (Varga, 1962) Varga', 'full: The Clerks (Oslo, 1970) ', 'full: *Review* (Spring 1995) ',
    ]);
  });

  test('a page is a number or a Roman one in small letters, not the initial of a name after `P.` (`James P. Cannon`)', () => {
    assert.deepEqual(citationsOf('Kessler wrote.1\n\nNotes\n\n1 James P. Cassel, The Quays (Oslo: Fjord Press, 1944), p. 251; Holt 1977, p. xii.')
      .map((c) => c.fields.pages), ['251', 'xii']);
  });

  test('three authors before the year; the author in the possessive before an italic title, and the bracket closing the pages', () => {
    assert.deepEqual(citationsOf('As shown (Holt, Rask and Kessel 1993), Varga’s *The Quays* (1977, 12) differs.').map((c) => `${c.kind}: ${c.text} ${c.fields.authors}`),
      ['author-year: (Holt, Rask and Kessel 1993) Holt,Rask,Kessel', 'full: Varga’s *The Quays* (1977, 12) Varga']);
  });

  test('a place of publication and a publisher that wrap before the year (`(London: Faber and Faber,⏎ 2009)`)', () => {
    assert.deepEqual(citationsOf('Kessler wrote.1\n\nNotes\n\n1 Holt, Quays, p. 3; Anna Kessel, The Clerks (London: Faber and Faber,\n   2009), pp. 92-97.')
      .map((c) => `${c.kind}: ${c.fields.authors} / ${c.fields.publisher ?? ''}`), ['full: Holt / ', 'full: Anna Kessel / Faber and Faber']);
  });

  test('the author of an author-year reference without the possessive (`Lewin’s (1985) account`)', () => {
    assert.deepEqual(citationsOf('Lewin’s (1985) account differs from O’Brien (1990).').map((c) => c.fields.authors), [['Lewin'], ['O’Brien']]);
  });

  test('a language and a colon in brackets give a name in that language, no source', () => {
    assert.deepEqual(found('The rising (Russian: Кронштадтское восстание) and the strike (Latin: strictura) failed (Holt: Quays, 12).'),
      ['parenthetical: (Holt: Quays, 12)']);
  });

  test('Pandoc citations by key in Markdown, each item of the brackets from its key; an address is none', () => {
    const text = 'The clerks stayed [see @marn1976, 245–50; -@holt2003] and wrote to ilse@example.org [sic] about it [@varga1981, 112].';
    assert.deepEqual(found(text, 'markdown'), ['author-year: @marn1976, 245–50', 'author-year: -@holt2003', 'author-year: @varga1981, 112']);
  });

  test('Pandoc citations in the text, with a locator in brackets after the key; a web page’s handle is none', () => {
    const text = 'As @marn1976 argues, and @holt2003 [1-87] shows; follow @harbourpress for more.';
    assert.deepEqual(found(text, 'markdown'), ['author-year: @marn1976', 'author-year: @holt2003 [1-87]']);
  });

  test('an APA list of references numbered as the markers: each note is one reference, a title\'s years and all', () => {
    const text = [
      'The Quays',
      'The clerks of Velmora struck in 1921 [1], and again in 1923 [2].',
      'References',
      '1. Holt, M., & Varga-Lind, O. J. (1983). The quays: Velmora, 1890-1930. Fjord Press.',
      '2. Ilves, K. (n.d.). Harbour clerks. https://example.org/clerks',
    ].join('\n');
    assert.deepEqual(found(text), [
      'full: Holt, M., & Varga-Lind, O. J. (1983). The quays: Velmora, 1890-1930. Fjord Press.',
      'full: Ilves, K. (n.d.). Harbour clerks. https://example.org/clerks',
    ]);
  });

  test('a quoted title published in a journal in a year, in running prose, is a reference', () => {
    assert.deepEqual(found('Ilse Marn\'s long essay "The Quays of Velmora", published in Harbour Review in 1976, found three models.'),
      ['full: Ilse Marn\'s long essay "The Quays of Velmora", published in Harbour Review in 1976']);
  });

  test('a work and the edition it is read in, joined by `; in`, are one reference', () => {
    const text = withNotes('The harbour board met.1',
      'Odile Varga, "The Quays Strike", *Harbour Gazette*, no. 29, 29 June 1908; in Odile Varga, *Collected Writings*, vol. 7 (Riga: Quay Books, 1977), pp. 144-49.');
    assert.deepEqual(found(text), ['full: Odile Varga, "The Quays Strike", *Harbour Gazette*, no. 29, 29 June 1908; in Odile Varga, *Collected Writings*, vol. 7 (Riga: Quay Books, 1977), pp. 144-49']);
  });

  test('a Gregorian date in parentheses after a date of another calendar is its equivalent, no reference', () => {
    assert.deepEqual(found('Corvet fell on 18 Brumaire Year VIII (9 November 1799), and the Lorvan club with him.'), []);
  });

  test('MLA: an author and a page without a year, alone or several in one parenthesis, each source a reference of its own', () => {
    assert.deepEqual(found('The narrator doubts (Holt 45), repeats it (Holt 45-47; Varga and Marn 12) and ends (Holt, Clerks 9).'),
      ['parenthetical: (Holt 45)', 'parenthetical: (Holt 45-47', 'parenthetical: Varga and Marn 12)', 'parenthetical: (Holt, Clerks 9)']);
    assert.deepEqual(found('As shown above (Chapter 3), the fleet (Table 2) sailed in (May 12) with (about 45) ships.'), []);
    const [single, , second, titled] = citationsOf('The narrator doubts (Holt 45), repeats it (Holt 45-47; Varga 12) and ends (Holt, Clerks 9).');
    assert.deepEqual(single.fields, { authors: ['Holt'], pages: '45' });
    assert.deepEqual(second.fields, { authors: ['Varga'], pages: '12' });
    assert.deepEqual(titled.fields, { authors: ['Holt'], title: 'Clerks', pages: '9' });
  });

  test('MLA: words quoted from another source (`qtd. in`), a page’s note (`462n`), a volume and its page, `et al.`', () => {
    assert.deepEqual(citationsOf('He said so (qtd. in Holt 441), twice (Holt 462n), in print (Varga, Opere 4: 112) and aloud (Marn et al. 238–41).')
      .map((c) => [c.text, c.fields]), [
      ['(qtd. in Holt 441)', { authors: ['Holt'], pages: '441' }],
      ['(Holt 462n)', { authors: ['Holt'], pages: '462' }],
      ['(Varga, Opere 4: 112)', { authors: ['Varga'], title: 'Opere', volume: '4', pages: '112' }],
      ['(Marn et al. 238–41)', { authors: ['Marn'], pages: '238–41' }],
    ]);
  });

  test('a work\'s siglum and its page, as its readers cite it; a surname\'s particles; not an era', () => {
    assert.deepEqual(found('The prince becomes the party (HQ 129), as others saw (van der Holt 1984, 12-19); the city fell (AD 70).'), [
      'parenthetical: (HQ 129)',
      'author-year: (van der Holt 1984, 12-19)',
    ]);
  });

  test('several works of one author in the parenthesis after the name (`Holt (2001a, 2001b)`) are author-year, not a place and year', () => {
    assert.deepEqual(found('Holt (2001a, 2001b) has argued this twice.'), ['author-year: Holt (2001a, 2001b)']);
  });

  test('a reprint: the original year in brackets or after a slash goes with the year of the edition cited', () => {
    const text = withNotes(
      'As Holt ([1852] 1963, 15) and Varga (1922/1978, 1212-1372) saw, the port (Holt [1852] 1963; Ilves 1977 [1901], 4) was old.1',
      'Rudolf Kessler, The Harbour Years (London: Routledge, 1981 [1910]), 301.',
    );
    assert.deepEqual(found(text), [
      'author-year: Holt ([1852] 1963, 15)',
      'author-year: Varga (1922/1978, 1212-1372)',
      'author-year: Holt [1852] 1963',
      'author-year: Ilves 1977 [1901], 4',
      'full: Rudolf Kessler, The Harbour Years (London: Routledge, 1981 [1910]), 301',
    ]);
    assert.deepEqual(citationsOf(text).map((c) => [c.fields.authors?.[0], c.fields.year, c.fields.pages]), [
      ['Holt', '1963', '15'], ['Varga', '1978', '1212-1372'], ['Holt', '1963', undefined], ['Ilves', '1977', '4'], ['Rudolf Kessler', '1981', '301'],
    ]);
  });

  test('several author-year references in one parenthesis, each with pages or a second year, after a cue', () => {
    const text = 'The republic was old (Holt 1975, 83ff.; Ilves 1978, 1998) and (Varga 1977, 1981), as Kessler showed (e.g., Orlov, 1987; Brenner, 1988).';
    assert.deepEqual(found(text), ['author-year: Holt 1975, 83ff.', 'author-year: Ilves 1978', 'author-year: Varga 1977', 'author-year: Orlov, 1987', 'author-year: Brenner, 1988']);
  });

  test('in the body, a reference does not reach back over a parenthesis before it', () => {
    assert.deepEqual(found('Maren Holt (1588–1679) wrote *The Quays* (1651) in exile.', 'markdown'), ['full: *The Quays* (1651)']);
  });

  test('books, chapters and sections locate a reference; a hyphenated given name is one name', () => {
    const text = withNotes(
      'One.1 Two.2',
      'Jean-Paul Varga, *The Harbour Contract*, trans. Odile Holt (London: Quay Books, 1968), bk. 2, ch. 1.',
      'Varga, *op. cit.*, bk. 3, ch. 15; § 4.',
    );
    assert.deepEqual(found(text), [
      'full: Jean-Paul Varga, *The Harbour Contract*, trans. Odile Holt (London: Quay Books, 1968), bk. 2, ch. 1',
      'opcit: Varga, *op. cit.*, bk. 3, ch. 15; § 4',
    ]);
    assert.deepEqual(citationsOf(text)[0].fields.authors, ['Jean-Paul Varga']);
  });

  test('a classic cited by its title and a book, chapter or section; not a pointer within the text', () => {
    const text = 'As Holt says (The Quays, ch. 13), the port was busy (Varga, Harbours, bk. 2, ch. 3), as the tables show (see ch. 3 below), and (Ilves, Ledgers, § 27).';
    assert.deepEqual(found(text), [
      'parenthetical: (The Quays, ch. 13)',
      'parenthetical: (Varga, Harbours, bk. 2, ch. 3)',
      'parenthetical: (Ilves, Ledgers, § 27)',
    ]);
  });

  test('corpus: parenthetical sources in the body', () => {
    const text = 'A line of prose that cites its source (V. I. Lenin: CW. Vol. 32; p.132). And another one that points (See Trotsky’s: In Defence of Marxism). A third (p. 487).';
    assert.deepEqual(found(text), [
      'parenthetical: (V. I. Lenin: CW. Vol. 32; p.132)',
      'parenthetical: (See Trotsky’s: In Defence of Marxism)',
      'parenthetical: (p. 487)',
    ]);
    assert.deepEqual(citationsOf(text)[0].fields, { authors: ['V. I. Lenin'], title: 'CW. Vol. 32', volume: '32', pages: '132' });
  });

  test('a full reference in a note, with its fields', () => {
    const text = withNotes('A claim.1', 'Leon Trotsky, The Revolution Betrayed: What Is the Soviet Union and Where Is It Going? (London: New Park Publications, 1973), pp. 277–78.');
    const [citation] = citationsOf(text);
    assert.equal(citation.kind, 'full');
    assert.equal(citation.text, 'Leon Trotsky, The Revolution Betrayed: What Is the Soviet Union and Where Is It Going? (London: New Park Publications, 1973), pp. 277–78');
    assert.deepEqual(citation.fields, {
      authors: ['Leon Trotsky'], title: 'The Revolution Betrayed: What Is the Soviet Union and Where Is It Going?', place: 'London', publisher: 'New Park Publications', year: '1973', pages: '277–78',
    });
  });

  test('a note without parentheses: names, title, place and year, as European notes give them', () => {
    const text = withNotes(
      'One.1 Two.2 Three.3',
      'E. J. Holt, The Age of Quays, Oslo, 1962, p. 45.',
      'On this see M. Varga, La République du port, Paris, Gallimard, 1970.',
      'Holt 1990, Kessler 1991; Varga, 1970.',
    );
    assert.deepEqual(found(text), [
      'full: E. J. Holt, The Age of Quays, Oslo, 1962, p. 45',
      'full: M. Varga, La République du port, Paris, Gallimard, 1970',
      'author-year: Holt 1990',
      'author-year: Kessler 1991',
      'author-year: Varga, 1970',
    ]);
    assert.deepEqual(citationsOf(text)[1].fields, { authors: ['M. Varga'], title: 'La République du port', year: '1970' });
  });

  test('a word after `of` ends a title, not an author before a year; pages on the next, indented line of a note end its reference', () => {
    const text = withNotes(
      'One.1 Two.2',
      'Parish of Orla, Register of Marriages, 1895–1910.',
      'Irena Koval, Cechy i kupcy (Krakow: Znak, 1976),\n   98–102.',
    );
    assert.deepEqual(found(text), ['full: Irena Koval, Cechy i kupcy (Krakow: Znak, 1976),\n   98–102']);
  });

  test('an archival source opening a note, by its volume, folio, number or box', () => {
    const text = withNotes('One.1 Two.2 Three.3', 'Velmora Customs Ledgers, vols. 3–9, Provincial Archive, Halden.',
      'City Archive of Lorn, Decrees 1851, no. 14; see also box 3.', 'Ibid., fol. 4.');
    assert.deepEqual(found(text), ['full: Velmora Customs Ledgers, vols. 3–9, Provincial Archive, Halden',
      'full: City Archive of Lorn, Decrees 1851, no. 14', 'ibid: Ibid., fol. 4']);
  });

  test('an archival source in German or as a letter: a folio as `Bl.`, the writer\'s initials before the collection', () => {
    const text = withNotes('One.1 Two.2 Three.3',
      'Landesarchiv Halden, A 12/1907, Bl. 112–15, report of the harbour police, 25 May 1919.',
      'Ibid.',
      'K. Lind to M. Ilves, 3 May 1921, K. Lind Papers, Harbour Library, Velmora, box 4, folder 2.');
    assert.deepEqual(found(text), ['full: Landesarchiv Halden, A 12/1907, Bl. 112–15, report of the harbour police, 25 May 1919', 'ibid: Ibid.',
      'full: K. Lind to M. Ilves, 3 May 1921, K. Lind Papers, Harbour Library, Velmora, box 4, folder 2']);
    assert.deepEqual(resolutions(citationsOf(text)), ['Ibid. => Landesarchiv Halden, A 12/1907, Bl. 112–15, report of the harbour police, 25 May 1919']);
  });

  test('a library\'s call number ends a letter\'s collection (`bMS Russ 13.1`)', () => {
    const text = withNotes('One.1', 'K. Lind to M. Ilves, 3 July 1939, Lind Papers, Harbour Library, bMS Russ 13.1, 4722.');
    assert.deepEqual(found(text), ['full: K. Lind to M. Ilves, 3 July 1939, Lind Papers, Harbour Library, bMS Russ 13.1, 4722']);
  });

  test('an archive’s file by its units (fond, svazek, karton, signature) or a British file by series and piece; no title, no author', () => {
    const text = withNotes('One.1 Two.2 Three.3',
      'NA, fond KSČ – ÚV, 02/1 (Politické byro), sv. 3, a. j. 12; Archiv Velmory (AV), fond 305\n(Studijní ústav), sign. 305-227-1, karton 12, protokol.',
      'The National Archives (TNA), FO 371/100417, Prague to Foreign Office, 21 November 1952.',
      'Archiwum Akt Nowych, Ministerstwo Spraw Wewnętrznych, sygn. 1052, k. 14; Holt to Lind, 7 March 1949, Archive, fond 45, opis 1, delo 346.');
    assert.deepEqual(found(text), ['full: NA, fond KSČ – ÚV, 02/1 (Politické byro), sv. 3, a. j. 12',
      'full: Archiv Velmory (AV), fond 305\n(Studijní ústav), sign. 305-227-1, karton 12', 'full: The National Archives (TNA), FO 371/100417',
      'full: Archiwum Akt Nowych, Ministerstwo Spraw Wewnętrznych, sygn. 1052, k. 14', 'full: Holt to Lind, 7 March 1949, Archive, fond 45, opis 1, delo 346']);
    assert.deepEqual(citationsOf(text).at(-1)?.fields, {});
  });

  test('a note written as a bibliography’s entry, author inverted, is one reference; a name in its order is read as a reference with its title, a short form as itself', () => {
    const text = withNotes('One.1 Two.2 Three.3 Four.4',
      'Holt, Maren Ivo. The Fall of Riga: A Story of Clerks. New York: Harbour Press, 1998, pp. 12–24.',
      'Varga, Odile, and Jan Kessler. Quays. Oslo: Nordic Press, 1971.',
      'Ivo Lind, Maren Holt. Gedanke und Tat (Riga: Baltic Press, 1939), pp. 276-81.',
      'Holt, I.R.A. at War, 77; Jan Kessler, Guerilla Days (Riga: Baltic Press, 1949), 3.');
    assert.deepEqual(found(text), [
      'full: Holt, Maren Ivo. The Fall of Riga: A Story of Clerks. New York: Harbour Press, 1998, pp. 12–24.',
      'full: Varga, Odile, and Jan Kessler. Quays. Oslo: Nordic Press, 1971.',
      'full: Ivo Lind, Maren Holt. Gedanke und Tat (Riga: Baltic Press, 1939), pp. 276-81',
      'full: Holt, I.R.A. at War, 77', 'full: Jan Kessler, Guerilla Days (Riga: Baltic Press, 1949), 3']);
    assert.deepEqual(citationsOf(text)[0].fields, { authors: ['Maren Ivo Holt'], title: 'The Fall of Riga: A Story of Clerks', place: 'New York',
      publisher: 'Harbour Press', year: '1998' });
  });

  test('an interview, a personal communication or a statement to the police, up to its date', () => {
    const text = withNotes('One.1 Two.2 Three.3',
      'Ivo Holt, interview with the author, Halden, 20 August 2007; K. Lind, personal communication, May 1990.',
      'Anna Lind, declaración ante la policía, 22 de agosto de 1940, in Holt, *Quays*, 165.',
      'Holt, interview, and much else.');
    assert.deepEqual(found(text), ['full: Ivo Holt, interview with the author, Halden, 20 August 2007', 'full: K. Lind, personal communication, May 1990',
      'full: Anna Lind, declaración ante la policía, 22 de agosto de 1940', 'full: Holt, *Quays*, 165']);
  });

  test('a newspaper\'s issue after `citing` in a note', () => {
    const text = withNotes('One.1', 'Holt, *Quays*, 290; ibid., 312, citing *La Voz de Halden*, 10 de marzo de 1940.');
    assert.deepEqual(found(text), ['full: Holt, *Quays*, 290', 'ibid: ibid., 312', 'full: *La Voz de Halden*, 10 de marzo de 1940']);
  });

  test('a newspaper\'s issue dated in another language, with a bare page (`*El Popular* (México), 12 de enero de 1937, 1`)', () => {
    const text = withNotes('One.1 Two.2', '*El Diario* (Velmora), 12 de enero de 1937, 1.', 'Le Courrier, 4 février 1936.');
    assert.deepEqual(citationsOf(text).map((c) => [c.text, c.fields.container, c.fields.year]),
      [['*El Diario* (Velmora), 12 de enero de 1937, 1', 'El Diario', '1937'], ['Le Courrier, 4 février 1936', 'Le Courrier', '1936']]);
  });

  test('a newspaper\'s issue opening a note or a clause: its name, the day, the page; a dated sentence is none', () => {
    const text = withNotes('One.1 Two.2 Three.3 Four.4',
      'Morning Courier, 23 April 1916, p. 1.',
      'Maren Holt, The Clerks (Oslo, 1977), 45; *Harbour Gazette* (Velmora), March 12, 1923.',
      'Ibid.',
      'In Velmora, 12 March 1923.');
    assert.deepEqual(found(text), ['full: Morning Courier, 23 April 1916, p. 1', 'full: Maren Holt, The Clerks (Oslo, 1977), 45',
      'full: *Harbour Gazette* (Velmora), March 12, 1923', 'ibid: Ibid.']);
    assert.deepEqual(resolutions(citationsOf(text)), ['Ibid. => *Harbour Gazette* (Velmora), March 12, 1923']);
  });

  test('a newspaper\'s issue after `see` inside a note\'s sentence, or before a clause about it (`, which prints …`), its name without the cue', () => {
    const text = withNotes('One.1 Two.2 Three.3', 'For the first reports see *The Morning Courier*, Aug. 21, 1940, 1.',
      '*El Diario* (Velmora), 17 de abril de 1943, 1, 8, which prints the sentence.', 'See *Iskra*, 21 August 1940, 1.');
    assert.deepEqual(citationsOf(text).map((c) => [c.text, c.fields.container]), [['*The Morning Courier*, Aug. 21, 1940, 1', 'The Morning Courier'],
      ['*El Diario* (Velmora), 17 de abril de 1943, 1, 8', 'El Diario'], ['See *Iskra*, 21 August 1940, 1', 'Iskra']]);
  });

  test('an archival source that opens a clause of a note, after a semicolon', () => {
    const text = withNotes('One.1', 'Harbour Statute of 1852, art. 48; Decision of the Board, 12 March 1887, in Velmora Harbour Archive, vol. 3, fol. 12.');
    assert.deepEqual(found(text), ['full: Decision of the Board, 12 March 1887, in Velmora Harbour Archive, vol. 3, fol. 12']);
  });

  test('a page within an article (`, at 210`) and an archive\'s folio (`, fol. 4`) end a reference', () => {
    const text = withNotes('One.1 Two.2', 'Mara Velt, "A Merchant House," Journal of Ports 14 (1992): 201–24, at 210.', 'Ibid., vol. 8, fol. 4.');
    assert.deepEqual(found(text), ['full: Mara Velt, "A Merchant House," Journal of Ports 14 (1992): 201–24, at 210', 'ibid: Ibid., vol. 8, fol. 4']);
  });

  test('a short form in a note after the full reference is a reference of the same work', () => {
    const text = withNotes(
      'One.1 Two.2',
      'Leon Trotsky, The Revolution Betrayed (London: New Park, 1973), p. 277.',
      'See Trotsky, The Revolution Betrayed, pp. 12-13; cf. Holt (1977), p. 4.',
    );
    assert.deepEqual(found(text), [
      'full: Leon Trotsky, The Revolution Betrayed (London: New Park, 1973), p. 277',
      'short: Trotsky, The Revolution Betrayed, pp. 12-13',
      'author-year: Holt (1977), p. 4',
    ]);
    const citations = citationsOf(text);
    assert.deepEqual(worksCited(citations).map((w) => w.citations.length), [2, 1]);
  });

  test('Chicago notes give pages without `p.`: after the details, after Ibid., and in short forms', () => {
    const text = withNotes(
      'One.1 Two.2 Three.3 Four.4 Five.5',
      'Maren Holt, The Clerks of Riga (Oslo: Nordic Press, 1977), 45.',
      'Ibid., 12–14.',
      'Holt, Clerks of Riga, 50; cf. Varga, *Harbours*, 83ff.',
      'Kessler 1979, 1981.',
      'Ilves, "The Quays," 79; Ibid., 45, 47.',
    );
    assert.deepEqual(found(text), [
      'full: Maren Holt, The Clerks of Riga (Oslo: Nordic Press, 1977), 45',
      'ibid: Ibid., 12–14',
      'short: Holt, Clerks of Riga, 50',
      'full: Varga, *Harbours*, 83ff.',
      'author-year: Kessler 1979', // a second year is a second work, not a page
      'full: Ilves, "The Quays," 79',
      'ibid: Ibid., 45, 47',
    ]);
    assert.deepEqual(citationsOf(text).map((c) => c.fields.pages), ['45', '12–14', '50', '83ff.', undefined, '79', '45, 47']);
    assert.equal(citationsOf(text)[5].fields.title, 'The Quays');
  });

  test('Chicago pages: a volume and its page (`2:711`), the page quoted within a range (`440–49, here 443`), pages before a second work', () => {
    const text = withNotes(
      'One.1 Two.2 Three.3',
      'Marta Ilves, The Quays, 2 vols. (Riga: Baltic Press, 1966), 2:711.',
      'Ilves, The Quays, 2:785.',
      'Jens Varga, Hafenbriefe, vol. 4 (Halden: Nordverlag, 1974), 440–49, here 443; see Holt 2015, 31–33, and Kessler 2019, 81.',
    );
    assert.deepEqual(found(text), [
      'full: Marta Ilves, The Quays, 2 vols. (Riga: Baltic Press, 1966), 2:711',
      'short: Ilves, The Quays, 2:785',
      'full: Jens Varga, Hafenbriefe, vol. 4 (Halden: Nordverlag, 1974), 440–49, here 443',
      'author-year: Holt 2015, 31–33',
      'author-year: Kessler 2019, 81',
    ]);
  });

  test('prose that leads a note into its reference is no part of it: the reference starts at its author, after a cue if one stands before', () => {
    const text = withNotes(
      'One.1 Two.2 Three.3',
      'For the first view see Tomas von Ahlen, Die Hafenräte (Halden: Nordverlag, 1963), 59–71; for the second, Marta Ilves, The Quays (Riga: Baltic Press, 1962), 405.',
      'Ibid., 12. Compare the earlier argument in Jens Varga, Harbours and Councils (Oslo: Nordic Press, 1970), 45–47.',
      'For an extension of Holt, see Odile Varga, The Clerks (Riga: Baltic Press, 1981), 3; on the ILO, see Jan Kessler, The Office (Riga: Baltic Press, 1985), 9.',
    );
    assert.deepEqual(found(text), [
      'full: Tomas von Ahlen, Die Hafenräte (Halden: Nordverlag, 1963), 59–71',
      'full: Marta Ilves, The Quays (Riga: Baltic Press, 1962), 405',
      'ibid: Ibid., 12',
      'full: Jens Varga, Harbours and Councils (Oslo: Nordic Press, 1970), 45–47',
      'full: Odile Varga, The Clerks (Riga: Baltic Press, 1981), 3',
      'full: Jan Kessler, The Office (Riga: Baltic Press, 1985), 9',
    ]);
  });

  test('more lead-ins: a cue after prose with dates and capitals, a clause that ends in a small word; names and editors stay', () => {
    const text = withNotes(
      'One.1 Two.2 Three.3 Four.4',
      'On the strike of May 1890 see Marta Ilves, The Quays (Riga: Baltic Press, 1962), pp. xxi-xxv.',
      'The move from Halden to Riga is dated in Jens Varga, Harbours (Oslo: Nordic Press, 1970), pp. 5-7 and 109-12.',
      'Holt and Varga, The Clerks (Riga: Baltic Press, 1981), 3; Report of the Board to the Council, in Kessler, Minutes (Riga: Baltic Press, 1985), 9.',
      'Maren Holt, Odile Varga and Jan Kessler (eds), The Quiet Archive: Essays (Riga: Baltic Press, 2001), pp. 208-16.',
    );
    assert.deepEqual(found(text), [
      'full: Marta Ilves, The Quays (Riga: Baltic Press, 1962), pp. xxi-xxv',
      'full: Jens Varga, Harbours (Oslo: Nordic Press, 1970), pp. 5-7 and 109-12',
      'full: Holt and Varga, The Clerks (Riga: Baltic Press, 1981), 3',
      'full: Report of the Board to the Council, in Kessler, Minutes (Riga: Baltic Press, 1985), 9',
      'full: Maren Holt, Odile Varga and Jan Kessler (eds), The Quiet Archive: Essays (Riga: Baltic Press, 2001), pp. 208-16',
    ]);
  });

  test('a German note: a title’s full stop before its subtitle, editors joined by `und` and marked `(Hg.)`, a cue `Vgl.`', () => {
    const text = withNotes('One.1 Two.2', 'Maren H. Holt, Jan Ju. Kessler und Ivo Varga (Hg.), Hafen 1923. Ein Plan und sein Scheitern (Berlin: Dietz, 2003).',
      'Vgl. Anna Lind, Die Wandlung der Werften. Die Arbeiter in der Republik, Bd. 1 (Frankfurt am Main: EVA, 1969), S. 43–58.');
    assert.deepEqual(found(text), ['full: Maren H. Holt, Jan Ju. Kessler und Ivo Varga (Hg.), Hafen 1923. Ein Plan und sein Scheitern (Berlin: Dietz, 2003)',
      'full: Anna Lind, Die Wandlung der Werften. Die Arbeiter in der Republik, Bd. 1 (Frankfurt am Main: EVA, 1969), S. 43–58']);
    assert.deepEqual(citationsOf(text)[0].fields.authors, ['Maren H. Holt', 'Jan Ju. Kessler', 'Ivo Varga']);
  });

  test('a lead-in before two authors or editors joined by `and` (`is printed in V. P. Holt and A. A. Varga, eds.,`)', () => {
    const text = withNotes('One.1', 'The resolution is printed in V. P. Holt and A. A. Varga, eds., Harbours: Documents (Riga: Baltic Press, 1999), 1:50-52.');
    assert.deepEqual(found(text), ['full: V. P. Holt and A. A. Varga, eds., Harbours: Documents (Riga: Baltic Press, 1999), 1:50-52']);
  });

  test('a second reference after a first one\'s pages and `, and` starts after `and`', () => {
    const text = withNotes('One.1 Two.2', 'Ivo Holt, *The Quays* (Riga: Baltic Press, 1982), 3.',
      'Holt, *The Quays*, pp. 9–14, and Anna Varga, "The Ports", *Harbour Review* 8 (Winter 1967): 39–60.');
    assert.deepEqual(found(text), ['full: Ivo Holt, *The Quays* (Riga: Baltic Press, 1982), 3', 'short: Holt, *The Quays*, pp. 9–14',
      'full: Anna Varga, "The Ports", *Harbour Review* 8 (Winter 1967): 39–60']);
  });

  test('a co-author in brackets after the author belongs to the reference, and an op. cit. in italics finds it', () => {
    const text = withNotes('One.1 Two.2', 'Ivo Holt (with Anna Varga), *The Quays* (Riga: Baltic Press, 1982), pp. 74–96.', 'Cf. Holt, *op. cit.*, p. 141.');
    assert.deepEqual(found(text), ['full: Ivo Holt (with Anna Varga), *The Quays* (Riga: Baltic Press, 1982), pp. 74–96', 'opcit: Holt, *op. cit.*, p. 141']);
    assert.deepEqual(resolutions(citationsOf(text)), ['Holt, *op. cit.*, p. 141 => Ivo Holt (with Anna Varga), *The Quays* (Riga: Baltic Press, 1982), pp. 74–96']);
  });

  test('an article whose title\'s comma stands after the closing quote, as British notes write it', () => {
    const text = withNotes('One.1', 'Jens Varga, "The Victory of the Councils", Harbour Review, 15 November 1918.');
    assert.deepEqual(found(text), ['full: Jens Varga, "The Victory of the Councils", Harbour Review, 15 November 1918']);
  });

  test('a title may hold a sentence\'s end (`Unite!`) and open with a quotation in single quotes', () => {
    const text = [
      'Prose.<sup>1</sup> Prose.<sup>2</sup>',
      '',
      '1. Jan Kessler, ed., *Dockers of All Ports, Unite! Minutes of the First Congress, 1920* (Riga: Baltic Press, 1991), 211–90.',
      '',
      '2. Maren Holt, “‘The Port Belongs to Us!’: Dockers and Their Council,” Harbour History 27, no. 1 (1994): 27–64.',
    ].join('\n');
    assert.deepEqual(found(text, 'markdown'), [
      'full: Jan Kessler, ed., *Dockers of All Ports, Unite! Minutes of the First Congress, 1920* (Riga: Baltic Press, 1991), 211–90',
      'full: Maren Holt, “‘The Port Belongs to Us!’: Dockers and Their Council,” Harbour History 27, no. 1 (1994): 27–64',
    ]);
  });

  test('fields of Chicago notes: a title before its translator or volumes, a particle, initials that begin with A, a journal without emphasis', () => {
    const text = withNotes(
      'One.1 Two.2 Three.3 Four.4',
      'Tomas von Ahlen, The Harbour Strikes, 1890–1911, trans. Jan Rask (Riga: Baltic Press, 2006), 131–35.',
      'A. J. Holt, The Quays, 2 vols. (Oslo: Nordic Press, 1966), 2:711.',
      'Maren Holt, “‘The Port Belongs to Us!’: Dockers and Their Council,” Harbour History 27, no. 1 (1994): 27–64.',
      '"The Clerks," in Spartacus May 1978.',
    );
    assert.deepEqual(citationsOf(text).map((c) => c.fields).slice(0, 3), [
      { authors: ['Tomas von Ahlen'], title: 'The Harbour Strikes, 1890–1911', place: 'Riga', publisher: 'Baltic Press', year: '2006', pages: '131–35' },
      { authors: ['A. J. Holt'], title: 'The Quays', place: 'Oslo', publisher: 'Nordic Press', year: '1966', pages: '2:711' },
      { authors: ['Maren Holt'], title: '‘The Port Belongs to Us!’: Dockers and Their Council', container: 'Harbour History', year: '1994', pages: '27–64' },
    ]);
    assert.equal(citationsOf(text)[3].fields.container, undefined); // a month is no journal
  });

  test('fields: a series of authors and their editors\' mark before the title; a title made of a name and its subject is no series', () => {
    const text = withNotes('One.1 Two.2',
      'Maren Holt, Odile Varga and Jan Kessler (eds), The Quiet Archive: Essays (Riga: Baltic Press, 2001), pp. 208-16.',
      'Tomas Brenner, Holt\'s Harbour and After (Oslo: Nordic Press, 1986), 45.');
    assert.deepEqual(citationsOf(text).map((c) => [c.fields.authors, c.fields.title]), [
      [['Maren Holt', 'Odile Varga', 'Jan Kessler'], 'The Quiet Archive: Essays'],
      [['Tomas Brenner'], 'Holt\'s Harbour and After'],
    ]);
  });

  test('a short form whose title holds commas before capitalized words', () => {
    const text = withNotes('One.1 Two.2', 'Anna Grask, Salt, Timber and the Crown (Halden: Merrow, 1988), 112.', 'Grask, Salt, Timber and the Crown, 7.');
    const [, short] = citationsOf(text);
    assert.equal(short.text, 'Grask, Salt, Timber and the Crown, 7');
    assert.deepEqual(short.fields, { authors: ['Grask'], title: 'Salt, Timber and the Crown', pages: '7' });
  });

  test('a note in the continental style, without brackets: a year in its italic title is the title’s, and the publisher may be several words', () => {
    const text = withNotes('One.1 Two.2',
      'Anna Grask, *The Quiet Archive: Halden, 1929–1940*, London, Oxford University Press, 1963, p. 1–24.',
      'Jan Holt, *Mémoires d’un clerc, 1901–1941*, Paris, Éditions du Seuil, 1951, p. 135.');
    assert.deepEqual(found(text), [
      'full: Anna Grask, *The Quiet Archive: Halden, 1929–1940*, London, Oxford University Press, 1963, p. 1–24',
      'full: Jan Holt, *Mémoires d’un clerc, 1901–1941*, Paris, Éditions du Seuil, 1951, p. 135',
    ]);
  });

  test('a short form of several authors (`et al.`), and of a quoted title in a collection', () => {
    const text = withNotes('One.1 Two.2 Three.3', 'Anna Grask et al., The Quiet Archive (Halden: Merrow, 1988), 112.', 'Grask et al., Quiet Archive, 57.',
      'Holt, “The Quays,” in Collected Works, 32:329–65.');
    const [full, short, inCollection] = citationsOf(text);
    assert.deepEqual(full.fields.authors, ['Anna Grask']);
    assert.equal(short.text, 'Grask et al., Quiet Archive, 57');
    assert.deepEqual(short.fields, { authors: ['Grask'], title: 'Quiet Archive', pages: '57' });
    assert.equal(inCollection.text, 'Holt, “The Quays,” in Collected Works, 32:329–65');
    assert.deepEqual(inCollection.fields, { authors: ['Holt'], title: 'The Quays', container: 'Collected Works', pages: '32:329–65' });
  });

  test('a short form of two authors, before a clause about its pages', () => {
    const text = withNotes('One.1 Two.2', 'Anna Grask and Jan Holt, *The Quiet Archive* (Halden: Merrow, 1988), 112.',
      'Grask and Holt, *Quiet Archive*, 125, which gives the figure.');
    assert.deepEqual(found(text), ['full: Anna Grask and Jan Holt, *The Quiet Archive* (Halden: Merrow, 1988), 112', 'short: Grask and Holt, *Quiet Archive*, 125']);
  });

  test('a short form’s bare pages before a clause about them (`, citing`, `, on`)', () => {
    const text = withNotes('One.1 Two.2', 'Holt, Clerks of the Quays, 2:766–69, citing Varga’s letters.', 'Varga, Harbours, 255–57, on the strike.');
    assert.deepEqual(found(text), ['full: Holt, Clerks of the Quays, 2:766–69', 'full: Varga, Harbours, 255–57']);
  });

  test('a reading list’s items of an author and a year alone are references; a line of prose is not', () => {
    assert.deepEqual(found('Works discussed:\n\n- Holt 1978\n- Varga and Kessel 1984.\n\n- Riga 1968 was a year of change.', 'markdown'),
      ['author-year: Holt 1978', 'author-year: Varga and Kessel 1984']);
  });

  test('a short form after a cue: quoted in, see also, compare, and, in', () => {
    const text = withNotes(
      'One.1 Two.2 Three.3 Four.4',
      'Quoted in Holt, Age of Quays, 50.',
      'See also Holt, Quays, 51.',
      'Compare Holt, Quays, 52; and Varga, Harbours, 13.',
      'The telegram is reproduced in Holt, Quays, 97. Text in Varga, Harbours, 176–78.',
    );
    assert.deepEqual(found(text), ['full: Holt, Age of Quays, 50', 'full: Holt, Quays, 51', 'full: Holt, Quays, 52', 'full: Varga, Harbours, 13',
      'full: Holt, Quays, 97', 'full: Varga, Harbours, 176–78']);
  });

  test('an article in a journal: the parenthesis of its year and its pages close it, whatever the journal is called', () => {
    const text = withNotes(
      'One.1 Two.2 Three.3',
      'E. P. Holt, "The Clerks of the Harbour," Past and Present 50 (1971): 76-136.',
      'Jens Varga, "La nascita del porto," Annali dell\'Istituto storico italo-germanico 1 (1975): 143-68.',
      'Ibid., 150.',
    );
    assert.deepEqual(found(text), [
      'full: E. P. Holt, "The Clerks of the Harbour," Past and Present 50 (1971): 76-136',
      'full: Jens Varga, "La nascita del porto," Annali dell\'Istituto storico italo-germanico 1 (1975): 143-68',
      'ibid: Ibid., 150',
    ]);
    assert.deepEqual(citationsOf(text)[1].fields, { authors: ['Jens Varga'], title: 'La nascita del porto', year: '1975', pages: '143-68' });
    assert.deepEqual(resolutions(citationsOf(text)), ['Ibid., 150 => Jens Varga, "La nascita del porto," Annali dell\'Istituto storico italo-germanico 1 (1975): 143-68']);
  });

  test('Markdown notes: italic titles, articles in journals, two works in one note', () => {
    const text = [
      'Prose.<sup>1</sup> More prose.<sup>2</sup>',
      '',
      '1. See Marta Ilves, *The Harbour Years* (Riga, 1937), and *The Quiet Archive* (Riga, 1941).',
      '',
      '2. Odile Varga, "The Clerks and the Crown," *Baltic Review*, May-June 1969, p. 80.',
    ].join('\n');
    assert.deepEqual(found(text, 'markdown'), [
      'full: Marta Ilves, *The Harbour Years* (Riga, 1937)',
      'full: *The Quiet Archive* (Riga, 1941)',
      'full: Odile Varga, "The Clerks and the Crown," *Baltic Review*, May-June 1969, p. 80',
    ]);
    const article = citationsOf(text, 'markdown')[2];
    assert.deepEqual(article.fields, { authors: ['Odile Varga'], title: 'The Clerks and the Crown', container: 'Baltic Review', year: '1969', pages: '80' });
  });

  test('an author-date entry that ends with its title (its place on a line of its own) keeps its year and its title with a colon', () => {
    const text = ['The Quays', 'A paragraph of prose long enough to be the body of the essay, and then some more words.', 'References',
      'Reck, Vera T. 1975. Ivo Kessler: A Writer in Conflict with the Harbour.'].join('\n\n');
    assert.deepEqual(citationsOf(text).map((c) => c.fields), [{ authors: ['Vera T. Reck'], title: 'Ivo Kessler: A Writer in Conflict with the Harbour', year: '1975' }]);
  });

  test('fields of Harvard entries: the original year in brackets, a chapter in quotation marks and its book, a saint\'s town, the chapter\'s pages', () => {
    const text = [
      'The clerks wrote (Holt 1977; Kessler 1971).',
      'References',
      'Holt, M. ([1924–25] 1977) The Clerks. St. Louis: Nordic Press.',
      'Kessler, J. ([1918] 1971) \'What Does the Harbour Want?\', in P. Rask (ed.) Selected Writings of Marta Ilves. Riga: Baltic Press, 366–76.',
    ].join('\n\n');
    assert.deepEqual(citationsOf(text).filter((c) => c.kind === 'bibliography').map((c) => c.fields), [
      { authors: ['M. Holt'], title: 'The Clerks', place: 'St. Louis', publisher: 'Nordic Press', year: '1977' },
      { authors: ['J. Kessler'], title: 'What Does the Harbour Want?', container: 'Selected Writings of Marta Ilves', place: 'Riga', publisher: 'Baltic Press', year: '1971' },
    ]);
  });

  test('an entry\'s given names may be an initial and a name (`Holt, J. Maren, and`), but a name after initials and a full stop is the title', () => {
    const text = ['References', 'Holt, J. Maren, and Ivo Brenn. 1999. The Clerks. Riga: Baltic Press.', 'Holt, J. Maren. 1985. Harbours. Riga: Baltic Press.',
      'Rask, J. P. Marta Ilves. Oslo: Nordic Press, 1966.'].join('\n\n');
    assert.deepEqual(citationsOf(text).map((c) => [c.fields.authors, c.fields.title]), [
      [['J. Maren Holt', 'Ivo Brenn'], 'The Clerks'], [['J. Maren Holt'], 'Harbours'], [['J. P. Rask'], 'Marta Ilves'],
    ]);
  });

  test('a note that opens with its title runs it to its editors or volume; a title of words joined by `and` is no list of authors', () => {
    const text = withNotes('Prose.1 More.2 And more.3', 'The Harbour Letters, 1931–36, ed. R. W. Holt and O. V. Kessler (Riga, 2003), pp. 138–39.',
      'Holod na portu, vol. 3, pp. 5–9.', 'Marta Ilves, The Clerks and Soviet History (Riga: Baltic Press, 2010), 25.');
    assert.deepEqual(citationsOf(text).map((c) => [c.fields.authors, c.fields.title]), [
      [undefined, 'The Harbour Letters, 1931–36'],
      [undefined, 'Holod na portu'],
      [['Marta Ilves'], 'The Clerks and Soviet History'],
    ]);
  });

  test('a transliteration\'s initials of two letters open a reference as one letter\'s do', () => {
    const text = withNotes('Prose.1 More.2', 'L. Ia. Holt, Sovetskii port (Riga: Nauka, 1987), 163.', 'Iu. G. Varga, Razgovory (Riga, 1993), 12.');
    assert.deepEqual(citationsOf(text).map((c) => [c.text, c.fields.authors]), [
      ['L. Ia. Holt, Sovetskii port (Riga: Nauka, 1987), 163', ['L. Ia. Holt']],
      ['Iu. G. Varga, Razgovory (Riga, 1993), 12', ['Iu. G. Varga']],
    ]);
  });

  test('the book a letter or a quoted piece is printed in, before its volume\'s years in brackets, is the container', () => {
    const text = withNotes('Prose.1 More.2', 'Holt to Rask, 20 May 1938, in Writings of Marta Ilves [1937–38] (Riga: Baltic Press, 1976), p. 341.',
      'Marta Ilves, “The Quays Anew,” in Writings of Marta Ilves [1932–33] (Riga: Baltic Press, 1972), 304–11.');
    assert.deepEqual(citationsOf(text).map((c) => c.fields.container), ['Writings of Marta Ilves', 'Writings of Marta Ilves']);
  });

  test('a letter is no newspaper\'s issue: its writer and the one it was sent to are no periodical', () => {
    const text = withNotes('Prose.1', 'Holt to Rask, 19 January 1950, in Odile Varga, "The Clerks and the Crown," Working Paper no. 39 (Riga: Baltic Press, 2002), 12.');
    assert.deepEqual(citationsOf(text)[0].fields, { authors: ['Odile Varga'], title: 'The Clerks and the Crown', place: 'Riga', publisher: 'Baltic Press', year: '2002', pages: '12' });
  });

  test('a letter to someone named by an initial, dated by a month, in a book of works, gives no title: its writer and reader are persons', () => {
    const text = withNotes('Prose.1', 'Holt to M. Raskov, September 1904, in Sochineniia, vol. 1 (Riga: Baltic Press, 1946), 56–58.');
    assert.deepEqual(citationsOf(text)[0].fields.title, undefined);
    assert.deepEqual(mentions(text).filter((m) => m.startsWith('person')), ['person Holt', 'person M. Raskov']);
  });

  test('a web page\'s comments under their own heading below the reading list are no entries of it', () => {
    const text = ['# The Quays', 'The clerks wrote.', '### Further reading', '- Maren Holt, *The Clerks* (Oslo: Nordic Press, 1977).',
      '#### 3 Comments', '**Jan Rask** — March 3, 2021 at 9:14 am', 'I visited the quays last winter. Very moving.'].join('\n\n');
    assert.deepEqual(found(text, 'markdown'), ['bibliography: Maren Holt, *The Clerks* (Oslo: Nordic Press, 1977).']);
  });

  test('in the body, an italic title and its year start at the title, not at the sentence', () => {
    assert.deepEqual(found('His first book, *The Quays* (1952), described the clerks from the inside.', 'markdown'), ['full: *The Quays* (1952)']);
  });

  test('corpus: a title with its place and year in the body', () => {
    const text = 'In his important work How Russia is Ruled (Cambridge Mass., 1953), Professor Merle Fainsod rightly devoted several passages to it, in his Terrorism and Communism (1920).';
    assert.deepEqual(found(text), [
      'full: How Russia is Ruled (Cambridge Mass., 1953)',
      'parenthetical: Terrorism and Communism (1920)',
    ]);
  });

  test('not references: a title in prose without details, a dated event, a plain hyperlink', () => {
    const text = 'In her classic The Cultural Front, Sheila Fitzpatrick talks about the class. At the Ninth Party Congress (1920) they spoke. See https://example.org/archive/1999/notes.';
    assert.deepEqual(found(text), []);
  });

  test('not references: laws, treaties and battles dated in parentheses', () => {
    const text = 'The First Amendment (1791), the Treaty of Varna (1919) and the Battle of Ostrava (1792) came before Terror and Order (1920).';
    assert.deepEqual(found(text), ['parenthetical: Terror and Order (1920)']);
  });

  test('a cue in parentheses is a source when a name or title follows it, not when it points within the text', () => {
    const text = 'The quays were busy (see the tables below) and loud (cf. “The Quays”), as was noted (see also Holt: Harbours).';
    assert.deepEqual(found(text), ['parenthetical: (cf. “The Quays”)', 'parenthetical: (see also Holt: Harbours)']);
  });

  test('not a reference: an italic periodical in prose, then a date', () => {
    assert.deepEqual(found('In Riga, Ivo Brenner edited the *Harbour Gazette* until May 1931, when it closed.'), []);
  });

  test('a list of works under two such headings joined (`## Sources and further reading`) is a bibliography', () => {
    const text = ['# The Quiet Archive', 'A paragraph of prose long enough to be the body of the essay, and then some more words to fill it.',
      '## Sources and further reading', '- Holt, Maren. *The Clerks*. Oslo: Nordic Press, 1977.\n- Rask, Jan. *Harbours*. Riga: Baltic Press, 1981.'].join('\n\n');
    assert.deepEqual(found(text, 'markdown'), ['bibliography: Holt, Maren. *The Clerks*. Oslo: Nordic Press, 1977.', 'bibliography: Rask, Jan. *Harbours*. Riga: Baltic Press, 1981.']);
  });

  test('a list of works under a heading that says what it is for (`### Reading list for Lecture 9`) is a bibliography', () => {
    const text = ['# The Quiet Archive', 'A paragraph of prose long enough to be the body of the essay, and then some more words to fill it.',
      '### Reading list for Lecture 9', 'Required:', '- Holt, Maren. *The Clerks*. Oslo: Nordic Press, 1977. Chapters 2–4.'].join('\n\n');
    assert.deepEqual(found(text, 'markdown'), ['bibliography: Holt, Maren. *The Clerks*. Oslo: Nordic Press, 1977. Chapters 2–4.']);
  });

  test('a bibliography: every entry is a reference', () => {
    const text = [
      'The Quiet Archive',
      'A paragraph of prose that is long enough to be the body of the essay, and then some more words to fill it.',
      'Bibliography',
      'Holt, Maren. The Clerks. Oslo: Nordic Press, 1977.\nLenin, V. I. State and Revolution. Moscow: Progress, 1970.',
      'Kessler, Jan (1985) The Quiet Archive, second edition,\nrevised. Riga: Baltic.',
    ].join('\n\n');
    assert.deepEqual(found(text), [
      'bibliography: Holt, Maren. The Clerks. Oslo: Nordic Press, 1977.',
      'bibliography: Lenin, V. I. State and Revolution. Moscow: Progress, 1970.',
      'bibliography: Kessler, Jan (1985) The Quiet Archive, second edition,\nrevised. Riga: Baltic.',
    ]);
    assert.deepEqual(citationsOf(text).map((c) => c.fields), [
      { authors: ['Maren Holt'], title: 'The Clerks', place: 'Oslo', publisher: 'Nordic Press', year: '1977' },
      { authors: ['V. I. Lenin'], title: 'State and Revolution', place: 'Moscow', publisher: 'Progress', year: '1970' },
      { authors: ['Jan Kessler'], title: 'The Quiet Archive, second edition, revised', place: 'Riga', publisher: 'Baltic', year: '1985' },
    ]);
  });
});

describe('titles without emphasis beside their publication details, in the body', () => {
  const text = 'In his study How the Harbour is Governed (Riga, 1953), as in The League of the Baltic Clerks (Oslo, 1960), ' +
    'Varga and Holt (Tallinn, 1961) agree. M. Orlov (Tamsin and the Harbour Union, New York, 1959) dissents; ' +
    'so does his The Second Harbour After Varga (1929). Odile Varga (Riga, 1970) says little.';

  test('the title before the parenthesis, or first in it, and the place after it; two names are no title', () => {
    assert.deepEqual(citationsOf(text).map((c) => [c.text, c.fields.title, c.fields.place]), [
      ['How the Harbour is Governed (Riga, 1953)', 'How the Harbour is Governed', 'Riga'],
      ['The League of the Baltic Clerks (Oslo, 1960)', 'The League of the Baltic Clerks', 'Oslo'],
      ['Varga and Holt (Tallinn, 1961)', undefined, 'Tallinn'],
      ['M. Orlov (Tamsin and the Harbour Union, New York, 1959)', 'Tamsin and the Harbour Union', 'New York'],
      ['The Second Harbour After Varga (1929)', 'The Second Harbour After Varga', undefined],
      ['Odile Varga (Riga, 1970)', undefined, 'Riga'],
    ]);
  });

  test('names inside those titles name no one', () => {
    const names = analyzeDocument(text, 'plaintext').mentions.map((m) => m.text);
    assert.deepEqual(names.filter((n) => /Tamsin|Union|League|Harbour/.test(n)), []);
  });
});

describe('a work named before its editors, in a note', () => {
  test('the work is the title, not the authors, when it has a word in small letters; a person before ed. stays the author', () => {
    const text = withNotes('The strike.1 The end.2',
      'Écrits de Tamsin Orlov, ed. M. Varga and J. Holt, vol. 2 (Riga, 1967), pp. 5-9.',
      'Odile Varga, ed. Jan Holt, Harbour Letters (Oslo, 1970), p. 3.');
    assert.deepEqual(citationsOf(text).map((c) => [c.fields.authors, c.fields.title]), [
      [undefined, 'Écrits de Tamsin Orlov'],
      [['Odile Varga'], 'ed. Jan Holt, Harbour Letters'],
    ]);
  });

  test('so is a work whose translator or editors alone follow it up to its details; their names are no title', () => {
    const text = withNotes('The strike.1 The end.2', 'Harbour Remembers, trans. Strobe Kallen (Boston, 1970), p. 74.',
      'Dokumenty, ed. V. N. Holtov, V. P. Varin and N. S. Rask (Riga: Materik, 2004), pp. 12–14.');
    assert.deepEqual(citationsOf(text).map((c) => [c.fields.authors, c.fields.title]), [[undefined, 'Harbour Remembers'], [undefined, 'Dokumenty']]);
    assert.deepEqual(mentions(text).filter((m) => m.startsWith('person')), ['person Strobe Kallen', 'person V. N. Holtov', 'person V. P. Varin', 'person N. S. Rask']);
  });
});

describe('a list of works cited, one entry a line', () => {
  test('an entry opens with the dashes that repeat the author above, or with a surname\'s particle', () => {
    const text = [
      'The Quiet Archive',
      'A paragraph of prose that is long enough to be the body of the essay (Holt 1977, 3), and then some more words.',
      'Works Cited',
      'Holt, Maren. The Clerks. Nordic Press, 1977.',
      '---. The Quays. Nordic Press, 1981.',
      'van der Velde, Kees. The Harbour Board. Baltic Press, 1984.',
    ].join('\n');
    assert.deepEqual(found(text), [
      'author-year: (Holt 1977, 3)',
      'bibliography: Holt, Maren. The Clerks. Nordic Press, 1977.',
      'bibliography: ---. The Quays. Nordic Press, 1981.',
      'bibliography: van der Velde, Kees. The Harbour Board. Baltic Press, 1984.',
    ]);
  });
});

describe('a list of references whose entries hang', () => {
  test('a line indented deeper than its entry\'s first continues it, even after a period', () => {
    const text = ['The Quays', 'A paragraph of prose long enough to be the body of the essay (Holt 2001, 3), and then some more words.', 'References',
      'Holt, Maren. 2001. The Clerks of the Harbour.\n    Oslo: Nordic Press.\nIlves, Marta. 1982. The Quays of Velmora. Riga:\n    Baltic Press.'].join('\n\n');
    assert.deepEqual(found(text), [
      'author-year: (Holt 2001, 3)',
      'bibliography: Holt, Maren. 2001. The Clerks of the Harbour.\n    Oslo: Nordic Press.',
      'bibliography: Ilves, Marta. 1982. The Quays of Velmora. Riga:\n    Baltic Press.',
    ]);
  });
});

describe('a list of references over a printed page’s break', () => {
  test('its entries go on after the page’s footnotes, number and running head, none of which is an entry', () => {
    const page = (number: number, ...lines: string[]) => [`${' '.repeat(38)}${number}`, '', 'THE QUAYS AND THEIR CLERKS', '', ...lines];
    const text = [
      'THE QUAYS', '',
      'A paragraph of prose long enough to be the body of the essay, which the notes',
      'comment on as they go and which cites its works by author and date (Holt 2001).', '',
      ...page(219, 'A paragraph of prose long enough to be the body of the essay, which the notes',
        'comment on as they go and which cites no work at all, as it happens to be.', ''),
      ...page(220, 'Another paragraph of prose, long enough to be the body of the essay, that the',
        'notes comment on as they go, and that cites no work at all, as it happens.¹', '', 'References', '',
        'Holt, M. (2001). The clerks of the harbour. Nordic Press.', 'Ilves, M. (1982). The quays of Velmora. Baltic Press.', '',
        '¹ The clerks were counted in 1901, and again in 1911, by the harbour board.', ''),
      ...page(221, 'Kessler, A. (1990). The harbour board. Baltic Press.', 'Vantor, I. (1977). Cranes and men. Nordic Press.'),
    ].join('\n');
    assert.deepEqual(found(text), [
      'author-year: (Holt 2001)',
      'bibliography: Holt, M. (2001). The clerks of the harbour. Nordic Press.',
      'bibliography: Ilves, M. (1982). The quays of Velmora. Baltic Press.',
      'bibliography: Kessler, A. (1990). The harbour board. Baltic Press.',
      'bibliography: Vantor, I. (1977). Cranes and men. Nordic Press.',
    ]);
  });
});

describe('an author-date list of references in Markdown', () => {
  const text = [
    '# The Quays',
    '',
    'The clerks kept copies (Holt 2001, 12; Kessler 2019b).',
    '',
    '## References',
    '',
    '- Holt, Maren. 2001. *The Clerks*. Translated by Jan Rask. Oslo: Nordic Press.',
    '- Kessler, Jan. 2019a. "The Quays." *Harbour Review* 12 (3): 1–19.',
    '- ———. 2019b. *The Office*. Riga: Baltic Press.',
    '- Oden, Karl. (1848) 1990. *Die Charta*. 2nd ed. Halden: Selbstverlag.',
  ].join('\n');

  test('each item of the list is an entry, without its bullet', () => {
    assert.deepEqual(found(text, 'markdown').filter((c) => c.startsWith('bibliography')), [
      'bibliography: Holt, Maren. 2001. *The Clerks*. Translated by Jan Rask. Oslo: Nordic Press.',
      'bibliography: Kessler, Jan. 2019a. "The Quays." *Harbour Review* 12 (3): 1–19.',
      'bibliography: ———. 2019b. *The Office*. Riga: Baltic Press.',
      'bibliography: Oden, Karl. (1848) 1990. *Die Charta*. 2nd ed. Halden: Selbstverlag.',
    ]);
  });

  test('fields: the title before a translator or an edition, an article\'s title, the authors the dashes repeat, the year of the edition cited', () => {
    assert.deepEqual(citationsOf(text, 'markdown').filter((c) => c.kind === 'bibliography').map((c) => c.fields), [
      { authors: ['Maren Holt'], title: 'The Clerks', place: 'Oslo', publisher: 'Nordic Press', year: '2001' },
      { authors: ['Jan Kessler'], title: 'The Quays', year: '2019a' },
      { authors: ['Jan Kessler'], title: 'The Office', year: '2019b' },
      { authors: ['Karl Oden'], title: 'Die Charta', place: 'Halden', publisher: 'Selbstverlag', year: '1990' },
    ]);
  });
});

describe('works cited in MLA style', () => {
  test('fields: a second author, an editor\'s mark, a surname\'s particles', () => {
    const text = ['The Quays', 'A paragraph of prose long enough to be the body of the essay (Holt and Rask 45), and then some more words.', 'Works Cited',
      'Holt, Maren, and Jan Rask. The Clerks of the Harbour. Nordic Press, 1985.\nIlves, Marta, editor. The Quays. Baltic Press, 1979.\nvan der Velde, Kees. The Harbour Board. Baltic Press, 1984.'].join('\n\n');
    assert.deepEqual(citationsOf(text).filter((c) => c.kind === 'bibliography').map((c) => [c.fields.authors, c.fields.title]), [
      [['Maren Holt', 'Jan Rask'], 'The Clerks of the Harbour'],
      [['Marta Ilves'], 'The Quays'],
      [['Kees van der Velde'], 'The Harbour Board'],
    ]);
  });
});

describe('authors named in full before a year in parentheses', () => {
  test('a name that opens with a known given name or initials is the author, not a title; so are the names joined to it', () => {
    assert.deepEqual(found('Later Karl Kerrow & Anna Ossa (1985) moved further, and E. P. Brennholt (1963) too.'),
      ['author-year: Karl Kerrow & Anna Ossa (1985)', 'author-year: E. P. Brennholt (1963)']);
  });
});

describe('a work named in prose after its author in the possessive', () => {
  test('the author is the possessive name, the title the words after it', () => {
    const [citation] = citationsOf('For a generation, Kerrow’s Origins of the Harbour Strikes (1985) set the terms.');
    assert.equal(citation.text, 'Kerrow’s Origins of the Harbour Strikes (1985)');
    assert.deepEqual([citation.fields.authors, citation.fields.title], [['Kerrow'], 'Origins of the Harbour Strikes']);
  });

  test('so with the author’s full name (`Maren Kerrow’s`), which is no author and year of its own', () => {
    const [citation] = citationsOf('The archive opened.\nMaren Kerrow’s The Long Quays (1968) was the first account.');
    assert.equal(citation.text, 'Maren Kerrow’s The Long Quays (1968)');
    assert.deepEqual([citation.kind, citation.fields.authors, citation.fields.title], ['parenthetical', ['Maren Kerrow'], 'The Long Quays']);
  });

  test('no words of the title are an author cited with the year', () => {
    assert.deepEqual(citationsOf('Holt’s The Long Quays (1968) put the dead at many.').flatMap((c) => c.fields.authors ?? []).filter((a) => a !== 'Holt'), []);
  });
});

describe('works cited with more than two authors', () => {
  test('fields: every author after the first one\'s inverted name, and no title made of them; `et al.` adds none', () => {
    const text = ['The Quays', 'A paragraph of prose long enough to be the body of the essay (Holt et al. 1985), and then some more words.', 'References',
      'Holt, Maren, Ivo Brenn, and Jan Rask. 1985. The Clerks of the Harbour. Oslo: Nordic Press.\nIlves, Marta, et al. 1979. The Quays. Riga: Baltic Press.'].join('\n\n');
    assert.deepEqual(citationsOf(text).filter((c) => c.kind === 'bibliography').map((c) => [c.fields.authors, c.fields.title]), [
      [['Maren Holt', 'Ivo Brenn', 'Jan Rask'], 'The Clerks of the Harbour'],
      [['Marta Ilves'], 'The Quays'],
    ]);
  });

  test('fields: APA’s inverted co-authors after an ampersand; a title before `ed. and trans.` ends before them', () => {
    const text = ['The Quays', 'A paragraph of prose long enough to be the body of the essay (Holt & Rask 1985), and then some more words.', 'References',
      'Holt, M., & Rask, J. P. (1985). The Clerks of the Harbour. Oslo: Nordic Press.\nIlves, M. (1979) The Quays, ed. and trans. J. Varga. Riga: Baltic Press.'].join('\n\n');
    assert.deepEqual(citationsOf(text).filter((c) => c.kind === 'bibliography').map((c) => [c.fields.authors, c.fields.title]), [
      [['M. Holt', 'J. P. Rask'], 'The Clerks of the Harbour'],
      [['M. Ilves'], 'The Quays'],
    ]);
  });

  test('fields: APA’s editors’ mark after the authors (`Holt, M. (Ed.). (1983).`), the title after it', () => {
    const text = ['The Quays', 'A paragraph of prose long enough to be the body of the essay (Holt 1983), and then some more words.', 'References',
      'Holt, M. (Ed.). (1983). The clerks revalued. Nordic Press.\nIlves, M., & Rask, J. (Eds.). (1977). The quays. Baltic Press.'].join('\n\n');
    assert.deepEqual(citationsOf(text).filter((c) => c.kind === 'bibliography').map((c) => [c.fields.authors, c.fields.title, c.fields.year]), [
      [['M. Holt'], 'The clerks revalued', '1983'],
      [['M. Ilves', 'J. Rask'], 'The quays', '1977'],
    ]);
  });
});

describe('Markdown footnotes after a list of references', () => {
  const text = [
    '# The Quays',
    '',
    'As Holt (2001) argues, the clerks kept copies.[^1] They kept more.[^2] And more.[^3]',
    '',
    '## References',
    '',
    'Holt, Maren. 2001. *The Clerks*. Oslo: Nordic Press.',
    '',
    'Varga, Odile. 1981. *Harbours*. Riga: Baltic Press.',
    '',
    '[^1]: Jan Kessler, *The Quiet Archive* (Riga: Baltic Press, 1985), 12.',
    '',
    '[^2]: Ibid., 14.',
    '',
    '[^3]: The clerks never said so; the habit was older than the office, founded in 1890.',
  ].join('\n');

  test('the entries of the list are bibliography, the footnotes gathered under it are notes', () => {
    assert.deepEqual(found(text, 'markdown'), [
      'author-year: Holt (2001)',
      'bibliography: Holt, Maren. 2001. *The Clerks*. Oslo: Nordic Press.',
      'bibliography: Varga, Odile. 1981. *Harbours*. Riga: Baltic Press.',
      'full: Jan Kessler, *The Quiet Archive* (Riga: Baltic Press, 1985), 12',
      'ibid: Ibid., 14',
    ]);
  });

  test('an Ibid. in a footnote repeats the footnote before it, not the last entry of the list', () => {
    assert.deepEqual(resolutions(citationsOf(text, 'markdown')), ['Ibid., 14 => Jan Kessler, *The Quiet Archive* (Riga: Baltic Press, 1985), 12']);
  });
});

describe('resolving back-references', () => {
  test('Ibid. repeats the reference before it, in a chain; Quoted in Ibid. and idem too', () => {
    const text = withNotes(
      'One.1 Two.2 Three.3 Four.4',
      'Maren Holt, The Clerks (Oslo: Nordic Press, 1977), p. 3.',
      'Ibid., pp. 4–5.',
      'Quoted in Ibid., p. 9.',
      'Idem, p. 12.',
    );
    assert.deepEqual(resolutions(citationsOf(text)), [
      'Ibid., pp. 4–5 => Maren Holt, The Clerks (Oslo: Nordic Press, 1977), p. 3',
      'Quoted in Ibid., p. 9 => Maren Holt, The Clerks (Oslo: Nordic Press, 1977), p. 3',
      'Idem, p. 12 => Maren Holt, The Clerks (Oslo: Nordic Press, 1977), p. 3',
    ]);
  });

  test('an Ibid. after an author\'s name repeats that author\'s latest reference, though another came between', () => {
    const text = withNotes(
      'One.1 Two.2 Three.3 Four.4 Five.5',
      'Maren Holt, The Clerks (Oslo: Nordic Press, 1977), p. 3.',
      'Holt, op. cit., p. 8. Cf. the discussion in Jan Rask, The Port (Riga: Baltic Press, 1985), 12.',
      'Quoted by Holt, ibid., p. 9.',
      'Odile Varga has noted it. "The Harbour," Port Review, May 1967, p. 20. Cited in Varga, ibid.',
      'On Kessler, ibid., 14.',
    );
    assert.deepEqual(resolutions(citationsOf(text)), [
      'Holt, op. cit., p. 8 => Maren Holt, The Clerks (Oslo: Nordic Press, 1977), p. 3',
      'ibid., p. 9 => Maren Holt, The Clerks (Oslo: Nordic Press, 1977), p. 3',
      'ibid. => "The Harbour," Port Review, May 1967, p. 20',
      'ibid., 14 => "The Harbour," Port Review, May 1967, p. 20',
    ]);
  });

  test('a periodical’s issue that a note’s sentence names after `in` is a reference (`appeared in the Harbour Gazette, 19 December 1937`)', () => {
    const text = withNotes('One.1', 'Varga’s interview appeared in the Harbour Gazette, 19 December 1937. On the commission see Holt 1977.');
    assert.deepEqual(found(text), ['full: Harbour Gazette, 19 December 1937', 'author-year: Holt 1977']);
  });

  test('a periodical’s issue after a colon in a note’s sentence is a reference (`printed it two days later: Harbour Gazette, 30 June 1948`)', () => {
    const text = withNotes('One.1', 'The local press printed the text two days later: Harbour Gazette, 30 June 1948, p. 1.');
    assert.deepEqual(found(text), ['full: Harbour Gazette, 30 June 1948, p. 1']);
    assert.deepEqual(citationsOf(text)[0].fields, { container: 'Harbour Gazette', year: '1948', pages: '1' });
  });

  test('a year in brackets after a clause of prose is no publication (`(some biographers, following her, prefer 1870)`)', () => {
    assert.deepEqual(citationsOf('Holt was born in Oslo on 5 March 1871 (some biographers, following her own statements, prefer 1870).'), []);
    assert.deepEqual(citationsOf('Holt, The Quays (repr. Oslo: Kessel, 1970) and Rask, The Clerks (2nd ed., Oslo, 1977).').map((c) => c.text),
      ['The Quays (repr. Oslo: Kessel, 1970)', 'The Clerks (2nd ed., Oslo, 1977)']);
  });

  test('short forms compared `with` one another, and one after a colon, are references', () => {
    const text = withNotes('One.1 Two.2', 'Compare Holt, Quays, 2:35–38, with Varga, Clerks, 10–13.',
      'Rask, *Harbour Papers*, 1:301. Holt modernises the spelling: Holt, *Quays of Velmora*, 53.');
    assert.deepEqual(found(text), ['full: Holt, Quays, 2:35–38', 'full: Varga, Clerks, 10–13', 'full: Rask, *Harbour Papers*, 1:301',
      'full: Holt, *Quays of Velmora*, 53']);
  });

  test('a short form after `by`, and one of two authors joined by Spanish `y`', () => {
    const text = withNotes('One.1 Two.2', 'The material was later used by Holt, *Los muelles*, 9–14.', 'Sánchez Salazar y Gorkin, *Así fue*, 163–67.');
    assert.deepEqual(found(text), ['full: Holt, *Los muelles*, 9–14', 'full: Sánchez Salazar y Gorkin, *Así fue*, 163–67']);
  });

  test('a short form of a piece in a collection (`Holt, *Quays*, in *Schriften*, 1: pp. 161–81`), its volume before the pages', () => {
    const text = withNotes('One.1 Two.2', 'Ilse Holt, *Die Kais*, in *Schriften über Kessia*, 1: pp. 161–81.', 'Holt, *Schriften über Kessia*, 2: p. 15.');
    assert.deepEqual(found(text), ['full: Ilse Holt, *Die Kais*, in *Schriften über Kessia*, 1: pp. 161–81', 'full: Holt, *Schriften über Kessia*, 2: p. 15']);
  });

  test('a short form of three authors, its title opening with a year (`Holt, Varga, and Rask, 1956 Harbour Revolution, 307–10`)', () => {
    const text = withNotes('One.1 Two.2', 'See the notes of Ivo Malin in Holt, Varga, and Rask, 1956 Harbour Revolution, 307–10.', 'Holt and Varga, Quays, 12.');
    assert.deepEqual(citationsOf(text).map((c) => [c.text, c.fields.authors, c.fields.title]), [
      ['Holt, Varga, and Rask, 1956 Harbour Revolution, 307–10', ['Holt', 'Varga', 'Rask'], '1956 Harbour Revolution'],
      ['Holt and Varga, Quays, 12', ['Holt', 'Varga'], 'Quays'],
    ]);
  });

  test('an Ibid. after a note of several references repeats the one whose pages hold its page, else the last', () => {
    const text = withNotes('One.1 Two.2 Three.3 Four.4',
      'Maren Holt, The Quays (Oslo: Kessel, 1998), pp. 494–503. The press printed it: Harbour Gazette, 30 June 1948, p. 1.',
      'Ibid., p. 498.',
      'Maren Holt, The Quays, pp. 160–62; Jan Rask, The Clerks (Oslo, 1977), 45.',
      'Ibid., p. 12.');
    assert.deepEqual(resolutions(citationsOf(text)), [
      'Ibid., p. 498 => Maren Holt, The Quays (Oslo: Kessel, 1998), pp. 494–503',
      'Maren Holt, The Quays, pp. 160–62 => Maren Holt, The Quays (Oslo: Kessel, 1998), pp. 494–503',
      'Ibid., p. 12 => Jan Rask, The Clerks (Oslo, 1977), 45',
    ]);
  });

  test('an article in a transliterated journal: its title translated in brackets, the journal’s words in small letters or with an apostrophe, an issue numbered twice', () => {
    const text = withNotes('One.1 Two.2 Three.3',
      'L. O. Dan, “Bukharin o Staline” [Bukharin on Stalin], Novyi zhurnal, no. 75 (1964): 176–84.',
      'L. Trotskii, “Termidor,” Biulleten’ oppozitsii, no. 43 (April 1935): 2–10.',
      'See “Termidor,” Sotsialisticheskii vestnik, no. 19 (41), 1 October 1922, 3–5.');
    assert.deepEqual(found(text), [
      'full: L. O. Dan, “Bukharin o Staline” [Bukharin on Stalin], Novyi zhurnal, no. 75 (1964): 176–84',
      'full: L. Trotskii, “Termidor,” Biulleten’ oppozitsii, no. 43 (April 1935): 2–10',
      'full: “Termidor,” Sotsialisticheskii vestnik, no. 19 (41), 1 October 1922, 3–5',
    ]);
  });

  test('an article whose issue gives a season or a month before the year (`9, no. 2 (Spring 2007): 32–63`)', () => {
    const text = withNotes('One.1', 'Mara Velt, “The Quays Reconsidered,” Journal of Harbour Studies 9, no. 2 (Spring 2007): 32–63.');
    assert.deepEqual(found(text), ['full: Mara Velt, “The Quays Reconsidered,” Journal of Harbour Studies 9, no. 2 (Spring 2007): 32–63']);
  });

  test('a note that opens with a title and its subtitle, no author, gives that title; the names in it are no mentions', () => {
    const text = withNotes('One.1', 'The Case of Jan Kessel: Report of Hearings on the Charges Made against Him (New York: Harper, 1937), 12.');
    assert.deepEqual(citationsOf(text).map((c) => c.fields.title), ['The Case of Jan Kessel: Report of Hearings on the Charges Made against Him']);
    assert.deepEqual(analyzeDocument(text, 'plaintext').mentions.map((m) => m.text), ['Quiet Archive', 'New York', 'Harper']);
  });

  test('a doctrine after `and` ends no list of authors: the title begins at the name before it (`Sergei Zubatov and Revolutionary Marxism`)', () => {
    const text = withNotes('One.1', 'Jan Kessel, Ivo Varnov and Revolutionary Marxism: The Clerks (Ithaca: Fjord Press, 1976), 38.');
    assert.deepEqual(citationsOf(text).map((c) => [c.fields.authors, c.fields.title]), [[['Jan Kessel'], 'Ivo Varnov and Revolutionary Marxism: The Clerks']]);
    assert.deepEqual(analyzeDocument(text, 'plaintext').mentions.map((m) => m.text), ['Quiet Archive', 'Jan Kessel', 'Ithaca', 'Fjord Press']);
  });

  test('an op. cit. after an author repeats a work by that author, not a later one that names the author in its title', () => {
    const text = withNotes('One.1 Two.2 Three.3', 'Jan Kessel, The Quays, trans. Ivo Brenn (Oslo: Nordic Press, 1972), 4.',
      'Odile Varga, The Prophet Armed: Kessel 1879–1921 (Riga: Baltic Press, 1954), 120.', 'Kessel, op. cit., p. 122.');
    assert.deepEqual(resolutions(citationsOf(text)), ['Kessel, op. cit., p. 122 => Jan Kessel, The Quays, trans. Ivo Brenn (Oslo: Nordic Press, 1972), 4']);
  });

  test('an op. cit. after two authors repeats their work, not a later one of the last of them, nor a book that names them as its editors', () => {
    const text = withNotes('One.1 Two.2 Three.3 Four.4', 'Jan Kessel and Ivo Brenn, The Quays (Oslo: Nordic Press, 1972), 4.',
      'Ivo Brenn, ed., Harbours (Riga: Baltic Press, 1996), 5.', '"The Report," in Kessel and Brenn, eds., The Quays, 9.', 'Kessel and Brenn, op. cit., 12.');
    assert.deepEqual(resolutions(citationsOf(text)).at(-1), 'Kessel and Brenn, op. cit., 12 => Jan Kessel and Ivo Brenn, The Quays (Oslo: Nordic Press, 1972), 4');
  });

  test('an op. cit. after a title that opens with its article repeats that work, not one by a person its title names', () => {
    const text = withNotes('One.1 Two.2 Three.3', 'The Case of Jan Kessel: Report of Hearings (New York: Harper, 1937), 166.',
      'Jan Kessel, My Life (New York: Scribner, 1930), 4.', 'The Case of Jan Kessel, op. cit., pp. ix–xii.');
    assert.deepEqual(resolutions(citationsOf(text)).at(-1), 'The Case of Jan Kessel, op. cit., pp. ix–xii => The Case of Jan Kessel: Report of Hearings (New York: Harper, 1937), 166');
  });

  test('a journal’s issue by its number (`*Istochnik*, no. 0 (1993)`)', () => {
    assert.deepEqual(citationsOf(withNotes('One.1', 'Printed in *Harbour Review*, no. 0 (1993), pp. 23–25.')).map((c) => c.fields.year), ['1993']);
  });

  test('an op. cit. after one author repeats the author’s own work, not a later one the author wrote or edited with another', () => {
    const text = withNotes('One.1 Two.2 Three.3', 'Jan Kessel, The Quays (Oslo: Nordic Press, 1972), 4.',
      'Jan Kessel and Ivo Brenn (eds.), Harbours (Riga: Baltic Press, 1996), 5.', 'Kessel, op. cit., 12.');
    assert.deepEqual(resolutions(citationsOf(text)).at(-1), 'Kessel, op. cit., 12 => Jan Kessel, The Quays (Oslo: Nordic Press, 1972), 4');
  });

  test('a given name or initials with a hyphen belong to the author (`Jean-Paul Sartre`, `P.-O. Lissagaray`)', () => {
    const text = withNotes('One.1 Two.2', 'Jean-Paul Sartre, Being and Nothingness (London: Methuen, 1958), 45.', 'P.-O. Lissagaray, History of the Commune (London: New Park, 1976), 80.');
    assert.deepEqual(citationsOf(text).map((c) => [c.text, c.fields.authors]), [
      ['Jean-Paul Sartre, Being and Nothingness (London: Methuen, 1958), 45', ['Jean-Paul Sartre']],
      ['P.-O. Lissagaray, History of the Commune (London: New Park, 1976), 80', ['P.-O. Lissagaray']],
    ]);
  });

  test('a Russian archive’s fond, opis’, delo and list make a full reference; an Ibid. takes its list as its locator', () => {
    const text = withNotes('One.1 Two.2', 'RGASPI, f. 17, op. 3, d. 979, ll. 218–33.', 'Ibid., l. 49; GARF, f. R-8131, op. 37, d. 145, ll. 3–5.');
    assert.deepEqual(found(text), ['full: RGASPI, f. 17, op. 3, d. 979, ll. 218–33', 'ibid: Ibid., l. 49', 'full: GARF, f. R-8131, op. 37, d. 145, ll. 3–5']);
    // Inside a sentence and a parenthesis, wrapped, it is one by its form alone; `d.` after a name is no delo.
    const inside = withNotes('One.1', 'The collections are the protocols (RGASPI, f.\n17, op. 3) and the stenograms. Lenin, d. 1924.');
    assert.deepEqual(found(inside), ['full: RGASPI, f.\n17, op. 3']);
  });

  test('idem before a title is another work of the same author, not a back-reference', () => {
    const text = withNotes('One.1 Two.2', 'Karl Oden, Die Charta (Halden: Selbstverlag, 1848), 3.', 'Ibid., 4; idem, Briefe (Halden: Selbstverlag, 1850), 2:17.');
    assert.deepEqual(found(text), [
      'full: Karl Oden, Die Charta (Halden: Selbstverlag, 1848), 3',
      'ibid: Ibid., 4',
      'full: idem, Briefe (Halden: Selbstverlag, 1850), 2:17',
    ]);
  });

  test('the lawyers\' Id. is an Ibid. before a locator or at the end of a note, but the id. of psychoanalysis is not', () => {
    const text = withNotes(
      'One.1 Two.2 Three.3',
      'Maren Holt, The Clerks (Oslo: Nordic Press, 1977), p. 3.',
      'Id., p. 230.',
      'On the ego and the id. See Id.',
    );
    assert.deepEqual(resolutions(citationsOf(text)), [
      'Id., p. 230 => Maren Holt, The Clerks (Oslo: Nordic Press, 1977), p. 3',
      'Id. => Maren Holt, The Clerks (Oslo: Nordic Press, 1977), p. 3',
    ]);
  });

  test('op. cit. goes to the latest full reference by the same author, even misspelt, or with the same title', () => {
    const text = [
      'Prose.<sup>1</sup> Prose.<sup>2</sup> Prose.<sup>3</sup> Prose.<sup>4</sup> Prose.<sup>5</sup>',
      '',
      '1. Maren Holtzmann, *The Clerks* (Oslo, 1977), p. 3.',
      '',
      '2. Odile Varga, *Harbours* (Riga, 1981), p. 7; and in Jan Kessler, ed., *The Quiet Archive* (Riga, 1985), p. 2.',
      '',
      '3. Holtzman, *op. cit.*, p. 9.',
      '',
      '4. In Kessler, *op.cit.*, p. 40.',
      '',
      '5. Cf. *Harbours, op. cit.*, p. 8.',
    ].join('\n');
    assert.deepEqual(resolutions(citationsOf(text, 'markdown')), [
      'Holtzman, *op. cit.*, p. 9 => Maren Holtzmann, *The Clerks* (Oslo, 1977), p. 3',
      'Kessler, *op.cit.*, p. 40 => Jan Kessler, ed., *The Quiet Archive* (Riga, 1985), p. 2',
      '*Harbours, op. cit.*, p. 8 => Odile Varga, *Harbours* (Riga, 1981), p. 7',
    ]);
  });

  test('a short form repeats the latest fuller reference by its author that writes its title; an Ibid. after it, that work', () => {
    const text = withNotes('One.1 Two.2 Three.3 Four.4 Five.5',
      'Maren Holt, The Clerks of Riga (Oslo: Nordic Press, 1977), 3.', 'Maren Holt, Harbours (Oslo: Nordic Press, 1981), 7.',
      'Holt, Clerks of Riga, 25.', 'Ibid., 27.', 'Varga, Quays, 12.');
    assert.deepEqual(found(text).slice(2), ['short: Holt, Clerks of Riga, 25', 'ibid: Ibid., 27', 'full: Varga, Quays, 12']);
    assert.deepEqual(resolutions(citationsOf(text)), [
      'Holt, Clerks of Riga, 25 => Maren Holt, The Clerks of Riga (Oslo: Nordic Press, 1977), 3',
      'Ibid., 27 => Maren Holt, The Clerks of Riga (Oslo: Nordic Press, 1977), 3',
    ]);
  });

  test('a short form of two authors finds the full reference of both after a cue (`see Maren Holt and Jan Ilves`)', () => {
    const text = withNotes('One.1 Two.2', 'For the decree see Maren Holt and Jan Ilves, The Clerks of Riga (Oslo: Nordic Press, 1977), 3.', 'Holt and Ilves, Clerks of Riga, 25.');
    assert.deepEqual(resolutions(citationsOf(text)), ['Holt and Ilves, Clerks of Riga, 25 => Maren Holt and Jan Ilves, The Clerks of Riga (Oslo: Nordic Press, 1977), 3']);
  });

  test('an op. cit. after a title and its year in brackets is one back-reference, to the work of that title', () => {
    const text = withNotes('One.1 Two.2', '*Report of the Harbour Court: The Case of the Clerks* (Riga: Baltic Press, 1936), 55.',
      '*Report of the Harbour Court* (1936), op. cit., 164.');
    assert.deepEqual(found(text), ['full: *Report of the Harbour Court: The Case of the Clerks* (Riga: Baltic Press, 1936), 55',
      'opcit: *Report of the Harbour Court* (1936), op. cit., 164']);
    assert.deepEqual(resolutions(citationsOf(text)), ['*Report of the Harbour Court* (1936), op. cit., 164 => *Report of the Harbour Court: The Case of the Clerks* (Riga: Baltic Press, 1936), 55']);
  });

  test('op. cit. goes to the author’s full reference, not to a later author-year reference of the work', () => {
    const text = withNotes('One.1 Two.2 Three.3', 'Maren Holt, The Clerks (Oslo: Nordic Press, 1995), 3.', 'Holt 1995: 270–79.', 'Holt, op. cit., 41.');
    assert.deepEqual(resolutions(citationsOf(text)), ['Holt, op. cit., 41 => Maren Holt, The Clerks (Oslo: Nordic Press, 1995), 3']);
  });

  test('op. cit. goes to the author named exactly before one whose name is a letter apart (`Lewin`, not `Lenin`)', () => {
    const text = withNotes('One.1 Two.2 Three.3', 'Maren Lewin, The Clerks (Oslo: Nordic Press, 1977), 3.', 'Jan Lenin, Harbours (Riga: Baltic Press, 1981), 7.', 'Lewin, op. cit., 41.');
    assert.deepEqual(resolutions(citationsOf(text)), ['Lewin, op. cit., 41 => Maren Lewin, The Clerks (Oslo: Nordic Press, 1977), 3']);
  });

  test('op. cit. goes to the author’s full reference, not to a short form that repeats it since', () => {
    const text = withNotes('One.1 Two.2 Three.3', 'Maren Holt, The Clerks (Oslo: Nordic Press, 1977), 3.', 'Holt, Clerks, 25–27.', 'Holt, op. cit., 41.');
    assert.deepEqual(resolutions(citationsOf(text)), [
      'Holt, Clerks, 25–27 => Maren Holt, The Clerks (Oslo: Nordic Press, 1977), 3',
      'Holt, op. cit., 41 => Maren Holt, The Clerks (Oslo: Nordic Press, 1977), 3',
    ]);
  });

  test('German notes’ `a.a.O.` is an op. cit.', () => {
    const text = withNotes('One.1 Two.2', 'Maren Holt, Die Kais (Oslo: Nordic Press, 1977), 3.', 'Holt, a.a.O., 41.');
    assert.deepEqual(resolutions(citationsOf(text)), ['Holt, a.a.O., 41 => Maren Holt, Die Kais (Oslo: Nordic Press, 1977), 3']);
  });

  test('German notes’ `Ebd.` is an Ibid., with pages after `S.`', () => {
    const text = withNotes('One.1 Two.2', 'Maren Holt, Die Kais (Oslo: Nordic Press, 1977), S. 3.', 'Ebd., S. 45.');
    assert.deepEqual(resolutions(citationsOf(text)), ['Ebd., S. 45 => Maren Holt, Die Kais (Oslo: Nordic Press, 1977), S. 3']);
  });

  test('a short form of a work without an author, its title in italics, opening a note or after a cue', () => {
    const text = withNotes('One.1 Two.2', 'Kessian Senate, *Covert Harbours* (Oslo: Nordic Press, 1975), 12.', '*Covert Harbours*, 33; see *Covert Harbours*, 31.');
    assert.deepEqual(found(text), ['full: Kessian Senate, *Covert Harbours* (Oslo: Nordic Press, 1975), 12', 'short: *Covert Harbours*, 33', 'short: *Covert Harbours*, 31']);
  });

  test('a short form’s pages in Roman figures, or with a note’s number (`, xi–xv`, `, 339 n. 65`)', () => {
    const text = withNotes('One.1 Two.2 Three.3', 'Maren Holt, The Clerks (Oslo: Nordic Press, 1977), 3.', 'Holt, *Clerks*, xi–xv.', 'Holt, Clerks, 339 n. 65.');
    assert.deepEqual(found(text), ['full: Maren Holt, The Clerks (Oslo: Nordic Press, 1977), 3', 'short: Holt, *Clerks*, xi–xv', 'short: Holt, Clerks, 339 n. 65']);
  });

  test('Roman figures with `l` and `c` are pages too (`, lxii–lxv`); a word of their letters is none (`, civic`)', () => {
    const text = withNotes('One.1 Two.2 Three.3', 'Maren Holt, The Clerks (Oslo: Nordic Press, 1977), 3.', 'Holt, Clerks, lxii–lxv.', 'Holt, Clerks, civic.');
    assert.deepEqual(found(text), ['full: Maren Holt, The Clerks (Oslo: Nordic Press, 1977), 3', 'short: Holt, Clerks, lxii–lxv']);
  });

  test('an op. cit. whose author no reference before names repeats nothing', () => {
    const text = withNotes('One.1 Two.2', 'Maren Holt, The Clerks (Oslo: Nordic Press, 1977), 3.', 'Weber, op. cit., 41.');
    assert.deepEqual(resolutions(citationsOf(text)), ['Weber, op. cit., 41 => null']);
  });

  test('corpus: an op. cit. without author goes to the author named just before it', () => {
    const text = [
      'Prose.<sup>1</sup> Prose.<sup>2</sup> Prose.<sup>3</sup>',
      '',
      '1. S.F. Cohen, "Bolshevism and Stalinism," in Robert C. Tucker, ed., *Stalinism: Essays in Historical Interpretation* (New York, 1977), p. 6.',
      '',
      '2. Borys Levytsky, *The Stalinist Terror in the Thirties* (Stanford, 1974), p. 7.',
      '',
      '3. In the psychological vein, Robert Tucker has spoken of "Stalin\'s compulsive psychological need" (*op. cit.*, p. 104).',
    ].join('\n');
    assert.deepEqual(resolutions(citationsOf(text, 'markdown')), [
      '*op. cit.*, p. 104 => S.F. Cohen, "Bolshevism and Stalinism," in Robert C. Tucker, ed., *Stalinism: Essays in Historical Interpretation* (New York, 1977), p. 6',
    ]);
  });

  test('corpus: Ibid. in PDF note blocks goes to the note before it', () => {
    const text = [
      'Stalin was appointed the General Secretary of the Central Committee of',
      'the Communist Party of the Soviet Union from April, as Kotkin shows,11',
      'and being “the only person simultaneously in the politburo and the',
      'orgburo.”12 By being the General Secretary he had exceptional power.',
      '',
      '11',
      '',
      'Kotkin 2014, p.424',
      '',
      '12',
      '',
      'Ibid.',
      ' The Communist Party in the Soviet Union was not the same as the state',
      'and the government, and the party was not an executive committee at all.',
    ].join('\n');
    assert.deepEqual(resolutions(citationsOf(text)), ['Ibid. => Kotkin 2014, p.424']);
  });

  test('an Ibid. in a note repeats the note before it, not a reference in the body between them', () => {
    const text = [
      'Stalin was appointed the General Secretary of the Central Committee of',
      'the Communist Party of the Soviet Union from April, as Kotkin shows,11',
      'and being “the only person simultaneously in the politburo and the',
      'orgburo.” By being the General Secretary he had exceptional power.',
      '',
      '11',
      '',
      'Kotkin 2014, p.424',
      '',
      'The harbour clerks read Holt, whose book The Quiet Archive (1951) was',
      'then new, and they wrote to her about the ledgers of the port.12 The',
      'letters are lost, and only the replies of the clerks survive today.',
      '',
      '12',
      '',
      'Ibid., p.425',
    ].join('\n');
    assert.deepEqual(found(text), ['author-year: Kotkin 2014, p.424', 'parenthetical: The Quiet Archive (1951)', 'ibid: Ibid., p.425']);
    assert.deepEqual(resolutions(citationsOf(text)), ['Ibid., p.425 => Kotkin 2014, p.424']);
  });
});

describe('works cited', () => {
  const text = [
    'Prose.<sup>1</sup> Prose.<sup>2</sup> Prose.<sup>3</sup> Prose.<sup>4</sup>',
    '',
    '1. Maren Holt, *The Clerks* (Oslo, 1977), p. 3.',
    '',
    '2. *Ibid.*, p. 4.',
    '',
    '3. Odile Varga, *Harbours* (Riga, 1981), p. 7.',
    '',
    '4. Holt, *op. cit.*, p. 9.',
  ].join('\n');
  const citations = citationsOf(text, 'markdown');

  test('each distinct work once, with every citation that cites it', () => {
    const works = worksCited(citations).map((w) => [w.fields.title, w.citations.map((i) => citations[i].text)]);
    assert.deepEqual(works, [
      ['The Clerks', ['Maren Holt, *The Clerks* (Oslo, 1977), p. 3', '*Ibid.*, p. 4', 'Holt, *op. cit.*, p. 9']],
      ['Harbours', ['Odile Varga, *Harbours* (Riga, 1981), p. 7']],
    ]);
  });

  test('the same work across essays', () => {
    const other = citationsOf('A claim.<sup>1</sup>\n\n1. M. Holt, *The Clerks* (Oslo: Nordic Press, 1977), p. 30.\n', 'markdown');
    const corpus = sameWorksAcrossEssays([{ document: 'a.md', citations }, { document: 'b.md', citations: other }]);
    const clerks = corpus.find((w) => w.fields.title === 'The Clerks');
    assert.deepEqual(clerks?.citedIn.map((c) => [c.document, c.citations.length]), [['a.md', 3], ['b.md', 1]]);
    assert.equal(clerks?.fields.publisher, 'Nordic Press');
  });
});

describe('never throws', () => {
  test('odd text gives citations and works, not an exception', () => {
    const odd = ['', '((((((', 'Ibid. Ibid. op. cit.', '*op. cit.*', '"', '(London, 1977', 'References\n\n,\n.\n1999', '**Ibid**, p.'];
    for (const text of odd) {
      for (const format of ['plaintext', 'markdown'] as const) {
        // The layer itself, not through analyzeDocument (which would catch what it throws).
        const structure = analyzeStructure(text, format);
        assert.doesNotThrow(() => worksCited(findCitations(text, structure, findNotes(text, structure).notes)), JSON.stringify(text));
      }
    }
  });
});
