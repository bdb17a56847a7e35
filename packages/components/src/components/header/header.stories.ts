import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { headerMarkup, type HeaderParams } from './markup.js';

// Each story is the HTML a server writes (the source panel shows it). The
// header is plain HTML: there is no element to load.

/** A stand-in council logo: the page's own image, never the GOV.UK crown. */
const EXAMPLE_LOGO =
  '<svg aria-hidden="true" focusable="false" viewBox="0 0 32 32" width="32" height="32"><path d="M16 2 30 9v2H2V9zM5 13h4v11H5zm9 0h4v11h-4zm9 0h4v11h-4zM2 26h28v4H2z"></path></svg>';

const meta = {
  title: 'Components/Header',
  parameters: { layout: 'fullscreen' },
  args: {
    organisationName: 'Cardiff Council',
    organisationHref: '/',
    logoHtml: EXAMPLE_LOGO,
    serviceName: 'Apply for a parking permit',
    serviceHref: '/parking-permit',
  },
  argTypes: {
    organisationName: { control: 'text' },
    organisationHref: { control: 'text' },
    logoHtml: {
      control: 'text',
      description: 'Your own <img alt=""> or <svg aria-hidden="true">.',
    },
    serviceName: { control: 'text' },
    serviceHref: { control: 'text' },
  },
  render: (args) => toHtml(headerMarkup(args)),
} satisfies Meta<HeaderParams>;

export default meta;
type Story = StoryObj<HeaderParams>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const links = [...canvasElement.querySelectorAll('a')].map((link) => link.textContent);
    await expect(links).toEqual(['Cardiff Council', 'Apply for a parking permit']);
  },
};

export const NameOnly: Story = {
  name: 'Organisation name only',
  args: { logoHtml: '', serviceName: '' },
};

export const Welsh: Story = {
  args: { organisationName: 'Cyngor Caerdydd', serviceName: 'Gwneud cais am drwydded barcio' },
  render: (args) => `<div lang="cy">${toHtml(headerMarkup(args))}</div>`,
};
