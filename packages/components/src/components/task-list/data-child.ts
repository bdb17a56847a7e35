// What the task list's data children share: reading their attributes, and
// telling a developer when one is where no list reads it.
import { warnOnce } from '../../core/warn.js';

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
