import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { countStatus, PausedAnnouncer, type CountStatus } from '../../core/character-count.js';
import { describedBy, fieldHeader, FIELD_IDS } from '../../core/field-template.js';
import { CivicFormControl } from '../../core/form-control.js';
import type { Constraints } from '../../core/validation.js';
import { warnOnce } from '../../core/warn.js';
import { textareaStyles } from './civic-textarea.styles.js';
import './messages.js';

const LIMIT_ID = 'count-limit';

/** A whole number above zero, or undefined for a missing or nonsensical limit. */
function positive(limit: number | undefined): number | undefined {
  return limit !== undefined && Number.isFinite(limit) && limit > 0 ? Math.floor(limit) : undefined;
}

/**
 * A question whose answer may run to several lines: label, optional hint,
 * error message and a `<textarea>`, following the public-sector textarea and
 * character count patterns. With `maxlength` or `maxwords` it shows how many
 * characters or words are left as the person types, and never cuts off what
 * they type: going over the limit is an error on submit.
 *
 * Screen readers hear the limit once, as part of the field's description
 * ("You can enter up to 200 characters"), and the count in a polite live
 * region only when the person pauses, not on every keystroke.
 *
 * Characters are counted as people see them (an emoji or an accented letter is
 * one; a line break is one although the form submits it as CR LF); words are
 * runs of characters between white space. A server gets the same numbers by
 * normalising CR LF to LF and counting grapheme clusters, or splitting on white space.
 *
 * @tagname civic-textarea
 * @summary Asks for a longer answer, with an optional character or word count.
 *
 * @attr {string} spellcheck - Passed to the native textarea.
 * @attr {string} autocapitalize - Passed to the native textarea.
 * @attr {string} inputmode - Passed to the native textarea.
 * @attr {string} enterkeyhint - Passed to the native textarea.
 *
 * @csspart form-group - The wrapper of the whole field; it carries the error bar.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart control - The native `<textarea>`.
 * @csspart count - The count under the textarea ("You have 12 characters remaining").
 *
 * @fires input - As the user types, as on a native textarea.
 * @fires change - When the user commits a change, as on a native textarea.
 * @fires civic-error-change - The error shown on the field appeared, changed or cleared; `detail.message`.
 */
export class CivicTextarea extends CivicFormControl {
  static override styles = textareaStyles;

  /** Visible height in lines of text; people can make it taller. */
  @property({ type: Number, reflect: true }) rows = 5;

  /** Most characters allowed, shown as a count. People may type more (nothing is cut off) and are then told, and the form is not valid. */
  @property({ type: Number, attribute: 'maxlength' }) maxLength?: number;

  /** Most words allowed, shown as a count; use instead of `maxlength` (it wins if both are set). */
  @property({ type: Number, attribute: 'maxwords' }) maxWords?: number;

  /** Shows the count only once this percentage of the limit is used, such as 75. */
  @property({ type: Number }) threshold?: number;

  readonly #announcer = new PausedAnnouncer(this, () => {
    const status = this.#status();
    return status?.shown === true ? this.#countMessage(status) : '';
  });

  /** Milliseconds after the last keystroke before screen readers are told the count (1000 by default). */
  get announceDelay(): number {
    return this.#announcer.delay;
  }

  set announceDelay(milliseconds: number) {
    this.#announcer.delay = milliseconds;
  }

  protected override get constraints(): Constraints {
    const maxWords = positive(this.maxWords);
    return maxWords === undefined
      ? { required: this.required, maxLength: positive(this.maxLength) }
      : { required: this.required, maxWords };
  }

  /** The count against the limit now, or null without a limit. */
  #status(): CountStatus | null {
    const maxWords = positive(this.maxWords);
    if (maxWords !== undefined) return countStatus(this.value, maxWords, 'words', this.threshold);
    const maxLength = positive(this.maxLength);
    if (maxLength !== undefined) {
      return countStatus(this.value, maxLength, 'characters', this.threshold);
    }
    return null;
  }

  #countMessage(status: CountStatus): string {
    const over = status.remaining < 0;
    return this.text.t(`textarea.${over ? 'over' : 'remaining'}.${status.unit}`, {
      count: Math.abs(status.remaining),
    });
  }

  override firstUpdated(): void {
    super.firstUpdated();
    if (positive(this.maxWords) !== undefined && positive(this.maxLength) !== undefined) {
      warnOnce(
        `<civic-textarea name="${this.name}"> has both maxlength and maxwords; only the word ` +
          'limit is counted and checked. Remove one of them.',
      );
    }
  }

  override render() {
    const content = this.fieldContent();
    const status = this.#status();
    const overLimit = status !== null && status.remaining < 0;
    return html`<div
      part="form-group"
      class="form-group ${this.errorMessage === '' ? '' : 'has-error'}"
    >
      ${fieldHeader(content)}<textarea
        part="control"
        id=${FIELD_IDS.control}
        class="control ${overLimit ? 'over-limit' : ''}"
        name=${ifDefined(this.name === '' ? undefined : this.name)}
        rows=${this.rows}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readOnly}
        aria-describedby=${ifDefined(describedBy(content, status !== null && LIMIT_ID))}
        aria-invalid=${ifDefined(this.errorMessage === '' ? undefined : 'true')}
        @input=${this.#handleInput}
        @change=${this.handleNativeChange}
      ></textarea
      >${
        status === null
          ? nothing
          : html`<div id=${LIMIT_ID} class="visually-hidden">
                ${this.text.t(`textarea.limit.${status.unit}`, { count: status.limit })}
              </div>
              <div
                part="count"
                class="count ${overLimit ? 'over-limit' : ''} ${status.shown ? '' : 'below-threshold'}"
                aria-hidden="true"
              >
                ${this.#countMessage(status)}
              </div>
              <div class="visually-hidden" aria-live="polite">${this.#announcer.text}</div>`
      }
    </div>`;
  }

  // The visible count follows every keystroke (it is derived from the value in
  // render); the live region waits for a pause.
  #handleInput = (event: Event): void => {
    this.handleNativeInput(event);
    this.#announcer.schedule();
  };

  /** @internal Called by the browser on `form.reset()`; the count is not announced for a reset. */
  override formResetCallback(): void {
    super.formResetCallback();
    this.#announcer.clear();
  }
}
