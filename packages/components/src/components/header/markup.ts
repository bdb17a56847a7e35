// The canonical HTML of the page header, defined once: what a server writes
// (the civicHeader macro). A plain <header> at the top of <body> is the
// page's banner landmark; it holds the council's or service's name as a link
// to its home page, the page's own logo inside that link, and the service
// name. There is no element: nothing here needs script. The logo is the
// page's own image, never the GOV.UK crown, which only GOV.UK may use.
import { h, raw, type AuthoredContent, type MarkupElement } from '../../core/markup.js';
import { safeUrl } from '../../core/safe-url.js';
import { warnOnce } from '../../core/warn.js';

export interface HeaderParams {
  /** The council's or organisation's name, the text of the home page link: "Cardiff Council". */
  organisationName?: string;
  /** Where the name links: the organisation's home page, `/` by default. Script URLs are refused. */
  organisationHref?: string;
  /**
   * The page's own logo as HTML the server trusts: an `<img alt="">` or an
   * `<svg aria-hidden="true" focusable="false">`. It sits inside the home page
   * link beside the name, so give it no text of its own (the name names the link).
   */
  logoHtml?: string;
  /** The service's name, after the organisation's: "Apply for a parking permit". */
  serviceName?: string;
  /** Where the service name links: the service's start page. Without it the name is text. */
  serviceHref?: string;
}

function given(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function href(value: unknown): string | undefined {
  return given(value) ? safeUrl(value, 'civic-header') : undefined;
}

/**
 * `<header class="civic-header">` with the home page link, logo and service name.
 *
 * @param content Where the page's own logo goes, for a renderer that puts it
 *   there itself (the React components put their children there): it takes the
 *   place of `logoHtml`. A server gives `logoHtml` instead.
 */
export function headerMarkup(params: HeaderParams = {}, content?: AuthoredContent): MarkupElement {
  const name = given(params.organisationName) ? params.organisationName : undefined;
  const logo = content ?? (given(params.logoHtml) ? raw(params.logoHtml) : undefined);
  if (name === undefined && logo === undefined) {
    warnOnce(
      'The civic header has no organisationName or logoHtml, so its home page link has no name. ' +
        'Give organisationName, such as "Cardiff Council".',
    );
  }
  // In reading order, so warnings come in the order of the page.
  const homepageHref = href(params.organisationHref) ?? '/';
  const serviceName = given(params.serviceName) ? params.serviceName : undefined;
  const serviceHref = href(params.serviceHref);
  return h(
    'header',
    { class: 'civic-header' },
    h(
      'div',
      { class: 'civic-header__container civic-width-container' },
      h(
        'div',
        { class: 'civic-header__logo' },
        h(
          'a',
          { class: 'civic-header__homepage-link', href: homepageHref },
          logo && h('span', { class: 'civic-header__logotype' }, logo),
          name && h('span', { class: 'civic-header__organisation' }, name),
        ),
      ),
      serviceName &&
        h(
          'div',
          { class: 'civic-header__service' },
          serviceHref === undefined
            ? h('span', { class: 'civic-header__service-name' }, serviceName)
            : h('a', { class: 'civic-header__service-name', href: serviceHref }, serviceName),
        ),
    ),
  );
}
