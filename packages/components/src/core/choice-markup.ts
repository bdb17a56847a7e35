// The options of a choice question (radios, checkboxes), defined once: each
// a native input with its label and hint, a divider ("or") between options,
// and the follow-up question an option reveals. Pure: servers use it.
// Ids follow GOV.UK Frontend: the first input's id is the group's id (the
// name by default, so an error summary link `#<name>` reaches it), the others
// `${id}-2`, `${id}-3`…; an option's hint is `${inputId}-item-hint`, its
// follow-up question `conditional-${inputId}`.
import { cleanId, given } from './field-markup.js';
import {
  fieldsetFormGroup,
  fieldsetIds,
  fieldsetPart,
  groupHostOptions,
  type FieldsetParams,
  type GroupParams,
} from './fieldset-markup.js';
import { classes, h, raw, type MarkupElement, type MarkupNode } from './markup.js';
import { warnOnce } from './warn.js';

/** One option of a choice question, or a divider between options. */
export interface ChoiceItem {
  /** What is submitted when the option is chosen. */
  value?: string;
  /** The option's label. */
  text?: string;
  /** A hint under the option's label. */
  hint?: string;
  /** The option is chosen at first (what `form.reset()` returns to). */
  checked?: boolean;
  disabled?: boolean;
  /** The input's id, when the default (`${id}-2`…) will not do. */
  id?: string;
  /**
   * The follow-up question the option reveals, as HTML the server trusts
   * (a Civic text input's HTML, say). Server rendering only: an element
   * built from attributes cannot parse HTML; give `conditionalId` there.
   */
  conditional?: string;
  /** The id of an element of the page that is the follow-up question this option reveals. */
  conditionalId?: string;
  /** `exclusive` (checkboxes): "None of these", which clears the other options and is cleared by them. */
  behaviour?: 'exclusive';
  /** Not an option but a divider with this text, such as "or". */
  divider?: string;
}

/** Which choice question: the class prefix and the input type. */
export type ChoiceKind = 'radios' | 'checkboxes';

export interface ChoiceParams extends GroupParams {
  /** The options, as data (or a JSON array, as the `items` attribute holds it). */
  items?: readonly ChoiceItem[] | string;
  /** Options side by side, for two short options such as Yes and No. */
  inline?: boolean;
  /** Smaller inputs, for filters and secondary questions. */
  small?: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Well-formed items from whatever a page gave: an array of objects, or a JSON array. Anything else is dropped with a warning. */
export function choiceItems(value: unknown, tag: string): ChoiceItem[] {
  let list: unknown = value;
  if (typeof value === 'string') {
    if (value.trim() === '') return [];
    try {
      list = JSON.parse(value);
    } catch {
      warnOnce(
        `<${tag}> items "${value.slice(0, 60)}" is not JSON; give an array such as [{"value": "yes", "text": "Yes"}].`,
      );
      return [];
    }
  }
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    warnOnce(`<${tag}> items must be an array such as [{"value": "yes", "text": "Yes"}].`);
    return [];
  }
  const items: ChoiceItem[] = [];
  for (const entry of list as unknown[]) {
    if (!isRecord(entry)) {
      warnOnce(
        `<${tag}> items holds ${String(entry).slice(0, 30)}, which is not an option object; it is left out.`,
      );
      continue;
    }
    const divider = text(entry.divider);
    if (divider !== undefined) {
      items.push({ divider });
      continue;
    }
    items.push({
      value: text(entry.value) ?? '',
      text: text(entry.text) ?? '',
      hint: text(entry.hint),
      checked: entry.checked === true,
      disabled: entry.disabled === true,
      id: text(entry.id),
      conditional: text(entry.conditional),
      conditionalId: text(entry.conditionalId),
      behaviour: entry.behaviour === 'exclusive' ? 'exclusive' : undefined,
    });
  }
  return items;
}

/** The ids of each option's input, in order (dividers have none). */
export function choiceInputIds(
  params: Pick<FieldsetParams, 'id' | 'name'>,
  items: readonly ChoiceItem[],
): (string | null)[] {
  const base = fieldsetIds(params).base;
  let n = 0;
  return items.map((item) => {
    if (item.divider !== undefined) return null;
    n++;
    if (given(item.id)) return cleanId(item.id);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** Whether an option starts checked: its own `checked`, or the question's value(s). */
export type CheckedTest = (item: ChoiceItem) => boolean;

function option(
  kind: ChoiceKind,
  params: ChoiceParams,
  item: ChoiceItem,
  id: string,
  isChecked: CheckedTest,
): MarkupNode[] {
  const hintId = `${id}-item-hint`;
  const conditionalId = given(item.conditional)
    ? `conditional-${id}`
    : given(item.conditionalId)
      ? cleanId(item.conditionalId)
      : undefined;
  const input = h('input', {
    class: `civic-${kind}__input`,
    id,
    name: given(params.name) ? params.name : undefined,
    type: kind === 'radios' ? 'radio' : 'checkbox',
    value: item.value ?? '',
    checked: isChecked(item),
    // A radio group's required is the browser's; a checkbox's would mean that box.
    required: kind === 'radios' && params.required === true,
    disabled: item.disabled === true,
    'aria-describedby': given(item.hint) ? hintId : undefined,
    'aria-controls': conditionalId,
    'data-behaviour': item.behaviour === 'exclusive' ? 'exclusive' : undefined,
  });
  return [
    h(
      'div',
      { class: `civic-${kind}__item` },
      input,
      h('label', { class: `civic-label civic-${kind}__label`, for: id }, item.text ?? ''),
      given(item.hint) &&
        h('div', { class: `civic-hint civic-${kind}__hint`, id: hintId }, item.hint),
    ),
    // Hidden by CSS only once the element is defined, so with script off the
    // follow-up question shows and can be answered.
    given(item.conditional) &&
      h(
        'div',
        {
          class: classes(
            `civic-${kind}__conditional`,
            !isChecked(item) && `civic-${kind}__conditional--hidden`,
          ),
          id: conditionalId,
        },
        raw(item.conditional),
      ),
  ];
}

/** The options inside their container. */
export function choicesPart(
  kind: ChoiceKind,
  params: ChoiceParams,
  items: readonly ChoiceItem[],
  isChecked: CheckedTest,
): MarkupElement {
  const ids = choiceInputIds(params, items);
  return h(
    'div',
    {
      class: classes(
        `civic-${kind}`,
        params.inline === true && `civic-${kind}--inline`,
        params.small === true && `civic-${kind}--small`,
      ),
    },
    ...items.flatMap((item, index) => {
      const id = ids[index] ?? null;
      if (item.divider !== undefined || id === null)
        return [h('div', { class: `civic-${kind}__divider` }, item.divider ?? '')];
      return option(kind, params, item, id, isChecked);
    }),
  );
}

/** A whole choice question: `<civic-radios>` or `<civic-checkboxes>`, form group, fieldset, options. */
export function choiceMarkup(
  kind: ChoiceKind,
  params: ChoiceParams,
  isChecked: CheckedTest,
  hostAttributes: Record<string, string | number | boolean | undefined> = {},
): MarkupElement {
  const items = choiceItems(params.items, `civic-${kind}`);
  const ids = choiceInputIds(params, items);
  // The group's id is its first input's, so the hint and error ids follow it.
  const fieldset = { ...params, id: ids.find((id) => id !== null) ?? fieldsetIds(params).base };
  return h(
    `civic-${kind}`,
    {
      ...groupHostOptions(params),
      required: params.required === true,
      ...hostAttributes,
    },
    fieldsetFormGroup(
      fieldset,
      fieldsetPart(fieldset, false, choicesPart(kind, params, items, isChecked)),
    ),
  );
}
