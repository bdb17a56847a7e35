import { childrenOfType, CivicContentElement } from '../../core/content-element.js';
import type { MarkupElement } from '../../core/markup.js';
import { collapsedText, reflectText } from '../../core/text-attribute.js';
import { warnOnce } from '../../core/warn.js';
import { CivicTimelineEvent } from './civic-timeline-event.js';
import {
  timelineHeadingLevel,
  timelineMarkup,
  type TimelineEventParams,
  type TimelineOrder,
  type TimelineParams,
} from './markup.js';
import './messages.js';

export type { TimelineEventParams, TimelineOrder, TimelineParams } from './markup.js';

/**
 * The data children, each upgraded first when its class is defined: a page
 * or framework may have set its properties before the definition ran, and the
 * parent upgrades before its children when they reach the page together.
 */
function upgradedChildren<T extends HTMLElement>(
  parent: Element,
  type: CustomElementConstructor & (abstract new (...args: never[]) => T),
): T[] {
  const children = childrenOfType(parent, type);
  for (const child of children) if (!(child instanceof type)) customElements.upgrade(child);
  return children;
}

/** A <civic-timeline-event>'s parameters, from its attributes and text (it may not be upgraded yet). */
function eventOf(event: Element): TimelineEventParams {
  const attribute = (name: string) => event.getAttribute(name) ?? undefined;
  let description = '';
  for (const node of event.childNodes) {
    // Comments (a framework's markers) are not text a person reads.
    if (node instanceof Element || node instanceof Text) description += node.textContent;
  }
  const heading = attribute('heading') ?? '';
  if (event.firstElementChild !== null) {
    warnOnce(
      `<civic-timeline-event heading="${heading.slice(0, 40)}"> holds HTML (such as ` +
        `<${event.firstElementChild.localName}>), which the timeline shows as plain text. ` +
        'Write a description with links in the server’s HTML (descriptionHtml of civicTimeline).',
    );
  }
  return {
    heading,
    date: attribute('date'),
    byline: attribute('byline'),
    description: collapsedText(description),
    headingLevel: attribute('heading-level'),
  };
}

/**
 * A case's history as an ordered list of dated events, newest first by
 * default, each with its title as a heading, who did it, when (in a
 * `<time datetime>`, in UK time: "3 October 2026 at 3:30pm") and what it
 * means, joined by a line with a marker per event.
 *
 * Its content is ordinary HTML in the page: a server writes it (the
 * `civicTimeline` macro, `civicHtml('timeline', …)`), dates formatted, and it
 * reads and looks the same without script; or the element builds the same HTML
 * from its `<civic-timeline-event>` children, and rebuilds it when a framework
 * adds, changes or removes one. It never reorders events (that would fight
 * the framework that wrote them); it warns when ISO-dated events are out of
 * the declared order.
 *
 * @tagname civic-timeline
 * @summary A case's history: dated events in order, newest first.
 *
 * @attr {'newest-first' | 'oldest-first'} order - `newest-first` (the default) or `oldest-first`: the order the events are written in.
 * @attr {number} heading-level - Heading level (1–6) of each event's title; default 3.
 * @attr {string} label - An accessible name for the list, such as "History of your application".
 *
 * @slot - `<civic-timeline-event>` elements, in the declared order: data the timeline reads, never shown themselves.
 */
export class CivicTimeline extends CivicContentElement<TimelineParams> {
  protected static override contentAttributes = ['order', 'heading-level', 'label'];
  protected static override dataChildren = [CivicTimelineEvent];
  protected static override upgradedProperties = ['order', 'headingLevel', 'label'];

  protected readonly partSelector = ':scope > .civic-timeline__list';

  /** `newest-first` (the default) or `oldest-first`. An unknown order reads as `newest-first`. */
  get order(): TimelineOrder {
    const order = this.getAttribute('order');
    return order === 'oldest-first' ? order : 'newest-first';
  }
  set order(value: TimelineOrder | null | undefined) {
    reflectText(this, 'order', value, '<civic-timeline> order');
  }

  /** Heading level (1–6) of each event's title; default 3. Out-of-range values are clamped. */
  get headingLevel(): number {
    return timelineHeadingLevel(this.getAttribute('heading-level'));
  }
  set headingLevel(value: number | string | null | undefined) {
    reflectText(this, 'heading-level', value, '<civic-timeline> headingLevel');
  }

  /** An accessible name for the list; none by default. */
  get label(): string {
    return this.getAttribute('label') ?? '';
  }
  set label(value: string | null | undefined) {
    reflectText(this, 'label', value, '<civic-timeline> label');
  }

  protected paramsFromAttributes(): TimelineParams {
    return {
      events: upgradedChildren(this, CivicTimelineEvent).map(eventOf),
      // Checked by the markup, which warns about an unknown order.
      order: (this.getAttribute('order') ?? undefined) as TimelineOrder | undefined,
      headingLevel: this.getAttribute('heading-level') ?? undefined,
      label: this.getAttribute('label') ?? undefined,
      lang: this.text.language,
    };
  }

  protected markup(params: TimelineParams): MarkupElement {
    return timelineMarkup(params);
  }
}
