// The canonical HTML of a notification banner, defined once: what a server
// writes (the civicNotificationBanner macro) and what
// <civic-notification-banner> builds from its attributes. The element is the
// banner: a region named by its title (important) or an alert (success). Its
// parts are the title bar and the heading message before the page's own
// content, and the banner's link after it. The Dismiss button is not here: it
// only works with script, so the element adds it (dismissPart) and a server
// writes no button that would do nothing.
import { enumerated } from '../../core/enumerated.js';
import { translate } from '../../core/localisation.js';
import { authoredContent, h, type MarkupElement } from '../../core/markup.js';
import { safeUrl } from '../../core/safe-url.js';
import { warnOnce } from '../../core/warn.js';
import './messages.js';

export const NOTIFICATION_BANNER_TYPES = ['important', 'success'] as const;
export type NotificationBannerType = (typeof NOTIFICATION_BANNER_TYPES)[number];

/** Levels the title can take; 2 is the default. */
export const BANNER_HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;
export type BannerHeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface NotificationBannerParams {
  /** `important` (default): a region named by its title; `success`: an alert that takes focus when it appears. */
  type?: NotificationBannerType;
  /** The title, instead of "Important" or "Success" in the language. */
  titleText?: string;
  /** Level of the title, 1–6; default 2. */
  headingLevel?: BannerHeadingLevel | `${BannerHeadingLevel}`;
  /** The main message, in bold: "You have 7 days left to send your application." */
  heading?: string;
  /** Where the banner's own link goes, shown after the content with `linkText`. Script URLs are refused. */
  linkHref?: string;
  /** The text of the banner's own link, such as "View your application". */
  linkText?: string;
  /** Gives the banner a Dismiss button once its script runs. */
  dismissible?: boolean;
  /** Keeps a success banner from taking focus when it appears. */
  disableAutoFocus?: boolean;
  /** The banner's `id`, and the start of its title's (`<id>-title`). Give each banner on a page its own. */
  id?: string;
  /** Further content after the heading message, as HTML the server trusts. Server rendering only: in the browser it is the element's own children. */
  html?: string;
  /** Language of the built-in text ("Important", "Success"), such as `cy`; defaults to English. */
  lang?: string;
}

/** The id a banner without an `id` gives its title. */
export const DEFAULT_TITLE_ID = 'civic-notification-banner-title';

function given(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

export function bannerType(value: unknown): NotificationBannerType {
  return enumerated(value, {
    owner: '<civic-notification-banner> type',
    choices: NOTIFICATION_BANNER_TYPES,
    fallback: 'important',
  });
}

export function bannerHeadingLevel(value: unknown): BannerHeadingLevel {
  const written = typeof value === 'number' ? String(value) : value;
  return Number(
    enumerated(written, {
      owner: '<civic-notification-banner> heading-level',
      choices: BANNER_HEADING_LEVELS,
      fallback: '2',
    }),
  ) as BannerHeadingLevel;
}

/** The title's id: `<id>-title`, or the default one. */
export function bannerTitleId(id: unknown): string {
  return given(id) ? `${id.trim()}-title` : DEFAULT_TITLE_ID;
}

/** The title shown: `titleText`, else "Important" or "Success" in the language. */
export function bannerTitle(params: NotificationBannerParams): string {
  if (given(params.titleText)) return params.titleText.trim();
  return translate(params.lang ?? 'en', `notification-banner.${bannerType(params.type)}`);
}

/**
 * The Dismiss button, added by the element's script: "Dismiss", and after it
 * (read, not shown) which banner it closes, so a screen reader hears
 * "Dismiss Success notification".
 */
export function dismissPart(title: string, lang: string): MarkupElement {
  return h(
    'p',
    { class: 'civic-notification-banner__dismiss-line' },
    h(
      'button',
      { class: 'civic-notification-banner__dismiss', type: 'button' },
      translate(lang, 'notification-banner.dismiss'),
      h(
        'span',
        { class: 'civic-visually-hidden' },
        ` ${translate(lang, 'notification-banner.dismiss-context', { title })}`,
      ),
    ),
  );
}

function linkPart(params: NotificationBannerParams): MarkupElement | null {
  const hasHref = typeof params.linkHref === 'string' && params.linkHref.trim() !== '';
  if (hasHref !== given(params.linkText)) {
    // Half a link shows nothing: say which half is missing.
    warnOnce(
      hasHref
        ? '<civic-notification-banner> has link-href but no link-text, so no link is shown: add link-text.'
        : '<civic-notification-banner> has link-text but no link-href, so no link is shown: add link-href.',
    );
  }
  if (!hasHref || !given(params.linkText)) return null;
  const href = safeUrl(params.linkHref, 'civic-notification-banner');
  if (href === undefined) return null;
  return h(
    'p',
    { class: 'civic-notification-banner__link-line' },
    h('a', { class: 'civic-notification-banner__link', href }, params.linkText.trim()),
  );
}

export function notificationBannerMarkup(params: NotificationBannerParams = {}): MarkupElement {
  const type = bannerType(params.type);
  const typeGiven = params.type !== undefined && (params.type as unknown) !== '';
  const levelGiven = params.headingLevel !== undefined && (params.headingLevel as unknown) !== '';
  const level = bannerHeadingLevel(levelGiven ? params.headingLevel : undefined);
  const titleId = bannerTitleId(params.id);
  const autoFocus = type === 'success' && params.disableAutoFocus !== true;
  return h(
    'civic-notification-banner',
    {
      id: given(params.id) ? params.id.trim() : undefined,
      // The element's attributes, so its script reads what the server wrote.
      type: typeGiven ? type : undefined,
      'title-text': given(params.titleText) ? params.titleText.trim() : undefined,
      'heading-level': levelGiven ? String(level) : undefined,
      heading: given(params.heading) ? params.heading : undefined,
      'link-href': typeof params.linkHref === 'string' ? params.linkHref : undefined,
      'link-text': given(params.linkText) ? params.linkText : undefined,
      dismissible: params.dismissible === true,
      'disable-auto-focus': params.disableAutoFocus === true,
      // A region is a landmark named by its title; a success banner is an
      // alert, read at once after the action that caused it. Without script
      // the role and name are already right.
      role: type === 'success' ? 'alert' : 'region',
      'aria-labelledby': titleId,
      // Focusable (never in the Tab order) for the script to move focus to it.
      tabindex: autoFocus ? '-1' : undefined,
    },
    h(
      'div',
      { class: 'civic-notification-banner__header' },
      h(
        `h${level}`,
        { class: 'civic-notification-banner__title', id: titleId },
        bannerTitle(params),
      ),
    ),
    given(params.heading)
      ? h('p', { class: 'civic-notification-banner__heading' }, params.heading)
      : null,
    authoredContent(given(params.html) ? params.html : undefined),
    linkPart(params),
  );
}
