// Essay text is data: rendered by a CommonMark renderer with HTML enabled (and linkify on, as GFM
// renderers autolink bare URLs), escaped text yields no link, image or HTML element.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown, quote } from '../../server/src/features/markdown';

const hostile = [
  '[x](command:workbench.action.terminal.new)',
  '![img](https://example.com/track.png)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'see https://example.com/page and www.example.org',
  '<https://example.com>',
  '[ref]: https://example.com\n\n[ref]',
  '&lt;b&gt;entity&lt;/b&gt;',
  '*emphasis* and `code` and # heading',
];

const renderer = new MarkdownIt({ html: true, linkify: true });

test('escaped essay text renders as plain text', () => {
  for (const text of hostile) {
    const html = renderer.render(escapeMarkdown(text));
    assert.doesNotMatch(html, /<(?!\/?p>)[a-z]/i, `${text} -> ${html}`);
  }
});

test('escaped text reads the same once rendered', () => {
  const html = renderer.render(escapeMarkdown('Trotsky (1879–1940), "the prophet": see p. 12.'));
  assert.equal(html.trim(), '<p>Trotsky (1879–1940), &quot;the prophet&quot;: see p. 12.</p>');
});

test('quote shortens long text to one line', () => {
  assert.equal(quote('a\n  b', 10), 'a b');
  assert.equal(quote('x'.repeat(30), 10), `${'x'.repeat(9)}…`);
});
