import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { heading, headingLevel } from '../../core/heading.js';
import { actionLinks, actionsConverter, type SummaryAction } from './actions.js';
import { listStyles } from './summary-list.styles.js';

/**
 * A summary of answers, as on a "Check your answers" page: rows of key, value
 * and "Change" links, optionally in a card with its own title and actions.
 *
 * @tagname civic-summary-list
 * @summary Answers as rows of key, value and actions; optionally a card.
 *
 * @slot - `<civic-summary-row>` elements.
 *
 * @csspart card - The card, when `card-title` is set.
 * @csspart heading - The card title.
 * @csspart actions - The card's action links.
 */
export class CivicSummaryList extends LitElement {
  static override styles = listStyles;

  /** Removes the borders between rows, for short summaries inside other content. */
  @property({ type: Boolean, reflect: true, attribute: 'no-border' }) noBorder = false;

  /** Shows the list as a card with this title, for one of several things (such as each qualification). */
  @property({ reflect: true, attribute: 'card-title' }) cardTitle?: string;

  /** Heading level (1–6) of the card title. Default 2. */
  @property({ type: Number, reflect: true, attribute: 'heading-level' }) headingLevel = 2;

  /** Card actions as a JSON array of `{ "href": "…", "text": "…" }`, such as "Delete". Each link's accessible name adds the card title. */
  @property({ attribute: 'card-actions', converter: actionsConverter })
  cardActions: SummaryAction[] = [];

  override render() {
    const rows = html`<div class="rows"><slot></slot></div>`;
    if (this.cardTitle === undefined || this.cardTitle === '') return rows;
    return html`<div part="card" class="card">
      <div class="card-header">
        ${heading(headingLevel(this.headingLevel), this.cardTitle)}
        ${
          this.cardActions.length > 0
            ? actionLinks(this.cardActions, `(${this.cardTitle})`, 'civic-summary-list')
            : nothing
        }
      </div>
      ${rows}
    </div>`;
  }
}
