import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

const meta = {
  title: 'Components/Timeline',
  component: 'civic-timeline',
  subcomponents: { 'civic-timeline-event': 'civic-timeline-event' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = {
  render: () => html`
    <civic-timeline>
      <civic-timeline-event
        heading="Decision made"
        date="2026-10-10T16:00:00Z"
        byline="by Licensing team"
        >Your licence has been approved.
        <a href="#licence">Download your licence (PDF, 120KB)</a></civic-timeline-event
      >
      <civic-timeline-event heading="Documents checked" date="2026-10-03"
        ><ul>
          <li>Proof of address</li>
          <li>Premises plan</li>
        </ul></civic-timeline-event
      >
      <civic-timeline-event heading="Application received" date="Early October"
        >Dates that are not ISO 8601 are shown as written.</civic-timeline-event
      >
    </civic-timeline>
  `,
};
