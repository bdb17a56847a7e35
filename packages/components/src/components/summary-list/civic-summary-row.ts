// A summary row as data, like an <option> in a <select>: never rendered
// itself (the CSS hides it); <civic-summary-list> reads its attributes and
// text and builds the row of its description list.
import { jsonAttribute, jsonValue } from '../../core/json-attribute.js';
import { CivicContentElement } from '../../core/content-element.js';
import { CivicDataElement } from '../../core/data-element.js';
import { reflectText } from '../../core/text-attribute.js';
import { actionsOptions, type SummaryAction } from './actions.js';
import type { SummaryRowParams } from './markup.js';

const ACTIONS = actionsOptions('<civic-summary-row> actions');

// Elements whose content starts and ends a line, as a browser shows them.
const LINE_ELEMENTS = new Set([
  'address',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'li',
  'ol',
  'p',
  'pre',
  'ul',
]);

/**
 * An element's text as a browser shows it, as lines: white space collapses
 * as in HTML, and `<br>`, paragraphs and list items start new lines (an
 * address written `72 Guild Street<br>London`). A data child is never
 * rendered, so innerText cannot be used.
 */
export function textLines(element: Element): string {
  let text = '';
  const read = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += (child.nodeValue ?? '').replace(/[ \t\n\f\r]+/g, ' ');
      } else if (child instanceof Element) {
        if (child.localName === 'br') {
          text += '\n';
        } else if (LINE_ELEMENTS.has(child.localName)) {
          text += '\n';
          read(child);
          text += '\n';
        } else if (child.localName !== 'script' && child.localName !== 'style') {
          read(child);
        }
      }
    }
  };
  read(element);
  return text
    .split('\n')
    .map((line) => line.replace(/ +/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The row's params, read from its attributes and text (also before it upgrades). */
export function summaryRowParams(row: Element): SummaryRowParams {
  const value = row.getAttribute('value');
  return {
    key: row.getAttribute('label') ?? '',
    value: value !== null && value !== '' ? value : textLines(row),
    changeHref: row.getAttribute('change-href') ?? undefined,
    visuallyHiddenText: row.getAttribute('visually-hidden-text') ?? undefined,
    actions: jsonAttribute(row.getAttribute('actions'), ACTIONS),
  };
}

/** Sets a JSON attribute of actions from a property; an empty list or nothing removes it. */
export function setActionsAttribute(
  element: Element,
  attribute: string,
  value: unknown,
  owner: string,
): void {
  const actions = jsonValue(value, actionsOptions(`${owner} ${attribute}`));
  if (actions.length === 0) element.removeAttribute(attribute);
  else element.setAttribute(attribute, JSON.stringify(actions));
}

/**
 * One row of a `<civic-summary-list>`: what was asked (the key), the answer
 * (the value) and the links that act on it. A row is data: the list reads it
 * and builds its description list, so the row itself is never shown.
 *
 * The value is the row's text (white space collapses as in HTML; `<br>`,
 * paragraphs and list items start new lines) or its `value` attribute, in
 * which each line is a line.
 *
 * @tagname civic-summary-row
 * @summary A key, its value and its actions, as data for a summary list.
 *
 * @slot - The value as plain text; `<br>`, paragraphs and list items start new lines.
 *
 * @attr {string} label - The key, such as "Name".
 * @attr {string} value - The value as text, instead of the row's own text; each line is a line.
 * @attr {string} change-href - The URL of a "Change" link.
 * @attr {string} visually-hidden-text - What the row's links act on, instead of the label.
 * @attr {string} actions - Links as JSON: `[{"href": "…", "text": "…", "visuallyHiddenText": "…"}]`.
 */
export class CivicSummaryRow extends CivicDataElement {
  protected readonly holderName = '<civic-summary-list>';

  protected isHolder(parent: Element): boolean {
    return parent instanceof CivicContentElement;
  }

  protected static override upgradedProperties = [
    'label',
    'value',
    'changeHref',
    'visuallyHiddenText',
    'actions',
  ];

  /** The key: what was asked, such as "Name" or "Date of birth". (Not `key`, which React keeps for itself.) */
  get label(): string {
    return this.getAttribute('label') ?? '';
  }
  set label(value: string | null | undefined) {
    reflectText(this, 'label', value, '<civic-summary-row> label');
  }

  /** The value as text, instead of the row's own text; each line is a line. */
  get value(): string | undefined {
    return this.getAttribute('value') ?? undefined;
  }
  set value(value: string | null | undefined) {
    reflectText(this, 'value', value, '<civic-summary-row> value');
  }

  /** The URL of a "Change" link (in the page's language), before any `actions`. Script URLs are refused with a warning. */
  get changeHref(): string | undefined {
    return this.getAttribute('change-href') ?? undefined;
  }
  set changeHref(value: string | null | undefined) {
    reflectText(this, 'change-href', value, '<civic-summary-row> change-href');
  }

  /** What the row's links act on, read after their text by screen readers; default the label. Shorten a long key: "address" for "What is your home address?". */
  get visuallyHiddenText(): string | undefined {
    return this.getAttribute('visually-hidden-text') ?? undefined;
  }
  set visuallyHiddenText(value: string | null | undefined) {
    reflectText(this, 'visually-hidden-text', value, '<civic-summary-row> visually-hidden-text');
  }

  /** Links for the row: a JSON array of `{ "href": "…", "text": "…", "visuallyHiddenText": "…" }` (attribute) or the array (property). Each link's accessible name adds the label: "Remove Contact". */
  get actions(): SummaryAction[] {
    return jsonAttribute(this.getAttribute('actions'), ACTIONS);
  }
  set actions(value: SummaryAction[] | null | undefined) {
    setActionsAttribute(this, 'actions', value, '<civic-summary-row>');
  }
}
