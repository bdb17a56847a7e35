import { CivicChoiceField, type ChoiceItem } from '../../core/choice-field.js';
import { textOf } from '../../core/field-element.js';
import type { GroupFailure } from '../../core/group-field.js';
import './messages.js';

export type { ChoiceItem as RadioItem } from '../../core/choice-field.js';

/**
 * One answer from a few options: a native `<input type="radio">` per option
 * inside a `<fieldset>` whose legend asks the question, in the page's DOM
 * (the public-sector radios pattern). A server writes that HTML
 * (`renderRadios`, the `civicRadios` macro) and the element enhances it, or
 * the element builds it from its attributes. The browser submits the answer
 * and moves between options with the arrow keys; the element adds "Select …"
 * messages on submit, one error on the group, and reveals the follow-up
 * question of the chosen option.
 *
 * @tagname civic-radios
 * @summary Asks for one answer from a short list of options.
 *
 * @attr {string} name - The name the answer is submitted under; also the first option's id unless `field-id` is set (others `<id>-2`, `<id>-3`…).
 * @attr {string} field-id - The first option's id, when it should differ from the name.
 * @attr {string} legend - The question, such as "Have you completed this section?". Required.
 * @attr {'s' | 'm' | 'l' | 'xl'} legend-size - `s`, `m`, `l` or `xl`.
 * @attr {boolean} page-heading - Makes the legend the page's `<h1>`.
 * @attr {string} hint - Hint text under the legend.
 * @attr {string} error - An error to show, such as one a server found.
 * @attr {string} items - The options as a JSON array: `[{"value": "yes", "text": "Yes", "hint": "…", "conditionalId": "…"}, {"divider": "or"}]`.
 * @attr {string} value - The option chosen at first.
 * @attr {boolean} required - An option must be chosen ("Select …" on submit).
 * @attr {boolean} disabled - Turns the whole group off.
 * @attr {boolean} inline - Options side by side (for two short options).
 * @attr {boolean} small - Smaller radios.
 * @attr {string} described-by - Ids of the page's own descriptions of the group, read before the hint.
 * @attr {string} field-name - The question as named inside an error message ("if you have completed this section").
 * @attr {string} messages - Per-rule messages as JSON: `{"required": "Select …"}`.
 *
 * @fires {CustomEvent<ErrorChangeDetail>} civic-error-change - The error shown on the group appeared, changed or cleared; `detail.message`.
 */
export class CivicRadios extends CivicChoiceField {
  protected readonly kind = 'radios';

  protected static override groupAttributes: readonly string[] = [
    ...CivicChoiceField.groupAttributes,
    'value',
  ];

  protected override startsChecked(item: ChoiceItem): boolean {
    const value = this.getAttribute('value');
    return item.checked === true || (value !== null && value !== '' && item.value === value);
  }

  protected groupFailure(): GroupFailure | null {
    return this.required && this.values.length === 0 ? { kind: 'required' } : null;
  }

  // The browser knows a required radio group: with script off it still asks.
  protected override requiredChanged(required: boolean): void {
    for (const input of this.inputs) input.required = required;
  }

  protected override attributeChanged(name: string, value: string | null): void {
    if (name === 'value') {
      // As on a native input, the attribute is the default: checked at first and after reset.
      for (const input of this.inputs)
        input.defaultChecked = value !== null && input.value === value;
      return;
    }
    super.attributeChanged(name, value);
  }

  /** The chosen option's value, or '' when none is chosen. Setting it chooses that option. */
  get value(): string {
    if (!this.isEnhanced) return this.getAttribute('value') ?? '';
    return this.inputs.find((input) => input.checked)?.value ?? '';
  }
  set value(value: string) {
    const text = textOf(value);
    if (!this.isEnhanced) {
      this.setAttribute('value', text);
      return;
    }
    this.values = text === '' ? [] : [text];
  }
}
