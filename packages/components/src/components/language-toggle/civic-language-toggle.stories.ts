import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { languageToggleMarkup, type LanguageToggleParams } from './markup.js';
import './define.js';

// Each story is the HTML a server writes (the source panel shows it).

const meta = {
  title: 'Components/Language toggle',
  component: 'civic-language-toggle',
  parameters: { layout: 'padded' },
  args: { current: 'en', englishHref: '#en', welshHref: '#cy', live: false },
  argTypes: {
    current: { control: 'inline-radio', options: ['en', 'cy'] },
    englishHref: { control: 'text' },
    welshHref: { control: 'text' },
    live: { control: 'boolean' },
    label: { control: 'text' },
  },
  render: (args) => toHtml(languageToggleMarkup(args)),
} satisfies Meta<LanguageToggleParams>;

export default meta;
type Story = StoryObj<LanguageToggleParams>;

export const English: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[aria-current="true"]')).toHaveTextContent('English');
  },
};

export const Welsh: Story = {
  args: { current: 'cy' },
  render: (args) => `<div lang="cy">${toHtml(languageToggleMarkup(args))}</div>`,
};

/** Switches Civic's own strings on the page without a reload (with script). */
export const Live: Story = { args: { live: true } };

/** What a JavaScript framework writes: the element and its attributes. */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: () =>
    html`<civic-language-toggle
      current="en"
      english-href="#en"
      welsh-href="#cy"
    ></civic-language-toggle>`,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('a[hreflang]')).toHaveLength(2);
  },
};
