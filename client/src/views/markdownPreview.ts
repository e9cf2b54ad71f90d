// In the Markdown preview, note markers link to their notes: `[^n]` footnotes through
// markdown-it-footnote, and `<sup>n</sup>` markers to the note numbered n that follows them (an
// ordered-list item `n.` or a paragraph that starts with `<sup>n</sup>`).
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import footnote from 'markdown-it-footnote';

const LABEL = /^\s*([0-9]{1,4}|[a-z*†‡§])\s*$/i;

interface Marker { children: Token[]; at: number; label: string; position: number }

/** `<sup>` label `</sup>` starting at children[at], or null. */
function supLabel(children: Token[], at: number): string | null {
  const [open, text, close] = children.slice(at, at + 3);
  if (open?.type !== 'html_inline' || !/^<sup>$/i.test(open.content) || text?.type !== 'text' || close?.type !== 'html_inline' || !/^<\/sup>$/i.test(close.content)) return null;
  return LABEL.exec(text.content)?.[1] ?? null;
}

function linkNoteMarkers(state: StateCore): void {
  const targets: { label: string; position: number; token: Token }[] = [];
  const markers: Marker[] = [];
  state.tokens.forEach((token, position) => {
    if (token.type === 'list_item_open' && token.info) targets.push({ label: token.info, position, token });
    if (token.type !== 'inline' || !token.children) return;
    const children = token.children;
    const opensParagraph = state.tokens[position - 1]?.type === 'paragraph_open';
    children.forEach((_, at) => {
      const label = supLabel(children, at);
      if (label === null) return;
      if (at === 0 && opensParagraph) targets.push({ label, position: position - 1, token: state.tokens[position - 1] });
      else markers.push({ children, at, label, position });
    });
  });
  const used = new Map<Token, string>();
  // Later markers first, so that inserting tokens does not move the markers still to do.
  for (const marker of markers.reverse()) {
    const target = targets.find((t) => t.label === marker.label && t.position > marker.position);
    if (!target) continue;
    const id = used.get(target.token) ?? `close-reading-note-${marker.label}-${target.position}`;
    used.set(target.token, id);
    target.token.attrSet('id', id);
    const open = new state.Token('link_open', 'a', 1);
    open.attrs = [['href', `#${id}`], ['class', 'close-reading-note-link']];
    const close = new state.Token('link_close', 'a', -1);
    marker.children.splice(marker.at + 1, 1, open, marker.children[marker.at + 1], close);
  }
}

/** The plugin VS Code's Markdown preview calls (see `extendMarkdownIt` in extension.ts). */
export function noteLinks(md: MarkdownIt): MarkdownIt {
  md.use(footnote);
  md.core.ruler.push('close_reading_note_links', (state) => { linkNoteMarkers(state); return false; });
  return md;
}
