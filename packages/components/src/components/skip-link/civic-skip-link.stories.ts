import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { skipLinkMarkup, type SkipLinkParams } from './markup.js';
import './define.js';

// Each story is the HTML a server writes (the source panel shows it). The
// link is off screen until it has focus: press Tab in the story to see it.

const meta = {
  title: 'Components/Skip link',
  component: 'civic-skip-link',
  parameters: { layout: 'fullscreen' },
  args: { text: '', href: '#main-content', lang: 'en' },
  argTypes: {
    text: { control: 'text', description: 'The link’s text instead of "Skip to main content".' },
    href: { control: 'text', description: 'The main content’s id as a fragment.' },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: (args) =>
    `${toHtml(skipLinkMarkup(args))}
<main id="main-content" class="civic-main-wrapper"><p class="civic-body">Press Tab to show the skip link, then Enter to move to this main content.</p></main>`,
} satisfies Meta<SkipLinkParams>;

export default meta;
type Story = StoryObj<SkipLinkParams>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const link = canvasElement.querySelector('a')!;
    await expect(link).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvasElement.querySelector('main')).toHaveFocus();
  },
};

export const Welsh: Story = { args: { lang: 'cy' } };

/** What a JavaScript framework writes: the element and its attributes. */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: () =>
    html`<civic-skip-link href="#main-content"></civic-skip-link>
      <main id="main-content"><p class="civic-body">Main content</p></main>`,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('a')).toHaveTextContent('Skip to main content');
  },
};
