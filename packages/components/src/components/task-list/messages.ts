// English and Welsh text of the task list. A service can replace any string:
// registerMessages('cy', { 'task.status.completed': '…' }).
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', {
  'task.status.completed': 'Completed',
  'task.status.in-progress': 'In progress',
  'task.status.not-started': 'Not yet started',
  'task.status.incomplete': 'Incomplete',
  'task.status.cannot-start': 'Cannot start yet',
  // The summary says what it counts: tasks, or sections (a section is
  // completed when all its tasks are).
  'task-list.summary.tasks': {
    one: 'You have completed {completed} of {count} task',
    other: 'You have completed {completed} of {count} tasks',
  },
  'task-list.summary.sections': {
    one: 'You have completed {completed} of {count} section',
    other: 'You have completed {completed} of {count} sections',
  },
});

// A Welsh noun after a number stays singular and takes the mutation the
// number causes, as CLDR's Welsh plural categories do: "1 dasg", "2 dasg"
// (soft), "3 tasg", "6 thasg" (aspirate), "5 tasg"; zero takes the plural.
// "Adran" starts with a vowel, so it does not mutate. Not yet reviewed by a
// Welsh translator.
registerMessages('cy', {
  'task.status.completed': 'Wedi cwblhau',
  'task.status.in-progress': 'Ar y gweill',
  'task.status.not-started': 'Heb ddechrau',
  'task.status.incomplete': 'Anghyflawn',
  'task.status.cannot-start': 'Methu dechrau eto',
  'task-list.summary.tasks': {
    zero: 'Rydych wedi cwblhau {completed} o {count} tasgau',
    one: 'Rydych wedi cwblhau {completed} o {count} dasg',
    two: 'Rydych wedi cwblhau {completed} o {count} dasg',
    few: 'Rydych wedi cwblhau {completed} o {count} tasg',
    many: 'Rydych wedi cwblhau {completed} o {count} thasg',
    other: 'Rydych wedi cwblhau {completed} o {count} tasg',
  },
  'task-list.summary.sections': {
    zero: 'Rydych wedi cwblhau {completed} o {count} adrannau',
    other: 'Rydych wedi cwblhau {completed} o {count} adran',
  },
});
