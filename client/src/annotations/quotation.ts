// "Copy as quotation": a passage as a Markdown blockquote with its reference, ready to paste in notes.

export interface QuotationReference {
  /** The essay's title, or its file name when the outline has no title. */
  essay: string;
  author?: string;
  /** The innermost section holding the passage, when it is not the essay's title itself. */
  section?: string;
  /** Where the passage is: the essay's path and the line it starts on (1-based). */
  path: string;
  line: number;
}

/**
 * The passage as a blockquote followed by its reference. Lines broken inside a paragraph (as PDF
 * extraction leaves them) are joined; paragraph breaks are kept.
 */
export function formatQuotation(passage: string, ref: QuotationReference): string {
  const paragraphs = passage.split(/\r?\n\s*\r?\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
  const reference = [ref.author, `*${ref.essay}*`, ref.section ? `§ ${ref.section}` : undefined].filter((part) => part).join(', ');
  const quote = paragraphs.map((p) => `> ${p}`).join('\n>\n');
  return `${quote}\n>\n> — ${reference} (${ref.path}, line ${ref.line})\n`;
}

/** A section of the outline, as VS Code's document symbols give it: name, line range, children. */
export interface OutlineSection { name: string; detail?: string; startLine: number; endLine: number; children: OutlineSection[] }

/**
 * The essay's title, author and the section around `line`, read from the outline: the title is a
 * top-level section opening the essay (within its first `titleLines` lines); its `detail`, when the
 * server gives one, is the author.
 */
export function referenceFromOutline(outline: readonly OutlineSection[], line: number, titleLines = 5): { essay?: string; author?: string; section?: string } {
  const title = outline[0] && outline[0].startLine < titleLines ? outline[0] : undefined;
  let section: OutlineSection | undefined;
  for (let level = outline; ;) {
    const inside = level.find((s) => s.startLine <= line && line <= s.endLine);
    if (!inside) break;
    section = inside;
    level = inside.children;
  }
  return {
    essay: title?.name,
    author: title?.detail || undefined,
    section: section && section !== title ? section.name : undefined,
  };
}
