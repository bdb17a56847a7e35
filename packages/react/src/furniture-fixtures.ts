// The page furniture with no element (header, footer, details, table...), as a
// React page writes each component and as a server writes the same thing with
// @civic-design/components/server. Shared by the React 19 and React 18 tests,
// so each case is built with the React under test (elements of one React
// version are not elements to the other).
import type { createElement, ReactElement } from 'react';
import {
  renderBackLink,
  renderBreadcrumbs,
  renderDetails,
  renderFooter,
  renderHeader,
  renderInsetText,
  renderPagination,
  renderPhaseBanner,
  renderTable,
  renderWarningText,
} from '@civic-design/components/server';
import type * as Wrappers from '../dist/index.js';

/** The React a case is built with: React 19 here, React 18 in the React 18 test's bundle. */
export interface CaseReact {
  createElement: typeof createElement;
}

export interface FurnitureCase {
  what: string;
  element: (react: CaseReact, components: typeof Wrappers) => ReactElement;
  /** What the server entry writes for the same component. */
  serverHtml: string;
}

/** Every furniture component the package has, by name. */
export const FURNITURE = [
  'CivicBackLink',
  'CivicBreadcrumbs',
  'CivicDetails',
  'CivicFooter',
  'CivicHeader',
  'CivicInsetText',
  'CivicPagination',
  'CivicPhaseBanner',
  'CivicTable',
  'CivicWarningText',
] as const;

/** Their modules in the package (`@civic-design/react/details.js`). */
export const FURNITURE_MODULES = [
  'back-link',
  'breadcrumbs',
  'details',
  'footer',
  'header',
  'inset-text',
  'pagination',
  'phase-banner',
  'table',
  'warning-text',
] as const;

const LOGO =
  '<svg aria-hidden="true" focusable="false" viewBox="0 0 10 10" width="10" height="10"><circle cx="5" cy="5" r="5"></circle></svg>';

const breadcrumbs = {
  items: [
    { text: 'Home', href: '/' },
    { text: 'Parking', href: '/parking' },
    { text: 'Apply for a permit' },
  ],
  collapseOnNarrow: true,
};

const footer = {
  items: [
    { text: 'Cwcis', href: '/cwcis' },
    { text: 'Datganiad hygyrchedd', href: '/hygyrchedd' },
  ],
  metaText: 'Gwasanaeth gan Gyngor Caerdydd',
  copyright: '© Cyngor Caerdydd 2026',
  lang: 'cy',
};

const header = {
  organisationName: 'Cardiff Council',
  organisationHref: 'https://www.cardiff.gov.uk/',
  serviceName: 'Apply for a parking permit',
  serviceHref: '/parking-permit',
};

const table = {
  caption: 'Dates and amounts',
  captionSize: 'l' as const,
  firstCellIsHeader: true,
  head: [{ text: 'Period' }, { text: 'Amount', format: 'numeric' as const }],
  rows: [
    [{ text: 'First 6 weeks' }, { text: '£109.80 per week', format: 'numeric' as const }],
    [{ text: 'Next 33 weeks' }, { text: '£109.80 per week', format: 'numeric' as const }],
    [{ text: 'Total: £4,282.20', colspan: 2 }],
  ],
};

export const FURNITURE_CASES: FurnitureCase[] = [
  {
    what: 'a back link',
    element: ({ createElement }, { CivicBackLink }) =>
      createElement(CivicBackLink, { href: '/apply/contact' }),
    serverHtml: renderBackLink({ href: '/apply/contact' }),
  },
  {
    what: 'a back link whose text is its children',
    element: ({ createElement }, { CivicBackLink }) =>
      createElement(CivicBackLink, { href: '/apply/contact' }, 'Back to your answers'),
    serverHtml: renderBackLink({ href: '/apply/contact', text: 'Back to your answers' }),
  },
  {
    what: 'breadcrumbs ending at the current page',
    element: ({ createElement }, { CivicBreadcrumbs }) =>
      createElement(CivicBreadcrumbs, breadcrumbs),
    serverHtml: renderBreadcrumbs(breadcrumbs),
  },
  {
    what: 'an open details around its children',
    element: ({ createElement }, { CivicDetails }) =>
      createElement(
        CivicDetails,
        { summaryText: 'Where to find your reference', id: 'reference-help', open: true },
        createElement('p', null, 'It is on the letter we sent you.'),
        createElement('p', null, 'It starts with ', createElement('strong', null, 'HDJ'), '.'),
      ),
    serverHtml: renderDetails({
      summaryText: 'Where to find your reference',
      id: 'reference-help',
      open: true,
      html: '<p>It is on the letter we sent you.</p><p>It starts with <strong>HDJ</strong>.</p>',
    }),
  },
  {
    what: 'a details given its text',
    element: ({ createElement }, { CivicDetails }) =>
      createElement(CivicDetails, {
        summaryText: 'Help with nationality',
        text: "We need to know your nationality so we can work out which elections you're entitled to vote in.",
      }),
    serverHtml: renderDetails({
      summaryText: 'Help with nationality',
      text: "We need to know your nationality so we can work out which elections you're entitled to vote in.",
    }),
  },
  {
    what: 'a footer in Welsh with its links, meta line, licence and copyright',
    element: ({ createElement }, { CivicFooter }) => createElement(CivicFooter, footer),
    serverHtml: renderFooter(footer),
  },
  {
    what: 'a header whose logo is its children',
    element: ({ createElement }, { CivicHeader }) =>
      createElement(
        CivicHeader,
        header,
        createElement(
          'svg',
          {
            'aria-hidden': 'true',
            focusable: 'false',
            viewBox: '0 0 10 10',
            width: '10',
            height: '10',
          },
          createElement('circle', { cx: '5', cy: '5', r: '5' }),
        ),
      ),
    serverHtml: renderHeader({ ...header, logoHtml: LOGO }),
  },
  {
    what: 'a header with no logo',
    element: ({ createElement }, { CivicHeader }) =>
      createElement(CivicHeader, {
        organisationName: 'Cyngor Caerdydd',
        serviceName: 'Trwydded barcio',
      }),
    serverHtml: renderHeader({
      organisationName: 'Cyngor Caerdydd',
      serviceName: 'Trwydded barcio',
    }),
  },
  {
    what: 'inset text around its children',
    element: ({ createElement }, { CivicInsetText }) =>
      createElement(
        CivicInsetText,
        { id: 'weeks' },
        'It can take up to 8 weeks. ',
        createElement('a', { href: '/apply', className: 'civic-link' }, 'Apply now'),
      ),
    serverHtml: renderInsetText({
      id: 'weeks',
      html: 'It can take up to 8 weeks. <a href="/apply" class="civic-link">Apply now</a>',
    }),
  },
  {
    what: 'inset text given its text',
    element: ({ createElement }, { CivicInsetText }) =>
      createElement(CivicInsetText, { text: 'It can take up to 8 weeks to register.' }),
    serverHtml: renderInsetText({ text: 'It can take up to 8 weeks to register.' }),
  },
  {
    what: 'pagination around page 5 of 10',
    element: ({ createElement }, { CivicPagination }) =>
      createElement(CivicPagination, {
        current: 5,
        total: 10,
        href: '/search?q=permit&page={page}',
      }),
    serverHtml: renderPagination({ current: 5, total: 10, href: '/search?q=permit&page={page}' }),
  },
  {
    what: 'block pagination with labels',
    element: ({ createElement }, { CivicPagination }) =>
      createElement(CivicPagination, {
        block: true,
        previous: { href: '/guide/1', label: 'Applying for a permit' },
        next: { href: '/guide/3', label: 'Paying for a permit' },
      }),
    serverHtml: renderPagination({
      block: true,
      previous: { href: '/guide/1', label: 'Applying for a permit' },
      next: { href: '/guide/3', label: 'Paying for a permit' },
    }),
  },
  {
    what: 'an alpha phase banner with its feedback link',
    element: ({ createElement }, { CivicPhaseBanner }) =>
      createElement(CivicPhaseBanner, { phase: 'alpha', feedbackHref: '/feedback' }),
    serverHtml: renderPhaseBanner({ phase: 'alpha', feedbackHref: '/feedback' }),
  },
  {
    what: 'a phase banner whose text is its children',
    element: ({ createElement }, { CivicPhaseBanner }) =>
      createElement(
        CivicPhaseBanner,
        { phase: 'beta' },
        'This is a new service. Tell us ',
        createElement('a', { className: 'civic-link', href: '/feedback' }, 'what you think'),
        '.',
      ),
    serverHtml: renderPhaseBanner({
      phase: 'beta',
      html: 'This is a new service. Tell us <a class="civic-link" href="/feedback">what you think</a>.',
    }),
  },
  {
    what: 'a table with row headers, a numeric column and a spanning cell',
    element: ({ createElement }, { CivicTable }) => createElement(CivicTable, table),
    serverHtml: renderTable(table),
  },
  {
    what: 'warning text around its children',
    element: ({ createElement }, { CivicWarningText }) =>
      createElement(
        CivicWarningText,
        { id: 'fine' },
        'You can be fined up to £5,000 if you do not ',
        createElement('a', { href: '/register' }, 'register'),
        '.',
      ),
    serverHtml: renderWarningText({
      id: 'fine',
      html: 'You can be fined up to £5,000 if you do not <a href="/register">register</a>.',
    }),
  },
  {
    what: 'warning text in Welsh given its text',
    element: ({ createElement }, { CivicWarningText }) =>
      createElement(CivicWarningText, {
        lang: 'cy',
        text: 'Gallwch gael dirwy os nad ydych yn cofrestru.',
      }),
    serverHtml: renderWarningText({
      lang: 'cy',
      text: 'Gallwch gael dirwy os nad ydych yn cofrestru.',
    }),
  },
];

/**
 * HTML as a browser's parser reads it, for comparing React's HTML with the
 * server entry's. Exactly two things React legitimately writes differently are
 * settled: escaping (React writes `'` in text as `&#x27;`) and boolean
 * attributes (`open=""` for `open`), both of which parse to the same DOM and
 * serialise alike; and the empty comments (`<!-- -->`) React writes between
 * adjacent text nodes, which are left out. Attribute order, whitespace and
 * everything else are compared as written.
 */
export function asParsed(html: string): string {
  const inert = document.implementation.createHTMLDocument('');
  inert.body.innerHTML = html;
  const walker = inert.createTreeWalker(inert.body, NodeFilter.SHOW_COMMENT);
  const separators: Comment[] = [];
  while (walker.nextNode()) {
    const comment = walker.currentNode as Comment;
    if (comment.data === ' ') separators.push(comment);
  }
  for (const separator of separators) separator.remove();
  return inert.body.innerHTML;
}
