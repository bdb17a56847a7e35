// Registering entry for the timeline: `import '@civic-design/components/timeline.js'`
// defines <civic-timeline> and <civic-timeline-event>.
import { defineElement } from '../../core/define-element.js';
import { CivicTimeline } from './civic-timeline.js';
import { CivicTimelineEvent } from './civic-timeline-event.js';

defineElement('civic-timeline', CivicTimeline);
defineElement('civic-timeline-event', CivicTimelineEvent);

export { CivicTimeline, CivicTimelineEvent };
export type { TimelineOrder } from './civic-timeline.js';

declare global {
  interface HTMLElementTagNameMap {
    'civic-timeline': CivicTimeline;
    'civic-timeline-event': CivicTimelineEvent;
  }
}
