import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';

// Page styles are classes on the page's own HTML: each story is that HTML.

const meta = {
  title: 'Page styles/Links',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = {
  render: () =>
    `<p class="civic-body">Before you apply, <a class="civic-link" href="#band">check your council tax band</a>.</p>`,
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(canvasElement.querySelector('a')).toHaveFocus();
  },
};

export const NoVisitedState: Story = {
  name: 'No visited state',
  render: () =>
    `<p class="civic-body"><a class="civic-link civic-link--no-visited-state" href="#account">Your account</a></p>`,
};

export const Inverse: Story = {
  name: 'On a dark background',
  render: () =>
    `<p class="civic-body" style="padding: var(--civic-spacing-3); background: var(--civic-color-surface-brand); color: var(--civic-color-text-on-brand)">Questions? <a class="civic-link civic-link--inverse" href="#contact">Contact the parking team</a>.</p>`,
};

export const Welsh: Story = {
  render: () =>
    `<p class="civic-body" lang="cy">Cyn i chi wneud cais, <a class="civic-link" href="#band">gwiriwch eich band treth gyngor</a>.</p>`,
};
