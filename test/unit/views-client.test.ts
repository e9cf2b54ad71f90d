// The client side of the views, without VS Code: the webview page and its messages, the orders of
// the concordance, the timeline's rows, and note links in the Markdown preview.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import MarkdownIt from 'markdown-it';
import type { MentionRow, TimelineItem } from '../../server/src/features/views';
import { webviewHtml } from '../../client/src/views/html';
import { previewPlugin } from '../../client/src/views/markdownPreview';
import { sortRows } from '../../client/src/views/webview/kwicOrder';
import { readMessage } from '../../client/src/views/webview/messages';
import { placeItems, timeDomain } from '../../client/src/views/webview/timelineLayout';

describe('webview page', () => {
  const html = webviewHtml({ cspSource: 'https://res.example', nonce: 'n0nce', scriptUri: 'https://res.example/dist/webview/timeline.js', styleUri: 'https://res.example/dist/webview/views.css', title: 'Timeline' });

  test('a strict Content-Security-Policy: nothing by default, the one script by its nonce, styles from the extension only', () => {
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1];
    assert.equal(policy, "default-src 'none'; style-src https://res.example; img-src https://res.example; font-src https://res.example; script-src 'nonce-n0nce'");
    assert.deepEqual([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]), ['<script nonce="n0nce" src="https://res.example/dist/webview/timeline.js">']);
    assert.doesNotMatch(html, /\s(?:style|on\w+)=/);
  });

  test('only well-formed messages from the page are read', () => {
    assert.deepEqual(readMessage({ type: 'open', uri: 'file:///a.txt', range: { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } }, extra: 1 }),
      { type: 'open', uri: 'file:///a.txt', range: { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } } });
    assert.deepEqual(readMessage({ type: 'scope', scope: 'corpus' }), { type: 'scope', scope: 'corpus' });
    assert.deepEqual(readMessage({ type: 'sentence', uri: 'file:///a.txt', index: 2, value: '1931', extra: 1 }), { type: 'sentence', uri: 'file:///a.txt', index: 2, value: '1931' });
    for (const bad of [null, 'open', { type: 'open', uri: 3 }, { type: 'open', uri: 'file:///a', range: { start: { line: '1' } } }, { type: 'scope', scope: 'all' }, { type: 'run' },
      { type: 'sentence', uri: 'file:///a.txt', index: -1, value: '1931' }, { type: 'sentence', uri: 'file:///a.txt', index: 1.5, value: '1931' }, { type: 'sentence', uri: 'file:///a.txt', index: 1 }]) {
      assert.equal(readMessage(bad), null, JSON.stringify(bad));
    }
  });
});

const row = (essay: string, line: number, before: string, keyword: string, after: string): MentionRow => ({
  location: { uri: `file:///${essay}`, essay, line, range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: keyword.length } } },
  excerpt: { before, keyword, after },
});

describe('concordance orders', () => {
  const rows = [
    row('b.txt', 3, 'as the young ', 'Varga', ' wrote'),
    row('a.txt', 9, 'which Ilse ', 'Varga', ' denied.'),
    row('a.txt', 2, 'wrote to ', 'Varga', ' at once'),
    row('c.txt', 1, '', 'Varga', ' arrived, alone'),
  ];
  const keys = (sorted: MentionRow[]) => sorted.map((r) => `${r.location.essay}:${r.location.line}`);

  test('by left context: the word nearest the keyword first, then the next one out', () => {
    assert.deepEqual(keys(sortRows(rows, 'left')), ['c.txt:1', 'a.txt:9', 'a.txt:2', 'b.txt:3']);
  });

  test('by right context: the words after the keyword, in reading order', () => {
    assert.deepEqual(keys(sortRows(rows, 'right')), ['c.txt:1', 'a.txt:2', 'a.txt:9', 'b.txt:3']);
  });

  test('by essay, then by place in the essay', () => {
    assert.deepEqual(keys(sortRows(rows, 'essay')), ['a.txt:2', 'a.txt:9', 'b.txt:3', 'c.txt:1']);
  });

  test('sorting leaves the rows as they were', () => {
    sortRows(rows, 'left');
    assert.equal(keys(rows).join(' '), 'b.txt:3 a.txt:9 a.txt:2 c.txt:1');
  });
});

describe('timeline rows', () => {
  const year = (y: number) => Date.UTC(y, 0, 1);
  const item = (start: number, end: number, value: string): TimelineItem => ({
    text: value, value, start: year(start), end: year(end), interval: value.includes('/'),
    index: 0, line: 1, range: row('a.txt', 1, '', value, '').location.range,
  });

  test('an item goes in the first row free at its start; the same year twice takes two rows', () => {
    const placed = placeItems([item(1931, 1932, '1931'), item(1925, 1930, '1925/1929'), item(1927, 1928, '1927'), item(1931, 1932, '1931'), item(1930, 1931, '1930')]);
    assert.equal(placed.rows, 2);
    assert.deepEqual(placed.items.map((p) => `${p.item.value}@${p.row}`), ['1925/1929@0', '1927@1', '1930@0', '1931@0', '1931@1']);
  });

  test('the first view shows every item with a margin, and nothing when there are no dates', () => {
    const [start, end] = timeDomain([{ uri: 'u', essay: 'a', items: [item(1900, 1901, '1900'), item(1999, 2000, '1999')] }])!;
    assert.ok(start < year(1900) && end > year(2000) && end - start < year(2010) - year(1890));
    assert.equal(timeDomain([{ uri: 'u', essay: 'a', items: [] }]), null);
    const many = Array.from({ length: 200_000 }, (_, i) => item(1000 + (i % 1000), 1001 + (i % 1000), String(i)));
    const [first, last] = timeDomain([{ uri: 'u', essay: 'a', items: many }])!;
    assert.ok(first < year(1000) && last > year(2000), 'a corpus of 200,000 dated mentions');
  });
});

describe('note links in the Markdown preview', () => {
  const md = previewPlugin(() => [])(new MarkdownIt({ html: true }));

  test('a <sup> marker links to the numbered note that follows it', () => {
    const html = md.render('The regime fell.<sup>15</sup> Then more.<sup>16</sup>\n\n15. Walters, *Terror and Resistance*.\n\n16. Ibid.\n');
    assert.match(html, /<sup><a href="#close-reading-note-15-(\d+)" class="close-reading-note-link">15<\/a><\/sup>/);
    const id15 = /href="#(close-reading-note-15-\d+)"/.exec(html)![1];
    const id16 = /href="#(close-reading-note-16-\d+)"/.exec(html)![1];
    assert.match(html, new RegExp(`<ol start="15">\\s*<li id="${id15}">\\s*<p>Walters[^]*?</li>\\s*<li id="${id16}">\\s*<p>Ibid.`));
  });

  test('a note written as a paragraph starting with <sup>n</sup> is a target, not a marker', () => {
    const html = md.render('A claim.<sup>2</sup>\n\n<sup>2</sup> The source.\n');
    assert.match(html, /<p>A claim.<sup><a href="#close-reading-note-2-\d+"/);
    assert.match(html, /<p id="close-reading-note-2-\d+"><sup>2<\/sup> The source.<\/p>/);
  });

  test('a marker with no note after it stays as it is', () => {
    assert.equal(md.render('Alone.<sup>7</sup>\n').trim(), '<p>Alone.<sup>7</sup></p>');
  });

  test('[^n] footnotes link both ways', () => {
    const html = md.render('A claim.[^1]\n\n[^1]: The source.\n');
    assert.match(html, /<a href="#fn1" id="fnref1">\[1\]<\/a>/);
    assert.match(html, /<li id="fn1" class="footnote-item"><p>The source. <a href="#fnref1" class="footnote-backref">/);
  });
});

describe("the reader's highlights in the Markdown preview", () => {
  const highlights = [
    { exact: 'the harbour froze', color: 'rgba(80, 200, 120, 0.30)' },
    { exact: 'Varga', color: 'red;background:url(https://example.com/x)' },
  ];
  const md = previewPlugin((uri) => (uri === 'file:///essay.md' ? highlights : []))(new MarkdownIt({ html: true }));
  const render = (text: string, uri = 'file:///essay.md') => md.render(text, { currentDocument: { toString: () => uri } });

  test('a highlighted passage is marked in its color', () => {
    assert.equal(render('In 1931 the harbour froze early.'), '<p>In 1931 <mark class="close-reading-highlight" style="background-color: rgba(80, 200, 120, 0.30)">the harbour froze</mark> early.</p>\n');
  });

  test('a color that is not a plain CSS color falls back, and the passage stays text', () => {
    assert.equal(render('Ilse <b>Varga</b> and Varga.'), '<p>Ilse <b><mark class="close-reading-highlight" style="background-color: rgba(255, 213, 0, 0.35)">Varga</mark></b> and <mark class="close-reading-highlight" style="background-color: rgba(255, 213, 0, 0.35)">Varga</mark>.</p>\n');
  });

  test('other documents, and the preview without a document, are left alone', () => {
    assert.equal(render('the harbour froze', 'file:///other.md'), '<p>the harbour froze</p>\n');
    assert.equal(md.render('the harbour froze'), '<p>the harbour froze</p>\n');
  });
});
