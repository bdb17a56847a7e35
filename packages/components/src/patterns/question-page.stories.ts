import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { buttonMarkup } from '../components/button/markup.js';
import { errorSummaryMarkup } from '../components/error-summary/markup.js';
import { passwordInputMarkup } from '../components/password-input/markup.js';
import { textInputMarkup } from '../components/text-input/markup.js';
import { textareaMarkup } from '../components/textarea/markup.js';
import { escapeText, toHtml } from '../core/markup-html.js';
import '../components/button/define.js';
import '../components/error-summary/define.js';
import '../components/password-input/define.js';
import '../components/text-input/define.js';
import '../components/textarea/define.js';

// The page is the HTML a server writes (the source panel shows it all), so
// it is what a service on any stack would send; the elements enhance it.
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
function receiveSubmissions(canvasElement: HTMLElement): void {
  const form = canvasElement.querySelector('form')!;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form, event.submitter);
    const body = new URLSearchParams(
      [...data.entries()].map(([key, value]) => [
        key,
        typeof value === 'string' ? value : value.name,
      ]),
    ).toString();
    canvasElement.querySelector('output')!.value = body;
  });
}

function page(language: 'en' | 'cy', heading: string, questions: string[]): string {
  const received = language === 'cy' ? 'Byddai’r gweinydd yn cael:' : 'The server would receive:';
  return `<div lang="${language}" class="story-page">
  ${toHtml(errorSummaryMarkup({ items: [], lang: language }))}
  <h1>${escapeText(heading)}</h1>
  <form action="/apply/your-details" method="post" novalidate>
    ${questions.join('\n    ')}
  </form>
  <p>${received} <output class="story-received"></output></p>
</div>`;
}

function control(canvasElement: HTMLElement, id: string): HTMLInputElement | HTMLTextAreaElement {
  const found = canvasElement.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
  if (!found) throw new Error(`no control #${id}`);
  return found;
}

function summaryLinks(canvasElement: HTMLElement): HTMLAnchorElement[] {
  return [...canvasElement.querySelectorAll<HTMLAnchorElement>('civic-error-summary a')];
}

const linkTexts = (canvasElement: HTMLElement) =>
  summaryLinks(canvasElement).map((link) => link.textContent.trim());

/**
 * The whole question-page flow: submit empty, read the summary, follow a link
 * to the field, answer everything, submit again.
 */
export const QuestionPage: Story = {
  name: 'Question page',
  render: () =>
    page('en', 'Your details', [
      toHtml(
        textInputMarkup({
          name: 'full-name',
          label: 'Full name',
          fieldName: 'your full name',
          autocomplete: 'name',
          required: true,
        }),
      ),
      toHtml(
        textInputMarkup({
          name: 'email',
          label: 'Email address',
          hint: 'We’ll only use this to send you a receipt',
          type: 'email',
          autocomplete: 'email',
          required: true,
        }),
      ),
      toHtml(
        textareaMarkup({
          name: 'reason',
          label: 'Why do you need a permit?',
          fieldName: 'why you need a permit',
          hint: 'Do not include personal or financial information',
          maxLength: 200,
          required: true,
        }),
      ),
      toHtml(
        passwordInputMarkup({
          name: 'password',
          label: 'Create a password',
          fieldName: 'a password',
          hint: 'Must be at least 8 characters',
          autocomplete: 'new-password',
          minLength: 8,
          required: true,
        }),
      ),
      toHtml(buttonMarkup({ text: 'Continue', name: 'action', value: 'continue' })),
    ]),
  play: async ({ canvasElement, step }) => {
    receiveSubmissions(canvasElement);
    const originalTitle = document.title.replace(/^Error: /, '');
    const button = canvasElement.querySelector<HTMLButtonElement>('civic-button button')!;
    const summary = canvasElement.querySelector('.civic-error-summary')!;

    await step(
      'Submitting with nothing filled in lists every error and focuses the summary',
      async () => {
        await userEvent.click(button);
        await waitFor(() =>
          expect(linkTexts(canvasElement)).toEqual([
            'Enter your full name',
            'Enter email address',
            'Enter why you need a permit',
            'Enter a password',
          ]),
        );
        await waitFor(() => expect(document.activeElement).toBe(summary));
        await expect(document.title).toBe(`Error: ${originalTitle}`);
        await expect(canvasElement.querySelector('output')!.value).toBe('');
        await expect(control(canvasElement, 'email')).toHaveAccessibleDescription(
          'We’ll only use this to send you a receipt Error: Enter email address',
        );
      },
    );

    await step('A link in the summary moves focus to its field', async () => {
      await userEvent.click(summaryLinks(canvasElement)[1]);
      await expect(document.activeElement).toBe(control(canvasElement, 'email'));
    });

    await step('Answering every question clears the summary and submits', async () => {
      await userEvent.type(control(canvasElement, 'full-name'), 'Siân Jones');
      await userEvent.type(control(canvasElement, 'email'), 'sian@example.com');
      await userEvent.type(control(canvasElement, 'reason'), 'To park outside my house 🚗');
      await userEvent.type(control(canvasElement, 'password'), 'correct horse battery');
      await userEvent.click(button);
      await waitFor(() =>
        expect(canvasElement.querySelector('output')!.value).toBe(
          'full-name=Si%C3%A2n+Jones&email=sian%40example.com&reason=To+park+outside+my+house+%F0%9F%9A%97&password=correct+horse+battery&action=continue',
        ),
      );
      await waitFor(() => expect(linkTexts(canvasElement)).toEqual([]));
      await expect(document.title).toBe(originalTitle);
      // Every fixed field has dropped its message.
      await waitFor(() =>
        expect(canvasElement.querySelectorAll('form .civic-error-message')).toHaveLength(0),
      );
    });
  },
};

/** The same page in Welsh: every built-in string and message is Welsh. */
export const QuestionPageInWelsh: Story = {
  name: 'Question page (Cymraeg)',
  render: () =>
    page('cy', 'Eich manylion', [
      toHtml(
        textInputMarkup({
          name: 'full-name',
          id: 'enw',
          label: 'Enw llawn',
          fieldName: 'eich enw llawn',
          autocomplete: 'name',
          required: true,
          lang: 'cy',
        }),
      ),
      toHtml(
        textareaMarkup({
          name: 'reason',
          id: 'rheswm',
          label: 'Pam mae angen trwydded arnoch chi?',
          fieldName: 'eich rheswm',
          maxLength: 200,
          required: true,
          lang: 'cy',
        }),
      ),
      toHtml(
        passwordInputMarkup({
          name: 'password',
          id: 'cyfrinair',
          label: 'Creu cyfrinair',
          fieldName: 'gyfrinair',
          autocomplete: 'new-password',
          required: true,
          lang: 'cy',
        }),
      ),
      toHtml(buttonMarkup({ text: 'Parhau' })),
    ]),
  play: async ({ canvasElement }) => {
    receiveSubmissions(canvasElement);
    const originalTitle = document.title.replace(/^Gwall: /, '');
    const button = canvasElement.querySelector<HTMLButtonElement>('civic-button button')!;
    await userEvent.click(button);
    await waitFor(() =>
      expect(linkTexts(canvasElement)).toEqual([
        'Rhowch eich enw llawn',
        'Rhowch eich rheswm',
        'Rhowch gyfrinair',
      ]),
    );
    await expect(canvasElement.querySelector('.civic-error-summary__title')!.textContent).toBe(
      'Mae problem wedi codi',
    );
    await expect(document.title).toBe(`Gwall: ${originalTitle}`);
    // Leave the page's title as it was for the next story.
    await userEvent.type(control(canvasElement, 'enw'), 'Siân');
    await userEvent.type(control(canvasElement, 'rheswm'), 'Parcio');
    await userEvent.type(control(canvasElement, 'cyfrinair'), 'cyfrinair hir iawn');
    await userEvent.click(button);
    await waitFor(() => expect(document.title).toBe(originalTitle));
  },
};

/** What the server sends back after its own checks: errors on the fields and in the summary, before any script runs. */
export const ServerErrors: Story = {
  name: 'Question page with server errors',
  render: () =>
    page('en', 'Your details', [
      toHtml(
        textInputMarkup({
          name: 'full-name',
          label: 'Full name',
          value: 'Siân 2',
          error: 'Full name must not include numbers',
        }),
      ),
      toHtml(
        textareaMarkup({
          name: 'reason',
          label: 'Why do you need a permit?',
          maxLength: 20,
          value: 'To park outside my house, please',
        }),
      ),
      toHtml(buttonMarkup({ text: 'Continue' })),
    ]).replace(
      toHtml(errorSummaryMarkup({ items: [], lang: 'en' })),
      toHtml(
        errorSummaryMarkup({
          items: [{ text: 'Full name must not include numbers', href: '#full-name' }],
          disableAutoFocus: true,
        }),
      ),
    ),
  play: async ({ canvasElement }) => {
    await expect(linkTexts(canvasElement)).toEqual(['Full name must not include numbers']);
    await expect(control(canvasElement, 'full-name')).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(summaryLinks(canvasElement)[0]);
    await expect(document.activeElement).toBe(control(canvasElement, 'full-name'));
  },
};
