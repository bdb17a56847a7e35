// The canonical HTML of inset text, defined once: what a server writes (the
// civicInsetText macro). A plain block set off by a rule on its start side,
// for a quotation, an example or something people should note. No script.
import { h, raw, type AuthoredContent, type MarkupElement } from '../../core/markup.js';
import { warnOnce } from '../../core/warn.js';

export interface InsetTextParams {
  /** The text, such as "It can take up to 8 weeks to register a lasting power of attorney if there are no mistakes in the application." */
  text?: string;
  /** The content as HTML the server trusts, instead of `text`. */
  html?: string;
  /** The block's `id`. */
  id?: string;
}

function given(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * @param content Where the page's own content goes, for a renderer that puts
 *   that content there itself (the React components put their children there):
 *   it takes the place of `text` and `html`. A server gives `text` or `html` instead.
 */
export function insetTextMarkup(
  written: InsetTextParams | null = {},
  content?: AuthoredContent,
): MarkupElement {
  const params: InsetTextParams = written !== null && typeof written === 'object' ? written : {};
  if (content === undefined && !given(params.html) && !given(params.text)) {
    warnOnce('Inset text has neither text nor html, so it is an empty box: set text.');
  }
  return h(
    'div',
    { class: 'civic-inset-text', id: given(params.id) ? params.id.trim() : undefined },
    content ?? (given(params.html) ? raw(params.html) : given(params.text) ? params.text : null),
  );
}
