// The views' data on hand-built analyses: the people index, mentions with their sentence, the
// timeline, the concordance and the reading report.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import MarkdownIt from 'markdown-it';
import type { AnalyzedDocument } from '../../server/src/analysisCache';
import { Corpus } from '../../server/src/corpus';
import type { FeatureContext } from '../../server/src/features/context';
import {
  concordance, dateExtent, dateSentence, entityMentions, excerpt, inline, listEntities, queryAt, readingReport, ROWS_LIMIT, timeline,
} from '../../server/src/features/views';
import { analyzed } from '../helpers/analyzed';

const contextOf = (docs: AnalyzedDocument[], notes: Record<string, string[]> = {}): FeatureContext => ({
  corpus: new Corpus(() => docs, () => []),
  entityNotes: (id) => notes[id] ?? [],
});

const HARBOUR = analyzed(
  'The harbour poet Ilse Varga, who wrote the Tide Songs, left Brela in 1931. The Dockers Union met. Varga returned from 1925 to 1929. Then Varga wrote again.',
  {
    entities: [
      { kind: 'person', label: 'Ilse Varga', mentions: ['Ilse Varga', 'Varga', 'Varga'], description: 'The harbour poet Ilse Varga, who wrote the Tide Songs' },
      { kind: 'place', label: 'Brela', mentions: ['Brela'] },
      { kind: 'organization', label: 'Dockers Union', mentions: ['Dockers Union'] },
    ],
    dates: [{ text: '1931', value: '1931' }, { text: 'from 1925 to 1929', value: '1925/1929' }],
  },
  'file:///essays/harbour.txt',
).doc;

const LETTERS = analyzed('Brela in spring. Dear Varga, the Dockers Union writes from Brela on 3 May 1931.', {
  entities: [
    { kind: 'place', label: 'Brela', mentions: ['Brela', 'Brela'] },
    { kind: 'person', label: 'Ilse Varga', mentions: ['Varga'] },
    { kind: 'organization', label: 'Dockers Union', mentions: ['Dockers Union'] },
  ],
  dates: [{ text: '3 May 1931', value: '1931-05-03' }],
}, 'file:///essays/letters.txt').doc;

const context = contextOf([HARBOUR, LETTERS], { 'person:ilse-varga': ['Check the <b>Tide Songs</b> dates'] });

describe('people index', () => {
  test('an entity an essay names only by its surname is listed under the fullest name the corpus gives it', () => {
    const short = analyzed('Varga wrote again.', { entities: [{ kind: 'person', label: 'Varga', mentions: ['Varga'] }] }, 'file:///essays/short.txt').doc;
    const both = contextOf([short, HARBOUR]);
    assert.deepEqual(listEntities(both, short.uri).map((e) => `${e.id} ${e.label}`), ['person:ilse-varga Ilse Varga']);
    assert.equal(concordance(both, { entity: 'person:ilse-varga' }).title, 'Ilse Varga');
  });

  test('one essay: its entities in order of first appearance, with counts and descriptions', () => {
    const entities = listEntities(context, HARBOUR.uri);
    assert.deepEqual(entities.map((e) => `${e.id} ${e.count}`), ['person:ilse-varga 3', 'place:brela 1', 'organization:dockers-union 1']);
    assert.equal(entities[0].description, 'The harbour poet Ilse Varga, who wrote the Tide Songs');
    assert.deepEqual(entities[0].variants, ['Ilse Varga', 'Varga']);
  });

  test('the corpus: one entry per entity across essays, counts summed, essays counted', () => {
    const entities = listEntities(context, null);
    assert.deepEqual(entities.map((e) => `${e.label} ${e.count} in ${e.essays}`), ['Ilse Varga 4 in 2', 'Brela 3 in 2', 'Dockers Union 2 in 2']);
  });

  test('the mentions of an entity, each with its sentence, keyword apart', () => {
    const { rows, total } = entityMentions(context, 'person:ilse-varga', HARBOUR.uri);
    assert.equal(total, 3);
    assert.deepEqual(rows.map((r) => [r.excerpt.before, r.excerpt.keyword, r.excerpt.after]), [
      ['The harbour poet ', 'Ilse Varga', ', who wrote the Tide Songs, left Brela in 1931.'],
      ['', 'Varga', ' returned from 1925 to 1929.'],
      ['Then ', 'Varga', ' wrote again.'],
    ]);
    assert.deepEqual(rows.map((r) => `${r.location.essay}:${r.location.line}:${r.location.range.start.character}`), ['harbour.txt:1:17', 'harbour.txt:1:98', 'harbour.txt:1:137']);
  });

  test('in a long sentence, a mention keeps only a little of what precedes it, so a narrow list shows the name', () => {
    const long = analyzed('In the long and winding years of the harbour strikes and the lockouts that followed them, Varga wrote.', {
      entities: [{ kind: 'person', label: 'Varga', mentions: ['Varga'] }],
    }).doc;
    const [row] = entityMentions(contextOf([long]), 'person:varga', null).rows;
    assert.equal(row.excerpt.before, '…lockouts that followed them, ');
  });

  test('across the corpus, mentions come essay by essay', () => {
    assert.deepEqual(entityMentions(context, 'place:brela', null).rows.map((r) => r.location.essay), ['harbour.txt', 'letters.txt', 'letters.txt']);
  });

  test('a name of every essay of a large corpus: the first rows, essay by essay, and how many there are', () => {
    const often = (uri: string) => analyzed('Varga wrote. '.repeat(ROWS_LIMIT), {
      entities: [{ kind: 'person', label: 'Varga', mentions: Array<string>(ROWS_LIMIT).fill('Varga') }],
    }, uri).doc;
    const corpus = contextOf([often('file:///essays/b.txt'), often('file:///essays/a.txt')]);
    const { rows, total } = entityMentions(corpus, 'person:varga', null);
    assert.equal(total, 2 * ROWS_LIMIT);
    assert.equal(rows.length, ROWS_LIMIT);
    assert.deepEqual(new Set(rows.map((r) => r.location.essay)), new Set(['a.txt']));
    assert.deepEqual(rows.slice(0, 2).map((r) => r.location.range.start.character), [0, 13]);
    const words = concordance(corpus, { word: 'wrote' });
    assert.equal(words.rows.length, ROWS_LIMIT);
    assert.equal(words.truncated, true);
    assert.equal(words.rows[0].location.essay, 'a.txt');
  });
});

describe('timeline', () => {
  const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

  test('a year is the whole year, a month the month, a day the day', () => {
    assert.deepEqual(dateExtent('1931'), { start: utc(1931), end: utc(1932), interval: false });
    assert.deepEqual(dateExtent('1931-05'), { start: utc(1931, 5), end: utc(1931, 6), interval: false });
    assert.deepEqual(dateExtent('1931-12-31'), { start: utc(1931, 12, 31), end: utc(1932), interval: false });
  });

  test('an interval runs from the start of its first date to the end of its last', () => {
    assert.deepEqual(dateExtent('1925/1929'), { start: utc(1925), end: utc(1930), interval: true });
    assert.deepEqual(dateExtent('1917-02/1917-10'), { start: utc(1917, 2), end: utc(1917, 11), interval: true });
  });

  test('early years stay themselves, and unreadable values give nothing', () => {
    assert.equal(new Date(dateExtent('0044')!.start).getUTCFullYear(), 44);
    for (const value of ['', 'spring', '1931-13', '1929/1925', '1920s', '1/2/3']) assert.equal(dateExtent(value), null, value);
  });

  test('dated mentions grouped by essay; the sentence of each asked for by its place and value', () => {
    const essays = timeline(context, null);
    assert.deepEqual(essays.map((e) => `${e.essay}: ${e.items.map((i) => `${i.value}${i.interval ? ' bar' : ' mark'}`).join(', ')}`), [
      'harbour.txt: 1931 mark, 1925/1929 bar',
      'letters.txt: 1931-05-03 mark',
    ]);
    const { index, value } = essays[0].items[1];
    const sentence = dateSentence(context, essays[0].uri, index, value)!;
    assert.equal(sentence.keyword, 'from 1925 to 1929');
    assert.equal(sentence.before, 'Varga returned ');
    // A date the essay no longer has there (it was edited since the timeline was made): no sentence.
    assert.equal(dateSentence(context, essays[0].uri, index, '1931'), null);
    assert.equal(dateSentence(context, 'file:///essays/gone.txt', 0, '1931'), null);
  });
});

describe('concordance', () => {
  test('on a name: every mention of the entity in the corpus, all spellings', () => {
    const offset = HARBOUR.document.getText().indexOf('Varga returned') + 2;
    const query = queryAt(context, HARBOUR, offset);
    assert.deepEqual(query, { entity: 'person:ilse-varga' });
    const result = concordance(context, query!);
    assert.equal(result.title, 'Ilse Varga');
    assert.deepEqual(result.rows.map((r) => `${r.location.essay} ${r.excerpt.keyword}`), ['harbour.txt Ilse Varga', 'harbour.txt Varga', 'harbour.txt Varga', 'letters.txt Varga']);
  });

  test('on another word: a whole-word search in any case', () => {
    const essay = analyzed('Spring came. In spring, springs ran; SPRING again.', {}, 'file:///essays/spring.txt').doc;
    const query = queryAt(contextOf([essay]), essay, 18);
    assert.deepEqual(query, { word: 'spring' });
    const result = concordance(contextOf([essay]), query!);
    assert.deepEqual(result.rows.map((r) => r.excerpt.keyword), ['Spring', 'spring', 'SPRING']);
  });

  test('a word with regular-expression characters is searched literally', () => {
    const essay = analyzed('The (a+b) rule and a+b.', {}).doc;
    assert.deepEqual(concordance(contextOf([essay]), { word: 'a+b' }).rows.length, 2);
  });

  test('contexts are cut at a word boundary to a fixed width, so keywords align', () => {
    const text = `${'alpha beta gamma '.repeat(10)}KEY${' delta epsilon'.repeat(10)}`;
    const start = text.indexOf('KEY');
    const cut = excerpt(text, { start, end: start + 3 }, { start: 0, end: text.length }, 30);
    assert.equal(cut.before, '…beta gamma alpha beta gamma ');
    assert.equal(cut.after, ' delta epsilon delta epsilon…');
    assert.ok(cut.before.length <= 31 && cut.after.length <= 31);
  });

  test('line breaks inside a context become spaces', () => {
    const text = 'one\ntwo  KEY\n\nthree';
    const cut = excerpt(text, { start: 9, end: 12 }, { start: 0, end: text.length }, 30);
    assert.deepEqual(cut, { before: 'one two ', keyword: 'KEY', after: ' three' });
  });
});

describe('reading report', () => {
  const source = '# The Harbour Years\n\nIlse Varga left Brela in 1931.1 Varga came back in 1925.3 <script>alert(1)</script>\n\n1 Tamsin Orlov, The Harbour Years (Riga, 1981), p. 12.\n2 Ibid., p. 14.';
  const doc = analyzed(source, {
    entities: [
      { kind: 'person', label: 'Ilse Varga', mentions: ['Ilse Varga', 'Varga'], description: 'Ilse Varga left Brela' },
      { kind: 'place', label: 'Brela', mentions: ['Brela'] },
    ],
    dates: [{ text: '1931', value: '1931' }, { text: '1925', value: '1925' }],
    notes: [{ marker: '1', text: 'Tamsin Orlov, The Harbour Years (Riga, 1981), p. 12.' }, { marker: '3', text: null }],
    citations: [
      { text: 'Tamsin Orlov, The Harbour Years (Riga, 1981), p. 12.', kind: 'full', resolvesTo: null, fields: { authors: ['Tamsin Orlov'], title: 'The Harbour Years', year: '1981', pages: '12' } },
      { text: 'Ibid., p. 14.', kind: 'ibid', resolvesTo: 0, fields: { pages: '14' } },
    ],
  }).doc;
  doc.analysis.structure.sections = [{ title: 'The Harbour Years', level: 1, start: 0, end: source.length, heading: { start: 0, end: 19 } }];
  doc.analysis.notes.push({ ...(() => { const s = source.indexOf('2 Ibid.'); return { start: s, end: s + 15 }; })(), label: '2', parts: [] });
  const report = readingReport(contextOf([doc], { 'person:ilse-varga': ['A <b>poet</b>'] }), doc);

  test('title, sections, people with counts, descriptions and notes', () => {
    assert.match(report, /^# Reading report: The Harbour Years\n/);
    assert.match(report, /## Sections\n\n- The Harbour Years — line 1\n/);
    assert.match(report, /## People\n\n- \*\*Ilse Varga\*\* — 2 mentions; also written Varga {2}\n {2}“Ilse Varga left Brela” {2}\n {2}📝 A \\<b\\>poet\\<\/b\\>\n/);
    assert.match(report, /## Places\n\n- \*\*Brela\*\* — 1 mention\n/);
  });

  test('dates from earliest to latest', () => {
    assert.match(report, /## Dates, earliest to latest\n\n- \*\*1925\*\* — “1925” \(line 3\)\n- \*\*1931\*\* — “1931” \(line 3\)\n/);
  });

  test('works cited once each, counting the Ibid. that repeat them', () => {
    assert.match(report, /## Works cited\n\n- Tamsin Orlov, The Harbour Years \(1981\) — line 5, cited 2 times\n/);
  });

  test('note problems: a marker without note, a note without marker, a gap in the numbering', () => {
    assert.match(report, /- Marker 3 \(line 3\) has no note\./);
    assert.match(report, /- Note 2 \(line 6\) has no marker in the text\./);
    assert.match(report, /- Marker 3 \(line 3\) comes where 2 was expected\./);
  });

  test('essay text in a report line renders as text: no HTML, link, emphasis or block', () => {
    const md = new MarkdownIt({ html: true, linkify: true });
    const hostile = [
      '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](command:workbench.action.terminal.new)', '![i](https://example.com/t.png)',
      'see https://example.com/page, www.example.org and ann@example.org', '<https://example.com>', '*emphasis* and `code` and ~~gone~~',
      '&lt;b&gt;', '# heading', '> quote', '1. first', '2) second', '- item', '+ item', 'a | b',
    ];
    for (const text of hostile) {
      const html = md.render(`- ${inline(text)} — line 3\n- **${inline(text)}** — ${inline(text)}`);
      assert.doesNotMatch(html, /<(?!\/?(?:ul|li|strong)>)[a-z]/i, `${text} -> ${html}`);
    }
  });

  test('report text stays readable in the source', () => {
    assert.equal(inline('STALINISM: A STUDY (1978), p. 12.'), 'STALINISM: A STUDY (1978), p. 12.');
    assert.equal(inline('gouldner-stalinism_internal.md'), 'gouldner-stalinism\\_internal\\.md');
  });

  test('essay text in the report renders as text, never as HTML', () => {
    const withScript = analyzed('Mr <script>alert(1)</script> Kay.', { entities: [{ kind: 'person', label: '<script>alert(1)</script> Kay', mentions: ['<script>alert(1)</script> Kay'] }] }).doc;
    const html = new MarkdownIt({ html: true, linkify: true }).render(readingReport(contextOf([withScript]), withScript));
    assert.doesNotMatch(html, /<script/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; Kay/);
  });
});
