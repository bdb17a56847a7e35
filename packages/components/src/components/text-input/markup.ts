// The canonical HTML of a text input, defined once: what a server writes
// (renderTextInput, the civicTextInput macro) and what <civic-text-input>
// builds from its attributes.
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
  type FieldParams,
} from '../../core/field-markup.js';
import { classes, h, idList, type MarkupElement } from '../../core/markup.js';

/** What a text input asks for; each brings its keyboard and a format check. */
export type TextInputType = 'text' | 'email' | 'tel' | 'url' | 'search';

export const TEXT_INPUT_TYPES: readonly TextInputType[] = ['text', 'email', 'tel', 'url', 'search'];

/** Fixed widths in characters, or fluid widths as a share of the container. */
export type TextInputWidth =
  | '2'
  | '3'
  | '4'
  | '5'
  | '10'
  | '20'
  | '30'
  | 'full'
  | 'three-quarters'
  | 'two-thirds'
  | 'one-half'
  | 'one-third'
  | 'one-quarter';

export const TEXT_INPUT_WIDTHS: readonly TextInputWidth[] = [
  '2',
  '3',
  '4',
  '5',
  '10',
  '20',
  '30',
  'full',
  'three-quarters',
  'two-thirds',
  'one-half',
  'one-third',
  'one-quarter',
];

export interface TextInputParams extends FieldParams {
  type?: TextInputType;
  /** A whole number as text: numeric keyboard and a digits check. */
  numeric?: boolean;
  width?: TextInputWidth;
  inputPrefix?: string;
  inputSuffix?: string;
  inputmode?: string;
  spellcheck?: boolean;
  autocapitalize?: string;
  enterkeyhint?: string;
  /** Fewest characters; checked by the element's script (and your server). */
  minLength?: number;
  /** Most characters; checked by script, never cuts off typing. */
  maxLength?: number;
  /** A regular expression the whole answer must match; checked by script. */
  pattern?: string;
}

/** The ids of the prefix and suffix boxes, read after the hint. */
export function affixIds(controlId: string) {
  return { prefix: `${controlId}-prefix`, suffix: `${controlId}-suffix` };
}

/** Whether the type needs no spelling help: codes, addresses and numbers are not words. */
function isPlainFormat(params: TextInputParams): boolean {
  return (
    params.numeric === true ||
    (params.type !== undefined && params.type !== 'text' && params.type !== 'search')
  );
}

/** Width modifier for a valid width; invalid ones are left to the element's warning. */
function widthClass(width: string | undefined): string | false {
  if (width === undefined || !(TEXT_INPUT_WIDTHS as readonly string[]).includes(width))
    return false;
  return /^\d+$/.test(width) ? `civic-input--width-${width}` : `civic-input--${width}`;
}

/** The native input alone, with the ids of what describes it. */
export function textInputControl(params: TextInputParams): MarkupElement {
  const ids = fieldIds(params);
  const affixes = affixIds(ids.control);
  const type =
    params.type !== undefined && TEXT_INPUT_TYPES.includes(params.type) ? params.type : 'text';
  const spellcheck =
    params.spellcheck !== undefined
      ? String(params.spellcheck)
      : isPlainFormat(params)
        ? 'false'
        : undefined;
  return h('input', {
    class: classes(
      'civic-input',
      widthClass(params.width),
      hasError(params) && 'civic-input--error',
    ),
    id: ids.control,
    name: given(params.name) ? params.name : undefined,
    type,
    value: given(params.value) ? params.value : undefined,
    inputmode: given(params.inputmode)
      ? params.inputmode
      : params.numeric === true
        ? 'numeric'
        : undefined,
    spellcheck,
    autocapitalize: given(params.autocapitalize) ? params.autocapitalize : undefined,
    enterkeyhint: given(params.enterkeyhint) ? params.enterkeyhint : undefined,
    autocomplete: given(params.autocomplete) ? params.autocomplete : undefined,
    required: params.required === true,
    disabled: params.disabled === true,
    readonly: params.readOnly === true,
    'aria-describedby': idList(
      ...headerDescriptions(ids, params),
      given(params.inputPrefix) && affixes.prefix,
      given(params.inputSuffix) && affixes.suffix,
    ),
    'aria-invalid': hasError(params) ? 'true' : undefined,
  });
}

/** Prefix and suffix boxes are hidden from the accessibility tree and read through aria-describedby instead, once, after the hint. */
function affix(id: string, kind: 'prefix' | 'suffix', text: string): MarkupElement {
  return h('div', { class: `civic-input__${kind}`, id, 'aria-hidden': 'true' }, text);
}

export function textInputMarkup(params: TextInputParams): MarkupElement {
  const ids = fieldIds(params);
  const affixes = affixIds(ids.control);
  const input = textInputControl(params);
  const hasAffix = given(params.inputPrefix) || given(params.inputSuffix);
  return h(
    'civic-text-input',
    {
      ...hostOptions(params),
      // Rules the element's script checks, with messages that name the field.
      // Not on the input: its maxlength would cut typing off, and its own
      // minlength and pattern checks would show the browser's messages.
      minlength: params.minLength,
      maxlength: params.maxLength,
      pattern: given(params.pattern) ? params.pattern : undefined,
      numeric: params.numeric === true,
    },
    formGroup(
      params,
      false,
      labelPart(ids, params),
      hintPart(ids, params),
      fieldErrorPart(ids, params),
      hasAffix
        ? h(
            'div',
            { class: 'civic-input__wrapper' },
            given(params.inputPrefix) && affix(affixes.prefix, 'prefix', params.inputPrefix),
            input,
            given(params.inputSuffix) && affix(affixes.suffix, 'suffix', params.inputSuffix),
          )
        : input,
    ),
  );
}
