// The same essay in other shapes finds the same things: real essays come with CRLF line endings, saved
// in the wrong format, with their markers written in any of the ways editors, web pages and PDF
// converters write them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { SUPERSCRIPT_DIGITS } from '../../server/src/analysis/notes/markers';
import type { DocumentFormat } from '../../server/src/analysis/types';
import { corpusEssays } from '../helpers/corpus';

const essays = corpusEssays().map(({ name, text }) => ({ name, text, format: (name.endsWith('.md') ? 'markdown' : 'plaintext') as DocumentFormat }));
const linkedMarkers = (text: string, format: DocumentFormat) => analyzeDocument(text, format).markers.filter((m) => m.note !== null).length;

describe('the same corpus essay in other shapes', () => {
  test('saved with CRLF line endings, it gives what it gives with LF, at the shifted offsets', () => {
    for (const { name, text, format } of essays) {
      // Where each offset of the LF text lands in the CRLF text: one more for every line break before it.
      const shifted: number[] = [];
      let breaks = 0;
      for (let i = 0; i <= text.length; i++) {
        shifted.push(i + breaks);
        if (text[i] === '\n') breaks++;
      }
      const found = (analysis: ReturnType<typeof analyzeDocument>, at: (offset: number) => number) => ({
        mentions: analysis.mentions.map((m) => `${at(m.start)}-${at(m.end)} ${m.kind}`),
        dates: analysis.dates.map((d) => `${at(d.start)}-${at(d.end)} ${d.value}`),
        markers: analysis.markers.map((m) => `${at(m.start)} ${m.note}`),
        citations: analysis.citations.map((c) => `${at(c.start)}-${at(c.end)} ${c.kind} ${c.resolvesTo}`),
      });
      assert.deepEqual(found(analyzeDocument(text.replace(/\n/g, '\r\n'), format), (offset) => offset),
        found(analyzeDocument(text, format), (offset) => shifted[offset]), name);
    }
  });

  test('read in the other format (Markdown in a .txt, plain text in a .md), every note it links is still linked', () => {
    for (const { name, text, format } of essays) {
      assert.equal(linkedMarkers(text, format === 'markdown' ? 'plaintext' : 'markdown'), linkedMarkers(text, format), name);
    }
  });

  const styles: Record<string, (digits: string) => string> = {
    'Unicode superscripts': (digits) => [...digits].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join(''),
    '<sup>': (digits) => `<sup>${digits}</sup>`,
    '[n]': (digits) => `[${digits}]`,
    '^n^': (digits) => `^${digits}^`,
  };
  for (const [style, write] of Object.entries(styles)) {
    test(`its markers written as ${style}: all but a few of its notes are still linked`, () => {
      for (const { name, text, format } of essays) {
        const { markers } = analyzeDocument(text, format);
        let rewritten = '';
        let at = 0;
        for (const m of markers) {
          rewritten += text.slice(at, m.start) + write(m.label.replace(/\D/g, ''));
          at = m.end;
        }
        rewritten += text.slice(at);
        const linked = linkedMarkers(text, format);
        assert.ok(linkedMarkers(rewritten, format) >= linked - 3, `${name}: fewer than ${linked - 3} of ${linked}`);
      }
    });
  }
});
