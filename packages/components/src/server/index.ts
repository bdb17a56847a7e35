// The canonical HTML of every Civic component, for servers: Node servers,
// Nunjucks (through the civicHtml global) and anything that can run
// JavaScript at build time. Pure functions: no DOM, no browser globals.
// `@civic-design/components/server`.
import { toHtml } from '../core/markup-html.js';
import type { MarkupElement } from '../core/markup.js';
import { textInputMarkup, type TextInputParams } from '../components/text-input/markup.js';

export type { FieldParams } from '../core/field-markup.js';
export type { TextInputParams } from '../components/text-input/markup.js';
export { toHtml } from '../core/markup-html.js';

/** `<civic-text-input>` with its label, hint, error and native input. */
export function renderTextInput(params: TextInputParams): string {
  return toHtml(textInputMarkup(params));
}

// Each component by its folder name, for civicHtml and the Nunjucks macros.
const markupByComponent: Record<string, (params: never) => MarkupElement> = {
  'text-input': textInputMarkup,
};

/** The HTML of a component by its folder name (`text-input`), for template engines: `civicHtml('text-input', { name, label })`. */
export function civicHtml(component: string, params: unknown = {}): string {
  const markup = markupByComponent[component];
  if (markup === undefined) {
    throw new Error(
      `civicHtml: there is no Civic component "${component}". Use one of: ${Object.keys(markupByComponent).join(', ')}.`,
    );
  }
  const safeParams = params !== null && typeof params === 'object' ? params : {};
  return toHtml(markup(safeParams as never));
}
