// In the Markdown preview, note markers link to their notes: `[^n]` footnotes through
// markdown-it-footnote, and `<sup>n</sup>` markers to the note numbered n that follows them (an
// ordered-list item `n.` or a paragraph that starts with `<sup>n</sup>`). And the reader's highlights
// of the essay show as marked text.
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

/** A reader's highlight as the preview shows it: the passage's text and a CSS color. */
export interface PreviewHighlight {
  exact: string;
  color: string;
}

/** Only plain CSS colors reach the preview's HTML: a name, a hex code, or rgb()/rgba() of numbers. */
const SAFE_COLOR = /^(?:#[0-9a-f]{3,8}|[a-z]{3,20}|rgba?\([\d\s.,%]+\))$/i;
const FALLBACK_COLOR = 'rgba(255, 213, 0, 0.35)';

/** Wraps each highlighted passage that stands whole inside one text run in `<mark>`; the text itself stays a text token. */
function markHighlights(state: StateCore, highlights: readonly PreviewHighlight[]): void {
  const usable = highlights.filter((h) => h.exact.trim().length >= 2);
  if (usable.length === 0) return;
  for (const token of state.tokens) {
    if (token.type !== 'inline' || !token.children) continue;
    const children: Token[] = [];
    for (const child of token.children) {
      if (child.type !== 'text') { children.push(child); continue; }
      let rest = child.content;
      for (;;) {
        let found: { at: number; highlight: PreviewHighlight } | null = null;
        for (const highlight of usable) {
          const at = rest.indexOf(highlight.exact);
          if (at >= 0 && (!found || at < found.at)) found = { at, highlight };
        }
        if (!found) break;
        const piece = (content: string, type = 'text') => Object.assign(new state.Token(type, '', 0), { content });
        if (found.at > 0) children.push(piece(rest.slice(0, found.at)));
        const color = SAFE_COLOR.test(found.highlight.color) ? found.highlight.color : FALLBACK_COLOR;
        children.push(piece(`<mark class="close-reading-highlight" style="background-color: ${color}">`, 'html_inline'));
        children.push(piece(found.highlight.exact));
        children.push(piece('</mark>', 'html_inline'));
        rest = rest.slice(found.at + found.highlight.exact.length);
      }
      if (rest) children.push(Object.assign(new state.Token('text', '', 0), { content: rest }));
    }
    token.children = children;
  }
}

/**
 * The plugin VS Code's Markdown preview calls (see `extendMarkdownIt` in extension.ts);
 * `highlightsOf` gives the reader's highlights of the previewed document (by its uri).
 */
export function previewPlugin(highlightsOf: (documentUri: string) => readonly PreviewHighlight[]) {
  return (md: MarkdownIt): MarkdownIt => {
    md.use(footnote);
    md.core.ruler.push('close_reading_note_links', (state) => { linkNoteMarkers(state); return false; });
    md.core.ruler.push('close_reading_highlights', (state) => {
      const uri = (state.env as { currentDocument?: { toString(): string } } | undefined)?.currentDocument?.toString();
      if (uri) markHighlights(state, highlightsOf(uri));
      return false;
    });
    return md;
  };
}
