// The canonical HTML of the page footer, defined once: what a server writes
// (the civicFooter macro). A plain <footer> at the end of <body> is the
// page's contentinfo landmark: the service's support links (cookies,
// accessibility statement, contact) under a heading for screen readers, a
// line of the service's own, the licence under which its content may be
// re-used, and the copyright. There is no element: nothing here needs script.
import { translate } from '../../core/localisation.js';
import { h, type MarkupElement, type MarkupNode } from '../../core/markup.js';
import { safeUrl } from '../../core/safe-url.js';
import './messages.js';

export interface FooterLink {
  /** The link's text: "Accessibility statement". */
  text: string;
  /** Where it goes. Script URLs are refused and the item is shown as text. */
  href: string;
}

export interface FooterParams {
  /** The support links: cookies, accessibility statement, contact, privacy. */
  items?: FooterLink[];
  /** A line of the service's own under the links, such as who runs it. */
  metaText?: string;
  /** Whether to say the content may be re-used under the Open Government Licence; `true` by default. */
  licence?: boolean;
  /** The copyright line: "© Cardiff Council 2026". Without it there is none. */
  copyright?: string;
  /** The language of the footer's own words, `en` (default) or `cy`. */
  lang?: string;
}

function given(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function footerLinks(items: unknown): FooterLink[] {
  if (!Array.isArray(items)) return [];
  return items.filter(
    (item): item is FooterLink =>
      typeof item === 'object' && item !== null && given((item as { text?: unknown }).text),
  );
}

function linkOrText(item: FooterLink): MarkupElement {
  const href = given(item.href) ? safeUrl(item.href, 'civic-footer') : undefined;
  return href === undefined
    ? h('span', {}, item.text)
    : h('a', { class: 'civic-footer__link', href }, item.text);
}

/** The licence sentence with the licence's name as a link, in the language. */
function licenceMarkup(lang: string): MarkupElement {
  const [before = '', after = ''] = translate(lang, 'footer.licence').split('{licence}');
  return h(
    'p',
    { class: 'civic-footer__licence' },
    before,
    h(
      'a',
      {
        class: 'civic-footer__link',
        href: translate(lang, 'footer.licence-href'),
        rel: 'license',
      },
      translate(lang, 'footer.licence-name'),
    ),
    after,
  );
}

/** `<footer class="civic-footer">` with the support links, meta line, licence and copyright. */
export function footerMarkup(params: FooterParams = {}): MarkupElement {
  const lang = given(params.lang) ? params.lang : 'en';
  const items = footerLinks(params.items);
  const links: MarkupNode =
    items.length > 0 &&
    h(
      'div',
      { class: 'civic-footer__links' },
      h('h2', { class: 'civic-visually-hidden' }, translate(lang, 'footer.links-heading')),
      h(
        'ul',
        { class: 'civic-footer__list' },
        ...items.map((item) => h('li', { class: 'civic-footer__list-item' }, linkOrText(item))),
      ),
    );
  return h(
    'footer',
    { class: 'civic-footer' },
    h(
      'div',
      { class: 'civic-footer__container civic-width-container' },
      links,
      given(params.metaText) && h('p', { class: 'civic-footer__meta' }, params.metaText),
      params.licence !== false && licenceMarkup(lang),
      given(params.copyright) && h('p', { class: 'civic-footer__copyright' }, params.copyright),
    ),
  );
}
