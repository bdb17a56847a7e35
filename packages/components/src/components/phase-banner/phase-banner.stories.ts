import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { phaseBannerMarkup, PHASES, type PhaseBannerParams } from './markup.js';

// Each story is the HTML a server writes (the source panel shows it).

const meta = {
  title: 'Components/Phase banner',
  parameters: { layout: 'padded' },
  args: { phase: 'beta', feedbackHref: '#feedback', lang: 'en' },
  argTypes: {
    phase: { control: 'inline-radio', options: [...PHASES] },
    feedbackHref: { control: 'text' },
    tagText: { control: 'text' },
    text: { control: 'text' },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: (args) => toHtml(phaseBannerMarkup(args)),
} satisfies Meta<PhaseBannerParams>;

export default meta;
type Story = StoryObj<PhaseBannerParams>;

export const Beta: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('strong')).toHaveTextContent('Beta');
  },
};

export const Alpha: Story = { args: { phase: 'alpha' } };

export const Welsh: Story = {
  args: { lang: 'cy' },
  render: (args) => `<div lang="cy">${toHtml(phaseBannerMarkup(args))}</div>`,
};
