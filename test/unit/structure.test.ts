import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { analyzeStructure } from '../../server/src/analysis/structure';
import { looksLikeHeading } from '../../server/src/analysis/structure/plaintext';
import type { DocumentStructure } from '../../server/src/analysis/types';

const titles = (s: DocumentStructure) => s.sections.map((x) => `${x.level} ${x.title}`);
const texts = (text: string, spans: { start: number; end: number }[]) => spans.map((p) => text.slice(p.start, p.end));

describe('headings in plain text', () => {
  test('short standalone title lines in a one-paragraph-per-line essay', () => {
    const text = [
      'The Quiet Archive',
      '',
      'Marta Ilves wrote this paragraph in one long line, as web pages give them to us, and it goes on for a while.',
      '',
      'Why the clerks kept copies',
      'Every clerk in the provincial office kept a copy of each letter, a habit older than the office itself.',
      '',
      'Without a doubt, this sentence is short but ends with a period.',
    ].join('\n');
    const structure = analyzeStructure(text, 'plaintext');
    assert.deepEqual(titles(structure), ['1 The Quiet Archive', '1 Why the clerks kept copies']);
    assert.equal(structure.paragraphs.length, 3);
  });

  test('one paragraph per line with no blank line anywhere: a short title line between paragraphs is a heading', () => {
    const prose = 'The clerks of the harbour towns struck in the spring, and the owners gave way before the summer was out.';
    const text = ['The Harbour Strike', prose, 'The roots of the strike', prose, prose, 'Further reading', 'Holt, Maren. The Clerks. Oslo: Fjord Press, 1977.'].join('\n');
    const { structure, citations } = analyzeDocument(text, 'plaintext');
    assert.deepEqual(titles(structure), ['1 The Harbour Strike', '1 The roots of the strike', '1 Further reading']);
    assert.deepEqual(citations.map((c) => c.kind), ['bibliography']);
  });

  test('one paragraph per line: a year alone on its line is a section\'s title and a date, not a page number', () => {
    const prose = 'The clerks of the harbour towns struck at last, and the owners gave way before the week was out.';
    const text = ['The Harbour Strike', prose, '1968', prose, '57', prose].join('\n');
    const { structure, dates } = analyzeDocument(text, 'plaintext');
    assert.deepEqual(titles(structure), ['1 The Harbour Strike', '1 1968']);
    assert.deepEqual(structure.debris.map((d) => text.slice(d.start, d.end)), ['57']);
    assert.deepEqual(dates.map((d) => d.text), ['1968']);
  });

  test('a byline above the title is no section; a section named after a person, with prose under it, is one', () => {
    const prose = 'The clerks of the harbour towns struck in the spring, and the owners gave way before the summer was out.';
    const text = ['Maren Holt and Odile Varga', 'The Harbour Strike', prose, 'Tamsin Orlov', prose].join('\n\n');
    const { structure } = analyzeDocument(text, 'plaintext');
    assert.deepEqual(titles(structure), ['1 The Harbour Strike', '1 Tamsin Orlov']);
    assert.deepEqual(structure.sections.map((s) => text.slice(s.start, s.end).split('\n')[0]), ['The Harbour Strike', 'Tamsin Orlov']);
  });

  test('a numbered subsection (`2.1`) sits under the numbered sections (`2.`)', () => {
    const prose = 'The clerks of the harbour towns struck in the spring, and the owners gave way before the summer was out.';
    const text = ['1. The strike', prose, '2. The owners', prose, '2.1 Their letters', prose, '2.1.1 A reply', prose, 'Conclusion', prose].join('\n\n');
    assert.deepEqual(titles(analyzeStructure(text, 'plaintext')), ['1 1. The strike', '1 2. The owners', '2 2.1 Their letters', '3 2.1.1 A reply', '1 Conclusion']);
  });

  test('a heading governs the text up to the next heading', () => {
    const text = 'One\n\nA line of prose that runs on.\n\nTwo\n\nMore prose here.';
    const [one, two] = analyzeStructure(text, 'plaintext').sections;
    assert.equal(text.slice(one.start, one.end), 'One\n\nA line of prose that runs on.\n\n');
    assert.equal(text.slice(two.heading.start, two.heading.end), 'Two');
    assert.equal(two.end, text.length);
  });

  test('what is not a heading', () => {
    for (const line of ['Without a doubt, he was wrong.', '429', 'down in history as the great organizer', 'Tony Clark, March 23, 2004', 'Maren Holt, Selected Letters (Oslo: Fjord']) {
      assert.equal(looksLikeHeading(line), false, line);
    }
    for (const line of ['Abstract:', 'PART TWO', 'Lenin justifies Stalin\'s power', 'M. Banda Embraces Stalinism (II)']) {
      assert.equal(looksLikeHeading(line), true, line);
    }
  });

  test('a title that ends with its years is a heading, a signature with a date is not', () => {
    assert.equal(looksLikeHeading('The Port Council of Velmora, 1890–1914'), true);
    assert.equal(looksLikeHeading('Marta Ilves, 1914'), true);
    assert.equal(looksLikeHeading('Tony Clark, March 23, 2004'), false);
  });

  test('all-capitals titles rank above plain headings', () => {
    const text = 'THE LONG WINTER\n\nSome prose that opens the essay and continues.\n\nThe first turn\n\nProse again.';
    assert.deepEqual(titles(analyzeStructure(text, 'plaintext')), ['1 THE LONG WINTER', '2 The first turn']);
  });
});

/** A hard-wrapped page as PDF extraction leaves it: about sixty characters a line. */
const wrapped = [
  ' The Harbour Question',
  'When the harbour commission met in the spring, its members had',
  'already decided what they would say to the dockworkers who came',
  'to them with their grievances about the new cranes and the hours.1',
  '',
  '1',
  '',
  'Tamsin Orlov, The Harbour Years (Riga: Baltic Press, 1981), p. 12.',
  'waiting in the corridor. Nobody in the room expected them to stay',
  'long, and fewer still expected that they would return the next day.',
  '57',
  ' The second meeting was quieter than the first, and much shorter.',
  'Everyone present had read the newspapers and knew what to expect',
  'from a commission that had already made up its mind about them.',
].join('\n');

describe('hard-wrapped text from a PDF', () => {
  const structure = analyzeStructure(wrapped, 'plaintext');

  test('an indented short title line is a heading', () => {
    assert.deepEqual(titles(structure), ['1 The Harbour Question']);
  });

  test('a note block at a page break is a note region, and the paragraph it interrupts stays one paragraph', () => {
    assert.deepEqual(texts(wrapped, structure.noteRegions), ['1\n\nTamsin Orlov, The Harbour Years (Riga: Baltic Press, 1981), p. 12.']);
    assert.equal(structure.paragraphs.length, 2);
    const [first] = structure.paragraphs;
    assert.equal(first.parts.length, 2);
    assert.match(wrapped.slice(first.parts[1].start, first.parts[1].end), /^waiting in the corridor/);
  });

  test('a lone page number is debris', () => {
    assert.deepEqual(structure.debris.map((d) => [d.kind, wrapped.slice(d.start, d.end)]), [['page-number', '57']]);
  });

  test('a running head set across the page, with the volume and issue after a wide gap, is debris on every page', () => {
    const head = 'HARBOUR STUDIES                                   Vol. 7, No. 2';
    const prose = 'The commission met in the spring and heard the dockworkers out at length.';
    const text = [head, '', prose, prose, prose, '', head, '', '146', prose, prose, prose, '', head, '', '147', prose].join('\n');
    const debris = analyzeStructure(text, 'plaintext').debris.map((d) => d.kind);
    assert.deepEqual(debris, ['running-head', 'running-head', 'page-number', 'running-head', 'page-number']);
    // Repeated note lines are no running heads, however often they repeat.
    const notes = [prose, prose, 'Ibid., p. 4.', prose, 'Ibid., p. 9.', prose, prose, 'Ibid., p. 12.', prose].join('\n');
    assert.deepEqual(analyzeStructure(notes, 'plaintext').debris, []);
  });
});

/** Four pages of a journal article as PDF extraction gives them: heads on alternate pages, a note that runs over. */
const journalPages = [
  'The Harbour Strikes of Velmora and the',
  'Coming of the Port Councils, 1890–1911',
  '',
  '   When the dockworkers of Velmora stopped work in the spring of',
  '1890, the harbour board had no council to negotiate with, and its',
  'chairman, Anton Reswick, refused to meet the strike committee.1 The',
  'strike lasted eleven weeks and ended only when the port council was',
  'recognized by the board in the autumn. Its first demand was the',
  'eight-hour day, which the board conceded only in the Port Act of',
  '',
  '1 Marta Ilves, The Quays of Velmora (Halden: Baltic Press, 1981), 45–47. The',
  'minutes of the strike committee survive only from its sixth week; the earlier',
  'ones were lost in',
  '',
  '212    JOURNAL OF HARBOUR STUDIES',
  '',
  '1892.2 The board, for its part, kept the right to hire whom it wished.',
  '   After the second strike, in 1897, the council asked for a share in',
  'the hiring itself, and the board refused again. Reswick wrote that he',
  'would sooner close the port than share it with the men who worked it.3',
  '',
  'the fire of 1902, as Reswick complained in his memoirs.',
  '2 Ilves, Quays of Velmora, 60.',
  '3 Kasper Lind, “The Velmora Councils,” Harbour Review 12 (1970): 3–19; Anton',
  'Reswick, Erinnerungen eines Hafendirektors (Halden: Nordverlag, 1925), 7. See',
  'also the report of the harbour office, Jahresbericht des',
  'Hafenverwaltungsamtes Velmora (Halden: Stadtdruckerei, 1898), 3.',
  '',
  'THE HARBOUR STRIKES    213',
  '',
  '   The third strike, in 1905, was the longest and the last of them. It',
  'ended with the Port Councils Act, which gave the councils a seat on',
  'the board and a voice in the hiring of every gang on the quays.4',
  '',
  '4 Lind, “Velmora Councils,” 15.',
  '',
  '214    JOURNAL OF HARBOUR STUDIES',
  '',
  '   The councils outlived the board itself, which was dissolved in 1911',
  'when the city bought the port and gave its management to a committee.',
  '',
  'THE HARBOUR STRIKES    215',
].join('\n');

describe('a journal article from a PDF', () => {
  const structure = analyzeStructure(journalPages, 'plaintext');

  test('heads whose page numbers stand past a single space, each side\'s twice, two pages apart, are debris too', () => {
    const single = journalPages.replace(/ {3,}(?=\d)|(?<=\d) {3,}/g, ' ');
    const heads = analyzeStructure(single, 'plaintext').debris.filter((d) => d.kind === 'running-head').map((d) => single.slice(d.start, d.end));
    assert.deepEqual(heads, structure.debris.filter((d) => d.kind === 'running-head').map((d) => journalPages.slice(d.start, d.end).replace(/ {3,}/g, ' ')));
  });

  test('the journal’s head and the article’s alternate, each beside its page number: every one is debris', () => {
    assert.deepEqual(texts(journalPages, structure.debris), [
      '212    JOURNAL OF HARBOUR STUDIES', 'THE HARBOUR STRIKES    213', '214    JOURNAL OF HARBOUR STUDIES', 'THE HARBOUR STRIKES    215',
    ]);
  });

  test('a title broken over two lines on a small word is one heading', () => {
    assert.deepEqual(titles(structure), ['1 The Harbour Strikes of Velmora and the Coming of the Port Councils, 1890–1911']);
  });

  test('prose cut mid-sentence by a page break resumes with a figure on the next page (`Act of` … `1892.2`)', () => {
    const [first] = structure.paragraphs;
    assert.deepEqual(texts(journalPages, first.parts).map((p) => p.split('\n').at(-1)), [
      'eight-hour day, which the board conceded only in the Port Act of',
      '1892.2 The board, for its part, kept the right to hire whom it wished.',
    ]);
  });

  test('the end of a note carried over to the next page joins that page’s notes, above them', () => {
    assert.deepEqual(texts(journalPages, structure.noteRegions).map((r) => r.split('\n')[0]), [
      '1 Marta Ilves, The Quays of Velmora (Halden: Baltic Press, 1981), 45–47. The',
      'the fire of 1902, as Reswick complained in his memoirs.',
      '4 Lind, “Velmora Councils,” 15.',
    ]);
  });

  test('a note whose title ends a short line runs on into the line of its publication details', () => {
    const text = journalPages.replace('4 Lind, “Velmora Councils,” 15.', '4 Marta Ilves, The Quays of Velmora: Docks and Councils\n(Halden: Baltic Press, 1981), 45.');
    assert.match(texts(text, analyzeStructure(text, 'plaintext').noteRegions)[2], /Docks and Councils\n\(Halden: Baltic Press, 1981\), 45\.$/u);
  });

  test('`Notes` alone on a line right after the last paragraph, before the first note, is the notes’ heading', () => {
    const body = journalPages.slice(0, journalPages.lastIndexOf('THE HARBOUR STRIKES    215'));
    const text = `${body}The men went back to work that autumn.5\nNotes\n1. Marta Ilves, The Quays of Velmora (Halden: Baltic Press, 1981), 45.\n`;
    const structure = analyzeStructure(text, 'plaintext');
    assert.deepEqual(titles(structure).at(-1), '2 Notes');
    assert.match(texts(text, structure.noteRegions).at(-1)?.trim() ?? '', /^1\. Marta Ilves/u);
    // The same titles head notes wherever they stand: `Notes and References` too.
    const referenced = text.replace('\nNotes\n', '\nNotes and References\n');
    assert.deepEqual(titles(analyzeStructure(referenced, 'plaintext')).at(-1), '2 Notes and References');
  });

  test('a note line cut short because the next word would not fit runs on into the next line', () => {
    assert.match(texts(journalPages, structure.noteRegions)[1], /Jahresbericht des\nHafenverwaltungsamtes Velmora \(Halden: Stadtdruckerei, 1898\), 3\.$/u);
  });
});

describe('a repository\'s stamp on every page', () => {
  const prose = [
    '   When the dockworkers of Velmora stopped work in the spring of', '1890, the harbour board had no council to negotiate with, and its',
    'chairman, Anton Reswick, refused to meet the strike committee. The', 'strike lasted eleven weeks and ended only when the port council was',
  ];
  const stamp = ['This content downloaded from 128.59.222.107 on Thu, 01 Feb 2018 18:12:20 UTC', 'All use subject to https://example.org/terms'];
  const text = [...prose, 'recognized by the board in the autumn, when', '', ...stamp, '', 'the men went back to work.', ...prose, '', ...stamp, ''].join('\n');

  test('is debris, and the paragraph it interrupts stays one', () => {
    const structure = analyzeStructure(text, 'plaintext');
    assert.deepEqual(texts(text, structure.debris), [...stamp, ...stamp]);
    assert.deepEqual(structure.paragraphs[0].parts.length, 2);
  });

  test('holds no date of the essay', () => {
    assert.deepEqual(analyzeDocument(text, 'plaintext').dates.map((d) => d.text).filter((d) => d.includes('2018')), []);
  });
});

describe('numbered headings between the footnotes of a PDF', () => {
  const prose = [
    'what survives of the archive of the assembly was kept by the clerks',
    'of the port rather than by the deputies themselves, who took their',
    'papers with them when they left the town, and the clerks kept only',
  ];
  const text = [
    '1. Introduction', '',
    '   The council adopted the resolution in May 1919.1 In the event,', ...prose, 'what they were told to keep, as this essay will show in its turn.2', '',
    '1 Marta Ilves, The Quays of Velmora (Riga: Baltic Press, 1982), 12.', '2 Ibid., 14.', '',
    '2. The First Councils', '',
    '   The first councils met in the spring of 1919.3 In the event,', ...prose, 'what they were told to keep.', '',
    '3 Jens Varga, Councils and Clerks (Oslo: Nordic Press, 1999), 33.',
  ].join('\n');

  test('a number the footnotes have passed opens a heading, not a note', () => {
    const structure = analyzeStructure(text, 'plaintext');
    assert.deepEqual(titles(structure), ['1 1. Introduction', '1 2. The First Councils']);
    assert.deepEqual(texts(text, structure.noteRegions).map((r) => r.slice(0, 12)), ['1 Marta Ilve', '3 Jens Varga']);
  });
});

describe('Markdown', () => {
  const text = '# A Title\n\nby Someone\n\n### *A Part*\n\nProse with a marker.<sup>1</sup>\n\n1. The note.\n\n#### Deeper\n\nMore.[^2]\n\n[^2]: A footnote.\n';
  const structure = analyzeStructure(text, 'markdown');

  test('headings nest by depth, emphasis stripped from titles', () => {
    assert.deepEqual(titles(structure), ['1 A Title', '2 A Part', '3 Deeper']);
  });

  test('numbered notes between paragraphs and footnote definitions are note regions', () => {
    assert.deepEqual(texts(text, structure.noteRegions), ['1. The note.', '[^2]: A footnote.']);
    assert.deepEqual(texts(text, structure.paragraphs), ['by Someone', 'Prose with a marker.<sup>1</sup>', 'More.[^2]']);
  });

  test('under `References`, entries numbered as the markers are notes, other entries a list of works cited', () => {
    const notes = '# An Essay\n\nProse.[1]\n\n## References\n\n1. Maren Holt, *The Clerks* (Oslo, 1977), 3.\n';
    assert.deepEqual(texts(notes, analyzeStructure(notes, 'markdown').noteRegions), ['1. Maren Holt, *The Clerks* (Oslo, 1977), 3.']);
    const works = '# An Essay\n\nProse (Holt 1977).[^1]\n\n## References\n\nHolt, Maren. 1977. *The Clerks*. Oslo: Nordic Press.\n\n[^1]: A footnote.\n';
    assert.deepEqual(texts(works, analyzeStructure(works, 'markdown').noteRegions), ['[^1]: A footnote.']);
    const plain = 'An Essay\n\nProse (Holt 1977), on one line as web pages give it.\n\nReferences\n\nHolt, Maren. 1977. The Clerks. Oslo: Nordic Press.\n';
    assert.deepEqual(analyzeStructure(plain, 'plaintext').noteRegions, []);
    const numbered = '# An Essay\n\nProse (Holt 1977).\n\n## References\n\n1. Holt, Maren. 1977. *The Clerks*. Oslo: Nordic Press.\n';
    assert.deepEqual(analyzeStructure(numbered, 'markdown').noteRegions, []);
  });

  test('Markdown nested thousands deep is read as plain text instead', () => {
    const deep = `${'> '.repeat(5000)}deep\n`;
    const result = analyzeStructure(deep, 'markdown');
    assert.equal(result.format, 'markdown');
    assert.equal(result.paragraphs.length, 1);
  });
});

describe('never throws', () => {
  test('empty, binary-like and odd line endings', () => {
    for (const text of ['', '\0\0\0', '\r\r\r', 'a\r\nb\rc\n', '\uD800', '🙂'.repeat(10)]) {
      for (const format of ['plaintext', 'markdown'] as const) assert.doesNotThrow(() => analyzeStructure(text, format));
    }
  });
});

describe('Pandoc headings', () => {
  test('a heading’s attributes are no part of its title, so `Works cited {#works-cited .unnumbered}` heads a list of works', () => {
    const text = '# The Quays {#top}\n\nText.\n\n## Works cited {#works-cited .unnumbered}\n\n-   Holt, Maren. 1977. *The Clerks*.\n    Oslo: Nordic Press.\n';
    assert.deepEqual(analyzeStructure(text, 'markdown').sections.map((s) => s.title), ['The Quays', 'Works cited']);
    assert.deepEqual(analyzeDocument(text, 'markdown').citations.map((c) => c.kind), ['bibliography']);
  });
});
