// English and Welsh text of the task list. A service can replace any string:
// registerMessages('cy', { 'task.status.completed': '…' }).
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', {
  'task.status.completed': 'Completed',
  'task.status.in-progress': 'In progress',
  'task.status.not-started': 'Not yet started',
  'task.status.incomplete': 'Incomplete',
  'task.status.cannot-start': 'Cannot start yet',
  'task-list.summary': {
    one: 'You have completed {completed} of {count} section',
    other: 'You have completed {completed} of {count} sections',
  },
});

// Welsh nouns stay singular after a number ("5 adran"), so one form serves
// every plural category.
registerMessages('cy', {
  'task.status.completed': 'Wedi cwblhau',
  'task.status.in-progress': 'Ar y gweill',
  'task.status.not-started': 'Heb ddechrau',
  'task.status.incomplete': 'Anghyflawn',
  'task.status.cannot-start': 'Methu dechrau eto',
  'task-list.summary': { other: 'Rydych wedi cwblhau {completed} o {count} adran' },
});
