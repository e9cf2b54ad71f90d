// The views' data: the people index, the timeline, the concordance (mentions in context) and the
// reading report, as plain JSON for the client's tree view and webviews. Pure translation of core
// results: essay text travels as strings, never as HTML; the report escapes it as Markdown.
import type { Range } from 'vscode-languageserver';
import { parseValue, type CalendarPoint } from '../analysis/dates';
import { worksCited } from '../analysis/citations';
import { sentenceAt } from '../analysis/sentences';
import { noteProblems, type NoteProblem } from '../analysis/notes';
import type { EntityKind, Span } from '../analysis/types';
import type { AnalyzedDocument } from '../analysisCache';
import { toRange } from '../convert';
import type { FeatureContext } from './context';
import { essayName, shortReference } from './describe';
import { layersAt } from './layers';

/** Where something stands, for a click that goes there. */
export interface ViewLocation {
  uri: string;
  essay: string;
  range: Range;
  /** 1-based, for display. */
  line: number;
}

/** Essay text around a keyword, each part on one line (whitespace flattened). */
export interface Excerpt {
  before: string;
  keyword: string;
  after: string;
}

export interface MentionRow {
  location: ViewLocation;
  excerpt: Excerpt;
}

/** The first rows of a list too long to send whole (a name of every essay of a large corpus), and how many there are. */
export interface MentionRows {
  rows: MentionRow[];
  total: number;
}

/** Rows sent at most for one entity or word: a view shows the first, and says how many there are. */
export const ROWS_LIMIT = 2000;

/** One entry of the people index: an entity of the essay or of the corpus. */
export interface EntitySummary {
  /** Corpus-wide id (see analysis/corpus.ts). */
  id: string;
  kind: EntityKind;
  label: string;
  variants: string[];
  count: number;
  /** How many essays of the scope mention it. */
  essays: number;
  description?: string;
}

/** A dated mention placed on a time axis: [start, end) in milliseconds since 1970 (UTC). */
export interface TimelineItem {
  text: string;
  value: string;
  start: number;
  end: number;
  /** An interval (`1925/1929`) is drawn as a bar, a single date as a mark. */
  interval: boolean;
  /** The date's place among its essay's dates, by which its sentence is asked for (see `dateSentence`). */
  index: number;
  /** Where it stands in its essay (whose uri and name the essay's entry gives once for all its dates). */
  range: Range;
  /** 1-based, for display. */
  line: number;
}

export interface TimelineEssay {
  uri: string;
  essay: string;
  items: TimelineItem[];
}

export type ConcordanceQuery = { entity: string } | { word: string };

export interface Concordance {
  query: ConcordanceQuery;
  /** What the rows are occurrences of: the entity's label, or the word. */
  title: string;
  rows: MentionRow[];
  /** True when the rows stop at the limit. */
  truncated: boolean;
}

/** The essays a view covers: one (by uri) or, for null, the whole corpus in the order of their names. */
function scope(context: FeatureContext, uri: string | null): AnalyzedDocument[] {
  const documents = context.corpus.documents();
  if (uri !== null) return documents.filter((d) => d.uri === uri);
  return documents.sort((a, b) => essayName(a).localeCompare(essayName(b)) || a.uri.localeCompare(b.uri));
}

/**
 * Hits in the essays of a scope, essay by essay (in the scope's order), then in text order: the essays
 * are ordered once, not at each of the thousands of comparisons a common name makes in a large corpus.
 */
function inScopeOrder<T extends { document: AnalyzedDocument; span: Span }>(documents: AnalyzedDocument[], hits: T[]): T[] {
  const rank = new Map(documents.map((d, i) => [d.uri, i]));
  return hits.filter((h) => rank.has(h.document.uri)).sort((a, b) => rank.get(a.document.uri)! - rank.get(b.document.uri)! || a.span.start - b.span.start);
}

function locate(doc: AnalyzedDocument, span: Span): ViewLocation {
  const range = toRange(doc.document, span);
  return { uri: doc.uri, essay: essayName(doc), range, line: range.start.line + 1 };
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Keeps the last `width` characters of a left context, cut at a word boundary. */
function keepEnd(text: string, width: number): string {
  if (text.length <= width) return text;
  const tail = text.slice(text.length - width);
  const space = tail.indexOf(' ');
  return `…${space >= 0 && space < width / 4 ? tail.slice(space + 1) : tail}`;
}

/** Keeps the first `width` characters of a right context, cut at a word boundary. */
function keepStart(text: string, width: number): string {
  if (text.length <= width) return text;
  const head = text.slice(0, width);
  const space = head.lastIndexOf(' ');
  return `${space > (width * 3) / 4 ? head.slice(0, space) : head}…`;
}

/** The keyword at `span` with the text of `around` on either side, at most `before` and `after` characters. */
export function excerpt(text: string, span: Span, around: Span, before: number, after = before): Excerpt {
  return {
    before: keepEnd(flat(text.slice(Math.min(around.start, span.start), span.start)).trimStart(), before),
    keyword: flat(text.slice(span.start, span.end)),
    after: keepStart(flat(text.slice(span.end, Math.max(around.end, span.end))).trimEnd(), after),
  };
}

/** The sentence of a span: from the start of the sentence it begins in to the end of the one it ends in. */
function sentenceOf(text: string, span: Span): Span {
  return { start: sentenceAt(text, span.start).start, end: sentenceAt(text, Math.max(span.start, span.end - 1)).end };
}

/** A mention in its sentence, `before` and `after` characters of it at most. */
function mentionRow(doc: AnalyzedDocument, span: Span, before = 120, after = 120): MentionRow {
  const text = doc.document.getText();
  return { location: locate(doc, span), excerpt: excerpt(text, span, sentenceOf(text, span), before, after) };
}

/** The people index: every entity of the scope, in order of first appearance, with its mention count. */
export function listEntities(context: FeatureContext, uri: string | null): EntitySummary[] {
  const byId = new Map<string, EntitySummary & { variantSet: Set<string> }>();
  for (const doc of scope(context, uri)) {
    const { entities, mentions } = doc.analysis;
    const order = entities.map((entity, index) => ({ entity, index, first: mentions[entity.mentions[0]]?.start ?? Infinity }))
      .sort((a, b) => a.first - b.first);
    for (const { entity, index } of order) {
      const id = context.corpus.entityId(doc, index);
      let summary = byId.get(id);
      if (!summary) {
        summary = { id, kind: entity.kind, label: context.corpus.labelOf(doc, index), variants: [], variantSet: new Set(), count: 0, essays: 0 };
        byId.set(id, summary);
      }
      summary.count += entity.mentions.length;
      summary.essays += 1;
      summary.description ??= entity.description ? flat(entity.description.text).trim() : undefined;
      for (const variant of entity.variants) summary.variantSet.add(variant);
    }
  }
  return [...byId.values()].map(({ variantSet, ...summary }) => ({ ...summary, variants: [...variantSet] }));
}

/**
 * The mentions of an entity in the scope, essay by essay, each with its sentence: a little before it, so
 * that a narrow list shows the name. The first `ROWS_LIMIT`, and how many there are.
 */
export function entityMentions(context: FeatureContext, id: string, uri: string | null): MentionRows {
  const hits = context.corpus.mentionsOf(id).map(({ document, mention }) => ({ document, span: document.analysis.mentions[mention] }));
  const found = inScopeOrder(scope(context, uri), hits);
  return { rows: found.slice(0, ROWS_LIMIT).map(({ document, span }) => mentionRow(document, span, 32, 120)), total: found.length };
}

/** The first instant of a calendar point and the first instant after it, at the point's own precision. */
function pointBounds({ year, month, day }: CalendarPoint): [number, number] | null {
  if ((month !== undefined && (month < 1 || month > 12)) || (day !== undefined && (day < 1 || day > 31))) return null;
  const at = (y: number, m: number, d: number) => new Date(0).setUTCFullYear(y, m, d); // Date.UTC would read years 0–99 as 1900–1999
  if (month === undefined) return [at(year, 0, 1), at(year + 1, 0, 1)];
  if (day === undefined) return [at(year, month - 1, 1), at(year, month, 1)];
  return [at(year, month - 1, day), at(year, month - 1, day + 1)];
}

/**
 * A normalized date value as a stretch of time [start, end) in milliseconds: `1931` is the whole year,
 * `1925/1929` runs from the start of 1925 to the end of 1929. Null for a value it cannot read.
 */
export function dateExtent(value: string): { start: number; end: number; interval: boolean } | null {
  const parsed = parseValue(value.trim());
  const first = parsed && pointBounds(parsed.start);
  const last = parsed && pointBounds(parsed.end);
  if (!first || !last || last[1] <= first[0]) return null;
  return { start: first[0], end: last[1], interval: value.includes('/') };
}

/**
 * Every dated mention of the scope, essay by essay, in text order; dates whose value cannot be read are
 * left out. Without their sentences, which the timeline asks for one at a time (`dateSentence`): a corpus
 * of a thousand essays has tens of thousands of dates, whose sentences would be most of what is sent.
 */
export function timeline(context: FeatureContext, uri: string | null): TimelineEssay[] {
  return scope(context, uri).map((doc) => ({
    uri: doc.uri,
    essay: essayName(doc),
    items: doc.analysis.dates.flatMap((date, index) => {
      const extent = dateExtent(date.value);
      if (!extent) return [];
      const range = toRange(doc.document, date);
      return [{ text: flat(date.text), value: date.value, ...extent, index, range, line: range.start.line + 1 }];
    }),
  }));
}

/** The sentence of the date at `index` of the essay at `uri`, if that date still has the value `value`. */
export function dateSentence(context: FeatureContext, uri: string, index: number, value: string): Excerpt | null {
  const doc = context.corpus.documents().find((d) => d.uri === uri);
  const date = doc?.analysis.dates[index];
  return doc && date?.value === value ? mentionRow(doc, date).excerpt : null;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** What the concordance shows for the cursor: the entity named there, else the word there. */
export function queryAt(context: FeatureContext, doc: AnalyzedDocument, offset: number): ConcordanceQuery | null {
  const mention = layersAt(doc.analysis, offset).mention;
  if (mention) return { entity: context.corpus.entityId(doc, mention.item.entity) };
  const text = doc.document.getText();
  const from = Math.max(0, offset - 100);
  for (const match of text.slice(from, offset + 100).matchAll(WORD)) {
    const start = from + match.index;
    if (start <= offset && offset <= start + match[0].length) return { word: match[0] };
  }
  return null;
}

const KWIC_WIDTH = 60;

/** Every occurrence of the query in the corpus: the entity's mentions (all spellings) or the word, whole and in any case. */
export function concordance(context: FeatureContext, query: ConcordanceQuery): Concordance {
  const hits: { document: AnalyzedDocument; span: Span }[] = [];
  let title: string;
  if ('entity' in query) {
    const found = context.corpus.mentionsOf(query.entity);
    title = found.length ? context.corpus.labelOf(found[0].document, found[0].document.analysis.mentions[found[0].mention].entity) : query.entity;
    for (const { document, mention } of found) hits.push({ document, span: document.analysis.mentions[mention] });
  } else {
    title = query.word;
    const letter = '[\\p{L}\\p{M}\\p{N}]';
    const pattern = new RegExp(`(?<!${letter})${query.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!${letter})`, 'giu');
    for (const document of context.corpus.documents()) {
      for (const match of document.document.getText().matchAll(pattern)) hits.push({ document, span: { start: match.index, end: match.index + match[0].length } });
    }
  }
  const sorted = inScopeOrder(scope(context, null), hits);
  const rows = sorted.slice(0, ROWS_LIMIT).map(({ document, span }) => {
    const text = document.document.getText();
    const around = { start: Math.max(0, span.start - 3 * KWIC_WIDTH), end: span.end + 3 * KWIC_WIDTH };
    return { location: locate(document, span), excerpt: excerpt(text, span, around, KWIC_WIDTH) };
  });
  return { query, title, rows, truncated: sorted.length > ROWS_LIMIT };
}

const INLINE_SYNTAX = /[\\`*_[\]<>&~|]/g;

/**
 * Essay text inside a report line, on one line: only what Markdown could read as syntax is escaped
 * (inline syntax anywhere, block syntax at its start, where it may follow a list bullet, and the dot
 * of anything that looks like a domain name, which a renderer would make a link), so that the source
 * stays readable and the preview shows the text as it is.
 */
export function inline(text: string, max = Infinity): string {
  const oneLine = flat(text).trim();
  const cut = oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
  return cut
    .replace(INLINE_SYNTAX, (c) => `\\${c}`)
    .replace(/^([#>+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/(?<=[\p{L}\p{N}])\.(?=\p{L}{2})/gu, '\\.')
    .replace(/:\/\//g, ':\u200b//');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const KIND_HEADINGS: [EntityKind, string][] = [['person', 'People'], ['organization', 'Organizations'], ['place', 'Places']];

function reportEntities(context: FeatureContext, doc: AnalyzedDocument): string[] {
  const lines: string[] = [];
  const entities = listEntities(context, doc.uri).sort((a, b) => b.count - a.count);
  for (const [kind, heading] of KIND_HEADINGS) {
    const ofKind = entities.filter((e) => e.kind === kind);
    if (!ofKind.length) continue;
    lines.push(`## ${heading}`, '');
    for (const entity of ofKind) {
      const others = entity.variants.filter((v) => v !== entity.label);
      let line = `- **${inline(entity.label)}** — ${plural(entity.count, 'mention')}`;
      if (others.length) line += `; also written ${others.map((v) => inline(v)).join(', ')}`;
      if (entity.description) line += `  \n  “${inline(entity.description, 300)}”`;
      for (const note of context.entityNotes(entity.id)) line += `  \n  📝 ${inline(note)}`;
      lines.push(line);
    }
    lines.push('');
  }
  return lines;
}

function reportDates(doc: AnalyzedDocument): string[] {
  const dated = doc.analysis.dates
    .map((date) => ({ date, extent: dateExtent(date.value), line: doc.document.positionAt(date.start).line + 1 }))
    .filter((d) => d.extent !== null)
    .sort((a, b) => a.extent!.start - b.extent!.start || a.extent!.end - b.extent!.end || a.date.start - b.date.start);
  if (!dated.length) return [];
  const byValue = new Map<string, typeof dated>();
  for (const d of dated) {
    const same = byValue.get(d.date.value);
    if (same) same.push(d);
    else byValue.set(d.date.value, [d]);
  }
  const lines = ['## Dates, earliest to latest', ''];
  for (const [value, items] of byValue) {
    const texts = [...new Set(items.map((d) => flat(d.date.text)))].map((t) => `“${inline(t)}”`).join(', ');
    lines.push(`- **${inline(value)}** — ${texts} (line${items.length > 1 ? 's' : ''} ${items.map((d) => d.line).join(', ')})`);
  }
  return [...lines, ''];
}

function reportWorks(doc: AnalyzedDocument): string[] {
  const { citations } = doc.analysis;
  const works = worksCited(citations);
  if (!works.length) return [];
  const lines = ['## Works cited', ''];
  for (const work of works) {
    const first = citations[work.citations[0]];
    const times = work.citations.length;
    const name = shortReference({ ...work.fields, pages: undefined }, first.text);
    lines.push(`- ${inline(name, 300)} — line ${doc.document.positionAt(first.start).line + 1}${times > 1 ? `, cited ${times} times` : ''}`);
  }
  return [...lines, ''];
}

/** One sentence for each note problem the core finds. */
function problemText(doc: AnalyzedDocument, problem: NoteProblem): string {
  const { markers, notes, citations } = doc.analysis;
  const line = `line ${doc.document.positionAt(problem.start).line + 1}`;
  const marker = problem.marker === undefined ? '' : inline(markers[problem.marker].label);
  switch (problem.kind) {
    case 'notes-missing': return `${plural(problem.count ?? 0, 'marker')} but (almost) no notes: the notes seem to be missing from the text (first marker ${marker}, ${line}).`;
    case 'marker-without-note': return `Marker ${marker} (${line}) has no note.`;
    case 'marker-out-of-sequence': return `Marker ${marker} (${line}) comes where ${inline(problem.expected ?? '')} was expected.`;
    case 'note-without-marker': {
      const note = notes[problem.note ?? -1];
      return `Note ${inline(note?.label ?? String((problem.note ?? 0) + 1))} (${line}) has no marker in the text.`;
    }
    case 'unresolved-back-reference': return `“${inline(citations[problem.citation ?? -1]?.text ?? '', 80)}” (${line}) repeats nothing earlier in the essay.`;
  }
}

function reportNoteProblems(doc: AnalyzedDocument): string[] {
  const { markers, notes } = doc.analysis;
  if (!markers.length && !notes.length) return [];
  const problems = noteProblems(doc.analysis).map((problem) => `- ${problemText(doc, problem)}`);
  return ['## Note problems', '', ...(problems.length ? problems : ['None found: every marker has its note and every note its marker.']), ''];
}

/** A Markdown summary of one essay: sections, people, dates, works cited and note problems. Essay text is escaped. */
export function readingReport(context: FeatureContext, doc: AnalyzedDocument): string {
  const { structure, entities, dates, markers } = doc.analysis;
  const title = structure.sections.find((s) => s.level === 1)?.title.trim() || essayName(doc);
  const lines = [
    `# Reading report: ${inline(title)}`,
    '',
    `*${inline(essayName(doc))}* · ${plural(structure.sections.length, 'section')}, ${plural(entities.length, 'name')}, ${plural(dates.length, 'date')}, ${plural(markers.length, 'note marker')}`,
    '',
  ];
  if (structure.sections.length) {
    lines.push('## Sections', '');
    const top = structure.sections.reduce((level, s) => Math.min(level, s.level), Infinity);
    for (const section of structure.sections) {
      const line = doc.document.positionAt(section.heading.start).line + 1;
      lines.push(`${'  '.repeat(section.level - top)}- ${inline(section.title || '(untitled)', 120)} — line ${line}`);
    }
    lines.push('');
  }
  lines.push(...reportEntities(context, doc), ...reportDates(doc), ...reportWorks(doc), ...reportNoteProblems(doc));
  return `${lines.join('\n').trimEnd()}\n`;
}
