import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaliseController } from '../../core/localisation.js';
import { actionLinks, actionsConverter, type SummaryAction } from './actions.js';
import { rowStyles } from './summary-list.styles.js';
import './messages.js';

/**
 * One answer in a `<civic-summary-list>`: what was asked (the key), the answer
 * (the value) and links to change it.
 *
 * Each row is a description list of its own (`<dl>` with `<dt>` and `<dd>` in
 * one shadow root), so the key and value stay associated for assistive
 * technology wherever the row is placed.
 *
 * @tagname civic-summary-row
 * @summary A key, its value and its actions, in a summary list.
 *
 * @slot - The value: text, several lines or a list. Long references and email addresses wrap.
 *
 * @csspart row - The description list.
 * @csspart key - The key.
 * @csspart value - The value.
 * @csspart actions - The list of action links.
 */
export class CivicSummaryRow extends LitElement {
  static override styles = rowStyles;

  /** The key: what was asked, such as "Name" or "Date of birth". (Not `key`, which React keeps for itself.) */
  @property({ reflect: true }) label = '';

  /** Shortcut for one action: the URL of a "Change" link (in the page's language). */
  @property({ reflect: true, attribute: 'change-href' }) changeHref?: string;

  /** Actions as a JSON array of `{ "href": "…", "text": "…" }`, for more than one or other wording. Each link's accessible name adds the label: "Remove name". Script URLs are refused with a console warning. */
  @property({ converter: actionsConverter }) actions: SummaryAction[] = [];

  readonly #text = new LocaliseController(this);

  override render() {
    const actions =
      this.changeHref === undefined
        ? this.actions
        : [{ href: this.changeHref, text: this.#text.t('summary-list.change') }, ...this.actions];
    return html`<dl part="row" class="row">
      <dt part="key">${this.label}</dt>
      <dd part="value"><slot></slot></dd>
      <dd class="actions-cell">${actionLinks(actions, this.label, 'civic-summary-row')}</dd>
    </dl>`;
  }
}
