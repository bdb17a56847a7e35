// The parts of a group of questions or of one question made of several native
// inputs (radios, checkboxes, a date's day, month and year): a native
// <fieldset> whose <legend> names the group, then its hint and its error
// message, then the content. The fieldset's aria-describedby points at the
// hint and the error, so a screen reader reads them when it enters the group
// (GOV.UK fieldset pattern; WCAG 1.3.1 and 3.3.2). Ids follow the field ids
// in field-markup.ts: `${id}-hint`, `${id}-error`, where the id is the name
// by default, which is also the first input's id.
import { cleanId, errorPart, given, type FieldParams } from './field-markup.js';
import { classes, h, idList, raw, type MarkupElement, type MarkupNode } from './markup.js';

/** Sizes of a legend; a page heading is `l` unless asked otherwise. */
export type LegendSize = 's' | 'm' | 'l' | 'xl';

export const LEGEND_SIZES: readonly LegendSize[] = ['s', 'm', 'l', 'xl'];

/** What a fieldset takes: the field parameters (without `label`: a group has a legend) and its legend. */
export interface FieldsetParams extends Omit<FieldParams, 'label' | 'value' | 'readOnly'> {
  /** What the group asks, such as "What is your address?" or "Have you completed this section?". */
  legend?: string;
  /** Legend as HTML the server trusts; wins over `legend`. Server rendering only. */
  legendHtml?: string;
  /** Text size of the legend: `s`, `m`, `l` or `xl`. Defaults to body size, or `l` for a page heading. */
  legendSize?: LegendSize;
  /** A role for the fieldset, such as `group` (a date input, for VoiceOver on iOS). */
  role?: string;
}

/** Ids of a fieldset's parts: the base is the id, else the name (the first input's id). */
export interface FieldsetIds {
  base: string;
  hint: string;
  error: string;
}

export function fieldsetIds(params: Pick<FieldsetParams, 'id' | 'name'>): FieldsetIds {
  const base = cleanId(params.id ?? '') || cleanId(params.name ?? '') || 'fieldset';
  return { base, hint: `${base}-hint`, error: `${base}-error` };
}

/** Whether a size is one of the legend sizes. */
export function isLegendSize(value: unknown): value is LegendSize {
  return (LEGEND_SIZES as readonly unknown[]).includes(value);
}

/** The legend: text, or for a page that asks one question the page's `<h1>` inside it. */
export function legendPart(params: FieldsetParams): MarkupElement {
  const size = isLegendSize(params.legendSize)
    ? params.legendSize
    : params.pageHeading === true
      ? 'l'
      : undefined;
  const text: MarkupNode = given(params.legendHtml)
    ? raw(params.legendHtml)
    : (params.legend ?? '');
  return h(
    'legend',
    {
      class: classes(
        'civic-fieldset__legend',
        size !== undefined && `civic-fieldset__legend--${size}`,
      ),
    },
    params.pageHeading === true ? h('h1', { class: 'civic-fieldset__heading' }, text) : text,
  );
}

/** The group's hint, or null without one. */
export function fieldsetHintPart(ids: FieldsetIds, params: FieldsetParams): MarkupNode {
  if (given(params.hintHtml))
    return h('div', { class: 'civic-hint', id: ids.hint }, raw(params.hintHtml));
  return given(params.hint) ? h('div', { class: 'civic-hint', id: ids.hint }, params.hint) : null;
}

/** The group's error message, or null without an error. */
export function fieldsetErrorPart(ids: FieldsetIds, params: FieldsetParams): MarkupNode {
  if (given(params.errorHtml)) return errorPart(ids.error, raw(params.errorHtml), params.lang);
  return given(params.error) ? errorPart(ids.error, params.error, params.lang) : null;
}

/** Whether the group shows an error. */
export function fieldsetHasError(params: FieldsetParams): boolean {
  return given(params.errorHtml) || given(params.error);
}

/** The fieldset's `aria-describedby`: the page's own descriptions, the hint, the error. */
export function fieldsetDescribedBy(ids: FieldsetIds, params: FieldsetParams): string | undefined {
  return idList(
    params.describedBy,
    (given(params.hint) || given(params.hintHtml)) && ids.hint,
    fieldsetHasError(params) && ids.error,
  );
}

/** The native fieldset's own attributes, for building it and for keeping it in step later. */
export function fieldsetAttributes(
  ids: FieldsetIds,
  params: FieldsetParams,
  extraClass?: string | false,
): Record<string, string | boolean | undefined> {
  return {
    class: classes('civic-fieldset', extraClass),
    role: given(params.role) ? params.role : undefined,
    disabled: params.disabled === true,
    'aria-describedby': fieldsetDescribedBy(ids, params),
  };
}

/**
 * The native `<fieldset>`: legend, hint, error, then the content, in the
 * order a screen reader meets them.
 */
export function fieldsetPart(
  params: FieldsetParams,
  extraClass: string | false | undefined,
  ...content: MarkupNode[]
): MarkupElement {
  const ids = fieldsetIds(params);
  return h(
    'fieldset',
    fieldsetAttributes(ids, params, extraClass),
    legendPart(params),
    fieldsetHintPart(ids, params),
    fieldsetErrorPart(ids, params),
    ...content,
  );
}

/** The form group around a group question, marked when it shows an error. */
export function fieldsetFormGroup(
  params: FieldsetParams,
  ...children: MarkupNode[]
): MarkupElement {
  return h(
    'div',
    { class: classes('civic-form-group', fieldsetHasError(params) && 'civic-form-group--error') },
    ...children,
  );
}

/** What every group question's markup takes, beyond the fieldset's parameters. */
export interface GroupParams extends FieldsetParams {
  /** The question as named inside an error message ("if you have completed this section"). */
  fieldName?: string;
  /** Per-rule messages, written on the element for its script to use. */
  messages?: unknown;
}

/** Attributes of the element itself that its script reads (the rest are in the markup). */
export function groupHostOptions(params: GroupParams): Record<string, string | undefined> {
  return {
    'field-name':
      typeof params.fieldName === 'string' && params.fieldName !== ''
        ? params.fieldName
        : undefined,
    messages:
      params.messages === undefined || params.messages === null
        ? undefined
        : typeof params.messages === 'string'
          ? params.messages
          : JSON.stringify(params.messages),
  };
}
