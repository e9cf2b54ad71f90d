// Every span an analysis holds, for checks that hold of all of them.
import type { DocumentAnalysis, Span } from '../../server/src/analysis/types';

export function allSpans(analysis: DocumentAnalysis): { layer: string; span: Span }[] {
  const { structure } = analysis;
  const spans: { layer: string; span: Span }[] = [];
  const add = (layer: string, items: Span[]) => items.forEach((span) => spans.push({ layer, span }));
  add('section', structure.sections);
  add('heading', structure.sections.map((s) => s.heading));
  add('paragraph', structure.paragraphs);
  add('paragraph part', structure.paragraphs.flatMap((p) => p.parts));
  add('note region', structure.noteRegions);
  add('debris', structure.debris);
  add('mention', analysis.mentions);
  add('description', analysis.entities.flatMap((e) => (e.description ? [e.description] : [])));
  add('date', analysis.dates);
  add('marker', analysis.markers);
  add('note', analysis.notes);
  add('note part', analysis.notes.flatMap((n) => n.parts));
  add('citation', analysis.citations);
  return spans;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** An offset that does not fall between the two halves of a surrogate pair. */
export function onCodePointBoundary(text: string, offset: number): boolean {
  return offset <= 0 || offset >= text.length || !(isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)));
}

/** The problems of an analysis's spans: outside the text, reversed, or splitting a surrogate pair. */
export function spanProblems(text: string, analysis: DocumentAnalysis): string[] {
  return allSpans(analysis).flatMap(({ layer, span }) => {
    if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
      return [`${layer} ${span.start}-${span.end} outside 0-${text.length}`];
    }
    if (!onCodePointBoundary(text, span.start) || !onCodePointBoundary(text, span.end)) return [`${layer} ${span.start}-${span.end} splits a surrogate pair`];
    return [];
  });
}
