import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describedBy, fieldHeader, FIELD_IDS } from '../../core/field-template.js';
import { CivicFormControl } from '../../core/form-control.js';
import { submitOnEnter } from '../../core/implicit-submission.js';
import { isValidPattern, type Constraints } from '../../core/validation.js';
import { warnOnce } from '../../core/warn.js';
import { textInputStyles } from './civic-text-input.styles.js';

/** What a text input asks for; each brings its keyboard and a format check. */
export type TextInputType = 'text' | 'email' | 'tel' | 'url' | 'search';

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

const FORMATS: Partial<Record<TextInputType, Constraints['format']>> = {
  email: 'email',
  tel: 'tel',
  url: 'url',
};

/**
 * A single-line question: label, optional hint, error message and the input,
 * following the public-sector text input pattern. It is a form-associated
 * element: its `name` and value go into the form's data, and it validates on
 * submit with messages that name the field.
 *
 * @tagname civic-text-input
 * @summary Asks for one line of text, such as a name, email address or reference number.
 *
 * @attr {string} inputmode - Passed to the native input: the on-screen keyboard to show.
 * @attr {string} enterkeyhint - Passed to the native input: the label of the Enter key.
 * @attr {string} spellcheck - Passed to the native input; defaults to off for email, telephone, web address and numbers.
 * @attr {string} autocapitalize - Passed to the native input.
 *
 * @csspart form-group - The wrapper of the whole field; it carries the error bar.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart control - The native `<input>`.
 * @csspart prefix - The box before the input, such as "£".
 * @csspart suffix - The box after the input, such as "per item".
 *
 * @fires input - As the user types, as on a native input.
 * @fires change - When the user commits a change, as on a native input.
 * @fires civic-error-change - The error shown on the field appeared, changed or cleared; `detail.message`.
 */
export class CivicTextInput extends CivicFormControl {
  static override styles = textInputStyles;

  /** What is asked for: `text` (default), `email`, `tel`, `url` or `search`. Email, telephone and web addresses are checked on submit. */
  @property({ reflect: true }) type: TextInputType = 'text';

  /** Asks for a whole number as text: numeric keyboard, no spinner, digits checked on submit. Use for card numbers, codes and amounts; not for dates. */
  @property({ type: Boolean, reflect: true }) numeric = false;

  /** Width to suit the expected answer: `2`, `3`, `4`, `5`, `10`, `20` or `30` characters, or `full`, `three-quarters`, `two-thirds`, `one-half`, `one-third`, `one-quarter`. */
  @property({ reflect: true }) width?: TextInputWidth;

  /** Text in a box before the input, such as "£". Also read to screen readers after the label. */
  @property({ attribute: 'input-prefix' }) inputPrefix = '';

  /** Text in a box after the input, such as "per item" or "kg". Also read to screen readers after the label. */
  @property({ attribute: 'input-suffix' }) inputSuffix = '';

  /** Fewest characters allowed, checked on submit. */
  @property({ type: Number, attribute: 'minlength' }) minLength?: number;

  /** Most characters allowed, checked on submit. People may type more (nothing is cut off) and are then told. */
  @property({ type: Number, attribute: 'maxlength' }) maxLength?: number;

  /** A regular expression the whole answer must match, as on a native input; give a `messages.pattern` that says what to enter. */
  @property() pattern?: string;

  protected override get constraints(): Constraints {
    const pattern =
      this.pattern === undefined || isValidPattern(this.pattern) ? this.pattern : undefined;
    return {
      required: this.required,
      minLength: this.minLength,
      maxLength: this.maxLength,
      pattern,
      format: this.numeric ? 'number' : FORMATS[this.type],
    };
  }

  /** Selects the text in the input, as on a native input. */
  select(): void {
    (this.control as HTMLInputElement | null)?.select();
  }

  override firstUpdated(): void {
    super.firstUpdated();
    if (this.pattern !== undefined && !isValidPattern(this.pattern)) {
      warnOnce(
        `<civic-text-input name="${this.name}"> has a pattern that is not a valid regular ` +
          `expression ("${this.pattern.slice(0, 60)}"), so it is not checked. Fix the pattern.`,
      );
    }
  }

  protected override nativeAttributes(): Record<string, string | undefined> {
    const attributes = super.nativeAttributes();
    // Codes, addresses and numbers are not words: a spellchecker only gets in the way.
    const plainFormat = this.numeric || (this.type !== 'text' && this.type !== 'search');
    attributes.inputmode ??= this.numeric ? 'numeric' : undefined;
    attributes.spellcheck ??= plainFormat ? 'false' : undefined;
    return attributes;
  }

  override render() {
    const content = this.fieldContent();
    const input = html`<input
      part="control"
      id=${FIELD_IDS.control}
      class="control"
      type=${this.type}
      name=${ifDefined(this.name === '' ? undefined : this.name)}
      value=${this.defaultValue}
      ?required=${this.required}
      ?disabled=${this.isDisabled}
      ?readonly=${this.readOnly}
      aria-describedby=${ifDefined(
        describedBy(
          content,
          this.inputPrefix !== '' && 'prefix',
          this.inputSuffix !== '' && 'suffix',
        ),
      )}
      aria-invalid=${ifDefined(this.errorMessage === '' ? undefined : 'true')}
      @input=${this.handleNativeInput}
      @change=${this.handleNativeChange}
      @keydown=${(event: KeyboardEvent) => submitOnEnter(event, this.form)}
    />`;
    const affixed =
      this.inputPrefix === '' && this.inputSuffix === ''
        ? input
        : html`<div class="affixes">
            ${
              this.inputPrefix === ''
                ? nothing
                : html`<div part="prefix" id="prefix" class="affix" aria-hidden="true">
                    ${this.inputPrefix}
                  </div>`
            }${input}${
              this.inputSuffix === ''
                ? nothing
                : html`<div part="suffix" id="suffix" class="affix" aria-hidden="true">
                    ${this.inputSuffix}
                  </div>`
            }
          </div>`;
    return html`<div
      part="form-group"
      class="form-group ${this.errorMessage === '' ? '' : 'has-error'}"
    >
      ${fieldHeader(content)}${affixed}
    </div>`;
  }
}
