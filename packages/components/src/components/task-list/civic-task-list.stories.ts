import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import type { TaskStatus } from './civic-task.js';
import type { CivicTask } from './define.js';
import './define.js';

interface TaskArgs {
  title: string;
  status: TaskStatus;
  hint: string;
  href: string;
  statusText: string;
}

const meta = {
  title: 'Components/Task list',
  component: 'civic-task-list',
  subcomponents: { 'civic-task-section': 'civic-task-section', 'civic-task': 'civic-task' },
  args: {
    title: 'Your details',
    status: 'in-progress',
    hint: '',
    href: '#details',
    statusText: '',
  },
  argTypes: {
    title: { control: 'text', description: 'The task title (default slot of civic-task).' },
    status: {
      control: 'select',
      options: ['completed', 'in-progress', 'not-started', 'incomplete', 'cannot-start'],
    },
  },
  render: (args) => html`
    <civic-task-list>
      <civic-task
        href=${args.href}
        status=${args.status}
        hint=${ifDefined(args.hint || undefined)}
        status-text=${ifDefined(args.statusText || undefined)}
        >${args.title}</civic-task
      >
    </civic-task-list>
  `,
} satisfies Meta<TaskArgs>;

export default meta;
type Story = StoryObj<TaskArgs>;

/** One task; change its status in the controls. */
export const SingleTask: Story = {};

/** Every status, with hints. */
export const EveryStatus: Story = {
  render: () => html`
    <civic-task-list show-summary>
      <civic-task href="#details" status="completed">Your details</civic-task>
      <civic-task href="#vehicle" status="in-progress" hint="Make, model and registration"
        >Vehicle</civic-task
      >
      <civic-task href="#documents" status="not-started">Documents</civic-task>
      <civic-task href="#contacts" status="incomplete">Emergency contacts</civic-task>
      <civic-task href="#pay" status="cannot-start">Pay</civic-task>
      <civic-task
        href="#review"
        status="in-progress"
        status-text="Waiting for us"
        tag-color="yellow"
        >Review by the council</civic-task
      >
    </civic-task-list>
  `,
  play: async ({ canvasElement }) => {
    const pay = canvasElement.querySelector<CivicTask>('civic-task[status="cannot-start"]')!;
    await expect(pay.shadowRoot!.querySelector('a')).toBeNull();
    const details = canvasElement.querySelector<CivicTask>('civic-task[status="completed"]')!;
    await expect(details.shadowRoot!.querySelector('a')).toHaveAccessibleDescription('Completed');
  },
};

const licenceApplication = () => html`
  <civic-task-list show-summary>
    <civic-task-section heading="Check before you start">
      <civic-task href="#eligibility" status="completed">Check you can apply</civic-task>
    </civic-task-section>
    <civic-task-section heading="Prepare your application">
      <civic-task href="#premises" status="completed" hint="Address and opening hours"
        >Premises</civic-task
      >
      <civic-task href="#licence-holder" status="in-progress">Licence holder</civic-task>
      <civic-task href="#plan" status="not-started" hint="A drawing of the layout"
        >Premises plan</civic-task
      >
    </civic-task-section>
    <civic-task-section heading="Apply">
      <civic-task href="#declaration" status="cannot-start">Declaration</civic-task>
      <civic-task href="#pay" status="cannot-start">Pay the fee</civic-task>
    </civic-task-section>
  </civic-task-list>
`;

/** Pattern: a long application in numbered sections, with a summary. */
export const ApplyForALicence: Story = {
  name: 'Pattern: apply for a licence',
  render: () => html`
    <h1 style="font-family: var(--civic-font-family);">Apply for a premises licence</h1>
    ${licenceApplication()}
  `,
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('civic-task-list')!;
    await expect(list.shadowRoot!.querySelector('.summary')).toHaveTextContent(
      'You have completed 2 of 6 sections',
    );
  },
};

/** The same page in Welsh: statuses and the summary follow the page's `lang`. */
export const ApplyForALicenceInWelsh: Story = {
  name: 'Pattern: apply for a licence (Cymraeg)',
  render: () => html`
    <div lang="cy">
      <h1 style="font-family: var(--civic-font-family);">Gwneud cais am drwydded safle</h1>
      <civic-task-list show-summary>
        <civic-task-section heading="Gwirio cyn i chi ddechrau">
          <civic-task href="#eligibility" status="completed"
            >Gwirio y gallwch wneud cais</civic-task
          >
        </civic-task-section>
        <civic-task-section heading="Paratoi eich cais">
          <civic-task href="#premises" status="completed">Safle</civic-task>
          <civic-task href="#licence-holder" status="in-progress">Deiliad y drwydded</civic-task>
          <civic-task href="#plan" status="not-started">Cynllun y safle</civic-task>
        </civic-task-section>
        <civic-task-section heading="Gwneud cais">
          <civic-task href="#declaration" status="cannot-start">Datganiad</civic-task>
          <civic-task href="#pay" status="cannot-start">Talu'r ffi</civic-task>
        </civic-task-section>
      </civic-task-list>
    </div>
  `,
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('civic-task-list')!;
    await expect(list.shadowRoot!.querySelector('.summary')).toHaveTextContent(
      'Rydych wedi cwblhau 2 o 6 adran',
    );
  },
};
