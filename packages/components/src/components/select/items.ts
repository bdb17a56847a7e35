// The options of a select, as data: what a server gives the markup function
// and what a page gives the element's `items`. Pure: no DOM, so servers use it.
import { jsonAttribute, jsonValue, type JsonAttributeOptions } from '../../core/json-attribute.js';
import { warnOnce } from '../../core/warn.js';

/**
 * One option. Options that name the same `group` are shown together under
 * that heading (an `<optgroup>`), in the order their first option comes.
 */
export interface SelectItem {
  /** What is submitted when this option is chosen. */
  value: string;
  /** What the person reads. */
  text: string;
  /** Chosen when the page loads, and again after a reset. */
  selected?: boolean;
  disabled?: boolean;
  /** The heading of the group the option is in, such as "Wales". */
  group?: string;
}

/** The options in the order they are shown: ungrouped options, or a group and its options. */
export type SelectEntry = SelectItem | { group: string; items: SelectItem[] };

function wellFormed(list: readonly unknown[], tag: string): SelectItem[] {
  return list.flatMap((item: unknown) => {
    if (item === null || typeof item !== 'object') return [];
    const { value: raw, text, selected, disabled, group } = item as Record<string, unknown>;
    if (typeof text !== 'string') {
      warnOnce(`<${tag}> left out an item with no text: give each item "text" and "value".`);
      return [];
    }
    const optionValue = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : text;
    return [
      {
        value: optionValue,
        text,
        ...(selected === true && { selected: true }),
        ...(disabled === true && { disabled: true }),
        ...(typeof group === 'string' && group !== '' && { group }),
      },
    ];
  });
}

function itemsOptions(tag: string): JsonAttributeOptions<SelectItem[]> {
  return {
    owner: `<${tag}> items`,
    example: '[{"value": "cardiff", "text": "Cardiff", "group": "Wales"}]',
    accept: (parsed) => (Array.isArray(parsed) ? wellFormed(parsed, tag) : undefined),
    fallback: [],
  };
}

/**
 * Only well-formed items: a string `text` and a string or number `value`
 * (a missing value is the text, as on a native option); anything else is
 * left out with a warning naming the fix.
 */
export function cleanItems(value: unknown, tag = 'civic-select'): SelectItem[] {
  return jsonValue(value, itemsOptions(tag));
}

/** Reads the `items` attribute: a JSON array of `{ "value", "text", "selected", "disabled", "group" }`. */
export function parseItems(value: string | null, tag = 'civic-select'): SelectItem[] {
  return jsonAttribute(value, itemsOptions(tag));
}

/** The items gathered into their groups, in the order each group's first option comes. */
export function entriesOf(items: readonly SelectItem[]): SelectEntry[] {
  const entries: SelectEntry[] = [];
  const groups = new Map<string, SelectItem[]>();
  for (const item of items) {
    if (item.group === undefined) {
      entries.push(item);
      continue;
    }
    let members = groups.get(item.group);
    if (members === undefined) {
      members = [];
      groups.set(item.group, members);
      entries.push({ group: item.group, items: members });
    }
    members.push(item);
  }
  return entries;
}
