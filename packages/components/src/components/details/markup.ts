// The canonical HTML of a details component, defined once: what a server
// writes (the civicDetails macro). A native <details> and <summary>, so the
// browser opens and closes it (click, Enter, Space), tells assistive
// technology whether it is expanded, and opens it for find-in-page, with no
// script at all. details.css only styles it.
import { h, raw, type AuthoredContent, type MarkupElement } from '../../core/markup.js';
import { warnOnce } from '../../core/warn.js';

export interface DetailsParams {
  /** The summary that opens it, such as "Help with nationality". */
  summaryText?: string;
  /** What it reveals, as text. */
  text?: string;
  /** What it reveals, as HTML the server trusts, instead of `text`. */
  html?: string;
  /** Open when the page loads. */
  open?: boolean;
  /** The `id` of the `<details>`, for a link to it. */
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
export function detailsMarkup(
  written: DetailsParams | null = {},
  content?: AuthoredContent,
): MarkupElement {
  const params: DetailsParams = written !== null && typeof written === 'object' ? written : {};
  if (!given(params.summaryText)) {
    warnOnce(
      'Details has no summaryText, so there is nothing to press to open it: set summaryText, such as "Help with nationality".',
    );
  }
  return h(
    'details',
    {
      class: 'civic-details',
      id: given(params.id) ? params.id.trim() : undefined,
      open: params.open === true,
    },
    h(
      'summary',
      { class: 'civic-details__summary' },
      h(
        'span',
        { class: 'civic-details__summary-text' },
        given(params.summaryText) ? params.summaryText.trim() : '',
      ),
    ),
    h(
      'div',
      { class: 'civic-details__text' },
      content ?? (given(params.html) ? raw(params.html) : given(params.text) ? params.text : null),
    ),
  );
}
