import { CivicChoiceField } from '../../core/choice-field.js';
import type { GroupFailure } from '../../core/group-field.js';
import { warnOnce } from '../../core/warn.js';
import { wholeNumber } from '../../core/whole-number.js';
import type { ChoiceItem as CheckboxItem } from '../../core/choice-markup.js';
import './messages.js';

export type { ChoiceItem as CheckboxItem } from '../../core/choice-field.js';

/**
 * Any number of answers from a list: a native `<input type="checkbox">` per
 * option inside a `<fieldset>` whose legend asks the question, in the page's
 * DOM (the public-sector checkboxes pattern). A server writes that HTML
 * (`renderCheckboxes`, the `civicCheckboxes` macro) and the element enhances
 * it, or the element builds it from its attributes. Each checked option is
 * submitted under the name. The element adds "Select …" messages on submit,
 * the fewest and most options, an exclusive "None of these" option, and
 * reveals the follow-up question of each chosen option.
 *
 * @tagname civic-checkboxes
 * @summary Asks for any number of answers from a list, such as "Select all that apply".
 *
 * @attr {string} name - The name each chosen option is submitted under; also the first option's id unless `field-id` is set (others `<id>-2`, `<id>-3`…).
 * @attr {string} field-id - The first option's id, when it should differ from the name.
 * @attr {string} legend - The question, such as "Which vehicles do you own?". Required.
 * @attr {'s' | 'm' | 'l' | 'xl'} legend-size - `s`, `m`, `l` or `xl`.
 * @attr {boolean} page-heading - Makes the legend the page's `<h1>`.
 * @attr {string} hint - Hint text under the legend, such as "Select all that apply".
 * @attr {string} error - An error to show, such as one a server found.
 * @attr {string} items - The options as a JSON array: `[{"value": "car", "text": "Car"}, {"divider": "or"}, {"value": "none", "text": "None of these", "behaviour": "exclusive"}]`.
 * @attr {string} values - The options chosen at first, as a JSON array of values.
 * @attr {boolean} required - At least one option must be chosen ("Select …" on submit).
 * @attr {number} min-selected - Fewest options to choose, checked on submit.
 * @attr {number} max-selected - Most options to choose, checked on submit.
 * @attr {boolean} disabled - Turns the whole group off.
 * @attr {boolean} inline - Options side by side.
 * @attr {boolean} small - Smaller checkboxes.
 * @attr {string} described-by - Ids of the page's own descriptions of the group, read before the hint.
 * @attr {string} field-name - The question as named inside an error message ("which vehicles you own").
 * @attr {string} messages - Per-rule messages as JSON: `{"required": "…", "minselected": "…", "maxselected": "…"}`.
 *
 * @fires {CustomEvent<ErrorChangeDetail>} civic-error-change - The error shown on the group appeared, changed or cleared; `detail.message`.
 */
export class CivicCheckboxes extends CivicChoiceField {
  protected readonly kind = 'checkboxes';

  protected static override groupAttributes: readonly string[] = [
    ...CivicChoiceField.groupAttributes,
    'min-selected',
    'max-selected',
  ];

  // The `values` attribute (a JSON array) chooses options at first, as `value` does on radios.
  protected override startsChecked(item: CheckboxItem): boolean {
    if (item.checked === true) return true;
    try {
      const values: unknown = JSON.parse(this.getAttribute('values') ?? '[]');
      return Array.isArray(values) && values.includes(item.value);
    } catch {
      warnOnce(`<civic-checkboxes> values must be a JSON array such as ["car", "van"].`);
      return false;
    }
  }

  protected override attributeChanged(name: string, value: string | null): void {
    if (name === 'min-selected' || name === 'max-selected') {
      this.revalidate();
      return;
    }
    super.attributeChanged(name, value);
  }

  protected groupFailure(): GroupFailure | null {
    const count = this.values.length;
    if (count === 0) return this.required ? { kind: 'required' } : null;
    const least = this.minSelected;
    if (least !== undefined && count < least)
      return { kind: 'minselected', values: { count: least, actual: count } };
    const most = this.maxSelected;
    if (most !== undefined && count > most)
      return { kind: 'maxselected', values: { count: most, actual: count } };
    return null;
  }

  // "None of these" and the other options exclude each other.
  protected override optionChanged(input: HTMLInputElement): void {
    if (!input.checked) return;
    const exclusive = input.dataset.behaviour === 'exclusive';
    for (const other of this.inputs) {
      if (other === input || !other.checked) continue;
      if (exclusive || other.dataset.behaviour === 'exclusive') other.checked = false;
    }
  }

  /** Fewest options to choose (when any is chosen; use `required` for at least one), checked on submit. */
  get minSelected(): number | undefined {
    return wholeNumber(this.getAttribute('min-selected'));
  }
  set minSelected(value: number | null | undefined) {
    this.#limit('min-selected', value);
  }

  /** Most options to choose, checked on submit. */
  get maxSelected(): number | undefined {
    return wholeNumber(this.getAttribute('max-selected'));
  }
  set maxSelected(value: number | null | undefined) {
    this.#limit('max-selected', value);
  }

  #limit(attribute: string, value: unknown): void {
    const number = wholeNumber(value);
    if (number === undefined) this.removeAttribute(attribute);
    else this.setAttribute(attribute, String(number));
    if (!this.isEnhanced) return;
    this.revalidate();
  }
}
