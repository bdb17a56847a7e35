import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import './define.js';

const meta = {
  title: 'Components/Panel',
  component: 'civic-panel',
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Pattern: the page people see when their application is complete. */
export const ApplicationComplete: Story = {
  name: 'Pattern: application complete',
  render: () => html`
    <civic-panel heading="Application complete" reference="HDJ2123F"></civic-panel>
    <p style="font-family: var(--civic-font-family);">We have sent you a confirmation email.</p>
  `,
  play: async ({ canvasElement }) => {
    const panel = canvasElement.querySelector('civic-panel')!;
    await expect(panel.shadowRoot!.querySelector('h1')).toHaveTextContent('Application complete');
  },
};

export const ApplicationCompleteInWelsh: Story = {
  name: 'Pattern: application complete (Cymraeg)',
  render: () => html`
    <div lang="cy">
      <civic-panel heading="Cais wedi'i gwblhau" reference="HDJ2123F"></civic-panel>
    </div>
  `,
  play: async ({ canvasElement }) => {
    const panel = canvasElement.querySelector('civic-panel')!;
    await expect(panel.shadowRoot!.querySelector('.reference-line')).toHaveTextContent(
      'Eich cyfeirnod',
    );
  },
};
