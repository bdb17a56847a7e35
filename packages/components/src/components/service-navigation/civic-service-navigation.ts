import { CivicContentElement } from '../../core/content-element.js';
import { jsonAttribute, jsonValue, type JsonAttributeOptions } from '../../core/json-attribute.js';
import type { MarkupElement } from '../../core/markup.js';
import { reflectText } from '../../core/text-attribute.js';
import {
  navigationItems,
  serviceNavigationMarkup,
  type ServiceNavigationItem,
  type ServiceNavigationParams,
} from './markup.js';

export type { ServiceNavigationItem, ServiceNavigationParams } from './markup.js';

/** The detail of `civic-service-navigation-toggle`: whether the links now show. */
export interface ServiceNavigationToggleDetail {
  expanded: boolean;
}

// The tokens' breakpoint: from here the links sit in a row and all show.
const WIDE = '(min-width: 40.0625em)';

const ITEMS: JsonAttributeOptions<ServiceNavigationItem[]> = {
  owner: '<civic-service-navigation> items',
  example: '[{"text":"Home","href":"/","current":true}]',
  accept: (parsed) => (Array.isArray(parsed) ? navigationItems(parsed) : undefined),
  fallback: [],
};

/**
 * The pages of a service, as a navigation landmark of links under the
 * header, the current page marked with `aria-current="page"`.
 *
 * A server writes the whole navigation (the civicServiceNavigation macro)
 * and without script every link shows, stacked on a narrow screen. With
 * script, on a narrow screen the links fold behind a Menu button
 * (`aria-expanded`, `aria-controls` naming the list), the disclosure
 * pattern; from 641 px wide the button hides and every link shows again.
 *
 * @tagname civic-service-navigation
 * @summary The service's pages, with a Menu button on narrow screens.
 *
 * @attr {string} items - The links as a JSON array: `[{"text": "Home", "href": "/", "current": true}]`.
 * @attr {string} label - The landmark's name instead of "Menu" in the page's language.
 * @attr {string} menu-text - The narrow-screen button's text instead of "Menu".
 * @attr {string} list-id - The list's id, which the button names: `civic-service-navigation` by default.
 *
 * @fires {CustomEvent<ServiceNavigationToggleDetail>} civic-service-navigation-toggle - When the Menu button shows or hides the links. Bubbles, composed.
 */
export class CivicServiceNavigation extends CivicContentElement<ServiceNavigationParams> {
  protected static override contentAttributes = ['items', 'label', 'menu-text', 'list-id'];
  protected static override upgradedProperties: readonly string[] = [
    'items',
    'label',
    'menuText',
    'listId',
  ];
  protected readonly partSelector = ':scope > .civic-service-navigation';

  #expanded = false;
  #wide: MediaQueryList | undefined;

  constructor() {
    super();
    this.addEventListener('click', this.#onClick);
  }

  /** The links: text, href and whether each is the current page. */
  get items(): ServiceNavigationItem[] {
    return jsonAttribute(this.getAttribute('items'), ITEMS);
  }
  set items(value: ServiceNavigationItem[] | null | undefined) {
    const items = jsonValue(value, ITEMS);
    if (items.length === 0) this.removeAttribute('items');
    else this.setAttribute('items', JSON.stringify(items));
  }

  /** The landmark's name instead of "Menu" in the page's language. */
  get label(): string {
    return this.getAttribute('label') ?? '';
  }
  set label(value: string | null | undefined) {
    reflectText(this, 'label', value, '<civic-service-navigation> label');
  }

  /** The narrow-screen button's text instead of "Menu". */
  get menuText(): string {
    return this.getAttribute('menu-text') ?? '';
  }
  set menuText(value: string | null | undefined) {
    reflectText(this, 'menu-text', value, '<civic-service-navigation> menuText');
  }

  /** The list's id, which the button names in `aria-controls`. */
  get listId(): string {
    return this.getAttribute('list-id') ?? '';
  }
  set listId(value: string | null | undefined) {
    reflectText(this, 'list-id', value, '<civic-service-navigation> listId');
  }

  /** Whether the links are shown on a narrow screen (they always are on a wide one). */
  get expanded(): boolean {
    return this.#expanded;
  }
  set expanded(value: boolean | null | undefined) {
    this.#expanded = value === true;
    this.#sync();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#wide ??= window.matchMedia(WIDE);
    this.#wide.addEventListener('change', this.#sync);
    this.#sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#wide?.removeEventListener('change', this.#sync);
  }

  protected paramsFromAttributes(): ServiceNavigationParams {
    return {
      items: this.items,
      label: this.getAttribute('label') ?? undefined,
      menuText: this.getAttribute('menu-text') ?? undefined,
      id: this.getAttribute('list-id') ?? undefined,
      lang: this.text.language,
    };
  }

  protected markup(params: ServiceNavigationParams): MarkupElement {
    return serviceNavigationMarkup(params);
  }

  protected override partsReady(): void {
    this.#sync();
  }

  #parts(): { button: HTMLButtonElement | null; list: HTMLElement | null } {
    const nav = this.querySelector(':scope > .civic-service-navigation');
    return {
      button: nav?.querySelector<HTMLButtonElement>('.civic-service-navigation__toggle') ?? null,
      list: nav?.querySelector<HTMLElement>('.civic-service-navigation__list') ?? null,
    };
  }

  // Narrow: the button shows and the list follows it. Wide: the list shows
  // and the button hides. Before enhancing, nothing is touched.
  #sync = (): void => {
    if (!this.isEnhanced || this.#wide === undefined) return;
    const { button, list } = this.#parts();
    if (button === null || list === null) return;
    const narrow = !this.#wide.matches;
    button.hidden = !narrow;
    button.setAttribute('aria-expanded', String(narrow && this.#expanded));
    list.hidden = narrow && !this.#expanded;
  };

  #onClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest('.civic-service-navigation__toggle');
    if (button?.closest('civic-service-navigation') !== this) return;
    this.#expanded = !this.#expanded;
    this.#sync();
    this.dispatchEvent(
      new CustomEvent('civic-service-navigation-toggle', {
        bubbles: true,
        composed: true,
        detail: { expanded: this.#expanded },
      }),
    );
  };
}
