import type { Meta, StoryObj } from '@storybook/web-components-vite';

// Page styles are classes on the page's own HTML: each story is that HTML.

const meta = {
  title: 'Page styles/Layout',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const column = (width: string) =>
  `<div class="civic-grid-column-${width}"><p class="civic-body" style="background: var(--civic-color-surface-secondary)">${width}</p></div>`;

export const Grid: Story = {
  name: 'Width container and grid',
  render: () => `<div class="civic-width-container">
  <main class="civic-main-wrapper" id="main-content">
    <div class="civic-grid-row">${column('two-thirds')}${column('one-third')}</div>
    <div class="civic-grid-row">${column('one-half')}${column('one-half')}</div>
    <div class="civic-grid-row">${column('one-quarter')}${column('one-quarter')}${column('one-quarter')}${column('one-quarter')}</div>
    <div class="civic-grid-row">${column('full')}</div>
  </main>
</div>`,
};

export const QuestionPage: Story = {
  name: 'A question page’s columns',
  render: () => `<div class="civic-width-container">
  <main class="civic-main-wrapper" id="main-content">
    <div class="civic-grid-row">
      <div class="civic-grid-column-two-thirds">
        <h1 class="civic-heading-l">What is your vehicle’s registration number?</h1>
        <p class="civic-body">It is on your V5C registration certificate.</p>
      </div>
    </div>
  </main>
</div>`,
};
