import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { insetTextMarkup, type InsetTextParams } from './markup.js';

// Each story is the HTML a server writes (the source panel shows it); CSS alone styles it.

const meta = {
  title: 'Components/Inset text',
  args: {
    text: 'It can take up to 8 weeks to register a lasting power of attorney if there are no mistakes in the application.',
  },
  argTypes: {
    text: { control: 'text', description: 'The text.' },
    html: { control: 'text', description: 'The content as HTML the server trusts.' },
    id: { control: 'text', description: 'The block’s id.' },
  },
  render: (args) => toHtml(insetTextMarkup(args)),
} satisfies Meta<InsetTextParams>;

export default meta;
type Story = StoryObj<InsetTextParams>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.civic-inset-text')).toHaveTextContent(
      'It can take up to 8 weeks to register a lasting power of attorney if there are no mistakes in the application.',
    );
  },
};

export const WithHtml: Story = {
  name: 'With HTML',
  args: {
    text: undefined,
    html: '<p>You can apply if you:</p><ul><li>live in the borough</li><li>own a car</li></ul>',
  },
};

export const Welsh: Story = {
  name: 'Cymraeg',
  args: {
    text: 'Gall gymryd hyd at 8 wythnos i gofrestru atwrneiaeth arhosol os nad oes camgymeriadau yn y cais.',
  },
  render: (args) => `<div lang="cy">${toHtml(insetTextMarkup(args))}</div>`,
};
