// The task list's story states, shared by the stories and the tests: each is
// the markup's parameters, which a server passes to the macro and which the
// attribute way of authoring writes as <civic-task> children.
import type { TaskListParams } from './markup.js';

/** Every status once, with a hint, a custom status and the summary. */
export const everyStatus: TaskListParams = {
  id: 'vehicle-licence',
  showSummary: true,
  tasks: [
    { text: 'Your details', href: '#details', status: 'completed' },
    {
      text: 'Vehicle',
      href: '#vehicle',
      status: 'in-progress',
      hint: 'Make, model and registration',
    },
    { text: 'Documents', href: '#documents', status: 'not-started' },
    { text: 'Emergency contacts', href: '#contacts', status: 'incomplete' },
    { text: 'Pay', href: '#pay', status: 'cannot-start' },
    {
      text: 'Review by the council',
      href: '#review',
      status: 'in-progress',
      statusText: 'Waiting for us',
      tagColor: 'yellow',
    },
  ],
};

/** One task. */
export const singleTask: TaskListParams = {
  tasks: [{ text: 'Your details', href: '#details', status: 'in-progress' }],
};

/** A task that cannot start yet, with a hint: no link; name, hint and status in one item. */
export const cannotStart: TaskListParams = {
  tasks: [
    { text: 'Check your answers', href: '#check', status: 'completed' },
    {
      text: 'Pay the fee',
      href: '#pay',
      status: 'cannot-start',
      hint: 'You can pay once you have checked your answers',
    },
  ],
};

/** The "complete multiple tasks" pattern: numbered sections, with a summary counting tasks. */
export const licenceApplication: TaskListParams = {
  showSummary: true,
  sections: [
    {
      heading: 'Check before you start',
      tasks: [{ text: 'Check you can apply', href: '#eligibility', status: 'completed' }],
    },
    {
      heading: 'Prepare your application',
      tasks: [
        {
          text: 'Premises',
          href: '#premises',
          status: 'completed',
          hint: 'Address and opening hours',
        },
        { text: 'Licence holder', href: '#licence-holder', status: 'in-progress' },
        {
          text: 'Premises plan',
          href: '#plan',
          status: 'not-started',
          hint: 'A drawing of the layout',
        },
      ],
    },
    {
      heading: 'Apply',
      tasks: [
        { text: 'Declaration', href: '#declaration', status: 'cannot-start' },
        { text: 'Pay the fee', href: '#fee', status: 'cannot-start' },
      ],
    },
  ],
};

/** The same application, its summary counting sections (with its own id, for a page showing both). */
export const countingSections: TaskListParams = {
  ...licenceApplication,
  id: 'licence-by-section',
  summaryCounts: 'sections',
};

/** The same application in Welsh: statuses and the summary in the page's language. */
export const licenceApplicationInWelsh: TaskListParams = {
  showSummary: true,
  lang: 'cy',
  sections: [
    {
      heading: 'Gwirio cyn i chi ddechrau',
      tasks: [{ text: 'Gwirio y gallwch wneud cais', href: '#cymhwysedd', status: 'completed' }],
    },
    {
      heading: 'Paratoi eich cais',
      tasks: [
        { text: 'Safle', href: '#safle', status: 'completed' },
        { text: 'Deiliad y drwydded', href: '#deiliad', status: 'in-progress' },
        { text: 'Cynllun y safle', href: '#cynllun', status: 'not-started' },
      ],
    },
    {
      heading: 'Gwneud cais',
      tasks: [
        { text: 'Datganiad', href: '#datganiad', status: 'cannot-start' },
        { text: "Talu'r ffi", href: '#ffi', status: 'cannot-start' },
      ],
    },
  ],
};

/** Every story state, by name, for the tests. */
export const STORY_STATES: Readonly<Record<string, TaskListParams>> = {
  'every status': everyStatus,
  'one task': singleTask,
  'a task that cannot start yet': cannotStart,
  'numbered sections': licenceApplication,
  'summary counting sections': countingSections,
  'in Welsh': licenceApplicationInWelsh,
};
