// The behaviour every Civic question shares, on a native control that lives
// in the page's DOM. The browser does the form work itself (FormData, reset,
// <fieldset disabled>, form.elements, restore, autofill, implicit
// submission); this adds the public-sector error pattern: messages that name
// the field, shown on submit rather than while typing, in the page language.
import { FieldValidation, type CivicValidator, type FieldFailure } from './field-validation.js';
import { errorPart, fieldIds, given, type FieldParams } from './field-markup.js';
import { fieldMessageConverter, type FieldMessages } from './field-messages.js';
import {
  applyQuestionAttribute,
  QUESTION_ATTRIBUTES,
  reflectAuthored,
} from './question-attributes.js';
import { CivicLightElement } from './light-element.js';
import { LocaliseController } from './localisation.js';
import { elementFrom, toDom } from './markup-dom.js';
import { h, type MarkupElement } from './markup.js';
import { afterPointerRelease, watchPointer } from './pointer-release.js';
import { syncAttributes } from './sync-attributes.js';
import { warnOnce } from './warn.js';

export type { CivicValidator, FieldFailure } from './field-validation.js';

/** Detail of `civic-error-change`: the error now shown on the field, or '' when none. */
export interface ErrorChangeDetail {
  message: string;
}

/** The native text control of a Civic text question. */
export type NativeControl = HTMLInputElement | HTMLTextAreaElement;

/** Any native control a Civic question can hold: a text control, or a `<select>`. */
export type FieldControl = NativeControl | HTMLSelectElement;

// Attributes of the element that change the markup below it, for every field.
const FIELD_ATTRIBUTES = [
  ...QUESTION_ATTRIBUTES,
  'field-id',
  'label',
  'value',
  'readonly',
  'autocomplete',
  'page-heading',
  'described-by',
];

/**
 * The base of Civic's questions. A subclass gives its markup function and
 * the selector of its native control; this finds that markup (written by a
 * server) or builds it from the element's attributes, then keeps it in step
 * with properties, validation and the page language.
 *
 * @fires {CustomEvent<ErrorChangeDetail>} civic-error-change - The error shown on the field appeared, changed or cleared. `detail.message` is the message, '' when cleared.
 */
export abstract class CivicField<
  Control extends FieldControl = NativeControl,
> extends CivicLightElement {
  protected static override upgradedProperties: readonly string[] = [
    'value',
    'label',
    'hint',
    'error',
    'name',
    'required',
    'disabled',
    'readOnly',
    'validators',
    'messages',
    'fieldName',
  ];

  /** Attributes that re-render the field; subclasses add their own. */
  protected static fieldAttributes: readonly string[] = [];

  static get observedAttributes(): string[] {
    return [...FIELD_ATTRIBUTES, ...this.fieldAttributes];
  }

  protected readonly text = new LocaliseController(this);
  readonly #validation = new FieldValidation(this, () => this.text.language);
  #control: Control | null = null;
  #shownError = '';
  #serverError = '';
  #fieldName = '';
  #messages: FieldMessages = {};
  // Whether the control's id came from the name (built from attributes without field-id).
  #idFollowsName = false;

  /** The markup for these parameters: the component's one markup function. */
  protected abstract markup(params: FieldParams): MarkupElement;

  /** The native control's markup alone, whose attributes the control is kept in step with. */
  protected abstract controlMarkup(params: FieldParams): MarkupElement;

  /** Selects the native control inside the element. */
  protected abstract readonly controlSelector: string;

  /** The native control: the page's own `<input>`, `<textarea>` or `<select>`, which carries the name and value. */
  get control(): Control | null {
    return this.#control;
  }

  // ---- Building and enhancing ------------------------------------------

  protected override enhance(): void {
    let control = this.querySelector<Control>(this.controlSelector);
    if (control === null) {
      this.replaceChildren(...this.#build(this.paramsFromAttributes()));
      control = this.querySelector<Control>(this.controlSelector);
      this.#idFollowsName = !this.hasAttribute('field-id');
    }
    // An error in the markup (a server wrote it, or the error attribute) is a
    // server error: it keeps the field invalid until the answer changes.
    this.#serverError = this.#readShownError();
    this.#shownError = this.#serverError;
    this.#control = control;
    if (control === null) return;
    fieldOfControl.set(control, this);
    watchPointer();
  }

  protected override enhanced(): void {
    this.#fieldName = this.getAttribute('field-name') ?? this.#fieldName;
    if (this.hasAttribute('messages'))
      this.messages = fieldMessageConverter.fromAttribute(this.getAttribute('messages'));
    // A task later: frameworks (React through @lit/react, Angular) set
    // properties just after they add the element to the page.
    checkLabelSoon(this);
    this.#validation.run();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    CivicField.#listenOn(this.getRootNode());
  }

  // One listener per document (or shadow root) for each event every field
  // needs, rather than four on each field: a page of a thousand fields then
  // holds four listeners instead of four thousand, and no closures per field.
  // Capturing at the root, the field hears the event before any listener of
  // the page does, so its validity is current when they run, as a native
  // input's is.
  static #listenedRoots = new WeakSet<Node>();

  static #listenOn(root: Node): void {
    if (!(root instanceof Document || root instanceof ShadowRoot)) return;
    if (CivicField.#listenedRoots.has(root)) return;
    CivicField.#listenedRoots.add(root);
    for (const type of ['input', 'change', 'invalid', 'focusout', 'reset']) {
      root.addEventListener(type, CivicField.#onRootEvent, true);
    }
  }

  static #onRootEvent = (event: Event): void => {
    const target = event.target;
    if (event.type === 'reset') {
      if (!(target instanceof HTMLFormElement)) return;
      for (const element of target.elements) {
        const field = fieldOfControl.get(element);
        if (field !== undefined) field.#formWasReset();
      }
      return;
    }
    if (!(target instanceof Element)) return;
    if (event.type === 'focusout') {
      // Leaving any part of the field, its control or its own buttons.
      const field = owningField(target);
      if (field !== null) field.#recheckShownError();
      return;
    }
    const field = fieldOfControl.get(target);
    if (field?.control !== target) return;
    if (event.type === 'input') field.answerChanged();
    else if (event.type === 'change') field.#recheckShownError();
    // A submission (or checkValidity) found the answer invalid: show why.
    else field.#showError(field.validationMessage);
  };

  #build(params: FieldParams): Node[] {
    const tree = this.markup(params);
    return tree.children.map((child) => toDom(child)).filter((node): node is Node => node !== null);
  }

  /** The parameters the attributes describe, for building the markup. */
  protected paramsFromAttributes(): FieldParams {
    const attribute = (name: string) => this.getAttribute(name) ?? undefined;
    const name = attribute('name');
    return {
      name,
      id: uniqueId(this, attribute('field-id') ?? name ?? ''),
      label: attribute('label'),
      hint: attribute('hint'),
      error: attribute('error'),
      value: attribute('value'),
      required: this.hasAttribute('required'),
      disabled: this.hasAttribute('disabled'),
      readOnly: this.hasAttribute('readonly'),
      autocomplete: attribute('autocomplete'),
      pageHeading: this.hasAttribute('page-heading'),
      describedBy: attribute('described-by'),
      lang: this.text.language,
    };
  }

  /** The parameters of the markup as it stands, for keeping the control's attributes in step. */
  protected currentParams(): FieldParams {
    const control = this.control;
    const ids = fieldIds({ id: control?.id });
    return {
      name: control?.name,
      id: control?.id,
      label: this.label,
      hint: this.#part(`#${CSS.escape(ids.hint)}`) === null ? '' : this.hint || ' ',
      error: this.#shownError,
      required: control?.required,
      disabled: control?.disabled,
      readOnly: control === null ? undefined : readOnlyOf(control),
      autocomplete: control?.getAttribute('autocomplete') ?? undefined,
      describedBy: this.#pageDescriptions(),
      lang: this.text.language,
    };
  }

  // Ids in the control's aria-describedby that are not the field's own parts:
  // a page's own descriptions, which must survive every update.
  #pageDescriptions(): string | undefined {
    const own = new Set(ownDescriptionIds(this.control?.id ?? ''));
    const ids = (this.control?.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter((id) => id !== '' && !own.has(id) && !this.ownDescriptionIds().includes(id));
    return ids.length === 0 ? undefined : ids.join(' ');
  }

  /** Ids of descriptions a subclass adds (a prefix, a count), kept out of the page's own. */
  protected ownDescriptionIds(): string[] {
    return [];
  }

  /** Brings the control's attributes and the group's classes in line with the markup for the current state. */
  protected syncMarkup(): void {
    const control = this.control;
    if (control === null) return;
    const params = this.currentParams();
    syncAttributes(control, this.controlMarkup(params), ['value']);
    const group = control.closest('.civic-form-group');
    const groupMarkup = this.markup(params).children.find(
      (child): child is MarkupElement =>
        typeof child === 'object' && child !== null && 'tag' in child,
    );
    if (group !== null && groupMarkup !== undefined) syncAttributes(group, groupMarkup, []);
  }

  #part(selector: string): Element | null {
    return this.querySelector(selector);
  }

  // ---- Properties ----------------------------------------------------------

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!this.isEnhanced || old === value) return;
    this.attributeChanged(name, value);
  }

  /** Applies a changed attribute to the markup; subclasses handle their own and call this. */
  protected attributeChanged(name: string, value: string | null): void {
    if (applyQuestionAttribute(this, name, value)) return;
    switch (name) {
      case 'label':
        this.label = value ?? '';
        break;
      case 'value':
        this.defaultValue = value ?? '';
        break;
      case 'readonly':
        this.readOnly = value !== null;
        break;
      case 'autocomplete':
        this.autocomplete = value ?? '';
        break;
      case 'page-heading':
      case 'described-by':
      case 'field-id':
        warnOnce(
          `<${this.localName}> ${name} cannot change after the field is built; set it before the element is added to the page.`,
        );
        break;
    }
  }

  /** The question, such as "Full name": the label's text. */
  get label(): string {
    return this.#part('.civic-label')?.textContent ?? this.getAttribute('label') ?? '';
  }
  set label(value: string) {
    const label = this.#part('.civic-label');
    const text = textOf(value);
    if (label === null) this.setAttribute('label', text);
    else if (label.textContent !== text) label.textContent = text;
    reflectAuthored(this, 'label', text);
  }

  /** Hint text under the label, such as "As shown on your passport". Setting it replaces a server-written hint. */
  get hint(): string {
    const id = this.control?.id;
    const hint = id === undefined ? null : this.#part(`#${CSS.escape(`${id}-hint`)}`);
    return hint?.textContent ?? (this.isEnhanced ? '' : (this.getAttribute('hint') ?? ''));
  }
  set hint(value: string) {
    const control = this.control;
    if (control === null) {
      this.setAttribute('hint', textOf(value));
      return;
    }
    const text = textOf(value);
    const id = `${control.id}-hint`;
    const existing = this.#part(`#${CSS.escape(id)}`);
    if (text === '') existing?.remove();
    else if (existing !== null) existing.textContent = text;
    else this.#labelBlock()?.after(elementFrom(h('div', { class: 'civic-hint', id }, text)));
    reflectAuthored(this, 'hint', text);
    this.syncMarkup();
  }

  /**
   * An error to show now, such as one a server returned ("Enter your full name").
   * It is shown and keeps the field invalid until the answer changes. A server
   * writes it into the markup; on a page built by script, set this.
   */
  get error(): string {
    return this.#serverError;
  }
  set error(value: string) {
    this.#serverError = textOf(value);
    reflectAuthored(this, 'error', this.#serverError);
    this.#validation.run();
    this.#showError(this.#serverError);
  }

  /** The error message shown on the field now, or '' when none is shown. */
  get errorMessage(): string {
    return this.#shownError;
  }

  /** The name the answer is submitted under. */
  get name(): string {
    return this.control?.name ?? this.getAttribute('name') ?? '';
  }
  set name(value: string) {
    const name = textOf(value);
    this.#setNative('name', 'name', name);
    const control = this.control;
    // A framework that sets `name` after adding the element gets the ids it
    // would have had from the attribute, so error summary links are #<name>.
    if (control !== null && this.#idFollowsName && name !== '') {
      const wanted = name.trim().replace(/\s+/g, '-');
      if (control.id !== wanted) renameIds(this, control.id, uniqueId(this, wanted, control));
    }
  }

  /** The current answer, as on the native control. */
  get value(): string {
    return this.control?.value ?? this.getAttribute('value') ?? '';
  }
  set value(value: string) {
    const control = this.control;
    const text = textOf(value);
    if (control === null) {
      this.setAttribute('value', text);
      return;
    }
    // Compared first, so the caret of someone typing is never moved.
    if (control.value !== text) control.value = text;
    this.#validation.run();
  }

  /** The initial answer, which `form.reset()` returns to (the `value` attribute, as on a native input). */
  get defaultValue(): string {
    const control = this.control;
    if (control !== null && 'defaultValue' in control) return control.defaultValue;
    return this.getAttribute('value') ?? '';
  }
  set defaultValue(value: string) {
    const control = this.control;
    if (control !== null && 'defaultValue' in control) control.defaultValue = textOf(value);
    else this.setAttribute('value', textOf(value));
  }

  /** The answer must not be empty; checked on submit with a message naming the field. */
  get required(): boolean {
    return this.control?.required ?? this.hasAttribute('required');
  }
  set required(value: boolean) {
    this.#setNative('required', 'required', toBoolean(value));
  }

  /** Turns the field off: not editable, not focusable, not submitted. Prefer hiding a question to disabling it. */
  get disabled(): boolean {
    return this.control?.disabled ?? this.hasAttribute('disabled');
  }
  set disabled(value: boolean) {
    this.#setNative('disabled', 'disabled', toBoolean(value));
  }

  /** The answer can be read and submitted but not changed. */
  get readOnly(): boolean {
    const control = this.control;
    return control === null ? this.hasAttribute('readonly') : readOnlyOf(control);
  }
  set readOnly(value: boolean) {
    this.#setNative('readOnly', 'readonly', toBoolean(value));
  }

  /** Tells the browser what to autofill, such as `name`, `email`, `postal-code`. */
  get autocomplete(): string {
    return this.control?.getAttribute('autocomplete') ?? this.getAttribute('autocomplete') ?? '';
  }
  set autocomplete(value: string) {
    const text = textOf(value);
    const control = this.control;
    if (control === null) this.setAttribute('autocomplete', text);
    else if (text === '') control.removeAttribute('autocomplete');
    else control.setAttribute('autocomplete', text);
    reflectAuthored(this, 'autocomplete', text);
  }

  /** The field as named inside an error message ("your full name" gives "Enter your full name"). Defaults to the label with a lower-case first letter; set it when the label is a question. */
  get fieldName(): string {
    return this.#fieldName;
  }
  set fieldName(value: string) {
    this.#fieldName = textOf(value);
    this.#validation.run();
  }

  /** Per-field messages for each rule (`required`, `maxlength`, `email`…), a JSON object as an attribute. A value can be one string or one per language: `{"required": {"en": "Enter your name", "cy": "Rhowch eich enw"}}`. */
  get messages(): FieldMessages {
    return this.#messages;
  }
  set messages(value: FieldMessages | null | undefined) {
    this.#messages =
      value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
    this.#validation.run();
  }

  /** Further checks run after the built-in rules, in order; the first message wins. A check may return a promise (one that asks a server). */
  get validators(): CivicValidator[] {
    return this.#validation.validators;
  }
  set validators(value: CivicValidator[]) {
    this.#validation.validators = Array.isArray(value) ? value : [];
  }

  /** The form the field belongs to. */
  get form(): HTMLFormElement | null {
    return this.control?.form ?? null;
  }

  /** The native control's validity, with Civic's rules in it. */
  get validity(): ValidityState | undefined {
    return this.control?.validity;
  }

  /** Why the answer is invalid, in the page language and naming the field; '' when valid. */
  get validationMessage(): string {
    return this.control?.validationMessage ?? '';
  }

  get willValidate(): boolean {
    return this.control?.willValidate ?? false;
  }

  /** Resolves once checks that ask a server have finished, with whether the answer is then valid. */
  get validationComplete(): Promise<boolean> {
    return this.#validation.complete;
  }

  /** Checks the answer; if it is invalid, fires `invalid` on the control (which shows the error) and returns false. */
  checkValidity(): boolean {
    return this.control?.checkValidity() ?? true;
  }

  /** As `checkValidity`, and the browser reports the problem if nothing handles `invalid`. */
  reportValidity(): boolean {
    return this.control?.reportValidity() ?? true;
  }

  /** Sets a custom error message ('' clears it), as on a native input. */
  setCustomValidity(message: string): void {
    this.#validation.customMessage = textOf(message);
    this.#validation.run();
  }

  override focus(options?: FocusOptions): void {
    this.control?.focus(options);
  }

  override blur(): void {
    this.control?.blur();
  }

  #setNative(
    property: 'name' | 'required' | 'disabled' | 'readOnly',
    attribute: string,
    value: string | boolean,
  ): void {
    const control = this.control;
    if (control === null) {
      if (typeof value === 'string') this.setAttribute(attribute, value);
      else this.toggleAttribute(attribute, value);
      return;
    }
    (control as unknown as Record<string, unknown>)[property] = value;
    // The element's attribute follows, so attribute and property agree.
    if (typeof value === 'string') {
      if (this.getAttribute(attribute) !== value) this.setAttribute(attribute, value);
    } else if (this.hasAttribute(attribute) !== value) this.toggleAttribute(attribute, value);
    this.#validation.run();
  }

  // ---- Errors ------------------------------------------------------------

  /** @internal Whether a server (or the page) error is in force: it lasts until the answer changes. */
  get hasServerError(): boolean {
    return this.#serverError !== '';
  }

  #readShownError(): string {
    const message = this.#part('.civic-error-message');
    if (message === null) return '';
    const copy = message.cloneNode(true) as Element;
    copy.querySelector('.civic-visually-hidden')?.remove();
    return copy.textContent.replace(/\s+/g, ' ').trim();
  }

  // The label, or the <h1> around it: what the hint and error follow.
  #labelBlock(): Element | null {
    const label = this.#part('.civic-label');
    return label?.parentElement?.classList.contains('civic-label-wrapper') === true
      ? label.parentElement
      : label;
  }

  /** Shows `message` on the field (or clears it with ''), as a server would have written it. */
  protected showError(message: string): void {
    this.#showError(message);
  }

  #showError(message: string): void {
    const control = this.control;
    if (control === null || message === this.#shownError) return;
    this.#shownError = message;
    const id = `${control.id}-error`;
    const existing = this.#part(`#${CSS.escape(id)}`);
    if (message === '') existing?.remove();
    else {
      const part = elementFrom(errorPart(id, message, this.text.language));
      if (existing !== null) existing.replaceWith(part);
      else {
        const hint = this.#part(`#${CSS.escape(`${control.id}-hint`)}`);
        (hint ?? this.#labelBlock())?.after(part);
      }
    }
    this.syncMarkup();
    this.dispatchEvent(
      new CustomEvent<ErrorChangeDetail>('civic-error-change', {
        bubbles: true,
        composed: true,
        detail: { message },
      }),
    );
  }

  /** The answer changed: a server error no longer applies, and the checks run again. */
  protected answerChanged(): void {
    this.#serverError = '';
    this.#validation.run();
  }

  // Once an error is on screen, a committed answer updates or clears it.
  // Leaving the field counts too, not only `change`: some input (scripted
  // typing, some dictation tools) never fires it.
  #recheckShownError(): void {
    if (this.#shownError === '') return;
    void this.validationComplete.then(() => {
      afterPointerRelease(() => {
        const control = this.control;
        if (control === null) return;
        this.#showError(control.validity.valid ? '' : control.validationMessage);
      });
    });
  }

  // A reset returns the answer (the browser does that) and clears errors.
  #formWasReset(): void {
    // The browser resets the controls after the `reset` event.
    setTimeout(() => {
      this.#serverError = '';
      this.#validation.customMessage = '';
      this.#showError('');
      this.#validation.run();
      this.formReset();
    });
  }

  /** Checks the answer again, after a rule it depends on changed. */
  protected revalidate(): void {
    this.#validation.run();
  }

  /** Runs after the field's form was reset. */
  protected formReset(): void {
    // Nothing by default; a count or toggle resets its own state here.
  }

  /** The page language changed: messages and the shown error follow it. */
  protected override update(): void {
    this.#validation.run();
    const control = this.control;
    if (this.#shownError !== '' && this.#serverError === '' && control !== null) {
      // Re-show in the new language: the prefix and message both change.
      const message = control.validationMessage;
      this.#shownError = '';
      this.#showError(message);
    }
  }

  /** @internal The rules the answer must meet, for the shared validation. */
  abstract get constraints(): import('./validation.js').Constraints;

  /**
   * @internal A rule of the component's own that the answer breaks, checked
   * before the built-in rules (a choice's "Select …", a file's type or size);
   * null when none. Its message comes from `messages[kind]`, else `key`.
   */
  ownFailure(): FieldFailure | null {
    // Text questions have only the built-in rules.
    return null;
  }
}

// A select has no read-only state; it is never read-only.
function readOnlyOf(control: FieldControl): boolean {
  return 'readOnly' in control ? control.readOnly : false;
}

/** What the error summary needs of a question: a CivicField, or a group of inputs (core/group-field.ts). */
export interface CivicQuestion extends HTMLElement {
  /** The native control the summary links to: the field's own, or a group's first input. */
  readonly control: HTMLElement | null;
  readonly errorMessage: string;
  readonly validators: readonly unknown[];
  readonly validationComplete: Promise<boolean>;
  /** A group's own inputs (its first is `control`); absent on a field of one control. */
  readonly inputs?: readonly HTMLElement[];
}

// Question classes other than CivicField, registered by their own module, so
// the error summary recognises them without importing (and shipping) them.
const questionClasses: (abstract new () => CivicQuestion)[] = [];

/** @internal Registers a class of questions made of several inputs. */
export function markQuestion(questionClass: abstract new () => CivicQuestion): void {
  questionClasses.push(questionClass);
}

/** Whether an element is a Civic question: a field on one control, or a group of inputs. */
export function isQuestion(node: unknown): node is CivicQuestion {
  return (
    node instanceof CivicField ||
    questionClasses.some((questionClass) => node instanceof questionClass)
  );
}

// Each field by its native control, for the listeners on the page's root.
const fieldOfControl = new WeakMap<Element, CivicField<FieldControl>>();

/** The Civic question an element is part of, if any. */
function owningField(element: Element): CivicField<FieldControl> | null {
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    if (node instanceof CivicField) return node;
  }
  return null;
}

// Fields waiting for their label check; one timer for all of them, not one
// per field (a page of a thousand fields would otherwise queue a thousand).
const unlabelledCheck = new Set<CivicField<FieldControl>>();

function checkLabelSoon(field: CivicField<FieldControl>): void {
  if (unlabelledCheck.size === 0) setTimeout(checkLabels);
  unlabelledCheck.add(field);
}

function checkLabels(): void {
  for (const field of unlabelledCheck) {
    if (field.isConnected && field.label.trim() === '') {
      warnOnce(
        `<${field.localName}${field.name ? ` name="${field.name}"` : ''}> has no label, so nobody ` +
          'can tell what to enter and screen readers announce an unnamed field. Set label="…".',
      );
    }
  }
  unlabelledCheck.clear();
}

/** A boolean from whatever a page passed, as a native boolean property converts it. */
export function toBoolean(value: unknown): boolean {
  return Boolean(value);
}

/** Text from whatever a page passed: `null` and `undefined` are empty, objects never show as "[object Object]". */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function ownDescriptionIds(controlId: string): string[] {
  return [`${controlId}-hint`, `${controlId}-error`];
}

/** An id for a field built from attributes, unique in its document: a second `email` field gets `email-2`. */
function uniqueId(element: Element, wanted: string, own?: Element): string {
  const base = wanted.trim().replace(/\s+/g, '-') || 'field';
  const root = element.getRootNode() as Document | ShadowRoot;
  const taken = (id: string) => {
    const found = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
    return found !== null && found !== own;
  };
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base}-${n}`)) n++;
  warnOnce(
    `<${element.localName}> wanted the id "${base}", which another element on the page has, so its control is "${base}-${n}". Give each field a unique name or field-id.`,
  );
  return `${base}-${n}`;
}

export { given };

// Attributes that hold ids of the field's own parts.
const ID_ATTRIBUTES = ['id', 'for', 'aria-describedby', 'aria-controls', 'aria-labelledby'];

/** Gives the control and its parts (`<id>-hint`, `<id>-error`…) ids based on `next` instead of `previous`. */
function renameIds(field: Element, previous: string, next: string): void {
  const rename = (id: string) =>
    id === previous
      ? next
      : id.startsWith(`${previous}-`)
        ? `${next}${id.slice(previous.length)}`
        : id;
  for (const element of field.querySelectorAll('*')) {
    for (const attribute of ID_ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      const renamed = value.split(/\s+/).map(rename).join(' ');
      if (renamed !== value) element.setAttribute(attribute, renamed);
    }
  }
}
