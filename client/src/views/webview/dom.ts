// Building the page from data: every piece of essay text goes in as a text node.

/** An element with a class and text content (as text, never parsed as HTML). */
export function element<K extends keyof HTMLElementTagNameMap>(
  document: Document, tag: K, className?: string, text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A button that shows whether it is on (for toggles) and does `action` when pressed. */
export function toggleButton(document: Document, label: string, pressed: boolean, action: () => void): HTMLButtonElement {
  const button = element(document, 'button', 'toggle', label);
  button.type = 'button';
  button.setAttribute('aria-pressed', String(pressed));
  button.addEventListener('click', action);
  return button;
}
