import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { detailsMarkup, type DetailsParams } from './markup.js';

// Each story is the HTML a server writes (the source panel shows it). There is
// no script: the browser's own <details> opens and closes it.

const meta = {
  title: 'Components/Details',
  args: {
    summaryText: 'Help with nationality',
    text: 'We need to know your nationality so we can work out which elections you’re entitled to vote in. If you cannot provide your nationality, you’ll have to send copies of identity documents through the post.',
  },
  argTypes: {
    summaryText: { control: 'text', description: 'The summary that opens it.' },
    text: { control: 'text', description: 'What it reveals, as text.' },
    html: { control: 'text', description: 'What it reveals, as HTML the server trusts.' },
    open: { control: 'boolean', description: 'Open when the page loads.' },
    id: { control: 'text', description: 'The id of the <details>.' },
  },
  render: (args) => toHtml(detailsMarkup(args)),
} satisfies Meta<DetailsParams>;

export default meta;
type Story = StoryObj<DetailsParams>;

export const Closed: Story = {
  play: async ({ canvasElement }) => {
    const details = canvasElement.querySelector('details');
    const summary = canvasElement.querySelector('summary');
    if (details === null || summary === null) throw new Error('No details in the story');
    await expect(details.open).toBe(false);
    await userEvent.click(summary);
    await expect(details.open).toBe(true);
  },
};

export const Open: Story = { args: { open: true } };

export const WithHtml: Story = {
  name: 'With HTML',
  args: {
    summaryText: 'Where to find your reference',
    text: undefined,
    html: '<p>It is on the letter we sent you.</p><p>It starts with <strong>HDJ</strong>.</p>',
  },
};

export const Welsh: Story = {
  name: 'Cymraeg',
  args: {
    summaryText: 'Help gyda chenedligrwydd',
    text: 'Mae angen i ni wybod eich cenedligrwydd er mwyn i ni allu gweithio allan ym mha etholiadau mae gennych hawl i bleidleisio.',
  },
  render: (args) => `<div lang="cy">${toHtml(detailsMarkup(args))}</div>`,
};
