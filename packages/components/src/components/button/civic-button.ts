import { CivicLightElement } from '../../core/light-element.js';
import { elementFrom, toDom } from '../../core/markup-dom.js';
import { isElement, type AttributeValue, type MarkupElement } from '../../core/markup.js';
import { warnOnce } from '../../core/warn.js';
import {
  BUTTON_TYPES,
  BUTTON_VARIANTS,
  buttonControl,
  startIcon,
  type ButtonParams,
  type ButtonType,
  type ButtonVariant,
} from './markup.js';

export type { ButtonParams, ButtonType, ButtonVariant } from './markup.js';

/** A second click within this many milliseconds is ignored when `prevent-double-click` is set. */
export const DOUBLE_CLICK_WINDOW_MS = 1000;

/** The native control a `<civic-button>` holds. */
export type ButtonControl = HTMLButtonElement | HTMLAnchorElement;

type StringParam =
  | 'variant'
  | 'type'
  | 'name'
  | 'value'
  | 'href'
  | 'target'
  | 'form'
  | 'formAction'
  | 'formMethod'
  | 'formEnctype'
  | 'formTarget'
  | 'text';
type BooleanParam = 'disabled' | 'preventDoubleClick' | 'formNoValidate';

// The element's attributes and the markup parameter each one sets.
const STRING_ATTRIBUTES: Readonly<Record<string, StringParam>> = {
  variant: 'variant',
  type: 'type',
  name: 'name',
  value: 'value',
  href: 'href',
  target: 'target',
  form: 'form',
  formaction: 'formAction',
  formmethod: 'formMethod',
  formenctype: 'formEnctype',
  formtarget: 'formTarget',
  text: 'text',
};
const BOOLEAN_ATTRIBUTES: Readonly<Record<string, BooleanParam>> = {
  disabled: 'disabled',
  'prevent-double-click': 'preventDoubleClick',
  formnovalidate: 'formNoValidate',
};

const CONTROL_SELECTOR = ':scope > button.civic-button, :scope > a.civic-button';
const ICON_CLASS = 'civic-button__start-icon';

/** Whether a child node is content a person sees: an element, or text that is not only spaces. */
function isContent(node: Node): boolean {
  return (
    node.nodeType === Node.ELEMENT_NODE ||
    (node.nodeType === Node.TEXT_NODE && (node as Text).data.trim() !== '')
  );
}

/** Text from whatever a page set: numbers as written, objects never as "[object Object]". */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function isIcon(node: Node): boolean {
  return node instanceof Element && node.classList.contains(ICON_CLASS);
}

/** The control's content apart from the start arrow: the button text. */
function labelNodes(control: Element): ChildNode[] {
  return [...control.childNodes].filter((node) => !isIcon(node));
}

function iconOf(control: Element): Element | null {
  return [...control.children].find(isIcon) ?? null;
}

/** The parameters a server's markup was written from, read back from its native control. */
function paramsFromControl(control: ButtonControl): ButtonParams {
  const attribute = (name: string) => control.getAttribute(name) ?? undefined;
  const variant =
    BUTTON_VARIANTS.find(
      (name) => name !== 'primary' && control.classList.contains(`civic-button--${name}`),
    ) ?? 'primary';
  const preventDoubleClick = control.hasAttribute('data-prevent-double-click');
  if (control.localName === 'a') {
    return {
      variant,
      // A disabled link was written without its href; setting `href` gives it one again.
      href: attribute('href') ?? '',
      target: attribute('target'),
      disabled: control.getAttribute('aria-disabled') === 'true',
      preventDoubleClick,
    };
  }
  const type = attribute('type');
  return {
    variant,
    type:
      type !== undefined && (BUTTON_TYPES as readonly string[]).includes(type)
        ? (type as ButtonType)
        : 'submit',
    name: attribute('name'),
    value: attribute('value'),
    form: attribute('form'),
    formAction: attribute('formaction'),
    formMethod: attribute('formmethod'),
    formEnctype: attribute('formenctype'),
    formNoValidate: control.hasAttribute('formnovalidate'),
    formTarget: attribute('formtarget'),
    disabled: control.hasAttribute('disabled'),
    preventDoubleClick,
  };
}

function attributeText(value: AttributeValue): string | null {
  if (value === false || value === null || value === undefined) return null;
  return value === true ? '' : String(value);
}

/** Sets the attributes that differ between two markups of the same control, leaving a page's own attributes and classes alone. */
function applyChangedAttributes(
  element: Element,
  before: MarkupElement,
  after: MarkupElement,
): void {
  const names = new Set([...Object.keys(before.attributes), ...Object.keys(after.attributes)]);
  for (const name of names) {
    const now = attributeText(after.attributes[name]);
    if (attributeText(before.attributes[name]) === now) continue;
    if (now === null) element.removeAttribute(name);
    else if (name === 'class') element.setAttribute('class', withPageClasses(element, now));
    else element.setAttribute(name, now);
  }
}

function withPageClasses(element: Element, civicClasses: string): string {
  const pageClasses = [...element.classList].filter((name) => !name.startsWith('civic-'));
  return [...civicClasses.split(' '), ...pageClasses].filter((name) => name !== '').join(' ');
}

function hasIcon(markup: MarkupElement): boolean {
  return markup.children.some((child) => isElement(child) && child.tag === 'svg');
}

/** The markup of the control alone: its content is the page's own nodes, kept as they are. */
function controlOnly(params: ButtonParams): MarkupElement {
  return buttonControl({ ...params, text: undefined, html: undefined });
}

/**
 * A button for the main call to action on a page, or a link styled as one.
 *
 * It is a native `<button>` (or `<a>` with `href`) in the page's DOM, which a
 * server writes (`renderButton`, the `civicButton` macro) or the element builds
 * from its attributes, moving its content (the button text) into it. The
 * browser does the rest as for any button: `type="submit"` submits the form
 * with `name=value`, Enter in a text field submits through it, `type="reset"`
 * resets the form, `disabled` and `<fieldset disabled>` turn it off, and the
 * form* attributes override the form's own. A link activates with Enter only.
 * The script adds `prevent-double-click` and warnings for misuse.
 *
 * @tagname civic-button
 * @summary Call to action: submits or resets a form, or links to the next step.
 *
 * @attr {'primary' | 'secondary' | 'warning' | 'inverse' | 'start'} variant - Visual style; `primary` by default.
 * @attr {'submit' | 'reset' | 'button'} type - What the button does in its form; `submit` by default.
 * @attr {string} name - Name sent with the form when this button submits it.
 * @attr {string} value - Value sent under `name`.
 * @attr {boolean} disabled - Turns the button off.
 * @attr {string} href - Makes it a link to this URL; script URLs are refused.
 * @attr {string} target - The link's browsing context; `_blank` adds `rel="noopener noreferrer"`.
 * @attr {boolean} prevent-double-click - Ignores a second click within one second.
 * @attr {string} formaction - Where the form is sent when this button submits it; script URLs are refused.
 * @attr {string} formmethod - The method of that submission.
 * @attr {string} formenctype - The encoding of that submission.
 * @attr {boolean} formnovalidate - Submits without the browser's validation.
 * @attr {string} formtarget - Where the response of that submission opens.
 * @attr {string} form - The `id` of the form this button belongs to, when it is not inside it (as on a native button).
 * @attr {string} text - The button text, when it is not given as the element's content.
 *
 * @slot - The button text, moved into the native button. Write it as a verb ("Save and continue", "Start now").
 *
 * @cssprop --civic-button-width - Width of the button; defaults to full width on narrow screens and to fit content on wider ones.
 *
 * @fires click - From the native button or link, as ever; not fired while disabled or when `prevent-double-click` ignores a repeat.
 */
export class CivicButton extends CivicLightElement {
  protected static override upgradedProperties: readonly string[] = [
    'variant',
    'type',
    'name',
    'value',
    'disabled',
    'href',
    'target',
    'preventDoubleClick',
    'formAction',
    'formMethod',
    'formEnctype',
    'formNoValidate',
    'formTarget',
    'text',
  ];

  static get observedAttributes(): string[] {
    return [...Object.keys(STRING_ATTRIBUTES), ...Object.keys(BOOLEAN_ATTRIBUTES)];
  }

  #control: ButtonControl | null = null;
  // What the control was built from: the state a button cannot hold while it
  // is a link (name, form overrides) and a link while disabled (its href).
  #params: ButtonParams = {};
  // The control's markup for those parameters, which its attributes match.
  #markup: MarkupElement | null = null;
  #reflecting = false;
  #lastActivation = Number.NEGATIVE_INFINITY;
  readonly #observer = new MutationObserver(() => this.#adoptNewContent());

  constructor() {
    super();
    // Capturing on the element runs before any listener a page adds to the
    // native control or below, so a repeated or disabled click stops here.
    this.addEventListener('click', this.#onClick, { capture: true });
  }

  /** The native `<button>` or `<a>`, in the page's DOM. */
  get control(): ButtonControl | null {
    return this.#control;
  }

  // ---- Building and enhancing ------------------------------------------

  protected override enhance(): void {
    const written = this.querySelector<ButtonControl>(CONTROL_SELECTOR);
    if (written !== null) {
      this.#adopt(written);
    } else {
      const params = this.#paramsFromAttributes();
      const content = [...this.childNodes];
      const hasContent = content.some(isContent);
      const control = toDom(
        buttonControl(hasContent ? { ...params, text: undefined } : params),
      ) as ButtonControl;
      // Every child moves, markers of a framework's template included, so the
      // framework keeps updating the text where it now is.
      control.prepend(...content);
      this.replaceChildren(control);
      this.#control = control;
      this.#params = params;
      this.#markup = controlOnly(params);
    }
    this.#observer.observe(this, { childList: true });
  }

  protected override enhanced(): void {
    // A task later: a framework may add the element before its text (Angular
    // does in a component's own template), which is no mistake.
    setTimeout(() => this.#checkName());
  }

  #checkName(): void {
    const control = this.#control;
    if (control === null || !this.isConnected) return;
    const named = control.hasAttribute('aria-label') || control.hasAttribute('aria-labelledby');
    if (!named && control.textContent.trim() === '') {
      warnOnce(
        '<civic-button> has no text, so screen readers announce an unnamed button. ' +
          'Put the action in its content, for example <civic-button>Save and continue</civic-button>.',
      );
    }
  }

  #adopt(control: ButtonControl): void {
    this.#control = control;
    this.#params = paramsFromControl(control);
    this.#markup = controlOnly(this.#params);
  }

  #paramsFromAttributes(): ButtonParams {
    const params: Record<string, string | boolean | undefined> = {};
    for (const [attribute, param] of Object.entries(STRING_ATTRIBUTES)) {
      params[param] = this.getAttribute(attribute) ?? undefined;
    }
    for (const [attribute, param] of Object.entries(BOOLEAN_ATTRIBUTES)) {
      params[param] = this.hasAttribute(attribute);
    }
    return params;
  }

  get #state(): ButtonParams {
    return this.#control === null ? this.#paramsFromAttributes() : this.#params;
  }

  // React and Vue set `textContent` on the element when its text changes,
  // which takes the native control out; a page may also append content. The
  // new content becomes the button text, in the same control.
  #adoptNewContent(): void {
    const control = this.#control;
    if (control === null) return;
    const others = [...this.childNodes].filter((node) => node !== control);
    const written = others.find(
      (node): node is ButtonControl => node instanceof Element && node.matches(CONTROL_SELECTOR),
    );
    if (written !== undefined) {
      // New server markup (innerHTML): it is the control now.
      this.#adopt(written);
      return;
    }
    if (control.parentNode === null) {
      for (const node of labelNodes(control)) node.remove();
      control.insertBefore(this.#fragment(others), iconOf(control));
      this.append(control);
      return;
    }
    if (control.parentNode !== this) return;
    const content = others.filter(isContent);
    if (content.length === 0) return;
    const before = content.filter(
      (node) => node.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const after = content.filter((node) => !before.includes(node));
    control.prepend(...before);
    control.insertBefore(this.#fragment(after), iconOf(control));
  }

  #fragment(nodes: Node[]): DocumentFragment {
    const fragment = this.ownerDocument.createDocumentFragment();
    fragment.append(...nodes);
    return fragment;
  }

  // ---- Keeping the control in step ---------------------------------------

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (this.#control === null || this.#reflecting || old === value) return;
    if (name in BOOLEAN_ATTRIBUTES) this.#update({ [BOOLEAN_ATTRIBUTES[name]]: value !== null });
    else if (name in STRING_ATTRIBUTES)
      this.#update({ [STRING_ATTRIBUTES[name]]: value ?? undefined });
  }

  #update(changes: ButtonParams): void {
    const next = { ...this.#params, ...changes };
    this.#params = next;
    let control = this.#control;
    const before = this.#markup;
    if (control === null || before === null) return;
    const after = controlOnly(next);
    this.#markup = after;
    if (before.tag !== after.tag) control = this.#swap(control, after);
    else applyChangedAttributes(control, before, after);
    const icon = iconOf(control);
    if (hasIcon(after) && icon === null) control.append(elementFrom(startIcon()));
    else if (!hasIcon(after) && icon !== null) icon.remove();
    if ('text' in changes) {
      for (const node of labelNodes(control)) node.remove();
      control.insertBefore(this.ownerDocument.createTextNode(next.text ?? ''), iconOf(control));
    }
  }

  // `href` set or removed: a link becomes a button or the other way round,
  // keeping its text, the page's own classes and focus.
  #swap(old: ButtonControl, markup: MarkupElement): ButtonControl {
    const replacement = toDom(markup) as ButtonControl;
    replacement.insertBefore(this.#fragment(labelNodes(old)), iconOf(replacement));
    for (const name of old.classList)
      if (!name.startsWith('civic-')) replacement.classList.add(name);
    const focused = old.matches(':focus');
    old.replaceWith(replacement);
    this.#control = replacement;
    if (focused) replacement.focus();
    return replacement;
  }

  #setString(param: StringParam, attribute: string, value: unknown): void {
    const text = value === null || value === undefined ? undefined : textOf(value);
    if (this.#control !== null) this.#update({ [param]: text });
    this.#reflect(attribute, text);
  }

  #setBoolean(param: BooleanParam, attribute: string, value: unknown): void {
    const on = Boolean(value);
    if (this.#control !== null) this.#update({ [param]: on });
    this.#reflect(attribute, on);
  }

  // The attribute follows the property, so the two never disagree.
  #reflect(attribute: string, value: string | boolean | undefined): void {
    this.#reflecting = true;
    try {
      if (value === undefined || value === false) this.removeAttribute(attribute);
      else if (this.getAttribute(attribute) !== (value === true ? '' : value)) {
        this.setAttribute(attribute, value === true ? '' : value);
      }
    } finally {
      this.#reflecting = false;
    }
  }

  // ---- Behaviour ----------------------------------------------------------

  #onClick = (event: MouseEvent): void => {
    const control = this.#control;
    if (control === null || !(event.target instanceof Node) || !control.contains(event.target))
      return;
    if (control.getAttribute('aria-disabled') === 'true') {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (!control.hasAttribute('data-prevent-double-click')) return;
    const now = performance.now();
    if (now - this.#lastActivation < DOUBLE_CLICK_WINDOW_MS) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    this.#lastActivation = now;
  };

  /** Clicks the native button or link, as a person would: it submits, resets or follows. */
  override click(): void {
    if (this.#control === null) super.click();
    else this.#control.click();
  }

  /** Focuses the native button or link. */
  override focus(options?: FocusOptions): void {
    this.#control?.focus(options);
  }

  override blur(): void {
    this.#control?.blur();
  }

  // ---- Properties ----------------------------------------------------------

  /** Visual style: `primary` (default), `secondary`, `warning` for destructive actions, `inverse` for dark backgrounds, or `start` for the start of a service. Another value warns and gives `primary`. */
  get variant(): ButtonVariant {
    const variant = this.#state.variant;
    return variant !== undefined && BUTTON_VARIANTS.includes(variant) ? variant : 'primary';
  }
  set variant(value: ButtonVariant) {
    this.#setString('variant', 'variant', value);
  }

  /** What the button does in its form: `submit` (default), `reset` or `button`. Another value warns and gives `submit`. Not used by a link. */
  get type(): ButtonType {
    const type = this.#state.type;
    return type !== undefined && BUTTON_TYPES.includes(type) ? type : 'submit';
  }
  set type(value: ButtonType) {
    this.#setString('type', 'type', value);
  }

  /** Name sent with the form when this button submits it. */
  get name(): string {
    return this.#state.name ?? '';
  }
  set name(value: string) {
    this.#setString('name', 'name', value);
  }

  /** Value sent with the form, under `name`, when this button submits it. */
  get value(): string {
    return this.#state.value ?? '';
  }
  set value(value: string) {
    this.#setString('value', 'value', value);
  }

  /** The button text. Setting it replaces the element's content. */
  get text(): string {
    return this.#control?.textContent ?? this.getAttribute('text') ?? this.textContent;
  }
  set text(value: string) {
    this.#setString('text', 'text', value);
  }

  /** Turns the button off. Prefer leaving buttons enabled and explaining errors: disabled buttons are skipped by the keyboard and give no reason. A `<fieldset disabled>` turns it off too, as it does any button. */
  get disabled(): boolean {
    return this.#state.disabled === true;
  }
  set disabled(value: boolean) {
    this.#setBoolean('disabled', 'disabled', value);
  }

  /** Makes the element a link to this URL. URLs whose scheme can run script (`javascript:`) are refused with a console warning. */
  get href(): string | undefined {
    return this.#state.href;
  }
  set href(value: string | undefined) {
    this.#setString('href', 'href', value);
  }

  /** Browsing context for the link, as on `<a target>`. `_blank` also sets `rel="noopener noreferrer"`. */
  get target(): string | undefined {
    return this.#state.target;
  }
  set target(value: string | undefined) {
    this.#setString('target', 'target', value);
  }

  /** Ignores a second click within one second, so a double-clicked payment or submission goes through once. */
  get preventDoubleClick(): boolean {
    return this.#state.preventDoubleClick === true;
  }
  set preventDoubleClick(value: boolean) {
    this.#setBoolean('preventDoubleClick', 'prevent-double-click', value);
  }

  /** URL the form is sent to when this button submits it, instead of the form's `action`. Script URLs are refused with a console warning. */
  get formAction(): string | undefined {
    return this.#state.formAction;
  }
  set formAction(value: string | undefined) {
    this.#setString('formAction', 'formaction', value);
  }

  /** Encoding of the submission when this button submits the form, instead of the form's `enctype`. */
  get formEnctype(): string | undefined {
    return this.#state.formEnctype;
  }
  set formEnctype(value: string | undefined) {
    this.#setString('formEnctype', 'formenctype', value);
  }

  /** HTTP method (`get`, `post` or `dialog`) when this button submits the form, instead of the form's `method`. */
  get formMethod(): string | undefined {
    return this.#state.formMethod;
  }
  set formMethod(value: string | undefined) {
    this.#setString('formMethod', 'formmethod', value);
  }

  /** Submits without constraint validation, for actions such as "Save and come back later". */
  get formNoValidate(): boolean {
    return this.#state.formNoValidate === true;
  }
  set formNoValidate(value: boolean) {
    this.#setBoolean('formNoValidate', 'formnovalidate', value);
  }

  /** Browsing context for the submission's response, instead of the form's `target`. */
  get formTarget(): string | undefined {
    return this.#state.formTarget;
  }
  set formTarget(value: string | undefined) {
    this.#setString('formTarget', 'formtarget', value);
  }

  /** The form the native button belongs to, or `null` (always for a link). */
  get form(): HTMLFormElement | null {
    const control = this.#control;
    return control instanceof HTMLButtonElement ? control.form : null;
  }
}
