// Hover: who this is, what a note says, what an Ibid. repeats — every layer at the cursor, innermost
// first. Essay text is always escaped: a hover never carries a link, image or HTML from an essay.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { Span } from '../analysis/types';
import { isBackReference } from '../analysis/citations';
import { describeDate } from '../analysis/dates';
import { sentenceAt } from '../analysis/sentences';
import type { AnalyzedDocument } from '../analysisCache';
import { toRange } from '../convert';
import type { FeatureContext } from './context';
import { concurrentDates, essayName, resolveChain, shortReference } from './describe';
import { layersAt } from './layers';
import { capped, escapeMarkdown, quote } from './markdown';

const lineOf = (doc: AnalyzedDocument, offset: number) => doc.document.positionAt(offset).line + 1;
const textOf = (doc: AnalyzedDocument, span: Span) => doc.document.getText().slice(span.start, span.end);

const OTHER_ESSAYS_SHOWN = 4;

function entitySection(context: FeatureContext, doc: AnalyzedDocument, mentionIndex: number): string {
  const { analysis } = doc;
  const mention = analysis.mentions[mentionIndex];
  const entity = analysis.entities[mention.entity];
  const id = context.corpus.entityId(doc, mention.entity);
  const label = context.corpus.labelOf(doc, mention.entity);
  const lines = [`**${escapeMarkdown(label)}** · ${entity.kind}`];
  const others = entity.variants.filter((v) => v !== label);
  if (others.length) lines.push(`Also written: ${capped(others, 6, escapeMarkdown).join(', ')}`);
  if (entity.description) {
    lines.push(`> ${quote(entity.description.text)}\n\n— line ${lineOf(doc, entity.description.start)}`);
  }
  for (const note of context.entityNotes(id)) lines.push(`📝 ${escapeMarkdown(note)}`);
  const { documents, byUri } = context.corpus.mentionCounts(id);
  const counts = [`${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'} in this essay`];
  const elsewhere = [];
  for (let i = 0; i < documents.length && elsewhere.length < OTHER_ESSAYS_SHOWN; i++) if (documents[i].uri !== doc.uri) elsewhere.push(documents[i]);
  const total = documents.length - (byUri.has(doc.uri) ? 1 : 0);
  if (total) counts.push(`in other essays: ${capped(elsewhere, OTHER_ESSAYS_SHOWN, (d) => `${escapeMarkdown(essayName(d))} (${d.mentions})`, total).join(', ')}`);
  lines.push(counts.join('; '));
  const first = analysis.mentions[entity.mentions[0]];
  if (first) {
    const sentence = sentenceAt(doc.document.getText(), first.start);
    lines.push(`First mention, line ${lineOf(doc, first.start)}: “${quote(textOf(doc, sentence), 200)}”`);
  }
  return lines.join('\n\n');
}

function noteSection(doc: AnalyzedDocument, noteIndex: number, heading: string): string {
  const { analysis } = doc;
  const note = analysis.notes[noteIndex];
  const lines = [heading, quote(note.parts.map((p) => textOf(doc, p)).join(' ') || textOf(doc, note), 600)];
  analysis.citations.forEach((citation, index) => {
    if (citation.resolvesTo === null || citation.start < note.start || citation.end > note.end) return;
    const target = resolveChain(analysis.citations, index);
    if (target) lines.push(`${escapeMarkdown(citation.text)} → ${escapeMarkdown(shortReference(target.fields, target.text))}`);
  });
  return lines.join('\n\n');
}

function markerSection(doc: AnalyzedDocument, markerIndex: number): string {
  const marker = doc.analysis.markers[markerIndex];
  if (marker.note === null) return `**Note ${escapeMarkdown(marker.label)}** · the text has no note for this marker`;
  return noteSection(doc, marker.note, `**Note ${escapeMarkdown(marker.label)}**`);
}

function citationSection(doc: AnalyzedDocument, citationIndex: number): string {
  const { citations } = doc.analysis;
  const citation = citations[citationIndex];
  const lines = [`**Citation** · ${citation.kind}`];
  const fields = Object.entries(citation.fields).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && !v.length));
  if (fields.length) lines.push(fields.map(([k, v]) => `${k}: ${escapeMarkdown(Array.isArray(v) ? v.join('; ') : String(v))}`).join('  \n'));
  if (isBackReference(citation)) {
    const target = resolveChain(citations, citationIndex);
    lines.push(target
      ? `Repeats, line ${lineOf(doc, target.start)}: ${quote(target.text, 300)}`
      : 'Nothing earlier in the essay for this back-reference to repeat.');
  }
  return lines.join('\n\n');
}

const CONCURRENT_SHOWN = 4;

/** What a date means, and the closest few passages of the corpus that speak of an overlapping time. */
function dateSection(context: FeatureContext, doc: AnalyzedDocument, dateIndex: number): string {
  const date = doc.analysis.dates[dateIndex];
  const lines = [`**${escapeMarkdown(describeDate(date))}**`];
  const { dates: closest, total } = concurrentDates(context, doc, dateIndex, CONCURRENT_SHOWN);
  if (total) {
    lines.push('At the same time, elsewhere in the corpus:');
    const shown = capped(closest, CONCURRENT_SHOWN, ({ document, date: other }) => {
      const sentence = sentenceAt(document.document.getText(), other.start);
      const where = document.uri === doc.uri ? `line ${lineOf(document, other.start)}` : `${escapeMarkdown(essayName(document))}, line ${lineOf(document, other.start)}`;
      return `${escapeMarkdown(other.text)} (${where}): “${quote(textOf(document, sentence), 160)}”`;
    }, total);
    lines.push(shown.map((line) => `- ${line}`).join('\n'));
  }
  return lines.join('\n\n');
}

export function provideHover(context: FeatureContext, doc: AnalyzedDocument, offset: number): Hover | null {
  const layers = layersAt(doc.analysis, offset);
  const sections: { span: Span; markdown: string }[] = [];
  if (layers.mention) sections.push({ span: layers.mention.item, markdown: entitySection(context, doc, layers.mention.index) });
  if (layers.marker) sections.push({ span: layers.marker.item, markdown: markerSection(doc, layers.marker.index) });
  if (layers.citation) sections.push({ span: layers.citation.item, markdown: citationSection(doc, layers.citation.index) });
  if (layers.date) sections.push({ span: layers.date.item, markdown: dateSection(context, doc, layers.date.index) });
  if (layers.note && !layers.marker) {
    const label = layers.note.item.label;
    sections.push({ span: layers.note.item, markdown: `*In note ${escapeMarkdown(label ?? String(layers.note.index + 1))}*` });
  }
  if (sections.length === 0) return null;
  sections.sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start));
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.map((s) => s.markdown).join('\n\n---\n\n') },
    range: toRange(doc.document, sections[0].span),
  };
}
