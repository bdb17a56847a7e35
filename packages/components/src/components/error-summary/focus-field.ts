// What a link in the error summary does: focus the field and show its
// question. Following the link as a plain fragment would scroll the input to
// the top of the window, with its label and legend cut off above it, and would
// not move focus into a Civic control's shadow root. So the summary handles
// the click itself (the public-sector error summary pattern).
import { isCivicControl } from './items.js';

// Elements that take part in validation but cannot take focus for input.
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
 * when it is a form control (native or Civic), else the first control inside
 * it (a link to a group of inputs, such as a date, goes to its first input).
 */
export function fieldFor(target: HTMLElement): HTMLElement | null {
  if (isField(target)) return target;
  return [...target.querySelectorAll<HTMLElement>('*')].find(isField) ?? null;
}

/**
 * What to scroll to the top of the window so the question shows: the legend
 * of the field's fieldset if the field still fits on screen under it, else
 * the field's label. A Civic control draws its label at its top, so it is its
 * own label.
 */
function questionOf(field: HTMLElement): Element {
  const legend = field.closest('fieldset')?.querySelector(':scope > legend');
  if (legend) {
    const distance = field.getBoundingClientRect().bottom - legend.getBoundingClientRect().top;
    if (distance < window.innerHeight) return legend;
  }
  if (isCivicControl(field)) return field;
  const labels = (field as Partial<HTMLInputElement>).labels;
  return labels?.[0] ?? field;
}

/** Focuses the field (inside a Civic control, its native input) and shows its question at the top. */
export function focusField(field: HTMLElement): void {
  field.focus({ preventScroll: true });
  questionOf(field).scrollIntoView({ block: 'start', inline: 'nearest' });
}
