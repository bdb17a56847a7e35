// The status tracker's states, shared by its stories and tests: each is the
// parameters a server gives the macro, and the tests build the same tracker
// from <civic-stage> data children to prove the two are the same DOM.
import type { StatusTrackerParams } from './markup.js';

export const PERMIT: StatusTrackerParams = {
  showHeading: true,
  stages: [
    { heading: 'Received', state: 'completed', date: '1 October 2026' },
    {
      heading: 'Checking your documents',
      state: 'current',
      description: 'This usually takes 5 working days.',
    },
    { heading: 'Decision made', state: 'upcoming' },
    { heading: 'Permit issued', state: 'upcoming' },
  ],
};

export const NEEDS_ACTION: StatusTrackerParams = {
  showHeading: true,
  stages: [
    { heading: 'Received', state: 'completed', date: '1 October 2026' },
    {
      heading: 'Checking your documents',
      state: 'stopped',
      reason: 'We need a copy of your lease. Upload it to continue.',
    },
    { heading: 'Decision made', state: 'upcoming' },
  ],
};

export const ALL_COMPLETED: StatusTrackerParams = {
  showHeading: true,
  label: 'Progress of your parking permit application',
  stages: [
    { heading: 'Received', state: 'completed', date: '1 October 2026' },
    { heading: 'Checking your documents', state: 'completed', date: '3 October 2026' },
    { heading: 'Decision made', state: 'completed', date: '10 October 2026' },
    { heading: 'Permit issued', state: 'completed', date: '11 October 2026' },
  ],
};

export const NOT_STARTED: StatusTrackerParams = {
  stages: [
    { heading: 'Received', state: 'upcoming' },
    { heading: 'Checking your documents', state: 'upcoming' },
    { heading: 'Decision made', state: 'upcoming' },
  ],
};

export const WELSH: StatusTrackerParams = {
  lang: 'cy',
  showHeading: true,
  stages: [
    { heading: 'Wedi derbyn', state: 'completed', date: '1 Hydref 2026' },
    { heading: 'Gwirio eich dogfennau', state: 'current' },
    { heading: 'Penderfyniad', state: 'upcoming' },
  ],
};

/** Every state a story shows, by name; each is written both ways in the tests. */
export const TRACKER_STATES: Readonly<Record<string, StatusTrackerParams>> = {
  'a stage in progress': PERMIT,
  'a stage that needs action': NEEDS_ACTION,
  'every stage completed': ALL_COMPLETED,
  'nothing started': NOT_STARTED,
  Welsh: WELSH,
};
