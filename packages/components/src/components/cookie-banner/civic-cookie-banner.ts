import { CivicContentElement } from '../../core/content-element.js';
import { jsonAttribute } from '../../core/json-attribute.js';
import type { MarkupElement } from '../../core/markup.js';
import { reflectText } from '../../core/text-attribute.js';
import { wholeNumber } from '../../core/whole-number.js';
import { focusNextAfter } from '../notification-banner/focus-after.js';
import { consentCookieString, hasCookie } from './consent-cookie.js';
import {
  choiceValue,
  consentCookie,
  cookieBannerMarkup,
  cookieChoice,
  DEFAULT_FIELD_NAME,
  HIDDEN_FIELDS,
  hiddenFields,
  HIDE_VALUE,
  type CookieBannerHiddenFields,
  type CookieBannerParams,
  type CookieChoice,
} from './markup.js';

export { COOKIE_CHOICES } from './markup.js';
export type { CookieBannerHiddenFields, CookieBannerParams, CookieChoice } from './markup.js';

/** `detail` of `civic-cookie-consent`. */
export interface CookieConsentDetail {
  /** What the person chose. */
  choice: CookieChoice;
  /** The value written to the consent cookie (and posted by the form without script). */
  value: string;
  /** The consent cookie's name. */
  cookieName: string;
}

// Attribute for each text property, in the order the markup writes them.
const TEXT_PROPERTIES = {
  serviceName: 'service-name',
  heading: 'heading',
  action: 'action',
  cookiesHref: 'cookies-href',
  fieldName: 'field-name',
  acceptValue: 'accept-value',
  rejectValue: 'reject-value',
  acceptText: 'accept-text',
  rejectText: 'reject-text',
  cookieName: 'cookie-name',
  cookiePath: 'cookie-path',
} as const;

const OWNER = '<civic-cookie-banner>';

/**
 * Asks to use additional cookies (analytics), and records the answer, with
 * or without JavaScript. Follows the public-sector cookie banner pattern.
 *
 * The element is the banner, a region named "Cookies on <service>", styled
 * by cookie-banner.css alone. Its Accept and Reject buttons are in a real
 * `<form method="post">` to `action`: without script the server records the
 * field (`cookies=accept`), redirects back, and writes the banner with
 * `choice`, its confirmation and a Hide button that posts too. A server that
 * knows the choice (from its cookie) writes no banner.
 *
 * With script the choice is recorded without a reload: the consent cookie is
 * written (`cookie-name`, the choice's value, `cookie-max-age`, `cookie-path`,
 * SameSite=Lax, Secure on https), `civic-cookie-consent` fires, and the
 * confirmation replaces the question with focus moved to it; Hide removes the
 * banner. A banner asking the question hides itself when the consent cookie
 * already exists (a page served from a cache).
 *
 * @tagname civic-cookie-banner
 * @summary Asks to use additional cookies and records the answer, with or without JavaScript.
 *
 * @attr {string} service-name - The service's name, for "Cookies on <service>".
 * @attr {string} heading - The whole heading, instead of "Cookies on <service>".
 * @attr {string} action - Where the form posts the choice; script URLs are refused.
 * @attr {string} cookies-href - The service's cookies page; script URLs are refused.
 * @attr {string} choice - `accept` or `reject` once chosen: the banner is then its confirmation.
 * @attr {string} field-name - Name of the posted field that says the choice (default `cookies`).
 * @attr {string} accept-value - Value posted (and written to the cookie) for Accept (default `accept`).
 * @attr {string} reject-value - Value posted (and written to the cookie) for Reject (default `reject`).
 * @attr {string} accept-text - The Accept button's text.
 * @attr {string} reject-text - The Reject button's text.
 * @attr {string} hidden-fields - JSON of further fields to post, by name: `{"csrf-token":"abc123"}`.
 * @attr {string} cookie-name - Name of the consent cookie (default `cookie-consent`).
 * @attr {number} cookie-max-age - Its lifetime in seconds (default 31536000, a year).
 * @attr {string} cookie-path - Its path (default `/`).
 *
 * @fires {CustomEvent<CookieConsentDetail>} civic-cookie-consent - When Accept or Reject is pressed with script, after the cookie is written and before the confirmation shows. Bubbles, composed. `detail: { choice, value, cookieName }`.
 */
export class CivicCookieBanner extends CivicContentElement<CookieBannerParams> {
  protected static override contentAttributes = [
    ...Object.values(TEXT_PROPERTIES),
    'choice',
    'hidden-fields',
    'cookie-max-age',
  ];
  protected static override ownedHostAttributes = ['role', 'aria-label', 'data-nosnippet'];
  protected static override upgradedProperties: readonly string[] = [
    ...Object.keys(TEXT_PROPERTIES),
    'choice',
    'hiddenFields',
    'cookieMaxAge',
  ];
  protected readonly partSelector = ':scope > .civic-cookie-banner__form';

  #checkedCookie = false;
  #focusConfirmation = false;

  constructor() {
    super();
    this.addEventListener('submit', this.#onSubmit);
  }

  /** The service's name, for the heading "Cookies on <service>". */
  get serviceName(): string {
    return this.getAttribute('service-name') ?? '';
  }
  set serviceName(value: string | null | undefined) {
    this.#reflect('serviceName', value);
  }

  /** The whole heading, instead of "Cookies on <service>". */
  get heading(): string {
    return this.getAttribute('heading') ?? '';
  }
  set heading(value: string | null | undefined) {
    this.#reflect('heading', value);
  }

  /** Where the form posts the choice; script URLs are refused. */
  get action(): string {
    return this.getAttribute('action') ?? '';
  }
  set action(value: string | null | undefined) {
    this.#reflect('action', value);
  }

  /** The service's cookies page, for "View cookies"; script URLs are refused. */
  get cookiesHref(): string {
    return this.getAttribute('cookies-href') ?? '';
  }
  set cookiesHref(value: string | null | undefined) {
    this.#reflect('cookiesHref', value);
  }

  /** `accept` or `reject` once chosen (the banner is its confirmation), else undefined. */
  get choice(): CookieChoice | undefined {
    return cookieChoice(this.getAttribute('choice'));
  }
  set choice(value: CookieChoice | null | undefined) {
    reflectText(this, 'choice', value, `${OWNER} choice`);
  }

  /** Name of the posted field that says the choice (default `cookies`). */
  get fieldName(): string {
    return this.getAttribute('field-name') ?? DEFAULT_FIELD_NAME;
  }
  set fieldName(value: string | null | undefined) {
    this.#reflect('fieldName', value);
  }

  /** Value posted and written to the cookie for Accept (default `accept`). */
  get acceptValue(): string {
    return choiceValue(this.#params(), 'accept');
  }
  set acceptValue(value: string | null | undefined) {
    this.#reflect('acceptValue', value);
  }

  /** Value posted and written to the cookie for Reject (default `reject`). */
  get rejectValue(): string {
    return choiceValue(this.#params(), 'reject');
  }
  set rejectValue(value: string | null | undefined) {
    this.#reflect('rejectValue', value);
  }

  /** The Accept button's text, instead of "Accept additional cookies". */
  get acceptText(): string {
    return this.getAttribute('accept-text') ?? '';
  }
  set acceptText(value: string | null | undefined) {
    this.#reflect('acceptText', value);
  }

  /** The Reject button's text, instead of "Reject additional cookies". */
  get rejectText(): string {
    return this.getAttribute('reject-text') ?? '';
  }
  set rejectText(value: string | null | undefined) {
    this.#reflect('rejectText', value);
  }

  /** Further fields posted with the choice, by name. */
  get hiddenFields(): CookieBannerHiddenFields {
    return this.#hiddenFields();
  }
  set hiddenFields(value: CookieBannerHiddenFields | null | undefined) {
    const fields = hiddenFields(value);
    if (Object.keys(fields).length === 0) this.removeAttribute('hidden-fields');
    else this.setAttribute('hidden-fields', JSON.stringify(fields));
  }

  /** Name of the consent cookie (default `cookie-consent`). */
  get cookieName(): string {
    return consentCookie(this.#params()).name;
  }
  set cookieName(value: string | null | undefined) {
    this.#reflect('cookieName', value);
  }

  /** The consent cookie's lifetime in seconds (default a year). */
  get cookieMaxAge(): number {
    return consentCookie(this.#params()).maxAge;
  }
  set cookieMaxAge(value: number | string | null | undefined) {
    const seconds = wholeNumber(value, 1);
    if (seconds === undefined) {
      if (value !== null && value !== undefined && value !== '') {
        reflectText(this, 'cookie-max-age', value, `${OWNER} cookie-max-age`);
        // A wrong number stays written, so the element warns naming it when it reads it.
        return;
      }
      this.removeAttribute('cookie-max-age');
    } else this.setAttribute('cookie-max-age', String(seconds));
  }

  /** The consent cookie's path (default `/`). */
  get cookiePath(): string {
    return consentCookie(this.#params()).path;
  }
  set cookiePath(value: string | null | undefined) {
    this.#reflect('cookiePath', value);
  }

  #reflect(property: keyof typeof TEXT_PROPERTIES, value: unknown): void {
    reflectText(this, TEXT_PROPERTIES[property], value, `${OWNER} ${property}`);
  }

  #hiddenFields(): CookieBannerHiddenFields {
    return jsonAttribute(this.getAttribute('hidden-fields'), HIDDEN_FIELDS);
  }

  /** The params the attributes give, without reading the JSON (no warning twice). */
  #params(): CookieBannerParams {
    const text = (name: string) => this.getAttribute(name) ?? undefined;
    return {
      serviceName: text('service-name'),
      heading: text('heading'),
      action: text('action'),
      cookiesHref: text('cookies-href'),
      choice: text('choice') as CookieChoice | undefined,
      fieldName: text('field-name'),
      acceptValue: text('accept-value'),
      rejectValue: text('reject-value'),
      acceptText: text('accept-text'),
      rejectText: text('reject-text'),
      cookieName: text('cookie-name'),
      cookieMaxAge: text('cookie-max-age'),
      cookiePath: text('cookie-path'),
      lang: this.text.language,
    };
  }

  protected paramsFromAttributes(): CookieBannerParams {
    return { ...this.#params(), hiddenFields: this.#hiddenFields() };
  }

  protected markup(params: CookieBannerParams): MarkupElement {
    return cookieBannerMarkup(params);
  }

  protected override partsReady(): void {
    if (!this.#checkedCookie) {
      this.#checkedCookie = true;
      // Asked already (a page from a cache, or a server that does not read
      // the cookie): the question is not asked again. A confirmation stays.
      if (this.choice === undefined && hasCookie(this.ownerDocument, this.cookieName)) {
        this.hidden = true;
      }
    }
    if (this.#focusConfirmation) {
      this.#focusConfirmation = false;
      // Focus moves to what the press did (as after the server's redirect a
      // screen reader reads the alert), and a keyboard user carries on from it.
      this.querySelector<HTMLElement>('.civic-cookie-banner__confirmation')?.focus();
    }
  }

  #onSubmit = (event: SubmitEvent): void => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.parentElement !== this) return;
    if (!form.classList.contains('civic-cookie-banner__form')) return;
    const submitter = event.submitter;
    if (!(submitter instanceof HTMLButtonElement) || submitter.name !== this.fieldName) return;
    const params = this.#params();
    if (submitter.value === HIDE_VALUE) {
      event.preventDefault();
      this.#hide();
      return;
    }
    const choice = (['accept', 'reject'] as const).find(
      (kind) => choiceValue(params, kind) === submitter.value,
    );
    if (choice === undefined) return;
    event.preventDefault();
    const cookie = consentCookie(params);
    const value = choiceValue(params, choice);
    this.ownerDocument.cookie = consentCookieString(
      cookie,
      value,
      this.ownerDocument.location.protocol === 'https:',
    );
    this.dispatchEvent(
      new CustomEvent<CookieConsentDetail>('civic-cookie-consent', {
        bubbles: true,
        composed: true,
        detail: { choice, value, cookieName: cookie.name },
      }),
    );
    this.#focusConfirmation = true;
    this.choice = choice;
  };

  #hide(): void {
    const hadFocus = this.contains(this.ownerDocument.activeElement);
    this.hidden = true;
    if (hadFocus) focusNextAfter(this);
  }
}
