import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ButtonType, ButtonVariant, CivicButton } from './civic-button.js';
import './define.js';

interface ButtonArgs {
  label: string;
  variant: ButtonVariant;
  type: ButtonType;
  name: string;
  value: string;
  disabled: boolean;
  href?: string;
  target?: string;
  'prevent-double-click': boolean;
}

/** The native control inside the first button matching `selector`, where a user's click lands. */
function controlOf(canvasElement: HTMLElement, selector = 'civic-button'): HTMLElement {
  const button = canvasElement.querySelector<CivicButton>(selector);
  const control = button?.shadowRoot?.querySelector<HTMLElement>('.control');
  if (!control) throw new Error('civic-button did not render its control');
  return control;
}

const meta = {
  title: 'Components/Button',
  component: 'civic-button',
  args: {
    label: 'Save and continue',
    variant: 'primary',
    type: 'submit',
    name: '',
    value: '',
    disabled: false,
    'prevent-double-click': false,
  },
  argTypes: {
    label: { control: 'text', description: 'The button text (default slot).' },
    variant: {
      control: 'select',
      options: ['primary', 'secondary', 'warning', 'inverse', 'start'],
    },
    type: { control: 'select', options: ['submit', 'reset', 'button'] },
  },
  render: (args) => html`
    <civic-button
      variant=${args.variant}
      type=${args.type}
      name=${ifDefined(args.name || undefined)}
      value=${ifDefined(args.value || undefined)}
      href=${ifDefined(args.href)}
      target=${ifDefined(args.target)}
      ?disabled=${args.disabled}
      ?prevent-double-click=${args['prevent-double-click']}
      >${args.label}</civic-button
    >
  `,
} satisfies Meta<ButtonArgs>;

export default meta;
type Story = StoryObj<ButtonArgs>;

export const Primary: Story = {
  play: async ({ canvasElement }) => {
    const control = controlOf(canvasElement);
    await expect(control.tagName).toBe('BUTTON');
    await expect(control).toHaveAccessibleName('Save and continue');
  },
};

export const Secondary: Story = {
  args: { variant: 'secondary', label: 'Find address', type: 'button' },
};

/** For actions that delete or cannot be undone, usually on a confirmation page. */
export const Warning: Story = {
  args: { variant: 'warning', label: 'Delete account', type: 'button' },
};

/** On a dark or brand-coloured background, where the primary button would not stand out. */
export const Inverse: Story = {
  args: { variant: 'inverse', label: 'Create an account', type: 'button' },
  decorators: [
    (story) => html`
      <div
        style="background: var(--civic-color-surface-brand); color: var(--civic-color-text-on-brand); padding: var(--civic-spacing-4);"
      >
        ${story()}
      </div>
    `,
  ],
};

/** The start of a service: a link with an arrow, normally on a start page. */
export const Start: Story = {
  args: { variant: 'start', label: 'Start now', href: '#apply' },
  play: async ({ canvasElement }) => {
    const control = controlOf(canvasElement);
    await expect(control.tagName).toBe('A');
    await expect(control).toHaveAttribute('href', '#apply');
    await expect(control).toHaveAccessibleName('Start now');
  },
};

/** A link that looks like a button, for navigation rather than submitting a form. */
export const Link: Story = {
  args: { label: 'Continue to payment', href: '#payment' },
};

export const LinkOpeningInNewTab: Story = {
  args: { label: 'Read the guidance (opens in new tab)', href: '#guidance', target: '_blank' },
  play: async ({ canvasElement }) => {
    await expect(controlOf(canvasElement)).toHaveAttribute('rel', 'noopener noreferrer');
  },
};

/**
 * Use sparingly: a disabled button gives no reason and is skipped by the
 * keyboard. Prefer leaving it enabled and showing an error message.
 */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    await expect(controlOf(canvasElement)).toBeDisabled();
  },
};

export const DisabledLink: Story = {
  args: { disabled: true, href: '#payment', label: 'Continue to payment' },
  play: async ({ canvasElement }) => {
    const control = controlOf(canvasElement);
    await expect(control).not.toHaveAttribute('href');
    await expect(control).toHaveAttribute('aria-disabled', 'true');
  },
};

/** A refused `javascript:` URL renders a link with no destination and warns in the console. */
export const RefusedScriptUrl: Story = {
  args: { label: 'Continue', href: 'javascript:alert(1)' },
  play: async ({ canvasElement }) => {
    await expect(controlOf(canvasElement)).not.toHaveAttribute('href');
  },
};

/** Long, emoji and right-to-left text wrap inside a narrow column instead of overflowing. */
export const LongText: Story = {
  args: {
    label: 'Save your answers and come back to this application later 📨 احفظ إجاباتك وارجع لاحقًا',
    type: 'button',
  },
  decorators: [(story) => html`<div style="max-inline-size: 20rem;">${story()}</div>`],
};

/**
 * A form with a submit button that ignores a second click within a second, as a
 * payment or submission button should, and a reset button.
 */
export const InAForm: Story = {
  args: { label: 'Pay £25', name: 'action', value: 'pay', 'prevent-double-click': true },
  render: (args) => html`
    <form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const form = event.target as HTMLFormElement;
        const data = new FormData(form, event.submitter);
        const output = form.querySelector('output');
        const count = Number(output?.dataset.count ?? '0') + 1;
        if (output) {
          output.dataset.count = String(count);
          output.value = `Submitted ${count} time(s): ${new URLSearchParams(
            [...data.entries()].map(([key, value]) => [
              key,
              typeof value === 'string' ? value : value.name,
            ]),
          ).toString()}`;
        }
      }}
    >
      <p>
        <label for="story-reference">Payment reference</label><br />
        <input id="story-reference" name="reference" value="HDJ2123F" />
      </p>
      <civic-button
        type="submit"
        name=${args.name}
        value=${args.value}
        ?prevent-double-click=${args['prevent-double-click']}
        >${args.label}</civic-button
      >
      <civic-button type="reset" variant="secondary">Clear</civic-button>
      <p><output aria-live="polite"></output></p>
    </form>
  `,
  play: async ({ canvasElement }) => {
    const output = canvasElement.querySelector('output');
    await userEvent.dblClick(controlOf(canvasElement, 'civic-button[type="submit"]'));
    await waitFor(() =>
      expect(output).toHaveTextContent('Submitted 1 time(s): reference=HDJ2123F&action=pay'),
    );
  },
};

/** Every variant under a theme chosen in the toolbar; these two stories pin one each. */
const allVariants = () => html`
  <p style="display: flex; flex-wrap: wrap; gap: var(--civic-spacing-3);">
    <civic-button type="button">Save and continue</civic-button>
    <civic-button type="button" variant="secondary">Find address</civic-button>
    <civic-button type="button" variant="warning">Delete account</civic-button>
    <civic-button variant="start" href="#start">Start now</civic-button>
  </p>
  <p style="background: var(--civic-color-surface-brand); padding: var(--civic-spacing-4);">
    <civic-button type="button" variant="inverse">Create an account</civic-button>
  </p>
`;

/** The council example theme restyles the button through tokens alone. */
export const CouncilTheme: Story = {
  globals: { theme: 'council' },
  render: allVariants,
  play: async ({ canvasElement }) => {
    // #00707a: the council theme's primary button background (palette.teal.500).
    await expect(getComputedStyle(controlOf(canvasElement)).backgroundColor).toBe(
      'rgb(0, 112, 122)',
    );
  },
};

export const HighContrastTheme: Story = {
  globals: { theme: 'high-contrast' },
  render: allVariants,
  play: async ({ canvasElement }) => {
    // #0b0c0c: the high-contrast theme's primary button background (palette.black).
    await expect(getComputedStyle(controlOf(canvasElement)).backgroundColor).toBe(
      'rgb(11, 12, 12)',
    );
  },
};
