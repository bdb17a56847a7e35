// The canonical HTML of every Civic component, for servers: Node servers,
// Nunjucks (through the civicHtml global) and anything that can run
// JavaScript at build time. Pure functions: no DOM, no browser globals.
// `@civic-design/components/server`.
import { backLinkMarkup, type BackLinkParams } from '../components/back-link/markup.js';
import { breadcrumbsMarkup, type BreadcrumbsParams } from '../components/breadcrumbs/markup.js';
import { buttonMarkup, type ButtonParams } from '../components/button/markup.js';
import { checkboxesMarkup, type CheckboxesParams } from '../components/checkboxes/markup.js';
import { cookieBannerMarkup, type CookieBannerParams } from '../components/cookie-banner/markup.js';
import { detailsMarkup, type DetailsParams } from '../components/details/markup.js';
import { fieldsetMarkup, type CivicFieldsetParams } from '../components/fieldset/markup.js';
import { footerMarkup, type FooterParams } from '../components/footer/markup.js';
import { headerMarkup, type HeaderParams } from '../components/header/markup.js';
import {
  languageToggleMarkup,
  type LanguageToggleParams,
} from '../components/language-toggle/markup.js';
import { phaseBannerMarkup, type PhaseBannerParams } from '../components/phase-banner/markup.js';
import { radiosMarkup, type RadiosParams } from '../components/radios/markup.js';
import { selectMarkup, type SelectParams } from '../components/select/markup.js';
import {
  serviceNavigationMarkup,
  type ServiceNavigationParams,
} from '../components/service-navigation/markup.js';
import { skipLinkMarkup, type SkipLinkParams } from '../components/skip-link/markup.js';
import { tableMarkup, type TableParams } from '../components/table/markup.js';
import { tagMarkup, type TagParams } from '../components/tag/markup.js';
import { errorSummaryMarkup, type ErrorSummaryParams } from '../components/error-summary/markup.js';
import {
  passwordInputMarkup,
  type PasswordInputParams,
} from '../components/password-input/markup.js';
import { textInputMarkup, type TextInputParams } from '../components/text-input/markup.js';
import { textareaMarkup, type TextareaParams } from '../components/textarea/markup.js';
import { dateInputMarkup, type DateInputParams } from '../components/date-input/markup.js';
import { fileUploadMarkup, type FileUploadParams } from '../components/file-upload/markup.js';
import { insetTextMarkup, type InsetTextParams } from '../components/inset-text/markup.js';
import { paginationMarkup, type PaginationParams } from '../components/pagination/markup.js';
import { panelMarkup, type PanelParams } from '../components/panel/markup.js';
import {
  statusTrackerMarkup,
  type StatusTrackerParams,
} from '../components/status-tracker/markup.js';
import { summaryListMarkup, type SummaryListParams } from '../components/summary-list/markup.js';
import { taskListMarkup, type TaskListParams } from '../components/task-list/markup.js';
import { timelineMarkup, type TimelineParams } from '../components/timeline/markup.js';
import { warningTextMarkup, type WarningTextParams } from '../components/warning-text/markup.js';
import {
  notificationBannerMarkup,
  type NotificationBannerParams,
} from '../components/notification-banner/markup.js';
import { toHtml } from '../core/markup-html.js';
import type { MarkupElement } from '../core/markup.js';

export type { FieldParams } from '../core/field-markup.js';
export type {
  BackLinkParams,
  BreadcrumbsParams,
  PhaseBannerParams,
  NotificationBannerParams,
  DateInputParams,
  DetailsParams,
  FileUploadParams,
  InsetTextParams,
  PaginationParams,
  PanelParams,
  StatusTrackerParams,
  SummaryListParams,
  TaskListParams,
  TimelineParams,
  ButtonParams,
  CheckboxesParams,
  CookieBannerParams,
  CivicFieldsetParams as FieldsetParams,
  RadiosParams,
  FooterParams,
  HeaderParams,
  LanguageToggleParams,
  SelectParams,
  ServiceNavigationParams,
  SkipLinkParams,
  TableParams,
  TagParams,
  ErrorSummaryParams,
  PasswordInputParams,
  TextInputParams,
  TextareaParams,
  WarningTextParams,
};
export { toHtml } from '../core/markup-html.js';

/** The back link: a link to the previous page of a form. */
export function renderBackLink(params: BackLinkParams): string {
  return toHtml(backLinkMarkup(params));
}

/** Breadcrumbs: a navigation named "Breadcrumb" with the pages above this one. */
export function renderBreadcrumbs(params: BreadcrumbsParams): string {
  return toHtml(breadcrumbsMarkup(params));
}

/** `<civic-language-toggle>`: English and Cymraeg links to this page in each language. */
export function renderLanguageToggle(params: LanguageToggleParams): string {
  return toHtml(languageToggleMarkup(params));
}

/** The phase banner: an alpha or beta tag and a request for feedback. */
export function renderPhaseBanner(params: PhaseBannerParams): string {
  return toHtml(phaseBannerMarkup(params));
}

/** `<civic-text-input>` with its label, hint, error and native input. */
export function renderTextInput(params: TextInputParams): string {
  return toHtml(textInputMarkup(params));
}

/** `<civic-textarea>` with its label, hint, error, native textarea and count message. */
export function renderTextarea(params: TextareaParams): string {
  return toHtml(textareaMarkup(params));
}

/** `<civic-password-input>` with its label, hint, error, password input and (hidden until script runs) Show button. */
export function renderPasswordInput(params: PasswordInputParams): string {
  return toHtml(passwordInputMarkup(params));
}

/** `<civic-error-summary>` listing `items` as links to their fields. */
export function renderErrorSummary(params: ErrorSummaryParams): string {
  return toHtml(errorSummaryMarkup(params));
}

/** `<civic-button>` with its native `<button>`, or `<a>` when `href` is given. */
export function renderButton(params: ButtonParams): string {
  return toHtml(buttonMarkup(params));
}

/** `<civic-radios>`: a fieldset of native radios with their labels, hints and revealed questions. */
export function renderRadios(params: RadiosParams): string {
  return toHtml(radiosMarkup(params));
}

/** `<civic-checkboxes>`: a fieldset of native checkboxes, with an exclusive "None" option if asked. */
export function renderCheckboxes(params: CheckboxesParams): string {
  return toHtml(checkboxesMarkup(params));
}

/** `<civic-cookie-banner>`: the question about additional cookies in a form that posts it, or its confirmation. */
export function renderCookieBanner(params: CookieBannerParams): string {
  return toHtml(cookieBannerMarkup(params));
}

/** A native `<details>` with its summary and what it reveals. */
export function renderDetails(params: DetailsParams): string {
  return toHtml(detailsMarkup(params));
}

/** Inset text: a block set off by a rule, for something people should note. */
export function renderInsetText(params: InsetTextParams): string {
  return toHtml(insetTextMarkup(params));
}

/** Warning text: a "!" hidden from assistive technology and the warning, read after "Warning:". */
export function renderWarningText(params: WarningTextParams): string {
  return toHtml(warningTextMarkup(params));
}

/** `<civic-fieldset>`: a native fieldset with its legend, hint and error around `params.html`. */
export function renderFieldset(params: CivicFieldsetParams): string {
  return toHtml(fieldsetMarkup(params));
}

/** `<civic-select>` with its label, hint, error and native `<select>`. */
export function renderSelect(params: SelectParams): string {
  return toHtml(selectMarkup(params));
}

/** The page footer: the contentinfo landmark with support links, licence and copyright. */
export function renderFooter(params: FooterParams): string {
  return toHtml(footerMarkup(params));
}

/** The page header: a banner with the organisation's name and logo linking home, and the service name. */
export function renderHeader(params: HeaderParams): string {
  return toHtml(headerMarkup(params));
}

/** `<civic-service-navigation>`: the service's pages, the current one marked, with a Menu button on narrow screens once script runs. */
export function renderServiceNavigation(params: ServiceNavigationParams): string {
  return toHtml(serviceNavigationMarkup(params));
}

/** `<civic-skip-link>`: the first link on the page, to the main content. */
export function renderSkipLink(params: SkipLinkParams): string {
  return toHtml(skipLinkMarkup(params));
}

/** A table with its caption and headers, in a wrapper that scrolls sideways on a narrow screen. */
export function renderTable(params: TableParams): string {
  return toHtml(tableMarkup(params));
}

/** `<civic-tag>`: a status label around `params.text`. */
export function renderTag(params: TagParams): string {
  return toHtml(tagMarkup(params));
}

/** `<civic-date-input>`: day, month and year inputs in a fieldset with its legend, hint and error. */
export function renderDateInput(params: DateInputParams): string {
  return toHtml(dateInputMarkup(params));
}

/** `<civic-file-upload>` with its label, hint, error and native file input. */
export function renderFileUpload(params: FileUploadParams): string {
  return toHtml(fileUploadMarkup(params));
}

/** `<civic-panel>`: the confirmation panel with its heading and reference. */
export function renderPanel(params: PanelParams): string {
  return toHtml(panelMarkup(params));
}

/** Pagination: Previous, the numbered pages around the current one and Next, or (block) Previous and Next with labels. */
export function renderPagination(params: PaginationParams): string {
  return toHtml(paginationMarkup(params));
}

/** `<civic-status-tracker>`: the stages of an application, with where it is now. */
export function renderStatusTracker(params: StatusTrackerParams): string {
  return toHtml(statusTrackerMarkup(params));
}

/** `<civic-summary-list>`: one definition list of keys, values and their change links. */
export function renderSummaryList(params: SummaryListParams): string {
  return toHtml(summaryListMarkup(params));
}

/** `<civic-task-list>`: tasks with their links and statuses, in numbered sections if given. */
export function renderTaskList(params: TaskListParams): string {
  return toHtml(taskListMarkup(params));
}

/** `<civic-timeline>`: events with their dates, newest first unless asked otherwise. */
export function renderTimeline(params: TimelineParams): string {
  return toHtml(timelineMarkup(params));
}

/** `<civic-notification-banner>`: an important region or a success alert, with its title and message. */
export function renderNotificationBanner(params: NotificationBannerParams): string {
  return toHtml(notificationBannerMarkup(params));
}

// Each component by its folder name, for civicHtml and the Nunjucks macros.
const markupByComponent: Record<string, (params: never) => MarkupElement> = {
  'back-link': backLinkMarkup,
  breadcrumbs: breadcrumbsMarkup,
  button: buttonMarkup,
  checkboxes: checkboxesMarkup,
  'cookie-banner': cookieBannerMarkup,
  details: detailsMarkup,
  fieldset: fieldsetMarkup,
  footer: footerMarkup,
  header: headerMarkup,
  'language-toggle': languageToggleMarkup,
  'phase-banner': phaseBannerMarkup,
  radios: radiosMarkup,
  select: selectMarkup,
  'service-navigation': serviceNavigationMarkup,
  'skip-link': skipLinkMarkup,
  table: tableMarkup,
  tag: tagMarkup,
  'notification-banner': notificationBannerMarkup,
  'date-input': dateInputMarkup,
  'file-upload': fileUploadMarkup,
  'inset-text': insetTextMarkup,
  pagination: paginationMarkup,
  panel: panelMarkup,
  'status-tracker': statusTrackerMarkup,
  'summary-list': summaryListMarkup,
  'task-list': taskListMarkup,
  timeline: timelineMarkup,
  'error-summary': errorSummaryMarkup,
  'password-input': passwordInputMarkup,
  'text-input': textInputMarkup,
  textarea: textareaMarkup,
  'warning-text': warningTextMarkup,
};

/** The HTML of a component by its folder name (`text-input`), for template engines: `civicHtml('text-input', { name, label })`. */
export function civicHtml(component: string, params: unknown = {}): string {
  const markup = Object.hasOwn(markupByComponent, component)
    ? markupByComponent[component]
    : undefined;
  if (markup === undefined) {
    throw new Error(
      `civicHtml: there is no Civic component "${component}". Use one of: ${Object.keys(markupByComponent).join(', ')}.`,
    );
  }
  const safeParams = params !== null && typeof params === 'object' ? params : {};
  return toHtml(markup(safeParams as never));
}
