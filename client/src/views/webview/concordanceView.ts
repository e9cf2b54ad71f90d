// Mentions in context: a keyword-in-context table, the keyword in one aligned column, sortable by
// left context, right context or essay; a row opens its place with a click or Enter, arrows move.
import type { Concordance, MentionRow } from '../../../../server/src/features/views';
import { element, toggleButton } from './dom';
import { sortRows, type KwicOrder } from './kwicOrder';

export interface ConcordanceActions {
  open(row: MentionRow): void;
  sort(order: KwicOrder): void;
}

const ORDERS: [KwicOrder, string][] = [['left', 'Left context'], ['right', 'Right context'], ['essay', 'Essay']];

function row(document: Document, item: MentionRow, actions: ConcordanceActions): HTMLTableRowElement {
  const tr = element(document, 'tr', 'kwic-row');
  tr.tabIndex = 0;
  tr.setAttribute('aria-label', `${item.excerpt.before}${item.excerpt.keyword}${item.excerpt.after} — ${item.location.essay}, line ${item.location.line}`);
  const left = element(document, 'td', 'left');
  left.append(element(document, 'div', 'clip', item.excerpt.before));
  const essay = element(document, 'td', 'essay', `${item.location.essay}:${item.location.line}`);
  essay.title = `${item.location.essay}, line ${item.location.line}`;
  // The keyword opens the right cell, so every keyword starts at the same place and its context follows it.
  const right = element(document, 'td', 'right');
  right.append(element(document, 'span', 'keyword', item.excerpt.keyword), item.excerpt.after);
  tr.append(essay, left, right);
  tr.addEventListener('click', () => actions.open(item));
  tr.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      actions.open(item);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling;
      (next as HTMLElement | null)?.focus();
    }
  });
  return tr;
}

/** Replaces the content of `root` with the table of `concordance` in the given order. */
export function renderConcordance(root: HTMLElement, concordance: Concordance | null, order: KwicOrder, actions: ConcordanceActions): void {
  const document = root.ownerDocument;
  root.replaceChildren();
  if (!concordance) {
    root.append(element(document, 'p', 'empty', 'Place the cursor on a name or a word and run “Close Reading: Show Mentions in Context”.'));
    return;
  }
  const header = element(document, 'header', 'toolbar');
  const count = concordance.rows.length;
  const heading = element(document, 'h1', undefined, `“${concordance.title}”`);
  const summary = element(document, 'span', 'summary', `${count}${concordance.truncated ? '+' : ''} occurrence${count === 1 ? '' : 's'}${'entity' in concordance.query ? ', all spellings' : ', whole word'}`);
  const sorts = element(document, 'div', 'group');
  sorts.setAttribute('role', 'group');
  sorts.setAttribute('aria-label', 'Sort by');
  sorts.append(element(document, 'span', 'label', 'Sort by'), ...ORDERS.map(([key, label]) => toggleButton(document, label, key === order, () => actions.sort(key))));
  header.append(heading, summary, sorts);
  root.append(header);
  if (!count) {
    root.append(element(document, 'p', 'empty', 'No occurrences in the corpus.'));
    return;
  }
  const table = element(document, 'table', 'kwic');
  table.setAttribute('aria-label', `Occurrences of ${concordance.title}`);
  const head = element(document, 'tr');
  head.append(element(document, 'th', 'essay', 'Essay'), element(document, 'th', 'left', 'Left context'), element(document, 'th', 'right', 'Keyword and right context'));
  const body = element(document, 'tbody');
  body.append(...sortRows(concordance.rows, order).map((item) => row(document, item, actions)));
  const thead = element(document, 'thead');
  thead.append(head);
  table.append(thead, body);
  root.append(table);
}
