import { CivicContentElement } from '../../core/content-element.js';
import type { MarkupElement } from '../../core/markup.js';
import { reflectText } from '../../core/text-attribute.js';
import {
  languageToggleMarkup,
  toggleLanguage,
  TOGGLE_LANGUAGES,
  type LanguageToggleParams,
  type ToggleLanguage,
} from './markup.js';

export type { LanguageToggleParams, ToggleLanguage } from './markup.js';

/** `detail` of `civic-language-change`. */
export interface LanguageChangeDetail {
  /** The language chosen: `en` or `cy`. */
  language: ToggleLanguage;
}

/**
 * English / Cymraeg: links to this page in the other language, which a
 * server gives, each named in its own language with `lang` and `hreflang`,
 * the current language marked with `aria-current`.
 *
 * By default the links navigate, with or without script, and the server
 * sends the page in that language. With `live`, the element switches on the
 * client instead: it sets `lang` on the document's root element, which
 * every Civic component follows (core/localisation.ts), marks the chosen
 * language as current and keeps focus on its link. Without script a `live`
 * toggle still navigates.
 *
 * @tagname civic-language-toggle
 * @summary English / Cymraeg links, or a live switch of Civic's own strings.
 *
 * @attr {string} current - The page's language, `en` (default) or `cy`.
 * @attr {string} english-href - This page in English.
 * @attr {string} welsh-href - This page in Welsh.
 * @attr {boolean} live - Switch the page's language on the client instead of navigating.
 * @attr {string} label - The landmark's name instead of "Choose a language".
 *
 * @fires {CustomEvent<LanguageChangeDetail>} civic-language-change - In `live` mode, before the page's language changes. Bubbles, composed, cancelable: `preventDefault()` keeps the language (and follows the link as usual).
 */
export class CivicLanguageToggle extends CivicContentElement<LanguageToggleParams> {
  protected static override contentAttributes = [
    'current',
    'english-href',
    'welsh-href',
    'live',
    'label',
  ];
  protected static override upgradedProperties: readonly string[] = [
    'current',
    'englishHref',
    'welshHref',
    'live',
    'label',
  ];
  protected readonly partSelector = ':scope > .civic-language-toggle';

  constructor() {
    super();
    this.addEventListener('click', this.#onClick);
  }

  /** The page's language, `en` (default) or `cy`. */
  get current(): ToggleLanguage {
    return toggleLanguage(this.getAttribute('current'));
  }
  set current(value: ToggleLanguage | null | undefined) {
    if (value === null || value === undefined) this.removeAttribute('current');
    else this.setAttribute('current', toggleLanguage(value));
  }

  /** This page in English. */
  get englishHref(): string {
    return this.getAttribute('english-href') ?? '';
  }
  set englishHref(value: string | null | undefined) {
    reflectText(this, 'english-href', value, '<civic-language-toggle> englishHref');
  }

  /** This page in Welsh. */
  get welshHref(): string {
    return this.getAttribute('welsh-href') ?? '';
  }
  set welshHref(value: string | null | undefined) {
    reflectText(this, 'welsh-href', value, '<civic-language-toggle> welshHref');
  }

  /** Whether choosing a language switches the page on the client instead of navigating. */
  get live(): boolean {
    return this.hasAttribute('live');
  }
  set live(value: boolean | null | undefined) {
    this.toggleAttribute('live', value === true);
  }

  /** The landmark's name instead of "Choose a language". */
  get label(): string {
    return this.getAttribute('label') ?? '';
  }
  set label(value: string | null | undefined) {
    reflectText(this, 'label', value, '<civic-language-toggle> label');
  }

  protected paramsFromAttributes(): LanguageToggleParams {
    const current = this.getAttribute('current');
    return {
      current: current === null ? undefined : (current as ToggleLanguage),
      englishHref: this.getAttribute('english-href') ?? undefined,
      welshHref: this.getAttribute('welsh-href') ?? undefined,
      live: this.live,
      label: this.getAttribute('label') ?? undefined,
    };
  }

  protected markup(params: LanguageToggleParams): MarkupElement {
    return languageToggleMarkup(params);
  }

  #onClick = (event: MouseEvent): void => {
    if (!this.live) return;
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (link === null || !this.contains(link)) return;
    const language = link.getAttribute('hreflang');
    if (!TOGGLE_LANGUAGES.some((choice) => choice === language)) return;
    const chosen = language as ToggleLanguage;
    const change = new CustomEvent<LanguageChangeDetail>('civic-language-change', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { language: chosen },
    });
    if (!this.dispatchEvent(change)) return;
    event.preventDefault();
    // Every Civic component follows the root's lang (LocaliseController), and so
    // do screen readers for text without a lang of its own.
    this.ownerDocument.documentElement.lang = chosen;
    const hadFocus = link === this.ownerDocument.activeElement;
    this.current = chosen;
    // The links are rebuilt with the new current language: focus stays on the
    // chosen one, so a keyboard user is where they were.
    if (hadFocus) void this.updateComplete.then(() => this.#focusLink(chosen));
  };

  #focusLink(language: ToggleLanguage): void {
    const links = this.querySelectorAll<HTMLElement>('.civic-language-toggle__link');
    [...links].find((candidate) => candidate.lang === language)?.focus();
  }
}
