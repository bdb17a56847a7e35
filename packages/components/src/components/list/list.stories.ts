import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';

// Page styles are classes on the page's own HTML: each story is that HTML.

const meta = {
  title: 'Page styles/Lists',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Plain: Story = {
  name: 'Plain (links)',
  render: () => `<ul class="civic-list">
  <li><a class="civic-link" href="#permits">Parking permits</a></li>
  <li><a class="civic-link" href="#fines">Parking fines</a></li>
</ul>`,
};

export const Bullets: Story = {
  render: () => `<p class="civic-body">You will need:</p>
<ul class="civic-list civic-list--bullet">
  <li>your vehicle’s registration number</li>
  <li>proof of your address</li>
</ul>`,
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(canvasElement.querySelector('li')!).listStyleType).toBe('disc');
  },
};

export const Numbers: Story = {
  render: () => `<ol class="civic-list civic-list--number">
  <li>Check you can apply.</li>
  <li>Tell us about your vehicle.</li>
  <li>Pay for the permit.</li>
</ol>`,
};

export const Spaced: Story = {
  render: () => `<ul class="civic-list civic-list--bullet civic-list--spaced">
  <li>You can apply if you live in a permit zone and your vehicle is registered at your address.</li>
  <li>You cannot apply for a vehicle you hire for less than 6 months.</li>
</ul>`,
};
