import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { applyStoryHtml, textsOf } from './apply-pages.js';

const meta = {
  title: 'Patterns/Confirmation page',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The page after sending: the application is done, with its reference number. */
export const English: Story = {
  render: () => applyStoryHtml('/apply/confirmation', 'en'),
  play: async ({ canvasElement }) => {
    await expect(textsOf(canvasElement, '.civic-panel__title')).toEqual(['Application complete']);
    await expect(textsOf(canvasElement, '.civic-panel__reference-number')).toEqual(['HDJ2123F']);
    await expect(textsOf(canvasElement, 'p > a')).toEqual(['Track your application']);
  },
};

export const Welsh: Story = {
  name: 'Welsh (Cymraeg)',
  render: () => applyStoryHtml('/apply/confirmation', 'cy'),
  play: async ({ canvasElement }) => {
    await expect(textsOf(canvasElement, '.civic-panel__title')).toEqual(['Cais wedi’i gwblhau']);
    await expect(textsOf(canvasElement, 'p > a')).toEqual(['Dilyn hynt eich cais']);
  },
};
