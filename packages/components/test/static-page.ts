// Helpers for components that are HTML and CSS only (details, inset text,
// warning text, table, pagination): what a server writes, parsed into the
// test page or into a frame that runs no script at all.
import { toHtml } from '../src/core/markup-html.js';
import type { MarkupElement } from '../src/core/markup.js';
import { expect } from '@open-wc/testing';
import { container } from './authoring.js';
import { boxesWithin } from './hostile.js';

/** Its text as read, whitespace collapsed. */
export function textOf(element: Element | null | undefined): string {
  return element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}

/** The server's HTML parsed into `parent` (a new container by default), as a browser parses a page. */
export function placeServerHtml(markup: MarkupElement, parent: Element = container()): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = toHtml(markup);
  const element = holder.firstElementChild as HTMLElement;
  parent.append(element);
  return element;
}

export interface FrameOptions {
  lang?: string;
  /** The frame's width in CSS px (its viewport, so media queries follow it); the test page's by default. */
  width?: number;
}

/**
 * The page a browser shows with no script at all: `html` in a frame that runs
 * none, with the tokens and components' stylesheets. Returns the body's
 * first element.
 */
export async function withoutScript(
  html: string,
  options: FrameOptions = {},
): Promise<HTMLElement> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-forms');
  frame.style.inlineSize = `${options.width ?? document.documentElement.clientWidth}px`;
  frame.style.blockSize = '600px';
  // Fixed, so it adds no scroll bar that would narrow the test page.
  frame.style.position = 'fixed';
  frame.style.insetBlockStart = '0';
  frame.style.border = '0';
  frame.srcdoc = `<!doctype html><html lang="${options.lang ?? 'en'}"><head>
    <link rel="stylesheet" href="/packages/tokens/dist/tokens.css">
    <link rel="stylesheet" href="/packages/components/dist/css/civic.css">
    <style>html { overflow: hidden; } body { margin: 0; }</style>
    </head><body>${html}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  container().append(frame);
  await loaded;
  return frame.contentDocument!.body.firstElementChild as HTMLElement;
}

/** `it` for tests that emulate forced colours: Chromium only can; skipped with that reason elsewhere. */
export function itInForcedColours(name: string, test: () => Promise<void>): void {
  if (navigator.userAgent.includes('Chrome/')) it(name, test);
  else it.skip(`${name} (Chromium only: this engine cannot emulate forced colours)`, test);
}

/**
 * The server's HTML in the test page and in a frame with no script, both 600 px
 * wide: the same HTML, and the same boxes for `parts` of it (the root and every
 * element inside by default). Returns the copy with no script, for what a test
 * does there next.
 */
export async function expectSameWithoutScript(
  markup: MarkupElement,
  parts: (root: Element) => Element[] = (root) => [root, ...root.querySelectorAll('*')],
): Promise<HTMLElement> {
  const section = container();
  section.style.inlineSize = '600px';
  const scripted = placeServerHtml(markup, section);
  const unscripted = await withoutScript(toHtml(markup));
  unscripted.ownerDocument.body.style.inlineSize = '600px';
  expect(unscripted.outerHTML).to.equal(scripted.outerHTML);
  expect(boxesWithin(unscripted, parts(unscripted))).to.deep.equal(
    boxesWithin(scripted, parts(scripted)),
  );
  return unscripted;
}
