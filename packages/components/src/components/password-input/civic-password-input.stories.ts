import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { textInputMarkup } from '../text-input/markup.js';
import type { CivicPasswordInput } from './civic-password-input.js';
import { passwordInputMarkup, type PasswordInputParams } from './markup.js';
import '../text-input/define.js';
import './define.js';

// Each story is the HTML a server writes (the source panel shows it, ready
// to copy into a template in any language); the element enhances it. The
// show/hide button is in that HTML with `hidden`: the script shows it.
const meta = {
  title: 'Components/Password input',
  component: 'civic-password-input',
  args: { name: 'password', label: 'Password' },
  argTypes: {
    autocomplete: { control: 'select', options: ['current-password', 'new-password'] },
  },
  render: (args) => toHtml(passwordInputMarkup(args)),
} satisfies Meta<PasswordInputParams>;

export default meta;
type Story = StoryObj<PasswordInputParams>;

function partsIn(canvasElement: HTMLElement) {
  const field = canvasElement.querySelector<CivicPasswordInput>('civic-password-input');
  const input = field?.querySelector<HTMLInputElement>('input');
  const toggle = field?.querySelector<HTMLButtonElement>('.civic-password-input__toggle');
  const status = field?.querySelector<HTMLElement>('.civic-password-input__status');
  if (!field || !input || !toggle || !status) {
    throw new Error('civic-password-input has no input, button or status');
  }
  return { field, input, toggle, status };
}

/** Signing in: the password manager fills a saved password. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const { input, toggle, status } = partsIn(canvasElement);
    await expect(input).toHaveAttribute('autocomplete', 'current-password');
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAccessibleName('Show password');
    await expect(status).toHaveTextContent('');
    await userEvent.type(input, 'correct horse');
    await userEvent.click(toggle);
    await expect(input).toHaveAttribute('type', 'text');
    await expect(input).toHaveValue('correct horse');
    await expect(toggle).toHaveAccessibleName('Hide password');
    await expect(status).toHaveTextContent('Your password is visible');
    await userEvent.click(toggle);
    await expect(input).toHaveAttribute('type', 'password');
    await expect(toggle).toHaveAccessibleName('Show password');
    await expect(status).toHaveTextContent('Your password is hidden');
  },
};

/** Creating a password: the password manager offers to make one and saves it. */
export const NewPassword: Story = {
  name: 'New password',
  args: {
    name: 'new-password',
    label: 'Create a password',
    hint: 'Your password must be at least 8 characters long',
    fieldName: 'your password',
    autocomplete: 'new-password',
    minLength: 8,
    required: true,
  },
  play: async ({ canvasElement }) => {
    const { field, input } = partsIn(canvasElement);
    await expect(input).toHaveAttribute('autocomplete', 'new-password');
    await expect(input).toHaveAccessibleDescription(
      'Your password must be at least 8 characters long',
    );
    await userEvent.type(input, 'short');
    await expect(field.validationMessage).toBe('Your password must be 8 characters or more');
  },
};

export const WithError: Story = {
  name: 'With error (from the server)',
  args: { error: 'Your email address or password is incorrect', required: true },
  play: async ({ canvasElement }) => {
    const { input } = partsIn(canvasElement);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(
      'Error: Your email address or password is incorrect',
    );
  },
};

export const LabelAsPageHeading: Story = {
  name: 'Label as the page heading',
  args: { label: 'Enter your password', pageHeading: true },
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    const { input, toggle } = partsIn(canvasElement);
    await expect(input).toBeDisabled();
    await expect(toggle).toBeDisabled();
  },
};

export const InWelsh: Story = {
  name: 'Cymraeg',
  render: () =>
    `<div lang="cy">${toHtml(
      passwordInputMarkup({
        name: 'cyfrinair',
        label: 'Cyfrinair',
        fieldName: 'eich cyfrinair',
        required: true,
        lang: 'cy',
      }),
    )}</div>`,
  play: async ({ canvasElement }) => {
    const { field, toggle, status } = partsIn(canvasElement);
    await expect(toggle).toHaveAccessibleName('Dangos cyfrinair');
    await userEvent.click(toggle);
    await expect(toggle).toHaveAccessibleName('Cuddio cyfrinair');
    await expect(status).toHaveTextContent('Mae eich cyfrinair yn weladwy');
    await expect(field.validationMessage).toBe('Rhowch eich cyfrinair');
  },
};

/** For JavaScript frameworks: attributes only, and the element builds the same HTML as above. */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: () =>
    html`<civic-password-input
      name="new-password"
      label="Create a password"
      hint="Your password must be at least 8 characters long"
      field-name="your password"
      autocomplete="new-password"
      minlength="8"
      required
    ></civic-password-input>`,
  play: async ({ canvasElement }) => {
    const { input, toggle } = partsIn(canvasElement);
    await expect(input).toHaveAccessibleName('Create a password');
    await expect(input).toHaveAttribute('name', 'new-password');
    await expect(input).toHaveAttribute('autocomplete', 'new-password');
    await expect(toggle).toHaveAccessibleName('Show password');
  },
};

/** Pattern: a sign-in form. Submitting hides the password again before the form is sent. */
export const SignIn: Story = {
  name: 'Pattern: sign in',
  render: () =>
    `<form action="/sign-in" method="post">${toHtml(
      textInputMarkup({
        name: 'email',
        label: 'Email address',
        type: 'email',
        autocomplete: 'username',
        required: true,
      }),
    )}${toHtml(
      passwordInputMarkup({ name: 'password', label: 'Password', required: true }),
    )}<button class="civic-button" type="submit">Sign in</button></form>`,
  play: async ({ canvasElement }) => {
    const { input, toggle } = partsIn(canvasElement);
    const form = canvasElement.querySelector('form')!;
    const typesSent: string[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      typesSent.push(input.type);
    });
    await userEvent.type(
      canvasElement.querySelector<HTMLInputElement>('#email')!,
      'sam@example.com',
    );
    await userEvent.type(input, 'correct horse');
    await userEvent.click(toggle);
    await expect(input).toHaveAttribute('type', 'text');
    await userEvent.click(canvasElement.querySelector('button[type="submit"]')!);
    await expect(typesSent).toEqual(['password']);
    await expect(input).toHaveAttribute('type', 'password');
    await expect(toggle).toHaveAccessibleName('Show password');
  },
};
