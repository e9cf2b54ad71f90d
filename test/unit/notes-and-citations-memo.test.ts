// Incremental notes and citations: with one memo across a document's versions, every version's markers,
// notes and citations are those a fresh analysis finds.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument, formatOf } from '../../server/src/analysis/analyze';
import { BlockMemo } from '../../server/src/analysis/blocks';
import type { DocumentFormat } from '../../server/src/analysis/types';
import { corpusEssays } from '../helpers/corpus';

const notesAndCitations = (text: string, format: DocumentFormat, memo?: BlockMemo) => {
  const { markers, notes, citations } = analyzeDocument(text, format, memo);
  return { markers, notes, citations };
};

/** `text` with `insert` put at `at` in place of `remove` characters. */
const edit = (text: string, at: number, remove: number, insert: string) => text.slice(0, at) + insert + text.slice(at + remove);

describe('notes and citations with a memo', () => {
  test('a bold number opening the text follows nothing; one opening a later block follows a blank line', () => {
    const text = '**1** Opening words of the essay.\n\nThe clerks kept **2** everything.\n\n**3** The office grew.';
    const memo = new BlockMemo();
    for (const version of [text, edit(text, 34, 0, 'Then '), text]) {
      const { markers } = notesAndCitations(version, 'markdown', memo);
      assert.deepEqual(markers.map((m) => `${m.style} ${m.label}`), ['glued 1', 'bold 2', 'bold 3']);
      assert.deepEqual(markers, notesAndCitations(version, 'markdown').markers);
    }
  });

  for (const essay of corpusEssays()) {
    test(`${essay.name}: a word typed in a note, a paragraph deleted, a blank line inserted, all undone`, () => {
      const format = formatOf(essay.name);
      const memo = new BlockMemo();
      const { structure, notes } = analyzeDocument(essay.text, format);
      const paragraphs = structure.paragraphs;
      const note = notes.find((n) => essay.text.slice(n.start, n.end).includes(' '));
      const deleted = paragraphs[Math.floor(paragraphs.length / 2)];
      const split = paragraphs[Math.floor((3 * paragraphs.length) / 4)];
      const spaceIn = (span: { start: number; end: number }) => span.start + essay.text.slice(span.start, span.end).indexOf(' ');
      const edits = [
        { at: spaceIn(split), remove: 0, insert: '\n\n' },
        { at: deleted.start, remove: deleted.end - deleted.start, insert: '' },
        ...(note ? [{ at: spaceIn(note), remove: 0, insert: ' again' }] : []),
      ];
      // From the end of the text back, so that each edit's offsets hold in the text it edits.
      const versions = [essay.text];
      for (const { at, remove, insert } of edits.sort((a, b) => b.at - a.at)) versions.push(edit(versions[versions.length - 1], at, remove, insert));
      versions.push(essay.text);
      for (const version of versions) {
        assert.deepEqual(notesAndCitations(version, format, memo), notesAndCitations(version, format));
      }
    });
  }
});
