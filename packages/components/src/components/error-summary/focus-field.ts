// What a link in the error summary does: focus the field and show its
// question. Following the link as a plain fragment would scroll the input to
// the top of the window with its label (or legend) cut off above it, so the
// summary handles the click itself (the public-sector error summary pattern).
// Without script the link is an ordinary `#id` link to the native control.
import { isQuestion } from '../../core/field-element.js';

// Elements that take part in validation and take focus for input.
function isField(element: Element): boolean {
  if (
    element instanceof HTMLFieldSetElement ||
    element instanceof HTMLOutputElement ||
    element instanceof HTMLObjectElement
  )
    return false;
  if (element instanceof HTMLInputElement && element.type === 'hidden') return false;
  return element instanceof HTMLElement && 'willValidate' in element;
}

/**
 * The control to focus for the element a link points at: the element itself
 * when it is a form control, a Civic question's native control, else the
 * first control inside it (a link to a group of inputs goes to its first).
 */
export function fieldFor(target: HTMLElement): HTMLElement | null {
  if (isField(target)) return target;
  if (isQuestion(target) && target.control !== null) return target.control;
  return [...target.querySelectorAll<HTMLElement>('*')].find(isField) ?? null;
}

/** The element a same-page link like `#full-name` points at, in `root`. */
export function elementForHref(href: string, root: Node): HTMLElement | null {
  if (!href.startsWith('#') || href.length < 2) return null;
  let id = href.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A stray % is part of the id.
  }
  const tree = root as Partial<Document | ShadowRoot>;
  return tree.getElementById?.(id) ?? null;
}

/**
 * What to scroll to the top of the window so the question shows: the legend
 * of the field's fieldset if the field still fits on screen under it, else
 * the field's label, else the field.
 */
function questionOf(field: HTMLElement): Element {
  const legend = field.closest('fieldset')?.querySelector(':scope > legend');
  if (legend) {
    const distance = field.getBoundingClientRect().bottom - legend.getBoundingClientRect().top;
    if (distance < window.innerHeight) return legend;
  }
  const labels = (field as Partial<HTMLInputElement>).labels;
  return labels?.[0] ?? field;
}

/** Focuses the field and shows its question at the top of the window. */
export function focusField(field: HTMLElement): void {
  field.focus({ preventScroll: true });
  questionOf(field).scrollIntoView({ block: 'start', inline: 'nearest' });
}
