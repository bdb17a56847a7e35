import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { warningTextMarkup, type WarningTextParams } from './markup.js';

// Each story is the HTML a server writes (the source panel shows it); CSS alone styles it.

const meta = {
  title: 'Components/Warning text',
  args: { text: 'You can be fined up to £5,000 if you do not register.' },
  argTypes: {
    text: { control: 'text', description: 'The warning.' },
    html: { control: 'text', description: 'The warning as HTML the server trusts.' },
    iconFallbackText: {
      control: 'text',
      description: 'What a screen reader hears first, instead of "Warning".',
    },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: (args) => toHtml(warningTextMarkup(args)),
} satisfies Meta<WarningTextParams>;

export default meta;
type Story = StoryObj<WarningTextParams>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.civic-warning-text__icon')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
    await expect(canvasElement.querySelector('.civic-warning-text__text')).toHaveTextContent(
      'Warning: You can be fined up to £5,000 if you do not register.',
    );
  },
};

export const WithHtml: Story = {
  name: 'With a link',
  args: {
    text: undefined,
    html: 'Send your tax return by <a href="#deadline">31 January</a> or you may be fined.',
  },
};

export const Welsh: Story = {
  name: 'Cymraeg',
  args: { text: 'Gallwch gael dirwy o hyd at £5,000 os nad ydych yn cofrestru.', lang: 'cy' },
  render: (args) => `<div lang="cy">${toHtml(warningTextMarkup(args))}</div>`,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.civic-warning-text__text')).toHaveTextContent(
      'Rhybudd: Gallwch gael dirwy o hyd at £5,000 os nad ydych yn cofrestru.',
    );
  },
};
