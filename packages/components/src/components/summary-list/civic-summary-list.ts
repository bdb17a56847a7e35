import { childrenOfType, CivicContentElement } from '../../core/content-element.js';
import { jsonAttribute } from '../../core/json-attribute.js';
import type { MarkupElement } from '../../core/markup.js';
import { reflectText } from '../../core/text-attribute.js';
import { actionsOptions, type SummaryAction } from './actions.js';
import { CivicSummaryRow, setActionsAttribute, summaryRowParams } from './civic-summary-row.js';
import { cardHeadingLevel, summaryListMarkup, type SummaryListParams } from './markup.js';

const CARD_ACTIONS = actionsOptions('<civic-summary-list> card-actions');

/**
 * A summary of answers, as on a "Check your answers" page: rows of key, value
 * and "Change" links in one description list, optionally in a card with its
 * own title and actions.
 *
 * A server writes the list's HTML (the civicSummaryList macro); the element
 * keeps it as it is. From a JavaScript framework, give `<civic-summary-row>`
 * children: the element builds the same HTML from them, and builds it again
 * when a row is added, changed or removed.
 *
 * @tagname civic-summary-list
 * @summary Answers as rows of key, value and actions; optionally a card.
 *
 * @slot - `<civic-summary-row>` elements: the rows, as data (they are not shown themselves).
 *
 * @attr {boolean} no-border - Removes the lines between rows.
 * @attr {string} card-title - Shows the list as a card with this title.
 * @attr {number} heading-level - Level (1–6) of the card title; default 2.
 * @attr {string} card-actions - The card's links as JSON: `[{"href": "…", "text": "…"}]`.
 */
export class CivicSummaryList extends CivicContentElement<SummaryListParams> {
  protected static override contentAttributes = [
    'no-border',
    'card-title',
    'heading-level',
    'card-actions',
  ];
  protected static override dataChildren = [CivicSummaryRow];
  protected static override upgradedProperties = [
    'noBorder',
    'cardTitle',
    'headingLevel',
    'cardActions',
  ];
  protected readonly partSelector = ':scope > .civic-summary-list, :scope > .civic-summary-card';

  /** Removes the lines between rows, for a short summary inside other content. */
  get noBorder(): boolean {
    return this.hasAttribute('no-border');
  }
  set noBorder(value: boolean | null | undefined) {
    this.toggleAttribute('no-border', value === true);
  }

  /** Shows the list as a card with this title, for one of several similar things (such as each qualification). */
  get cardTitle(): string | undefined {
    return this.getAttribute('card-title') ?? undefined;
  }
  set cardTitle(value: string | null | undefined) {
    reflectText(this, 'card-title', value, '<civic-summary-list> card-title');
  }

  /** Heading level (1–6) of the card title. Default 2. */
  get headingLevel(): number {
    return cardHeadingLevel(this.getAttribute('heading-level'));
  }
  set headingLevel(value: number | string | null | undefined) {
    reflectText(this, 'heading-level', value, '<civic-summary-list> heading-level');
  }

  /** Card actions: a JSON array of `{ "href": "…", "text": "…", "visuallyHiddenText": "…" }` (attribute) or the array (property), such as "Delete choice". Each link's accessible name adds the card title. */
  get cardActions(): SummaryAction[] {
    return jsonAttribute(this.getAttribute('card-actions'), CARD_ACTIONS);
  }
  set cardActions(value: SummaryAction[] | null | undefined) {
    setActionsAttribute(this, 'card-actions', value, '<civic-summary-list>');
  }

  protected paramsFromAttributes(): SummaryListParams {
    const rows = childrenOfType(this, CivicSummaryRow);
    // A list upgrades before the rows that arrive with it (in tree order);
    // upgrading them first applies properties a page set on them early.
    for (const row of rows) if (!(row instanceof CivicSummaryRow)) customElements.upgrade(row);
    return {
      rows: rows.map(summaryRowParams),
      noBorder: this.hasAttribute('no-border'),
      cardTitle: this.getAttribute('card-title') ?? undefined,
      headingLevel: this.getAttribute('heading-level') ?? undefined,
      cardActions: jsonAttribute(this.getAttribute('card-actions'), CARD_ACTIONS),
      lang: this.text.language,
    };
  }

  protected markup(params: SummaryListParams): MarkupElement {
    return summaryListMarkup(params);
  }
}
