import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { heading, headingLevel } from '../../core/heading.js';
import { LocaliseController } from '../../core/localisation.js';
import { panelStyles } from './civic-panel.styles.js';
import './messages.js';

/**
 * The confirmation panel at the end of a transaction: "Application complete",
 * with the reference number people will quote. The reference is large, easy to
 * read aloud and selected whole with one click, and wraps rather than
 * overflowing at high zoom.
 *
 * @tagname civic-panel
 * @summary Confirmation that a transaction is complete, with its reference.
 *
 * @slot - Any further text, such as "We have sent you a confirmation email".
 *
 * @csspart panel - The panel.
 * @csspart heading - The title.
 * @csspart reference - The reference number.
 */
export class CivicPanel extends LitElement {
  static override styles = panelStyles;

  /** The title, such as "Application complete". */
  @property({ reflect: true }) heading = '';

  /** Heading level (1–6). Default 1: the panel usually heads the confirmation page. */
  @property({ type: Number, reflect: true, attribute: 'heading-level' }) headingLevel = 1;

  /** The reference number, shown under "Your reference number" in the page's language. */
  @property({ reflect: true }) reference?: string;

  readonly #text = new LocaliseController(this);

  override render() {
    const reference =
      this.reference === undefined || this.reference === ''
        ? nothing
        : html`<p class="reference-line">
            ${this.#text.t('panel.reference')}
            <strong part="reference" class="reference">${this.reference}</strong>
          </p>`;
    return html`<div part="panel" class="panel">
      ${heading(headingLevel(this.headingLevel, 1), this.heading)}
      <div class="body">${reference}<slot></slot></div>
    </div>`;
  }
}
