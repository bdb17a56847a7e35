// One writer for text properties that reflect to attributes (a stage's date,
// a timeline event's byline, a list's label): what a page or framework sets
// by property becomes the attribute, so the two never disagree and the
// element rebuilds from the attribute. Nothing set clears it; a value that is
// not text never shows as "[object Object]".
import { shownValue } from './enumerated.js';
import { warnOnce } from './warn.js';

/**
 * Sets `attribute` from a property value: text as it is; finite numbers and
 * booleans as text; `null`, `undefined` and '' remove it; anything else
 * (NaN and Infinity too, which would show as "NaN") removes it with a
 * `[civic]` warning naming `owner` (such as `<civic-stage> date`).
 */
export function reflectText(
  element: Element,
  attribute: string,
  value: unknown,
  owner: string,
): void {
  let text: string | null;
  if (value === null || value === undefined || value === '') text = null;
  else if (typeof value === 'string') text = value;
  else if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean')
    text = String(value);
  else {
    warnOnce(`${owner} was set to ${shownValue(value)}, which is not text, so it is cleared.`);
    text = null;
  }
  if (text === null) element.removeAttribute(attribute);
  else if (element.getAttribute(attribute) !== text) element.setAttribute(attribute, text);
}

/** The whole text of a node as a person reads it: runs of white space as one space, trimmed. */
export function collapsedText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
