import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import type { CivicPasswordInput, PasswordAutocomplete } from './civic-password-input.js';
import '../button/define.js';
import './define.js';

interface PasswordInputArgs {
  label: string;
  hint: string;
  error: string;
  name: string;
  autocomplete: PasswordAutocomplete;
  required: boolean;
  disabled: boolean;
  'page-heading': boolean;
}

const meta = {
  title: 'Components/Password input',
  component: 'civic-password-input',
  args: {
    label: 'Password',
    hint: '',
    error: '',
    name: 'password',
    autocomplete: 'current-password',
    required: false,
    disabled: false,
    'page-heading': false,
  },
  argTypes: {
    autocomplete: { control: 'select', options: ['current-password', 'new-password'] },
  },
  render: (args) =>
    html`<civic-password-input
      label=${args.label}
      hint=${args.hint}
      error=${args.error}
      name=${args.name}
      autocomplete=${args.autocomplete}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?page-heading=${args['page-heading']}
    ></civic-password-input>`,
} satisfies Meta<PasswordInputArgs>;

export default meta;
type Story = StoryObj<PasswordInputArgs>;

function partsIn(canvasElement: HTMLElement) {
  const host = canvasElement.querySelector<CivicPasswordInput>('civic-password-input');
  const input = host?.shadowRoot?.querySelector<HTMLInputElement>('input');
  const toggle = host?.shadowRoot?.querySelector<HTMLButtonElement>('[part="toggle"]');
  const status = host?.shadowRoot?.querySelector<HTMLElement>('[aria-live]');
  if (!host || !input || !toggle || !status) {
    throw new Error('civic-password-input did not render its input, button and status');
  }
  return { host, input, toggle, status };
}

/** Signing in: the password manager fills a saved password. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const { host, input, toggle, status } = partsIn(canvasElement);
    await expect(input).toHaveAttribute('autocomplete', 'current-password');
    await expect(toggle).toHaveAccessibleName('Show password');
    await userEvent.type(input, 'correct horse');
    await userEvent.click(toggle);
    await host.updateComplete;
    await expect(input).toHaveAttribute('type', 'text');
    await expect(toggle).toHaveAccessibleName('Hide password');
    await expect(status).toHaveTextContent('Your password is visible');
    await userEvent.click(toggle);
    await host.updateComplete;
    await expect(input).toHaveAttribute('type', 'password');
    await expect(status).toHaveTextContent('Your password is hidden');
  },
};

/** Creating a password: the password manager offers to make one and saves it. */
export const NewPassword: Story = {
  name: 'New password',
  args: {
    label: 'Create a password',
    hint: 'Your password must be at least 8 characters long',
    name: 'new-password',
    autocomplete: 'new-password',
    required: true,
  },
  play: async ({ canvasElement }) => {
    const { input } = partsIn(canvasElement);
    await expect(input).toHaveAttribute('autocomplete', 'new-password');
    await expect(input).toHaveAccessibleDescription(
      'Your password must be at least 8 characters long',
    );
  },
};

export const WithError: Story = {
  name: 'With error (from the server)',
  args: { error: 'Enter your password', required: true },
  play: async ({ canvasElement }) => {
    const { input } = partsIn(canvasElement);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription('Error: Enter your password');
  },
};

export const LabelAsPageHeading: Story = {
  name: 'Label as the page heading',
  args: { label: 'Enter your password', 'page-heading': true },
};

export const Disabled: Story = { args: { disabled: true } };

export const InWelsh: Story = {
  name: 'Cymraeg',
  render: () =>
    html`<div lang="cy">
      <civic-password-input
        name="password"
        label="Cyfrinair"
        field-name="eich cyfrinair"
        required
      ></civic-password-input>
    </div>`,
  play: async ({ canvasElement }) => {
    const { host, toggle, status } = partsIn(canvasElement);
    await expect(toggle).toHaveAccessibleName('Dangos cyfrinair');
    await userEvent.click(toggle);
    await host.updateComplete;
    await expect(toggle).toHaveAccessibleName('Cuddio cyfrinair');
    await expect(status).toHaveTextContent('Mae eich cyfrinair yn weladwy');
  },
};

/** Pattern: a sign-in form. Submitting hides the password again before the form is sent. */
export const SignIn: Story = {
  name: 'Pattern: sign in',
  render: () =>
    html`<form @submit=${(event: Event) => event.preventDefault()}>
      <civic-password-input name="password" label="Password" required></civic-password-input>
      <civic-button type="submit">Sign in</civic-button>
    </form>`,
  play: async ({ canvasElement }) => {
    const { host, input, toggle } = partsIn(canvasElement);
    await userEvent.type(input, 'correct horse');
    await userEvent.click(toggle);
    await host.updateComplete;
    await expect(input).toHaveAttribute('type', 'text');
    canvasElement.querySelector('form')!.requestSubmit();
    await expect(input).toHaveAttribute('type', 'password');
  },
};
