import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading, headingLevel } from '../../core/heading.js';
import { LocaliseController } from '../../core/localisation.js';
import { safeUrl } from '../../core/safe-url.js';
import { warnOnce } from '../../core/warn.js';
import { notificationBannerStyles } from './civic-notification-banner.styles.js';
import { focusNextAfter } from './focus-after.js';
import './messages.js';

/** The kinds of notification banner. */
export const NOTIFICATION_BANNER_TYPES = ['important', 'success'] as const;
export type NotificationBannerType = (typeof NOTIFICATION_BANNER_TYPES)[number];

/** `detail` of `civic-dismiss`. */
export interface DismissDetail {
  /** The banner's type when it was dismissed. */
  type: NotificationBannerType;
}

/**
 * Tells people about something important that is not an error, or confirms
 * that an action they took worked. Follows the public-sector notification
 * banner pattern:
 *
 * - `important` (the default) is a region labelled by its title. It is part of
 *   the page and does not move focus.
 * - `success` is an alert: it takes focus when it first renders, so a screen
 *   reader reads it at once after the action that caused it. Once focus leaves
 *   it, it is no longer focusable, so it does not catch the Tab key again.
 *
 * @tagname civic-notification-banner
 * @summary An important message, or confirmation that an action worked.
 *
 * @slot heading - The main message, in bold: a paragraph such as `<p slot="heading">`.
 * @slot - Any further content. Links in slotted content are page content and take the page's link styles.
 *
 * @fires civic-dismiss - When the dismiss button is pressed, before the banner hides. Bubbles, composed, cancelable: call `preventDefault()` to keep the banner (and handle focus yourself). `detail: { type }`.
 *
 * @csspart banner - The whole banner: the region or alert, with its border.
 * @csspart header - The coloured bar that holds the title.
 * @csspart heading - The title ("Important", "Success" or `title-text`).
 * @csspart content - The area holding the message, the link and the dismiss button.
 * @csspart link - The banner's own link (`link-href` and `link-text`).
 * @csspart dismiss - The dismiss button.
 */
export class CivicNotificationBanner extends LitElement {
  static override styles = notificationBannerStyles;

  /** `important` (a region, the default) or `success` (an alert that takes focus when it appears). */
  @property({ reflect: true }) type: NotificationBannerType = 'important';

  /** The title, instead of "Important" or "Success" in the page's language. */
  @property({ reflect: true, attribute: 'title-text' }) titleText?: string;

  /** Heading level (1–6) of the title. Default 2. */
  @property({ type: Number, reflect: true, attribute: 'heading-level' }) headingLevel = 2;

  /** Keeps a success banner from taking focus when it appears, for when something else must have focus. */
  @property({ type: Boolean, reflect: true, attribute: 'disable-auto-focus' })
  disableAutoFocus = false;

  /** Shows a "Dismiss" button that hides the banner. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** Where the banner's own link goes; shown with `link-text`. Script URLs are refused. */
  @property({ reflect: true, attribute: 'link-href' }) linkHref?: string;

  /** The text of the banner's own link, such as "View your application". */
  @property({ reflect: true, attribute: 'link-text' }) linkText?: string;

  /**
   * Focusable only until focus first leaves it (tabindex -1, never in the Tab
   * order). Rendered on the server too, so hydration finds the same markup.
   */
  @state() private focusable = false;

  readonly #text = new LocaliseController(this);

  /** `type` as given, or `important` for anything else (with a warning). */
  get #type(): NotificationBannerType {
    // Removing the attribute sets null, which is the default type, not a mistake.
    const given = this.type as string | null | undefined;
    if (given === null || given === undefined) return 'important';
    if ((NOTIFICATION_BANNER_TYPES as readonly string[]).includes(given)) {
      return given as NotificationBannerType;
    }
    warnOnce(
      `<civic-notification-banner type="${given.slice(0, 40)}"> is not a banner type, ` +
        'so it is shown as "important". Use type="important" or type="success".',
    );
    return 'important';
  }

  get #title(): string {
    const given = this.titleText?.trim();
    if (given) return given;
    return this.#text.t(`notification-banner.${this.#type}`);
  }

  get #autoFocuses(): boolean {
    return this.#type === 'success' && !this.disableAutoFocus;
  }

  override willUpdate(): void {
    // Before the first render, so the server renders tabindex="-1" as the browser will.
    if (!this.hasUpdated) this.focusable = this.#autoFocuses;
  }

  override firstUpdated(): void {
    if (!this.focusable) return;
    // The public-sector pattern: after an action, move focus to its result so
    // a screen reader reads it and a keyboard user starts from it.
    this.#region?.focus();
  }

  override updated(): void {
    this.renderRoot.querySelector('.dismiss-line')?.removeAttribute('hidden');
  }

  get #region(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part~="banner"]');
  }

  #onBlur = (): void => {
    this.focusable = false;
  };

  #dismiss = (): void => {
    const event = new CustomEvent<DismissDetail>('civic-dismiss', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { type: this.#type },
    });
    if (!this.dispatchEvent(event)) return;
    const hadFocus = this.matches(':focus-within');
    this.hidden = true;
    if (hadFocus) focusNextAfter(this);
  };

  #linkTemplate() {
    const text = this.linkText?.trim();
    if (!text || this.linkHref === undefined) return nothing;
    const href = safeUrl(this.linkHref, 'civic-notification-banner');
    if (href === undefined) return nothing;
    return html`<p class="link-line"><a part="link" class="link" href=${href}>${text}</a></p>`;
  }

  #dismissTemplate(title: string) {
    if (!this.dismissible) return nothing;
    const context = this.#text.t('notification-banner.dismiss-context', { title });
    // Rendered hidden, and shown by updated(), which only runs in a browser: a
    // server-rendered page without JavaScript gets no button that does nothing.
    return html`<p class="dismiss-line" hidden>
      <button part="dismiss" class="link dismiss" type="button" @click=${this.#dismiss}>
        ${this.#text.t('notification-banner.dismiss')}<span class="visually-hidden">
          ${context}</span
        >
      </button>
    </p>`;
  }

  override render() {
    const title = this.#title;
    const type = this.#type;
    return html`<div
      part="banner"
      class="banner ${type}"
      role=${type === 'success' ? 'alert' : 'region'}
      aria-labelledby="title"
      tabindex=${ifDefined(this.focusable ? -1 : undefined)}
      @blur=${this.#onBlur}
    >
      <div part="header" class="header" id="title">
        ${heading(headingLevel(this.headingLevel, 2), title)}
      </div>
      <div part="content" class="content">
        <div class="message"><slot name="heading"></slot></div>
        <slot></slot>
        ${this.#linkTemplate()} ${this.#dismissTemplate(title)}
      </div>
    </div>`;
  }
}
