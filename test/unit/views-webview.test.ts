// The webviews' pages in a DOM (jsdom): essay text is shown as text, never run as HTML, and every
// row or date can be reached and opened from the keyboard.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { JSDOM } from 'jsdom';
import type { Concordance, Excerpt, MentionRow, TimelineEssay, TimelineItem } from '../../server/src/features/views';
import { renderConcordance } from '../../client/src/views/webview/concordanceView';
import type { KwicOrder } from '../../client/src/views/webview/kwicOrder';
import { renderTimeline } from '../../client/src/views/webview/timelineView';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

function page(): HTMLElement {
  const { window } = new JSDOM('<!DOCTYPE html><main id="root"></main>', { pretendToBeVisual: true });
  globalThis.navigator ??= window.navigator; // d3-zoom asks the browser whether it has touch (Node 20 has no navigator)
  return window.document.getElementById('root')!;
}

const location = (line: number) => ({ uri: 'file:///essays/a.txt', essay: 'a.txt', line, range: { start: { line: line - 1, character: 4 }, end: { line: line - 1, character: 9 } } });
const row = (line: number, before: string, keyword: string, after: string): MentionRow => ({ location: location(line), excerpt: { before, keyword, after } });

const noElementsFrom = (root: HTMLElement) => assert.equal(root.querySelectorAll('script, img, iframe, [onerror]').length, 0);

describe('concordance page', () => {
  const concordance: Concordance = {
    query: { word: 'varga' },
    title: `Varga ${HOSTILE}`,
    rows: [row(3, `As ${HOSTILE} said, `, 'Varga', ' left.'), row(1, 'First ', 'Varga', ` ${HOSTILE}`)],
    truncated: false,
  };

  test('essay text with HTML in it shows as text', () => {
    const root = page();
    renderConcordance(root, concordance, 'essay', { open: () => {}, sort: () => {} });
    noElementsFrom(root);
    assert.equal(root.querySelector('h1')!.textContent, `“Varga ${HOSTILE}”`);
    const cells = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td, .keyword')].map((td) => td.textContent));
    assert.deepEqual(cells, [
      ['a.txt:1', 'First ', `Varga ${HOSTILE}`, 'Varga'],
      ['a.txt:3', `As ${HOSTILE} said, `, 'Varga left.', 'Varga'],
    ]);
  });

  test('rows open with Enter, arrows move between them, the sort buttons say which is on', () => {
    const root = page();
    const opened: number[] = [];
    const sorted: KwicOrder[] = [];
    renderConcordance(root, concordance, 'left', { open: (r) => opened.push(r.location.line), sort: (o) => sorted.push(o) });
    const [first, second] = [...root.querySelectorAll<HTMLElement>('tbody tr')];
    assert.equal(first.tabIndex, 0);
    const KeyboardEvent = root.ownerDocument.defaultView!.KeyboardEvent;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    assert.equal(root.ownerDocument.activeElement, second);
    second.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    assert.deepEqual(opened, [3]);
    const buttons = [...root.querySelectorAll('button')];
    assert.deepEqual(buttons.map((b) => `${b.textContent}:${b.getAttribute('aria-pressed')}`), ['Left context:true', 'Right context:false', 'Essay:false']);
    buttons[1].click();
    assert.deepEqual(sorted, ['right']);
  });

  test('without a query, an invitation to choose one', () => {
    const root = page();
    renderConcordance(root, null, 'essay', { open: () => {}, sort: () => {} });
    assert.match(root.textContent!, /Show Mentions in Context/);
  });
});

describe('timeline page', () => {
  const item = (value: string, start: number, end: number, interval: boolean, index: number): TimelineItem => ({
    text: value, value, start: Date.UTC(start, 0, 1), end: Date.UTC(end, 0, 1), interval, index, line: 2, range: location(2).range,
  });
  /** What the extension answers when the page asks for a date's sentence. */
  const sentence = async (asked: TimelineItem): Promise<Excerpt | null> => ({ before: `He wrote ${HOSTILE} in `, keyword: asked.value, after: '.' });
  const actions = { open: () => {}, scope: () => {}, zoomed: () => {}, sentence };
  const essays: TimelineEssay[] = [
    { uri: 'file:///essays/a.txt', essay: `a ${HOSTILE}.txt`, items: [item('1925/1929', 1925, 1930, true, 0), item('1931', 1931, 1932, false, 1)] },
    { uri: 'file:///essays/b.txt', essay: 'b.txt', items: [] },
  ];

  test('bars for intervals, marks for dates, a band per essay with dates, text as text', () => {
    const root = page();
    renderTimeline(root, { scope: 'corpus', essay: null, essays }, actions);
    noElementsFrom(root);
    assert.equal(root.querySelectorAll('g.essay').length, 1);
    assert.equal(root.querySelector('.essay-label')!.textContent, `a ${HOSTILE}.txt`);
    assert.equal(root.querySelectorAll('g.item rect.bar').length, 1);
    assert.equal(root.querySelectorAll('g.item circle.mark').length, 1);
    const bar = root.querySelector('rect.bar')!;
    const mark = root.querySelector('circle.mark')!;
    assert.ok(Number(bar.getAttribute('x')) < Number(mark.getAttribute('cx')), 'the 1920s come before 1931');
  });

  test('a date opens with Enter and its sentence, asked for then, shows as text when it has focus', async () => {
    const root = page();
    const opened: string[] = [];
    const asked: string[] = [];
    renderTimeline(root, { scope: 'essay', essay: 'a.txt', essays: essays.slice(0, 1) }, {
      ...actions, open: (i, uri) => opened.push(`${uri} ${i.value}`), sentence: (i, uri) => { asked.push(`${uri} ${i.index}`); return sentence(i); },
    });
    const window = root.ownerDocument.defaultView!;
    const items = [...root.querySelectorAll<SVGGElement>('g.item')];
    assert.ok(items.every((g) => g.getAttribute('tabindex') === '0' && g.getAttribute('aria-label')));
    items[1].dispatchEvent(new window.FocusEvent('focus'));
    const tooltip = root.querySelector<HTMLElement>('.tooltip')!;
    assert.equal(tooltip.hidden, false);
    assert.deepEqual(asked, ['file:///essays/a.txt 1']);
    await Promise.resolve();
    assert.equal(tooltip.querySelector('mark')!.textContent, '1931');
    assert.match(tooltip.textContent!, /He wrote <script>alert\(1\)<\/script>/);
    noElementsFrom(root);
    items[1].dispatchEvent(new window.KeyboardEvent('keydown', { key: 'Enter' }));
    assert.deepEqual(opened, ['file:///essays/a.txt 1931']);
  });

  test('a date whose essay no longer has it shows no sentence', async () => {
    const root = page();
    renderTimeline(root, { scope: 'essay', essay: 'a.txt', essays: essays.slice(0, 1) }, { ...actions, sentence: async () => null });
    root.querySelector('g.item')!.dispatchEvent(new (root.ownerDocument.defaultView!).FocusEvent('focus'));
    await Promise.resolve();
    assert.equal(root.querySelector('.tooltip .sentence'), null);
    assert.match(root.querySelector('.tooltip')!.textContent!, /^1925\/1929 · a /);
  });

  test('of a long corpus, the bands in view are drawn, and the others as they scroll into view', async () => {
    const root = page();
    const window = root.ownerDocument.defaultView!;
    // jsdom lays nothing out: the chart says where it is, scrolled to its top first.
    let top = 0;
    window.SVGElement.prototype.getBoundingClientRect = function () {
      const height = Number(this.getAttribute('height'));
      return { top, bottom: top + height, height } as DOMRect;
    };
    const many = Array.from({ length: 300 }, (_, e) => ({ uri: `file:///essays/${e}.txt`, essay: `${e}.txt`, items: [item('1931', 1931, 1932, false, 0)] }));
    renderTimeline(root, { scope: 'corpus', essay: null, essays: many }, actions);
    const drawn = () => [...root.querySelectorAll('.essay-label')].map((label) => label.textContent);
    assert.equal(drawn()[0], '0.txt');
    assert.ok(drawn().length < 100, `${drawn().length} bands drawn`);
    top = window.innerHeight - Number(root.querySelector('svg')!.getAttribute('height')); // its end in view
    window.dispatchEvent(new window.Event('scroll'));
    await new Promise((resolve) => window.requestAnimationFrame(resolve));
    await new Promise((resolve) => window.requestAnimationFrame(resolve));
    assert.ok(drawn().includes('299.txt'), 'the last band, once scrolled to');
    assert.ok(root.querySelectorAll('g.essay circle.mark').length === drawn().length);
  });

  test('the scope buttons ask for the other scope; no essay, no dates: a message', () => {
    const root = page();
    const asked: string[] = [];
    renderTimeline(root, { scope: 'essay', essay: null, essays: [] }, { ...actions, scope: (s) => asked.push(s) });
    assert.match(root.textContent!, /Open an essay to see its dates/);
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Whole corpus')!.click();
    assert.deepEqual(asked, ['corpus']);
  });
});
