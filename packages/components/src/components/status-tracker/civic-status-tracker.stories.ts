import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { timelineMarkup } from '../timeline/markup.js';
import '../timeline/define.js';
import { ALL_COMPLETED, NEEDS_ACTION, NOT_STARTED, PERMIT, WELSH } from './fixtures.js';
import { STAGE_STATES, statusTrackerMarkup, type StatusTrackerParams } from './markup.js';
import './define.js';

// Each story is the HTML a server writes (the source panel shows it, ready to
// copy into a template in any language); the element adopts it as it is.
const meta = {
  title: 'Components/Status tracker',
  component: 'civic-status-tracker',
  subcomponents: { 'civic-stage': 'civic-stage' },
  args: PERMIT,
  argTypes: {
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: { docs: { source: { language: 'html' } } },
  render: (args) => toHtml(statusTrackerMarkup(args)),
} satisfies Meta<StatusTrackerParams>;

export default meta;
type Story = StoryObj<StatusTrackerParams>;

const text = (element: Element | null) => element?.textContent ?? '';

export const Default: Story = {
  play: async ({ canvasElement }) => {
    // Whole strings: the heading holds the stage's name, never its description.
    await expect(text(canvasElement.querySelector('.civic-status-tracker__heading'))).toBe(
      'Stage 2 of 4: Checking your documents',
    );
    const current = canvasElement.querySelector('[aria-current="step"]');
    await expect(text(current?.querySelector('.civic-status-tracker__name') ?? null)).toBe(
      'Checking your documents',
    );
    await expect(text(current?.querySelector('.civic-status-tracker__state') ?? null)).toBe(
      'Current stage',
    );
    await expect(canvasElement.querySelector('ol')).toHaveAccessibleName('Progress');
  },
};

/** A stage that needs action from the applicant, with the reason. */
export const NeedsAction: Story = { args: NEEDS_ACTION };

export const EveryStageCompleted: Story = { args: ALL_COMPLETED };

export const NothingStarted: Story = { args: NOT_STARTED };

/** A server can give a description as HTML it trusts, such as a link to act on. */
export const WithALinkInTheDescription: Story = {
  name: 'With a link in the description (server HTML)',
  args: {
    showHeading: true,
    stages: [
      { heading: 'Received', state: 'completed', date: '1 October 2026' },
      {
        heading: 'Checking your documents',
        state: 'stopped',
        reason: 'We need a copy of your lease.',
        descriptionHtml: '<a href="#upload">Upload your lease</a> to continue.',
      },
      { heading: 'Decision made', state: 'upcoming' },
    ],
  },
};

/** In a narrow column the tracker is vertical, whatever the screen size. */
export const NarrowContainer: Story = {
  args: { stages: PERMIT.stages },
  render: (args) =>
    `<div style="max-inline-size: 20rem">${toHtml(statusTrackerMarkup(args))}</div>`,
};

export const Welsh: Story = {
  name: 'Cymraeg',
  args: WELSH,
  render: (args) => `<div lang="cy">${toHtml(statusTrackerMarkup(args))}</div>`,
  play: async ({ canvasElement }) => {
    await expect(text(canvasElement.querySelector('.civic-status-tracker__heading'))).toBe(
      'Cam 2 o 3: Gwirio eich dogfennau',
    );
  },
};

/** The same tracker from attributes and data children, as a framework writes it. */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  argTypes: { stages: { table: { disable: true } } },
  render: () => html`
    <civic-status-tracker show-heading>
      <civic-stage state="completed" date="1 October 2026">Received</civic-stage>
      <civic-stage state="current" description="This usually takes 5 working days."
        >Checking your documents</civic-stage
      >
      <civic-stage state="upcoming">Decision made</civic-stage>
      <civic-stage state="upcoming">Permit issued</civic-stage>
    </civic-status-tracker>
  `,
  play: async ({ canvasElement }) => {
    await expect(text(canvasElement.querySelector('.civic-status-tracker__heading'))).toBe(
      'Stage 2 of 4: Checking your documents',
    );
    const stages = [...canvasElement.querySelectorAll('.civic-status-tracker__state')];
    await expect(stages.map(text)).toEqual([
      'Completed',
      'Current stage',
      'Not started',
      'Not started',
    ]);
  },
};

/** Every state side by side: completed, stopped, current and upcoming. */
export const EveryState: Story = {
  args: {
    stages: STAGE_STATES.map((state) => ({ heading: `A stage that is ${state}`, state })),
  },
};

/** Pattern: where an application is, then its history: the HTML a server writes for the page. */
export const TrackYourApplication: Story = {
  name: 'Pattern: track your application',
  argTypes: { stages: { table: { disable: true } } },
  render: () =>
    [
      '<h1 style="font-family: var(--civic-font-family)">Your parking permit application</h1>',
      '<p style="font-family: var(--civic-font-family)">Reference HDJ2123F</p>',
      toHtml(
        statusTrackerMarkup({
          showHeading: true,
          stages: [
            { heading: 'Received', state: 'completed', date: '1 October 2026' },
            { heading: 'Checking your documents', state: 'completed', date: '3 October 2026' },
            {
              heading: 'Decision made',
              state: 'current',
              description: 'We will make a decision by 17 October 2026.',
            },
            { heading: 'Permit issued', state: 'upcoming' },
          ],
        }),
      ),
      '<h2 style="font-family: var(--civic-font-family)">History</h2>',
      toHtml(
        timelineMarkup({
          events: [
            {
              heading: 'Documents checked',
              date: '2026-10-03T14:30:00Z',
              byline: 'by Parking team',
              description:
                'Your documents are complete. We will make a decision within 10 working days.',
            },
            {
              heading: 'Application received',
              date: '2026-10-01T09:12:00Z',
              description: 'We sent a confirmation email to the address you gave us.',
            },
          ],
        }),
      ),
    ].join('\n'),
  play: async ({ canvasElement }) => {
    await expect(text(canvasElement.querySelector('civic-status-tracker h2'))).toBe(
      'Stage 3 of 4: Decision made',
    );
    await expect(text(canvasElement.querySelector('civic-timeline time'))).toBe(
      '3 October 2026 at 3:30pm',
    );
  },
};

export const TrackYourApplicationInWelsh: Story = {
  name: 'Pattern: track your application (Cymraeg)',
  argTypes: { stages: { table: { disable: true } } },
  render: () =>
    [
      '<div lang="cy">',
      '<h1 style="font-family: var(--civic-font-family)">Eich cais am drwydded barcio</h1>',
      toHtml(
        statusTrackerMarkup({
          lang: 'cy',
          showHeading: true,
          stages: [
            { heading: 'Wedi derbyn', state: 'completed', date: '1 Hydref 2026' },
            { heading: 'Gwirio eich dogfennau', state: 'current' },
            { heading: 'Penderfyniad', state: 'upcoming' },
          ],
        }),
      ),
      '<h2 style="font-family: var(--civic-font-family)">Hanes</h2>',
      toHtml(
        timelineMarkup({
          lang: 'cy',
          events: [
            {
              heading: 'Wedi derbyn y cais',
              date: '2026-10-01T09:12:00Z',
              description: 'Rydym wedi anfon e-bost cadarnhau.',
            },
          ],
        }),
      ),
      '</div>',
    ].join('\n'),
  play: async ({ canvasElement }) => {
    await expect(text(canvasElement.querySelector('civic-status-tracker h2'))).toBe(
      'Cam 2 o 3: Gwirio eich dogfennau',
    );
    await expect(text(canvasElement.querySelector('civic-timeline time'))).toBe(
      '1 Hydref 2026 am 10:12am',
    );
  },
};
