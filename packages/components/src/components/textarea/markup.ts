// The canonical HTML of a textarea and its character or word count, defined
// once: what a server writes (renderTextarea, the civicTextarea macro) and
// what <civic-textarea> builds from its attributes.
//
// The count message under the textarea (`#<id>-info`) is part of that HTML,
// so it works without script: it states the limit, or, when the answer a
// server writes back is over it, how far over ("You have 23 characters too
// many"), in the field's description. With script the element adds a visible
// count that follows every keystroke and a polite live region (see
// countStatusPart and countLiveRegionPart), and the message stays for screen
// readers, visually hidden by CSS once the visible count is beside it.
import { countStatus, type CountStatus, type CountUnit } from '../../core/character-count.js';
import {
  fieldErrorPart,
  fieldIds,
  formGroup,
  given,
  hasError,
  headerDescriptions,
  hintPart,
  hostOptions,
  labelPart,
  type FieldIds,
  type FieldParams,
} from '../../core/field-markup.js';
import { translate } from '../../core/localisation.js';
import { classes, h, idList, type MarkupElement, type MarkupNode } from '../../core/markup.js';
import { wholeNumber } from '../../core/whole-number.js';
import './messages.js';

/** Visible lines of text when `rows` is not given. */
export const DEFAULT_ROWS = 5;

export interface TextareaParams extends FieldParams {
  /** Visible height in lines of text (5 by default); people can make it taller. */
  rows?: number;
  /** Most characters, shown as a count and checked on submit; typing is never cut off. */
  maxLength?: number;
  /** Most words, shown as a count and checked on submit; use instead of `maxLength` (it wins if both are given). */
  maxWords?: number;
  /** Show the live count only once this percentage of the limit is used, such as 75. */
  threshold?: number;
  spellcheck?: boolean;
  autocapitalize?: string;
  inputmode?: string;
  enterkeyhint?: string;
}

/** A whole number above zero from a number or numeric text (a template may pass either), else undefined. */
export function positiveWhole(value: unknown): number | undefined {
  return wholeNumber(value, 1);
}

/** The id of the count message, read after the hint and error. */
export function countMessageId(controlId: string): string {
  return `${controlId}-info`;
}

/** The limit in force and what it counts, or null without one. Words win when both are given. */
export function textareaLimit(params: TextareaParams): { limit: number; unit: CountUnit } | null {
  const maxWords = positiveWhole(params.maxWords);
  if (maxWords !== undefined) return { limit: maxWords, unit: 'words' };
  const maxLength = positiveWhole(params.maxLength);
  return maxLength === undefined ? null : { limit: maxLength, unit: 'characters' };
}

/** Where the answer stands against its limit, or null without one. */
export function textareaCount(params: TextareaParams): CountStatus | null {
  const limit = textareaLimit(params);
  if (limit === null) return null;
  const threshold = Number(params.threshold);
  return countStatus(
    params.value ?? '',
    limit.limit,
    limit.unit,
    Number.isFinite(threshold) ? threshold : undefined,
  );
}

/** "You have 12 characters remaining" or "You have 3 words too many". */
export function countText(status: CountStatus, language: string | undefined): string {
  const over = status.remaining < 0;
  return translate(language ?? 'en', `textarea.${over ? 'over' : 'remaining'}.${status.unit}`, {
    count: Math.abs(status.remaining),
  });
}

/** "You can enter up to 200 characters". */
export function limitText(status: CountStatus, language: string | undefined): string {
  return translate(language ?? 'en', `textarea.limit.${status.unit}`, { count: status.limit });
}

/**
 * The count message, `#<id>-info`: the limit, or how many too many when the
 * answer is over it (in error colour). The control's description includes it.
 */
export function countMessagePart(ids: FieldIds, params: TextareaParams): MarkupNode {
  const status = textareaCount(params);
  if (status === null) return null;
  const over = status.remaining < 0;
  return h(
    'div',
    {
      class: classes(
        'civic-hint',
        'civic-character-count__message',
        over && 'civic-character-count__message--error',
      ),
      id: countMessageId(ids.control),
    },
    over ? countText(status, params.lang) : limitText(status, params.lang),
  );
}

/**
 * The count a sighted person watches as they type, which the element's script
 * adds in place of the message's line. Hidden from screen readers: they hear
 * the limit in the description and the count from the live region, after a pause.
 * Below the threshold it keeps its space, so nothing moves when it appears.
 */
export function countStatusPart(params: TextareaParams): MarkupElement | null {
  const status = textareaCount(params);
  if (status === null) return null;
  const over = status.remaining < 0;
  return h(
    'div',
    {
      class: classes(
        'civic-hint',
        'civic-character-count__status',
        over && 'civic-character-count__status--error',
        !status.shown && 'civic-character-count__status--hidden',
      ),
      'aria-hidden': 'true',
    },
    countText(status, params.lang),
  );
}

/** The polite live region the element's script adds, which says the count when the person pauses. */
export function countLiveRegionPart(text: string): MarkupElement {
  return h(
    'div',
    { class: 'civic-visually-hidden civic-character-count__live', 'aria-live': 'polite' },
    text,
  );
}

/** The native textarea alone, with the ids of what describes it; its text is the answer. */
export function textareaControl(params: TextareaParams): MarkupElement {
  const ids = fieldIds(params);
  const status = textareaCount(params);
  const over = status !== null && status.remaining < 0;
  return h(
    'textarea',
    {
      class: classes('civic-textarea', (hasError(params) || over) && 'civic-textarea--error'),
      id: ids.control,
      name: given(params.name) ? params.name : undefined,
      rows: positiveWhole(params.rows) ?? DEFAULT_ROWS,
      spellcheck: params.spellcheck === undefined ? undefined : String(params.spellcheck),
      autocapitalize: given(params.autocapitalize) ? params.autocapitalize : undefined,
      inputmode: given(params.inputmode) ? params.inputmode : undefined,
      enterkeyhint: given(params.enterkeyhint) ? params.enterkeyhint : undefined,
      autocomplete: given(params.autocomplete) ? params.autocomplete : undefined,
      required: params.required === true,
      disabled: params.disabled === true,
      readonly: params.readOnly === true,
      'aria-describedby': idList(
        ...headerDescriptions(ids, params),
        status !== null && countMessageId(ids.control),
      ),
      'aria-invalid': hasError(params) ? 'true' : undefined,
    },
    // Line breaks as the HTML parser leaves them (CR LF and CR become LF), so
    // the text built from a `value` attribute is what a server's HTML gives.
    given(params.value) ? params.value.replace(/\r\n?/g, '\n') : null,
  );
}

export function textareaMarkup(params: TextareaParams): MarkupElement {
  const ids = fieldIds(params);
  return h(
    'civic-textarea',
    {
      ...hostOptions(params),
      // The limits are the element's, not the textarea's: a native maxlength
      // would cut typing off, and people should see what they wrote and be told.
      maxlength: params.maxLength,
      maxwords: params.maxWords,
      threshold: params.threshold,
    },
    formGroup(
      params,
      textareaLimit(params) !== null && 'civic-character-count',
      labelPart(ids, params),
      hintPart(ids, params),
      fieldErrorPart(ids, params),
      textareaControl(params),
      countMessagePart(ids, params),
    ),
  );
}
