import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { warnOnce } from '../../core/warn.js';
import { timelineStyles } from './timeline.styles.js';

export type TimelineOrder = 'newest-first' | 'oldest-first';

/**
 * A case's history as a list of dated events, newest first by default.
 *
 * The timeline never reorders its events (that would fight the framework that
 * rendered them); it warns when ISO-dated events are out of the declared order.
 *
 * @tagname civic-timeline
 * @summary A case's history: dated events, newest first.
 *
 * @slot - `<civic-timeline-event>` elements, in the declared order.
 *
 * @csspart list - The list of events.
 */
export class CivicTimeline extends LitElement {
  static override styles = timelineStyles;

  /** The order the events are written in: `newest-first` (default) or `oldest-first`. */
  @property({ reflect: true }) order: TimelineOrder = 'newest-first';

  override firstUpdated(): void {
    const times = [...this.children]
      .filter((child) => child.localName === 'civic-timeline-event')
      .map((event) => Date.parse(event.getAttribute('date') ?? ''))
      .filter((time) => !Number.isNaN(time));
    const newestFirst = this.order !== 'oldest-first';
    const outOfOrder = times.some((time, index) =>
      index === 0 ? false : newestFirst ? time > times[index - 1] : time < times[index - 1],
    );
    if (outOfOrder) {
      warnOnce(
        `<civic-timeline order="${this.order}"> has events out of that order. ` +
          'Write them in order, or set order="oldest-first" if they run forwards in time.',
      );
    }
  }

  override render() {
    return html`<div part="list" class="list" role="list"><slot></slot></div>`;
  }
}
