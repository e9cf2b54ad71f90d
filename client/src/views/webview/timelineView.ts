// The timeline: every dated mention on a time axis, intervals as bars and single dates as marks, a
// band per essay. Hover or focus shows the sentence (asked for then), a click or Enter opens it; drag to
// pan, Ctrl+wheel, the buttons or +/−/arrow keys to zoom and pan. Colours come from the theme (--vscode-* variables).
import { axisTop } from 'd3-axis';
import { scaleUtc } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { Excerpt, TimelineEssay, TimelineItem } from '../../../../server/src/features/views';
import { element, toggleButton } from './dom';
import type { Scope } from './messages';
import { bands, timeDomain, type PlacedItem } from './timelineLayout';

export interface TimelineActions {
  /** Goes to `item` in the essay at `uri`. */
  open(item: TimelineItem, uri: string): void;
  /** The sentence of a date of the essay at `uri` (asked for when its tooltip shows: the page is not sent them all). */
  sentence(item: TimelineItem, uri: string): Promise<Excerpt | null>;
  scope(scope: Scope): void;
  /** The reader zoomed or panned: the page keeps the view when new data comes. */
  zoomed(transform: ZoomTransform): void;
}

export interface TimelineData {
  scope: Scope;
  essay: string | null;
  essays: TimelineEssay[];
}

const SVG = 'http://www.w3.org/2000/svg';
const ROW = 13;
const LABEL = 22;
const AXIS = 28;
const GAP = 10;
const MARGIN = 16;

function describe(item: TimelineItem, essay: string): string {
  return `${item.text} (${item.value}) — ${essay}, line ${item.line}`;
}

/** The tooltip of `item`, next to `anchor`; its sentence comes in when `sentence` gives it, if the tooltip still shows the item. */
function showTooltip(tooltip: HTMLElement, item: TimelineItem, essay: string, anchor: Element, sentence: Promise<Excerpt | null>): void {
  const document = tooltip.ownerDocument;
  const view = document.defaultView!;
  const paragraph = element(document, 'p', 'sentence', '…');
  tooltip.replaceChildren(element(document, 'div', 'tooltip-title', `${item.value} · ${essay}, line ${item.line}`), paragraph);
  // Below the anchor, within the page; again once the sentence has made the tooltip wider.
  const place = () => {
    const box = anchor.getBoundingClientRect();
    const width = tooltip.offsetWidth;
    const left = Math.max(4, Math.min(box.left + view.scrollX, view.scrollX + document.documentElement.clientWidth - width - 4));
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${box.bottom + view.scrollY + 6}px`;
  };
  void sentence.then((excerpt) => {
    if (!paragraph.isConnected) return;
    if (excerpt) paragraph.replaceChildren(excerpt.before, element(document, 'mark', undefined, excerpt.keyword), excerpt.after);
    else paragraph.remove();
    place();
  });
  tooltip.hidden = false;
  place();
}

function toolbar(document: Document, data: TimelineData, actions: TimelineActions, zoomBy: (factor: number) => void, reset: () => void): HTMLElement {
  const header = element(document, 'header', 'toolbar');
  const dated = data.essays.reduce((n, e) => n + e.items.length, 0);
  header.append(
    element(document, 'h1', undefined, data.scope === 'corpus' ? `Timeline · corpus (${data.essays.length} essays)` : `Timeline · ${data.essay ?? 'no essay open'}`),
    element(document, 'span', 'summary', `${dated} dated mention${dated === 1 ? '' : 's'}`),
  );
  const scope = element(document, 'div', 'group');
  scope.setAttribute('role', 'group');
  scope.setAttribute('aria-label', 'Show');
  scope.append(
    toggleButton(document, 'This essay', data.scope === 'essay', () => actions.scope('essay')),
    toggleButton(document, 'Whole corpus', data.scope === 'corpus', () => actions.scope('corpus')),
  );
  const zooming = element(document, 'div', 'group');
  zooming.setAttribute('role', 'group');
  zooming.setAttribute('aria-label', 'Zoom');
  for (const [label, title, action] of [['−', 'Zoom out', () => zoomBy(1 / 1.5)], ['+', 'Zoom in', () => zoomBy(1.5)], ['Reset', 'Show everything', reset]] as const) {
    const button = element(document, 'button', undefined, label);
    button.type = 'button';
    button.title = title;
    button.setAttribute('aria-label', title);
    button.addEventListener('click', action);
    zooming.append(button);
  }
  header.append(scope, zooming, element(document, 'span', 'hint', 'Drag to pan, Ctrl+wheel to zoom; on the chart: + − ← → 0'));
  return header;
}

/** Replaces the content of `root` with the timeline of `data`, zoomed and panned as `transform` says. */
export function renderTimeline(root: HTMLElement, data: TimelineData, actions: TimelineActions, transform: ZoomTransform = zoomIdentity): void {
  const document = root.ownerDocument;
  root.replaceChildren();
  stopListening.get(root)?.abort();
  const domain = timeDomain(data.essays);
  const svgElement = document.createElementNS(SVG, 'svg');
  const svg = select(svgElement);
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.5, 20000])
    .filter((event: Event) => (event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button));
  root.append(toolbar(document, data, actions, (factor) => behaviour.scaleBy(svg, factor), () => behaviour.transform(svg, zoomIdentity)));
  if (!domain) {
    root.append(element(document, 'p', 'empty', data.scope === 'essay' && !data.essay ? 'Open an essay to see its dates.' : 'No dated mentions here.'));
    return;
  }
  const width = Math.max(320, root.clientWidth || 800);
  const x = scaleUtc().domain(domain).range([MARGIN, width - MARGIN]);
  let zoomed = x;
  const laidOut = bands(data.essays);
  let y = AXIS;
  const layout = laidOut.map((band, index) => {
    const top = y;
    y += LABEL + band.rows * ROW + GAP;
    return { band, top, bottom: y, index };
  });
  behaviour.extent([[0, 0], [width, y]]);
  svg.attr('width', width).attr('height', y).attr('role', 'group').attr('tabindex', 0)
    .attr('aria-label', 'Timeline. Tab to move between dates; + and − zoom, arrows pan, 0 resets.');
  const axis = svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${AXIS - 4})`);
  const tooltip = element(document, 'div', 'tooltip');
  tooltip.hidden = true;
  tooltip.setAttribute('role', 'tooltip');
  // The sentence comes a moment after the tooltip: read it out when it does.
  tooltip.setAttribute('aria-live', 'polite');

  type Placed = PlacedItem & { essay: string; uri: string };
  // Only the bands in view, and a screen's height around them, are drawn: a corpus of a thousand essays
  // has tens of thousands of dates, too many to draw at once, or to move at each step of a zoom.
  const bandsLayer = svg.append('g');
  const view = document.defaultView!;
  const visible = () => {
    const box = svgElement.getBoundingClientRect();
    if (!view.innerHeight || !box.height) return layout; // not laid out (yet): all of them
    const [from, to] = [-box.top - view.innerHeight, -box.top + 2 * view.innerHeight];
    return layout.filter((d) => d.bottom >= from && d.top <= to);
  };
  const place = (items = bandsLayer.selectAll<SVGGElement, Placed>('g.item')) => {
    items.select<SVGRectElement>('rect').attr('x', (d) => zoomed(d.item.start)).attr('width', (d) => Math.max(3, zoomed(d.item.end) - zoomed(d.item.start)));
    items.select<SVGCircleElement>('circle').attr('cx', (d) => zoomed((d.item.start + d.item.end) / 2));
  };
  const drawBand = (essays: Selection<SVGGElement, (typeof layout)[number], SVGGElement, unknown>) => {
    essays.attr('class', (d) => `essay essay-${d.index % 6}`).attr('transform', (d) => `translate(0,${d.top})`);
    essays.append('line').attr('class', 'separator').attr('x1', 0).attr('x2', width).attr('y1', 0).attr('y2', 0);
    essays.append('text').attr('class', 'essay-label').attr('x', 4).attr('y', LABEL - 7).text((d) => d.band.essay.essay);
    const items = essays.selectAll<SVGGElement, Placed>('g.item').data((d) => d.band.items.map((placed) => ({ ...placed, essay: d.band.essay.essay, uri: d.band.essay.uri }))).join('g')
      .attr('class', (d) => `item ${d.item.interval ? 'interval' : 'point'}`)
      .attr('tabindex', 0)
      .attr('role', 'button')
      .attr('aria-label', (d) => describe(d.item, d.essay))
      .on('click', (_, d) => actions.open(d.item, d.uri))
      .on('keydown', (event: KeyboardEvent, d) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          actions.open(d.item, d.uri);
        }
      })
      .on('mouseenter focus', function (_, d) { showTooltip(tooltip, d.item, d.essay, this, actions.sentence(d.item, d.uri)); })
      .on('mouseleave blur', () => { tooltip.hidden = true; });
    items.filter((d) => d.item.interval).append('rect').attr('class', 'bar').attr('height', ROW - 6).attr('rx', 2)
      .attr('y', (d) => LABEL + d.row * ROW + 3);
    items.filter((d) => !d.item.interval).append('circle').attr('class', 'mark').attr('r', 4)
      .attr('cy', (d) => LABEL + d.row * ROW + ROW / 2);
    place(items);
  };
  const draw = () => {
    bandsLayer.selectAll<SVGGElement, (typeof layout)[number]>('g.essay').data(visible(), (d) => d.band.essay.uri)
      .join((enter) => enter.append('g').call(drawBand));
  };
  const axisOn = () => axis.call(axisTop(zoomed).ticks(Math.max(2, Math.floor(width / 90))));

  behaviour.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
    zoomed = event.transform.rescaleX(x);
    axisOn();
    place();
    actions.zoomed(event.transform);
  });
  svg.call(behaviour).on('dblclick.zoom', null);
  svg.on('keydown', (event: KeyboardEvent) => {
    const step = width / 10;
    const k = () => zoomTransform(svgElement).k;
    const moves: Record<string, () => void> = {
      '+': () => behaviour.scaleBy(svg, 1.5),
      '=': () => behaviour.scaleBy(svg, 1.5),
      '-': () => behaviour.scaleBy(svg, 1 / 1.5),
      ArrowLeft: () => behaviour.translateBy(svg, step / k(), 0),
      ArrowRight: () => behaviour.translateBy(svg, -step / k(), 0),
      0: () => behaviour.transform(svg, zoomIdentity),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  });
  behaviour.transform(svg, transform);
  const chart = element(document, 'div', 'chart');
  chart.append(svgElement);
  root.append(chart, tooltip);
  draw();
  // The bands that scroll into view are drawn then; the listener goes with the next rendering of `root`.
  const listening = new view.AbortController();
  stopListening.set(root, listening);
  let pending = false;
  view.addEventListener('scroll', () => {
    if (pending) return;
    pending = true;
    view.requestAnimationFrame(() => { pending = false; draw(); });
  }, { signal: listening.signal, passive: true });
}

/** For each page root, how to stop listening for the scrolling of its last rendering. */
const stopListening = new WeakMap<HTMLElement, AbortController>();
