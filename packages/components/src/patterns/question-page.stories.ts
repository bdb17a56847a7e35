import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../components/button/define.js';
import '../components/error-summary/define.js';
import '../components/password-input/define.js';
import '../components/text-input/define.js';
import '../components/textarea/define.js';

const meta = {
  title: 'Patterns/Question page',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * Stands in for the service's server: shows what the form submitted, as the
 * URL-encoded body a server would receive, and keeps the story on its page.
 */
function receive(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const data = new FormData(form, event.submitter);
  const body = new URLSearchParams(
    [...data.entries()].map(([key, value]) => [
      key,
      typeof value === 'string' ? value : value.name,
    ]),
  ).toString();
  form.parentElement!.querySelector('output')!.value = body;
}

function page(content: TemplateResult, language: 'en' | 'cy'): TemplateResult {
  return html`<div lang=${language} class="question-page" style="max-inline-size: 40rem;">
    <civic-error-summary></civic-error-summary>
    <form action="/apply/your-details" method="post" @submit=${receive}>${content}</form>
    <p style="font-family: var(--civic-font-family);">
      ${language === 'cy' ? 'Byddai’r gweinydd yn cael:' : 'The server would receive:'}
      <output
        style="display: block; font-family: var(--civic-font-family-monospace); overflow-wrap: anywhere;"
      ></output>
    </p>
  </div>`;
}

function inner(
  canvasElement: HTMLElement,
  selector: string,
): HTMLInputElement | HTMLTextAreaElement {
  const control = canvasElement
    .querySelector(selector)
    ?.shadowRoot?.querySelector<HTMLInputElement | HTMLTextAreaElement>('[part~="control"]');
  if (!control) throw new Error(`${selector} did not render its control`);
  return control;
}

function summaryLinks(canvasElement: HTMLElement): string[] {
  const summary = canvasElement.querySelector('civic-error-summary')!;
  return [...summary.shadowRoot!.querySelectorAll('a')].map((link) => link.textContent.trim());
}

/**
 * The whole question-page flow: submit empty, read the summary, follow a link
 * to the field, answer everything, submit again.
 */
export const QuestionPage: Story = {
  name: 'Question page',
  render: () =>
    page(
      html`
        <h1 style="font-family: var(--civic-font-family);">Your details</h1>
        <civic-text-input
          id="full-name"
          name="full-name"
          label="Full name"
          field-name="your full name"
          autocomplete="name"
          required
        ></civic-text-input>
        <civic-text-input
          id="email"
          name="email"
          label="Email address"
          hint="We’ll only use this to send you a receipt"
          type="email"
          autocomplete="email"
          spellcheck="false"
          required
        ></civic-text-input>
        <civic-textarea
          id="reason"
          name="reason"
          label="Why do you need a permit?"
          field-name="why you need a permit"
          hint="Do not include personal or financial information"
          maxlength="200"
          required
        ></civic-textarea>
        <civic-password-input
          id="password"
          name="password"
          label="Create a password"
          field-name="a password"
          hint="Must be at least 8 characters"
          autocomplete="new-password"
          minlength="8"
          required
        ></civic-password-input>
        <civic-button type="submit" name="action" value="continue">Continue</civic-button>
      `,
      'en',
    ),
  play: async ({ canvasElement, step }) => {
    const originalTitle = document.title.replace(/^Error: /, '');
    const button = canvasElement
      .querySelector('civic-button')!
      .shadowRoot!.querySelector('button')!;
    const summary = canvasElement.querySelector('civic-error-summary')!;

    await step(
      'Submitting with nothing filled in lists every error and focuses the summary',
      async () => {
        await userEvent.click(button);
        await waitFor(() =>
          expect(summaryLinks(canvasElement)).toEqual([
            'Enter your full name',
            'Enter email address',
            'Enter why you need a permit',
            'Enter a password',
          ]),
        );
        await waitFor(() => expect(document.activeElement).toBe(summary));
        await expect(document.title).toBe(`Error: ${originalTitle}`);
        await expect(canvasElement.querySelector('output')!.value).toBe('');
      },
    );

    await step('A link in the summary moves focus to its field', async () => {
      await userEvent.click(summary.shadowRoot!.querySelectorAll('a')[1]);
      await expect(document.activeElement).toBe(canvasElement.querySelector('#email'));
    });

    await step('Answering every question clears the summary and submits', async () => {
      await userEvent.type(inner(canvasElement, '#full-name'), 'Siân Jones');
      await userEvent.type(inner(canvasElement, '#email'), 'sian@example.com');
      await userEvent.type(inner(canvasElement, '#reason'), 'To park outside my house 🚗');
      await userEvent.type(inner(canvasElement, '#password'), 'correct horse battery');
      await userEvent.click(button);
      await waitFor(() =>
        expect(canvasElement.querySelector('output')!.value).toBe(
          'full-name=Si%C3%A2n+Jones&email=sian%40example.com&reason=To+park+outside+my+house+%F0%9F%9A%97&password=correct+horse+battery&action=continue',
        ),
      );
      await waitFor(() => expect(summaryLinks(canvasElement)).toEqual([]));
      await expect(document.title).toBe(originalTitle);
      // Every fixed field has dropped its message.
      const shownErrors = () =>
        [...canvasElement.querySelectorAll('form > [id]')]
          .map((field) => (field as HTMLElement & { errorMessage: string }).errorMessage)
          .filter(Boolean);
      await waitFor(() => expect(shownErrors()).toEqual([]));
    });
  },
};

/** The same page in Welsh: every built-in string and message is Welsh. */
export const QuestionPageInWelsh: Story = {
  name: 'Question page (Cymraeg)',
  render: () =>
    page(
      html`
        <h1 style="font-family: var(--civic-font-family);">Eich manylion</h1>
        <civic-text-input
          id="enw"
          name="full-name"
          label="Enw llawn"
          field-name="eich enw llawn"
          autocomplete="name"
          required
        ></civic-text-input>
        <civic-textarea
          id="rheswm"
          name="reason"
          label="Pam mae angen trwydded arnoch chi?"
          field-name="eich rheswm"
          maxlength="200"
          required
        ></civic-textarea>
        <civic-password-input
          id="cyfrinair"
          name="password"
          label="Creu cyfrinair"
          field-name="gyfrinair"
          autocomplete="new-password"
          required
        ></civic-password-input>
        <civic-button type="submit">Parhau</civic-button>
      `,
      'cy',
    ),
  play: async ({ canvasElement }) => {
    const originalTitle = document.title.replace(/^Gwall: /, '');
    const button = canvasElement
      .querySelector('civic-button')!
      .shadowRoot!.querySelector('button')!;
    await userEvent.click(button);
    await waitFor(() =>
      expect(summaryLinks(canvasElement)).toEqual([
        'Rhowch eich enw llawn',
        'Rhowch eich rheswm',
        'Rhowch gyfrinair',
      ]),
    );
    const summary = canvasElement.querySelector('civic-error-summary')!;
    await expect(summary.shadowRoot!.textContent).toContain('Mae problem wedi codi');
    await expect(document.title).toBe(`Gwall: ${originalTitle}`);
    // Leave the page's title as it was for the next story.
    await userEvent.type(inner(canvasElement, '#enw'), 'Siân');
    await userEvent.type(inner(canvasElement, '#rheswm'), 'Parcio');
    await userEvent.type(inner(canvasElement, '#cyfrinair'), 'cyfrinair hir iawn');
    await userEvent.click(button);
    await waitFor(() => expect(document.title).toBe(originalTitle));
  },
};
