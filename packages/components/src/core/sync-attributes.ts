// Keeps an element's attributes in step with its markup for the current state:
// attributes the markup has are set, and attributes the markup leaves out that
// it could have had are removed. Attributes it never writes (a page's own
// data-* or aria-* ones) are left alone, as is the node itself, so a control
// keeps its value, focus and selection.
import type { MarkupElement } from './markup.js';

// Attributes a Civic markup function may write on a control or its group.
const MANAGED = new Set([
  'class',
  'name',
  'type',
  'rows',
  'inputmode',
  'spellcheck',
  'autocapitalize',
  'autocorrect',
  'enterkeyhint',
  'autocomplete',
  'minlength',
  'pattern',
  'required',
  'disabled',
  'readonly',
  'aria-describedby',
  'aria-invalid',
]);

export function syncAttributes(
  element: Element,
  markup: MarkupElement,
  skip: readonly string[],
): void {
  for (const name of MANAGED) {
    if (skip.includes(name)) continue;
    const value = markup.attributes[name];
    if (value === false || value === null || value === undefined) {
      if (element.hasAttribute(name)) element.removeAttribute(name);
      continue;
    }
    let text = value === true ? '' : String(value);
    // A page's own classes stay; only Civic's (civic-…) follow the markup.
    if (name === 'class') text = withPageClasses(element, text);
    if (element.getAttribute(name) !== text) element.setAttribute(name, text);
  }
}

function withPageClasses(element: Element, civicClasses: string): string {
  const pageClasses = [...element.classList].filter((name) => !name.startsWith('civic-'));
  return [...civicClasses.split(' '), ...pageClasses].filter((name) => name !== '').join(' ');
}
