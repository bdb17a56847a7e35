// The canonical HTML of checkboxes, defined once: what a server writes
// (renderCheckboxes, the civicCheckboxes macro) and what <civic-checkboxes>
// builds from its attributes. A native <input type="checkbox"> per option
// inside a <fieldset>; each checked one is submitted under the name.
import { choiceMarkup, type ChoiceItem, type ChoiceParams } from '../../core/choice-markup.js';
import type { MarkupElement } from '../../core/markup.js';
import { wholeNumber } from '../../core/whole-number.js';

export type { ChoiceItem as CheckboxItem } from '../../core/choice-markup.js';

export interface CheckboxesParams extends ChoiceParams {
  /** The chosen options' values, as a server had them (an item's `checked` does the same). */
  values?: readonly string[];
  /** Fewest options to choose, checked by script (and your server). */
  minSelected?: number;
  /** Most options to choose, checked by script (and your server). */
  maxSelected?: number;
}

/** Whether an option starts chosen. */
export function checkboxChecked(params: CheckboxesParams, item: ChoiceItem): boolean {
  return (
    item.checked === true ||
    (Array.isArray(params.values) && item.value !== undefined && params.values.includes(item.value))
  );
}

export function checkboxesMarkup(params: CheckboxesParams): MarkupElement {
  return choiceMarkup('checkboxes', params, (item) => checkboxChecked(params, item), {
    'min-selected': wholeNumber(params.minSelected),
    'max-selected': wholeNumber(params.maxSelected),
  });
}
