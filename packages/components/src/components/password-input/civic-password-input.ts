import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describedBy, fieldHeader, FIELD_IDS } from '../../core/field-template.js';
import { CivicFormControl } from '../../core/form-control.js';
import { submitOnEnter } from '../../core/implicit-submission.js';
import type { Constraints } from '../../core/validation.js';
import { passwordInputStyles } from './civic-password-input.styles.js';
import './messages.js';

/** What a password manager should do with the field: fill a saved password, or make and save a new one. */
export type PasswordAutocomplete = 'current-password' | 'new-password';

/**
 * A password question: label, optional hint, error message, the password
 * input and a button that shows or hides the password, following the
 * public-sector password input pattern
 * (https://design-system.service.gov.uk/components/password-input/).
 *
 * The button says "Show" or "Hide" and, to screen readers, "Show password" or
 * "Hide password"; a visually hidden status then says "Your password is
 * visible" or "Your password is hidden". Focus stays on the button. The
 * password is hidden again whenever its form is submitted or reset and when
 * the page is shown again from the back/forward cache, so neither a password
 * manager nor the browser's history ever records it as plain text.
 *
 * It extends the form-control base rather than `civic-text-input`: a text
 * input's `type`, `numeric`, `width`, prefix, suffix and overridable
 * `spellcheck` would all be inherited, and each is either meaningless or
 * unsafe for a password (a password must never be sent to a spelling service).
 *
 * @tagname civic-password-input
 * @summary Asks for a password, with a button that shows or hides what was typed.
 *
 * @attr {string} inputmode - Passed to the native input; `numeric` for a PIN.
 * @attr {string} enterkeyhint - Passed to the native input: the label of the Enter key.
 *
 * @csspart form-group - The wrapper of the whole field; it carries the error bar.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart control - The native `<input>`.
 * @csspart toggle - The show/hide `<button>`.
 *
 * @fires input - As the user types, as on a native input.
 * @fires change - When the user commits a change, as on a native input.
 * @fires civic-error-change - The error shown on the field appeared, changed or cleared; `detail.message`.
 */
export class CivicPasswordInput extends CivicFormControl {
  static override styles = passwordInputStyles;

  /**
   * Tells password managers what the field is: `current-password` (the default,
   * for signing in) or `new-password` (for creating or changing a password, so
   * a manager offers to generate one and saves it).
   */
  @property() override autocomplete?: PasswordAutocomplete = 'current-password';

  /** Fewest characters allowed, checked on submit; for a new password. Say the rule in the hint. */
  @property({ type: Number, attribute: 'minlength' }) minLength?: number;

  @state() private shown = false;
  // What the status region says. Empty until the person first presses the
  // button, so nothing is announced when the page loads. Rendered as `nothing`
  // while empty: a hydrated empty-string binding has no text node of its own,
  // and Lit would then write the next value into its closing marker comment.
  @state() private announcement = '';
  #watchedForm: HTMLFormElement | null = null;

  /** Whether the password is shown as plain text now. */
  get passwordVisible(): boolean {
    return this.shown;
  }

  /** Shows the password as plain text, as pressing "Show" does. */
  showPassword(): void {
    if (this.isDisabled) return;
    this.#setShown(true);
  }

  /** Hides the password, as pressing "Hide" does; at once, without waiting for a render. */
  hidePassword(): void {
    this.#setShown(false);
  }

  // Whatever the host says: a shown password is a text field, and spell
  // checkers (some of them online services) and automatic capitals must not touch it.
  protected override forwarded(name: string): string | undefined {
    if (name === 'spellcheck') return 'false';
    if (name === 'autocapitalize') return 'none';
    return super.forwarded(name);
  }

  // autocomplete, inputmode and enterkeyhint reach the input through here (see
  // the base class). Safari's autocorrect would rewrite a shown password as words.
  protected override nativeAttributes(): Record<string, string | undefined> {
    return {
      ...super.nativeAttributes(),
      autocomplete: this.autocomplete ?? 'current-password',
      autocorrect: 'off',
    };
  }

  protected override get constraints(): Constraints {
    return { required: this.required, minLength: this.minLength };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watchForm(this.form);
    window.addEventListener('pageshow', this.#hideOnPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#watchForm(null);
    window.removeEventListener('pageshow', this.#hideOnPageShow);
  }

  /** @internal Called by the browser when the control joins or leaves a form. */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.#watchForm(form);
  }

  /** @internal Called by the browser on `form.reset()`: the value returns and the password is hidden. */
  override formResetCallback(): void {
    super.formResetCallback();
    this.hidePassword();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A turned-off field cannot be hidden again by its (turned-off) button.
    if (this.isDisabled && this.shown) this.#setShown(false);
  }

  override render() {
    const content = this.fieldContent();
    return html`<div
      part="form-group"
      class="form-group ${this.errorMessage === '' ? '' : 'has-error'}"
    >
      ${fieldHeader(content)}
      <div class="input-wrapper">
        <input
          part="control"
          id=${FIELD_IDS.control}
          class="control"
          type=${this.shown ? 'text' : 'password'}
          name=${ifDefined(this.name === '' ? undefined : this.name)}
          value=${this.defaultValue}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readOnly}
          spellcheck="false"
          autocapitalize="none"
          aria-describedby=${ifDefined(describedBy(content))}
          aria-invalid=${ifDefined(this.errorMessage === '' ? undefined : 'true')}
          @input=${this.handleNativeInput}
          @change=${this.handleNativeChange}
          @keydown=${(event: KeyboardEvent) => submitOnEnter(event, this.form)}
        />
        <button
          part="toggle"
          class="toggle"
          type="button"
          aria-controls=${FIELD_IDS.control}
          ?disabled=${this.isDisabled}
          @click=${this.#toggle}
        >
          ${this.text.t(this.shown ? 'password-input.hide' : 'password-input.show')}<span
            class="visually-hidden"
          >
            ${this.text.t('password-input.field')}</span
          >
        </button>
      </div>
      <div class="visually-hidden" aria-live="polite">${this.announcement || nothing}</div>
    </div>`;
  }

  // The public-sector pattern changes the button's words rather than using
  // aria-pressed: "Hide password, pressed" would contradict itself, and a
  // label that says what pressing does is clearer to everyone.
  #toggle = (): void => {
    this.#setShown(!this.shown);
  };

  #setShown(shown: boolean): void {
    if (shown === this.shown) return;
    this.shown = shown;
    this.announcement = this.text.t(shown ? 'password-input.shown' : 'password-input.hidden');
    // Set the type now as well as in the next render: a submit handler must
    // leave a password field behind it, before the browser (or a password
    // manager) reads the form, and Lit renders only after it.
    const control = this.control;
    if (control instanceof HTMLInputElement) control.type = shown ? 'text' : 'password';
  }

  #watchForm(form: HTMLFormElement | null): void {
    if (form === this.#watchedForm) return;
    this.#watchedForm?.removeEventListener('submit', this.#hideOnSubmit, { capture: true });
    this.#watchedForm = form;
    // Capture, so the password is hidden before any other submit handler runs.
    form?.addEventListener('submit', this.#hideOnSubmit, { capture: true });
  }

  #hideOnSubmit = (): void => {
    this.hidePassword();
  };

  #hideOnPageShow = (): void => {
    this.hidePassword();
  };
}
