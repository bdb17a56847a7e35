import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { heading, headingLevel } from '../../core/heading.js';
import { LocaliseController } from '../../core/localisation.js';
import { isIsoDate, ukDateParts } from './format-date.js';
import { eventStyles } from './timeline.styles.js';
import './messages.js';

/**
 * One dated event in a `<civic-timeline>`: what happened, when, who did it and
 * what it means.
 *
 * @tagname civic-timeline-event
 * @summary A dated event in a case's history.
 *
 * @slot - The description: text, links or a list.
 *
 * @csspart heading - The event title.
 * @csspart date - The date, in a `<time>` element.
 * @csspart byline - Who did it.
 */
export class CivicTimelineEvent extends LitElement {
  static override styles = eventStyles;

  /** What happened, such as "Documents checked". */
  @property({ reflect: true }) heading = '';

  /** Heading level (1–6) of the title. Default 3. */
  @property({ type: Number, reflect: true, attribute: 'heading-level' }) headingLevel = 3;

  /** When: an ISO 8601 date or date-time ("2026-10-03T14:30:00Z"), shown in the page's language in UK time ("3 October 2026 at 15:30"); any other text is shown as written. */
  @property({ reflect: true }) date = '';

  /** Who did it, such as "by Planning team". */
  @property({ reflect: true }) byline?: string;

  /** @internal Each event is an item of the timeline's list; reflected so servers render it. */
  @property({ reflect: true }) override role: string | null = 'listitem';

  readonly #text = new LocaliseController(this);

  #dateTemplate() {
    if (this.date === '') return nothing;
    if (!isIsoDate(this.date)) return html`<span part="date" class="date">${this.date}</span>`;
    const { day, month, year, time } = ukDateParts(this.date);
    const monthName = this.#text.t('timeline.months').split('|')[month - 1] ?? String(month);
    const date = this.#text.t('timeline.date', { day, month: monthName, year });
    const shown = time === undefined ? date : this.#text.t('timeline.date-time', { date, time });
    return html`<time part="date" class="date" datetime=${this.date}>${shown}</time>`;
  }

  override render() {
    return html`<div class="event">
      ${heading(headingLevel(this.headingLevel, 3), this.heading)} ${this.#dateTemplate()}
      ${this.byline ? html`<p part="byline" class="byline">${this.byline}</p>` : nothing}
      <div class="description"><slot></slot></div>
    </div>`;
  }
}
