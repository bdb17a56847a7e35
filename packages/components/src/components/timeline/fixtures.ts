// The timeline's states, shared by its stories and tests: each is the
// parameters a server gives the macro, and the tests build the same timeline
// from <civic-timeline-event> data children to prove the two are the same DOM.
import type { TimelineParams } from './markup.js';

export const HISTORY: TimelineParams = {
  events: [
    {
      heading: 'Decision made',
      // 4pm in UTC is 5pm in London in October (British Summer Time).
      date: '2026-10-10T16:00:00Z',
      byline: 'by Licensing team',
      description: 'Your licence has been approved.',
    },
    {
      heading: 'Documents checked',
      date: '2026-10-03T11:00:00Z',
      byline: 'by Licensing team',
      description: 'Your documents are complete. We will make a decision within 10 working days.',
    },
    {
      heading: 'Application received',
      date: '2026-10-01T08:30:00Z',
      description: 'We sent a confirmation email to the address you gave us.',
    },
  ],
};

export const OLDEST_FIRST: TimelineParams = {
  order: 'oldest-first',
  headingLevel: 2,
  label: 'History of your application',
  events: [
    { heading: 'Application received', date: '2026-12-01T00:00:00Z' },
    { heading: 'Documents checked', date: '2026-12-01T17:30:00Z' },
    { heading: 'Decision made', date: '2026-12-04' },
  ],
};

export const NOT_ISO: TimelineParams = {
  events: [
    { heading: 'Decision expected', date: 'Early next week', byline: 'by Licensing team' },
    { heading: 'Application received', date: '2026-10-01' },
  ],
};

export const WELSH: TimelineParams = {
  lang: 'cy',
  events: [
    { heading: 'Penderfyniad', date: '2026-10-10T11:00:00Z', byline: 'gan y tîm trwyddedu' },
    {
      heading: 'Wedi derbyn y cais',
      date: '2026-10-01T08:30:00Z',
      description: 'Rydym wedi anfon e-bost cadarnhau.',
    },
  ],
};

/** A description with a link: the server's HTML only (a data child carries text). */
export const WITH_LINK: TimelineParams = {
  events: [
    {
      heading: 'Decision made',
      date: '2026-10-10T16:00:00Z',
      byline: 'by Licensing team',
      descriptionHtml:
        'Your licence has been approved. <a href="#licence">Download your licence (PDF, 120KB)</a>',
    },
    { heading: 'Application received', date: '2026-10-01' },
  ],
};

/** Every state a story shows that both ways of writing can give, by name. */
export const TIMELINE_STATES: Readonly<Record<string, TimelineParams>> = {
  'newest first': HISTORY,
  'oldest first, named, at level 2': OLDEST_FIRST,
  'dates as written': NOT_ISO,
  Welsh: WELSH,
};
