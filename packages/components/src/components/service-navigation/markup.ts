// The canonical HTML of the service navigation, defined once: what a server
// writes (the civicServiceNavigation macro) and what
// <civic-service-navigation> builds from its attributes. A navigation
// landmark named "Menu" (or the page's own name) holding the service's pages
// as a list of links, the current one marked with aria-current="page".
// The Menu button is written hidden: it only works with script, so without
// script every link shows; the element shows it on narrow screens and the
// button then shows and hides the list (the disclosure pattern).
import { translate } from '../../core/localisation.js';
import { h, type MarkupElement } from '../../core/markup.js';
import { safeUrl } from '../../core/safe-url.js';
import './messages.js';

export interface ServiceNavigationItem {
  /** The link's text: "Your applications". */
  text: string;
  /** Where it goes. Script URLs are refused and the item is shown as text. */
  href: string;
  /** Whether this is the page being shown: marked with aria-current="page". */
  current?: boolean;
}

export interface ServiceNavigationParams {
  /** The service's pages, in order. */
  items?: ServiceNavigationItem[];
  /** The navigation landmark's name instead of "Menu" in the language. Give one when a page has more than one navigation. */
  label?: string;
  /** The narrow-screen button's text instead of "Menu" in the language. */
  menuText?: string;
  /** The list's id, which the button names in aria-controls: `civic-service-navigation` by default. */
  id?: string;
  /** The language of the default words, `en` (default) or `cy`. */
  lang?: string;
}

/** The list's id when the page gives none. */
export const DEFAULT_NAVIGATION_ID = 'civic-service-navigation';

function given(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The items that can be shown: objects with text; anything else is left out. */
export function navigationItems(items: unknown): ServiceNavigationItem[] {
  if (!Array.isArray(items)) return [];
  return items.filter(
    (item): item is ServiceNavigationItem =>
      typeof item === 'object' && item !== null && given((item as { text?: unknown }).text),
  );
}

function itemMarkup(item: ServiceNavigationItem): MarkupElement {
  const current = item.current === true;
  const href = given(item.href) ? safeUrl(item.href, 'civic-service-navigation') : undefined;
  return h(
    'li',
    {
      class: current
        ? 'civic-service-navigation__item civic-service-navigation__item--current'
        : 'civic-service-navigation__item',
    },
    href === undefined
      ? h('span', { class: 'civic-service-navigation__text' }, item.text)
      : h(
          'a',
          {
            class: 'civic-service-navigation__link',
            href,
            'aria-current': current ? 'page' : undefined,
          },
          item.text,
        ),
  );
}

/** `<civic-service-navigation>` holding the named navigation landmark, its hidden Menu button and the list. */
export function serviceNavigationMarkup(params: ServiceNavigationParams = {}): MarkupElement {
  const lang = given(params.lang) ? params.lang : 'en';
  const menu = translate(lang, 'service-navigation.menu');
  const id = given(params.id) ? params.id : DEFAULT_NAVIGATION_ID;
  return h(
    'civic-service-navigation',
    {},
    h(
      'nav',
      {
        class: 'civic-service-navigation',
        'aria-label': given(params.label) ? params.label : menu,
      },
      h(
        'div',
        { class: 'civic-service-navigation__container civic-width-container' },
        h(
          'button',
          {
            type: 'button',
            class: 'civic-service-navigation__toggle',
            'aria-controls': id,
            'aria-expanded': 'false',
            hidden: true,
          },
          given(params.menuText) ? params.menuText : menu,
        ),
        h(
          'ul',
          { class: 'civic-service-navigation__list', id },
          ...navigationItems(params.items).map(itemMarkup),
        ),
      ),
    ),
  );
}
