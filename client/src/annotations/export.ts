// Exports of the notes: a Markdown digest to read, W3C Web Annotation JSON-LD for other annotators, and
// the `notes export --json` contract for scripts.
import {
  colorOf, entityOf, hasMotivation, noteOf, quoteOf, repliesOf, repliesTo, serializePage, tagsOf, type Annotation, type AnnotationPage,
} from './model';
import { inReadingOrder, type Placed } from './resolve';

export interface ExportedAnnotation {
  id: string;
  source: string;
  status: 'anchored' | 'fuzzy' | 'orphaned';
  /** Offsets into the essay's current text (UTF-16 code units), null when orphaned. */
  start: number | null;
  end: number | null;
  /** The quote as it was annotated. */
  exact: string;
  note: string;
}

/** The `notes export --json` contract: keep field names, add fields freely. */
export function toJsonContract(placed: readonly Placed[]): { annotations: ExportedAnnotation[] } {
  return {
    annotations: inReadingOrder(placed).map(({ annotation, source, anchor }) => ({
      id: annotation.id,
      source,
      status: anchor.status,
      start: anchor.status === 'orphaned' ? null : anchor.start,
      end: anchor.status === 'orphaned' ? null : anchor.end,
      exact: quoteOf(annotation)?.exact ?? '',
      note: noteOf(annotation),
    })),
  };
}

/** The annotations among `ids`, with their replies, as a W3C AnnotationPage. */
export function toJsonLd(page: AnnotationPage, ids: ReadonlySet<string>): string {
  return serializePage({ ...page, items: page.items.filter((a) => ids.has(a.id) || ids.has(repliesTo(a) ?? '')) });
}

const lineAt = (text: string, offset: number): number => {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

const blockquote = (text: string): string => text.split(/\r?\n/).map((line) => `> ${line}`.trimEnd()).join('\n');

function describe(page: AnnotationPage, annotation: Annotation, where: string): string {
  const parts: string[] = [];
  const note = noteOf(annotation);
  if (note) parts.push(note);
  for (const reply of repliesOf(page, annotation.id)) parts.push(`*Reply:* ${noteOf(reply)}`);
  const facts = [where];
  const tags = tagsOf(annotation);
  if (tags.length) facts.push(`tags: ${tags.map((t) => `\`${t}\``).join(', ')}`);
  if (hasMotivation(annotation, 'highlighting')) facts.push(`highlight${colorOf(annotation) ? ` (${colorOf(annotation)})` : ''}`);
  parts.push(`<sub>${facts.join(' · ')}</sub>`);
  return parts.join('\n\n');
}

/**
 * A Markdown digest: for each essay, its notes and highlights in reading order (quotation, note,
 * replies, tags, where), then the notes about people, organizations and places.
 */
export function toMarkdown(title: string, page: AnnotationPage, placed: readonly Placed[], essays: ReadonlyMap<string, string>, withEntityNotes = true): string {
  const out = [`# ${title}`];
  let essay: string | null = null;
  for (const { annotation, source, anchor } of inReadingOrder(placed)) {
    if (source !== essay) { out.push(`## ${source}`); essay = source; }
    const text = essays.get(source) ?? '';
    const quote = anchor.status === 'orphaned' ? quoteOf(annotation)?.exact ?? '' : text.slice(anchor.start, anchor.end);
    const where = anchor.status === 'orphaned' ? `${source}, **orphaned**: the passage is no longer in the essay`
      : `${source}, line ${lineAt(text, anchor.start)}${anchor.status === 'fuzzy' ? ' (the passage has changed since)' : ''}`;
    out.push(blockquote(quote), describe(page, annotation, where));
  }
  const entityNotes = withEntityNotes ? page.items.filter((a) => entityOf(a) !== null) : [];
  if (entityNotes.length) {
    out.push('## People, organizations and places');
    for (const a of [...entityNotes].sort((x, y) => entityOf(x)!.label.localeCompare(entityOf(y)!.label))) {
      const entity = entityOf(a)!;
      out.push(`### ${entity.label}`, describe(page, a, `\`${entity.id}\``));
    }
  }
  if (out.length === 1) out.push('No notes yet.');
  return `${out.join('\n\n')}\n`;
}
