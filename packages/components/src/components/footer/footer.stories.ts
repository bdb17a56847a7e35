import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { footerMarkup, type FooterParams } from './markup.js';

// Each story is the HTML a server writes (the source panel shows it). The
// footer is plain HTML: there is no element to load.

const meta = {
  title: 'Components/Footer',
  parameters: { layout: 'fullscreen' },
  args: {
    items: [
      { text: 'Cookies', href: '#cookies' },
      { text: 'Accessibility statement', href: '#accessibility' },
      { text: 'Privacy', href: '#privacy' },
      { text: 'Contact', href: '#contact' },
    ],
    metaText: 'This service is run by Cardiff Council’s parking team.',
    licence: true,
    copyright: '© Cardiff Council 2026',
    lang: 'en',
  },
  argTypes: {
    items: { control: 'object' },
    metaText: { control: 'text' },
    licence: { control: 'boolean' },
    copyright: { control: 'text' },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: (args) => toHtml(footerMarkup(args)),
} satisfies Meta<FooterParams>;

export default meta;
type Story = StoryObj<FooterParams>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('a[rel="license"]')).toHaveTextContent(
      'Open Government Licence v3.0',
    );
  },
};

export const Welsh: Story = {
  args: {
    lang: 'cy',
    items: [
      { text: 'Cwcis', href: '#cookies' },
      { text: 'Datganiad hygyrchedd', href: '#accessibility' },
      { text: 'Cysylltu', href: '#contact' },
    ],
    metaText: 'Tîm parcio Cyngor Caerdydd sy’n rhedeg y gwasanaeth hwn.',
    copyright: '© Cyngor Caerdydd 2026',
  },
  render: (args) => `<div lang="cy">${toHtml(footerMarkup(args))}</div>`,
};

export const WithoutLicence: Story = {
  name: 'Without the licence',
  args: { licence: false, metaText: '' },
};
