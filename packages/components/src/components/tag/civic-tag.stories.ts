import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { statusTagMarkup, tagMarkup, TAG_COLORS, type TagParams } from './markup.js';
import './define.js';

// Each story is the HTML a server writes (the source panel shows it, ready to
// copy into a template in any language); CSS alone styles it.

const meta = {
  title: 'Components/Tag',
  component: 'civic-tag',
  args: { text: 'Not yet started', color: 'blue' },
  argTypes: {
    text: { control: 'text', description: 'The status text: one or two words.' },
    color: { control: 'select', options: [...TAG_COLORS] },
  },
  render: (args) => toHtml(tagMarkup(args)),
} satisfies Meta<TagParams>;

export default meta;
type Story = StoryObj<TagParams>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const tag = canvasElement.querySelector('civic-tag');
    await expect(tag).toHaveTextContent('Not yet started');
    await expect(tag).toHaveAttribute('color', 'blue');
  },
};

const STATUSES = [
  ['grey', 'Inactive'],
  ['green', 'Approved'],
  ['teal', 'Active'],
  ['blue', 'Not yet started'],
  ['purple', 'Received'],
  ['magenta', 'Sent'],
  ['red', 'Rejected'],
  ['orange', 'Declined'],
  ['yellow', 'Pending'],
] as const;

/** Every colour, each with a status it might carry. */
export const AllColours: Story = {
  name: 'All colours',
  render: () =>
    `<p style="display: flex; flex-wrap: wrap; gap: var(--civic-spacing-2)">${STATUSES.map(([color, text]) => toHtml(tagMarkup({ color, text }))).join('\n')}</p>`,
  play: async ({ canvasElement }) => {
    const tags = [...canvasElement.querySelectorAll('civic-tag')];
    await expect(tags.map((tag) => tag.color)).toEqual(STATUSES.map(([color]) => color));
  },
};

/** A status inside another component's HTML, such as a task list or a table: the same look on a `<strong>`. */
export const StatusInATable: Story = {
  name: 'Status in a table',
  render: () => `<table>
  <thead><tr><th scope="col">Application</th><th scope="col">Status</th></tr></thead>
  <tbody>
    <tr><td>Parking permit</td><td>${toHtml(statusTagMarkup({ text: 'Approved', color: 'green' }))}</td></tr>
    <tr><td>Blue badge</td><td>${toHtml(statusTagMarkup({ text: 'Rejected', color: 'red' }))}</td></tr>
  </tbody>
</table>`,
  play: async ({ canvasElement }) => {
    const statuses = [...canvasElement.querySelectorAll('strong.civic-tag')];
    await expect(statuses.map((status) => status.textContent)).toEqual(['Approved', 'Rejected']);
  },
};

export const LongText: Story = {
  name: 'Long text',
  args: { text: 'Waiting for your landlord to confirm the tenancy 🏠', color: 'yellow' },
  decorators: [(story) => html`<div style="max-inline-size: 12rem;">${story()}</div>`],
};

/** What a JavaScript framework writes: the element with its colour attribute and its text. */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: () => html`<civic-tag color="green">Completed</civic-tag>`,
  play: async ({ canvasElement }) => {
    const tag = canvasElement.querySelector('civic-tag');
    await expect(tag).toHaveTextContent('Completed');
    await expect(tag?.color).toBe('green');
  },
};
