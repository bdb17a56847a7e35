// Markup as data: each component's canonical HTML is defined once, by a pure
// function that returns a small element tree. The same tree becomes an HTML
// string for servers and Nunjucks (markup-html.ts) and DOM nodes in the
// browser (markup-dom.ts), so what a server writes and what an element builds
// from its attributes cannot drift apart. See docs/decisions/0005.

/** An attribute value: a string or number is written as text; `true` writes the bare attribute; `false`, `null` and `undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

/** One element of the tree. Children are written in order. */
export interface MarkupElement {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly children: readonly MarkupNode[];
}

/**
 * HTML a server page supplies itself (a hint holding a link), written as it is
 * by the HTML renderer. It is the page's own trusted HTML, as with the `html`
 * options of GOV.UK Frontend's macros; the browser renderer writes it as text.
 */
export interface RawHtml {
  readonly html: string;
}

/**
 * Where the page's own content goes in a component that holds it (a panel's
 * body, a banner's message). A server passes that content as trusted HTML
 * and it is written there; in the browser the content is the element's own
 * children, which stay where the page (or a framework) put them, and the
 * element's parts are built around them (core/content-element.ts).
 */
export interface AuthoredContent {
  readonly authoredHtml: string | undefined;
}

/** A child: an element, text, raw HTML, the page's content, or nothing (skipped). */
export type MarkupNode =
  MarkupElement | RawHtml | AuthoredContent | string | null | undefined | false;

/** An element: `h('label', { for: 'name' }, 'Full name')`. */
export function h(
  tag: string,
  attributes: Record<string, AttributeValue> = {},
  ...children: MarkupNode[]
): MarkupElement {
  return { tag, attributes, children };
}

/** Trusted HTML from the page's own server code; see `RawHtml`. */
export function raw(html: string): RawHtml {
  return { html };
}

/** The place of the page's own content; `html` is what a server passes for it. */
export function authoredContent(html?: string): AuthoredContent {
  return { authoredHtml: html };
}

export function isAuthoredContent(node: MarkupNode): node is AuthoredContent {
  return typeof node === 'object' && node !== null && 'authoredHtml' in node;
}

export function isElement(node: MarkupNode): node is MarkupElement {
  return typeof node === 'object' && node !== null && 'tag' in node;
}

export function isRaw(node: MarkupNode): node is RawHtml {
  return typeof node === 'object' && node !== null && 'html' in node;
}

/** Space-separated class names, skipping empty ones: `classes('civic-input', error && 'civic-input--error')`. */
export function classes(...names: (string | false | null | undefined)[]): string {
  return names.filter((name): name is string => typeof name === 'string' && name !== '').join(' ');
}

/** Space-separated ids for `aria-describedby`, or undefined when there are none (the attribute is left out). */
export function idList(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids
    .flatMap((id) => (typeof id === 'string' ? id.split(/\s+/) : []))
    .filter((id) => id !== '');
  return list.length === 0 ? undefined : [...new Set(list)].join(' ');
}
