import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { textInputMarkup, type TextInputParams } from '../text-input/markup.js';
import { errorSummaryMarkup, type ErrorSummaryParams } from './markup.js';
import '../button/define.js';
import '../text-input/define.js';
import './define.js';

// Each story is the HTML a server writes (the source panel shows it, ready to
// copy into a template in any language); the element enhances it.

// Forms in these stories stay on the page: each submission that goes through
// is reported in the status line after the form, as a server would receive it.
// (Submissions the summary stops never reach this listener.)
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-story-form')) return;
  event.preventDefault();
  const entries = [...new FormData(form, event.submitter).entries()].map(([key, value]) => [
    key,
    typeof value === 'string' ? value : value.name,
  ]);
  const status = form.nextElementSibling;
  if (status !== null) status.textContent = `Submitted: ${new URLSearchParams(entries).toString()}`;
});

/** A question page as a server writes it: the summary, then the form, with the contract's button. */
function questionPage(
  summary: ErrorSummaryParams,
  fields: TextInputParams[],
  button: string,
  formId = 'contact-details',
): string {
  return [
    toHtml(errorSummaryMarkup({ for: formId, ...summary })),
    `<form id="${formId}" action="/contact-details" method="post" data-story-form>`,
    ...fields.map((field) => toHtml(textInputMarkup(field))),
    `<civic-button><button class="civic-button" type="submit" name="action" value="continue">${button}</button></civic-button>`,
    '</form>',
    '<p role="status" class="civic-hint"></p>',
  ].join('\n');
}

const meta = {
  title: 'Components/Error summary',
  component: 'civic-error-summary',
  args: {
    items: [
      { text: 'Enter a National Insurance number in the correct format', href: '#nino' },
      { text: 'Enter a real postcode', href: '#postcode' },
    ],
  },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  // On the documentation page, where several stories share the page, a
  // summary must not take focus as it loads and scroll the page to itself.
  render: (args, context) =>
    toHtml(errorSummaryMarkup({ disableAutoFocus: context.viewMode === 'docs', ...args })),
} satisfies Meta<ErrorSummaryParams>;

export default meta;
type Story = StoryObj<ErrorSummaryParams>;

function summaryIn(canvasElement: HTMLElement) {
  const summary = canvasElement.querySelector('civic-error-summary');
  const box = summary?.querySelector<HTMLElement>('.civic-error-summary');
  if (!summary || !box) throw new Error('civic-error-summary has no box');
  const links = () => [...box.querySelectorAll<HTMLAnchorElement>('a')];
  return { summary, box, links };
}

/** The errors a server found, as the page loads with them. */
export const Default: Story = {
  name: 'Errors a server found',
  play: async ({ canvasElement }) => {
    const { box, links } = summaryIn(canvasElement);
    await expect(box).toHaveAttribute('role', 'alert');
    await expect(box).toHaveAccessibleName('There is a problem');
    await expect(links().map((link) => link.getAttribute('href'))).toEqual(['#nino', '#postcode']);
  },
};

export const WithDescription: Story = {
  name: 'With a description',
  args: { description: 'Check your answers and try again.' },
};

export const HeadingAndLevel: Story = {
  name: 'Own heading, at level 3',
  args: { heading: 'Your answers need changes', headingLevel: 3 },
};

export const WithoutLinks: Story = {
  name: 'An error without a field to link to',
  args: { items: [{ text: 'Upload your passport photo again: the file was damaged' }] },
};

/**
 * Pattern: a question page, checked in the browser. The summary waits,
 * hidden, above the form. Submit it empty: the submission is cancelled, the
 * summary lists both errors and takes focus, and each link takes you to its
 * field. Fix the fields and the summary goes.
 */
export const ClientValidation: Story = {
  name: 'Pattern: errors found in the browser',
  render: () =>
    questionPage(
      {},
      [
        {
          name: 'full-name',
          label: 'Full name',
          fieldName: 'your full name',
          autocomplete: 'name',
          required: true,
        },
        {
          name: 'email',
          label: 'Email address',
          fieldName: 'your email address',
          type: 'email',
          autocomplete: 'email',
          required: true,
        },
      ],
      'Continue',
    ),
  play: async ({ canvasElement }) => {
    const { box, links } = summaryIn(canvasElement);
    await expect(box).not.toBeVisible();
    await userEvent.click(canvasElement.querySelector('button')!);
    await waitFor(() => expect(links()).toHaveLength(2));
    const [nameLink, emailLink] = links();
    await expect(nameLink).toHaveTextContent('Enter your full name');
    await expect(emailLink).toHaveTextContent('Enter your email address');
    await waitFor(() => expect(document.activeElement).toBe(box));
    await expect(document.title.startsWith('Error: ')).toBe(true);
    await expect(canvasElement.querySelector('[role="status"]')).toHaveTextContent('');

    await userEvent.click(emailLink);
    await expect(document.activeElement).toBe(canvasElement.querySelector('#email'));
  },
};

/**
 * Pattern: errors a server found, returned in the page. The summary shows and
 * takes focus as the page loads, and each field shows its own error. The page
 * is complete without JavaScript: the links go to the inputs by `#id`.
 */
export const ServerErrors: Story = {
  name: 'Pattern: errors a server found',
  render: (_args, context) =>
    questionPage(
      {
        disableAutoFocus: context.viewMode === 'docs',
        items: [
          { text: 'Enter a National Insurance number in the correct format', href: '#nino' },
          { text: 'Enter a real postcode', href: '#postcode' },
        ],
      },
      [
        {
          name: 'nino',
          label: 'National Insurance number',
          hint: 'It’s on your National Insurance card, benefit letter, payslip or P60. For example, ‘QQ 12 34 56 C’.',
          value: 'QQ 12 34',
          error: 'Enter a National Insurance number in the correct format',
        },
        {
          name: 'postcode',
          label: 'Postcode',
          width: '10',
          autocomplete: 'postal-code',
          value: 'ZZ99',
          error: 'Enter a real postcode',
        },
      ],
      'Continue',
    ),
  play: async ({ canvasElement }) => {
    const { links } = summaryIn(canvasElement);
    await expect(links()[0]).toHaveAttribute('href', '#nino');
    await expect(canvasElement.querySelector('#nino')).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(document.title.startsWith('Error: ')).toBe(true));
  },
};

/** Pattern: the same question page in Welsh: "Mae problem wedi codi", and "Gwall: " before the title. */
export const ClientValidationInWelsh: Story = {
  name: 'Pattern: errors found in the browser (Cymraeg)',
  render: () =>
    `<div lang="cy">\n${questionPage(
      { lang: 'cy' },
      [
        {
          name: 'enw-llawn',
          label: 'Enw llawn',
          fieldName: 'eich enw llawn',
          autocomplete: 'name',
          required: true,
          lang: 'cy',
        },
        {
          name: 'e-bost',
          label: 'Cyfeiriad e-bost',
          fieldName: 'eich cyfeiriad e-bost',
          type: 'email',
          autocomplete: 'email',
          required: true,
          lang: 'cy',
        },
      ],
      'Parhau',
      'manylion-cyswllt',
    )}\n</div>`,
  play: async ({ canvasElement }) => {
    const { box, links } = summaryIn(canvasElement);
    await userEvent.click(canvasElement.querySelector('button')!);
    await waitFor(() => expect(links()).toHaveLength(2));
    await expect(box.querySelector('h2')).toHaveTextContent('Mae problem wedi codi');
    await expect(links()[0]).toHaveTextContent('Rhowch eich enw llawn');
    await waitFor(() => expect(document.title.startsWith('Gwall: ')).toBe(true));
  },
};

/**
 * For JavaScript frameworks: attributes only (and `items` as a property, as a
 * framework passes an array; the `items` attribute takes the same as JSON),
 * and the element builds the same HTML as above.
 */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: (_args, context) =>
    html`<civic-error-summary
      ?disable-auto-focus=${context.viewMode === 'docs'}
      description="Check your answers and try again."
      .items=${[
        { text: 'Enter a National Insurance number in the correct format', href: '#nino' },
        { text: 'Enter a real postcode', href: '#postcode' },
      ]}
    ></civic-error-summary>`,
  play: async ({ canvasElement }) => {
    const { box, links } = summaryIn(canvasElement);
    await expect(box).toHaveAccessibleName('There is a problem');
    await expect(box.querySelector('.civic-error-summary__description')).toHaveTextContent(
      'Check your answers and try again.',
    );
    await expect(links().map((link) => link.textContent)).toEqual([
      'Enter a National Insurance number in the correct format',
      'Enter a real postcode',
    ]);
  },
};
