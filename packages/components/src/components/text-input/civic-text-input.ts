import { CivicField, textOf, toBoolean } from '../../core/field-element.js';
import type { FieldParams } from '../../core/field-markup.js';
import { isValidPattern, type Constraints } from '../../core/validation.js';
import { warnOnce } from '../../core/warn.js';
import { wholeNumber } from '../../core/whole-number.js';
import {
  affixIds,
  TEXT_INPUT_TYPES,
  TEXT_INPUT_WIDTHS,
  textInputControl,
  textInputMarkup,
  type TextInputParams,
  type TextInputType,
  type TextInputWidth,
} from './markup.js';

export type { TextInputType, TextInputWidth } from './markup.js';

const FORMATS: Partial<Record<TextInputType, Constraints['format']>> = {
  email: 'email',
  tel: 'tel',
  url: 'url',
};

// Attributes passed to the native input as they are.
const PASSED_THROUGH = ['inputmode', 'spellcheck', 'autocapitalize', 'enterkeyhint'] as const;

/**
 * A single-line question: label, optional hint, error message and a native
 * `<input>` in the page's DOM, following the public-sector text input
 * pattern. A server writes that HTML (`renderTextInput`, the `civicTextInput`
 * macro) and the element enhances it; or the element builds it from its
 * attributes. The input carries the name and value, so the form submits with
 * or without JavaScript; with it, the answer is checked on submit with
 * messages that name the field.
 *
 * @tagname civic-text-input
 * @summary Asks for one line of text, such as a name, email address or reference number.
 *
 * @attr {string} name - The name the answer is submitted under; also the input's id unless `field-id` is set.
 * @attr {string} field-id - The input's id, when it should differ from the name (error summary links use it).
 * @attr {string} label - The question, such as "Full name". Required.
 * @attr {string} hint - Hint text under the label.
 * @attr {string} error - An error to show, such as one a server found.
 * @attr {string} value - The initial answer.
 * @attr {boolean} required - The answer must not be empty.
 * @attr {boolean} disabled - Turns the field off.
 * @attr {boolean} readonly - The answer can be read but not changed.
 * @attr {string} autocomplete - What the browser should autofill, such as `name` or `email`.
 * @attr {boolean} page-heading - Makes the label the page's `<h1>`.
 * @attr {string} described-by - Ids of the page's own descriptions of the field, read before the hint.
 * @attr {string} field-name - The field as named inside an error message.
 * @attr {string} messages - Per-rule messages as JSON.
 * @attr {'text' | 'email' | 'tel' | 'url' | 'search'} type - `text` (default), `email`, `tel`, `url` or `search`.
 * @attr {boolean} numeric - A whole number as text: numeric keyboard, digits checked on submit.
 * @attr {'2' | '3' | '4' | '5' | '10' | '20' | '30' | 'full' | 'three-quarters' | 'two-thirds' | 'one-half' | 'one-third' | 'one-quarter'} width - `2`, `3`, `4`, `5`, `10`, `20`, `30` characters, or `full`, `three-quarters`, `two-thirds`, `one-half`, `one-third`, `one-quarter`.
 * @attr {string} input-prefix - Text in a box before the input, such as "£".
 * @attr {string} input-suffix - Text in a box after the input, such as "per item".
 * @attr {number} minlength - Fewest characters, checked on submit.
 * @attr {number} maxlength - Most characters, checked on submit; typing is never cut off.
 * @attr {string} pattern - A regular expression the whole answer must match.
 * @attr {string} inputmode - Passed to the input: the on-screen keyboard to show.
 * @attr {string} enterkeyhint - Passed to the input: the label of the Enter key.
 * @attr {string} spellcheck - Passed to the input; off by default for email, telephone, web address and numbers.
 * @attr {string} autocapitalize - Passed to the input.
 *
 * @fires {CustomEvent<ErrorChangeDetail>} civic-error-change - The error shown on the field appeared, changed or cleared; `detail.message`.
 */
export class CivicTextInput extends CivicField {
  protected static override fieldAttributes: readonly string[] = [
    'type',
    'numeric',
    'width',
    'input-prefix',
    'input-suffix',
    'minlength',
    'maxlength',
    'pattern',
    ...PASSED_THROUGH,
  ];

  protected readonly controlSelector = 'input.civic-input';

  protected markup(params: FieldParams) {
    return textInputMarkup(params);
  }

  protected controlMarkup(params: FieldParams) {
    return textInputControl(params);
  }

  protected override paramsFromAttributes(): TextInputParams {
    const attribute = (name: string) => this.getAttribute(name) ?? undefined;
    const type = attribute('type');
    const width = attribute('width');
    if (type !== undefined && !(TEXT_INPUT_TYPES as readonly string[]).includes(type)) {
      warnOnce(
        `<civic-text-input> type="${type.slice(0, 30)}" is not supported, so it is a text input. Use text, email, tel, url or search; for numbers use numeric; for a password <civic-password-input>; for a date <civic-date-input>.`,
      );
    }
    if (width !== undefined && !(TEXT_INPUT_WIDTHS as readonly string[]).includes(width)) {
      warnOnce(
        `<civic-text-input> width="${width.slice(0, 30)}" is not one of ${TEXT_INPUT_WIDTHS.join(', ')}, so the input is full width.`,
      );
    }
    return {
      ...super.paramsFromAttributes(),
      type: type as TextInputType | undefined,
      numeric: this.hasAttribute('numeric'),
      width: width as TextInputWidth | undefined,
      inputPrefix: attribute('input-prefix'),
      inputSuffix: attribute('input-suffix'),
      inputmode: attribute('inputmode'),
      spellcheck:
        attribute('spellcheck') === undefined ? undefined : attribute('spellcheck') !== 'false',
      autocapitalize: attribute('autocapitalize'),
      enterkeyhint: attribute('enterkeyhint'),
    };
  }

  protected override currentParams(): TextInputParams {
    const control = this.control;
    const attribute = (name: string) => control?.getAttribute(name) ?? undefined;
    const affixes = affixIds(control?.id ?? '');
    const widthClass = [...(control?.classList ?? [])].find(
      (name) => /^civic-input--(width-|[a-z])/.test(name) && name !== 'civic-input--error',
    );
    return {
      ...super.currentParams(),
      type: (attribute('type') as TextInputType | undefined) ?? 'text',
      width: (this.getAttribute('width') ?? widthClass?.replace(/^civic-input--(width-)?/, '')) as
        TextInputWidth | undefined,
      inputPrefix: this.querySelector(`#${CSS.escape(affixes.prefix)}`)?.textContent ?? undefined,
      inputSuffix: this.querySelector(`#${CSS.escape(affixes.suffix)}`)?.textContent ?? undefined,
      inputmode: attribute('inputmode'),
      spellcheck:
        attribute('spellcheck') === undefined ? undefined : attribute('spellcheck') !== 'false',
      autocapitalize: attribute('autocapitalize'),
      enterkeyhint: attribute('enterkeyhint'),
    };
  }

  protected override ownDescriptionIds(): string[] {
    const affixes = affixIds(this.control?.id ?? '');
    return [affixes.prefix, affixes.suffix];
  }

  protected override attributeChanged(name: string, value: string | null): void {
    const control = this.control;
    if (control === null) return;
    if ((PASSED_THROUGH as readonly string[]).includes(name)) {
      if (value === null) control.removeAttribute(name);
      else control.setAttribute(name, value);
      this.validationChanged();
      return;
    }
    if (name === 'type') {
      this.type = (value ?? 'text') as TextInputType;
      return;
    }
    if (name === 'width') {
      this.syncMarkup();
      return;
    }
    if (name === 'input-prefix' || name === 'input-suffix') {
      warnOnce(
        `<civic-text-input> ${name} cannot change after the field is built; set it before the element is added to the page.`,
      );
      return;
    }
    if (name === 'maxlength' || name === 'minlength' || name === 'pattern' || name === 'numeric') {
      this.validationChanged();
      return;
    }
    super.attributeChanged(name, value);
  }

  /** Re-checks the answer after a rule changed. */
  protected validationChanged(): void {
    this.revalidate();
  }

  /** What is asked for: `text` (default), `email`, `tel`, `url` or `search`. Email, telephone and web addresses are checked on submit. */
  get type(): TextInputType {
    const type = this.control?.type ?? this.getAttribute('type') ?? 'text';
    return (TEXT_INPUT_TYPES as readonly string[]).includes(type)
      ? (type as TextInputType)
      : 'text';
  }
  set type(value: TextInputType | null | undefined) {
    const control = this.control;
    const type = TEXT_INPUT_TYPES.find((known) => known === value) ?? 'text';
    if (type !== value) {
      warnOnce(
        `<civic-text-input> type="${textOf(value).slice(0, 30)}" is not supported, so it is a text input. Use text, email, tel, url or search.`,
      );
    }
    if (control === null) this.setAttribute('type', type);
    else {
      (control as HTMLInputElement).type = type;
      this.syncMarkup();
      this.validationChanged();
    }
  }

  /** Most characters allowed, checked on submit. People may type more (nothing is cut off) and are then told. */
  get maxLength(): number | undefined {
    return wholeNumber(this.getAttribute('maxlength'));
  }
  set maxLength(value: number | null | undefined) {
    const number = wholeNumber(value);
    if (number === undefined) this.removeAttribute('maxlength');
    else this.setAttribute('maxlength', String(number));
  }

  /** Fewest characters allowed, checked on submit. */
  get minLength(): number | undefined {
    return wholeNumber(this.getAttribute('minlength'));
  }
  set minLength(value: number | null | undefined) {
    const number = wholeNumber(value);
    if (number === undefined) this.removeAttribute('minlength');
    else this.setAttribute('minlength', String(number));
  }

  /** A regular expression the whole answer must match, as on a native input; give a `messages.pattern` that says what to enter. */
  get pattern(): string | undefined {
    return this.getAttribute('pattern') ?? undefined;
  }
  set pattern(value: string | undefined) {
    if (typeof value !== 'string' || value === '') this.removeAttribute('pattern');
    else this.setAttribute('pattern', value);
  }

  /** Asks for a whole number as text: numeric keyboard, digits checked on submit. */
  get numeric(): boolean {
    return this.hasAttribute('numeric');
  }
  set numeric(value: boolean) {
    this.toggleAttribute('numeric', toBoolean(value));
  }

  /** @internal The rules the answer must meet. */
  get constraints(): Constraints {
    const pattern = this.pattern;
    return {
      required: this.required,
      minLength: this.minLength,
      maxLength: this.maxLength,
      pattern: pattern === undefined || isValidPattern(pattern) ? pattern : undefined,
      format: this.numeric ? 'number' : FORMATS[this.type],
    };
  }

  protected override enhanced(): void {
    super.enhanced();
    const pattern = this.pattern;
    if (pattern !== undefined && !isValidPattern(pattern)) {
      warnOnce(
        `<civic-text-input name="${this.name}"> has a pattern that is not a valid regular ` +
          `expression ("${pattern.slice(0, 60)}"), so it is not checked. Fix the pattern.`,
      );
    }
  }

  /** Selects the text in the input, as on a native input. */
  select(): void {
    (this.control as HTMLInputElement | null)?.select();
  }
}
