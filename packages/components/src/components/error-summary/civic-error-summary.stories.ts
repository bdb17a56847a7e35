import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../button/define.js';
import '../text-input/define.js';
import './define.js';

/**
 * A form that stays on the page and reports each submission that goes through
 * in a live region below it, so a reader (and a play function) sees what a
 * server would receive.
 */
function reportSubmission(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const entries = [...new FormData(form, event.submitter).entries()].map(([key, value]) => [
    key,
    typeof value === 'string' ? value : value.name,
  ]);
  form.nextElementSibling!.textContent = `Submitted: ${new URLSearchParams(entries).toString()}`;
}

const meta = {
  title: 'Components/Error summary',
  component: 'civic-error-summary',
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * Pattern: a question page, checked in the browser. Submit it empty: the
 * submission is cancelled, the summary lists both errors and takes focus, and
 * each link takes you to its field. Fix the fields and the summary goes.
 */
export const ClientValidation: Story = {
  name: 'Pattern: errors found in the browser',
  render: () => html`
    <civic-error-summary for="contact-details"></civic-error-summary>
    <form id="contact-details" @submit=${reportSubmission}>
      <civic-text-input
        name="full-name"
        label="Full name"
        field-name="your full name"
        autocomplete="name"
        required
      ></civic-text-input>
      <civic-text-input
        name="email"
        label="Email address"
        field-name="your email address"
        type="email"
        autocomplete="email"
        required
      ></civic-text-input>
      <civic-button name="action" value="continue">Continue</civic-button>
    </form>
    <p role="status" style="font-family: var(--civic-font-family);"></p>
  `,
  play: async ({ canvasElement }) => {
    const summary = canvasElement.querySelector('civic-error-summary')!;
    const button = canvasElement.querySelector('civic-button')!;
    await userEvent.click(button.shadowRoot!.querySelector('button')!);
    await waitFor(() => expect(summary.shadowRoot!.querySelectorAll('a')).toHaveLength(2));
    const [nameLink, emailLink] = [...summary.shadowRoot!.querySelectorAll('a')];
    await expect(nameLink).toHaveTextContent('Enter your full name');
    await expect(emailLink).toHaveTextContent('Enter your email address');
    await expect(summary.shadowRoot!.activeElement).toBe(
      summary.shadowRoot!.querySelector('[part="summary"]'),
    );
    await expect(canvasElement.querySelector('[role="status"]')).toHaveTextContent('');

    await userEvent.click(emailLink);
    const email = canvasElement.querySelector('civic-text-input[name="email"]')!;
    await expect(email.shadowRoot!.activeElement).toBe(email.shadowRoot!.querySelector('input'));
  },
};

/**
 * Pattern: errors a server found, returned in the page. The summary shows and
 * takes focus as the page loads; each field shows its own error from its
 * `error` attribute. On this documentation page it does not take focus, so
 * the page does not jump to it.
 */
export const ServerErrors: Story = {
  name: 'Pattern: errors a server found',
  render: (_args, context) => html`
    <civic-error-summary
      ?disable-auto-focus=${context.viewMode === 'docs'}
      .items=${[
        { href: '#nino', text: 'Enter a National Insurance number in the correct format' },
        { href: '#postcode', text: 'Enter a real postcode' },
      ]}
    >
      <p slot="description" style="font-family: var(--civic-font-family);">
        Check your answers and try again.
      </p>
    </civic-error-summary>
    <form novalidate @submit=${reportSubmission}>
      <civic-text-input
        id="nino"
        name="nino"
        label="National Insurance number"
        hint="It’s on your National Insurance card, benefit letter, payslip or P60. For example, ‘QQ 12 34 56 C’."
        value="QQ 12 34"
        error="Enter a National Insurance number in the correct format"
      ></civic-text-input>
      <civic-text-input
        id="postcode"
        name="postcode"
        label="Postcode"
        width="10"
        value="ZZ99"
        error="Enter a real postcode"
      ></civic-text-input>
      <civic-button>Continue</civic-button>
    </form>
    <p role="status" style="font-family: var(--civic-font-family);"></p>
  `,
  play: async ({ canvasElement }) => {
    const summary = canvasElement.querySelector('civic-error-summary')!;
    await waitFor(() => expect(summary.shadowRoot!.querySelectorAll('a')).toHaveLength(2));
    await expect(summary.shadowRoot!.querySelector('a')).toHaveAttribute('href', '#nino');
    await expect(document.title.startsWith('Error: ')).toBe(true);
  },
};

/** Pattern: the same question page in Welsh: "Mae problem wedi codi", and "Gwall: " before the title. */
export const ClientValidationInWelsh: Story = {
  name: 'Pattern: errors found in the browser (Cymraeg)',
  render: () => html`
    <div lang="cy">
      <civic-error-summary for="manylion-cyswllt"></civic-error-summary>
      <form id="manylion-cyswllt" @submit=${reportSubmission}>
        <civic-text-input
          name="enw-llawn"
          label="Enw llawn"
          field-name="eich enw llawn"
          autocomplete="name"
          required
        ></civic-text-input>
        <civic-text-input
          name="e-bost"
          label="Cyfeiriad e-bost"
          field-name="eich cyfeiriad e-bost"
          type="email"
          autocomplete="email"
          required
        ></civic-text-input>
        <civic-button>Parhau</civic-button>
      </form>
      <p role="status" style="font-family: var(--civic-font-family);"></p>
    </div>
  `,
  play: async ({ canvasElement }) => {
    const summary = canvasElement.querySelector('civic-error-summary')!;
    const button = canvasElement.querySelector('civic-button')!;
    await userEvent.click(button.shadowRoot!.querySelector('button')!);
    await waitFor(() => expect(summary.shadowRoot!.querySelectorAll('a')).toHaveLength(2));
    await expect(summary.shadowRoot!.querySelector('[part="heading"]')).toHaveTextContent(
      'Mae problem wedi codi',
    );
    await expect(summary.shadowRoot!.querySelector('a')).toHaveTextContent('Rhowch eich enw llawn');
    await expect(document.title.startsWith('Gwall: ')).toBe(true);
  },
};
