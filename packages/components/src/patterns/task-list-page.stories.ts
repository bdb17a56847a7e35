import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { applyStoryHtml, textsOf } from './apply-pages.js';

const meta = {
  title: 'Patterns/Task list page',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The start of a longer application: what there is to do, and how far the person is. */
export const English: Story = {
  render: () => applyStoryHtml('/apply', 'en'),
  play: async ({ canvasElement }) => {
    await expect(textsOf(canvasElement, '.civic-task-list__summary')).toEqual([
      'You have completed 1 of 4 tasks',
    ]);
    await expect(textsOf(canvasElement, '.civic-task-list__section-heading')).toEqual([
      '1. Prepare your application',
      '2. Apply',
    ]);
    await expect(textsOf(canvasElement, 'a.civic-task-list__link')).toEqual([
      'Your details',
      'Your vehicle',
      'Proof of address',
    ]);
  },
};

export const Welsh: Story = {
  name: 'Welsh (Cymraeg)',
  render: () => applyStoryHtml('/apply', 'cy'),
  play: async ({ canvasElement }) => {
    await expect(textsOf(canvasElement, '.civic-task-list__summary')).toEqual([
      'Rydych wedi cwblhau 1 o 4 tasg',
    ]);
    await expect(textsOf(canvasElement, 'a.civic-task-list__link')).toEqual([
      'Eich manylion',
      'Eich cerbyd',
      'Prawf o gyfeiriad',
    ]);
  },
};
