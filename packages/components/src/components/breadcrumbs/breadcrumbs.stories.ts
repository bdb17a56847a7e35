import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { breadcrumbsMarkup, type BreadcrumbsParams } from './markup.js';

// Each story is the HTML a server writes (the source panel shows it).

const ITEMS = [
  { text: 'Home', href: '#home' },
  { text: 'Parking', href: '#parking' },
  { text: 'Permits', href: '#permits' },
  { text: 'Resident parking permits' },
];

const meta = {
  title: 'Components/Breadcrumbs',
  parameters: { layout: 'padded' },
  args: { items: ITEMS, collapseOnNarrow: false, lang: 'en' },
  argTypes: {
    items: { control: 'object' },
    collapseOnNarrow: { control: 'boolean' },
    label: { control: 'text' },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: (args) => toHtml(breadcrumbsMarkup(args)),
} satisfies Meta<BreadcrumbsParams>;

export default meta;
type Story = StoryObj<BreadcrumbsParams>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[aria-current="page"]')).toHaveTextContent(
      'Resident parking permits',
    );
  },
};

export const CollapseOnNarrow: Story = {
  name: 'Collapsing on narrow screens',
  args: { collapseOnNarrow: true },
};

export const Welsh: Story = {
  args: {
    lang: 'cy',
    items: [
      { text: 'Hafan', href: '#home' },
      { text: 'Parcio', href: '#parking' },
      { text: 'Trwyddedau parcio i breswylwyr' },
    ],
  },
  render: (args) => `<div lang="cy">${toHtml(breadcrumbsMarkup(args))}</div>`,
};
