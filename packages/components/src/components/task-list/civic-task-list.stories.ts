import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import type { CivicTask } from './define.js';
import {
  cannotStart,
  countingSections,
  everyStatus,
  licenceApplication,
  licenceApplicationInWelsh,
  singleTask,
} from './fixtures.js';
import { taskListMarkup, type TaskListParams } from './markup.js';
import './define.js';

// Each story is the HTML a server writes (the source panel shows it, ready to
// copy into a template in any language); the element adopts it as it is. The
// last story builds the same list from <civic-task> children.

const meta = {
  title: 'Components/Task list',
  component: 'civic-task-list',
  subcomponents: { 'civic-task-section': 'civic-task-section', 'civic-task': 'civic-task' },
  args: everyStatus,
  argTypes: {
    summaryCounts: { control: 'inline-radio', options: ['tasks', 'sections'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) => toHtml(taskListMarkup(args)),
} satisfies Meta<TaskListParams>;

export default meta;
type Story = StoryObj<TaskListParams>;

function linkNamed(canvasElement: HTMLElement, name: string): HTMLAnchorElement {
  const link = [...canvasElement.querySelectorAll('a')].find((a) => a.textContent === name);
  if (link === undefined) throw new Error(`no link "${name}"`);
  return link;
}

/** Every status once, with a hint, your own status wording and the summary. Change the tasks in the controls. */
export const EveryStatus: Story = {
  name: 'Every status',
  play: async ({ canvasElement }) => {
    await expect(linkNamed(canvasElement, 'Your details')).toHaveAccessibleDescription('Completed');
    await expect(linkNamed(canvasElement, 'Vehicle')).toHaveAccessibleDescription(
      'Make, model and registration In progress',
    );
    await expect(canvasElement.querySelector('.civic-task-list__summary')).toHaveTextContent(
      'You have completed 1 of 6 tasks',
    );
  },
};

export const SingleTask: Story = {
  name: 'One task',
  args: singleTask,
};

/** A task that cannot start yet has no link: its name, hint and status are read in turn, in one list item. */
export const CannotStartYet: Story = {
  name: 'A task that cannot start yet',
  args: cannotStart,
  play: async ({ canvasElement }) => {
    const item = canvasElement.querySelectorAll('.civic-task-list__item')[1];
    await expect(item.querySelector('a')).toBeNull();
    const parts = item.querySelectorAll(
      '.civic-task-list__name, .civic-task-list__hint, .civic-task-list__status',
    );
    await expect([...parts].map((part) => part.textContent)).toEqual([
      'Pay the fee',
      'You can pay once you have checked your answers',
      'Cannot start yet',
    ]);
  },
};

/** Pattern: a long application in numbered sections, with a summary that counts tasks. */
export const ApplyForALicence: Story = {
  name: 'Pattern: apply for a licence',
  args: licenceApplication,
  render: (args) =>
    `<div class="story-page">\n<h1>Apply for a premises licence</h1>\n${toHtml(taskListMarkup(args))}\n</div>`,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.civic-task-list__summary')).toHaveTextContent(
      'You have completed 2 of 6 tasks',
    );
    await expect(canvasElement.querySelector('h2')).toHaveTextContent('1. Check before you start');
  },
};

/** The same application, its summary counting sections: a section is completed when all its tasks are. */
export const CountingSections: Story = {
  name: 'Summary counting sections',
  args: countingSections,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.civic-task-list__summary')).toHaveTextContent(
      'You have completed 1 of 3 sections',
    );
  },
};

/** The same page in Welsh: a server passes `lang: 'cy'`; the statuses and the summary (with its Welsh plural) follow. */
export const ApplyForALicenceInWelsh: Story = {
  name: 'Pattern: apply for a licence (Cymraeg)',
  args: licenceApplicationInWelsh,
  render: (args) =>
    `<div class="story-page" lang="cy">\n<h1>Gwneud cais am drwydded safle</h1>\n${toHtml(taskListMarkup(args))}\n</div>`,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.civic-task-list__summary')).toHaveTextContent(
      'Rydych wedi cwblhau 2 o 6 thasg',
    );
  },
};

/**
 * The attribute way of authoring, for JavaScript frameworks: `<civic-task>`
 * children are data, and the list builds the same HTML from them, again
 * whenever a status, a task or its text changes.
 */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: () => html`
    <civic-task-list id="built-licence" show-summary>
      <civic-task-section heading="Check before you start">
        <civic-task href="#built-eligibility" status="completed">Check you can apply</civic-task>
      </civic-task-section>
      <civic-task-section heading="Prepare your application">
        <civic-task href="#built-premises" status="completed" hint="Address and opening hours"
          >Premises</civic-task
        >
        <civic-task href="#built-holder" status="in-progress">Licence holder</civic-task>
      </civic-task-section>
      <civic-task-section heading="Apply">
        <civic-task href="#built-pay" status="cannot-start">Pay the fee</civic-task>
      </civic-task-section>
    </civic-task-list>
  `,
  play: async ({ canvasElement }) => {
    const summary = () => canvasElement.querySelector('.civic-task-list__summary');
    await expect(summary()).toHaveTextContent('You have completed 2 of 4 tasks');
    const holder = canvasElement.querySelector<CivicTask>('civic-task[href="#built-holder"]')!;
    holder.status = 'completed';
    await waitFor(() => expect(summary()).toHaveTextContent('You have completed 3 of 4 tasks'));
    await expect(linkNamed(canvasElement, 'Licence holder')).toHaveAccessibleDescription(
      'Completed',
    );
  },
};
