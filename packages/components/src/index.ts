// Class-only entry: importing from '@civic-design/components' registers nothing.
// Each element's registering entry is '@civic-design/components/<name>.js'.
export { CivicButton, DOUBLE_CLICK_WINDOW_MS } from './components/button/civic-button.js';
export type { ButtonType, ButtonVariant } from './components/button/civic-button.js';
export {
  CivicNotificationBanner,
  NOTIFICATION_BANNER_TYPES,
} from './components/notification-banner/civic-notification-banner.js';
export type {
  DismissDetail,
  NotificationBannerType,
} from './components/notification-banner/civic-notification-banner.js';
export { CivicCheckboxes } from './components/checkboxes/civic-checkboxes.js';
export type { CheckboxItem } from './components/checkboxes/civic-checkboxes.js';
export {
  CivicCookieBanner,
  COOKIE_CHOICES,
} from './components/cookie-banner/civic-cookie-banner.js';
export type {
  CookieBannerHiddenFields,
  CookieBannerParams,
  CookieChoice,
  CookieConsentDetail,
} from './components/cookie-banner/civic-cookie-banner.js';
export { CivicFieldset } from './components/fieldset/civic-fieldset.js';
export { CivicRadios } from './components/radios/civic-radios.js';
export type { RadioItem } from './components/radios/civic-radios.js';
export { CivicSelect } from './components/select/civic-select.js';
export type { SelectItem, SelectParams } from './components/select/markup.js';
export { CivicDateInput } from './components/date-input/civic-date-input.js';
export type { DateInputParams } from './components/date-input/markup.js';
export { CivicFileUpload } from './components/file-upload/civic-file-upload.js';
export type { FileUploadParams } from './components/file-upload/markup.js';
export { CivicErrorSummary } from './components/error-summary/civic-error-summary.js';
export type {
  ErrorSummaryHeadingLevel,
  ErrorSummaryItem,
  ErrorSummaryParams,
  ErrorSummaryShowDetail,
} from './components/error-summary/civic-error-summary.js';
export { CivicPanel } from './components/panel/civic-panel.js';
export { CivicPasswordInput } from './components/password-input/civic-password-input.js';
export type { PasswordAutocomplete } from './components/password-input/civic-password-input.js';
export { CivicStage, STAGE_STATES } from './components/status-tracker/civic-stage.js';
export type { StageState } from './components/status-tracker/civic-stage.js';
export { CivicStatusTracker } from './components/status-tracker/civic-status-tracker.js';
export { CivicSummaryList } from './components/summary-list/civic-summary-list.js';
export { CivicSummaryRow } from './components/summary-list/civic-summary-row.js';
export type { SummaryAction } from './components/summary-list/actions.js';
export { CivicLanguageToggle } from './components/language-toggle/civic-language-toggle.js';
export type {
  LanguageChangeDetail,
  ToggleLanguage,
} from './components/language-toggle/civic-language-toggle.js';
export { CivicServiceNavigation } from './components/service-navigation/civic-service-navigation.js';
export type { ServiceNavigationItem } from './components/service-navigation/markup.js';
export type { ServiceNavigationToggleDetail } from './components/service-navigation/civic-service-navigation.js';
export { CivicSkipLink } from './components/skip-link/civic-skip-link.js';
export { CivicTag, TAG_COLORS } from './components/tag/civic-tag.js';
export type { TagColor } from './components/tag/civic-tag.js';
export { CivicTask, TASK_STATUSES } from './components/task-list/civic-task.js';
export type { TaskStatus } from './components/task-list/civic-task.js';
export { CivicTaskList } from './components/task-list/civic-task-list.js';
export { CivicTaskSection } from './components/task-list/civic-task-section.js';
export { CivicTextInput } from './components/text-input/civic-text-input.js';
export type { TextInputType, TextInputWidth } from './components/text-input/civic-text-input.js';
export { CivicTextarea } from './components/textarea/civic-textarea.js';
export { CivicTimeline } from './components/timeline/civic-timeline.js';
export type { TimelineOrder } from './components/timeline/civic-timeline.js';
export { CivicTimelineEvent } from './components/timeline/civic-timeline-event.js';
export { CivicField } from './core/field-element.js';
export type { CivicValidator, ErrorChangeDetail, NativeControl } from './core/field-element.js';
export { CivicLightElement } from './core/light-element.js';
export type { FieldMessages } from './core/field-messages.js';
export { checkConstraints, countCharacters, countWords } from './core/validation.js';
export type { Constraints, ValidationFailure, ValidationKind } from './core/validation.js';
export { defineElement } from './core/define-element.js';
export { registerMessages, translate } from './core/localisation.js';
export type { Message, Messages, PluralMessage } from './core/localisation.js';
export { safeUrl } from './core/safe-url.js';
export type { ButtonControl } from './components/button/civic-button.js';
export type { ChoiceItem } from './core/choice-markup.js';
export type { GroupMessages } from './core/group-field.js';
export type { DatePart, DateParts } from './components/date-input/markup.js';
export type { BannerHeadingLevel } from './components/notification-banner/markup.js';
export type { PanelHeadingLevel } from './components/panel/markup.js';
export type {
  SummaryCounts,
  TaskListParams,
  TaskParams,
  TaskSectionParams,
} from './components/task-list/markup.js';
export type { SummaryListParams, SummaryRowParams } from './components/summary-list/markup.js';
export type { StageParams, StatusTrackerParams } from './components/status-tracker/markup.js';
export type { TimelineEventParams, TimelineParams } from './components/timeline/markup.js';
export type { NotificationBannerParams } from './components/notification-banner/markup.js';
export type { PanelParams } from './components/panel/markup.js';
export type { TagParams } from './components/tag/markup.js';
// Components that are HTML and CSS only (no element): their params, for typed server code.
export type { DetailsParams } from './components/details/markup.js';
export type { InsetTextParams } from './components/inset-text/markup.js';
export type { PaginationLink, PaginationParams } from './components/pagination/markup.js';
export type { TableCaptionSize, TableCell, TableParams } from './components/table/markup.js';
export type { WarningTextParams } from './components/warning-text/markup.js';
