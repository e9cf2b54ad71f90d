// Note markers and their notes, convention by convention: invented texts and corpus snippets.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { findNotes, noteProblems } from '../../server/src/analysis/notes';
import { MarkersByLabel } from '../../server/src/analysis/notes/markers';
import { readNotes } from '../../server/src/analysis/notes/notes';
import { analyzeStructure } from '../../server/src/analysis/structure';
import type { DocumentFormat } from '../../server/src/analysis/types';

/** Each marker as `label -> the note's text` (or `label -> null`), in text order. */
function links(text: string, format: DocumentFormat = 'plaintext'): string[] {
  const { markers, notes } = analyzeDocument(text, format);
  return markers.map((m) => {
    const note = m.note === null ? null : notes[m.note];
    return `${m.label} -> ${note ? text.slice(note.start, note.end) : null}`;
  });
}

/** The text at each marker's span. */
function markerTexts(text: string, format: DocumentFormat = 'plaintext'): string[] {
  return analyzeDocument(text, format).markers.map((m) => text.slice(m.start, m.end));
}

/** One paragraph per line, as web pages and many text files give essays. */
const lines = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('markers', () => {
  test('digits glued to punctuation or to a word, as PDF extraction leaves them', () => {
    const text = lines(
      'The harbour board met in secret.1 Its chairman, Odile Varga,2 kept the minutes in 1931,3 and',
      'nobody saw them until Kessler4 found them in a drawer.',
    );
    assert.deepEqual(markerTexts(text), ['1', '2', '3', '4']);
  });

  test('bracketed numbers after punctuation or right after a word, as web pages write them', () => {
    const text = lines('The harbour board met in secret.[1] Its chairman, Odile Varga[2] kept the minutes,[3] and Kessler[4] found them.');
    assert.deepEqual(markerTexts(text), ['[1]', '[2]', '[3]', '[4]']);
  });

  test('two bracketed markers side by side, as web pages cite two notes at once', () => {
    const text = lines('The harbour board met in secret [1]. Its chairman, Odile Varga, kept the minutes [2][3], and the clerk [4] said so.');
    assert.deepEqual(markerTexts(text), ['[1]', '[2]', '[3]', '[4]']);
  });

  test('corpus: `1922,12 thus` and `Kirov33 in 1934` count up with the markers around them', () => {
    const text = lines(
      'The middle cadres decide everything.11 Stalin was appointed in April 1922,12 thus being “the only',
      'person in the politburo.”13 And later',
      'came the assassination of Kirov33 in 1934.',
    );
    assert.deepEqual(markerTexts(text), ['11', '12', '13', '33']);
  });

  test('digits glued to the period after a year or a range of years, in sequence, are markers', () => {
    const text = lines('The harbour board met in 1917.1 The war of 1914-18.2 It grew by 2.5 per cent in 1920.3');
    assert.deepEqual(markerTexts(text), ['1', '2', '3']);
  });

  test('figures are not markers: decimals, thousands, ratios, pages, issue numbers, codes', () => {
    const text = lines(
      'Some 2.5 million workers and 17,000 students lived there (Theory 1:4, p.20, No.171); the B52 flew.',
      'In 1922, the year of the plan, the rate rose to 1,300 a day.',
    );
    assert.deepEqual(markerTexts(text), []);
  });

  test('a marker after a ruler’s number `V.` (`Murad V.2`), not after a volume’s abbreviation (`vol. V.3`, `v.14`)', () => {
    const text = lines('It was sent.1 They hoped to restore the deposed Murad V.2 The charter, see vol. V.3 and Holt, v.14, united them.', 'Notes', '1. One.', '2. Two.');
    assert.deepEqual(markerTexts(text), ['1', '2']);
  });

  test('digits after a figure\'s period that end a sentence are a marker only as the next number with a note of its own', () => {
    const text = lines('The motion was carried.1 The vote was 61 to 40.2 The rate fell to 40.5 In May it rose.', 'Notes', '1. Ilves, Quays, 3.', '2. Ibid., 4.', '5. A note the text never calls.');
    assert.deepEqual(markerTexts(text), ['1', '2']);
  });

  test('a marker after a parenthesis or quotation that closes on a figure (`(file no. 4471)3`, `"in 1912"4`)', () => {
    const text = lines('It was sent.1 Then came more.2 The council appealed (file no. 4471)3 and waited "until 1912"4 in vain.', 'Notes', '1. One.', '2. Two.', '3. Three.', '4. Four.');
    assert.deepEqual(markerTexts(text), ['1', '2', '3', '4']);
  });

  test('a journal\'s issue after its italic volume, as APA sets it (`*16*(1)`), is not a `(1)` marker', () => {
    const text = lines('Varga, O. (1984). The harbour board. *Journal of Port History*, *16*(1), 51–79.');
    assert.deepEqual(markerTexts(text, 'markdown'), []);
  });

  test('a number that breaks the count is not a marker unless a note carries it', () => {
    const text = lines('First claim.1 Second claim.2 He counted them all,80 one by one.');
    assert.deepEqual(markerTexts(text), ['1', '2']);
  });

  test('explicit forms: [n], <sup>n</sup>, [^n], ^n^, $^{n}$, Unicode superscripts, bold numbers', () => {
    assert.deepEqual(markerTexts('It fell.[1] Then it rose.[2]'), ['[1]', '[2]']);
    assert.deepEqual(markerTexts('A claim.<sup>12</sup> Another.<sup> 13 </sup>', 'markdown'), ['<sup>12</sup>', '<sup> 13 </sup>']);
    assert.deepEqual(markerTexts('A claim.[^note] Another.[^2]\n\n[^note]: Text.\n\n[^2]: More.\n', 'markdown'), ['[^note]', '[^2]']);
    assert.deepEqual(markerTexts('A claim.¹ Another one²³ here, but 5 m² of floor.'), ['¹', '²³']);
    assert.deepEqual(markerTexts('A claim. **1**\n\n1. The note.\n', 'markdown'), ['**1**']);
    assert.deepEqual(markerTexts('A claim.^1^ Another in 1917.^2^ but x^2^ is no marker.', 'markdown'), ['^1^', '^2^']);
    assert.deepEqual(markerTexts('A claim.$^{1}$ Another.${ }^{2}$ More.$^3$', 'markdown'), ['$^{1}$', '${ }^{2}$', '$^3$']);
  });

  test('Pandoc superscripts link to the numbered notes', () => {
    const text = 'Both books appeared in 1983.^1^ The other one in Riga.^2^\n\n## Endnotes\n\n1. First note.\n2. Second note.\n';
    assert.deepEqual(links(text, 'markdown'), ['1 -> First note.', '2 -> Second note.']);
  });

  test('Pandoc inline notes: the `^[` is the marker, the bracket the note, numbered as Pandoc prints it among the footnotes', () => {
    const text = 'Deutscher wrote for *The Observer*.^[The best\naccount is @deutscher1963 [12].] He argued.[^a] Then^[ A second [bracketed] note. ] and^[] too.\n\n[^a]: A footnote.\n';
    assert.deepEqual(links(text, 'markdown'), ['1 -> The best\naccount is @deutscher1963 [12].', '^a -> A footnote.', '3 -> A second [bracketed] note.']);
    // Nothing in an inline note is a marker; its citation is read as a note's, and the paragraph's text is what is left.
    const { markers, citations, structure } = analyzeDocument(text, 'markdown');
    assert.deepEqual(markers.map((m) => m.style), ['inline', 'footnote', 'inline']);
    assert.deepEqual(citations.map((c) => c.text), ['@deutscher1963 [12]']);
    assert.deepEqual(structure.paragraphs[0].parts.map((p) => text.slice(p.start, p.end)), ['Deutscher wrote for *The Observer*.', ' He argued.[^a] Then', ' and^[] too.']);
    // An escaped caret, or a bracket never closed, opens no note.
    assert.deepEqual(links('Written x\\^[sic] and y^[unclosed.\n', 'markdown'), []);
  });

  test('web-page forms: a link inside <sup>, a Markdown link to the note', () => {
    const text = 'A claim.<sup><a href="#fn1">1</a></sup> More.[2](#fn2) And.[[3]](#cite_note-3)\n\n## Notes\n\n1 First.\n\n2 Second.\n\n3 Third.\n';
    assert.deepEqual(links(text, 'markdown'), ['1 -> First.', '2 -> Second.', '3 -> Third.']);
  });

  test('a document that uses explicit markers does not read glued digits as markers', () => {
    const text = 'Trade fell.<sup>1</sup> Imports.<sup>2</sup> Exports.<sup>3</sup> In 1922,4 ships sailed.';
    assert.deepEqual(markerTexts(text, 'markdown'), ['<sup>1</sup>', '<sup>2</sup>', '<sup>3</sup>']);
  });

  test('OCR that read some superscripts as digits: glued digits that carry the count of the superscripts on are markers too, not after a number’s comma', () => {
    const text = 'The ashes were scattered.1 The transcript ran long;2 the court sat.³ He spoke.⁴ They wept.⁵ It ended in 1951.6 '
      + 'In 1952,7 men died; he left.7\n\nNOTES\n\n1. One.\n2. Two.\n3. Three.\n4. Four.\n5. Five.\n6. Six.\n7. Seven.\n';
    assert.deepEqual(markerTexts(text), ['1', '2', '³', '⁴', '⁵', '6', '7']);
    assert.equal(analyzeDocument(text, 'plaintext').markers.at(-1)?.start, text.indexOf('left.7') + 5);
  });

  test('labels: digits as written, `^name` for footnote references, superscripts as digits', () => {
    const { markers } = analyzeDocument('One.[^a] Two.¹²', 'markdown');
    assert.deepEqual(markers.map((m) => [m.label, m.style]), [['^a', 'footnote'], ['12', 'unicode']]);
  });
});

/** A hard-wrapped page from a PDF, about sixty characters a line, with a note block at the page break. */
const pdfPage = [
  'When the harbour commission met in the spring, its members had',
  'already decided what they would say to the dockworkers who came',
  'to them with their grievances about the new cranes and hours.1',
  'Nobody in the room expected the men to stay very long, and the',
  'chairman had said as much to the clerk, who wrote it down.2 But',
  '',
  '1',
  '',
  'Tamsin Orlov, The Harbour Years (Riga: Baltic Press, 1981), p. 12.',
  '',
  '2',
  'Ibid., p. 14. The clerk’s minutes survive in the municipal archive, in a',
  'box of papers that nobody catalogued until the year of the great flood.',
  ' the men stayed until the evening, and came back the next day.3',
  'The third day was quieter than the first two, and much shorter.',
  'Everyone present had read the papers and knew what to expect.',
].join('\n');

/** Corpus: one paragraph per line, `[n]` markers, and unnumbered endnotes at the end, set apart by wider gaps. */
const webEssayWithEndnotes = lines(
  'David North',
  'The first paragraph of the body makes a claim and cites it.[1] It goes on for a while, as paragraphs do when a page gives each of them one long line.',
  'The second paragraph makes another claim.[2] And it also goes on for a while, because a paragraph on a web page is one line however long it is.',
  'The third paragraph has no marker at all, but it is long enough to be an ordinary paragraph of the body of an essay that was copied from the web.',
  'The fourth paragraph closes the essay with a last claim.[3] That is the end of the body of the essay, and what follows are its notes, set apart.',
  '',
  'Christian Rakovsky, Selected Writings (London: Allison & Busby, 1980), p. 152.',
  '',
  'Ibid., pp. 152–154.',
  '',
  'Quoted in Ibid., p. 56.',
);
const webEssayNotes = [
  '1 -> Christian Rakovsky, Selected Writings (London: Allison & Busby, 1980), p. 152.',
  '2 -> Ibid., pp. 152–154.',
  '3 -> Quoted in Ibid., p. 56.',
];

/** The notes of `pdfPage`, by marker. */
const pdfPageLinks = [
  '1 -> Tamsin Orlov, The Harbour Years (Riga: Baltic Press, 1981), p. 12.',
  '2 -> Ibid., p. 14. The clerk’s minutes survive in the municipal archive, in a\nbox of papers that nobody catalogued until the year of the great flood.',
  '3 -> null',
];
/** A PDF page's prose whose last lines call two footnotes, hard-wrapped. */
const footnotedProse = [
  'When the harbour commission met in the spring, its members had',
  'already decided what they would say to the dockworkers who came',
  'to them with their grievances about the new cranes and hours.1',
  'Nobody in the room expected the men to stay very long, and the',
  'chairman had said as much to the clerk, who wrote it all down.2',
];
/** The first two footnotes at the foot of a PDF page, as the fixtures below give them. */
const footnoteLinks = [
  '1 -> Tamsin Orlov, The Harbour Years (Riga: Baltic Press, 1981), p. 12.',
  '2 -> Ibid., p. 14. The clerk’s minutes survive in the municipal archive, in\na box of papers that nobody catalogued until the great flood of 1953.',
];

describe('a marker with a given number before a place (a note\'s number or a page number?)', () => {
  const text = 'In 1931 the cranes came.3 Tamsin Orlov[4] wrote of it¹² and ³⁴⁵, on page 6 of 1906.';
  const markers = new MarkersByLabel(text);
  const before = (label: string, place: string) => markers.before(label, text.indexOf(place));

  test('glued to a word or its punctuation, in brackets, in superscript digits', () => {
    assert.equal(before('3', 'Tamsin'), true);
    assert.equal(before('4', 'wrote'), true);
    assert.equal(before('12', 'and'), true);
  });

  test('only before the place asked about', () => {
    assert.equal(before('4', 'Orlov'), false);
    assert.equal(before('12', 'wrote'), false);
  });

  test('not a number inside a year, a figure or a longer run of superscripts', () => {
    assert.equal(before('1', 'on page'), false);
    assert.equal(before('34', 'on page'), false);
    assert.equal(before('6', 'of 1906'), false);
  });

  test('a superscript after a year is a marker; after another number, a power', () => {
    const text = 'The men struck on 1 May 1921³ and 10³ tons of grain rotted.';
    assert.deepEqual(analyzeDocument(text, 'plaintext').markers.map((m) => m.start), [text.indexOf('³')]);
  });

  test('anywhere, in a form that makes a marker by itself: brackets, superscripts, bold, not glued digits', () => {
    const explicit = new MarkersByLabel('Later.7 The end[^8], or **9**, or <sup> 10 </sup>, or ¹¹.');
    assert.deepEqual(['7', '8', '9', '10', '11', '08'].map((label) => explicit.explicitAnywhere(label)), [false, true, true, true, true, true]);
  });

  test('the same answers asked in any order', () => {
    const fresh = new MarkersByLabel(text);
    assert.deepEqual(['12', '3', '4', '12'].map((label) => fresh.before(label, text.length)), [true, true, true, true]);
  });
});

describe('notes', () => {
  test('a note block at a PDF page break: the number on its own line, then the note, which may run on', () => {
    assert.deepEqual(links(pdfPage), pdfPageLinks);
  });

  test('footnotes at the foot of a PDF page, each line opening with its number', () => {
    const text = [
      ...footnotedProse,
      '1 Tamsin Orlov, The Harbour Years (Riga: Baltic Press, 1981), p. 12.',
      '2 Ibid., p. 14. The clerk’s minutes survive in the municipal archive, in',
      'a box of papers that nobody catalogued until the great flood of 1953.',
      '57',
      ' But the men stayed until the evening, and came back the next day.3',
      'The third day was quieter than the first two, and much shorter.',
      'Everyone present had read the papers and knew what to expect.',
    ].join('\n');
    assert.deepEqual(links(text), [...footnoteLinks, '3 -> null']);
  });

  test('a footnote runs on over a line that opens with the page its line before asks for (`p.⏎63.`), out of the notes’ order', () => {
    const text = [
      ...footnotedProse,
      '1 Tamsin Orlov, The Harbour Years (Riga: Baltic Press, 1981), p.',
      '63. The fuller original is in Latvian (Riga: Liesma, 1979).',
      '2 Ibid., p. 14.',
      '57',
      ' But the men stayed until the evening, and came back the next day.',
    ].join('\n');
    assert.deepEqual(links(text), ['1 -> Tamsin Orlov, The Harbour Years (Riga: Baltic Press, 1981), p.\n63. The fuller original is in Latvian (Riga: Liesma, 1979).',
      '2 -> Ibid., p. 14.']);
  });

  test('a footnote runs on over a line that opens with initials, which typesetting keeps with the name after them', () => {
    const text = [
      ...footnotedProse,
      '1 Tamsin Orlov, The Harbour Years (Riga: Baltic Press, 1981), p. 12.',
      '2 Ibid., p. 14. The minutes were at long last made public by',
      'J. V. Kessler at the harbour conference of January 1924.',
      '57',
      ' But the men stayed until the evening, and came back the next day.',
    ].join('\n');
    assert.deepEqual(links(text), [footnoteLinks[0], '2 -> Ibid., p. 14. The minutes were at long last made public by\nJ. V. Kessler at the harbour conference of January 1924.']);
  });

  test('a footnote runs on after a short line that breaks off in a reference (`,` `:`) and after `Cf.`, which ends no sentence', () => {
    const text = [
      ...footnotedProse,
      '1 Tamsin Orlov, The Harbour Years (Riga: Baltic Press, 1981), p. 12. Cf.',
      'Kessler, Harbours, 40–45.',
      '2 Ibid., p. 14; see also Jan Holt, The Clerk:',
      'A Life (Oslo: Nordic Press, 1990),',
      '45–50.',
      '57',
      ' But the men stayed until the evening, and came back the next day.',
    ].join('\n');
    assert.deepEqual(links(text), [
      '1 -> Tamsin Orlov, The Harbour Years (Riga: Baltic Press, 1981), p. 12. Cf.\nKessler, Harbours, 40–45.',
      '2 -> Ibid., p. 14; see also Jan Holt, The Clerk:\nA Life (Oslo: Nordic Press, 1990),\n45–50.',
    ]);
    // Its wrapped reference runs from the author, across the line break.
    assert.ok(analyzeDocument(text, 'plaintext').citations.some((c) => c.text === 'Jan Holt, The Clerk:\nA Life (Oslo: Nordic Press, 1990),\n45–50'));
  });

  test('a footnote runs on after an archive’s `f.` and after a title’s `?` before its publication details', () => {
    const text = [
      ...footnotedProse,
      '1 Resolution of the Harbour Board, 16 Aug. 1938, Riga City Archive, f.',
      '495, op. 123, d. 45, l. 12.',
      '2 For a guide to the files see Jan Holt, Enemies within the Harbour Gates?',
      'The Harbour and its Clerks (Oslo: Nordic Press, 1990), 45–50.',
      '57',
      ' But the men stayed until the evening, and came back the next day.',
    ].join('\n');
    assert.deepEqual(links(text), [
      '1 -> Resolution of the Harbour Board, 16 Aug. 1938, Riga City Archive, f.\n495, op. 123, d. 45, l. 12.',
      '2 -> For a guide to the files see Jan Holt, Enemies within the Harbour Gates?\nThe Harbour and its Clerks (Oslo: Nordic Press, 1990), 45–50.',
    ]);
  });

  test('a footnote runs on after a line that ends with an initial, whose name goes on (`ed. R. W. Holt, E.`, `R. Ia.`)', () => {
    const text = [
      ...footnotedProse,
      '1 The Harbour Letters, 1931–36, ed. R. W. Holt, O. V. Kessler, E.',
      'A. Rask and L. A. Varga (Riga, 2003), pp. 138–39.',
      '2 Holod na portu: ochyma istorykiv, movoiu dokumentiv, ed. R. Ia.',
      'Pyrih (Kyiv, 1990), pp. 190–94.',
      '57',
      ' But the men stayed until the evening, and came back the next day.',
    ].join('\n');
    assert.deepEqual(links(text), [
      '1 -> The Harbour Letters, 1931–36, ed. R. W. Holt, O. V. Kessler, E.\nA. Rask and L. A. Varga (Riga, 2003), pp. 138–39.',
      '2 -> Holod na portu: ochyma istorykiv, movoiu dokumentiv, ed. R. Ia.\nPyrih (Kyiv, 1990), pp. 190–94.',
    ]);
  });

  test('a printed book’s footnotes marked with symbols, counting `*`, `†`, `‡` again on each page, indented or not', () => {
    const text = [
      'When the harbour commission met in the spring, its members had',
      'already decided what to say to the dockworkers.* Nobody expected',
      'the men to stay long, as the chairman had told the clerk.† Yet',
      'they stayed until the evening, and Odile Varga spoke for them."‡',
      '',
      '  * Tamsin Orlov, The Harbour Years (Riga, 1981), p. 12.',
      '  † Ibid., p. 14; the minutes survive in the municipal archive, in',
      'a box of papers that nobody catalogued until the flood.',
      '‡ Loc. cit.',
      '',
      '58                      THE HARBOUR AND ITS MEN',
      '',
      '  The next day was quieter, and the commission adjourned early.*',
      '',
      '  * Orlov, op. cit., p. 20.',
    ].join('\n');
    assert.deepEqual(links(text), [
      '* -> Tamsin Orlov, The Harbour Years (Riga, 1981), p. 12.',
      '† -> Ibid., p. 14; the minutes survive in the municipal archive, in\na box of papers that nobody catalogued until the flood.',
      '‡ -> Loc. cit.',
      '* -> Orlov, op. cit., p. 20.',
    ]);
  });

  test('a typewritten page’s footnotes whose lines hang under the note’s text (`† Jan Orlov,⏎  Riga`) run on; the indented body after them does not', () => {
    const text = [
      'When the harbour commission met in the spring, its members had',
      'already decided what to say to the dockworkers.* Nobody expected',
      'the men to stay long, as the chairman had told the clerk.†',
      '',
      '____________________',
      '* For the official view see Odile Varga, The Harbour Years and',
      '  Their Men (Riga: Baltic Press, 1981), pp. 12-14.',
      '† Tamsin Orlov, The Clerks (Riga:',
      '  Liesma, 1979), p. 3.',
      '',
      '     The next day was quieter, and the commission adjourned early.',
    ].join('\n');
    assert.deepEqual(links(text), [
      '* -> For the official view see Odile Varga, The Harbour Years and\n  Their Men (Riga: Baltic Press, 1981), pp. 12-14.',
      '† -> Tamsin Orlov, The Clerks (Riga:\n  Liesma, 1979), p. 3.',
    ]);
    assert.deepEqual(analyzeDocument(text, 'plaintext').citations.map((c) => c.text), ['Odile Varga, The Harbour Years and\n  Their Men (Riga: Baltic Press, 1981), pp. 12-14', 'Tamsin Orlov, The Clerks (Riga:\n  Liesma, 1979), p. 3']);
  });

  test('a symbol is a marker only where a note carries it: emphasis and asterisks in prose are not', () => {
    const text = lines('The *harbour* board met in secret, and its chairman said so.* The minutes were lost.†');
    assert.deepEqual(markerTexts(text), []);
  });

  test('a footnote that runs over to the next page, its end set above that page’s own footnotes, keeps both pieces', () => {
    const text = [
      '   When the dockworkers of Velmora stopped work in the spring of',
      '1890, the harbour board had no council to negotiate with, and its',
      'chairman, Anton Reswick, refused to meet the strike committee.1',
      '',
      '1 Marta Ilves, The Quays of Velmora (Halden: Baltic Press, 1981), 45. The',
      'minutes of the committee survive only from its sixth week; the earlier',
      'ones were lost in',
      '',
      '212    JOURNAL OF HARBOUR STUDIES',
      '',
      '   The strike lasted eleven weeks and ended only when the council was',
      'recognized by the board in the autumn of the same year.2',
      '',
      'the fire of 1902, as Reswick complained in his memoirs.',
      '2 Ilves, Quays of Velmora, 60.',
      '',
      '214    JOURNAL OF HARBOUR STUDIES',
      '',
      '   The councils outlived the board, which was dissolved in 1911.',
    ].join('\n');
    const { markers, notes } = analyzeDocument(text, 'plaintext');
    const pieces = (n: { start: number; end: number; parts: { start: number; end: number }[] }) => [n, ...n.parts].map((p) => text.slice(p.start, p.end).split('\n').at(-1));
    assert.deepEqual(markers.map((m) => m.note), [0, 1]);
    assert.deepEqual(notes.map(pieces), [['ones were lost in', 'the fire of 1902, as Reswick complained in his memoirs.'], ['Ilves, Quays of Velmora, 60.']]);
  });

  test('footnotes under the rule that PDF extraction leaves over them, numbered `1.`; the rule is debris', () => {
    const prose = 'The harbour board met in the spring and heard the dockworkers out at length,';
    const text = [
      `   ${prose}`, prose, prose, 'and the chairman refused to meet the strike committee at all.1 The clerks',
      'kept copies of every letter, as Marta Ilves has shown in her study of them.2',
      '',
      '____________________',
      '1. Marta Ilves, The Quays of Velmora (Riga: Baltic Press, 1982), 45.',
      '2. Ibid., 47.',
      '',
      '88',
      '',
      `   ${prose}`, prose, 'and then the board closed the port for a week.',
    ].join('\n');
    assert.deepEqual(links(text), ['1 -> Marta Ilves, The Quays of Velmora (Riga: Baltic Press, 1982), 45.', '2 -> Ibid., 47.']);
    assert.deepEqual(analyzeStructure(text, 'plaintext').debris.map((d) => d.kind), ['rule', 'page-number']);
  });

  test('Unicode superscript markers, their notes numbered under a Notes line where no blank line parts the paragraphs', () => {
    const text = [
      'The clerks of Velmora kept a copy of every letter.¹ Nobody asked them to.',
      'The habit outlived the office, as Marta Ilves has shown.²',
      'Notes',
      '1. Marta Ilves, The Quays (Riga: Baltic Press, 1962), 4.',
      '2. Ibid., 9.',
    ].join('\n');
    assert.deepEqual(links(text), ['1 -> Marta Ilves, The Quays (Riga: Baltic Press, 1962), 4.', '2 -> Ibid., 9.']);
    assert.deepEqual(analyzeStructure(text, 'plaintext').sections.map((s) => s.title), ['Notes']);
  });

  test('footnotes at a PDF page break whose numbers are glued to their text (`1Tamsin Orlov`, `12Ibid.`)', () => {
    const text = [
      ...footnotedProse,
      '',
      '1Tamsin Orlov, The Harbour Years (Riga: Baltic Press, 1981), p. 12.',
      '2Ibid., p. 14. The clerk’s minutes survive in the municipal archive, in',
      'a box of papers that nobody catalogued until the great flood of 1953.',
      '',
      '58THE REVIEW OF HARBOUR HISTORY',
      '',
      'But the men stayed until the evening, and came back the next day.3',
      'The third day was quieter than the first two, and much shorter.',
      'Everyone present had read the papers and knew what to expect.',
      '',
      '3Orlov, The Harbour Years, 40.',
    ].join('\n');
    assert.deepEqual(links(text), [...footnoteLinks, '3 -> Orlov, The Harbour Years, 40.']);
  });

  test('typewritten notes: `(1)` glued to the sentence, the notes under NOTES in capitals, numbered `1.` or `(1)`', () => {
    const body = 'THE LAST GUILD\n\nThe guild was abolished in 1851.(1) Its chest survived,(2) and its feast.\n\nThe reasons were (1) cost and (2) habit, as section 5(1) says.\n\nNOTES\n\n';
    assert.deepEqual(links(`${body}1. Dorit Amsel, Guilds (Vienna, 1902), 4.\n2. Ibid., 9.`),
      ['1 -> Dorit Amsel, Guilds (Vienna, 1902), 4.', '2 -> Ibid., 9.']);
    assert.deepEqual(links(`${body}(1) Dorit Amsel, Guilds (Vienna, 1902), 4.\n(2) Ibid., 9.`),
      ['1 -> Dorit Amsel, Guilds (Vienna, 1902), 4.', '2 -> Ibid., 9.']);
  });

  test('a line of the body that opens with a number is not a footnote', () => {
    const text = [
      'When the harbour commission met in the spring, its members had',
      'already decided what they would say to the dockworkers who came,',
      'and the figures were worse than anyone had said: of the men, some',
      '25 Poles and Finns had already left the harbour for the mines.',
      'Nobody in the room expected the rest to stay very long, either.',
      'The chairman had said as much to the clerk, who wrote it down.',
      'The third day was quieter than the first two, and much shorter.',
      'Everyone present had read the papers and knew what to expect.',
    ].join('\n');
    assert.equal(analyzeDocument(text, 'plaintext').structure.noteRegions.length, 0);
  });

  test('corpus: a note number followed by the resumed body has lost its text', () => {
    const text = [
      'What fractions of classes are involved in the movement beyond the',
      'question of the state, and what do they want from it, then?16',
      '',
      '16',
      'Trotsky 1970, p.467. He also claims that the apparatus had grown',
      '17',
      ' proletariat the poor peasants?17',
      'And right away he concludes that the question is not settled.',
      'Only by knowing what the people means can you then develop it.',
      'As long as you cannot answer the question you can do nothing.',
    ].join('\n');
    assert.deepEqual(links(text), ['16 -> Trotsky 1970, p.467. He also claims that the apparatus had grown', '17 -> null']);
  });

  test('a numbered list of notes under its own heading, each note read once', () => {
    const text = lines(
      'The Quiet Archive',
      'Every clerk in the provincial office kept a copy of each letter.1 The habit was older than the office.2',
      'Notes',
      '1. Maren Holt, The Clerks (Oslo, 1977), p. 3.',
      '2. Ibid., p. 9.',
    );
    assert.deepEqual(links(text), ['1 -> Maren Holt, The Clerks (Oslo, 1977), p. 3.', '2 -> Ibid., p. 9.']);
    assert.equal(analyzeDocument(text, 'plaintext').notes.length, 2);
  });

  test('notes numbered `1 Text` under a Notes heading', () => {
    const text = lines(
      'The Quiet Archive',
      'Every clerk in the provincial office kept a copy of each letter.1 The habit was older than the office itself.2',
      'Notes',
      '1 Maren Holt, The Clerks (Oslo, 1977), p. 3.',
      '2 Ibid., p. 9.',
    );
    assert.deepEqual(links(text), ['1 -> Maren Holt, The Clerks (Oslo, 1977), p. 3.', '2 -> Ibid., p. 9.']);
  });

  test('notes whose number PDF extraction glued to their text (`1Maren Holt`), counting up', () => {
    const text = [
      'The Quiet Archive',
      '',
      'Every clerk kept a copy of each letter.1 The habit was older than the office.2 It lasted.3',
      '',
      'Notes',
      '',
      '1Maren Holt, The Clerks (Oslo, 1977), p. 3.',
      '2Ibid., p. 9.',
      '3See Odile Varga, Harbours (Riga, 1998), 7.',
      '1930s ledgers are lost.',
    ].join('\n');
    assert.deepEqual(links(text), [
      '1 -> Maren Holt, The Clerks (Oslo, 1977), p. 3.',
      '2 -> Ibid., p. 9.',
      '3 -> See Odile Varga, Harbours (Riga, 1998), 7.\n1930s ledgers are lost.',
    ]);
  });

  test('numbered notes at the end of a text without a heading', () => {
    const text = lines(
      'Every clerk in the provincial office kept a copy of each letter that went out.1 The habit was older than the office itself.',
      'Nobody knew why the clerks did it, and nobody asked them, because the copies were useful to everyone.2',
      '1. Maren Holt, The Clerks (Oslo, 1977), p. 3.',
      '2. Ibid., p. 9.',
    );
    assert.deepEqual(links(text), ['1 -> Maren Holt, The Clerks (Oslo, 1977), p. 3.', '2 -> Ibid., p. 9.']);
  });

  test('a caret alone after punctuation marks a note, as text copied from the web writes a superscript; a power does not', () => {
    const text = lines(
      'Every clerk in the provincial office kept a copy of each letter that went out.^1 Energy was mc^2 then.',
      'Nobody knew why the clerks did it, and nobody asked them, because the copies were useful to everyone.^2',
      'Notes',
      '1. Maren Holt, The Clerks (Oslo, 1977), p. 3.',
      '2. Ibid., p. 9.',
    );
    assert.deepEqual(links(text), ['1 -> Maren Holt, The Clerks (Oslo, 1977), p. 3.', '2 -> Ibid., p. 9.']);
  });

  test('so are notes numbered with superscript digits, as the markers are', () => {
    const text = lines(
      'Every clerk in the provincial office kept a copy of each letter that went out.¹ The habit was older than the office itself.',
      'Nobody knew why the clerks did it, and nobody asked them, because the copies were useful to everyone.²',
      '¹ Maren Holt, The Clerks (Oslo, 1977), p. 3.',
      '² Ibid., p. 9.',
    );
    assert.deepEqual(links(text), ['1 -> Maren Holt, The Clerks (Oslo, 1977), p. 3.', '2 -> Ibid., p. 9.']);
  });

  test('notes that open with their number as a superscript, as the marker is written', () => {
    const sup = '# Essay\n\nA claim.<sup>1</sup> Another.<sup>2</sup>\n\n## Notes\n\n<sup>1</sup> First note.\n\n<sup>2</sup> Second note.\n';
    assert.deepEqual(links(sup, 'markdown'), ['1 -> First note.', '2 -> Second note.']);
    const pandoc = '# Essay\n\nA claim.^1^ Another.^2^\n\n## Notes\n\n^1^ First note.\n\n^2^ Second note.\n';
    assert.deepEqual(links(pandoc, 'markdown'), ['1 -> First note.', '2 -> Second note.']);
  });

  test('Markdown footnote definitions', () => {
    const text = 'The archive burned.[^1] Nobody wept.[^why]\n\n[^1]: Holt, *The Clerks*, p. 3.\n[^why]: A guess.\n';
    assert.deepEqual(links(text, 'markdown'), ['^1 -> Holt, *The Clerks*, p. 3.', '^why -> A guess.']);
  });

  test('a Markdown footnote of one word after a blank line, which CommonMark reads as a link reference, is a note', () => {
    const text = 'The archive burned.[^1] Nobody wept.[^2] Or sang.[^3]\n\n[^1]: Holt, *The Clerks*, p. 3.\n\n[^2]: Ibid.\n\n[^3]: Holt.\n';
    assert.deepEqual(links(text, 'markdown'), ['^1 -> Holt, *The Clerks*, p. 3.', '^2 -> Ibid.', '^3 -> Holt.']);
    const { citations } = analyzeDocument(text, 'markdown');
    assert.deepEqual(citations.map((c) => `${c.kind} ${text.slice(c.start, c.end)}`), ['full Holt, *The Clerks*, p. 3', 'ibid Ibid.']);
  });

  test('Markdown notes numbered `[1]` under a bold line that stands for a heading, or at the end with no heading', () => {
    const body = 'The council adopted the resolution in May 1919.[1] The clerks kept copies.[2]';
    const notes = ['[1] Marta Ilves, *The Quays of Velmora* (Riga: Baltic Press, 1982), 12.', '[2] Ibid., 14.'];
    const expected = ['1 -> Marta Ilves, *The Quays of Velmora* (Riga: Baltic Press, 1982), 12.', '2 -> Ibid., 14.'];
    const headed = ['# The Councils', body, '**Notes**', ...notes].join('\n\n');
    assert.deepEqual(links(headed, 'markdown'), expected);
    assert.deepEqual(analyzeStructure(headed, 'markdown').sections.map((x) => `${x.level} ${x.title}`), ['1 The Councils', '2 Notes']);
    assert.deepEqual(links(['# The Councils', body, ...notes].join('\n\n'), 'markdown'), expected);
  });

  test('Markdown notes between paragraphs, including a list whose first marker the text lost', () => {
    const text = [
      'The archive burned in the winter, and with it the letters.<sup>2</sup>',
      '',
      '1. A note whose marker is gone.',
      '',
      '2. Holt, *The Clerks* (Oslo, 1977), p. 3.',
      '',
      'The clerks went home.<sup>3</sup>',
      '',
      '3. Ibid., p. 4.',
    ].join('\n');
    assert.deepEqual(links(text, 'markdown'), ['2 -> Holt, *The Clerks* (Oslo, 1977), p. 3.', '3 -> Ibid., p. 4.']);
  });

  test('corpus: a Markdown note that runs on after a page break keeps its second piece', () => {
    const text = [
      'Prose of the first page, which ends in the middle of a sentence that the',
      '',
      '14. I thus concur fully with Isaac Deutscher who observed that "...the root difference',
      '',
      'next page continues, with a marker.<sup>14</sup> And more prose.<sup>15</sup>',
      '',
      'between Stalinism and the traditional socialist outlook lay in their attitudes." Isaac Deutscher, *Stalin* (London, 1949), p. 343.',
      '',
      '15. The term comes from E.V. Walters.',
    ].join('\n');
    const { markers, notes } = analyzeDocument(text, 'markdown');
    const note = notes[markers[0].note ?? -1];
    assert.match(text.slice(note.start, note.end), /^I thus concur/);
    assert.deepEqual(note.parts.map((p) => text.slice(p.start, p.start + 20)), ['between Stalinism an']);
    assert.equal(analyzeDocument(text, 'markdown').structure.paragraphs.length, 2);
  });

  test('corpus: unnumbered endnotes at the end belong to the markers in order', () => {
    assert.deepEqual(links(webEssayWithEndnotes), webEssayNotes);
  });

  test('a Markdown list of notes, whichever way its markers are written', () => {
    for (const [one, two] of [['¹', '²'], ['^1^', '^2^'], ['1', '2']]) {
      const text = lines(
        `The clerks struck in the spring.${one} The owners gave way in the summer.${two}`,
        '1. Maren Holt, *The Clerks* (Oslo, 1977), p. 3.',
        '2. Ibid., p. 4.',
      );
      assert.deepEqual(links(text, 'markdown'), ['1 -> Maren Holt, *The Clerks* (Oslo, 1977), p. 3.', '2 -> Ibid., p. 4.'], one);
    }
  });

  test('a note block at a PDF page break after Unicode superscript markers', () => {
    assert.deepEqual(links(pdfPage.replace('hours.1', 'hours.¹').replace('down.2', 'down.²')), pdfPageLinks);
  });

  test('footnotes at a PDF page’s foot that open with their superscript number; a marker after a year; a note’s line opening with an issue’s number', () => {
    const text = [
      'When the harbour commission met in the spring, its members had already',
      'decided what they would say to the dockworkers, who had struck on 1 May',
      '1921³ and had come back to work without any promise from the owners.',
      'Nobody expected the men to stay long, and the chairman told the clerk.⁴',
      '',
      '³ Tamsin Orlov, The Harbour Years (Riga: Baltic Press, 1981), p. 12. The',
      'strike was reported, with some delay, in the Harbour Gazette, no. 1',
      '(71), 8 January 1922.',
      '⁴ Ibid., p. 14.',
      '',
      '88                                              THE HARBOUR AND ITS MEN',
      '',
      'the owners, who gave way in the summer, when the cranes stood idle for a',
      'month and the harbour board could no longer pretend not to see them.',
    ].join('\n');
    assert.deepEqual(links(text), [
      '3 -> Tamsin Orlov, The Harbour Years (Riga: Baltic Press, 1981), p. 12. The\nstrike was reported, with some delay, in the Harbour Gazette, no. 1\n(71), 8 January 1922.',
      '4 -> Ibid., p. 14.',
    ]);
  });

  test('a file in the other format keeps its notes: Markdown notes in a .txt, unnumbered endnotes in a .md', () => {
    const markdownInText = lines(
      'The clerks struck in the spring.<sup>1</sup> The owners gave way in the summer.<sup>2</sup>',
      '1. Maren Holt, *The Clerks* (Oslo, 1977), p. 3.',
      '2. Ibid., p. 4.',
      'The body goes on after its notes, as a page of the web has it.',
    );
    assert.deepEqual(links(markdownInText, 'plaintext'), ['1 -> Maren Holt, *The Clerks* (Oslo, 1977), p. 3.', '2 -> Ibid., p. 4.']);
    assert.deepEqual(links(webEssayWithEndnotes, 'markdown'), webEssayNotes);
  });

  test('unnumbered endnotes after a hard-wrapped body, a note wrapped over two lines', () => {
    const body = [
      'The first paragraph of the body makes a claim and cites it.[1] It goes',
      'on for a while, as paragraphs do, and the lines of this one were broken',
      'at a fixed width by whoever saved the essay as a text file long ago.',
      '',
      'The second paragraph makes another claim.[2] It also goes on for a',
      'while, because a paragraph of a printed page has several lines of about',
      'the same length, and this one has three of them like the one before.',
      '',
      'The third paragraph has no marker at all, but it is long enough to be',
      'an ordinary paragraph of the body, wrapped like the others at the same',
      'width, so that the text reads as hard-wrapped from the top to the end.',
      '',
      'The fourth paragraph is there to make the body longer than its notes.',
      'Most essays have many more paragraphs than notes at their end, and the',
      'gap between two of their paragraphs is what the notes are measured by.',
      '',
      'The fifth paragraph closes the essay with a last claim.[3] That is the',
      'end of the body of the essay, and what follows are its notes, which are',
      'set apart from it and from each other by wider gaps than the paragraphs.',
    ].join('\n');
    const text = [body, 'Maren Holt, Selected Letters of a Clerk (Oslo: Fjord', 'Press, 1980), p. 152.', 'Ibid., pp. 152–154.', 'Quoted in Ibid., p. 56.'].join('\n\n\n')
      .replace('Fjord\n\n\nPress', 'Fjord\nPress');
    assert.deepEqual(links(text), [
      '1 -> Maren Holt, Selected Letters of a Clerk (Oslo: Fjord\nPress, 1980), p. 152.',
      '2 -> Ibid., pp. 152–154.',
      '3 -> Quoted in Ibid., p. 56.',
    ]);
  });

  test('a hard-wrapped report’s notes typed a line each under NOTES: the n-th line is note n; its numbered headings in capitals are no notes', () => {
    const paragraph = (n: number, marker: string) => [
      `${n}.1 The harbour board met in secret in the spring of the year, as the clerks`,
      'of the port later told the commission, and it kept minutes of every meeting',
      `that nobody outside the board was allowed to read for many years.${marker}`,
    ].join('\n');
    const text = [
      '1. THE BOARD', paragraph(1, '[1] It met again.[2]'), '2. THE CLERKS AND THE STRIKE OF 1921', paragraph(2, '[3]'), paragraph(3, ''), 'NOTES',
      [
        'Maren Holt, The Clerks of the Harbour: Minutes and Letters of the Board, 1919-1921 (Oslo: Fjord Press, 1977), pp. 3-9.',
        'Ibid., p. 12. The minutes of the spring meetings were kept by two different clerks, whose hands can be told apart.',
        'Odile Varga, Harbour Strikes in the Baltic Ports between the Wars (Riga: Baltic Press, 1981), p. 40; and see n. 1.',
      ].join('\n'),
    ].join('\n\n');
    assert.deepEqual(links(text).map((link) => link.slice(0, 30)), ['1 -> Maren Holt, The Clerks of', '2 -> Ibid., p. 12. The minutes', '3 -> Odile Varga, Harbour Stri']);
  });

  test('unnumbered endnotes a line each, no blank line between them, after a body of a paragraph a line: the n-th line is note n', () => {
    const text = lines(
      'The clerks of the harbour struck in the spring, and the owners answered with a lockout that lasted the whole summer.[1] '
        + 'The strike committee met every night in the back room of a tavern by the quays.[2]',
      'When the owners gave way in the autumn, the committee printed its own account of the struggle.[3] Nobody cited it.[4]',
      'Notes\nMaren Holt, The Clerks (Oslo: Fjord Press, 1977), p. 3.\nIbid., p. 9.\nThe account survives in one copy; see Holt, The Clerks, p. 40.',
    );
    assert.deepEqual(links(text), [
      '1 -> Maren Holt, The Clerks (Oslo: Fjord Press, 1977), p. 3.',
      '2 -> Ibid., p. 9.',
      '3 -> The account survives in one copy; see Holt, The Clerks, p. 40.',
      '4 -> null',
    ]);
  });
});

describe('note problems', () => {
  test('a marker without a note, a note without a marker, a marker out of sequence', () => {
    const text = lines(
      'The Quiet Archive',
      'Every clerk kept a copy.1 The habit was old.3 Nobody knew why.4',
      'Notes',
      '1. Maren Holt, The Clerks (Oslo, 1977), p. 3.',
      '2. A note nobody cites.',
      '3. Ibid., p. 9.',
    );
    const analysis = analyzeDocument(text, 'plaintext');
    const problems = noteProblems(analysis).map((p) => `${p.kind} ${text.slice(p.start, p.end)}`);
    assert.deepEqual(problems, ['marker-out-of-sequence 3', 'marker-without-note 4', 'note-without-marker A note nobody cites.']);
  });

  test('inline notes, numbered among footnotes, are never out of sequence', () => {
    const text = 'One.[^a] Two.^[Inline.] Three.[^b] Four.^[Inline again.]\n\n[^a]: First.\n\n[^b]: Second.\n';
    assert.deepEqual(noteProblems(analyzeDocument(text, 'markdown')), []);
  });

  test('an essay published without its notes gets one quiet summary, not one problem per marker', () => {
    const text = lines('One claim.1 Another.2 A third,3 and a fourth.4 Then the sixth.6');
    const problems = noteProblems(analyzeDocument(text, 'plaintext'));
    assert.deepEqual(problems.map((p) => [p.kind, p.count]), [['notes-missing', 5]]);
  });

  test('a back-reference with nothing to resolve to', () => {
    const text = lines('The Quiet Archive', 'A claim.1', 'Notes', '1. Ibid., p. 3.');
    const problems = noteProblems(analyzeDocument(text, 'plaintext'));
    assert.deepEqual(problems.map((p) => [p.kind, text.slice(p.start, p.end)]), [['unresolved-back-reference', 'Ibid., p. 3']]);
  });
});

describe('never throws', () => {
  test('odd text gives markers, notes and problems, not an exception', () => {
    const odd = ['', '\0\0', '1\n\n\n2\n\n3', '[^]: \n[^', '<sup></sup><sup>999</sup>', '¹²³⁴⁵⁶⁷⁸⁹⁰'.repeat(50), '\uD800.1', 'Notes\n\n1.\n2.\n3.'];
    for (const text of odd) {
      for (const format of ['plaintext', 'markdown'] as const) {
        // The layer itself, not through analyzeDocument (which would catch what it throws).
        assert.doesNotThrow(() => noteProblems({ ...findNotes(text, analyzeStructure(text, format)), citations: [] }), JSON.stringify(text));
      }
    }
  });
});

describe('a line of hard-wrapped prose that opens with a day and a month', () => {
  test('goes on with the sentence the line before broke off, and is no note', () => {
    const text = [
      'The rector of Velmora closed the faculty on the second day of the assembly, and',
      'the students moved to the old town, where the harbour workers joined them.³ The',
      'prefect, who had waited for orders from the capital, called the police in on',
      '3 May; the night of the barricades followed a week later, in the old town, and',
      'the assembly met again only when the harbour board had given way.⁴', '',
      'Notes', '',
      '³ Marta Ilves, The Quays of Velmora (Riga: Baltic Press, 1982), 12.',
      '⁴ Jens Varga, Councils and Clerks (Oslo: Nordic Press, 1999), 33.',
    ].join('\n');
    assert.deepEqual(links(text).map((link) => link.slice(0, 17)), ['3 -> Marta Ilves,', '4 -> Jens Varga, ']);
  });
});

describe('a web encyclopedia’s notes, as copying its text leaves them', () => {
  const body = 'The sailors rose.[1] The port fell.[2][citation needed] Ilves agrees.[1]';

  test('under `References[edit]`, numbered notes that open with the links back to their markers, which are no part of them', () => {
    const text = lines(body, 'References[edit]', '1. ^ a b Ilves, Marta (1982). The Quays. Riga: Baltic Press. p. 12.\n2. ^ Varga 1999, p. 33.');
    assert.deepEqual(links(text), ['1 -> Ilves, Marta (1982). The Quays. Riga: Baltic Press. p. 12.', '2 -> Varga 1999, p. 33.', '1 -> Ilves, Marta (1982). The Quays. Riga: Baltic Press. p. 12.']);
    assert.equal(analyzeStructure(text, 'plaintext').sections.at(-1)?.title, 'References');
  });

  test('a web page’s `[n]` markers and its unnumbered references, a line each: the n-th reference is note n', () => {
    const text = ['The Quays', 'The sailors rose in the spring.[1] The port fell.[2]', 'The Second Phase',
      'The clerks kept the minutes.[1]', 'References',
      'Holt, M. (1983). The Quays. Fjord Press.\nVarga, O. & Kessel, J. (1990). Harbours. Baltic Press.'].join('\n');
    assert.deepEqual(links(text), ['1 -> Holt, M. (1983). The Quays. Fjord Press.', '2 -> Varga, O. & Kessel, J. (1990). Harbours. Baltic Press.',
      '1 -> Holt, M. (1983). The Quays. Fjord Press.']);
    assert.deepEqual(analyzeStructure(text, 'plaintext').sections.map((x) => x.title), ['The Quays', 'The Second Phase', 'References']);
  });

  test('Markdown: a paragraph that opens with a superscript number after its marker is a note between paragraphs; an ordinal’s ending is no marker', () => {
    const text = ['# The Quays', 'The clerks of the 20<sup>th</sup> century kept everything.<sup>1</sup>', '<sup>1</sup> On the clerks see Holt 1977.',
      'The port fell in the XIX<sup>e</sup> siècle.<sup>2</sup>', '<sup>2</sup> Varga 1981, p. 3.'].join('\n\n');
    assert.deepEqual(links(text, 'markdown'), ['1 -> On the clerks see Holt 1977.', '2 -> Varga 1981, p. 3.']);
  });

  test('Markdown: every markup of a superscript number (HTML, Pandoc, LaTeX) makes a marker, and a note between paragraphs that opens with it', () => {
    const text = ['# The Quays', 'The clerks kept everything.^1^', '^1^ On the clerks see Holt 1977.',
      'The port fell.$^{2}$', '$^{2}$ Varga 1981, p. 3.', 'The board met.$^3$', '$^3$ Kessel 1990.'].join('\n\n');
    assert.deepEqual(links(text, 'markdown'), ['1 -> On the clerks see Holt 1977.', '2 -> Varga 1981, p. 3.', '3 -> Kessel 1990.']);
  });

  test('a year written short after an apostrophe (`the summer of \'56`, `’58`) is no marker; a number after a closing quotation mark is', () => {
    const spoken = '**Lecturer:** In the summer of \'56 the congress met. By the spring of \'58 it was over, and in the autumn of \'61 the talks began. In \'62 they ended.';
    assert.deepEqual(links(spoken, 'markdown'), []);
    const text = lines('In the summer of \'56 the congress met, and by the spring of ’58 it was over. He said \'no.\'1', 'Notes', '1. Holt 1977.');
    assert.deepEqual(links(text), ['1 -> Holt 1977.']);
  });

  test('a figure after a straight quotation mark that opens a quotation is no marker (`the "3 de mayo de 1937" of the histories`); after one that closes it, it is', () => {
    const text = lines('It was "3 May 1937" in the papers, the "4 May" of the songs. The USSR."1', 'Notes', '1. Holt 1977.');
    assert.deepEqual(links(text), ['1 -> Holt 1977.']);
    assert.deepEqual(analyzeDocument(text, 'plaintext').dates.map((d) => d.text).slice(0, 2), ['3 May 1937', '4 May']);
  });

  test('a volume in italics before its issue, as APA sets it (`*2*(2)`), is no marker', () => {
    const text = lines('# Essay', 'Text (Holt, 1993).', '## References', 'Holt, I. (1993). The quays. *Baltic History*, *2*(2), 103–118.');
    assert.deepEqual(analyzeDocument(text, 'markdown').markers, []);
  });

  test('lettered notes under `Notes[edit]`, then numbered references under `References[edit]`', () => {
    const text = lines('The sailors rose.[1] The port fell.[2][a] Many died.[b]', 'Notes[edit]', 'a. ^ Estimates vary.\nb. ^ The harbour board kept no list.',
      'References[edit]', '1. ^ Ilves, Marta (December 1982). "The Quays". Baltic Review. 3 (2): 12.\n2. ^ Varga, Kessel & Holt 1999, p. 33.');
    assert.deepEqual(links(text), ['1 -> Ilves, Marta (December 1982). "The Quays". Baltic Review. 3 (2): 12.', '2 -> Varga, Kessel & Holt 1999, p. 33.',
      'a -> Estimates vary.', 'b -> The harbour board kept no list.']);
    const { citations, mentions } = analyzeDocument(text, 'plaintext');
    assert.deepEqual(citations.map((c) => `${c.kind} ${c.fields.authors?.join(', ')} ${c.fields.year}`), ['full Marta Ilves 1982', 'author-year Varga, Kessel, Holt 1999']);
    assert.deepEqual(mentions.map((m) => `${m.kind} ${m.text}`), ['person Ilves', 'organization Baltic Review', 'person Varga', 'person Kessel', 'person Holt']);
  });

  test('lettered notes, then unnumbered references with carets: `[n]` is the n-th reference, in whatever order the markers come', () => {
    const text = lines('The sailors rose.[1] The port fell.[2][a] The board met.[2] Many died.[3][1]', 'Notes', 'a. ^ Estimates vary.',
      'References', '^ a b Ilves, Marta (1982). The Quays. Riga: Baltic Press. p. 12.\n^ a b Varga 1999, p. 33.\n^ a b Holt 2001, p. 4.');
    assert.deepEqual(links(text), ['1 -> Ilves, Marta (1982). The Quays. Riga: Baltic Press. p. 12.', '2 -> Varga 1999, p. 33.', 'a -> Estimates vary.',
      '2 -> Varga 1999, p. 33.', '3 -> Holt 2001, p. 4.', '1 -> Ilves, Marta (1982). The Quays. Riga: Baltic Press. p. 12.']);
  });

  test('unnumbered, each note opens with its caret', () => {
    const text = lines(body, 'References', '^ a b Ilves, Marta (1982). The Quays. Riga: Baltic Press. p. 12.\n^ Varga 1999, p. 33.');
    assert.deepEqual(links(text), ['1 -> Ilves, Marta (1982). The Quays. Riga: Baltic Press. p. 12.', '2 -> Varga 1999, p. 33.', '1 -> Ilves, Marta (1982). The Quays. Riga: Baltic Press. p. 12.']);
  });
});

describe('`Art` before a glued number', () => {
  test('ends a name in capitals and the number is a marker; `art.` in small letters numbers an article', () => {
    const text = lines('The International Federation of Independent Revolutionary Art.1 It cited art.2 of the code.', 'Notes', '1. Kessel, Manifesto, 3.');
    assert.deepEqual(links(text), ['1 -> Kessel, Manifesto, 3.']);
  });
});

describe('notes across a page of endnotes', () => {
  test('a running head inside an endnote is no part of it: the note resumes after it as a piece of its own', () => {
    const text = 'Text.1\n\nNotes\n1. Marta Ilves, "The Quays," Harbour Review 8 (1993);\n204\tJOURNAL OF HARBOUR STUDIES\nJan Rask, The Clerks (Oslo: Kessel, 2012).\n';
    const head = text.indexOf('204\t');
    const notes = readNotes(text, [{ kind: 'notes-section', start: text.indexOf('1. Marta'), end: text.length }], [{ start: head, end: text.indexOf('\n', head) }]);
    assert.deepEqual(notes.map((n) => [n.label, ...[n, ...n.parts].map((p) => text.slice(p.start, p.end))]),
      [['1', 'Marta Ilves, "The Quays," Harbour Review 8 (1993);', 'Jan Rask, The Clerks (Oslo: Kessel, 2012).']]);
  });
});
