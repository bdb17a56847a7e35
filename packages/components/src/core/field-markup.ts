// The parts every question shares, in the order a screen reader meets them:
// label (optionally the page's <h1>), hint, error message, then the control
// (the public-sector question pattern). Each component's markup function
// composes these; the elements use the same functions when a part changes
// after the page loaded, so a server-written error and a client-found one
// are the same DOM.
import { classes, h, raw, type MarkupElement, type MarkupNode } from './markup.js';
import { translate } from './localisation.js';
import './form-messages.js';

/** What every question's markup takes. Names match the elements' properties. */
export interface FieldParams {
  /** The name the answer is submitted under. */
  name?: string;
  /** The id of the native control; defaults to `name`, so error summary links are `#<name>`. */
  id?: string;
  /** The question, such as "Full name". */
  label?: string;
  /** The label is the page heading (`<h1>`), for a page that asks one question. */
  pageHeading?: boolean;
  hint?: string;
  /** Hint as HTML the server trusts (a link); wins over `hint`. Server rendering only. */
  hintHtml?: string;
  /** An error to show, such as one a server found: "Enter your full name". */
  error?: string;
  /** Error as HTML the server trusts; wins over `error`. Server rendering only. */
  errorHtml?: string;
  /** The current answer. */
  value?: string;
  required?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  autocomplete?: string;
  /** Ids of the page's own descriptions, read before the hint. */
  describedBy?: string;
  /** The field as named inside an error message ("your full name"). */
  fieldName?: string;
  /** Per-rule messages, written on the element for its script to use. */
  messages?: unknown;
  /** Language of the built-in text ("Error:"), such as `cy`; defaults to English. */
  lang?: string;
}

/** Ids of a field's parts, all derived from the control's id. */
export interface FieldIds {
  control: string;
  hint: string;
  error: string;
}

/** A usable id: spaces become hyphens (an id cannot hold white space). */
export function cleanId(value: string): string {
  return value.trim().replace(/\s+/g, '-');
}

export function fieldIds(params: Pick<FieldParams, 'id' | 'name'>): FieldIds {
  const control = cleanId(params.id ?? '') || cleanId(params.name ?? '') || 'field';
  return { control, hint: `${control}-hint`, error: `${control}-error` };
}

/** Whether a string option is given (not missing, not empty). */
export function given(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

export function labelPart(ids: FieldIds, params: FieldParams): MarkupElement {
  const label = h(
    'label',
    {
      class: classes('civic-label', params.pageHeading === true && 'civic-label--l'),
      for: ids.control,
    },
    params.label ?? '',
  );
  return params.pageHeading === true ? h('h1', { class: 'civic-label-wrapper' }, label) : label;
}

export function hintPart(ids: FieldIds, params: FieldParams): MarkupNode {
  if (given(params.hintHtml))
    return h('div', { class: 'civic-hint', id: ids.hint }, raw(params.hintHtml));
  return given(params.hint) ? h('div', { class: 'civic-hint', id: ids.hint }, params.hint) : null;
}

/** The error message: a visually hidden "Error:" so screen readers hear what it is, then the message. */
export function errorPart(
  id: string,
  message: MarkupNode,
  language: string | undefined,
): MarkupElement {
  return h(
    'p',
    { class: 'civic-error-message', id },
    h(
      'span',
      { class: 'civic-visually-hidden' },
      `${translate(language ?? 'en', 'field.error-prefix')}:`,
    ),
    ' ',
    message,
  );
}

/** The error part of a field, or null without an error. */
export function fieldErrorPart(ids: FieldIds, params: FieldParams): MarkupNode {
  if (given(params.errorHtml)) return errorPart(ids.error, raw(params.errorHtml), params.lang);
  return given(params.error) ? errorPart(ids.error, params.error, params.lang) : null;
}

export function hasError(params: FieldParams): boolean {
  return given(params.errorHtml) || given(params.error);
}

/** `aria-describedby` ids of the parts above the control: the page's own, the hint, the error. */
export function headerDescriptions(ids: FieldIds, params: FieldParams): (string | false)[] {
  return [
    params.describedBy ?? false,
    (given(params.hint) || given(params.hintHtml)) && ids.hint,
    hasError(params) && ids.error,
  ];
}

/** Attributes the element itself carries: the options its script reads that have no place in the DOM below it. */
export function hostOptions(params: FieldParams): Record<string, string | undefined> {
  return {
    'field-name': given(params.fieldName) ? params.fieldName : undefined,
    messages:
      params.messages === undefined || params.messages === null
        ? undefined
        : typeof params.messages === 'string'
          ? params.messages
          : JSON.stringify(params.messages),
  };
}

/** The form group around a question, marked when it shows an error. */
export function formGroup(
  params: FieldParams,
  extraClass: string | false,
  ...children: MarkupNode[]
) {
  return h(
    'div',
    {
      class: classes('civic-form-group', extraClass, hasError(params) && 'civic-form-group--error'),
    },
    ...children,
  );
}
