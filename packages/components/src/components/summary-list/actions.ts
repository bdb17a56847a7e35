// The links that act on a row or a card ("Change", "Remove", "Delete choice"):
// their one shape, its reader for the JSON attributes, and their markup.
//
// Each link's accessible name says what it acts on, because a screen reader
// user who lists a page's links hears "Change Name", "Change Address", not a
// column of "Change": the row's key (or a shorter text the page gives) and, in
// a card, the card's title follow the visible text, visually hidden, as in
// GOV.UK Frontend's summary list ("Change name (Undergraduate teaching assistant)").
import type { JsonAttributeOptions } from '../../core/json-attribute.js';
import { jsonText } from '../../core/enumerated.js';
import { h, type MarkupElement } from '../../core/markup.js';
import { safeUrl } from '../../core/safe-url.js';
import { warnOnce } from '../../core/warn.js';

/** A link that acts on a row or a card, such as "Change" or "Remove". */
export interface SummaryAction {
  /** Where the link goes. Script URLs (`javascript:`) are refused with a warning. */
  href: string;
  /** The visible text, such as "Change". */
  text: string;
  /** What the link acts on, read after `text` by screen readers but not shown; default the row's key. Shorten a long key here ("Change address" for "What is your home address?"). */
  visuallyHiddenText?: string;
}

function isAction(value: unknown): value is SummaryAction {
  if (typeof value !== 'object' || value === null) return false;
  const action = value as Record<string, unknown>;
  return (
    typeof action.href === 'string' &&
    typeof action.text === 'string' &&
    action.text.trim() !== '' &&
    (action.visuallyHiddenText === undefined || typeof action.visuallyHiddenText === 'string')
  );
}

const EXAMPLE = '[{"href": "/name", "text": "Change"}]';

/**
 * Reads an `actions` or `card-actions` JSON attribute (or property) with
 * jsonAttribute(): an array of `{ href, text, visuallyHiddenText? }`. Any
 * item of another shape makes the whole value wrong, so the warning shows it
 * rather than a link silently missing.
 */
export function actionsOptions(owner: string): JsonAttributeOptions<SummaryAction[]> {
  return {
    owner,
    example: EXAMPLE,
    accept: (parsed) =>
      Array.isArray(parsed) && parsed.every(isAction)
        ? parsed.map((action: SummaryAction) => ({
            href: action.href,
            text: action.text,
            visuallyHiddenText: action.visuallyHiddenText,
          }))
        : undefined,
    fallback: [],
  };
}

/**
 * The actions a markup function may link: right-shaped ones (others are
 * left out with a warning, for servers that pass params directly) whose URL
 * is safe.
 */
export function linkableActions(actions: readonly unknown[], elementName: string): SummaryAction[] {
  return actions.flatMap((action) => {
    if (!isAction(action)) {
      warnOnce(
        `<${elementName}> action ${jsonText(action).slice(0, 60)} is not such as ` +
          `${EXAMPLE.slice(1, -1)}, so it is left out.`,
      );
      return [];
    }
    const href = safeUrl(action.href, elementName);
    return href === undefined ? [] : [{ ...action, href }];
  });
}

/** One action's link: the visible text, then what it acts on, visually hidden. */
export function actionLink(
  action: SummaryAction,
  hiddenText: string,
  linkClass: string,
): MarkupElement {
  return h(
    'a',
    { class: linkClass, href: action.href },
    action.text,
    hiddenText === '' ? null : h('span', { class: 'civic-visually-hidden' }, ` ${hiddenText}`),
  );
}
