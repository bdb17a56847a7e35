import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../notification-banner/define.js';
import '../timeline/define.js';
import './define.js';

const meta = {
  title: 'Components/Status tracker',
  component: 'civic-status-tracker',
  subcomponents: { 'civic-stage': 'civic-stage' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = {
  render: () => html`
    <civic-status-tracker show-heading>
      <civic-stage state="completed" date="1 October 2026">Received</civic-stage>
      <civic-stage state="current"
        >Checking your documents<span slot="description"
          >This usually takes 5 working days.</span
        ></civic-stage
      >
      <civic-stage state="upcoming">Decision made</civic-stage>
      <civic-stage state="upcoming">Permit issued</civic-stage>
    </civic-status-tracker>
  `,
  play: async ({ canvasElement }) => {
    const tracker = canvasElement.querySelector('civic-status-tracker')!;
    await expect(tracker.shadowRoot!.querySelector('h2')).toHaveTextContent(
      'Stage 2 of 4: Checking your documents',
    );
    await expect(canvasElement.querySelector('civic-stage[state="current"]')).toHaveAttribute(
      'aria-current',
      'step',
    );
  },
};

/** A stage that needs action from the applicant, with the reason. */
export const NeedsAction: Story = {
  render: () => html`
    <civic-status-tracker show-heading>
      <civic-stage state="completed" date="1 October 2026">Received</civic-stage>
      <civic-stage state="stopped" reason="We need a copy of your lease. Upload it to continue."
        >Checking your documents</civic-stage
      >
      <civic-stage state="upcoming">Decision made</civic-stage>
    </civic-status-tracker>
  `,
};

/** In a narrow column the tracker is vertical, whatever the screen size. */
export const NarrowContainer: Story = {
  render: () => html`
    <div style="max-inline-size: 20rem;">
      <civic-status-tracker>
        <civic-stage state="completed">Received</civic-stage>
        <civic-stage state="current">Checking your documents</civic-stage>
        <civic-stage state="upcoming">Decision made</civic-stage>
      </civic-status-tracker>
    </div>
  `,
};

/** Pattern: where an application is, what the applicant must know, and its history. */
export const TrackYourApplication: Story = {
  name: 'Pattern: track your application',
  render: () => html`
    <h1 style="font-family: var(--civic-font-family);">Your parking permit application</h1>
    <p style="font-family: var(--civic-font-family);">Reference HDJ2123F</p>
    <civic-notification-banner>
      <p slot="heading">We will make a decision by 17 October 2026.</p>
      <p>We will email you when we have made it.</p>
    </civic-notification-banner>
    <civic-status-tracker show-heading>
      <civic-stage state="completed" date="1 October 2026">Received</civic-stage>
      <civic-stage state="completed" date="3 October 2026">Checking your documents</civic-stage>
      <civic-stage state="current">Decision made</civic-stage>
      <civic-stage state="upcoming">Permit issued</civic-stage>
    </civic-status-tracker>
    <h2 style="font-family: var(--civic-font-family);">History</h2>
    <civic-timeline>
      <civic-timeline-event
        heading="Documents checked"
        date="2026-10-03T14:30:00Z"
        byline="by Parking team"
        >Your documents are complete. We will make a decision within 10 working
        days.</civic-timeline-event
      >
      <civic-timeline-event heading="Application received" date="2026-10-01T09:12:00Z"
        >We sent a confirmation email to the address you gave us.</civic-timeline-event
      >
    </civic-timeline>
  `,
  play: async ({ canvasElement }) => {
    const event = canvasElement.querySelector('civic-timeline-event')!;
    await expect(event.shadowRoot!.querySelector('time')).toHaveTextContent(
      '3 October 2026 at 15:30',
    );
    const banner = canvasElement.querySelector('civic-notification-banner')!;
    await expect(banner.shadowRoot!.querySelector('[role="region"]')).toHaveAccessibleName(
      'Important',
    );
  },
};

export const TrackYourApplicationInWelsh: Story = {
  name: 'Pattern: track your application (Cymraeg)',
  render: () => html`
    <div lang="cy">
      <h1 style="font-family: var(--civic-font-family);">Eich cais am drwydded barcio</h1>
      <civic-notification-banner>
        <p slot="heading">Byddwn yn gwneud penderfyniad erbyn 17 Hydref 2026.</p>
      </civic-notification-banner>
      <civic-status-tracker show-heading>
        <civic-stage state="completed" date="1 Hydref 2026">Wedi derbyn</civic-stage>
        <civic-stage state="current">Gwirio eich dogfennau</civic-stage>
        <civic-stage state="upcoming">Penderfyniad</civic-stage>
      </civic-status-tracker>
      <h2 style="font-family: var(--civic-font-family);">Hanes</h2>
      <civic-timeline>
        <civic-timeline-event heading="Wedi derbyn y cais" date="2026-10-01T09:12:00Z"
          >Rydym wedi anfon e-bost cadarnhau.</civic-timeline-event
        >
      </civic-timeline>
    </div>
  `,
  play: async ({ canvasElement }) => {
    const tracker = canvasElement.querySelector('civic-status-tracker')!;
    await expect(tracker.shadowRoot!.querySelector('h2')).toHaveTextContent(
      'Cam 2 o 3: Gwirio eich dogfennau',
    );
    const event = canvasElement.querySelector('civic-timeline-event')!;
    await expect(event.shadowRoot!.querySelector('time')).toHaveTextContent(
      '1 Hydref 2026 am 10:12',
    );
    const banner = canvasElement.querySelector('civic-notification-banner')!;
    await expect(banner.shadowRoot!.querySelector('h2')).toHaveTextContent('Pwysig');
  },
};
