import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { serviceNavigationMarkup, type ServiceNavigationParams } from './markup.js';
import './define.js';

// Each story is the HTML a server writes (the source panel shows it). Make
// the browser window narrower than 641 px to see the Menu button.

const ITEMS = [
  { text: 'Apply for a permit', href: '#apply' },
  { text: 'Your permits', href: '#permits', current: true },
  { text: 'Visitor permits', href: '#visitors' },
  { text: 'Help', href: '#help' },
];

const meta = {
  title: 'Components/Service navigation',
  component: 'civic-service-navigation',
  parameters: { layout: 'fullscreen' },
  args: { items: ITEMS, label: '', menuText: '', lang: 'en' },
  argTypes: {
    items: { control: 'object' },
    label: { control: 'text', description: 'The landmark’s name instead of "Menu".' },
    menuText: { control: 'text', description: 'The narrow-screen button’s text.' },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: (args) => toHtml(serviceNavigationMarkup(args)),
} satisfies Meta<ServiceNavigationParams>;

export default meta;
type Story = StoryObj<ServiceNavigationParams>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const current = canvasElement.querySelector('[aria-current="page"]');
    await expect(current).toHaveTextContent('Your permits');
  },
};

export const Welsh: Story = {
  args: {
    lang: 'cy',
    items: [
      { text: 'Gwneud cais am drwydded', href: '#apply' },
      { text: 'Eich trwyddedau', href: '#permits', current: true },
      { text: 'Help', href: '#help' },
    ],
  },
  render: (args) => `<div lang="cy">${toHtml(serviceNavigationMarkup(args))}</div>`,
};

/** What a JavaScript framework writes: the element with its items as JSON. */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: () =>
    html`<civic-service-navigation
      .items=${ITEMS.slice(0, 2)}
      label="Parking permits"
    ></civic-service-navigation>`,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('nav')).toHaveAttribute(
      'aria-label',
      'Parking permits',
    );
  },
};
