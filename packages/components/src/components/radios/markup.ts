// The canonical HTML of radios, defined once: what a server writes
// (renderRadios, the civicRadios macro) and what <civic-radios> builds from
// its attributes. A native <input type="radio"> per option inside a
// <fieldset>, so the browser submits the answer and moves between options
// with the arrow keys itself.
import { choiceMarkup, type ChoiceItem, type ChoiceParams } from '../../core/choice-markup.js';
import { given } from '../../core/field-markup.js';
import type { MarkupElement } from '../../core/markup.js';

export type { ChoiceItem as RadioItem } from '../../core/choice-markup.js';

export interface RadiosParams extends ChoiceParams {
  /** The chosen option's value, as a server had it (an item's `checked` does the same). */
  value?: string;
}

/** Whether an option starts chosen. */
export function radioChecked(params: RadiosParams, item: ChoiceItem): boolean {
  return item.checked === true || (given(params.value) && item.value === params.value);
}

export function radiosMarkup(params: RadiosParams): MarkupElement {
  return choiceMarkup('radios', params, (item) => radioChecked(params, item));
}
