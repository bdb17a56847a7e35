import { textOf, toBoolean } from '../../core/field-element.js';
import { isLegendSize } from '../../core/fieldset-markup.js';
import { CivicGroupField, type GroupFailure, type GroupParams } from '../../core/group-field.js';
import { translate } from '../../core/localisation.js';
import { syncAttributes } from '../../core/sync-attributes.js';
import { warnOnce } from '../../core/warn.js';
import {
  checkDate,
  DATE_PARTS,
  isoDate,
  partsOf,
  type DateFailure,
  type DatePart,
  type DateParts,
} from './date-rules.js';
import { dateInputMarkup, datePartInput, partName, type DateInputParams } from './markup.js';

/**
 * A limit as people read it in a message: "1 January 1900", with month names
 * from the messages (Intl has no Welsh in some engines, which then answer
 * "January 1, 1900" even inside a Welsh sentence).
 */
function dateText(iso: string, language: string): string {
  const parts = partsOf(iso);
  if (parts === null) return iso;
  const month = translate(language, `date-input.month-name-${parts.month}`);
  return `${parts.day} ${month} ${parts.year}`;
}

/**
 * A date as three native text inputs, day, month and year, in a fieldset
 * whose legend asks the question (the public-sector date input pattern).
 * Each part is submitted as itself (`dob-day`, `dob-month`, `dob-year`), so
 * the form works with or without JavaScript. With script the date is checked
 * on submit with messages that say which part is wrong ("Date of birth must
 * include a month"), only the wrong parts are marked, the error summary links
 * to the first of them, and `value` gives the whole date as an ISO string.
 *
 * @tagname civic-date-input
 * @summary Asks for a date people know, such as a date of birth.
 *
 * @attr {string} name - The base of the parts' names: `<name>-day`, `<name>-month`, `<name>-year`; also the base of their ids unless `field-id` is set.
 * @attr {string} field-id - The base of the ids, when it should differ from the name.
 * @attr {string} legend - The question, such as "Date of birth" or "What is your date of birth?". Required.
 * @attr {'s' | 'm' | 'l' | 'xl'} legend-size - `s`, `m`, `l` or `xl`.
 * @attr {boolean} page-heading - Makes the legend the page's `<h1>`.
 * @attr {string} hint - Hint text under the legend, such as "For example, 27 3 2007".
 * @attr {string} error - An error to show, such as one a server found.
 * @attr {string} value - The date as an ISO string, "2001-02-03".
 * @attr {'bday'} autocomplete - `bday` for the person's own date of birth; nothing else is supported.
 * @attr {boolean} required - A date must be given.
 * @attr {boolean} past - The date must be before today.
 * @attr {boolean} future - The date must be after today.
 * @attr {string} min - The earliest date allowed, ISO.
 * @attr {string} max - The latest date allowed, ISO.
 * @attr {boolean} disabled - Turns the question off.
 * @attr {string} described-by - Ids of the page's own descriptions of the question.
 * @attr {string} field-name - The date as named inside an error message ("your date of birth").
 * @attr {string} messages - Per-rule messages as JSON, by rule: `required`, `incomplete-month`, `real`, `past`, `min`…
 *
 * @fires {CustomEvent<ErrorChangeDetail>} civic-error-change - The error shown on the question appeared, changed or cleared; `detail.message`.
 */
export class CivicDateInput extends CivicGroupField {
  protected static override upgradedProperties: readonly string[] = [
    ...CivicGroupField.upgradedProperties,
    'past',
    'future',
    'min',
    'max',
  ];

  protected static override groupAttributes: readonly string[] = [
    'value',
    'autocomplete',
    'past',
    'future',
    'min',
    'max',
  ];

  // The parts the shown error marks (a server's, or the last check's).
  #marked: DatePart[] = [];

  protected markup(params: GroupParams) {
    return dateInputMarkup(params);
  }

  // Getters, as the base declares them.
  // eslint-disable-next-line @typescript-eslint/class-literal-property-style
  protected get inputSelector(): string {
    return 'input.civic-date-input__input';
  }

  // eslint-disable-next-line @typescript-eslint/class-literal-property-style
  protected get messagePrefix(): string {
    return 'date-input';
  }

  protected override paramsFromAttributes(): DateInputParams {
    const attribute = (name: string) => this.getAttribute(name) ?? undefined;
    const legendSize = attribute('legend-size');
    const autocomplete = attribute('autocomplete');
    if (autocomplete !== undefined && autocomplete !== 'bday' && autocomplete !== 'off') {
      warnOnce(
        `<civic-date-input> autocomplete="${autocomplete.slice(0, 30)}" is not supported: use autocomplete="bday" for the person's own date of birth, or leave it out.`,
      );
    }
    for (const limit of ['min', 'max']) {
      const value = attribute(limit);
      if (value !== undefined && partsOf(value) === null) {
        warnOnce(
          `<civic-date-input> ${limit}="${value.slice(0, 30)}" is not an ISO date such as "1900-01-01", so it is not checked.`,
        );
      }
    }
    return {
      name: attribute('name'),
      id: attribute('field-id') ?? attribute('name'),
      legend: attribute('legend'),
      legendSize: isLegendSize(legendSize) ? legendSize : undefined,
      pageHeading: this.hasAttribute('page-heading'),
      hint: attribute('hint'),
      error: attribute('error'),
      value: attribute('value'),
      autocomplete,
      required: this.hasAttribute('required'),
      disabled: this.hasAttribute('disabled'),
      describedBy: attribute('described-by'),
      lang: this.text.language,
    };
  }

  protected override rebuildAttributes(): readonly string[] {
    return ['legend-size', 'page-heading', 'described-by', 'field-id', 'autocomplete'];
  }

  protected override enhance(): void {
    super.enhance();
    // A server's error marks its parts in the markup.
    this.#marked = DATE_PARTS.filter(
      (part) => this.partInput(part)?.getAttribute('aria-invalid') === 'true',
    );
    // Typing updates validity at once, so a submission by Enter sees the answer.
    this.addEventListener('input', this.#onInput);
  }

  #onInput = (event: Event): void => {
    if (event.target instanceof HTMLInputElement && this.inputs.includes(event.target)) {
      this.revalidate();
    }
  };

  protected override attributeChanged(name: string, value: string | null): void {
    switch (name) {
      case 'value':
        this.value = value ?? '';
        return;
      case 'past':
      case 'future':
      case 'min':
      case 'max':
        this.revalidate();
        return;
    }
    super.attributeChanged(name, value);
  }

  // ---- Parts ---------------------------------------------------------------

  /** The native input of one part. */
  partInput(part: DatePart): HTMLInputElement | null {
    return this.inputs.find((input) => input.id.endsWith(`-${part}`)) ?? null;
  }

  /** What is typed in each part now. */
  get parts(): DateParts {
    return {
      day: this.partInput('day')?.value ?? '',
      month: this.partInput('month')?.value ?? '',
      year: this.partInput('year')?.value ?? '',
    };
  }

  /**
   * The first wrong part (marked by the shown error, else found by the
   * check), else the day: where the error summary's link goes, what `focus()`
   * focuses, and whose validity the question reports.
   */
  override get control(): HTMLInputElement | null {
    const first =
      DATE_PARTS.find((part) => this.#marked.includes(part)) ??
      DATE_PARTS.find((part) => this.partInput(part)?.validity.valid === false);
    return (first === undefined ? null : this.partInput(first)) ?? this.inputs.at(0) ?? null;
  }

  // The ids' base is the question's, not a part's: `dob-hint` beside `dob-day`.
  protected override baseId(): string {
    const container = this.querySelector('.civic-date-input');
    return container?.id ?? super.baseId();
  }

  override focus(options?: FocusOptions): void {
    this.control?.focus(options);
  }

  // ---- Properties ----------------------------------------------------------

  /** The date as an ISO string ("2001-02-03") when the parts make a real date, else ''. Setting it fills the parts ('' clears them). */
  get value(): string {
    if (this.inputs.length === 0) return this.getAttribute('value') ?? '';
    return isoDate(this.parts);
  }
  set value(value: string) {
    const text = textOf(value);
    if (this.inputs.length === 0) {
      this.setAttribute('value', text);
      return;
    }
    const parts = partsOf(text);
    if (parts === null && text !== '') {
      warnOnce(
        `<civic-date-input> value "${text.slice(0, 30)}" is not an ISO date such as "2001-02-03", so the date is cleared.`,
      );
    }
    for (const part of DATE_PARTS) {
      const input = this.partInput(part);
      const wanted = parts?.[part] ?? '';
      if (input !== null && input.value !== wanted) input.value = wanted;
    }
    this.answerChanged();
  }

  /** The name the parts are submitted under, each with its part: `dob` gives `dob-day`, `dob-month`, `dob-year`. */
  override get name(): string {
    const day = this.partInput('day');
    return day === null ? (this.getAttribute('name') ?? '') : day.name.replace(/-day$/, '');
  }
  override set name(value: string) {
    const name = textOf(value);
    if (this.inputs.length === 0) {
      this.setAttribute('name', name);
      return;
    }
    for (const part of DATE_PARTS) {
      const input = this.partInput(part);
      if (input !== null) input.name = partName(name, part);
    }
    if (this.hasAttribute('name') && this.getAttribute('name') !== name)
      this.setAttribute('name', name);
  }

  /** The date must be before today. */
  get past(): boolean {
    return this.hasAttribute('past');
  }
  set past(value: boolean) {
    this.toggleAttribute('past', toBoolean(value));
  }

  /** The date must be after today. */
  get future(): boolean {
    return this.hasAttribute('future');
  }
  set future(value: boolean) {
    this.toggleAttribute('future', toBoolean(value));
  }

  /** The earliest date allowed, ISO ("1900-01-01"); '' for none. */
  get min(): string {
    return this.getAttribute('min') ?? '';
  }
  set min(value: string) {
    this.#setLimit('min', value);
  }

  /** The latest date allowed, ISO; '' for none. */
  get max(): string {
    return this.getAttribute('max') ?? '';
  }
  set max(value: string) {
    this.#setLimit('max', value);
  }

  #setLimit(name: 'min' | 'max', value: unknown): void {
    const text = textOf(value);
    if (text === '') this.removeAttribute(name);
    else this.setAttribute(name, text);
  }

  // ---- Checks ----------------------------------------------------------------

  #dateFailure(): DateFailure | null {
    return checkDate(this.parts, {
      required: this.required,
      past: this.past,
      future: this.future,
      min: this.min,
      max: this.max,
    });
  }

  protected groupFailure(): GroupFailure | null {
    const failure = this.#dateFailure();
    if (failure === null) return null;
    const limit = failure.limit;
    return limit === undefined
      ? { kind: failure.kind }
      : { kind: failure.kind, values: { date: dateText(limit, this.text.language) } };
  }

  // Every part carries the message in its validity only when it is wrong, so
  // only wrong parts are invalid, and the submission stops at the first.
  protected override revalidate(): void {
    super.revalidate();
    if (!this.isEnhanced) return;
    const failure = this.#dateFailure();
    // A server's (or the page's) message is about the parts it marked.
    const message = this.validationMessageOfAll();
    const wrong =
      message !== '' && failure !== null && this.error === '' ? failure.parts : this.#serverParts();
    for (const part of DATE_PARTS) {
      const input = this.partInput(part);
      if (input !== null && !wrong.includes(part)) input.setCustomValidity('');
    }
  }

  // What super.revalidate wrote into every part.
  private validationMessageOfAll(): string {
    return this.inputs.find((input) => input.validationMessage !== '')?.validationMessage ?? '';
  }

  #serverParts(): DatePart[] {
    return this.#marked.length > 0 ? this.#marked : [...DATE_PARTS];
  }

  /** Shows `message` and marks only the parts it is about. */
  protected override showError(message: string): void {
    const failure = this.#dateFailure();
    const marked =
      message === ''
        ? []
        : this.error !== '' || failure === null
          ? this.#serverParts()
          : failure.parts;
    // The change is announced (civic-error-change) while `control` is still
    // the part the error summary links to, so the summary updates that link.
    super.showError(message);
    this.#marked = marked;
    this.#markParts();
  }

  #markParts(): void {
    const params = { id: this.baseId(), name: this.name };
    for (const part of DATE_PARTS) {
      const input = this.partInput(part);
      if (input === null) continue;
      const markup = datePartInput(
        {
          ...params,
          autocomplete: input.getAttribute('autocomplete') === `bday-${part}` ? 'bday' : undefined,
        },
        part,
        this.#marked.includes(part),
      );
      // inputmode and autocomplete stay as they are; class and aria-invalid follow.
      syncAttributes(input, markup, ['inputmode', 'autocomplete', 'name', 'type']);
    }
  }

  /** The page language changed: the parts' labels follow it. */
  protected override update(): void {
    super.update();
    for (const part of DATE_PARTS) {
      const label = this.querySelector(
        `label[for="${CSS.escape(this.partInput(part)?.id ?? '')}"]`,
      );
      const text = this.text.t(`date-input.${part}`);
      if (label !== null && label.textContent !== text) label.textContent = text;
    }
  }
}
