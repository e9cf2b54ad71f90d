// Where each annotation of a page is in the essays as they are now: the step shared by the editor's
// tree view and `close-reading notes export`. Nothing here changes the page.
import { anchor, findMovedSource, type Anchor } from './anchoring';
import { positionOf, quoteOf, sourceOf, type Annotation, type AnnotationPage } from './model';

export interface Placed {
  annotation: Annotation;
  /** The essay the annotation is in now: its stored source, or the essay its quotes were found in when that file is gone. */
  source: string;
  anchor: Anchor;
}

/**
 * Places every annotation on a passage (entity notes and replies are not on a passage). `essays` maps
 * each essay's source to its current text; a source missing from it is looked for among the others.
 */
export function placeAnnotations(page: AnnotationPage, essays: ReadonlyMap<string, string>): Placed[] {
  const bySource = new Map<string, Annotation[]>();
  for (const a of page.items) {
    const source = sourceOf(a);
    if (source !== null) bySource.set(source, [...(bySource.get(source) ?? []), a]);
  }
  const candidates = [...essays].map(([source, text]) => ({ source, text }));
  const placed: Placed[] = [];
  for (const [stored, annotations] of bySource) {
    const source = essays.has(stored) ? stored : findMovedSource(annotations.map((a) => quoteOf(a)?.exact ?? ''), candidates) ?? stored;
    const text = essays.get(source);
    for (const annotation of annotations) {
      placed.push({ annotation, source, anchor: text === undefined ? { status: 'orphaned' } : anchor(text, quoteOf(annotation), positionOf(annotation)) });
    }
  }
  return placed;
}

/** The passage annotations in reading order: by essay, then by position, orphans last. */
export function inReadingOrder(placed: readonly Placed[]): Placed[] {
  const at = (p: Placed) => (p.anchor.status === 'orphaned' ? Infinity : p.anchor.start);
  return [...placed].sort((a, b) => a.source.localeCompare(b.source) || at(a) - at(b) || a.annotation.created.localeCompare(b.annotation.created));
}
