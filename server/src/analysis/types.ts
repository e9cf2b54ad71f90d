// Plain data produced by the analysis core. Every offset is a UTF-16 code unit
// offset into the document's text, `end` exclusive: the unit of JavaScript strings and LSP.

/**
 * A half-open range of the document's text. The analysis makes a new span rather than change one: V8 compiles the code
 * that reads spans for fields that never change, and drops all of it the first time the end of one span is moved.
 */
export interface Span {
  start: number;
  end: number;
}

export type DocumentFormat = 'markdown' | 'plaintext';

/** A heading and the extent of text it governs (up to the next heading of the same or a higher level). */
export interface Section extends Span {
  title: string;
  /** 1 for the essay's title or a top-level heading, deeper levels nest below it. */
  level: number;
  /** Where the heading itself stands. */
  heading: Span;
}

/**
 * One logical paragraph. A paragraph that a page break, a running head or a note block interrupts is
 * still one paragraph: `parts` lists its pieces in order, `start`/`end` enclose them all.
 */
export interface Paragraph extends Span {
  parts: Span[];
}

/** Text that is not prose: a lone page number, a running head, the rule set over a page's footnotes. */
export interface Debris extends Span {
  kind: 'page-number' | 'running-head' | 'rule';
}

/**
 * A region holding notes: a block inserted at a page break, a notes section, a footnote definition, or Pandoc's inline
 * note (`^[…]`, the marker and its note at once, within a paragraph).
 */
export interface NoteRegion extends Span {
  kind: 'page-break-block' | 'notes-section' | 'footnote-definitions' | 'inline-note';
  /** Set where every line of the text is a paragraph (no width wraps it): an unnumbered note is then a line. */
  linePerParagraph?: true;
}

/** The reading structure of a document. */
export interface DocumentStructure {
  format: DocumentFormat;
  sections: Section[];
  paragraphs: Paragraph[];
  noteRegions: NoteRegion[];
  debris: Debris[];
}

export type EntityKind = 'person' | 'organization' | 'place';

/** One occurrence of a name in the text. */
export interface EntityMention extends Span {
  kind: EntityKind;
  /** The text at the span (without a possessive 's). */
  text: string;
  /** Index into the document's `entities`. */
  entity: number;
}

/** A person, organization or place as one document knows it. */
export interface Entity {
  kind: EntityKind;
  /** The fullest name the document gives. */
  label: string;
  /** Every distinct surface form, in order of appearance. */
  variants: string[];
  /** Indexes into the document's `mentions`, in text order. */
  mentions: number[];
  /** Index into the document's `mentions` of the mention that introduces the entity (its first full-name mention). */
  introduction: number;
  /** An appositive or clause that describes the entity where it is introduced, if the text has one. */
  description?: Span & { text: string };
}

export type DateKind =
  | 'year' | 'year-range' | 'date' | 'date-range' | 'month' | 'month-range' | 'season' | 'part-of-year'
  | 'decade' | 'part-of-decade' | 'century';

/** A calendar expression with its normalized value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `START/END`). */
export interface DateMention extends Span {
  text: string;
  value: string;
  /** What kind of expression it is (`the late 1920s` is a part of a decade). */
  kind?: DateKind;
  /** True when the year or century comes from the surrounding text, not from the expression (`in April`). */
  inferred?: boolean;
}

/** A note marker in the body: `cadres.7`, `[5]`, `<sup>12</sup>`, `[^3]`, `¹²`. */
export interface NoteMarker extends Span {
  /** The marker's label as written (`7`, `^3`). */
  label: string;
  /** Index into the document's `notes`, or null when the text has no note for it. */
  note: number | null;
  /**
   * How it is written: digits glued to a word or punctuation, `[5]`, `<sup>5</sup>`, `[^5]`, `⁵`, `**5**`, a printed book's
   * `*` or `†`, or the `^[` that opens Pandoc's inline note (labelled with the number Pandoc prints).
   */
  style?: 'glued' | 'bracket' | 'superscript' | 'footnote' | 'unicode' | 'bold' | 'symbol' | 'inline';
}

/** The text of one note. */
export interface Note extends Span {
  /** Its number or label, or null for an unnumbered endnote. */
  label: string | null;
  /** Further pieces when the note continues after a page break (`start`/`end` is its first piece). */
  parts: Span[];
}

/** `short`: a short form (`Getty and Naumov, Road to Terror, p. 556`) of a work a fuller reference before it gives. */
export type CitationKind = 'author-year' | 'parenthetical' | 'full' | 'bibliography' | 'ibid' | 'opcit' | 'short';

/** The fields of a bibliographic reference, as far as the text gives them. */
export interface CitationFields {
  authors?: string[];
  title?: string;
  container?: string;
  place?: string;
  publisher?: string;
  year?: string;
  volume?: string;
  pages?: string;
}

export interface Citation extends Span {
  text: string;
  kind: CitationKind;
  fields: CitationFields;
  /** For Ibid., op. cit. and a short form: index into the document's `citations` of the citation it repeats. */
  resolvesTo: number | null;
}

/** Everything the core knows about one document. */
export interface DocumentAnalysis {
  structure: DocumentStructure;
  entities: Entity[];
  mentions: EntityMention[];
  dates: DateMention[];
  markers: NoteMarker[];
  notes: Note[];
  citations: Citation[];
}
