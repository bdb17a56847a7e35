// The base of Civic's content components (tag, panel, notification banner,
// task list, summary list, status tracker, timeline): everything a person
// reads or follows is ordinary HTML in the page, written by a server or built
// by the element from its attributes, and styled by CSS alone.
//
// Two ways to author, one DOM (docs/decisions/0006):
// - A server writes the canonical HTML; the element adopts it as it is.
// - A page or a framework gives attributes, and for lists data children
//   (<civic-task>, <civic-summary-row>, ...); the element builds the same HTML
//   from the component's one markup function.
// The element's own parts are the children its markup function returns for
// the host. Content the page put in the element (a panel's body) stays where
// the page or framework put it; the parts go before and after it, at the
// place the markup marks with authoredContent(). Nothing is moved or cloned,
// so a framework that owns those children can keep updating them.
import { CivicLightElement } from './light-element.js';
import { LocaliseController } from './localisation.js';
import { toDom } from './markup-dom.js';
import { isAuthoredContent, type MarkupElement, type MarkupNode } from './markup.js';
import { warnOnce } from './warn.js';

/** The class of a list's data children, such as CivicTask. */
type DataChildType = CustomElementConstructor & (abstract new (...args: never[]) => HTMLElement);

export abstract class CivicContentElement<P extends object> extends CivicLightElement {
  /** Attributes whose change rebuilds the parts; each subclass lists its own. */
  protected static contentAttributes: readonly string[] = [];

  /**
   * A list's data children (CivicTask, CivicSummaryRow...): the list builds
   * its parts from them, and a change to its children rebuilds it. A list a
   * server wrote has none; changing its attributes then keeps what the server
   * wrote (with a warning), because building it again would empty it.
   */
  protected static dataChildren: readonly DataChildType[] = [];

  /**
   * Host attributes the markup decides (a banner's `role`), set and removed
   * on every build whatever the page wrote; they must not be content attributes.
   */
  protected static ownedHostAttributes: readonly string[] = [];

  static get observedAttributes(): string[] {
    return [...this.contentAttributes];
  }

  protected readonly text = new LocaliseController(this);

  #builtFromAttributes = false;
  #attributesChanged = false;
  // What last asked for a rebuild, for the warning when it cannot happen.
  #changed = '';
  #applying = false;
  #observer: MutationObserver | null = null;

  /** The parameters the element's attributes (and data children) give. */
  protected abstract paramsFromAttributes(): P;

  /** The component's one markup function: the host element and what it holds. */
  protected abstract markup(params: P): MarkupElement;

  /**
   * Selects the element's own parts among its children, whether a server
   * wrote them or the element built them: `:scope > .civic-panel__title`.
   */
  protected abstract readonly partSelector: string;

  /** Whether the parts were built from attributes (rather than adopted from a server's HTML). */
  protected get isBuiltFromAttributes(): boolean {
    return this.#builtFromAttributes;
  }

  /** Runs after the parts were adopted or (re)built: wire behaviour to them here. */
  protected partsReady(): void {
    // Nothing by default.
  }

  protected override enhance(): void {
    // A parser that is still reading the page has not given the element its
    // children yet: a server's parts may be on their way. Module scripts run
    // after parsing, but a classic script in <head> does not.
    if (this.ownerDocument.readyState === 'loading') {
      this.ownerDocument.addEventListener('DOMContentLoaded', () => this.#enhanceNow(), {
        once: true,
      });
      return;
    }
    this.#enhanceNow();
  }

  #enhanceNow(): void {
    if (this.#parts().length === 0) this.#build();
    else this.partsReady();
    this.#observeChildren();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observeChildren();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
    if (this.#applying || oldValue === newValue || !this.isEnhanced) return;
    this.#attributesChanged = true;
    this.#changed = _name;
    this.requestUpdate();
  }

  protected override update(): void {
    // A server's HTML says what the server meant, in the language it chose;
    // the element only takes over once the page changes what it was given.
    if (!this.#builtFromAttributes && !this.#attributesChanged) return;
    this.#attributesChanged = false;
    if (!this.#builtFromAttributes && this.#isServerListAlone()) {
      const tags = this.#dataChildTypes()
        .map((type) => `<${customElements.getName(type) ?? type.name}>`)
        .join(' or ');
      warnOnce(
        `<${this.localName}> keeps the list its server wrote when ${this.#changed} changes, ` +
          `because it has no ${tags} children to build one from: have the server write the ` +
          `change, or give the list ${tags} children.`,
      );
      return;
    }
    this.#build();
  }

  #dataChildTypes(): readonly DataChildType[] {
    return (this.constructor as typeof CivicContentElement).dataChildren;
  }

  // A list whose parts a server wrote, with no data children to build from.
  #isServerListAlone(): boolean {
    const types = this.#dataChildTypes();
    return types.length > 0 && types.every((type) => childrenOfType(this, type).length === 0);
  }

  #parts(): Element[] {
    return [...this.querySelectorAll(this.partSelector)];
  }

  #build(): void {
    const tree = this.markup(this.paramsFromAttributes());
    this.#observer?.takeRecords();
    this.#applying = true;
    try {
      this.#applyHostAttributes(tree);
      for (const part of this.#parts()) part.remove();
      const marker = tree.children.findIndex(isAuthoredContent);
      const before = marker === -1 ? [] : tree.children.slice(0, marker);
      const after = marker === -1 ? tree.children : tree.children.slice(marker + 1);
      this.prepend(...nodes(before, this.ownerDocument));
      this.append(...nodes(after, this.ownerDocument));
    } finally {
      this.#applying = false;
      this.#observer?.takeRecords();
    }
    this.#builtFromAttributes = true;
    this.partsReady();
  }

  #applyHostAttributes(tree: MarkupElement): void {
    const owned = (this.constructor as typeof CivicContentElement).ownedHostAttributes;
    const wanted = new Map<string, string>();
    for (const [name, value] of Object.entries(tree.attributes)) {
      if (value === false || value === null || value === undefined) continue;
      wanted.set(name, value === true ? '' : String(value));
    }
    for (const name of owned) {
      const value = wanted.get(name);
      if (value === undefined) this.removeAttribute(name);
      else if (this.getAttribute(name) !== value) this.setAttribute(name, value);
    }
    // Any other attribute the markup gives the host is what the page wrote
    // (the markup takes it from the attributes); a page's own value stays.
    for (const [name, value] of wanted) {
      if (!owned.includes(name) && !this.hasAttribute(name)) this.setAttribute(name, value);
    }
  }

  #observeChildren(): void {
    if (this.#dataChildTypes().length === 0) return;
    if (!this.isConnected || !this.isEnhanced) return;
    this.#observer ??= new MutationObserver((records) => this.#childrenChanged(records));
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
  }

  #childrenChanged(records: MutationRecord[]): void {
    const parts = this.#parts();
    const insidePart = (node: Node) => parts.some((part) => part.contains(node));
    // The element's own attributes arrive through attributeChangedCallback.
    const ownChange = (record: MutationRecord) =>
      insidePart(record.target) || (record.target === this && record.type === 'attributes');
    if (records.every(ownChange)) return;
    this.#attributesChanged = true;
    this.#changed = 'its children';
    this.requestUpdate();
  }
}

function nodes(children: readonly MarkupNode[], document: Document): Node[] {
  return children.map((child) => toDom(child, document)).filter((node) => node !== null);
}

/**
 * The element's children of the class `type` (data children such as
 * <civic-task>), in order. Found by class, not by a tag name written here:
 * the tag is whatever the class was registered as. A child not upgraded yet
 * (a parent upgrades before its children when they arrive together) is
 * matched by that registered tag; read it by its attributes.
 */
export function childrenOfType<T extends HTMLElement>(
  parent: Element,
  type: CustomElementConstructor & (abstract new (...args: never[]) => T),
): T[] {
  const tag = customElements.getName(type);
  return [...parent.children].filter(
    (child): child is T => child instanceof type || (tag !== null && child.localName === tag),
  );
}
