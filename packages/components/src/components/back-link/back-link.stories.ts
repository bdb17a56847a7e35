import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { backLinkMarkup, type BackLinkParams } from './markup.js';

// Each story is the HTML a server writes (the source panel shows it).

const meta = {
  title: 'Components/Back link',
  parameters: { layout: 'padded' },
  args: { href: '#previous', text: '', lang: 'en' },
  argTypes: {
    href: { control: 'text' },
    text: { control: 'text' },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: (args) => toHtml(backLinkMarkup(args)),
} satisfies Meta<BackLinkParams>;

export default meta;
type Story = StoryObj<BackLinkParams>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('a')).toHaveTextContent('Back');
  },
};

export const Welsh: Story = {
  args: { lang: 'cy' },
  render: (args) => `<div lang="cy">${toHtml(backLinkMarkup(args))}</div>`,
};
