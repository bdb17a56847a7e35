import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
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

/** Pattern: where an application is (the timeline and banner of this page are still to come). */
export const TrackYourApplication: Story = {
  name: 'Pattern: track your application',
  render: () => html`
    <h1 style="font-family: var(--civic-font-family);">Your parking permit application</h1>
    <p style="font-family: var(--civic-font-family);">Reference HDJ2123F</p>
    <civic-status-tracker show-heading>
      <civic-stage state="completed" date="1 October 2026">Received</civic-stage>
      <civic-stage state="completed" date="3 October 2026">Checking your documents</civic-stage>
      <civic-stage state="current">Decision made</civic-stage>
      <civic-stage state="upcoming">Permit issued</civic-stage>
    </civic-status-tracker>
  `,
};

export const TrackYourApplicationInWelsh: Story = {
  name: 'Pattern: track your application (Cymraeg)',
  render: () => html`
    <div lang="cy">
      <h1 style="font-family: var(--civic-font-family);">Eich cais am drwydded barcio</h1>
      <civic-status-tracker show-heading>
        <civic-stage state="completed" date="1 Hydref 2026">Wedi derbyn</civic-stage>
        <civic-stage state="current">Gwirio eich dogfennau</civic-stage>
        <civic-stage state="upcoming">Penderfyniad</civic-stage>
      </civic-status-tracker>
    </div>
  `,
  play: async ({ canvasElement }) => {
    const tracker = canvasElement.querySelector('civic-status-tracker')!;
    await expect(tracker.shadowRoot!.querySelector('h2')).toHaveTextContent(
      'Cam 2 o 3: Gwirio eich dogfennau',
    );
  },
};
