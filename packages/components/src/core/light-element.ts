// The base of Civic's HTML-first elements: a plain custom element whose
// content is ordinary DOM in the page (written by a server, or built from
// attributes), with no shadow root and no template engine. It speaks Lit's
// controller protocol so shared controllers (localisation, announcers) work
// with it as with Lit elements.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

// Before `customElements.define` runs, `el.value = 'x'` makes an own property
// on the plain element that hides the class's accessor after the upgrade.
// Taking such properties back out and setting them again keeps what a page
// set early (https://web.dev/articles/custom-elements-best-practices#make-properties-lazy).
function upgradeProperties(element: HTMLElement, names: readonly string[]): void {
  for (const name of names) {
    if (!Object.prototype.hasOwnProperty.call(element, name)) continue;
    const value = (element as unknown as Record<string, unknown>)[name];
    Reflect.deleteProperty(element, name);
    (element as unknown as Record<string, unknown>)[name] = value;
  }
}

export abstract class CivicLightElement extends HTMLElement implements ReactiveControllerHost {
  /** Properties a page may set before the element is defined; see upgradeProperties. */
  protected static upgradedProperties: readonly string[] = [];

  readonly #controllers = new Set<ReactiveController>();
  #updatePending = false;
  #updateComplete: Promise<boolean> = Promise.resolve(true);
  #enhanced = false;

  /** Whether the element has enhanced (or built) its markup. */
  protected get isEnhanced(): boolean {
    return this.#enhanced;
  }

  connectedCallback(): void {
    // Controllers first: the markup is built in the page's language.
    for (const controller of this.#controllers) controller.hostConnected?.();
    for (const controller of this.#controllers) controller.hostUpdated?.();
    if (!this.#enhanced) {
      this.#enhanced = true;
      this.enhance();
      upgradeProperties(this, (this.constructor as typeof CivicLightElement).upgradedProperties);
      this.enhanced();
    }
  }

  disconnectedCallback(): void {
    for (const controller of this.#controllers) controller.hostDisconnected?.();
  }

  /** Finds the server-written markup, or builds it from attributes; runs once, on first connection. */
  protected abstract enhance(): void;

  /** Runs once after `enhance` and after early-set properties were applied. */
  protected enhanced(): void {
    // Nothing by default.
  }

  /** Re-applies state that depends on the page (its language); runs after `requestUpdate`. */
  protected update(): void {
    // Nothing by default.
  }

  /** @internal */
  addController(controller: ReactiveController): void {
    this.#controllers.add(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  /** @internal */
  removeController(controller: ReactiveController): void {
    this.#controllers.delete(controller);
  }

  /** @internal Asks for `update()` in a microtask; several requests make one update. */
  requestUpdate(): void {
    if (this.#updatePending) return;
    this.#updatePending = true;
    this.#updateComplete = Promise.resolve().then(() => {
      this.#updatePending = false;
      if (this.#enhanced) this.update();
      for (const controller of this.#controllers) controller.hostUpdated?.();
      return true;
    });
  }

  /** Resolves when a requested update has run, as on Lit elements. */
  get updateComplete(): Promise<boolean> {
    return this.#updateComplete;
  }
}
