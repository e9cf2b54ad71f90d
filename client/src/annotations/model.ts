// The W3C Web Annotation model (https://www.w3.org/TR/annotation-model/) as Close Reading stores it:
// plain JSON, read leniently (one object or an array where the model allows both), written in one
// canonical shape. Fields this module does not know are kept as they are.

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** `conformsTo` of the FragmentSelector that names an entity (a person, organization or place) of the corpus. */
export const ENTITY_SELECTOR = 'urn:close-reading:entity';
/** Characters of context kept before and after a quote. */
export const CONTEXT_LENGTH = 32;

export type Motivation = 'commenting' | 'highlighting' | 'tagging' | 'replying' | 'describing' | string;
export type OneOrMany<T> = T | T[];

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format?: string;
  purpose?: string;
  [extra: string]: unknown;
}

export interface TextQuoteSelector { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string }
export interface TextPositionSelector { type: 'TextPositionSelector'; start: number; end: number }
export interface FragmentSelector { type: 'FragmentSelector'; value: string; conformsTo?: string; label?: string }
export type Selector = TextQuoteSelector | TextPositionSelector | FragmentSelector | { type: string; [extra: string]: unknown };

export interface SpecificTarget {
  source: string;
  selector?: OneOrMany<Selector>;
  styleClass?: string;
  [extra: string]: unknown;
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: OneOrMany<Motivation>;
  created: string;
  modified?: string;
  body?: OneOrMany<TextualBody | string>;
  /** A passage (source + selectors), an entity (source + FragmentSelector), or for a reply the id of the annotation it answers. */
  target: OneOrMany<SpecificTarget | string>;
  [extra: string]: unknown;
}

export interface AnnotationPage {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'AnnotationPage';
  items: Annotation[];
}

const asArray = <T>(value: OneOrMany<T> | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export const motivationsOf = (a: Annotation): Motivation[] => asArray(a.motivation);
export const hasMotivation = (a: Annotation, motivation: Motivation): boolean => motivationsOf(a).includes(motivation);

/** The textual bodies; a bare string body is read as a plain note. */
export function bodiesOf(a: Annotation): TextualBody[] {
  return asArray(a.body).map((b) => (typeof b === 'string' ? { type: 'TextualBody', value: b } : b));
}

/** The note's Markdown: every body that is not a tag or an assessment, joined by blank lines. */
export function noteOf(a: Annotation): string {
  return bodiesOf(a)
    .filter((b) => b.purpose === undefined || b.purpose === 'commenting' || b.purpose === 'replying' || b.purpose === 'describing')
    .map((b) => b.value)
    .join('\n\n');
}

export const tagsOf = (a: Annotation): string[] => bodiesOf(a).filter((b) => b.purpose === 'tagging').map((b) => b.value);

/** Resolved threads carry a body with purpose `assessing` and value `resolved`. */
export const isResolved = (a: Annotation): boolean => bodiesOf(a).some((b) => b.purpose === 'assessing' && b.value === 'resolved');

export function targetOf(a: Annotation): SpecificTarget | null {
  const target = asArray(a.target)[0];
  return target === undefined || typeof target === 'string' ? null : target;
}

/** The id of the annotation a reply answers, or null when `a` is not a reply. */
export function repliesTo(a: Annotation): string | null {
  const target = asArray(a.target)[0];
  if (!hasMotivation(a, 'replying')) return null;
  return typeof target === 'string' ? target : typeof target?.source === 'string' ? target.source : null;
}

function selectorsOf(target: SpecificTarget | null): Selector[] {
  return asArray(target?.selector);
}

export function quoteOf(a: Annotation): TextQuoteSelector | null {
  return (selectorsOf(targetOf(a)).find((s) => s.type === 'TextQuoteSelector') as TextQuoteSelector | undefined) ?? null;
}

export function positionOf(a: Annotation): TextPositionSelector | null {
  return (selectorsOf(targetOf(a)).find((s) => s.type === 'TextPositionSelector') as TextPositionSelector | undefined) ?? null;
}

/** The entity a note is about (`person:leon-trotsky`), or null for a note on a passage. */
export function entityOf(a: Annotation): { id: string; label: string } | null {
  const selector = selectorsOf(targetOf(a)).find((s) => s.type === 'FragmentSelector' && s.conformsTo === ENTITY_SELECTOR) as FragmentSelector | undefined;
  return selector ? { id: selector.value, label: selector.label ?? selector.value } : null;
}

/** The essay a passage annotation is on (path relative to the store's folder), or null for entity notes and replies. */
export function sourceOf(a: Annotation): string | null {
  const target = targetOf(a);
  return target && !entityOf(a) && !repliesTo(a) ? target.source : null;
}

/** The highlight's color name (the target's `styleClass`), or null. */
export const colorOf = (a: Annotation): string | null => targetOf(a)?.styleClass ?? null;

/** Both selectors of a passage: the quote with its context, and its position in UTF-16 code units. */
export function passageSelectors(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start), suffix: text.slice(end, end + CONTEXT_LENGTH) },
    { type: 'TextPositionSelector', start, end },
  ];
}

export interface NewAnnotation {
  motivation: Motivation;
  note?: string;
  tags?: string[];
  now: Date;
  uuid: string;
}

function bodies(note: string | undefined, tags: string[] | undefined): TextualBody[] {
  const out: TextualBody[] = [];
  if (note !== undefined && note.trim() !== '') out.push({ type: 'TextualBody', value: note, format: 'text/markdown' });
  for (const tag of tags ?? []) out.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return out;
}

function create(spec: NewAnnotation, target: SpecificTarget | string): Annotation {
  const body = bodies(spec.note, spec.tags);
  return {
    id: `urn:uuid:${spec.uuid}`,
    type: 'Annotation',
    motivation: spec.motivation,
    created: spec.now.toISOString(),
    ...(body.length ? { body } : {}),
    target,
  };
}

/** A note or highlight on the passage `[start, end)` of `text`, the essay at `source`. */
export function createPassageAnnotation(spec: NewAnnotation & { source: string; scope?: string; text: string; start: number; end: number; color?: string }): Annotation {
  const target: SpecificTarget = { source: spec.source, ...(spec.scope ? { scope: spec.scope } : {}), ...(spec.color ? { styleClass: spec.color } : {}), selector: passageSelectors(spec.text, spec.start, spec.end) };
  return create(spec, target);
}

/** A note about an entity of the corpus; its target's source is the workspace folder itself (`.`). */
export function createEntityAnnotation(spec: NewAnnotation & { entity: { id: string; label: string } }): Annotation {
  return create(spec, { source: '.', selector: { type: 'FragmentSelector', conformsTo: ENTITY_SELECTOR, value: spec.entity.id, label: spec.entity.label } });
}

/** A reply to `parent`, as the W3C model has it: an annotation with motivation `replying` whose target is the parent's id. */
export function createReply(spec: Omit<NewAnnotation, 'motivation'> & { parent: string }): Annotation {
  return create({ ...spec, motivation: 'replying' }, spec.parent);
}

/** The annotation with a new note text (tags and other bodies kept), marked modified. */
export function withNote(a: Annotation, note: string, now: Date): Annotation {
  const kept = bodiesOf(a).filter((b) => b.purpose !== undefined && b.purpose !== 'commenting' && b.purpose !== 'replying' && b.purpose !== 'describing');
  return { ...a, body: [...bodies(note, undefined), ...kept], modified: now.toISOString() };
}

/** The annotation with its tags replaced. */
export function withTags(a: Annotation, tags: string[], now: Date): Annotation {
  const kept = bodiesOf(a).filter((b) => b.purpose !== 'tagging');
  return { ...a, body: [...kept, ...bodies(undefined, tags)], modified: now.toISOString() };
}

export function withResolved(a: Annotation, resolved: boolean, now: Date): Annotation {
  const kept = bodiesOf(a).filter((b) => !(b.purpose === 'assessing' && b.value === 'resolved'));
  return { ...a, body: resolved ? [...kept, { type: 'TextualBody', value: 'resolved', purpose: 'assessing' }] : kept, modified: now.toISOString() };
}

/** The annotation re-targeted at `[start, end)` of `text` (after edits), or at another source (a renamed essay). */
export function withPassage(a: Annotation, text: string, start: number, end: number, source = sourceOf(a) ?? ''): Annotation {
  const target = targetOf(a);
  const others = selectorsOf(target).filter((s) => s.type !== 'TextQuoteSelector' && s.type !== 'TextPositionSelector');
  return { ...a, target: { ...target, source, selector: [...passageSelectors(text, start, end), ...others] } };
}

/** The annotation moved to another source (a renamed essay, or new content for an essay keyed by its hash), its selectors kept. */
export function withSource(a: Annotation, source: string, scope?: string): Annotation {
  return { ...a, target: { ...targetOf(a), source, ...(scope ? { scope } : {}) } };
}

/** Where an essay outside any workspace folder was when it was annotated (the target's `scope`, a file URI). */
export const scopeOf = (a: Annotation): string | null => (typeof targetOf(a)?.scope === 'string' ? (targetOf(a)!.scope as string) : null);

/** An empty page. */
export const emptyPage = (): AnnotationPage => ({ '@context': ANNOTATION_CONTEXT, type: 'AnnotationPage', items: [] });

/**
 * Reads a page: a W3C AnnotationPage, or a bare array of annotations. Throws with a clear message on
 * anything else, so that a store that does not parse is never taken for an empty one.
 */
export function parsePage(json: string): AnnotationPage {
  const data: unknown = JSON.parse(json);
  const items = Array.isArray(data) ? data : (data as { items?: unknown })?.items;
  if (!Array.isArray(items)) throw new Error('not an AnnotationPage: no "items" array');
  items.forEach((item: unknown, index) => {
    const a = item as Partial<Annotation> | null;
    if (!a || typeof a !== 'object' || typeof a.id !== 'string' || a.target === undefined) {
      throw new Error(`item ${index} is not an annotation (it needs an "id" and a "target")`);
    }
  });
  return { '@context': ANNOTATION_CONTEXT, type: 'AnnotationPage', items: items as Annotation[] };
}

/** The page as stored: items in creation order, two-space indented, so that diffs stay small and readable. */
export function serializePage(page: AnnotationPage): string {
  const items = [...page.items].sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return `${JSON.stringify({ '@context': ANNOTATION_CONTEXT, type: 'AnnotationPage', items }, null, 2)}\n`;
}

/** The notes about an entity (root notes, not replies), oldest first: what the server's hover shows. */
export function notesAboutEntity(page: AnnotationPage, entityId: string): Annotation[] {
  return page.items.filter((a) => entityOf(a)?.id === entityId).sort((a, b) => a.created.localeCompare(b.created));
}

/** The replies to an annotation, oldest first. */
export function repliesOf(page: AnnotationPage, id: string): Annotation[] {
  return page.items.filter((a) => repliesTo(a) === id).sort((a, b) => a.created.localeCompare(b.created));
}
