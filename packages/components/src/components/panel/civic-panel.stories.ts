import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { panelMarkup, type PanelParams } from './markup.js';
import './define.js';

// Each story is the HTML a server writes (the source panel shows it, ready to
// copy into a template in any language); CSS alone styles it.

const meta = {
  title: 'Components/Panel',
  component: 'civic-panel',
  args: {
    heading: 'Application complete',
    reference: 'HDJ2123F',
  },
  argTypes: {
    heading: { control: 'text' },
    headingLevel: { control: 'select', options: [1, 2, 3, 4, 5, 6] },
    reference: { control: 'text' },
    html: { control: 'text', description: 'The page’s own content after the reference.' },
  },
  render: (args) => toHtml(panelMarkup(args)),
} satisfies Meta<PanelParams>;

export default meta;
type Story = StoryObj<PanelParams>;

function panelIn(canvasElement: HTMLElement): HTMLElement {
  const panel = canvasElement.querySelector<HTMLElement>('civic-panel');
  if (panel === null) throw new Error('No civic-panel in the story');
  return panel;
}

/** Pattern: the page people see when their application is complete. */
export const ApplicationComplete: Story = {
  name: 'Pattern: application complete',
  render: (args) =>
    `${toHtml(panelMarkup(args))}\n<p style="font-family: var(--civic-font-family)">We have sent you a confirmation email.</p>`,
  play: async ({ canvasElement }) => {
    const panel = panelIn(canvasElement);
    await expect(panel.querySelector('h1')).toHaveTextContent('Application complete');
    await expect(panel.querySelector('.civic-panel__reference')).toHaveTextContent(
      'Your reference number HDJ2123F',
    );
  },
};

/** The page's own content inside the panel, after the reference. */
export const WithBody: Story = {
  name: 'With the page’s content',
  args: { html: '<p>Your permit will arrive within 5 working days.</p>' },
  play: async ({ canvasElement }) => {
    const panel = panelIn(canvasElement);
    await expect(panel.lastElementChild).toHaveTextContent(
      'Your permit will arrive within 5 working days.',
    );
  },
};

export const WithoutReference: Story = {
  name: 'Without a reference',
  args: { heading: 'Registration complete', reference: undefined },
};

export const ApplicationCompleteInWelsh: Story = {
  name: 'Pattern: application complete (Cymraeg)',
  args: { heading: 'Cais wedi’i gwblhau', lang: 'cy' },
  render: (args) => `<div lang="cy">${toHtml(panelMarkup(args))}</div>`,
  play: async ({ canvasElement }) => {
    const panel = panelIn(canvasElement);
    await expect(panel.querySelector('.civic-panel__reference')).toHaveTextContent(
      'Eich cyfeirnod HDJ2123F',
    );
  },
};

/** What a JavaScript framework writes: attributes and the page's own content; the element builds the rest. */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: () =>
    html`<civic-panel heading="Application complete" reference="HDJ2123F"
      ><p>We have sent you a confirmation email.</p></civic-panel
    >`,
  play: async ({ canvasElement }) => {
    const panel = panelIn(canvasElement);
    await expect(panel.querySelector('h1')).toHaveTextContent('Application complete');
    await expect(panel.querySelector('.civic-panel__reference')).toHaveTextContent(
      'Your reference number HDJ2123F',
    );
    await expect(panel.lastElementChild).toHaveTextContent(
      'We have sent you a confirmation email.',
    );
  },
};
