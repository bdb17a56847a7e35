// Registering entry for the timeline: `import '@civic-design/components/timeline.js'`
// defines <civic-timeline> and <civic-timeline-event>.
import { defineElement } from '../../core/define-element.js';
import { CivicTimeline } from './civic-timeline.js';
import { CivicTimelineEvent } from './civic-timeline-event.js';

// Data children first, so a timeline already in the page reads upgraded events.
defineElement('civic-timeline-event', CivicTimelineEvent);
defineElement('civic-timeline', CivicTimeline);

export { CivicTimeline, CivicTimelineEvent };
export type { TimelineEventParams, TimelineOrder, TimelineParams } from './markup.js';

declare global {
  interface HTMLElementTagNameMap {
    'civic-timeline': CivicTimeline;
    'civic-timeline-event': CivicTimelineEvent;
  }
}
