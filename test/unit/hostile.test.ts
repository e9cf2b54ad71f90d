// Odd and hostile text: the core answers every one of these without throwing or hanging, with
// every span inside the text. (Timeouts here only catch hangs; speed is measured by `npm run bench`.)
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeStrictly } from '../helpers/strict';
import type { DocumentFormat } from '../../server/src/analysis/types';
import { decodeText } from '../../server/src/textFile';
import { spanProblems } from '../helpers/spans';

const sentence = 'In March 1921 Leon Trotsky wrote to Kamenev.7 ';

const HOSTILE: Record<string, string> = {
  'empty file': '',
  'only white space': ' \n\t\r\n ',
  'NUL bytes': `Stalin\0\0 wrote\0 in 1924.\0`,
  'CRLF line endings': 'The Title\r\n\r\nLenin died in 1924.1\r\n\r\n1\r\n\r\nIbid., p. 3.\r\n',
  'lone CR line endings': 'The Title\r\rLenin died in 1924.1\r\r1\r\rIbid., p. 3.\r',
  'emoji next to names and dates': '🙂Trotsky🙂 in 1924🙂, 🇫🇷Paris🇫🇷 and 👩‍👩‍👧Lenin.',
  'lone surrogates': '\uD83DTrotsky\uDE42 1924\uD800',
  'right-to-left text': 'Trotsky (טרוצקי) wrote in ‮1924‬ about بغداد and Lenin.',
  'other scripts': 'Троцкий and Trotsky; 托洛茨基 in 1927; Τρότσκι.',
  '100,000 note markers': Array.from({ length: 100_000 }, (_, i) => `word${i + 1}`).join(' '),
  'a 2 MB file on one line': sentence.repeat(Math.ceil(2_000_000 / sentence.length)),
  'Markdown nested 5,000 deep (one line)': `${'- '.repeat(5000)}Trotsky\n`,
  'Markdown nested 2,000 deep (indented)': Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i * 2)}- Trotsky ${i}`).join('\n'),
  'Markdown quotes 5,000 deep': `${'> '.repeat(5000)}Trotsky in 1924\n`,
  'a line of 100,000 digits': '1'.repeat(100_000),
  // Each needs the century of the text's years, which it has none of.
  "1 MB of two-digit years ('in '68')": "in '68 ".repeat(150_000),
  // Two paragraphs again and again (1 MB): a repeated line is read as a running head, and each paragraph
  // that opens with a figure is looked at as a note resumed after a page break.
  'two paragraphs repeated 20,000 times': 'text of the page.1\n\n1Tamsin Orlov, Title, 1990.\n\n'.repeat(20_000),
};

describe('hostile text through the core', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    for (const format of ['plaintext', 'markdown'] as DocumentFormat[]) {
      test(`${name} (${format})`, { timeout: 60_000 }, () => {
        const analysis = analyzeStrictly(text, format);
        assert.deepEqual(spanProblems(text, analysis), []);
      });
    }
  }
});

describe('decoding files', () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);

  test('UTF-16 with a BOM, either byte order', () => {
    assert.deepEqual(decodeText(bytes(0xff, 0xfe, 0x41, 0, 0x42, 0)), { ok: true, text: 'AB' });
    assert.deepEqual(decodeText(bytes(0xfe, 0xff, 0, 0x41, 0, 0x42)), { ok: true, text: 'AB' });
  });

  test('UTF-8 keeps its BOM, as the editor does, so offsets agree', () => {
    assert.deepEqual(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41)), { ok: true, text: '\uFEFFA' });
  });

  test('invalid UTF-8 becomes replacement characters, not an error', () => {
    assert.deepEqual(decodeText(bytes(0x41, 0xff, 0xfe, 0xfd, 0x42).subarray(0)), { ok: true, text: 'A\uFFFD\uFFFD\uFFFDB' });
  });

  test('binary files are refused with a reason', () => {
    assert.deepEqual(decodeText(bytes(0x7f, 0x45, 0x4c, 0x46, 0, 0, 1)), { ok: false, reason: 'not a text file (it contains NUL bytes)' });
  });
});
