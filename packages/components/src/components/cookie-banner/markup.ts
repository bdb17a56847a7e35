// The canonical HTML of a cookie banner, defined once: what a server writes
// (the civicCookieBanner macro) and what <civic-cookie-banner> builds from its
// attributes. The element is the banner: a region named "Cookies on <service>"
// holding one real form. Its Accept and Reject buttons post the choice to the
// server (which records it and redirects back) with or without script; the
// server then writes the banner with `choice`, which is its confirmation and a
// Hide button that posts too. With script the element does the same without
// a reload (civic-cookie-banner.ts).
import { isOneOf, shownValue } from '../../core/enumerated.js';
import { jsonValue, type JsonAttributeOptions } from '../../core/json-attribute.js';
import { translate } from '../../core/localisation.js';
import { h, raw, type MarkupElement, type MarkupNode } from '../../core/markup.js';
import { safeUrl } from '../../core/safe-url.js';
import { warnOnce } from '../../core/warn.js';
import { wholeNumber } from '../../core/whole-number.js';
import './messages.js';

export const COOKIE_CHOICES = ['accept', 'reject'] as const;
/** What a person chose: to accept or to reject the additional cookies. */
export type CookieChoice = (typeof COOKIE_CHOICES)[number];

/** Form fields a server wants back with the choice (a CSRF token, the page to return to). */
export type CookieBannerHiddenFields = Record<string, string>;

export interface CookieBannerParams {
  /** The service's name, for the heading "Cookies on <service>" (and the region's name). */
  serviceName?: string;
  /** The whole heading, instead of "Cookies on <service>". */
  heading?: string;
  /** Where the form posts the choice (the server records it and redirects back). Script URLs are refused. */
  action?: string;
  /** The service's cookies page: the "View cookies" and "change your cookie settings" links. Script URLs are refused. */
  cookiesHref?: string;
  /** The choice already made: the banner is then its confirmation, with a Hide button. */
  choice?: CookieChoice;
  /** The name of the form field that says the choice; default `cookies`. */
  fieldName?: string;
  /** The field's value (and the consent cookie's) for Accept; default `accept`. */
  acceptValue?: string;
  /** The field's value (and the consent cookie's) for Reject; default `reject`. */
  rejectValue?: string;
  /** The Accept button's text, instead of "Accept additional cookies". */
  acceptText?: string;
  /** The Reject button's text, instead of "Reject additional cookies". */
  rejectText?: string;
  /** Further fields posted with the choice, by name (a CSRF token, the page to return to). */
  hiddenFields?: CookieBannerHiddenFields;
  /** The consent cookie the script writes: its name (default `cookie-consent`). */
  cookieName?: string;
  /** How long the consent cookie lasts, in seconds (default a year, 31536000). */
  cookieMaxAge?: number | string;
  /** The consent cookie's path (default `/`). */
  cookiePath?: string;
  /** The message, as HTML the server trusts, instead of the default two sentences. Server rendering only. */
  html?: string;
  /** Language of the built-in text, such as `cy`; defaults to English. */
  lang?: string;
}

export const DEFAULT_FIELD_NAME = 'cookies';
export const DEFAULT_COOKIE_NAME = 'cookie-consent';
/** A year, in seconds. */
export const DEFAULT_COOKIE_MAX_AGE = 31_536_000;
export const DEFAULT_COOKIE_PATH = '/';
/** The field's value for the confirmation's Hide button. */
export const HIDE_VALUE = 'hide';

const OWNER = '<civic-cookie-banner>';
// A cookie name is an RFC 6265 token: no spaces, separators or controls.
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// A cookie path starts with / and holds no ; (which would end it) or controls.
// eslint-disable-next-line no-control-regex -- exactly the characters a cookie cannot carry
const COOKIE_PATH = /^\/[^;\u0000-\u001f\u007f]*$/;

function given(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The choice, or undefined (the question) when it is not accept or reject, with a warning. */
export function cookieChoice(value: unknown): CookieChoice | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (isOneOf(COOKIE_CHOICES, value)) return value;
  warnOnce(
    `${OWNER} choice="${shownValue(value)}" is not accept or reject, so the banner asks the question. ` +
      'Set choice to the choice the server recorded, or leave it out.',
  );
  return undefined;
}

/** How hidden fields are read, from a param, a property or the `hidden-fields` attribute. */
export const HIDDEN_FIELDS: JsonAttributeOptions<CookieBannerHiddenFields> = {
  owner: `${OWNER} hidden-fields`,
  example: '{"csrf-token":"abc123"}',
  fallback: {},
  // An object of names to text values; other entries are left out.
  accept: (parsed) => {
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
    const fields = Object.entries(parsed).filter(
      (entry): entry is [string, string] => entry[0] !== '' && typeof entry[1] === 'string',
    );
    return fields.length === 0 && Object.keys(parsed).length > 0
      ? undefined
      : Object.fromEntries(fields);
  },
};

/** The fields a server wants back, keeping only text values. */
export function hiddenFields(value: unknown): CookieBannerHiddenFields {
  return jsonValue(value, HIDDEN_FIELDS);
}

/** The consent cookie's name, path and lifetime, each checked (a wrong one warns and gives the default). */
export interface ConsentCookie {
  name: string;
  maxAge: number;
  path: string;
}

export function consentCookie(params: CookieBannerParams): ConsentCookie {
  let name = DEFAULT_COOKIE_NAME;
  if (given(params.cookieName)) {
    if (COOKIE_NAME.test(params.cookieName)) name = params.cookieName;
    else
      warnOnce(
        `${OWNER} cookie-name="${params.cookieName.slice(0, 40)}" is not a cookie name (letters, digits and - _ . only, no spaces), so "${DEFAULT_COOKIE_NAME}" is used.`,
      );
  }
  let path = DEFAULT_COOKIE_PATH;
  if (given(params.cookiePath)) {
    if (COOKIE_PATH.test(params.cookiePath)) path = params.cookiePath;
    else
      warnOnce(
        `${OWNER} cookie-path="${params.cookiePath.slice(0, 40)}" is not a path starting with / (and without ;), so "/" is used.`,
      );
  }
  let maxAge = DEFAULT_COOKIE_MAX_AGE;
  const writtenAge = params.cookieMaxAge as unknown;
  if (writtenAge !== undefined && writtenAge !== null && writtenAge !== '') {
    const seconds = wholeNumber(writtenAge, 1);
    if (seconds === undefined) {
      warnOnce(
        `${OWNER} cookie-max-age="${shownValue(writtenAge)}" is not a whole number of seconds, so a year (${DEFAULT_COOKIE_MAX_AGE}) is used.`,
      );
    } else maxAge = seconds;
  }
  return { name, maxAge, path };
}

/** The text a choice's field (and cookie) carries. */
export function choiceValue(params: CookieBannerParams, choice: CookieChoice): string {
  const value = choice === 'accept' ? params.acceptValue : params.rejectValue;
  return given(value) ? value : choice;
}

/** The heading: `heading`, else "Cookies on <service>" in the language. */
export function cookieBannerHeading(params: CookieBannerParams): string {
  if (given(params.heading)) return params.heading.trim();
  const lang = params.lang ?? 'en';
  if (given(params.serviceName)) {
    return translate(lang, 'cookie-banner.heading', { service: params.serviceName.trim() });
  }
  warnOnce(
    `${OWNER} has no service-name, so its heading is "Cookies on this service": set service-name to your service's name.`,
  );
  return translate(lang, 'cookie-banner.heading-no-service');
}

function cookiesLink(params: CookieBannerParams): string | undefined {
  if (!given(params.cookiesHref)) {
    warnOnce(
      `${OWNER} has no cookies-href, so it has no link to your cookies page: set cookies-href to its URL.`,
    );
    return undefined;
  }
  return safeUrl(params.cookiesHref, 'civic-cookie-banner');
}

function formAction(params: CookieBannerParams): string | undefined {
  if (!given(params.action)) {
    warnOnce(
      `${OWNER} has no action, so without JavaScript the choice is posted to the page itself: set action to the URL on your server that records it.`,
    );
    return undefined;
  }
  return safeUrl(params.action, 'civic-cookie-banner');
}

function button(fieldName: string, value: string, text: string): MarkupElement {
  return h('button', { type: 'submit', class: 'civic-button', name: fieldName, value }, text);
}

function questionParts(params: CookieBannerParams, fieldName: string, href: string | undefined) {
  const lang = params.lang ?? 'en';
  return [
    h(
      'div',
      { class: 'civic-cookie-banner__content' },
      ...(given(params.html)
        ? [raw(params.html)]
        : [
            h('p', {}, translate(lang, 'cookie-banner.essential')),
            h('p', {}, translate(lang, 'cookie-banner.additional')),
          ]),
    ),
    h(
      'div',
      { class: 'civic-cookie-banner__actions' },
      button(
        fieldName,
        choiceValue(params, 'accept'),
        given(params.acceptText)
          ? params.acceptText.trim()
          : translate(lang, 'cookie-banner.accept'),
      ),
      button(
        fieldName,
        choiceValue(params, 'reject'),
        given(params.rejectText)
          ? params.rejectText.trim()
          : translate(lang, 'cookie-banner.reject'),
      ),
      href === undefined
        ? null
        : h(
            'a',
            { class: 'civic-cookie-banner__link', href },
            translate(lang, 'cookie-banner.view'),
          ),
    ),
  ];
}

/**
 * The confirmation: what was chosen and where to change it, then Hide. An
 * alert, so a screen reader reads it as it appears after the server's
 * redirect; focusable (never in the Tab order) so the script can move focus
 * to it when it appears without a reload.
 */
function confirmationParts(
  params: CookieBannerParams,
  choice: CookieChoice,
  fieldName: string,
  href: string | undefined,
  heading: string,
): MarkupNode[] {
  const lang = params.lang ?? 'en';
  const outcome = translate(lang, `cookie-banner.${choice}ed`);
  return [
    h(
      'div',
      { class: 'civic-cookie-banner__confirmation', role: 'alert', tabindex: '-1' },
      h('h2', { class: 'civic-cookie-banner__heading' }, heading),
      h(
        'div',
        { class: 'civic-cookie-banner__content' },
        h(
          'p',
          {},
          outcome,
          ...(href === undefined
            ? []
            : [
                ' ',
                translate(lang, 'cookie-banner.settings-before'),
                h(
                  'a',
                  { class: 'civic-cookie-banner__link', href },
                  translate(lang, 'cookie-banner.settings-link'),
                ),
                translate(lang, 'cookie-banner.settings-after'),
              ]),
        ),
      ),
    ),
    h(
      'div',
      { class: 'civic-cookie-banner__actions' },
      button(fieldName, HIDE_VALUE, translate(lang, 'cookie-banner.hide')),
    ),
  ];
}

export function cookieBannerMarkup(written: CookieBannerParams | null = {}): MarkupElement {
  // A template may pass nothing at all.
  const params: CookieBannerParams = written !== null && typeof written === 'object' ? written : {};
  const choice = cookieChoice(params.choice);
  const heading = cookieBannerHeading(params);
  const href = cookiesLink(params);
  const action = formAction(params);
  const fieldName = given(params.fieldName) ? params.fieldName.trim() : DEFAULT_FIELD_NAME;
  const fields = hiddenFields(params.hiddenFields);
  const cookie = consentCookie(params);
  const text = (value: unknown) => (given(value) ? value : undefined);
  const fieldInputs = Object.entries(fields).map(([name, value]) =>
    h('input', { type: 'hidden', name, value }),
  );
  return h(
    'civic-cookie-banner',
    {
      // The element's attributes, so its script reads what the server wrote.
      'service-name': text(params.serviceName),
      heading: text(params.heading),
      action: text(params.action),
      'cookies-href': text(params.cookiesHref),
      choice,
      'field-name': text(params.fieldName),
      'accept-value': text(params.acceptValue),
      'reject-value': text(params.rejectValue),
      'accept-text': text(params.acceptText),
      'reject-text': text(params.rejectText),
      'hidden-fields': fieldInputs.length === 0 ? undefined : JSON.stringify(fields),
      'cookie-name': given(params.cookieName) ? cookie.name : undefined,
      'cookie-max-age':
        params.cookieMaxAge === undefined || (params.cookieMaxAge as unknown) === ''
          ? undefined
          : String(cookie.maxAge),
      'cookie-path': given(params.cookiePath) ? cookie.path : undefined,
      // A landmark a screen reader can list and skip, named like its heading.
      role: 'region',
      'aria-label': heading,
      // Search engines leave it out of the page's snippet.
      'data-nosnippet': true,
    },
    h(
      'form',
      { class: 'civic-cookie-banner__form', method: 'post', action },
      choice === undefined ? h('h2', { class: 'civic-cookie-banner__heading' }, heading) : null,
      ...(choice === undefined
        ? questionParts(params, fieldName, href)
        : confirmationParts(params, choice, fieldName, href, heading)),
      ...fieldInputs,
    ),
  );
}
