import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { applyStoryHtml, textsOf } from './apply-pages.js';

const meta = {
  title: 'Patterns/Check your answers',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const changeLinks = (canvasElement: HTMLElement) => [
  ...canvasElement.querySelectorAll<HTMLAnchorElement>('a.civic-summary-list__link'),
];

/** Every answer before the application is sent, each with a link to change it. */
export const English: Story = {
  render: () => applyStoryHtml('/apply/check', 'en'),
  play: async ({ canvasElement }) => {
    await expect(textsOf(canvasElement, '.civic-summary-list__key')).toEqual([
      'Name',
      'Address',
      'Vehicle',
    ]);
    const links = changeLinks(canvasElement);
    await expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/permit#full-name',
      '/permit#address-line-1',
      '/permit#vehicle',
    ]);
    await expect(links[0]).toHaveAccessibleName('Change Name');
    await expect(canvasElement.querySelector('form button')).toHaveAccessibleName(
      'Accept and send',
    );
  },
};

export const Welsh: Story = {
  name: 'Welsh (Cymraeg)',
  render: () => applyStoryHtml('/apply/check', 'cy'),
  play: async ({ canvasElement }) => {
    await expect(textsOf(canvasElement, '.civic-summary-list__key')).toEqual([
      'Enw',
      'Cyfeiriad',
      'Cerbyd',
    ]);
    await expect(changeLinks(canvasElement)[0]).toHaveAccessibleName('Newid Enw');
    await expect(canvasElement.querySelector('form button')).toHaveAccessibleName(
      'Derbyn ac anfon',
    );
  },
};
