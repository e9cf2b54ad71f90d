// The Markdown injection grammar in syntaxes/, run by the engine VS Code runs it with (vscode-textmate
// on Oniguruma): what it colours without the server, and what it leaves alone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = join(__dirname, '..', '..');
const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'close-reading.markdown.tmLanguage.json');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

let grammar: textmate.IGrammar;

before(async () => {
  await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer as ArrayBuffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    // The injection's own patterns, tokenized as a grammar of their own: what it adds to Markdown.
    loadGrammar: async () => textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH),
  });
  grammar = (await registry.loadGrammar('close-reading.markdown.injection'))!;
});

/** The pieces of `line` that carry a scope containing `scope`. */
function scoped(line: string, scope: string): string[] {
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  const pieces: string[] = [];
  let last = -1;
  for (const t of tokens) {
    if (!t.scopes.some((s) => s.startsWith(scope))) continue;
    const text = line.slice(t.startIndex, t.endIndex);
    if (last === t.startIndex) pieces[pieces.length - 1] += text;
    else pieces.push(text);
    last = t.endIndex;
  }
  return pieces;
}

const dates = (line: string) => scoped(line, 'constant.numeric.date');
const markers = (line: string) => scoped(line, 'markup.footnote');
const quotations = (line: string) => scoped(line, 'string.quoted.double');

test('the manifest injects the grammar into Markdown', () => {
  const entry = manifest.contributes.grammars.find((g: { path: string }) => join(ROOT, g.path) === GRAMMAR_PATH);
  assert.deepEqual(entry.injectTo, ['text.html.markdown']);
  assert.equal(entry.scopeName, JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')).scopeName);
});

describe('dates', () => {
  test('years, ranges, decades and full dates', () => {
    assert.deepEqual(dates('Orlov left Riga in 1924 and returned (1934-1943), in 1923–30, in the 1920s and the 1930’s.'),
      ['1924', '1934-1943', '1923–30', '1920s', '1930’s']);
    assert.deepEqual(dates('Tamsin Orlov, March 23, 2004; on 1 April 1957; Feb. 24-25, 1956; the 1st of May, 1920'),
      ['March 23, 2004', '1 April 1957', 'Feb. 24-25, 1956', '1st of May, 1920']);
    assert.deepEqual(dates('in April 1922, December, 1923, Spartacus March-April 1978'), ['April 1922', 'December, 1923', 'March-April 1978']);
  });

  test('not page numbers, counts, decimals, money or parts of other numbers', () => {
    assert.deepEqual(dates('p. 1924, pp. 1930-31, no. 1925, 5,000,000, 1,924 men, 1924.5 km, $1920, 19245, 45%'), []);
  });
});

describe('note markers', () => {
  test('superscripts, footnote references and bracketed numbers', () => {
    assert.deepEqual(markers('the cadres<sup>12</sup> and the harbour[^3] and the clerks [7].'), ['<sup>12</sup>', '[^3]', '[7]']);
  });

  test('not footnote definitions or links', () => {
    assert.deepEqual(markers('[^3]: The note itself. See [4](https://example.org) and [5]: a reference.'), []);
  });
});

describe('quotations', () => {
  test('curly and straight double quotes within a line', () => {
    assert.deepEqual(quotations('He called it “the great turn” and "a revolution from above".'), ['“the great turn”', '"a revolution from above"']);
  });

  test('not an attribute value', () => {
    assert.deepEqual(quotations('<a href="https://example.org">link</a>'), []);
  });
});
