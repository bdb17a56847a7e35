import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../button/define.js';
import './define.js';

const meta = {
  title: 'Components/Summary list',
  component: 'civic-summary-list',
  subcomponents: { 'civic-summary-row': 'civic-summary-row' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = {
  render: () => html`
    <civic-summary-list>
      <civic-summary-row label="Name" change-href="#name">Sarah Philips</civic-summary-row>
      <civic-summary-row label="Date of birth" change-href="#dob">5 January 1978</civic-summary-row>
      <civic-summary-row label="Address" change-href="#address"
        >72 Guild Street<br />London<br />SE23 6FH</civic-summary-row
      >
      <civic-summary-row label="Contact details" change-href="#contact"
        >07700 900457<br />sarah.phillips@example.com</civic-summary-row
      >
    </civic-summary-list>
  `,
  play: async ({ canvasElement }) => {
    const row = canvasElement.querySelector('civic-summary-row')!;
    await expect(row.shadowRoot!.querySelector('a')).toHaveAccessibleName('Change Name');
  },
};

/** Rows without actions sit beside rows with them; some rows have several. */
export const MixedActions: Story = {
  render: () => html`
    <civic-summary-list>
      <civic-summary-row label="Reference number">HDJ2123F</civic-summary-row>
      <civic-summary-row label="Name" change-href="#name">Sarah Philips</civic-summary-row>
      <civic-summary-row
        label="Emergency contact"
        .actions=${[
          { href: '#contact', text: 'Change' },
          { href: '#contact-remove', text: 'Remove' },
        ]}
        >Jo Philips</civic-summary-row
      >
    </civic-summary-list>
  `,
};

export const NoBorder: Story = {
  render: () => html`
    <civic-summary-list no-border>
      <civic-summary-row label="Licence number">PL-2026-00417</civic-summary-row>
      <civic-summary-row label="Expires">31 March 2027</civic-summary-row>
    </civic-summary-list>
  `,
};

/** A card for each of several similar things, with actions for the whole card. */
export const Cards: Story = {
  render: () => html`
    <civic-summary-list
      card-title="University of Gloucestershire"
      .cardActions=${[
        { href: '#delete-1', text: 'Delete choice' },
        { href: '#withdraw-1', text: 'Withdraw' },
      ]}
    >
      <civic-summary-row label="Course" change-href="#course-1">English (3DMD)</civic-summary-row>
      <civic-summary-row label="Location" change-href="#location-1"
        >Cheltenham<br />Full time</civic-summary-row
      >
    </civic-summary-list>
    <civic-summary-list card-title="University of Bristol">
      <civic-summary-row label="Course" change-href="#course-2">English (Q300)</civic-summary-row>
    </civic-summary-list>
  `,
};

export const LongValues: Story = {
  render: () => html`
    <div style="max-inline-size: 20rem;">
      <civic-summary-list>
        <civic-summary-row label="Email" change-href="#email"
          >a.very.long.mailbox.name.for.testing.wrapping@example-council.gov.uk</civic-summary-row
        >
        <civic-summary-row label="Documents"
          ><ul>
            <li>passport-scan-front-and-back.pdf</li>
            <li>proof-of-address-council-tax-bill-2026.pdf</li>
          </ul></civic-summary-row
        >
      </civic-summary-list>
    </div>
  `,
};

/** Pattern: the last page before submitting an application. */
export const CheckYourAnswers: Story = {
  name: 'Pattern: check your answers',
  render: () => html`
    <form action="#submitted" @submit=${(event: Event) => event.preventDefault()}>
      <h1 style="font-family: var(--civic-font-family);">
        Check your answers before sending your application
      </h1>
      <h2 style="font-family: var(--civic-font-family);">Personal details</h2>
      <civic-summary-list>
        <civic-summary-row label="Name" change-href="#name">Sarah Philips</civic-summary-row>
        <civic-summary-row label="Date of birth" change-href="#dob"
          >5 January 1978</civic-summary-row
        >
        <civic-summary-row label="Address" change-href="#address"
          >72 Guild Street<br />London<br />SE23 6FH</civic-summary-row
        >
      </civic-summary-list>
      <h2 style="font-family: var(--civic-font-family);">Premises</h2>
      <civic-summary-list>
        <civic-summary-row label="Premises name" change-href="#premises"
          >The Old Bakery</civic-summary-row
        >
        <civic-summary-row label="Opening hours" change-href="#hours"
          >Monday to Saturday, 8am to 6pm</civic-summary-row
        >
      </civic-summary-list>
      <h2 style="font-family: var(--civic-font-family);">Now send your application</h2>
      <p style="font-family: var(--civic-font-family);">
        By submitting this application you are confirming that, to the best of your knowledge, the
        details you are providing are correct.
      </p>
      <civic-button prevent-double-click>Accept and send</civic-button>
    </form>
  `,
};

export const CheckYourAnswersInWelsh: Story = {
  name: 'Pattern: check your answers (Cymraeg)',
  render: () => html`
    <div lang="cy">
      <h1 style="font-family: var(--civic-font-family);">
        Gwirio eich atebion cyn anfon eich cais
      </h1>
      <civic-summary-list>
        <civic-summary-row label="Enw" change-href="#name">Siân Philips</civic-summary-row>
        <civic-summary-row label="Dyddiad geni" change-href="#dob">5 Ionawr 1978</civic-summary-row>
        <civic-summary-row label="Cyfeiriad" change-href="#address"
          >72 Stryd y Gild<br />Caerdydd<br />CF10 1AA</civic-summary-row
        >
      </civic-summary-list>
    </div>
  `,
  play: async ({ canvasElement }) => {
    const row = canvasElement.querySelector('civic-summary-row')!;
    await expect(row.shadowRoot!.querySelector('a')).toHaveAccessibleName('Newid Enw');
  },
};
