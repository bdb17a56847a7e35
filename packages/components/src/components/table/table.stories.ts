import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { tableMarkup, type TableParams } from './markup.js';

// Each story is the HTML a server writes (the source panel shows it); CSS alone styles it.

const meta = {
  title: 'Components/Table',
  args: {
    caption: 'Dates and amounts',
    head: [{ text: 'Date' }, { text: 'Amount', format: 'numeric' }],
    rows: [
      [{ text: 'First 6 weeks' }, { text: '£109.80 per week', format: 'numeric' }],
      [{ text: 'Next 33 weeks' }, { text: '£109.80 per week', format: 'numeric' }],
      [{ text: 'Total estimated pay' }, { text: '£4,282.20', format: 'numeric' }],
    ],
    firstCellIsHeader: true,
  },
  argTypes: {
    caption: { control: 'text', description: 'What the table shows; it names the table.' },
    captionSize: { control: 'inline-radio', options: ['s', 'm', 'l', 'xl'] },
    head: { control: 'object', description: 'The column headers.' },
    rows: { control: 'object', description: 'The rows, each a list of cells.' },
    firstCellIsHeader: {
      control: 'boolean',
      description: 'The first cell of each row is its header.',
    },
  },
  render: (args) => toHtml(tableMarkup(args)),
} satisfies Meta<TableParams>;

export default meta;
type Story = StoryObj<TableParams>;

export const WithRowHeaders: Story = {
  name: 'With row headers and numbers',
  play: async ({ canvasElement }) => {
    const region = canvasElement.querySelector('.civic-table-wrapper');
    await expect(region).toHaveAccessibleName('Dates and amounts');
    await expect(canvasElement.querySelectorAll('th[scope="row"]')).toHaveLength(3);
  },
};

export const LargeCaption: Story = {
  name: 'Large caption',
  args: { caption: 'Month you apply', captionSize: 'l' },
};

/** Wider than a phone: the table scrolls inside its region, which takes focus so the arrow keys scroll it. */
export const Wide: Story = {
  name: 'Wider than the screen',
  args: {
    caption: 'Council tax bands',
    captionSize: 's',
    firstCellIsHeader: false,
    head: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((band) => ({
      text: `Band ${band}`,
      format: 'numeric' as const,
    })),
    rows: [
      [
        '£1,204.55',
        '£1,405.31',
        '£1,606.07',
        '£1,806.83',
        '£2,208.35',
        '£2,609.87',
        '£3,011.38',
        '£3,613.66',
      ].map((text) => ({ text, format: 'numeric' as const })),
    ],
  },
  render: (args) => `<div style="max-inline-size: 320px">${toHtml(tableMarkup(args))}</div>`,
};

export const Welsh: Story = {
  name: 'Cymraeg',
  args: {
    caption: 'Dyddiadau a symiau',
    head: [{ text: 'Dyddiad' }, { text: 'Swm', format: 'numeric' }],
    rows: [
      [{ text: 'Y 6 wythnos gyntaf' }, { text: '£109.80 yr wythnos', format: 'numeric' }],
      [{ text: 'Cyfanswm' }, { text: '£4,282.20', format: 'numeric' }],
    ],
  },
  render: (args) => `<div lang="cy">${toHtml(tableMarkup(args))}</div>`,
};
