import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import type { CivicTextInput } from './civic-text-input.js';
import {
  textInputMarkup,
  TEXT_INPUT_TYPES,
  TEXT_INPUT_WIDTHS,
  type TextInputParams,
} from './markup.js';
import '../button/define.js';
import './define.js';

// Each story is the HTML a server writes (the source panel shows it, ready
// to copy into a template in any language); the element enhances it.
const meta = {
  title: 'Components/Text input',
  component: 'civic-text-input',
  args: { name: 'full-name', label: 'Full name' },
  argTypes: {
    type: { control: 'select', options: TEXT_INPUT_TYPES },
    width: { control: 'select', options: TEXT_INPUT_WIDTHS },
  },
  render: (args) => toHtml(textInputMarkup(args)),
} satisfies Meta<TextInputParams>;

export default meta;
type Story = StoryObj<TextInputParams>;

function inputIn(canvasElement: HTMLElement) {
  const field = canvasElement.querySelector<CivicTextInput>('civic-text-input');
  const control = field?.querySelector<HTMLInputElement>('input');
  if (!field || !control) throw new Error('civic-text-input has no input');
  return { field, control };
}

export const Default: Story = {};

export const WithHint: Story = {
  args: {
    name: 'ni-number',
    label: 'National Insurance number',
    hint: 'It’s on your National Insurance card, benefit letter, payslip or P60. For example, ‘QQ 12 34 56 C’.',
    width: '10',
    autocomplete: 'off',
  },
};

export const WithError: Story = {
  name: 'With error (from the server)',
  args: { label: 'Full name', error: 'Enter your full name', required: true },
  play: async ({ canvasElement }) => {
    const { control } = inputIn(canvasElement);
    await expect(control).toHaveAttribute('aria-invalid', 'true');
    await expect(control).toHaveAccessibleDescription('Error: Enter your full name');
  },
};

export const LabelAsPageHeading: Story = {
  name: 'Label as the page heading',
  args: {
    name: 'email',
    label: 'What is your email address?',
    type: 'email',
    autocomplete: 'email',
    pageHeading: true,
    hint: 'We’ll only use this to send you a receipt',
  },
};

export const Email: Story = {
  args: { name: 'email', label: 'Email address', type: 'email', autocomplete: 'email' },
};

export const Telephone: Story = {
  args: {
    name: 'phone',
    label: 'UK telephone number',
    type: 'tel',
    autocomplete: 'tel',
    width: '20',
  },
};

export const NumbersAsText: Story = {
  name: 'Numbers as text',
  args: {
    name: 'account-number',
    label: 'Account number',
    hint: 'Must be between 6 and 8 digits long',
    numeric: true,
    width: '10',
  },
  play: async ({ canvasElement }) => {
    const { control } = inputIn(canvasElement);
    await expect(control).toHaveAttribute('inputmode', 'numeric');
    await expect(control).toHaveAttribute('type', 'text');
  },
};

export const PrefixAndSuffix: Story = {
  name: 'Prefix and suffix',
  args: {
    name: 'cost',
    label: 'Cost per item, in pounds',
    inputPrefix: '£',
    inputSuffix: 'per item',
    width: '5',
  },
};

export const FixedWidths: Story = {
  name: 'Fixed and fluid widths',
  render: () =>
    TEXT_INPUT_WIDTHS.map((width) =>
      toHtml(textInputMarkup({ name: `width-${width}`, label: `${width} width`, width })),
    ).join('\n'),
};

export const Disabled: Story = { args: { disabled: true, value: 'Sam Jones' } };

export const InWelsh: Story = {
  name: 'Cymraeg',
  render: () =>
    `<div lang="cy">${toHtml(textInputMarkup({ name: 'enw', label: 'Enw llawn', fieldName: 'eich enw llawn', required: true, lang: 'cy' }))}</div>`,
  play: async ({ canvasElement }) => {
    const { field } = inputIn(canvasElement);
    await expect(field.validationMessage).toBe('Rhowch eich enw llawn');
  },
};

/** For JavaScript frameworks: attributes only, and the element builds the same HTML as above. */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: () =>
    html`<civic-text-input
      name="email-address"
      label="Email address"
      hint="We’ll send your receipt here"
      type="email"
      autocomplete="email"
      required
    ></civic-text-input>`,
  play: async ({ canvasElement }) => {
    const { control } = inputIn(canvasElement);
    await expect(control).toHaveAccessibleName('Email address');
    await expect(control).toHaveAccessibleDescription('We’ll send your receipt here');
    await expect(control).toHaveAttribute('name', 'email-address');
  },
};

/** Validation happens on submit: the error appears then, and names the field. */
export const ValidatesOnSubmit: Story = {
  name: 'Validates on submit',
  render: () =>
    `<form novalidate>${toHtml(textInputMarkup({ name: 'email', label: 'Email address', type: 'email', autocomplete: 'email', required: true }))}<button type="submit">Continue</button></form>`,
  play: async ({ canvasElement }) => {
    const { field, control } = inputIn(canvasElement);
    const form = canvasElement.querySelector('form')!;
    form.addEventListener('submit', (event) => event.preventDefault());
    await userEvent.type(control, 'name.example.com');
    await expect(field.errorMessage).toBe('');
    // Invalid events would otherwise open the browser's own bubble in the test.
    control.addEventListener('invalid', (event) => event.preventDefault(), { once: true });
    field.checkValidity();
    await expect(field.errorMessage).toBe(
      'Enter an email address in the correct format, like name@example.com',
    );
    await expect(control).toHaveAccessibleDescription(
      'Error: Enter an email address in the correct format, like name@example.com',
    );
  },
};
