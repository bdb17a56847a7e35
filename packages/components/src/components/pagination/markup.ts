// The canonical HTML of pagination, defined once: what a server writes (the
// civicPagination macro). A navigation landmark named "Pagination" with
// Previous and Next links and the numbered pages around the current one,
// computed here from the current page, the number of pages and the URL
// pattern, so a server writes it with no script. The block variant has only
// Previous and Next, each with the title of the page it goes to.
import { translate } from '../../core/localisation.js';
import { classes, h, type MarkupElement, type MarkupNode } from '../../core/markup.js';
import { safeUrl } from '../../core/safe-url.js';
import { warnOnce } from '../../core/warn.js';
import { wholeNumber } from '../../core/whole-number.js';
import './messages.js';

/** A Previous or Next link given outright, rather than computed from the page numbers. */
export interface PaginationLink {
  /** Where it goes. Script URLs are refused. */
  href?: string;
  /** Its text, instead of "Previous" or "Next". */
  text?: string;
  /** What it goes to, under the text in the block variant: "Applying for a provisional lorry licence". */
  label?: string;
}

export interface PaginationParams {
  /** The page shown now, from 1. */
  current?: number | string;
  /** How many pages there are. */
  total?: number | string;
  /** Each page's URL, with `{page}` where its number goes: `/search?q=permit&page={page}`. Script URLs are refused. */
  href?: string;
  /** The Previous link, given outright (its href, text, label), or to add a label to the computed one. */
  previous?: PaginationLink;
  /** The Next link, given outright, or to add a label to the computed one. */
  next?: PaginationLink;
  /** Only Previous and Next, one above the other with their labels: for a sequence of guidance pages. */
  block?: boolean;
  /** The landmark's name, instead of "Pagination". */
  landmarkLabel?: string;
  /** Language of the built-in text, such as `cy`; defaults to English. */
  lang?: string;
}

const PAGE = '{page}';
/** A gap in the numbers: shown, and hidden from assistive technology, which gets the page names instead. */
const ELLIPSIS = '⋯';

function given(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * The page numbers to show, with `null` for each gap: the first and last
 * pages, and the current one with its neighbours; a gap of one page shows
 * that page instead of an ellipsis.
 */
export function pageNumbers(current: number, total: number): (number | null)[] {
  const wanted = [...new Set([1, current - 1, current, current + 1, total])]
    .filter((page) => page >= 1 && page <= total)
    .sort((a, b) => a - b);
  const shown: (number | null)[] = [];
  for (const page of wanted) {
    const before = shown.at(-1);
    if (typeof before === 'number' && page - before === 2) shown.push(before + 1);
    else if (typeof before === 'number' && page - before > 2) shown.push(null);
    shown.push(page);
  }
  return shown;
}

function arrow(direction: 'previous' | 'next'): MarkupElement {
  return h(
    'svg',
    {
      class: `civic-pagination__icon civic-pagination__icon--${direction}`,
      'aria-hidden': 'true',
      focusable: 'false',
      width: '15',
      height: '13',
      viewBox: '0 0 15 13',
    },
    h('path', {
      fill: 'currentColor',
      // An arrow drawn for Civic: a shaft and a head, pointing the way it goes.
      d:
        direction === 'previous'
          ? 'M6.5 0 7.9 1.4 3.8 5.5H15v2H3.8l4.1 4.1-1.4 1.4L0 6.5z'
          : 'M8.5 0 7.1 1.4l4.1 4.1H0v2h11.2l-4.1 4.1 1.4 1.4L15 6.5z',
    }),
  );
}

function directionLink(
  direction: 'previous' | 'next',
  href: string,
  link: PaginationLink,
  block: boolean,
  lang: string,
): MarkupElement {
  const text = given(link.text) ? link.text.trim() : translate(lang, `pagination.${direction}`);
  const hiddenBefore = given(link.text) ? '' : translate(lang, 'pagination.hidden-before');
  const hiddenAfter = given(link.text) ? '' : translate(lang, 'pagination.hidden-after');
  const label = block && given(link.label) ? link.label.trim() : undefined;
  return h(
    'div',
    { class: `civic-pagination__${direction}` },
    h(
      'a',
      {
        class: 'civic-pagination__link',
        href,
        rel: direction === 'previous' ? 'prev' : 'next',
      },
      arrow(direction),
      h(
        'span',
        { class: 'civic-pagination__link-title' },
        hiddenBefore === '' ? null : h('span', { class: 'civic-visually-hidden' }, hiddenBefore),
        text,
        // With a label, a colon between the two, so they are read as one phrase and its detail.
        hiddenAfter === '' && label === undefined
          ? null
          : h(
              'span',
              { class: 'civic-visually-hidden' },
              `${hiddenAfter}${label === undefined ? '' : ':'}`,
            ),
      ),
      label === undefined ? null : h('span', { class: 'civic-pagination__link-label' }, label),
    ),
  );
}

function isLink(value: unknown): value is PaginationLink {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function paginationMarkup(written: PaginationParams | null = {}): MarkupElement {
  const params: PaginationParams = written !== null && typeof written === 'object' ? written : {};
  const lang = params.lang ?? 'en';
  const block = params.block === true;
  const total = wholeNumber(params.total, 1);
  let current = wholeNumber(params.current, 1);
  const pattern = given(params.href) ? safeUrl(params.href.trim(), 'civic-pagination') : undefined;
  if (given(params.href) && pattern !== undefined && !pattern.includes(PAGE)) {
    warnOnce(
      `Pagination href "${pattern.slice(0, 60)}" has no {page}, so every page would link to the same URL: put {page} where the number goes.`,
    );
  }
  const urlOf = (page: number) =>
    pattern?.includes(PAGE) === true ? pattern.replaceAll(PAGE, String(page)) : undefined;
  if (total !== undefined && current !== undefined && current > total) {
    warnOnce(`Pagination current=${current} is after the last page (${total}), so it is ${total}.`);
    current = total;
  }
  // The page numbers, when there are both and a URL for each.
  const pages =
    total !== undefined && current !== undefined && urlOf(1) !== undefined
      ? { current, total }
      : undefined;
  const previousGiven = isLink(params.previous) ? params.previous : {};
  const nextGiven = isLink(params.next) ? params.next : {};
  const outright = (link: PaginationLink) =>
    given(link.href) ? safeUrl(link.href.trim(), 'civic-pagination') : undefined;
  const previousHref =
    outright(previousGiven) ??
    (pages !== undefined && pages.current > 1 ? urlOf(pages.current - 1) : undefined);
  const nextHref =
    outright(nextGiven) ??
    (pages !== undefined && pages.current < pages.total ? urlOf(pages.current + 1) : undefined);
  if (pages === undefined && previousHref === undefined && nextHref === undefined) {
    warnOnce(
      'Pagination has nowhere to go: give current, total and an href with {page}, or previous and next links with their href.',
    );
  } else if (pages?.total === 1) {
    warnOnce('Pagination has only one page, so it shows no links: leave it out of the page.');
  }

  const list: MarkupNode =
    !block && pages !== undefined && pages.total > 1
      ? h(
          'ul',
          { class: 'civic-pagination__list' },
          ...pageNumbers(pages.current, pages.total).map((page) =>
            page === null
              ? h(
                  'li',
                  {
                    class: 'civic-pagination__item civic-pagination__item--ellipsis',
                    'aria-hidden': 'true',
                  },
                  ELLIPSIS,
                )
              : h(
                  'li',
                  {
                    class: classes(
                      'civic-pagination__item',
                      page === pages.current && 'civic-pagination__item--current',
                    ),
                  },
                  h(
                    'a',
                    {
                      class: 'civic-pagination__link',
                      href: urlOf(page),
                      'aria-label': translate(lang, 'pagination.page', { number: page }),
                      'aria-current': page === pages.current ? 'page' : undefined,
                    },
                    String(page),
                  ),
                ),
          ),
        )
      : null;

  return h(
    'nav',
    {
      class: classes('civic-pagination', block && 'civic-pagination--block'),
      'aria-label': given(params.landmarkLabel)
        ? params.landmarkLabel.trim()
        : translate(lang, 'pagination.label'),
    },
    previousHref === undefined
      ? null
      : directionLink('previous', previousHref, previousGiven, block, lang),
    list,
    nextHref === undefined ? null : directionLink('next', nextHref, nextGiven, block, lang),
  );
}
