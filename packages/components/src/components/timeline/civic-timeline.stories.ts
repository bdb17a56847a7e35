import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { HISTORY, NOT_ISO, OLDEST_FIRST, WELSH, WITH_LINK } from './fixtures.js';
import { TIMELINE_ORDERS, timelineMarkup, type TimelineParams } from './markup.js';
import './define.js';

// Each story is the HTML a server writes (the source panel shows it, ready to
// copy into a template in any language); the element adopts it as it is.
const meta = {
  title: 'Components/Timeline',
  component: 'civic-timeline',
  subcomponents: { 'civic-timeline-event': 'civic-timeline-event' },
  args: HISTORY,
  argTypes: {
    order: { control: 'select', options: TIMELINE_ORDERS },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) => toHtml(timelineMarkup(args)),
} satisfies Meta<TimelineParams>;

export default meta;
type Story = StoryObj<TimelineParams>;

const datesIn = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll('.civic-timeline__date')].map((date) => date.textContent);

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(datesIn(canvasElement)).toEqual([
      '10 October 2026 at 5pm',
      '3 October 2026 at midday',
      '1 October 2026 at 9:30am',
    ]);
    await expect(canvasElement.querySelector('time')).toHaveAttribute(
      'datetime',
      '2026-10-10T16:00:00Z',
    );
  },
};

/** A server can give a description as HTML it trusts, such as a link to a document. */
export const WithALink: Story = {
  name: 'With a link in a description (server HTML)',
  args: WITH_LINK,
};

export const OldestFirst: Story = { args: OLDEST_FIRST };

/** Dates that are not ISO 8601 are shown as written. */
export const DatesAsWritten: Story = { args: NOT_ISO };

export const Welsh: Story = {
  name: 'Cymraeg',
  args: WELSH,
  render: (args) => `<div lang="cy">${toHtml(timelineMarkup(args))}</div>`,
  play: async ({ canvasElement }) => {
    await expect(datesIn(canvasElement)).toEqual([
      '10 Hydref 2026 am ganol dydd',
      '1 Hydref 2026 am 9:30am',
    ]);
  },
};

/** The same timeline from attributes and data children, as a framework writes it. */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  argTypes: { events: { table: { disable: true } } },
  render: () => html`
    <civic-timeline>
      <civic-timeline-event
        heading="Decision made"
        date="2026-10-10T16:00:00Z"
        byline="by Licensing team"
        >Your licence has been approved.</civic-timeline-event
      >
      <civic-timeline-event heading="Application received" date="2026-10-01T08:30:00Z"
        >We sent a confirmation email to the address you gave us.</civic-timeline-event
      >
    </civic-timeline>
  `,
  play: async ({ canvasElement }) => {
    await expect(datesIn(canvasElement)).toEqual([
      '10 October 2026 at 5pm',
      '1 October 2026 at 9:30am',
    ]);
  },
};
