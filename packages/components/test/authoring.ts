// The two ways to author a Civic component, for tests: the HTML a server
// writes (the markup function's HTML, parsed by the browser) and attributes
// only (the element builds the same DOM). Every suite runs in both, and
// `expectSameDom` proves they are the same DOM.
import { expect } from '@open-wc/testing';
import { toHtml } from '../src/core/markup-html.js';
import type { MarkupElement } from '../src/core/markup.js';

export type Authoring = 'server HTML' | 'attributes';
export const AUTHORINGS: readonly Authoring[] = ['server HTML', 'attributes'];

// Properties whose attribute is one lower-case word, as on native elements.
const ONE_WORD_ATTRIBUTES = new Set([
  'readOnly',
  'minLength',
  'maxLength',
  'maxWords',
  'autocomplete',
  'inputmode',
  'enterkeyhint',
  'autocapitalize',
  'spellcheck',
  'formAction',
  'formMethod',
  'formEnctype',
  'formNoValidate',
  'formTarget',
]);

/** The attribute a markup parameter becomes: `fieldName` -> `field-name`, `maxLength` -> `maxlength`, `id` -> `field-id`. */
export function attributeName(param: string): string {
  if (param === 'id') return 'field-id';
  if (ONE_WORD_ATTRIBUTES.has(param)) return param.toLowerCase();
  return param.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

const containers: HTMLElement[] = [];

/** A container in the page for one test's markup; removed by `cleanUp`. */
export function container(parent: Element = document.body): HTMLElement {
  const element = document.createElement('div');
  parent.append(element);
  containers.push(element);
  return element;
}

/** Removes every container the test made. */
export function cleanUp(): void {
  for (const element of containers.splice(0)) element.remove();
}

/** The element built from attributes alone, not yet in the page. */
export function elementWithAttributes(tag: string, params: Record<string, unknown>): HTMLElement {
  const element = document.createElement(tag);
  for (const [param, value] of Object.entries(params)) {
    if (value === undefined || value === false || value === null) continue;
    const attribute = attributeName(param);
    if (value === true) element.setAttribute(attribute, '');
    else element.setAttribute(attribute, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return element;
}

/**
 * Puts the component into `parent` the chosen way and returns it, upgraded.
 * Server HTML goes in as a server would send it; `innerHTML` here stands for
 * the page's own parser.
 */
export function place<P extends object>(
  authoring: Authoring,
  tag: string,
  markup: (params: P) => MarkupElement,
  params: P,
  parent: Element,
): HTMLElement {
  if (authoring === 'server HTML') {
    const holder = document.createElement('div');
    holder.innerHTML = toHtml(markup(params));
    const element = holder.firstElementChild as HTMLElement;
    parent.append(element);
    return element;
  }
  const element = elementWithAttributes(tag, params as Record<string, unknown>);
  parent.append(element);
  return element;
}

/** An element's content with attributes in name order, for comparing two DOMs; nodes matching `without` are left out. */
export function normalisedMarkup(element: Element, without?: string): string {
  const copy = element.cloneNode(true) as Element;
  if (without !== undefined) for (const node of copy.querySelectorAll(without)) node.remove();
  for (const node of [copy, ...copy.querySelectorAll('*')]) {
    const attributes = [...node.attributes]
      .map((a) => [a.name, a.value] as const)
      .sort(([a], [b]) => a.localeCompare(b));
    for (const [name] of attributes) node.removeAttribute(name);
    for (const [name, value] of attributes) node.setAttribute(name, value);
  }
  return copy.innerHTML.replace(/>\s+</g, '><').trim();
}

/** The server's HTML as a browser shows it before any script: parsed into an inert document. */
export function serverHtmlBeforeScript<P>(
  markup: (params: P) => MarkupElement,
  params: P,
): Element {
  const parsed = new DOMParser().parseFromString(`<body>${toHtml(markup(params))}`, 'text/html');
  return parsed.body.firstElementChild!;
}

/** An attribute the server HTML has and the element's script removes when it upgrades, such as the `hidden` of a button that only works with script. */
export interface RemovedByScript {
  /** Selects the elements that carry it, in the server HTML and after upgrade. */
  selector: string;
  attribute: string;
}

export interface SameDomOptions {
  /** Attributes the script removes on upgrade; each must be in the server HTML and gone after upgrade. */
  removedByScript?: readonly RemovedByScript[];
  /**
   * Selects what the script adds on upgrade and a server never writes (a live
   * count and its live region). The two upgraded DOMs are still compared
   * whole; only the comparison with the HTML before script leaves these out,
   * and that HTML must have none of them.
   */
  addedByScript?: string;
}

/** The component written by a server and built from attributes have the same DOM, upgraded, and the same as before upgrade (less what `removedByScript` lists). */
export function expectSameDom<P extends object>(
  tag: string,
  markup: (params: P) => MarkupElement,
  params: P,
  options: SameDomOptions = {},
): void {
  // One at a time: two copies on the page at once would need different ids.
  const server = place('server HTML', tag, markup, params, container());
  const serverMarkup = normalisedMarkup(server);
  const serverWithoutAdded = normalisedMarkup(server, options.addedByScript);
  const removed = options.removedByScript ?? [];
  for (const { selector, attribute } of removed) {
    const upgraded = [...server.querySelectorAll(selector)];
    expect(upgraded.length, `${selector} after upgrade`).to.be.above(0);
    expect(
      upgraded.filter((element) => element.hasAttribute(attribute)).length,
      `${selector} with ${attribute} after upgrade`,
    ).to.equal(0);
  }
  server.remove();
  const built = place('attributes', tag, markup, params, container());
  expect(normalisedMarkup(built), 'built from attributes').to.equal(serverMarkup);
  built.remove();
  const beforeScript = serverHtmlBeforeScript(markup, params);
  for (const { selector, attribute } of removed) {
    const written = [...beforeScript.querySelectorAll(selector)];
    expect(written.length, `${selector} in the server HTML`).to.be.above(0);
    for (const element of written) {
      expect(
        element.hasAttribute(attribute),
        `${selector} has ${attribute} in the server HTML`,
      ).to.equal(true);
      element.removeAttribute(attribute);
    }
  }
  if (options.addedByScript !== undefined) {
    expect(
      beforeScript.querySelectorAll(options.addedByScript),
      'script-added nodes in the server HTML',
    ).to.have.length(0);
  }
  expect(serverWithoutAdded, 'server HTML after upgrade').to.equal(normalisedMarkup(beforeScript));
}
