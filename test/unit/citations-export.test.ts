// An essay's works cited as CSL-JSON and BibTeX.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { worksCited } from '../../server/src/analysis/citations';
import { worksCitedAsBibtex, worksCitedAsCslJson } from '../../server/src/export/bibliography';

const text = [
  'Prose.<sup>1</sup> Prose.<sup>2</sup> Prose.<sup>3</sup> Prose.<sup>4</sup>',
  '',
  '1. Maren Holt, *The Clerks* (Oslo: Nordic Press, 1977), p. 3.',
  '',
  '2. *Ibid.*, p. 4.',
  '',
  '3. Odile Varga, "The Harbour Strike," *Baltic Review*, May 1969, pp. 80-92.',
  '',
  '4. Holt, *op. cit.*, p. 9.',
].join('\n');
const works = worksCited(analyzeDocument(text, 'markdown').citations);

describe('works cited exported', () => {
  test('as CSL-JSON: one item per work, with its type and fields', () => {
    const items = worksCitedAsCslJson(works).map((item) => ({
      id: item.id, type: item.type, author: item.author, title: item.title,
      container: item['container-title'], place: item['publisher-place'], publisher: item.publisher, issued: item.issued,
    }));
    assert.deepEqual(items, [
      {
        id: 'holt1977', type: 'book', author: [{ given: 'Maren', family: 'Holt' }], title: 'The Clerks',
        container: undefined, place: 'Oslo', publisher: 'Nordic Press', issued: { 'date-parts': [[1977]] },
      },
      {
        id: 'varga1969', type: 'article-journal', author: [{ given: 'Odile', family: 'Varga' }], title: 'The Harbour Strike',
        container: 'Baltic Review', place: undefined, publisher: undefined, issued: { 'date-parts': [[1969]] },
      },
    ]);
  });

  test('as BibTeX', () => {
    const bibtex = worksCitedAsBibtex(works);
    assert.match(bibtex, /@book\{holt1977,/);
    assert.match(bibtex, /author = \{Holt, Maren\}/);
    assert.match(bibtex, /publisher = \{Nordic Press\}/);
    assert.match(bibtex, /title = \{The \{Clerks\}\}/);
    assert.doesNotMatch(bibtex, /pages = \{3\}/);
    assert.match(bibtex, /@article\{varga1969,[^@]*journal = \{Baltic Review\}[^@]*pages = \{80--92\}/s);
    assert.match(bibtex, /year = \{1969\}/);
  });

  test('works that share author and year get distinct keys', () => {
    const twice = worksCited(analyzeDocument('A.<sup>1</sup> B.<sup>2</sup>\n\n1. Maren Holt, *The Clerks* (Oslo, 1977).\n\n2. Maren Holt, *The Ledgers* (Oslo, 1977).\n', 'markdown').citations);
    assert.deepEqual(worksCitedAsCslJson(twice).map((i) => i.id), ['holt1977', 'holt1977a']);
  });
});
