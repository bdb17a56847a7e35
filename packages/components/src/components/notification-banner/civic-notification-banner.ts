import { CivicContentElement } from '../../core/content-element.js';
import { shownValue } from '../../core/enumerated.js';
import { elementFrom } from '../../core/markup-dom.js';
import type { MarkupElement } from '../../core/markup.js';
import { warnOnce } from '../../core/warn.js';
import { focusNextAfter } from './focus-after.js';
import {
  bannerHeadingLevel,
  bannerTitle,
  bannerType,
  dismissPart,
  notificationBannerMarkup,
  type BannerHeadingLevel,
  type NotificationBannerParams,
  type NotificationBannerType,
} from './markup.js';

export { NOTIFICATION_BANNER_TYPES } from './markup.js';
export type {
  BannerHeadingLevel,
  NotificationBannerParams,
  NotificationBannerType,
} from './markup.js';

/** `detail` of `civic-dismiss`. */
export interface DismissDetail {
  /** The banner's type when it was dismissed. */
  type: NotificationBannerType;
}

const TEXT_ATTRIBUTES = [
  'type',
  'title-text',
  'heading-level',
  'heading',
  'link-href',
  'link-text',
];
const BOOLEAN_ATTRIBUTES = ['dismissible', 'disable-auto-focus'];

const DISMISS_LINE = ':scope > .civic-notification-banner__dismiss-line';

// Titles made unique on this page, so each banner is named by its own.
let uniqueTitles = 0;

/**
 * Tells people about something important that is not an error, or confirms
 * that an action they took worked. Follows the public-sector notification
 * banner pattern:
 *
 * - `important` (the default) is a region labelled by its title. It is part
 *   of the page and does not move focus.
 * - `success` is an alert: it takes focus when it appears (also when a server
 *   wrote it into the page as it loads), so a screen reader reads it at once
 *   after the action that caused it. Once focus leaves it, it is no longer
 *   focusable, so it does not catch focus again.
 *
 * The element is the banner, styled by notification-banner.css alone: a
 * server writes it with its title bar, message and link (the
 * civicNotificationBanner macro) and it reads and looks the same without
 * script; or the element builds the same HTML from its attributes. Content
 * the page puts in it stays where the page (or a framework) put it, after the
 * message. The Dismiss button is added by the script, so a page without it
 * has no button that does nothing.
 *
 * @tagname civic-notification-banner
 * @summary An important message, or confirmation that an action worked.
 *
 * @attr {'important' | 'success'} type - `important` (default) or `success`.
 * @attr {string} title-text - The title, instead of "Important" or "Success" in the page's language.
 * @attr {number} heading-level - Level of the title, 1–6 (default 2).
 * @attr {string} heading - The main message, in bold.
 * @attr {string} link-href - Where the banner's own link goes; script URLs are refused.
 * @attr {string} link-text - The text of the banner's own link.
 * @attr {boolean} dismissible - Adds a Dismiss button (with script).
 * @attr {boolean} disable-auto-focus - Keeps a success banner from taking focus when it appears.
 *
 * @slot - Any further content, after the heading message. Links in it are page content.
 *
 * @fires {CustomEvent<DismissDetail>} civic-dismiss - When the Dismiss button is pressed, before the banner hides. Bubbles, composed, cancelable: call `preventDefault()` to keep the banner (and handle focus yourself). `detail: { type }`.
 */
export class CivicNotificationBanner extends CivicContentElement<NotificationBannerParams> {
  protected static override contentAttributes = [...TEXT_ATTRIBUTES, ...BOOLEAN_ATTRIBUTES];
  protected static override ownedHostAttributes = ['role', 'aria-labelledby', 'tabindex'];
  protected static override upgradedProperties: readonly string[] = [
    'type',
    'titleText',
    'headingLevel',
    'heading',
    'linkHref',
    'linkText',
    'dismissible',
    'disableAutoFocus',
  ];
  protected readonly partSelector = [
    ':scope > .civic-notification-banner__header',
    ':scope > .civic-notification-banner__heading',
    ':scope > .civic-notification-banner__link-line',
    DISMISS_LINE,
  ].join(', ');

  // Whether focus has left the banner, or never came: then it is not focusable.
  #focusLeft = false;
  #appeared = false;

  constructor() {
    super();
    this.addEventListener('blur', this.#onBlur);
    this.addEventListener('click', this.#onClick);
  }

  /** `important` (a region, the default) or `success` (an alert that takes focus when it appears). */
  get type(): NotificationBannerType {
    return bannerType(this.getAttribute('type'));
  }
  set type(value: NotificationBannerType | null | undefined) {
    this.#reflect('type', value);
  }

  /** The title, instead of "Important" or "Success" in the page's language. */
  get titleText(): string {
    return this.getAttribute('title-text') ?? '';
  }
  set titleText(value: string | null | undefined) {
    this.#reflect('title-text', value);
  }

  /** Level (1–6) of the title. Default 2. */
  get headingLevel(): BannerHeadingLevel {
    return bannerHeadingLevel(this.getAttribute('heading-level'));
  }
  set headingLevel(value: BannerHeadingLevel | `${BannerHeadingLevel}` | null | undefined) {
    this.#reflect('heading-level', value);
  }

  /** The main message, in bold. */
  get heading(): string {
    return this.getAttribute('heading') ?? '';
  }
  set heading(value: string | null | undefined) {
    this.#reflect('heading', value);
  }

  /** Where the banner's own link goes; shown with `linkText`. Script URLs are refused. */
  get linkHref(): string {
    return this.getAttribute('link-href') ?? '';
  }
  set linkHref(value: string | null | undefined) {
    this.#reflect('link-href', value);
  }

  /** The text of the banner's own link, such as "View your application". */
  get linkText(): string {
    return this.getAttribute('link-text') ?? '';
  }
  set linkText(value: string | null | undefined) {
    this.#reflect('link-text', value);
  }

  /** Shows a Dismiss button that hides the banner. */
  get dismissible(): boolean {
    return this.hasAttribute('dismissible');
  }
  set dismissible(value: boolean | null | undefined) {
    this.toggleAttribute('dismissible', value === true);
  }

  /** Keeps a success banner from taking focus when it appears, for when something else must have focus. */
  get disableAutoFocus(): boolean {
    return this.hasAttribute('disable-auto-focus');
  }
  set disableAutoFocus(value: boolean | null | undefined) {
    this.toggleAttribute('disable-auto-focus', value === true);
  }

  // null and undefined remove the attribute; a number is written as text;
  // any other type would show as "[object Object]": it is told off and removed.
  #reflect(name: string, value: unknown): void {
    if (typeof value === 'string') this.setAttribute(name, value);
    else if (typeof value === 'number' && Number.isFinite(value))
      this.setAttribute(name, String(value));
    else {
      if (value !== null && value !== undefined) {
        warnOnce(
          `<civic-notification-banner> ${name} must be text, not ${shownValue(value)}, so it is left out.`,
        );
      }
      this.removeAttribute(name);
    }
  }

  protected paramsFromAttributes(): NotificationBannerParams {
    const text = (name: string) => this.getAttribute(name) ?? undefined;
    return {
      type: text('type') as NotificationBannerType | undefined,
      titleText: text('title-text'),
      headingLevel: text('heading-level') as NotificationBannerParams['headingLevel'],
      heading: text('heading'),
      linkHref: text('link-href'),
      linkText: text('link-text'),
      dismissible: this.dismissible,
      disableAutoFocus: this.disableAutoFocus,
      id: this.id === '' ? undefined : this.id,
      lang: this.text.language,
    };
  }

  protected markup(params: NotificationBannerParams): MarkupElement {
    const tree = notificationBannerMarkup(params);
    if (!this.#focusLeft) return tree;
    // Focus has left it once: it stays out of reach, whatever is rebuilt.
    return { ...tree, attributes: { ...tree.attributes, tabindex: undefined } };
  }

  protected override partsReady(): void {
    this.#makeTitleIdUnique();
    this.#syncDismiss();
    if (this.#appeared) return;
    this.#appeared = true;
    // The public-sector pattern: after an action, move focus to its result so
    // a screen reader reads it and a keyboard user starts from it.
    if (this.type === 'success' && !this.disableAutoFocus && this.hasAttribute('tabindex')) {
      this.focus();
    } else {
      this.#focusLeft = true;
    }
  }

  protected override update(): void {
    super.update();
    // A server's banner keeps its words; the button is the script's own, so
    // it follows the page's language.
    this.#syncDismiss();
  }

  /** The Dismiss line, there when the banner is dismissible, in the current words. */
  #syncDismiss(): void {
    const current = this.querySelector(DISMISS_LINE);
    if (!this.dismissible) {
      current?.remove();
      return;
    }
    const title = this.querySelector('.civic-notification-banner__title')?.textContent.trim();
    const wanted = elementFrom(
      dismissPart(title ?? bannerTitle(this.paramsFromAttributes()), this.text.language),
    );
    if (current?.isEqualNode(wanted)) return;
    const hadFocus = current?.contains(document.activeElement) === true;
    if (current) current.replaceWith(wanted);
    else this.append(wanted);
    if (hadFocus) wanted.querySelector('button')?.focus();
  }

  // Two banners without ids on one page would both be named by the first
  // one's title: give this one's title an id of its own.
  #makeTitleIdUnique(): void {
    const title = this.querySelector<HTMLElement>(
      ':scope > .civic-notification-banner__header > .civic-notification-banner__title',
    );
    if (title === null || title.id === '') return;
    const root = this.getRootNode();
    if (!(root instanceof Document || root instanceof ShadowRoot)) return;
    if (root.getElementById(title.id) === title) return;
    uniqueTitles += 1;
    title.id = `${title.id}-${uniqueTitles}`;
    this.setAttribute('aria-labelledby', title.id);
  }

  #onBlur = (event: FocusEvent): void => {
    // Only the banner's own blur: its links and button blur on their own.
    if (event.target !== this) return;
    this.#focusLeft = true;
    this.removeAttribute('tabindex');
  };

  #onClick = (event: MouseEvent): void => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const button = target.closest('.civic-notification-banner__dismiss');
    if (button?.closest('civic-notification-banner') !== this) return;
    this.#dismiss();
  };

  #dismiss(): void {
    const event = new CustomEvent<DismissDetail>('civic-dismiss', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { type: this.type },
    });
    if (!this.dispatchEvent(event)) return;
    const hadFocus = this.contains(document.activeElement);
    this.hidden = true;
    if (hadFocus) focusNextAfter(this);
  }
}
