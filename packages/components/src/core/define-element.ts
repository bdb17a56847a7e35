import { warnOnce } from './warn.js';

/**
 * Registers a custom element the way every Civic registering entry does.
 *
 * - Registering the same class twice (a bundle imported twice) does nothing.
 * - If another class already owns the tag (two copies of Civic on one page,
 *   typically two versions pulled in by different bundles), the first one wins
 *   and we warn once, because `customElements.define` would otherwise throw and
 *   stop the rest of the page's script.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  const registered = customElements.get(tagName);
  if (registered === undefined) {
    customElements.define(tagName, elementClass);
    return;
  }
  if (registered === elementClass) return;
  warnOnce(
    `<${tagName}> is already registered by another copy of @civic-design/components, ` +
      'so this copy was not registered. Install a single version (check with ' +
      '`npm ls @civic-design/components`) or import the class without its registering entry.',
  );
}
