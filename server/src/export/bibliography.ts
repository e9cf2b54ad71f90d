// An essay's works cited as CSL-JSON and BibTeX, through citation-js (made for the job): the core gives
// normalized CSL-JSON, its BibTeX plugin writes BibTeX from it. Outside the pure core: it formats, it
// does not analyse.
import { Cite, type CSL } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { parse as parseName } from '@citation-js/name';
import type { CitationFields } from '../analysis/types';
import type { Work } from '../analysis/citations';

/** The CSL type a reference's fields suggest: a book has a publisher or place, an article a container. */
function typeOf(fields: CitationFields): string {
  if (fields.container && !fields.place && !fields.publisher) return 'article-journal';
  if (fields.container) return 'chapter';
  if (fields.place || fields.publisher) return 'book';
  return 'document';
}

/** A citation key: the first author's surname and the year (`trotsky1973`), made unique by the caller. */
function keyOf(fields: CitationFields): string {
  const surname = fields.authors?.[0]?.split(/\s+/).at(-1) ?? fields.title?.split(/\s+/)[0] ?? 'work';
  const base = surname.normalize('NFD').replace(/[^A-Za-z0-9]/g, '').toLowerCase() || 'work';
  return `${base}${fields.year ?? ''}`;
}

/** One work as a CSL-JSON item. */
function toCsl(fields: CitationFields, id: string): Record<string, unknown> {
  const type = typeOf(fields);
  const item: Record<string, unknown> = { id, 'citation-key': id, type };
  if (fields.authors?.length) item.author = fields.authors.map((name) => parseName(name));
  if (fields.title) item.title = fields.title;
  if (fields.container) item['container-title'] = fields.container;
  if (fields.place) item['publisher-place'] = fields.place;
  if (fields.publisher) item.publisher = fields.publisher;
  if (fields.year) item.issued = { 'date-parts': [[Number(fields.year.slice(0, 4))]] };
  if (fields.volume) item.volume = fields.volume;
  // The pages a citation gives are where it points; only an article's or chapter's span the work.
  if (fields.pages && type !== 'book' && type !== 'document') item.page = fields.pages;
  return item;
}

/** The works as citation-js data, each with a unique id; works the text says too little about are left out. */
function citeOf(works: Work[]): Cite {
  const used = new Map<string, number>();
  const items = works.filter((w) => w.fields.title || w.fields.authors?.length).map((w) => {
    const key = keyOf(w.fields);
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    return toCsl(w.fields, n === 0 ? key : `${key}${String.fromCharCode(97 + ((n - 1) % 26))}`);
  });
  return new Cite(items);
}

/** The works cited as CSL-JSON items. */
export function worksCitedAsCslJson(works: Work[]): CSL[] {
  return citeOf(works).data;
}

/** The works cited as BibTeX entries. */
export function worksCitedAsBibtex(works: Work[]): string {
  return citeOf(works).format('bibtex', { format: 'text' }) as string;
}
