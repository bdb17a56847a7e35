// The canonical HTML of a select, defined once: what a server writes
// (renderSelect, the civicSelect macro) and what <civic-select> builds from
// its attributes.
import {
  fieldErrorPart,
  fieldIds,
  formGroup,
  given,
  hasError,
  headerDescriptions,
  hintPart,
  hostOptions,
  labelPart,
  type FieldParams,
} from '../../core/field-markup.js';
import { classes, h, idList, type MarkupElement } from '../../core/markup.js';
import { cleanItems, entriesOf, type SelectItem } from './items.js';

export type { SelectItem } from './items.js';

export interface SelectParams extends Omit<FieldParams, 'readOnly'> {
  /** The options, each `{ value, text, selected?, disabled?, group? }`; options naming the same `group` are shown under it. */
  items?: SelectItem[];
  /** A first option with the value "" that asks the person to choose, such as "Choose a council". With `required`, choosing it is an error. */
  placeholder?: string;
}

function optionPart(item: SelectItem, chosen: boolean): MarkupElement {
  return h(
    'option',
    { value: item.value, selected: chosen, disabled: item.disabled === true },
    item.text,
  );
}

/** The options and groups alone, for the select's children. */
export function selectOptions(params: SelectParams): MarkupElement[] {
  const items = cleanItems(params.items);
  // `value` picks the option, as a server that kept the answer writes it;
  // otherwise the items' own `selected`.
  // A template may pass a number.
  const value: unknown = params.value;
  const chosen = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  const isChosen = (item: SelectItem) =>
    chosen !== undefined ? item.value === chosen : item.selected === true;
  const options: MarkupElement[] = [];
  if (given(params.placeholder)) {
    options.push(h('option', { value: '' }, params.placeholder));
  }
  for (const entry of entriesOf(items)) {
    options.push(
      'items' in entry
        ? h(
            'optgroup',
            { label: entry.group },
            ...entry.items.map((item) => optionPart(item, isChosen(item))),
          )
        : optionPart(entry, isChosen(entry)),
    );
  }
  return options;
}

/** The native select alone (its attributes), with the ids of what describes it. */
export function selectControl(params: SelectParams): MarkupElement {
  const ids = fieldIds(params);
  return h(
    'select',
    {
      class: classes('civic-select', hasError(params) && 'civic-select--error'),
      id: ids.control,
      name: given(params.name) ? params.name : undefined,
      autocomplete: given(params.autocomplete) ? params.autocomplete : undefined,
      required: params.required === true,
      disabled: params.disabled === true,
      'aria-describedby': idList(...headerDescriptions(ids, params)),
      'aria-invalid': hasError(params) ? 'true' : undefined,
    },
    ...selectOptions(params),
  );
}

export function selectMarkup(params: SelectParams): MarkupElement {
  const ids = fieldIds(params);
  return h(
    'civic-select',
    hostOptions(params),
    formGroup(
      params,
      false,
      labelPart(ids, params),
      hintPart(ids, params),
      fieldErrorPart(ids, params),
      selectControl(params),
    ),
  );
}
