import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { applyStoryHtml, textsOf } from './apply-pages.js';

const meta = {
  title: 'Patterns/Track your application',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * Where an application is, what is needed from the person, and what has
 * happened so far: a notification banner, a status tracker and a timeline.
 */
export const English: Story = {
  render: () => applyStoryHtml('/apply/track', 'en'),
  play: async ({ canvasElement }) => {
    await expect(textsOf(canvasElement, '.civic-notification-banner__heading')).toEqual([
      'We need a copy of your council tax bill.',
    ]);
    await expect(textsOf(canvasElement, '.civic-status-tracker__heading')).toEqual([
      'Stage 2 of 4: Checking your documents',
    ]);
    await expect(textsOf(canvasElement, '.civic-timeline__heading')).toEqual([
      'Documents requested',
      'Application received',
    ]);
  },
};

export const Welsh: Story = {
  name: 'Welsh (Cymraeg)',
  render: () => applyStoryHtml('/apply/track', 'cy'),
  play: async ({ canvasElement }) => {
    await expect(textsOf(canvasElement, '.civic-status-tracker__heading')).toEqual([
      'Cam 2 o 4: Gwirio eich dogfennau',
    ]);
    await expect(textsOf(canvasElement, '.civic-timeline__heading')).toEqual([
      'Gofyn am ddogfennau',
      'Cais wedi dod i law',
    ]);
  },
};
