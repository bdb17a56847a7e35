// English and Welsh text of the status tracker; override with registerMessages().
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', {
  'stage.state.completed': 'Completed',
  'stage.state.current': 'Current stage',
  'stage.state.upcoming': 'Not started',
  'stage.state.stopped': 'Needs action',
  'status-tracker.heading': 'Stage {position} of {count}: {title}',
  'status-tracker.label': 'Progress',
});

registerMessages('cy', {
  'stage.state.completed': 'Wedi cwblhau',
  'stage.state.current': 'Cam presennol',
  'stage.state.upcoming': 'Heb ddechrau',
  'stage.state.stopped': 'Angen gweithredu',
  'status-tracker.heading': 'Cam {position} o {count}: {title}',
  'status-tracker.label': 'Cynnydd',
});
