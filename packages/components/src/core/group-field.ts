// The base of a Civic question made of several native inputs inside one
// <fieldset>: radios, checkboxes, a date's day, month and year. The inputs
// are the page's own and carry the name, so the browser does the form work
// (FormData, reset, <fieldset disabled>, form.elements, restore). This adds
// what CivicField adds to one control, on the group: messages that name the
// question, written into every input's validity with setCustomValidity so a
// submission is blocked and `invalid` fires; one error on the group (above
// the inputs, linked from the fieldset's aria-describedby), shown on submit;
// and follow-up questions revealed by a checked input.
import { markQuestion, textOf, toBoolean } from './field-element.js';
import { fieldMessageConverter, fieldNameFor } from './field-messages.js';
import {
  applyQuestionAttribute,
  QUESTION_ATTRIBUTES,
  reflectAuthored,
} from './question-attributes.js';
import { errorPart } from './field-markup.js';
import { fieldsetAttributes, fieldsetIds, type GroupParams } from './fieldset-markup.js';

export type { GroupParams } from './fieldset-markup.js';
import { CivicLightElement } from './light-element.js';
import { LocaliseController, translate } from './localisation.js';
import { elementFrom, toDom } from './markup-dom.js';
import { h, type MarkupElement } from './markup.js';
import { syncAttributes } from './sync-attributes.js';
import { warnOnce } from './warn.js';

/** A group's own messages by rule (`required`, `minselected`…): one string, or one per language. */
export type GroupMessages = Partial<Record<string, string | Partial<Record<string, string>>>>;

/** A rule the group's answer breaks, with what its message needs (a `count`, a date). */
export interface GroupFailure {
  kind: string;
  values?: Record<string, string | number>;
}

/** Detail of `civic-error-change`, as on every Civic question. */
export interface GroupErrorChangeDetail {
  message: string;
}

const GROUP_ATTRIBUTES: readonly string[] = [
  ...QUESTION_ATTRIBUTES,
  'legend',
  'field-id',
  'legend-size',
  'page-heading',
  'described-by',
];

// Controls a revealed follow-up question holds, which must not submit while it is hidden.
const REVEALED_CONTROLS = 'input, select, textarea, button';

/**
 * A question made of several native inputs inside a `<fieldset>`. A subclass
 * gives its markup function, the selector of its own inputs and the rules
 * the answer must meet.
 *
 * @fires {CustomEvent<ErrorChangeDetail>} civic-error-change - The error shown on the group appeared, changed or cleared. `detail.message` is the message, '' when cleared.
 */
export abstract class CivicGroupField extends CivicLightElement {
  protected static override upgradedProperties: readonly string[] = [
    'legend',
    'hint',
    'error',
    'required',
    'disabled',
    'messages',
    'fieldName',
    'value',
  ];

  /** Attributes that change the group; subclasses add their own. */
  protected static groupAttributes: readonly string[] = [];

  static get observedAttributes(): string[] {
    return [...GROUP_ATTRIBUTES, ...this.groupAttributes];
  }

  protected readonly text = new LocaliseController(this);
  #serverError = '';
  #shownError = '';
  #customMessage = '';
  #fieldName = '';
  #messages: GroupMessages = {};
  // Controls a collapsed reveal turned off, so opening it turns on only those.
  readonly #disabledByReveal = new WeakSet<Element>();

  /** The markup for these parameters: the component's one markup function. */
  protected abstract markup(params: GroupParams): MarkupElement;

  /** The parameters the element's attributes describe, for building the markup. */
  protected abstract paramsFromAttributes(): GroupParams;

  /** Selects the group's own inputs (not those of a follow-up question inside it). */
  protected abstract get inputSelector(): string;

  /** The first rule the answer breaks, or null; `required` is the element's. */
  protected abstract groupFailure(): GroupFailure | null;

  /** The prefix of the built-in messages, such as `radios` (`radios.required`). */
  protected abstract get messagePrefix(): string;

  /** The reveal class a server writes on a follow-up question's container, such as `civic-radios__conditional`. */
  // A getter, so subclasses can derive it from their kind.
  // eslint-disable-next-line @typescript-eslint/class-literal-property-style
  protected get revealClass(): string {
    return '';
  }

  // ---- Parts ---------------------------------------------------------------

  /** The native `<fieldset>` of the group. */
  get fieldset(): HTMLFieldSetElement | null {
    return this.querySelector<HTMLFieldSetElement>('fieldset.civic-fieldset');
  }

  /** The group's own native inputs, in order. */
  get inputs(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>(this.inputSelector)].filter(
      (input) => input.closest(this.localName) === this,
    );
  }

  /** The first input: where the error summary's link goes, and what `focus()` focuses. */
  get control(): HTMLInputElement | null {
    return this.inputs[0] ?? null;
  }

  /** The base of the group's ids (`${id}-hint`, `${id}-error`): the first input's id by default. */
  protected baseId(): string {
    return this.control?.id ?? fieldsetIds({ name: this.getAttribute('name') ?? '' }).base;
  }

  #part(id: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  }

  #legendElement(): HTMLLegendElement | null {
    return this.fieldset?.querySelector<HTMLLegendElement>(':scope > legend') ?? null;
  }

  // ---- Building and enhancing ------------------------------------------

  protected override enhance(): void {
    if (this.fieldset === null) {
      const tree = this.markup(this.paramsFromAttributes());
      const nodes = tree.children.map((child) => toDom(child)).filter((node) => node !== null);
      // Before anything the page put inside (a follow-up question it reveals),
      // which stays where it is: a framework may own it.
      this.prepend(...nodes);
    }
    this.#serverError = this.#readShownError();
    this.#shownError = this.#serverError;
    this.registerInputs();
  }

  protected override enhanced(): void {
    this.#fieldName = this.getAttribute('field-name') ?? this.#fieldName;
    if (this.hasAttribute('messages'))
      this.messages = fieldMessageConverter.fromAttribute(this.getAttribute('messages'));
    if (this.legend.trim() === '') {
      warnOnce(
        `<${this.localName}${this.name ? ` name="${this.name}"` : ''}> has no legend, so nobody can tell what the options answer and screen readers announce an unnamed group. Set legend="…".`,
      );
    }
    this.syncReveals();
    this.revalidate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    listenOn(this.getRootNode());
    connectedGroups.add(this);
    this.registerInputs();
  }

  /** Makes the group hear its inputs' events; call it after adding inputs (options built again). */
  protected registerInputs(): void {
    for (const input of this.inputs) groupOfInput.set(input, this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connectedGroups.delete(this);
  }

  // ---- Attributes and properties -----------------------------------------

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!this.isEnhanced || old === value) return;
    this.attributeChanged(name, value);
  }

  /** Applies a changed attribute; subclasses handle their own and call this. */
  protected attributeChanged(name: string, value: string | null): void {
    if (applyQuestionAttribute(this, name, value)) return;
    switch (name) {
      case 'legend':
        this.legend = value ?? '';
        break;
      default:
        if (GROUP_ATTRIBUTES.includes(name) || this.rebuildAttributes().includes(name)) {
          warnOnce(
            `<${this.localName}> ${name} cannot change after the group is built; set it before the element is added to the page.`,
          );
        }
    }
  }

  /** Attributes of a subclass that only take effect when the group is built. */
  protected rebuildAttributes(): readonly string[] {
    return [];
  }

  /** What the group asks: the legend's text. */
  get legend(): string {
    const legend = this.#legendElement();
    return legend === null ? (this.getAttribute('legend') ?? '') : legend.textContent.trim();
  }
  set legend(value: string) {
    const text = textOf(value);
    const legend = this.#legendElement();
    if (legend === null) {
      this.setAttribute('legend', text);
      return;
    }
    const holder = legend.querySelector('.civic-fieldset__heading') ?? legend;
    if (holder.textContent !== text) holder.textContent = text;
    reflectAuthored(this, 'legend', text);
    this.revalidate();
  }

  /** The question's text, as error messages name it (the legend). */
  get label(): string {
    return this.legend;
  }

  /** Hint text under the legend. Setting it replaces a server-written hint. */
  get hint(): string {
    if (!this.isEnhanced) return this.getAttribute('hint') ?? '';
    return this.#part(`${this.baseId()}-hint`)?.textContent ?? '';
  }
  set hint(value: string) {
    const text = textOf(value);
    if (this.fieldset === null) {
      this.setAttribute('hint', text);
      return;
    }
    const id = `${this.baseId()}-hint`;
    const existing = this.#part(id);
    if (text === '') existing?.remove();
    else if (existing !== null) existing.textContent = text;
    else this.#legendElement()?.after(elementFrom(h('div', { class: 'civic-hint', id }, text)));
    reflectAuthored(this, 'hint', text);
    this.syncMarkup();
  }

  /** An error to show now, such as one a server returned ("Select if you have completed this section"). It keeps the group invalid until the answer changes. */
  get error(): string {
    return this.#serverError;
  }
  set error(value: string) {
    this.#serverError = textOf(value);
    reflectAuthored(this, 'error', this.#serverError);
    this.revalidate();
    this.showError(this.#serverError);
  }

  /** The error message shown on the group now, or '' when none is shown. */
  get errorMessage(): string {
    return this.#shownError;
  }

  /** The name every option is submitted under. */
  get name(): string {
    return this.control?.name ?? this.getAttribute('name') ?? '';
  }
  set name(value: string) {
    const name = textOf(value);
    if (this.control === null) {
      this.setAttribute('name', name);
      return;
    }
    for (const input of this.inputs) input.name = name;
    reflectAuthored(this, 'name', name);
  }

  /** Whether an answer is needed; checked on submit with a message naming the question. */
  get required(): boolean {
    return this.hasAttribute('required');
  }
  set required(value: boolean) {
    const on = toBoolean(value);
    if (this.hasAttribute('required') !== on) this.toggleAttribute('required', on);
    this.requiredChanged(on);
    this.revalidate();
  }

  /** Puts `required` on the native inputs where the browser understands it for the group (radios). */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a hook: subclasses read it
  protected requiredChanged(_required: boolean): void {
    // Checkboxes check `required` in script only: on a checkbox it would mean that box.
  }

  /** Turns the whole group off (its fieldset's `disabled`): nothing in it can be changed or is submitted. */
  get disabled(): boolean {
    return this.fieldset?.disabled ?? this.hasAttribute('disabled');
  }
  set disabled(value: boolean) {
    const on = toBoolean(value);
    const fieldset = this.fieldset;
    if (fieldset !== null) fieldset.disabled = on;
    if (this.hasAttribute('disabled') !== on) this.toggleAttribute('disabled', on);
  }

  /** The question as named inside an error message; defaults to the legend with a lower-case first letter. Set it when the legend is a question. */
  get fieldName(): string {
    return this.#fieldName;
  }
  set fieldName(value: string) {
    this.#fieldName = textOf(value);
    this.revalidate();
  }

  /** Per-rule messages (`required`…), a JSON object as an attribute; a value is one string or one per language. */
  get messages(): GroupMessages {
    return this.#messages;
  }
  set messages(value: GroupMessages | null | undefined) {
    this.#messages =
      value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
    this.revalidate();
  }

  /** The values of the checked options, in order. */
  get values(): string[] {
    return this.inputs.filter((input) => input.checked).map((input) => input.value);
  }
  set values(value: readonly string[] | null | undefined) {
    const wanted = new Set(Array.isArray(value) ? value.map(textOf) : []);
    for (const input of this.inputs) input.checked = wanted.has(input.value);
    this.answerChanged();
  }

  /** Further checks are not supported on a group yet; always empty (the error summary reads it). */
  get validators(): never[] {
    return [];
  }

  /** Resolves at once: a group has no checks that ask a server. */
  get validationComplete(): Promise<boolean> {
    return Promise.resolve(this.control?.validity.valid ?? true);
  }

  /** The form the group belongs to. */
  get form(): HTMLFormElement | null {
    return this.control?.form ?? null;
  }

  /** The first input's validity, which carries the group's rules. */
  get validity(): ValidityState | undefined {
    return this.control?.validity;
  }

  /** Why the answer is invalid, naming the question in the page language; '' when valid. */
  get validationMessage(): string {
    return this.control?.validationMessage ?? '';
  }

  /** Checks the answer; if invalid, fires `invalid` (which shows the error) and returns false. */
  checkValidity(): boolean {
    return this.control?.checkValidity() ?? true;
  }

  reportValidity(): boolean {
    return this.control?.reportValidity() ?? true;
  }

  /** Sets a custom error message ('' clears it), as on a native input. */
  setCustomValidity(message: string): void {
    this.#customMessage = textOf(message);
    this.revalidate();
  }

  override focus(options?: FocusOptions): void {
    (this.inputs.find((input) => input.checked) ?? this.control)?.focus(options);
  }

  // ---- Validation and errors -------------------------------------------------

  /** The message for a failed rule: the group's own, else the page language's, naming the question. */
  protected messageFor(failure: GroupFailure): string {
    const language = this.text.language;
    const own: unknown = this.#messages[failure.kind];
    if (typeof own === 'string') return own;
    if (own !== undefined && own !== null && typeof own === 'object') {
      const perLanguage = own as Record<string, unknown>;
      const text = perLanguage[language] ?? perLanguage[language.toLowerCase().split('-')[0] ?? ''];
      if (typeof text === 'string') return text;
    }
    const name = fieldNameFor(this.#fieldName, this.legend);
    return translate(language, `${this.messagePrefix}.${failure.kind}`, {
      field: name,
      Field: name.charAt(0).toUpperCase() + name.slice(1),
      ...failure.values,
    });
  }

  #currentMessage(): string {
    if (this.#customMessage !== '') return this.#customMessage;
    if (this.#serverError !== '') return this.#serverError;
    const failure = this.groupFailure();
    return failure === null ? '' : this.messageFor(failure);
  }

  /** Checks the answer and writes the result into every input's validity. */
  protected revalidate(): void {
    if (!this.isEnhanced) return;
    const message = this.#currentMessage();
    for (const input of this.inputs) input.setCustomValidity(message);
  }

  #readShownError(): string {
    const message = this.#part(`${this.baseId()}-error`);
    if (message === null) return '';
    const copy = message.cloneNode(true) as Element;
    copy.querySelector('.civic-visually-hidden')?.remove();
    return copy.textContent.replace(/\s+/g, ' ').trim();
  }

  /** The fieldset parameters of the markup as it stands, for keeping attributes in step. */
  protected currentParams(): GroupParams {
    const base = this.baseId();
    const own = new Set([`${base}-hint`, `${base}-error`]);
    const pageDescriptions = (this.fieldset?.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter((id) => id !== '' && !own.has(id))
      .join(' ');
    return {
      id: base,
      hint: this.#part(`${base}-hint`) === null ? undefined : ' ',
      error: this.#shownError,
      disabled: this.fieldset?.disabled,
      role: this.fieldset?.getAttribute('role') ?? undefined,
      describedBy: pageDescriptions === '' ? undefined : pageDescriptions,
    };
  }

  /** Brings the fieldset's describedby and the form group's class in line with what is shown. */
  protected syncMarkup(): void {
    const fieldset = this.fieldset;
    if (fieldset === null) return;
    const params = this.currentParams();
    const ids = fieldsetIds(params);
    const extra = [...fieldset.classList].find(
      (name) => name !== 'civic-fieldset' && name.startsWith('civic-'),
    );
    syncAttributes(fieldset, h('fieldset', fieldsetAttributes(ids, params, extra)), ['disabled']);
    const group = fieldset.closest('.civic-form-group');
    group?.classList.toggle('civic-form-group--error', this.#shownError !== '');
  }

  /** Shows `message` on the group (or clears it with ''), as a server would have written it. */
  protected showError(message: string): void {
    if (this.fieldset === null || message === this.#shownError) return;
    this.#shownError = message;
    const base = this.baseId();
    const id = `${base}-error`;
    const existing = this.#part(id);
    if (message === '') existing?.remove();
    else {
      const part = elementFrom(errorPart(id, message, this.text.language));
      if (existing !== null) existing.replaceWith(part);
      else (this.#part(`${base}-hint`) ?? this.#legendElement())?.after(part);
    }
    this.syncMarkup();
    this.dispatchEvent(
      new CustomEvent<GroupErrorChangeDetail>('civic-error-change', {
        bubbles: true,
        composed: true,
        detail: { message },
      }),
    );
  }

  /** An option was checked or cleared: a server error no longer applies, and the checks run again. */
  protected answerChanged(changed?: HTMLInputElement): void {
    if (changed !== undefined) this.optionChanged(changed);
    this.#serverError = '';
    this.syncReveals();
    this.revalidate();
    // Once an error is on screen, a new answer updates or clears it.
    if (this.#shownError !== '') this.showError(this.validationMessage);
  }

  /** Runs when a person checks or clears `input`, before the checks (an exclusive option clears the others). */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a hook: subclasses read it
  protected optionChanged(_input: HTMLInputElement): void {
    // Nothing by default.
  }

  /** A submission found the answer invalid: show why. */
  #invalid(): void {
    this.showError(this.validationMessage);
  }

  #formWasReset(): void {
    // The browser resets the inputs after the `reset` event.
    setTimeout(() => {
      this.#serverError = '';
      this.#customMessage = '';
      this.showError('');
      this.syncReveals();
      this.revalidate();
    });
  }

  /** The page language changed: messages and the shown error follow it. */
  protected override update(): void {
    this.revalidate();
    if (this.#shownError !== '' && this.#serverError === '') {
      const message = this.validationMessage;
      this.#shownError = '';
      this.showError(message);
    }
  }

  // ---- Follow-up questions ----------------------------------------------------

  /**
   * Shows the follow-up question of each checked option and hides the others
   * (`aria-controls` on the option points at it, `aria-expanded` says which).
   * A hidden one's controls are turned off, so they are not submitted.
   */
  protected syncReveals(): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    for (const input of this.inputs) {
      const id = input.getAttribute('aria-controls');
      if (id === null || id === '') continue;
      const reveal = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
      if (reveal === null) {
        warnOnce(
          `<${this.localName} name="${input.name}"> option "${input.value}" reveals #${id}, which is not in the page. Give the follow-up question that id.`,
        );
        continue;
      }
      const open = input.checked;
      input.setAttribute('aria-expanded', String(open));
      this.#setRevealed(reveal, open);
    }
  }

  #setRevealed(reveal: HTMLElement, open: boolean): void {
    // A server writes the reveal class and CSS hides a collapsed one once the
    // element is defined (with script off it shows); a page's own element by
    // id is hidden with `hidden`.
    if (this.revealClass !== '' && reveal.classList.contains(this.revealClass)) {
      reveal.classList.toggle(`${this.revealClass}--hidden`, !open);
    } else reveal.hidden = !open;
    for (const control of reveal.querySelectorAll<HTMLInputElement>(REVEALED_CONTROLS)) {
      if (!open && !control.disabled) {
        control.disabled = true;
        this.#disabledByReveal.add(control);
      } else if (open && this.#disabledByReveal.has(control)) {
        control.disabled = false;
        this.#disabledByReveal.delete(control);
      }
    }
  }

  // ---- The page's events, heard once per root -------------------------------

  static #onRootEvent = (event: Event): void => {
    const target = event.target;
    if (event.type === 'reset') {
      if (!(target instanceof HTMLFormElement)) return;
      const seen = new Set<CivicGroupField>();
      for (const element of target.elements) {
        const group = groupOfInput.get(element);
        if (group !== undefined && !seen.has(group)) {
          seen.add(group);
          group.#formWasReset();
        }
      }
      return;
    }
    if (!(target instanceof HTMLInputElement)) return;
    const group = groupOfInput.get(target);
    if (!group?.contains(target)) return;
    if (event.type === 'change') group.answerChanged(target);
    else if (event.type === 'invalid') group.#invalid();
  };

  /** @internal */
  static listen(root: Document | ShadowRoot): void {
    for (const type of ['change', 'invalid', 'reset']) {
      root.addEventListener(type, CivicGroupField.#onRootEvent, true);
    }
  }

  /** @internal After a restore (Back, reload), reveals follow the restored answers. */
  static pageShown(): void {
    for (const group of connectedGroups) group.syncReveals();
  }
}

markQuestion(CivicGroupField);

// Each group by its inputs, for the listeners on the page's root.
const groupOfInput = new WeakMap<Element, CivicGroupField>();
const connectedGroups = new Set<CivicGroupField>();
const listenedRoots = new WeakSet<Node>();

function listenOn(root: Node): void {
  if (!(root instanceof Document || root instanceof ShadowRoot) || listenedRoots.has(root)) return;
  listenedRoots.add(root);
  CivicGroupField.listen(root);
  if (root instanceof Document) {
    root.defaultView?.addEventListener('pageshow', () => CivicGroupField.pageShown());
  }
}
