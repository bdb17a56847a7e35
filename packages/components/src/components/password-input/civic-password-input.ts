import { CivicField, textOf } from '../../core/field-element.js';
import type { FieldParams } from '../../core/field-markup.js';
import { toDom } from '../../core/markup-dom.js';
import type { Constraints } from '../../core/validation.js';
import { wholeNumber } from '../../core/whole-number.js';
import {
  passwordInputControl,
  passwordInputMarkup,
  statusText,
  toggleContent,
  type PasswordAutocomplete,
  type PasswordInputParams,
} from './markup.js';

export type { PasswordAutocomplete, PasswordInputParams } from './markup.js';

// Attributes passed to the native input as they are.
const PASSED_THROUGH = ['inputmode', 'enterkeyhint'] as const;

const DEFAULT_AUTOCOMPLETE: PasswordAutocomplete = 'current-password';

/**
 * A password question: label, optional hint, error message, a native
 * `<input type="password">` and a button that shows or hides the password,
 * all in the page's DOM, following the public-sector password input pattern
 * (https://design-system.service.gov.uk/components/password-input/). A server
 * writes that HTML (`renderPasswordInput`, the `civicPasswordInput` macro) and
 * the element enhances it; or the element builds it from its attributes. The
 * input carries the name and value, so the form submits with or without
 * JavaScript, and password managers see an ordinary password field.
 *
 * The button is in the HTML but hidden, and the script shows it: without
 * script there is no button that does nothing. It says "Show" or "Hide" and,
 * to screen readers, "Show password" or "Hide password"; a visually hidden
 * status then says "Your password is visible" or "Your password is hidden".
 * Focus stays on the button. The password is hidden again before any other
 * submit handler of the page runs, when the form is reset, and when the page
 * is left or shown again from the back/forward cache, so neither a password
 * manager nor the browser's history records it as plain text.
 *
 * It is not a `civic-text-input`: a text input's `type`, `numeric`, `width`,
 * prefix, suffix and `spellcheck` are each meaningless or unsafe for a
 * password (a password must never be sent to a spelling service).
 *
 * @tagname civic-password-input
 * @summary Asks for a password, with a button that shows or hides what was typed.
 *
 * @attr {string} name - The name the answer is submitted under; also the input's id unless `field-id` is set.
 * @attr {string} field-id - The input's id, when it should differ from the name (error summary links use it).
 * @attr {string} label - The question, such as "Password". Required.
 * @attr {string} hint - Hint text under the label; put the rules for a new password here.
 * @attr {string} error - An error to show, such as one a server found.
 * @attr {string} value - The initial answer (a server should not send a password back).
 * @attr {boolean} required - The answer must not be empty.
 * @attr {boolean} disabled - Turns the field and its button off.
 * @attr {boolean} readonly - The answer can be read but not changed.
 * @attr {'current-password' | 'new-password'} autocomplete - `current-password` (default) to sign in, `new-password` to create or change a password.
 * @attr {boolean} page-heading - Makes the label the page's `<h1>`.
 * @attr {string} described-by - Ids of the page's own descriptions of the field, read before the hint.
 * @attr {string} field-name - The field as named inside an error message ("your password").
 * @attr {string} messages - Per-rule messages as JSON.
 * @attr {number} minlength - Fewest characters, checked on submit.
 * @attr {string} inputmode - Passed to the input: `numeric` for a PIN.
 * @attr {string} enterkeyhint - Passed to the input: the label of the Enter key.
 *
 * @fires {CustomEvent<ErrorChangeDetail>} civic-error-change - The error shown on the field appeared, changed or cleared; `detail.message`.
 */
export class CivicPasswordInput extends CivicField {
  protected static override upgradedProperties: readonly string[] = [
    ...super.upgradedProperties,
    'autocomplete',
    'minLength',
  ];

  protected static override fieldAttributes: readonly string[] = ['minlength', ...PASSED_THROUGH];

  protected readonly controlSelector = 'input.civic-password-input__input';

  #shown = false;
  #toggle: HTMLButtonElement | null = null;
  #status: HTMLElement | null = null;
  #submitRoot: Document | ShadowRoot | null = null;
  #fieldsets: MutationObserver | null = null;

  protected markup(params: FieldParams) {
    return passwordInputMarkup(params as PasswordInputParams);
  }

  // The input's attributes follow the markup, except its type, which is
  // whatever the button made it: a hint or error changing must not hide (or
  // show) the password.
  protected controlMarkup(params: FieldParams) {
    const markup = passwordInputControl(params as PasswordInputParams);
    return {
      ...markup,
      attributes: { ...markup.attributes, type: this.#shown ? 'text' : 'password' },
    };
  }

  protected override paramsFromAttributes(): PasswordInputParams {
    const attribute = (name: string) => this.getAttribute(name) ?? undefined;
    return {
      ...super.paramsFromAttributes(),
      autocomplete: attribute('autocomplete') as PasswordAutocomplete | undefined,
      minLength: this.minLength,
      inputmode: attribute('inputmode'),
      enterkeyhint: attribute('enterkeyhint'),
    };
  }

  protected override currentParams(): PasswordInputParams {
    const control = this.control;
    const attribute = (name: string) => control?.getAttribute(name) ?? undefined;
    return {
      ...super.currentParams(),
      autocomplete: attribute('autocomplete') as PasswordAutocomplete | undefined,
      inputmode: attribute('inputmode'),
      enterkeyhint: attribute('enterkeyhint'),
    };
  }

  // ---- Building and enhancing ------------------------------------------

  protected override enhance(): void {
    super.enhance();
    const control = this.#input;
    this.#toggle = this.querySelector<HTMLButtonElement>('button.civic-password-input__toggle');
    this.#status = this.querySelector<HTMLElement>('.civic-password-input__status');
    if (control === null || this.#toggle === null) return;
    // Every page starts with the password hidden, whatever state the input was left in.
    if (control.type !== 'password') control.type = 'password';
    this.#toggle.addEventListener('click', this.#onToggleClick);
  }

  protected override enhanced(): void {
    super.enhanced();
    const toggle = this.#toggle;
    if (toggle === null) return;
    this.#renderToggle();
    this.#syncToggleDisabled();
    // The button works now, so it can be seen and used.
    toggle.hidden = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode();
    this.#listenForSubmit(root instanceof Document || root instanceof ShadowRoot ? root : null);
    window.addEventListener('pageshow', this.#hideNow);
    window.addEventListener('pagehide', this.#hideNow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listenForSubmit(null);
    window.removeEventListener('pageshow', this.#hideNow);
    window.removeEventListener('pagehide', this.#hideNow);
    this.#watchFieldsets(false);
  }

  /** The page language changed: the button follows it. */
  protected override update(): void {
    super.update();
    this.#renderToggle();
  }

  protected override attributeChanged(name: string, value: string | null): void {
    const control = this.control;
    if (control === null) return;
    if ((PASSED_THROUGH as readonly string[]).includes(name)) {
      if (value === null) control.removeAttribute(name);
      else control.setAttribute(name, value);
      return;
    }
    if (name === 'minlength') {
      // Re-checks the answer against the new rule.
      const answer = this.value;
      this.value = answer;
      return;
    }
    super.attributeChanged(name, value);
  }

  /** Runs after the field's form was reset: the password is hidden again. */
  protected override formReset(): void {
    this.hidePassword();
  }

  // ---- Properties ----------------------------------------------------------

  /**
   * Tells password managers what the field is: `current-password` (the default,
   * for signing in) or `new-password` (for creating or changing a password, so
   * a manager offers to generate one and saves it).
   */
  override get autocomplete(): string {
    return super.autocomplete || DEFAULT_AUTOCOMPLETE;
  }
  override set autocomplete(value: string) {
    const text = textOf(value) || DEFAULT_AUTOCOMPLETE;
    super.autocomplete = text;
    // An element authored with the attribute keeps it in step with the property.
    if (
      this.control !== null &&
      this.hasAttribute('autocomplete') &&
      this.getAttribute('autocomplete') !== text
    ) {
      this.setAttribute('autocomplete', text);
    }
  }

  /** Fewest characters allowed, checked on submit; for a new password. Say the rule in the hint. */
  get minLength(): number | undefined {
    return wholeNumber(this.getAttribute('minlength'));
  }
  set minLength(value: number | undefined) {
    // Whatever a page passes: only a number sets the rule.
    const text = value === undefined ? '' : String(value);
    if (text.trim() === '' || !Number.isFinite(Number(text))) this.removeAttribute('minlength');
    else this.setAttribute('minlength', text);
  }

  /** Turns the field off, and its button with it; a shown password is hidden. */
  override get disabled(): boolean {
    return super.disabled;
  }
  override set disabled(value: boolean) {
    super.disabled = value;
    this.#syncToggleDisabled();
    if (this.#isOff()) this.hidePassword();
  }

  get constraints(): Constraints {
    return { required: this.required, minLength: this.minLength };
  }

  /** Whether the password is shown as plain text now. */
  get passwordVisible(): boolean {
    return this.#shown;
  }

  /** Shows the password as plain text, as pressing "Show" does; does nothing while the field is turned off. */
  showPassword(): void {
    this.#setShown(true);
  }

  /** Hides the password, as pressing "Hide" does. */
  hidePassword(): void {
    this.#setShown(false);
  }

  // ---- Showing and hiding ------------------------------------------------

  get #input(): HTMLInputElement | null {
    const control = this.control;
    return control instanceof HTMLInputElement ? control : null;
  }

  // Turned off by its own `disabled` or by a disabled fieldset around it.
  #isOff(): boolean {
    return this.#input?.matches(':disabled') ?? true;
  }

  // The public-sector pattern changes the button's words rather than using
  // aria-pressed: "Hide password, pressed" would contradict itself, and a
  // label that says what pressing does is clearer to everyone.
  #onToggleClick = (): void => {
    this.#setShown(!this.#shown);
  };

  #setShown(shown: boolean): void {
    const control = this.#input;
    if (control === null || this.#toggle === null || shown === this.#shown) return;
    if (shown && this.#isOff()) return;
    this.#shown = shown;
    // At once, not later: a submit handler must leave a password field behind
    // it, before the browser (or a password manager) reads the form.
    control.type = shown ? 'text' : 'password';
    this.#renderToggle();
    if (this.#status !== null) this.#status.textContent = statusText(shown, this.text.language);
    this.#watchFieldsets(shown);
  }

  // The button's words for the current state, in the page language; the DOM
  // is only touched when they change, so a server's button stays as written.
  #renderToggle(): void {
    const toggle = this.#toggle;
    if (toggle === null) return;
    const content = toggleContent(this.#shown, this.text.language)
      .map((node) => toDom(node))
      .filter((node): node is Node => node !== null);
    const text = content.map((node) => node.textContent).join('');
    if (toggle.textContent !== text) toggle.replaceChildren(...content);
  }

  #syncToggleDisabled(): void {
    const toggle = this.#toggle;
    const control = this.#input;
    if (toggle === null || control === null) return;
    if (toggle.disabled !== control.disabled) toggle.disabled = control.disabled;
  }

  // A fieldset turned off while the password is shown would leave it shown
  // behind a button nobody can press, so while it is shown the fieldsets
  // around the field are watched.
  #watchFieldsets(watch: boolean): void {
    this.#fieldsets?.disconnect();
    this.#fieldsets = null;
    if (!watch) return;
    const observer = new MutationObserver(() => {
      if (this.#isOff()) this.hidePassword();
    });
    for (
      let fieldset = this.closest('fieldset');
      fieldset !== null;
      fieldset = fieldset.parentElement?.closest('fieldset') ?? null
    ) {
      observer.observe(fieldset, { attributes: true, attributeFilter: ['disabled'] });
    }
    this.#fieldsets = observer;
  }

  // The submit listener is on the page (or shadow root) the field is in, in
  // the capture phase: it runs before the form's own listeners and before
  // those of a framework's root, so none of them finds a shown password.
  #listenForSubmit(root: Document | ShadowRoot | null): void {
    if (root === this.#submitRoot) return;
    this.#submitRoot?.removeEventListener('submit', this.#onSubmit, { capture: true });
    this.#submitRoot = root;
    root?.addEventListener('submit', this.#onSubmit, { capture: true });
  }

  #onSubmit = (event: Event): void => {
    const form = this.control?.form;
    if (form !== null && form !== undefined && event.target === form) this.hidePassword();
  };

  // Leaving the page, and coming back to it from the back/forward cache.
  #hideNow = (): void => {
    this.hidePassword();
  };
}
