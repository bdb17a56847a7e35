import { CivicField, textOf, type FieldFailure } from '../../core/field-element.js';
import type { FieldParams } from '../../core/field-markup.js';
import { elementFrom } from '../../core/markup-dom.js';
import type { Constraints } from '../../core/validation.js';
import { warnOnce } from '../../core/warn.js';
import { cleanItems, parseItems, type SelectItem } from './items.js';
import { selectControl, selectMarkup, selectOptions, type SelectParams } from './markup.js';
import './messages.js';

export type { SelectItem } from './items.js';

/**
 * A choice from a list: label, optional hint, error message and a native
 * `<select>` with its options in the page's DOM. A server writes that HTML
 * (`renderSelect`, the `civicSelect` macro) and the element enhances it; or
 * the element builds it from its attributes and `items`. The select carries
 * the name and value, so the form submits with or without JavaScript; with
 * it, a required choice is checked on submit ("Select your council").
 * Prefer radios for a short list: a select hides its options until opened.
 *
 * @tagname civic-select
 * @summary Asks for one choice from a long list, such as a council.
 *
 * @attr {string} name - The name the answer is submitted under; also the select's id unless `field-id` is set.
 * @attr {string} field-id - The select's id, when it should differ from the name (error summary links use it).
 * @attr {string} label - The question, such as "Council". Required.
 * @attr {string} hint - Hint text under the label.
 * @attr {string} error - An error to show, such as one a server found.
 * @attr {string} value - The option chosen when the page loads.
 * @attr {string} items - The options as a JSON array of `{ "value", "text", "selected", "disabled", "group" }`.
 * @attr {string} placeholder - A first option with the value "" asking the person to choose, such as "Choose a council".
 * @attr {boolean} required - A choice other than the placeholder must be made.
 * @attr {boolean} disabled - Turns the field off.
 * @attr {string} autocomplete - What the browser should autofill, such as `country-name`.
 * @attr {boolean} page-heading - Makes the label the page's `<h1>`.
 * @attr {string} described-by - Ids of the page's own descriptions of the field, read before the hint.
 * @attr {string} field-name - The field as named inside an error message ("your council").
 * @attr {string} messages - Per-rule messages as JSON: `{"required": "Select the council you pay council tax to"}`.
 *
 * @fires {CustomEvent<ErrorChangeDetail>} civic-error-change - The error shown on the field appeared, changed or cleared; `detail.message`.
 */
export class CivicSelect extends CivicField<HTMLSelectElement> {
  protected static override upgradedProperties: readonly string[] = [
    ...CivicField.upgradedProperties,
    'items',
    'placeholder',
  ];

  protected static override fieldAttributes: readonly string[] = ['items', 'placeholder'];

  protected readonly controlSelector = 'select.civic-select';

  // Items a page set by property before the select was built.
  #pendingItems: SelectItem[] | undefined;

  protected markup(params: SelectParams) {
    return selectMarkup(params);
  }

  protected controlMarkup(params: FieldParams) {
    // Only the select's own attributes are kept in step; its options are left alone.
    return selectControl({ ...params, items: [] });
  }

  protected override paramsFromAttributes(): SelectParams {
    const { readOnly, ...params } = super.paramsFromAttributes();
    if (readOnly === true) {
      warnOnce(
        '<civic-select> cannot be readonly: a native select has no read-only state. Show the answer as text instead, or use disabled.',
      );
    }
    return {
      ...params,
      items: this.#pendingItems ?? parseItems(this.getAttribute('items')),
      placeholder: this.getAttribute('placeholder') ?? undefined,
    };
  }

  protected override attributeChanged(name: string, value: string | null): void {
    if (name === 'items') {
      this.items = parseItems(value);
      return;
    }
    if (name === 'placeholder') {
      this.#rebuildOptions(this.items, value ?? '');
      return;
    }
    if (name === 'value') {
      this.defaultValue = value ?? '';
      return;
    }
    super.attributeChanged(name, value);
  }

  /** The options, as `{ value, text, selected, disabled, group }`, read from the select; setting it replaces them. The placeholder option is not one of them. */
  get items(): SelectItem[] {
    const control = this.control;
    if (control === null) return this.#pendingItems ?? parseItems(this.getAttribute('items'));
    return [...control.options]
      .filter((option) => !this.#isPlaceholder(option))
      .map((option) => {
        const group =
          option.parentElement instanceof HTMLOptGroupElement ? option.parentElement.label : '';
        return {
          value: option.value,
          text: option.text,
          ...(option.defaultSelected && { selected: true }),
          ...(option.disabled && { disabled: true }),
          ...(group !== '' && { group }),
        };
      });
  }
  set items(value: SelectItem[] | null | undefined) {
    const items = cleanItems(value);
    if (this.control === null) {
      this.#pendingItems = items;
      return;
    }
    this.#rebuildOptions(items, this.placeholder);
  }

  /** The text of the first option, with the value "", that asks the person to choose ("Choose a council"); '' when there is none. */
  get placeholder(): string {
    const first = this.control?.options[0];
    if (first !== undefined && this.#isPlaceholder(first)) return first.text;
    return this.control === null ? (this.getAttribute('placeholder') ?? '') : '';
  }
  set placeholder(value: string) {
    const text = textOf(value);
    if (this.control === null) {
      if (text === '') this.removeAttribute('placeholder');
      else this.setAttribute('placeholder', text);
      return;
    }
    if (this.hasAttribute('placeholder') && this.getAttribute('placeholder') !== text) {
      if (text === '') this.removeAttribute('placeholder');
      else this.setAttribute('placeholder', text);
      return;
    }
    this.#rebuildOptions(this.items, text);
  }

  // The placeholder is a first option with the value "", outside any group.
  #isPlaceholder(option: HTMLOptionElement): boolean {
    return option.index === 0 && option.value === '' && option.parentElement === this.control;
  }

  // New options from the same markup function; the answer stays if it is still offered.
  #rebuildOptions(items: SelectItem[], placeholder: string): void {
    const control = this.control;
    if (control === null) return;
    const chosen = control.value;
    control.replaceChildren(
      ...selectOptions({ items, placeholder }).map((node) => elementFrom(node)),
    );
    if ([...control.options].some((option) => option.value === chosen)) control.value = chosen;
    this.revalidate();
  }

  /** The value of the option chosen when the page loaded, which `form.reset()` returns to. */
  override get defaultValue(): string {
    const control = this.control;
    if (control === null) return this.getAttribute('value') ?? '';
    const options = [...control.options];
    return (options.find((option) => option.defaultSelected) ?? options.at(0))?.value ?? '';
  }
  override set defaultValue(value: string) {
    const control = this.control;
    const text = textOf(value);
    if (control === null) {
      this.setAttribute('value', text);
      return;
    }
    for (const option of control.options) option.defaultSelected = option.value === text;
    this.revalidate();
  }

  /** The current choice, as on the native select: the chosen option's value, '' for the placeholder. Setting a value no option has chooses nothing. */
  override get value(): string {
    return super.value;
  }
  override set value(value: string) {
    super.value = value;
  }

  /** @internal A select has no read-only state; this is always false. */
  override get readOnly(): boolean {
    return false;
  }
  override set readOnly(value: boolean) {
    if (value) {
      warnOnce(
        '<civic-select> cannot be readonly: a native select has no read-only state. Show the answer as text instead, or use disabled.',
      );
    }
  }

  /** @internal The rules the answer must meet: a required choice is the select's own rule. */
  get constraints(): Constraints {
    return {};
  }

  /** @internal "Select your council" when a required choice is not made. */
  override ownFailure(): FieldFailure | null {
    const control = this.control;
    if (control === null || !control.required || control.value !== '') return null;
    return { kind: 'required', key: 'select.required' };
  }
}
