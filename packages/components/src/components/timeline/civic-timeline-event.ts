import { CivicContentElement } from '../../core/content-element.js';
import { CivicDataElement } from '../../core/data-element.js';
import { reflectText } from '../../core/text-attribute.js';
import { timelineHeadingLevel } from './markup.js';

const PROPERTIES = ['heading', 'date', 'byline', 'headingLevel'] as const;

/**
 * One dated event in a `<civic-timeline>`: what happened, when, who did it and
 * what it means. It is data, like an `<option>`: the timeline reads it and
 * builds the event into its list, and the element itself is never shown. Its
 * text is the event's description, as plain text; a description with links is
 * written by a server (`descriptionHtml`).
 *
 * @tagname civic-timeline-event
 * @summary A dated event in a case's history: what happened, when, by whom, and what it means.
 *
 * @attr {string} heading - What happened, such as "Documents checked".
 * @attr {string} date - When: an ISO 8601 date or date-time ("2026-10-03T14:30:00Z"), shown in UK time ("3 October 2026 at 3:30pm"); any other text is shown as written.
 * @attr {string} byline - Who did it, such as "by Licensing team".
 * @attr {number} heading-level - Heading level (1–6) of this event's title, instead of the timeline's.
 *
 * @slot - The description, as plain text.
 */
export class CivicTimelineEvent extends CivicDataElement {
  // A framework may set these before the element is defined.
  protected static override upgradedProperties = PROPERTIES;
  protected readonly holderName = '<civic-timeline>';

  protected isHolder(parent: Element): boolean {
    return parent instanceof CivicContentElement;
  }

  /** What happened, such as "Documents checked". */
  get heading(): string {
    return this.getAttribute('heading') ?? '';
  }
  set heading(value: string | null | undefined) {
    reflectText(this, 'heading', value, '<civic-timeline-event> heading');
  }

  /** When: an ISO 8601 date or date-time, or any text shown as written. */
  get date(): string {
    return this.getAttribute('date') ?? '';
  }
  set date(value: string | null | undefined) {
    reflectText(this, 'date', value, '<civic-timeline-event> date');
  }

  /** Who did it, such as "by Licensing team". */
  get byline(): string {
    return this.getAttribute('byline') ?? '';
  }
  set byline(value: string | null | undefined) {
    reflectText(this, 'byline', value, '<civic-timeline-event> byline');
  }

  /** Heading level (1–6) of this event's title; without one, the timeline's (default 3). */
  get headingLevel(): number | undefined {
    const level = this.getAttribute('heading-level');
    return level === null ? undefined : timelineHeadingLevel(level);
  }
  set headingLevel(value: number | string | null | undefined) {
    reflectText(this, 'heading-level', value, '<civic-timeline-event> headingLevel');
  }
}
