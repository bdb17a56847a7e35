import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { TAG_COLORS, type TagColor } from './civic-tag.js';
import './define.js';

interface TagArgs {
  label: string;
  color: TagColor;
}

const meta = {
  title: 'Components/Tag',
  component: 'civic-tag',
  args: { label: 'Not yet started', color: 'blue' },
  argTypes: {
    label: { control: 'text', description: 'The status text (default slot).' },
    color: { control: 'select', options: [...TAG_COLORS] },
  },
  render: (args) => html`<civic-tag color=${args.color}>${args.label}</civic-tag>`,
} satisfies Meta<TagArgs>;

export default meta;
type Story = StoryObj<TagArgs>;

export const Default: Story = {};

/** Every colour, each with a status it might carry. */
export const AllColours: Story = {
  render: () => html`
    <p style="display: flex; flex-wrap: wrap; gap: var(--civic-spacing-2);">
      <civic-tag color="grey">Inactive</civic-tag>
      <civic-tag color="green">Approved</civic-tag>
      <civic-tag color="turquoise">Active</civic-tag>
      <civic-tag color="blue">Not yet started</civic-tag>
      <civic-tag color="light-blue">In progress</civic-tag>
      <civic-tag color="purple">Received</civic-tag>
      <civic-tag color="pink">Sent</civic-tag>
      <civic-tag color="red">Rejected</civic-tag>
      <civic-tag color="orange">Declined</civic-tag>
      <civic-tag color="yellow">Pending</civic-tag>
    </p>
  `,
};

export const LongText: Story = {
  args: { label: 'Waiting for your landlord to confirm the tenancy 🏠', color: 'yellow' },
  decorators: [(story) => html`<div style="max-inline-size: 12rem;">${story()}</div>`],
};
