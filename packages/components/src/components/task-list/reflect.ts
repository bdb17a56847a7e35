// Properties of the task list's elements reflect to their attributes, which
// are what the list reads (data children are data, like <option>s). A wrong
// type set by script never becomes "[object Object]" or "NaN" on the page.
import { shownValue } from '../../core/enumerated.js';
import { warnOnce } from '../../core/warn.js';

/** Sets `attribute` to `value` as text, or removes it for `null` and `undefined`; any other type is refused with a warning. */
export function reflectText(element: Element, attribute: string, value: unknown): void {
  if (value === null || value === undefined) {
    element.removeAttribute(attribute);
    return;
  }
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
    element.setAttribute(attribute, String(value));
    return;
  }
  warnOnce(
    `<${element.localName}> ${attribute} must be text, not ${shownValue(value)}, so it is removed.`,
  );
  element.removeAttribute(attribute);
}

/** An attribute's value, or undefined when it is absent. */
export function attributeOf(element: Element, attribute: string): string | undefined {
  return element.getAttribute(attribute) ?? undefined;
}

/**
 * Warns when a data child is not where its list can read it: alone it shows
 * nothing, which a developer would otherwise have to puzzle out. A parent not
 * upgraded yet (its definition runs next) is checked again in a microtask.
 */
export function warnUnlessInside(
  element: Element,
  isHolder: (parent: Element) => boolean,
  holderName: string,
): void {
  const check = (again: boolean) => {
    const parent = element.parentElement;
    if (!element.isConnected || (parent !== null && isHolder(parent))) return;
    if (!again && parent?.matches(':not(:defined)') === true) {
      queueMicrotask(() => check(true));
      return;
    }
    warnOnce(
      `<${element.localName}> is not inside a ${holderName}, so it is not shown: put it in one.`,
    );
  };
  check(false);
}
