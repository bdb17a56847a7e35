// The canonical HTML of an error summary, defined once: what a server writes
// (renderErrorSummary, the civicErrorSummary macro) and what
// <civic-error-summary> builds from its attributes. The element uses the same
// part functions when the list changes after a submission, so errors found in
// the browser and errors a server found are the same DOM.
import { cleanId, given } from '../../core/field-markup.js';
import { translate } from '../../core/localisation.js';
import { h, type MarkupElement, type MarkupNode } from '../../core/markup.js';
import { cleanItems, type ErrorSummaryItem } from './items.js';
import './messages.js';

export type { ErrorSummaryItem } from './items.js';

/** Heading levels the summary's title can take; 1 is the page's own title. */
export type ErrorSummaryHeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface ErrorSummaryParams {
  /** The errors: `[{ text: 'Enter your full name', href: '#full-name' }]`. Links with script URLs are refused and the message shows as text. */
  items?: ErrorSummaryItem[];
  /** The title, instead of "There is a problem" in the language. */
  heading?: string;
  /** Level of the title (1–6); default 2. Out-of-range values are clamped. */
  headingLevel?: number | string;
  /** Text under the title, such as what to do about the errors. */
  description?: string;
  /** The `id` of the element, and the start of the ids inside it (`<id>-title`). Give each summary on a page its own. Default: none, with ids starting `civic-error-summary`. */
  id?: string;
  /** The `id` of the form to watch, when the summary is not inside it (as on `<label for>`). */
  for?: string;
  /** Keeps the summary from taking focus as the page loads with errors. */
  disableAutoFocus?: boolean;
  /** Language of the built-in text ("There is a problem"), such as `cy`; defaults to English. */
  lang?: string;
}

/** The id everything inside a summary without an `id` starts with. */
export const DEFAULT_ID = 'civic-error-summary';

/** The level the title is written at: a whole number 1–6, else the nearest of them, else 2. */
export function clampHeadingLevel(value: unknown): ErrorSummaryHeadingLevel {
  const level = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof level !== 'number' || !Number.isFinite(level)) return 2;
  return Math.min(6, Math.max(1, Math.round(level))) as ErrorSummaryHeadingLevel;
}

/** The ids of a summary's parts. */
export function summaryIds(id: string | undefined): { base: string; title: string } {
  const base = cleanId(id ?? '') || DEFAULT_ID;
  return { base, title: `${base}-title` };
}

/** The title: a real heading element at the level the page needs. */
export function titlePart(titleId: string, level: unknown, text: string): MarkupElement {
  return h(
    `h${clampHeadingLevel(level)}`,
    { class: 'civic-error-summary__title', id: titleId },
    text,
  );
}

export function descriptionPart(description: string | undefined): MarkupNode {
  return given(description)
    ? h('p', { class: 'civic-error-summary__description' }, description)
    : null;
}

/** One error: a link to its field, or the message as text when there is nowhere to link. */
export function itemPart(item: ErrorSummaryItem): MarkupElement {
  return h('li', {}, item.href === undefined ? item.text : h('a', { href: item.href }, item.text));
}

export function errorSummaryMarkup(params: ErrorSummaryParams): MarkupElement {
  const ids = summaryIds(params.id);
  const items = cleanItems(params.items);
  const heading = given(params.heading)
    ? params.heading
    : translate(params.lang ?? 'en', 'error-summary.heading');
  return h(
    'civic-error-summary',
    {
      id: given(params.id) ? ids.base : undefined,
      for: given(params.for) ? params.for : undefined,
      'disable-auto-focus': params.disableAutoFocus === true,
    },
    // role="alert": without script, a screen reader announces the server's
    // summary as the page loads; with it, the summary also takes focus.
    h(
      'div',
      {
        class: 'civic-error-summary',
        role: 'alert',
        tabindex: '-1',
        'aria-labelledby': ids.title,
        // Waiting for a submission: in the page, and out of sight and of the accessibility tree.
        hidden: items.length === 0,
      },
      titlePart(ids.title, params.headingLevel, heading),
      h(
        'div',
        { class: 'civic-error-summary__body' },
        descriptionPart(params.description),
        h('ul', { class: 'civic-error-summary__list' }, ...items.map(itemPart)),
      ),
    ),
  );
}
