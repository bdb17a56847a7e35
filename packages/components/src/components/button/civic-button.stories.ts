import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent } from 'storybook/test';
import type { ButtonType, ButtonVariant, CivicButton } from './civic-button.js';
import './define.js';

interface ButtonArgs {
  text: string;
  variant: ButtonVariant;
  type: ButtonType;
  name: string;
  value: string;
  disabled: boolean;
  href?: string;
  target?: string;
  'prevent-double-click': boolean;
}

const VARIANTS: readonly ButtonVariant[] = ['primary', 'secondary', 'warning', 'inverse', 'start'];
const TYPES: readonly ButtonType[] = ['submit', 'reset', 'button'];

// The manifest also lists the form* overrides, the property twins of the
// attributes, the parts and the custom property. The API table shows them all;
// the Controls panel offers only what the story's template renders, so every
// control visibly does something.
const RENDERED_CONTROLS = [
  'text',
  'variant',
  'type',
  'name',
  'value',
  'disabled',
  'href',
  'target',
  'prevent-double-click',
];

/** The button matching `selector`, and the native control inside it where a user's click lands. */
function buttonIn(canvasElement: HTMLElement, selector = 'civic-button') {
  const host = canvasElement.querySelector<CivicButton>(selector);
  const control = host?.shadowRoot?.querySelector<HTMLElement>('.control');
  if (!host || !control) throw new Error(`${selector} did not render its control`);
  return { host, control };
}

/**
 * A form that stays on the page and reports each submission in a live region
 * below it, as a line of URL-encoded data, so a reader of the story (and its
 * play function) sees exactly what a server would receive.
 */
function demoForm(content: TemplateResult): TemplateResult {
  let submissions = 0;
  const report = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const entries = [...new FormData(form, event.submitter).entries()].map(([key, value]) => [
      key,
      typeof value === 'string' ? value : value.name,
    ]);
    submissions += 1;
    form.nextElementSibling!.textContent = `Submitted ${submissions} ${
      submissions === 1 ? 'time' : 'times'
    }: ${new URLSearchParams(entries).toString()}`;
  };
  return html`<form @submit=${report}>${content}</form>
    <p role="status"></p>`;
}

/** The live region after the form that `selector` finds. */
function statusAfter(canvasElement: HTMLElement, selector = 'form'): HTMLElement {
  return canvasElement.querySelector(`${selector} + [role="status"]`)!;
}

const meta = {
  title: 'Components/Button',
  component: 'civic-button',
  args: {
    text: 'Save and continue',
    variant: 'primary',
    type: 'submit',
    name: '',
    value: '',
    disabled: false,
    'prevent-double-click': false,
  },
  argTypes: {
    // The default slot has no name, so Storybook makes no control for it.
    text: {
      control: 'text',
      description: 'The button text (default slot). Write it as a verb.',
      table: { category: 'slots' },
    },
    variant: { control: 'select', options: VARIANTS },
    type: { control: 'select', options: TYPES },
    // Optional strings in the manifest would otherwise get a JSON editor.
    href: { control: 'text' },
    target: { control: 'text' },
  },
  parameters: {
    controls: { include: RENDERED_CONTROLS },
    docs: { controls: { include: RENDERED_CONTROLS } },
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
      >${args.text}</civic-button
    >
  `,
} satisfies Meta<ButtonArgs>;

export default meta;
type Story = StoryObj<ButtonArgs>;

/** The main action of a page. One per page. */
export const Primary: Story = {
  play: async ({ canvasElement }) => {
    const { control } = buttonIn(canvasElement);
    await expect(control.tagName).toBe('BUTTON');
    await expect(control).toHaveAccessibleName('Save and continue');
  },
};

/** Any other action on the page. */
export const Secondary: Story = {
  args: { variant: 'secondary', text: 'Find address', type: 'button' },
};

/** For actions that delete or cannot be undone, usually on a confirmation page. */
export const Warning: Story = {
  args: { variant: 'warning', text: 'Delete account', type: 'button' },
};

/** On a dark or brand-coloured background, where the primary button would not stand out. */
export const Inverse: Story = {
  args: { variant: 'inverse', text: 'Create an account', type: 'button' },
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

/** The way into a service from its start page: a link, drawn larger and with an arrow. */
export const Start: Story = {
  args: { variant: 'start', text: 'Start now', href: '#apply' },
  play: async ({ canvasElement }) => {
    const { control } = buttonIn(canvasElement);
    await expect(control.tagName).toBe('A');
    await expect(control).toHaveAttribute('href', '#apply');
    // The arrow is decoration: the link is named by its text alone.
    await expect(control).toHaveAccessibleName('Start now');
  },
};

/** A link that looks like a button, for the next step of a task rather than submitting a form. */
export const Link: Story = {
  args: { text: 'Continue to payment', href: '#payment' },
};

/** Say in the text that it opens a new tab: nothing else tells a screen reader user. */
export const LinkOpeningInNewTab: Story = {
  args: { text: 'Read the guidance (opens in new tab)', href: '#guidance', target: '_blank' },
  play: async ({ canvasElement }) => {
    await expect(buttonIn(canvasElement).control).toHaveAttribute('rel', 'noopener noreferrer');
  },
};

/**
 * Use sparingly: a disabled button gives no reason and is skipped by the
 * keyboard. Prefer leaving it enabled and showing an error message.
 */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    await expect(buttonIn(canvasElement).control).toBeDisabled();
  },
};

/** A disabled link-button loses its destination but is still announced as a link, unavailable. */
export const DisabledLink: Story = {
  args: { disabled: true, href: '#payment', text: 'Continue to payment' },
  play: async ({ canvasElement }) => {
    const { control } = buttonIn(canvasElement);
    await expect(control).not.toHaveAttribute('href');
    await expect(control).toHaveAttribute('aria-disabled', 'true');
  },
};

/** A `javascript:` URL is refused: the link has no destination and the console explains why. */
export const RefusedScriptUrl: Story = {
  args: { text: 'Continue', href: 'javascript:alert(1)' },
  play: async ({ canvasElement }) => {
    await expect(buttonIn(canvasElement).control).not.toHaveAttribute('href');
  },
};

/** Long, emoji and right-to-left text wrap inside a narrow column instead of overflowing. */
export const LongText: Story = {
  args: {
    text: 'Save your answers and come back to this application later 📨 احفظ إجاباتك وارجع لاحقًا',
    type: 'button',
  },
  decorators: [(story) => html`<div style="max-inline-size: 20rem;">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const { control } = buttonIn(canvasElement);
    await expect(control.scrollWidth).toBeLessThanOrEqual(control.clientWidth + 1);
  },
};

/**
 * In a plain `<form>`, with no script of its own: the submit button sends the
 * form with its `name=value`, the reset button puts the fields back.
 */
export const InAForm: Story = {
  args: { text: 'Continue', name: 'action', value: 'continue' },
  render: (args) =>
    demoForm(html`
      <p>
        <label>Payment reference <input name="reference" value="HDJ2123F" /></label>
      </p>
      <civic-button
        type="submit"
        variant=${args.variant}
        name=${args.name}
        value=${args.value}
        ?disabled=${args.disabled}
        ?prevent-double-click=${args['prevent-double-click']}
        >${args.text}</civic-button
      >
      <civic-button type="reset" variant="secondary">Clear</civic-button>
    `),
  play: async ({ canvasElement }) => {
    const input = canvasElement.querySelector('input')!;
    await userEvent.clear(input);
    await userEvent.type(input, 'AB12');
    await userEvent.click(buttonIn(canvasElement, 'civic-button[type="submit"]').control);
    await expect(statusAfter(canvasElement)).toHaveTextContent(
      'Submitted 1 time: reference=AB12&action=continue',
    );

    await userEvent.click(buttonIn(canvasElement, 'civic-button[type="reset"]').control);
    await expect(input).toHaveValue('HDJ2123F');
  },
};

/**
 * For payments and final submissions. Double-click each button: the first
 * form is sent once, the second twice.
 */
export const PreventDoubleClick: Story = {
  args: { text: 'Pay £25', name: 'action', value: 'pay', 'prevent-double-click': true },
  render: (args) => html`
    <div id="with">
      ${demoForm(html`
        <fieldset>
          <legend>With <code>prevent-double-click</code></legend>
          <civic-button
            name=${args.name}
            value=${args.value}
            ?prevent-double-click=${args['prevent-double-click']}
            >${args.text}</civic-button
          >
        </fieldset>
      `)}
    </div>
    <div id="without">
      ${demoForm(html`
        <fieldset>
          <legend>Without</legend>
          <civic-button name=${args.name} value=${args.value}>${args.text}</civic-button>
        </fieldset>
      `)}
    </div>
  `,
  play: async ({ canvasElement }) => {
    await userEvent.dblClick(buttonIn(canvasElement, '#with civic-button').control);
    await userEvent.dblClick(buttonIn(canvasElement, '#without civic-button').control);
    await expect(statusAfter(canvasElement, '#with form')).toHaveTextContent(
      'Submitted 1 time: action=pay',
    );
    // The same double click reaches the unprotected button twice, so the
    // single submission above is the attribute's doing.
    await expect(statusAfter(canvasElement, '#without form')).toHaveTextContent(
      'Submitted 2 times: action=pay',
    );
  },
};

/** Inside `<fieldset disabled>` the button is disabled too, as a native button would be. */
export const InADisabledFieldset: Story = {
  render: (args) =>
    demoForm(html`
      <fieldset disabled>
        <legend>Payment (closed for maintenance)</legend>
        <civic-button>${args.text}</civic-button>
      </fieldset>
    `),
  play: async ({ canvasElement }) => {
    const { host, control } = buttonIn(canvasElement);
    await expect(control).toBeDisabled();
    await userEvent.click(host);
    await expect(statusAfter(canvasElement)).toBeEmptyDOMElement();
  },
};

/**
 * "Save and come back later" skips the form's validation with `formnovalidate`,
 * so a half-finished answer can be saved; "Save and continue" still checks it.
 */
export const SaveAndComeBackLater: Story = {
  render: () =>
    demoForm(html`
      <p>
        <label>Full name <input name="full-name" required autocomplete="name" /></label>
      </p>
      <civic-button name="action" value="continue">Save and continue</civic-button>
      <civic-button name="action" value="later" variant="secondary" formnovalidate
        >Save and come back later</civic-button
      >
    `),
  play: async ({ canvasElement }) => {
    const status = statusAfter(canvasElement);
    await userEvent.click(buttonIn(canvasElement, 'civic-button[value="continue"]').control);
    await expect(status).toBeEmptyDOMElement();
    await userEvent.click(buttonIn(canvasElement, 'civic-button[value="later"]').control);
    await expect(status).toHaveTextContent('Submitted 1 time: full-name=&action=later');
  },
};

/** Every variant under a theme chosen in the toolbar; the two stories below pin one each. */
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
    await expect(getComputedStyle(buttonIn(canvasElement).control).backgroundColor).toBe(
      'rgb(0, 112, 122)',
    );
  },
};

export const HighContrastTheme: Story = {
  globals: { theme: 'high-contrast' },
  render: allVariants,
  play: async ({ canvasElement }) => {
    // #0b0c0c: the high-contrast theme's primary button background (palette.black).
    await expect(getComputedStyle(buttonIn(canvasElement).control).backgroundColor).toBe(
      'rgb(11, 12, 12)',
    );
  },
};
