import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaliseController } from './localisation.js';
import { fieldMessageConverter, fieldNameFor, type FieldMessages } from './field-messages.js';
import type { FieldContent } from './field-template.js';
import {
  checkConstraints,
  VALIDITY_FLAG,
  type Constraints,
  type ValidationFailure,
  type ValidationKind,
} from './validation.js';
import { afterPointerRelease, watchPointer } from './pointer-release.js';
import { warnOnce } from './warn.js';
import './form-messages.js';

/**
 * A check of a control's value beyond the built-in rules. Return the error
 * message (which should name the field) or `null` when the value is fine.
 * Return a promise for a check that asks a server; see `validationComplete`.
 */
export type CivicValidator = (
  value: string,
  control: CivicFormControl,
) => string | null | undefined | Promise<string | null | undefined>;

/** Detail of `civic-error-change`: the error now shown on the field, or '' when none. */
export interface ErrorChangeDetail {
  message: string;
}

// Global attributes that only mean something on the native control, passed to
// it as they are (inputmode, enterkeyhint and the like).
const FORWARDED_ATTRIBUTES = ['spellcheck', 'autocapitalize', 'inputmode', 'enterkeyhint'];

/**
 * The behaviour every Civic form control shares: it is a form-associated
 * custom element that takes part in a plain `<form>` as a native control does
 * (FormData, reset, `<fieldset disabled>`, `form.elements`, validity, state
 * restore), and it shows errors the public-sector way: on submit, not while
 * typing, with a message that names the field.
 *
 * A subclass renders its native control with `part="control"` and the shared
 * field template, and reports value changes with `commitInput`.
 *
 * @fires civic-error-change - The error shown on the field appeared, changed or cleared. `detail.message` is the message, '' when cleared.
 * @fires change - When the user commits a change, as on the native control.
 */
export abstract class CivicFormControl extends LitElement {
  static formAssociated = true;

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    // `el.focus()`, a click on the host and error summary links land on the native control.
    delegatesFocus: true,
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...FORWARDED_ATTRIBUTES];
  }

  /** The field's name in the submitted form data. */
  @property({ reflect: true }) name = '';

  /** The label: what the question asks, such as "Full name". Required. */
  @property() label = '';

  /** Hint text under the label, such as "As shown on your passport". */
  @property() hint = '';

  /**
   * An error to show now, such as one a server returned ("Enter your full name").
   * It is shown and makes the field invalid until the value changes.
   */
  @property({ reflect: true }) error = '';

  /**
   * The field as named inside an error message ("your full name" gives "Enter your full name").
   * Defaults to the label with a lower-case first letter; set it when the label is a question.
   */
  @property({ attribute: 'field-name' }) fieldName = '';

  /** Per-field messages for each rule (`required`, `maxlength`, `email`…), a JSON object as an attribute. A value can be one string or one per language: `{"required": {"en": "Enter your name", "cy": "Rhowch eich enw"}}`. */
  @property({ converter: fieldMessageConverter }) messages: FieldMessages = {};

  /** The answer must not be empty. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Turns the field off: not editable, not focusable, not submitted. Prefer hiding a question to disabling it. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The value can be read and submitted but not changed. */
  @property({ type: Boolean, reflect: true, attribute: 'readonly' }) readOnly = false;

  /** Tells the browser what to autofill, such as `name`, `email`, `postal-code`. */
  @property() autocomplete?: AutoFill;

  /** The initial value, which `form.reset()` returns to (the `value` attribute, as on a native input). */
  @property({ attribute: 'value' }) defaultValue = '';

  /** Further checks run after the built-in rules, in order; the first message wins. */
  @property({ attribute: false }) validators: CivicValidator[] = [];

  /** Makes the label the page heading (`<h1>`), for a page that asks only this question. */
  @property({ type: Boolean, attribute: 'page-heading' }) pageHeading = false;

  /** The current value. */
  @state() value = '';

  protected readonly internals: ElementInternals;
  protected readonly text = new LocaliseController(this);

  // The error on screen. It changes on submit (the `invalid` event), when a
  // committed change fixes or changes a shown error, and on reset.
  @state() private shownError = '';
  #dirty = false;
  #customValidity = '';
  #serverErrorActive = false;
  #asyncMessage = '';
  #validationRun = 0;
  #pendingValidation: Promise<boolean> = Promise.resolve(true);
  #disabledByForm = false;
  readonly #serverRendered: boolean;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.#serverRendered = this.internals.shadowRoot !== null;
    this.addEventListener('invalid', this.#showCurrentError);
    // Leaving the field re-checks a shown error too, not only `change`: some
    // input (scripted typing, some autofill and dictation tools) never fires it.
    this.addEventListener('focusout', this.#recheckShownError);
  }

  /** The native control that holds the value; subclasses render it with `part="control"`. */
  protected get control(): HTMLInputElement | HTMLTextAreaElement | null {
    return this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(
      '[part~="control"]',
    );
  }

  /** The rules the value must meet; subclasses add theirs to `required`. */
  protected get constraints(): Constraints {
    return { required: this.required };
  }

  /** The form the control belongs to, as on a native input. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** External `<label for>` elements pointing at this control. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** The error message shown on the field now, or '' when none is shown. */
  get errorMessage(): string {
    return this.shownError;
  }

  /** Resolves once checks that ask a server have finished, with whether the value is then valid. */
  get validationComplete(): Promise<boolean> {
    return this.#pendingValidation;
  }

  /** Checks the value; if it is invalid, fires `invalid` (which shows the error) and returns false. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** As `checkValidity`, and the browser reports the problem if nothing handles `invalid`. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Sets a custom error message ('' clears it), as on a native input. */
  setCustomValidity(message: string): void {
    this.#customValidity = message;
    this.#updateValidity();
  }

  /** The message for a failed rule: the field's own, else the page language's, naming the field. */
  protected messageFor(failure: ValidationFailure): string {
    const own = this.messages[failure.kind];
    const language = this.text.language;
    if (typeof own === 'string') return own;
    if (own !== undefined) {
      const base = language.toLowerCase().split('-')[0] ?? '';
      const text = own[language] ?? own[base];
      if (text !== undefined) return text;
    }
    const field = fieldNameFor(this.fieldName, this.label);
    return this.text.t(`field.${failure.kind}`, {
      field,
      Field: field.charAt(0).toUpperCase() + field.slice(1),
      ...failure.values,
    });
  }

  /** What the shared field template shows: label, hint, the error on screen. */
  protected fieldContent(): FieldContent {
    return {
      label: this.label,
      hint: this.hint,
      errorMessage: this.shownError,
      errorPrefix: this.text.t('field.error-prefix'),
      labelIsPageHeading: this.pageHeading,
    };
  }

  /** For the native control's `@input`: takes its value. */
  protected readonly handleNativeInput = (event: Event): void => {
    this.commitInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  };

  /** For the native control's `@change`: re-fires it from the host. */
  protected readonly handleNativeChange = (): void => {
    this.commitChange();
  };

  /** Subclasses call this when the user changes the native control's value. */
  protected commitInput(value: string): void {
    this.value = value;
    this.#dirty = true;
    this.#serverErrorActive = false;
  }

  /** Subclasses call this on the native control's `change`: re-fires it and re-checks a shown error. */
  protected commitChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
    this.#recheckShownError();
  }

  // Once an error is on screen, a committed answer updates or clears it.
  #recheckShownError = (): void => {
    if (this.shownError === '') return;
    void this.validationComplete.then(() => {
      afterPointerRelease(this.#showCurrentError);
    });
  };

  #showCurrentError = (): void => {
    this.#setShownError(this.internals.validity.valid ? '' : this.internals.validationMessage);
  };

  #setShownError(message: string): void {
    if (message === this.shownError) return;
    this.shownError = message;
    this.#setState('user-invalid', message !== '');
    this.dispatchEvent(
      new CustomEvent<ErrorChangeDetail>('civic-error-change', {
        bubbles: true,
        composed: true,
        detail: { message },
      }),
    );
  }

  #setState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // Engines without CustomStateSet keep working; only the :state() styling hook is lost.
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchPointer();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (FORWARDED_ATTRIBUTES.includes(name)) this.requestUpdate();
  }

  /** A global attribute (inputmode, spellcheck…) as the host has it, for the native control. */
  protected forwarded(name: string): string | undefined {
    return this.getAttribute(name) ?? undefined;
  }

  /**
   * Attributes the native control takes from the host: `autocomplete` and the
   * forwarded global ones. Subclasses add their defaults (a numeric keyboard,
   * spellcheck off). They are set after each render rather than bound in the
   * template because their values are open-ended strings (autofill tokens can
   * be combined, "section-x shipping postal-code"), which strict template type
   * checks would refuse; they only matter once script runs.
   */
  protected nativeAttributes(): Record<string, string | undefined> {
    const attributes: Record<string, string | undefined> = { autocomplete: this.autocomplete };
    for (const name of FORWARDED_ATTRIBUTES) attributes[name] = this.forwarded(name);
    return attributes;
  }

  #applyNativeAttributes(): void {
    const control = this.control;
    if (control === null) return;
    for (const [name, value] of Object.entries(this.nativeAttributes())) {
      if (value === undefined) control.removeAttribute(name);
      else control.setAttribute(name, value);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The browser calls formDisabledCallback when the host's own `disabled`
    // attribute changes. Lit would reflect it only after render has read
    // `isDisabled`, leaving the native control as it was; reflect it first.
    if (changed.has('disabled') && this.isConnected)
      this.toggleAttribute('disabled', this.disabled);
    if (changed.has('defaultValue') && !this.#dirty) this.value = this.defaultValue;
    if (changed.has('error')) {
      this.#serverErrorActive = this.error !== '';
      // An error set after the first render (a check a page ran itself) is
      // announced like any other, so an error summary lists or drops it. The
      // first render's, which a server may also render, needs no event.
      if (this.hasUpdated) this.#setShownError(this.error);
      else {
        this.shownError = this.error;
        this.#setState('user-invalid', this.error !== '');
      }
    }
    if (changed.has('value') || changed.has('validators')) this.#runValidators();
  }

  protected override updated(): void {
    // Set here rather than bound in the template: a server render turns a
    // `.value` binding into a second `value` attribute beside the one that
    // shows the initial value. Compared first, so the caret of someone typing
    // is never moved.
    const control = this.control;
    if (control !== null && control.value !== this.value) control.value = this.value;
    this.#applyNativeAttributes();
    this.internals.setFormValue(this.value, this.value);
    this.#updateValidity();
  }

  override firstUpdated(): void {
    if (this.label.trim() === '') {
      warnOnce(
        `<${this.localName}${this.name ? ` name="${this.name}"` : ''}> has no label, so nobody ` +
          'can tell what to enter and screen readers announce an unnamed field. Set label="…".',
      );
    }
  }

  // Custom validators run whenever the value changes. A later run supersedes
  // an earlier one still waiting on a server, so a slow answer about an old
  // value never overwrites the current one.
  #runValidators(): void {
    const run = ++this.#validationRun;
    const value = this.value;
    const results = this.validators.map((validator) => validator(value, this));
    const firstMessage = (messages: (string | null | undefined)[]) =>
      messages.find((message) => typeof message === 'string' && message !== '') ?? '';
    if (!results.some((result) => result instanceof Promise)) {
      this.#asyncMessage = firstMessage(results as (string | null | undefined)[]);
      this.#pendingValidation = Promise.resolve(this.#asyncMessage === '');
      return;
    }
    this.#pendingValidation = Promise.all(results.map((result) => Promise.resolve(result))).then(
      (messages) => {
        if (run === this.#validationRun) {
          this.#asyncMessage = firstMessage(messages);
          this.#updateValidity();
        }
        return this.internals.validity.valid;
      },
      (error: unknown) => {
        // A check that fails to run must not block the form; the server still validates.
        warnOnce(`A validator of <${this.localName} name="${this.name}"> threw: ${String(error)}`);
        return this.internals.validity.valid;
      },
    );
  }

  #updateValidity(): void {
    const failure = this.#currentFailure();
    const anchor = this.control ?? undefined;
    if (failure === null) {
      this.internals.setValidity({});
      this.#setState('invalid', false);
      return;
    }
    const message = failure.kind === 'custom' ? failure.message : this.messageFor(failure);
    this.internals.setValidity({ [VALIDITY_FLAG[failure.kind]]: true }, message, anchor);
    this.#setState('invalid', true);
  }

  #currentFailure():
    | (ValidationFailure & { kind: Exclude<ValidationKind, 'custom'> })
    | { kind: 'custom'; message: string }
    | null {
    if (this.#customValidity !== '') return { kind: 'custom', message: this.#customValidity };
    if (this.#serverErrorActive) return { kind: 'custom', message: this.error };
    const failure = checkConstraints(this.value, this.constraints);
    if (failure !== null)
      return failure as ValidationFailure & { kind: Exclude<ValidationKind, 'custom'> };
    if (this.#asyncMessage !== '') return { kind: 'custom', message: this.#asyncMessage };
    return null;
  }

  /** Whether the native control should be disabled: by itself or by a disabled fieldset. */
  protected get isDisabled(): boolean {
    // Hydration adopts the server's DOM as it is, so a state only the browser
    // knows (a disabled fieldset) is applied after it, in the next update.
    const hydrating = this.#serverRendered && !this.hasUpdated;
    return this.disabled || (this.#disabledByForm && !hydrating);
  }

  /** @internal Called by the browser when a surrounding `<fieldset>` is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.#disabledByForm = disabled;
    if (this.#serverRendered && !this.hasUpdated) {
      void this.updateComplete.then(() => this.requestUpdate());
    } else this.requestUpdate();
  }

  /** @internal Called by the browser on `form.reset()`. */
  formResetCallback(): void {
    this.value = this.defaultValue;
    this.#dirty = false;
    this.#customValidity = '';
    this.#serverErrorActive = false;
    this.#setShownError('');
  }

  /** @internal Called by the browser to restore the value after back/forward navigation or autofill. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    this.value = state;
    this.#dirty = true;
  }
}
