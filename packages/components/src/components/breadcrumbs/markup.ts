// The canonical HTML of the breadcrumbs, defined once: what a server writes
// (the civicBreadcrumbs macro). A navigation landmark named "Breadcrumb"
// holding an ordered list of the pages above this one; a last item without a
// link is the current page (aria-current="page"). There is no element:
// nothing here needs script.
import { translate } from '../../core/localisation.js';
import { classes, h, type MarkupElement } from '../../core/markup.js';
import { safeUrl } from '../../core/safe-url.js';
import './messages.js';

export interface BreadcrumbItem {
  /** The page's name: "Parking". */
  text: string;
  /** Its URL. Leave it out on the last item when that is the current page. Script URLs are refused. */
  href?: string;
}

export interface BreadcrumbsParams {
  /** The pages from the top down to this one (or its parent). */
  items?: BreadcrumbItem[];
  /** On narrow screens show only the first and the last item. */
  collapseOnNarrow?: boolean;
  /** The landmark's name instead of "Breadcrumb" in the language. */
  label?: string;
  /** The language of the default name, `en` (default) or `cy`. */
  lang?: string;
}

function given(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function breadcrumbItems(items: unknown): BreadcrumbItem[] {
  if (!Array.isArray(items)) return [];
  return items.filter(
    (item): item is BreadcrumbItem =>
      typeof item === 'object' && item !== null && given((item as { text?: unknown }).text),
  );
}

/** `<nav class="civic-breadcrumbs" aria-label="Breadcrumb">` with its ordered list. */
export function breadcrumbsMarkup(params: BreadcrumbsParams = {}): MarkupElement {
  const lang = given(params.lang) ? params.lang : 'en';
  const items = breadcrumbItems(params.items);
  return h(
    'nav',
    {
      class: classes(
        'civic-breadcrumbs',
        params.collapseOnNarrow === true && 'civic-breadcrumbs--collapse-on-narrow',
      ),
      'aria-label': given(params.label) ? params.label : translate(lang, 'breadcrumbs.label'),
    },
    h(
      'ol',
      { class: 'civic-breadcrumbs__list' },
      ...items.map((item, index) => {
        const href = given(item.href) ? safeUrl(item.href, 'civic-breadcrumbs') : undefined;
        const isCurrentPage = index === items.length - 1 && !given(item.href);
        return h(
          'li',
          {
            class: 'civic-breadcrumbs__item',
            'aria-current': isCurrentPage ? 'page' : undefined,
          },
          href === undefined
            ? item.text
            : h('a', { class: 'civic-breadcrumbs__link', href }, item.text),
        );
      }),
    ),
  );
}
