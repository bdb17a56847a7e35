import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent } from 'storybook/test';
import type { CivicTextInput, TextInputType, TextInputWidth } from './civic-text-input.js';
import '../button/define.js';
import './define.js';

interface TextInputArgs {
  label: string;
  hint: string;
  error: string;
  type: TextInputType;
  width?: TextInputWidth;
  name: string;
  value: string;
  required: boolean;
  disabled: boolean;
  numeric: boolean;
  autocomplete?: string;
  'input-prefix': string;
  'input-suffix': string;
  'page-heading': boolean;
}

const meta = {
  title: 'Components/Text input',
  component: 'civic-text-input',
  args: {
    label: 'Full name',
    hint: '',
    error: '',
    type: 'text',
    name: 'full-name',
    value: '',
    required: false,
    disabled: false,
    numeric: false,
    'input-prefix': '',
    'input-suffix': '',
    'page-heading': false,
  },
  argTypes: {
    type: { control: 'select', options: ['text', 'email', 'tel', 'url', 'search'] },
    width: {
      control: 'select',
      options: [
        '2',
        '3',
        '4',
        '5',
        '10',
        '20',
        '30',
        'one-quarter',
        'one-third',
        'one-half',
        'two-thirds',
        'three-quarters',
        'full',
      ],
    },
  },
  render: (args) =>
    html`<civic-text-input
      label=${args.label}
      hint=${args.hint}
      error=${args.error}
      type=${args.type}
      width=${ifDefined(args.width)}
      name=${args.name}
      value=${args.value}
      autocomplete=${ifDefined(args.autocomplete)}
      input-prefix=${args['input-prefix']}
      input-suffix=${args['input-suffix']}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?numeric=${args.numeric}
      ?page-heading=${args['page-heading']}
    ></civic-text-input>`,
} satisfies Meta<TextInputArgs>;

export default meta;
type Story = StoryObj<TextInputArgs>;

function inputIn(canvasElement: HTMLElement) {
  const host = canvasElement.querySelector<CivicTextInput>('civic-text-input');
  const control = host?.shadowRoot?.querySelector<HTMLInputElement>('input');
  if (!host || !control) throw new Error('civic-text-input did not render its input');
  return { host, control };
}

export const Default: Story = {};

export const WithHint: Story = {
  args: {
    label: 'National Insurance number',
    hint: 'It’s on your National Insurance card, benefit letter, payslip or P60. For example, ‘QQ 12 34 56 C’.',
    width: '10',
    name: 'ni-number',
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
    label: 'What is your email address?',
    type: 'email',
    autocomplete: 'email',
    'page-heading': true,
    hint: 'We’ll only use this to send you a receipt',
  },
};

export const Email: Story = {
  args: { label: 'Email address', type: 'email', autocomplete: 'email', name: 'email' },
};

export const Telephone: Story = {
  args: {
    label: 'UK telephone number',
    type: 'tel',
    autocomplete: 'tel',
    width: '20',
    name: 'phone',
  },
};

export const NumbersAsText: Story = {
  name: 'Numbers as text',
  args: {
    label: 'Account number',
    hint: 'Must be between 6 and 8 digits long',
    numeric: true,
    width: '10',
    name: 'account-number',
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
    label: 'Cost per item, in pounds',
    'input-prefix': '£',
    'input-suffix': 'per item',
    width: '5',
    name: 'cost',
  },
};

export const FixedWidths: Story = {
  name: 'Fixed and fluid widths',
  render: () => html`
    ${(['20', '10', '5', '4', '3', '2'] as const).map(
      (width) =>
        html`<civic-text-input label="${width} character width" width=${width}></civic-text-input>`,
    )}
    ${(
      ['full', 'three-quarters', 'two-thirds', 'one-half', 'one-third', 'one-quarter'] as const
    ).map(
      (width) => html`<civic-text-input label="${width} width" width=${width}></civic-text-input>`,
    )}
  `,
};

export const Disabled: Story = { args: { disabled: true, value: 'Sam Jones' } };

export const InWelsh: Story = {
  name: 'Cymraeg',
  render: () =>
    html`<div lang="cy">
      <civic-text-input label="Enw llawn" field-name="eich enw llawn" required></civic-text-input>
    </div>`,
  play: async ({ canvasElement }) => {
    const { host } = inputIn(canvasElement);
    await expect(host.validationMessage).toBe('Rhowch eich enw llawn');
  },
};

/** Validation happens on submit: the error appears then, and names the field. */
export const ValidatesOnSubmit: Story = {
  name: 'Validates on submit',
  render: () =>
    html`<form @submit=${(event: Event) => event.preventDefault()}>
      <civic-text-input
        name="email"
        label="Email address"
        type="email"
        autocomplete="email"
        required
      ></civic-text-input>
      <civic-button type="submit">Continue</civic-button>
    </form>`,
  play: async ({ canvasElement }) => {
    const { host, control } = inputIn(canvasElement);
    await userEvent.type(control, 'name.example.com');
    await expect(host.errorMessage).toBe('');
    // Invalid events would otherwise open the browser's own bubble in the test.
    host.addEventListener('invalid', (event) => event.preventDefault(), { once: true });
    canvasElement.querySelector('form')!.requestSubmit();
    await host.updateComplete;
    await expect(host.errorMessage).toBe(
      'Enter an email address in the correct format, like name@example.com',
    );
  },
};
