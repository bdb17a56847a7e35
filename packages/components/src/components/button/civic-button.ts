import { LitElement, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeUrl } from '../../core/safe-url.js';
import { warnOnce } from '../../core/warn.js';
import { buttonStyles } from './civic-button.styles.js';

/** The visual and semantic weight of a button. */
export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'inverse' | 'start';

/** What a button does in its form, as on the native `<button type>`. */
export type ButtonType = 'submit' | 'reset' | 'button';

/** A second click within this many milliseconds is ignored when `prevent-double-click` is set. */
export const DOUBLE_CLICK_WINDOW_MS = 1000;

/**
 * A button for the main call to action on a page, or a link styled as one.
 *
 * It behaves as a native `<button>` in a plain `<form>`: `type="submit"` submits the
 * form (adding `name=value` to the submission, as the native submitter does),
 * `type="reset"` resets it, and `disabled` or a disabled `<fieldset>` turns it off.
 * With `href` it renders a link (`<a>`, role link) that activates with Enter only.
 *
 * @tagname civic-button
 * @summary Call to action: submits or resets a form, or links to the next step.
 *
 * @attr {string} form - The `id` of the form this button belongs to, when it is not inside it (as on a native button).
 *
 * @slot - The button text. Write it as a verb ("Save and continue", "Start now").
 *
 * @csspart control - The native `<button>` or `<a>`.
 * @csspart label - The wrapper around the slotted text.
 * @csspart arrow - The arrow icon of the start variant.
 *
 * @cssprop --civic-button-width - Width of the button; defaults to full width on narrow screens and to fit content on wider ones.
 *
 * @fires click - Fired as on a native button; not fired while disabled or when `prevent-double-click` ignores a repeat.
 */
export class CivicButton extends LitElement {
  static override styles = buttonStyles;

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    // `el.focus()` and clicks on the host land on the native control inside.
    delegatesFocus: true,
  };

  /** Makes the element take part in its form like a native button. */
  static formAssociated = true;

  /** Visual style: `primary` (default), `secondary`, `warning` for destructive actions, `inverse` for dark backgrounds, or `start` for the start of a service. */
  @property({ reflect: true }) variant: ButtonVariant = 'primary';

  /** What the button does in its form: `submit` (default), `reset` or `button`. Ignored when `href` is set. */
  @property({ reflect: true }) type: ButtonType = 'submit';

  /** Name sent with the form when this button submits it. */
  @property({ reflect: true }) name = '';

  /** Value sent with the form, under `name`, when this button submits it. */
  @property({ reflect: true }) value = '';

  /** Turns the button off. Prefer leaving buttons enabled and explaining errors: disabled buttons are skipped by the keyboard and give no reason. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Makes the element a link to this URL. URLs whose scheme can run script (`javascript:`) are refused with a console warning. */
  @property({ reflect: true }) href?: string;

  /** Browsing context for the link, as on `<a target>`. `_blank` also sets `rel="noopener noreferrer"`. */
  @property({ reflect: true }) target?: string;

  /** Ignores a second click within one second, so a double-clicked payment or submission goes through once. */
  @property({ type: Boolean, reflect: true, attribute: 'prevent-double-click' })
  preventDoubleClick = false;

  /** URL the form is sent to when this button submits it, instead of the form's `action`. Script URLs are refused with a console warning. */
  @property({ reflect: true, attribute: 'formaction' }) formAction?: string;

  /** Encoding of the submission when this button submits the form, instead of the form's `enctype`. */
  @property({ reflect: true, attribute: 'formenctype' }) formEnctype?: string;

  /** HTTP method (`get`, `post` or `dialog`) when this button submits the form, instead of the form's `method`. */
  @property({ reflect: true, attribute: 'formmethod' }) formMethod?: string;

  /** Submits without constraint validation, for actions such as "Save and come back later". */
  @property({ type: Boolean, reflect: true, attribute: 'formnovalidate' }) formNoValidate = false;

  /** Browsing context for the submission's response, instead of the form's `target`. */
  @property({ reflect: true, attribute: 'formtarget' }) formTarget?: string;

  @query('a, button') private readonly control!: HTMLElement | null;

  readonly #internals: ElementInternals;
  // True when the shadow root came from a server render (declarative shadow
  // DOM). Hydration adopts the server's DOM without re-applying values, so
  // state only the browser knows (a disabled fieldset) must wait until after it.
  readonly #serverRendered: boolean;
  #disabledByForm = false;
  #lastActivation = Number.NEGATIVE_INFINITY;

  constructor() {
    super();
    this.#internals = this.attachInternals();
    this.#serverRendered = this.#internals.shadowRoot !== null;
    // Registered first, so it runs before any listener a page adds and can stop
    // a disabled or repeated click from reaching them.
    this.addEventListener('click', this.#handleClick);
  }

  /** The form this button belongs to, or `null`, as on a native button. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** @internal Called by the browser when a surrounding `<fieldset>` is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.#disabledByForm = disabled;
    if (this.#isHydrating) void this.updateComplete.then(() => this.requestUpdate());
    else this.requestUpdate();
  }

  get #isHydrating(): boolean {
    return this.#serverRendered && !this.hasUpdated;
  }

  get #isDisabled(): boolean {
    return this.disabled || (this.#disabledByForm && !this.#isHydrating);
  }

  override firstUpdated(): void {
    if (this.textContent.trim() === '') {
      warnOnce(
        '<civic-button> has no text, so screen readers announce an unnamed button. ' +
          'Put the action in its content, for example <civic-button>Save and continue</civic-button>.',
      );
    }
  }

  override render() {
    const content = html`<span part="label" class="label"><slot></slot></span>${
        this.variant === 'start'
          ? html`<svg
              part="arrow"
              class="arrow"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 33 40"
              width="17.5"
              height="19"
            >
              <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
            </svg>`
          : nothing
      }`;

    if (this.href !== undefined) {
      const disabled = this.#isDisabled;
      const href = disabled ? undefined : safeUrl(this.href, 'civic-button');
      const opensNewContext = this.target === '_blank';
      // A link with no href is not announced as a link, so a disabled link-button
      // keeps the role explicitly and says it is unavailable.
      return html`<a
        part="control"
        class="control"
        href=${ifDefined(href)}
        target=${ifDefined(href === undefined ? undefined : this.target)}
        rel=${ifDefined(href !== undefined && opensNewContext ? 'noopener noreferrer' : undefined)}
        role=${ifDefined(disabled ? 'link' : undefined)}
        aria-disabled=${ifDefined(disabled ? 'true' : undefined)}
        >${content}</a
      >`;
    }

    // The inner button is always type="button": a button inside a shadow root
    // cannot submit the form outside it, so the host does that in #handleClick.
    return html`<button part="control" class="control" type="button" ?disabled=${this.#isDisabled}>
      ${content}
    </button>`;
  }

  #handleClick = (event: MouseEvent): void => {
    if (this.#isDisabled) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }

    const clickedHost = event.composedPath()[0] === this;
    if (clickedHost && this.href !== undefined) {
      // `el.click()` on a link-button follows the link, as `a.click()` does; the
      // anchor's own click then comes back through this handler.
      event.stopImmediatePropagation();
      this.control?.click();
      return;
    }

    if (this.preventDoubleClick) {
      const now = performance.now();
      if (now - this.#lastActivation < DOUBLE_CLICK_WINDOW_MS) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      this.#lastActivation = now;
    }

    if (this.href !== undefined) return;
    const form = this.#internals.form;
    if (form === null) return;
    if (this.type === 'submit') this.#submit(form);
    else if (this.type === 'reset') form.reset();
  };

  // A custom element cannot be a form's submitter, so a hidden native submit
  // button stands in for the moment of submission. That gives exactly native
  // behaviour: constraint validation, the `submit` event, `name=value` in the
  // FormData, and the formaction/formmethod/formnovalidate overrides.
  #submit(form: HTMLFormElement): void {
    const submitter = document.createElement('button');
    submitter.type = 'submit';
    submitter.hidden = true;
    if (this.name !== '') {
      submitter.name = this.name;
      submitter.value = this.value;
    }
    // Read from properties, not attributes, so a value set just before a
    // click counts even though it is reflected only on the next update.
    const formAction = safeUrl(this.formAction, 'civic-button');
    if (formAction !== undefined) submitter.formAction = formAction;
    if (this.formEnctype !== undefined) submitter.formEnctype = this.formEnctype;
    if (this.formMethod !== undefined) submitter.formMethod = this.formMethod;
    if (this.formTarget !== undefined) submitter.formTarget = this.formTarget;
    submitter.formNoValidate = this.formNoValidate;
    form.append(submitter);
    try {
      form.requestSubmit(submitter);
    } finally {
      submitter.remove();
    }
  }
}
