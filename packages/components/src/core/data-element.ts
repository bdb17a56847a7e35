// Data children: elements a parent reads, as a <select> reads its <option>s
// (a task in a task list, a row in a summary list, a stage, an event). They
// are never rendered (each component's CSS hides them); the parent finds them
// by class and builds what a person reads from their attributes and text
// (core/content-element.ts, docs/decisions/0006).
import { CivicLightElement } from './light-element.js';
import { warnOnce } from './warn.js';

/** An attribute's value, or undefined when it is absent. */
export function attributeOf(element: Element, attribute: string): string | undefined {
  return element.getAttribute(attribute) ?? undefined;
}

/**
 * Warns when a data child is not where a parent reads it: alone it shows
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

export abstract class CivicDataElement extends CivicLightElement {
  /** What holds this element, as a warning names it: `<civic-task-list>`. */
  protected abstract readonly holderName: string;

  /** Whether `parent` is an element that reads this one. */
  protected abstract isHolder(parent: Element): boolean;

  protected enhance(): void {
    // Data only: the parent builds what a person reads.
  }

  override connectedCallback(): void {
    super.connectedCallback();
    warnUnlessInside(this, (parent) => this.isHolder(parent), this.holderName);
  }
}
