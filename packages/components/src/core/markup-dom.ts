// DOM nodes from a markup tree, for elements that build their canonical HTML
// from attributes. Built with createElement and text nodes, never innerHTML,
// so it needs no Trusted Types policy and text can never become markup.
import { isElement, isRaw, type MarkupElement, type MarkupNode } from './markup.js';

// An <svg> and everything in it are SVG elements, as the HTML parser makes them.
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** The tree as a DOM node (null for nothing). */
export function toDom(
  node: MarkupNode,
  document: Document = globalThis.document,
  namespace?: string,
): Node | null {
  if (node === null || node === undefined || node === false) return null;
  if (typeof node === 'string') return document.createTextNode(node);
  // Raw HTML comes only from a server's own parameters; a browser build gets
  // attributes, which are text, so it is shown as text rather than parsed.
  if (isRaw(node)) return document.createTextNode(node.html);
  // The page's own content is already in the element (core/content-element.ts).
  if (!isElement(node)) return null;
  return elementFrom(node, document, namespace);
}

/** An element and its subtree. */
export function elementFrom(
  node: MarkupElement,
  document: Document = globalThis.document,
  namespace?: string,
): Element {
  const elementNamespace = node.tag === 'svg' ? SVG_NAMESPACE : namespace;
  const element =
    elementNamespace === undefined
      ? document.createElement(node.tag)
      : document.createElementNS(elementNamespace, node.tag);
  for (const [name, value] of Object.entries(node.attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of node.children) {
    const built = toDom(child, document, elementNamespace);
    if (built !== null) element.append(built);
  }
  // A textarea's text children are its default value, as in HTML.
  return element;
}
