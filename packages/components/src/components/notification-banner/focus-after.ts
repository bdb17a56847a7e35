// Where focus goes when a banner that held it is dismissed: the next thing
// after it a keyboard user could have tabbed to, so they carry on from where
// the banner was rather than from the top of the page (WCAG 2.4.3 focus order).

const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  'iframe',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

function mayTakeFocus(element: Element): element is HTMLElement {
  if (!(element instanceof HTMLElement)) return false;
  // Custom elements such as <civic-button> pass focus to their shadow content.
  return element.matches(FOCUSABLE) || element.shadowRoot?.delegatesFocus === true;
}

/**
 * Focuses the first element after `origin` in document order that accepts
 * focus (hidden and disabled ones refuse it, which `focus()` tells us by not
 * moving it). With none, focus returns to the document body. Returns what
 * now has focus.
 */
export function focusNextAfter(origin: Element): Element | null {
  const document = origin.ownerDocument;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  // The next node after the origin's subtree: its light-DOM content is being hidden with it.
  walker.currentNode = origin;
  let candidate: Node | null;
  do candidate = walker.nextSibling();
  while (candidate === null && walker.parentNode() !== null);
  for (let node = candidate; node !== null; node = walker.nextNode()) {
    if (!(node instanceof Element) || !mayTakeFocus(node)) continue;
    node.focus();
    if (document.activeElement === node) return node;
  }
  (document.activeElement as HTMLElement | null)?.blur();
  return document.activeElement;
}
