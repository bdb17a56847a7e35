import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import type { CivicButton } from './civic-button.js';
import { BUTTON_TYPES, BUTTON_VARIANTS, buttonMarkup, type ButtonParams } from './markup.js';
import './define.js';

// Each story is the HTML a server writes (the source panel shows it, ready to
// copy into a template in any language); the element enhances it. Stories
// that listen to their form, or sit inside a theme, hand Storybook the same
// HTML as nodes, because a string inside a template would be shown as text.

// The controls are the markup parameters; each one visibly does something.
const CONTROLS = [
  'text',
  'variant',
  'type',
  'name',
  'value',
  'disabled',
  'href',
  'target',
  'preventDoubleClick',
  'formNoValidate',
];

const meta = {
  title: 'Components/Button',
  component: 'civic-button',
  args: { text: 'Save and continue' },
  argTypes: {
    text: { control: 'text', description: 'The button text. Write it as a verb.' },
    variant: { control: 'select', options: BUTTON_VARIANTS },
    type: { control: 'select', options: BUTTON_TYPES },
    href: { control: 'text' },
    target: { control: 'text' },
    preventDoubleClick: { control: 'boolean' },
    formNoValidate: { control: 'boolean' },
  },
  parameters: {
    controls: { include: CONTROLS },
    docs: { controls: { include: CONTROLS } },
  },
  render: (args) => toHtml(buttonMarkup(args)),
} satisfies Meta<ButtonParams>;

export default meta;
type Story = StoryObj<ButtonParams>;

/** The element matching `selector`, and its native control, where a person's click lands. */
function buttonIn(canvasElement: HTMLElement, selector = 'civic-button') {
  const host = canvasElement.querySelector<CivicButton>(selector);
  const control = host?.querySelector<HTMLElement>(':scope > .civic-button');
  if (!host || !control) throw new Error(`${selector} has no native control`);
  return { host, control };
}

/** HTML as nodes: the same DOM a string gives, for stories that add a listener or a wrapper. */
function nodesOf(markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
}

/**
 * A form that stays on the page and reports each submission in a live region
 * below it, as a line of URL-encoded data, so a reader of the story (and its
 * play function) sees exactly what a server would receive.
 */
function demoForm(content: string): DocumentFragment {
  const nodes = nodesOf(`<form>${content}</form><p role="status"></p>`);
  let submissions = 0;
  nodes.querySelector('form')!.addEventListener('submit', (event) => {
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
  });
  return nodes;
}

/** The live region after the form that `selector` finds. */
function statusAfter(canvasElement: HTMLElement, selector = 'form'): HTMLElement {
  return canvasElement.querySelector(`${selector} + [role="status"]`)!;
}

const button = (params: ButtonParams) => toHtml(buttonMarkup(params));

/** The main action of a page. One per page. */
export const Primary: Story = {
  play: async ({ canvasElement }) => {
    const { control } = buttonIn(canvasElement);
    await expect(control.tagName).toBe('BUTTON');
    await expect(control).toHaveAttribute('type', 'submit');
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
  render: (args) =>
    `<div style="background: var(--civic-color-surface-brand); padding: var(--civic-spacing-4)">${button(args)}</div>`,
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

/** A disabled link loses its destination but is still announced as a link, unavailable. */
export const DisabledLink: Story = {
  args: { disabled: true, href: '#payment', text: 'Continue to payment' },
  play: async ({ canvasElement }) => {
    const { control } = buttonIn(canvasElement);
    await expect(control).not.toHaveAttribute('href');
    await expect(control).toHaveAttribute('role', 'link');
    await expect(control).toHaveAttribute('aria-disabled', 'true');
  },
};

/** A `javascript:` URL is refused, by the server's markup and by the element: the link has no destination and the console explains why. */
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
  render: (args) => `<div style="max-inline-size: 20rem">${button(args)}</div>`,
  play: async ({ canvasElement }) => {
    const { control } = buttonIn(canvasElement);
    await expect(control.scrollWidth).toBeLessThanOrEqual(control.clientWidth + 1);
  },
};

/**
 * In a plain `<form>`: the submit button sends the form with its `name=value`
 * and the reset button puts the fields back. This is the browser's own
 * behaviour, so it works before and without the script.
 */
export const InAForm: Story = {
  name: 'In a form',
  args: { text: 'Continue', name: 'action', value: 'continue' },
  render: (args) =>
    demoForm(
      `<p><label>Payment reference <input name="reference" value="HDJ2123F"></label></p>
      ${button({ ...args, type: 'submit' })}
      ${button({ text: 'Clear', type: 'reset', variant: 'secondary' })}`,
    ),
  play: async ({ canvasElement }) => {
    const input = canvasElement.querySelector('input')!;
    await userEvent.clear(input);
    await userEvent.type(input, 'AB12');
    await userEvent.click(buttonIn(canvasElement).control);
    await expect(statusAfter(canvasElement)).toHaveTextContent(
      'Submitted 1 time: reference=AB12&action=continue',
    );
    await userEvent.click(buttonIn(canvasElement, 'civic-button:last-of-type').control);
    await expect(input).toHaveValue('HDJ2123F');
  },
};

/** Enter in a text field submits the form through its first submit button, with that button's name and value. */
export const EnterInATextField: Story = {
  name: 'Enter in a text field',
  args: { text: 'Find address', name: 'action', value: 'find' },
  render: (args) =>
    demoForm(
      `<p><label>Postcode <input name="postcode" value="CF10 1EP" autocomplete="postal-code"></label></p>
      ${button(args)}`,
    ),
  play: async ({ canvasElement }) => {
    await userEvent.type(canvasElement.querySelector('input')!, '{Enter}');
    await expect(statusAfter(canvasElement)).toHaveTextContent(
      'Submitted 1 time: postcode=CF10+1EP&action=find',
    );
  },
};

/**
 * For payments and final submissions. Double-click each button: the first
 * form is sent once, the second twice.
 */
export const PreventDoubleClick: Story = {
  args: { text: 'Pay £25', name: 'action', value: 'pay', preventDoubleClick: true },
  render: (args) => {
    const nodes = nodesOf('<div id="with"></div><div id="without"></div>');
    nodes
      .querySelector('#with')!
      .append(
        demoForm(`<fieldset><legend>With prevent-double-click</legend>${button(args)}</fieldset>`),
      );
    nodes
      .querySelector('#without')!
      .append(
        demoForm(
          `<fieldset><legend>Without</legend>${button({ ...args, preventDoubleClick: false })}</fieldset>`,
        ),
      );
    return nodes;
  },
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

/** Inside `<fieldset disabled>` the native button is disabled too, by the browser. */
export const InADisabledFieldset: Story = {
  name: 'In a disabled fieldset',
  render: (args) =>
    demoForm(
      `<fieldset disabled><legend>Payment (closed for maintenance)</legend>${button(args)}</fieldset>`,
    ),
  play: async ({ canvasElement }) => {
    const { host, control } = buttonIn(canvasElement);
    await expect(control).toBeDisabled();
    host.click();
    await expect(statusAfter(canvasElement)).toBeEmptyDOMElement();
  },
};

/**
 * "Save and come back later" skips the form's validation with `formNoValidate`,
 * so a half-finished answer can be saved; "Save and continue" still checks it.
 */
export const SaveAndComeBackLater: Story = {
  render: () =>
    demoForm(
      `<p><label>Full name <input name="full-name" required autocomplete="name"></label></p>
      ${button({ text: 'Save and continue', name: 'action', value: 'continue' })}
      ${button({ text: 'Save and come back later', name: 'action', value: 'later', variant: 'secondary', formNoValidate: true })}`,
    ),
  play: async ({ canvasElement }) => {
    const status = statusAfter(canvasElement);
    const input = canvasElement.querySelector('input')!;
    // The browser's own bubble would otherwise open in the test.
    input.addEventListener('invalid', (event) => event.preventDefault(), { once: true });
    await userEvent.click(buttonIn(canvasElement).control);
    await expect(status).toBeEmptyDOMElement();
    await userEvent.click(buttonIn(canvasElement, 'civic-button:last-of-type').control);
    await expect(status).toHaveTextContent('Submitted 1 time: full-name=&action=later');
  },
};

/** For JavaScript frameworks: attributes, with the text as content, and the element builds the same HTML as above. */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: () =>
    html`<civic-button variant="secondary" name="action" value="find" prevent-double-click
      >Find address</civic-button
    >`,
  play: async ({ canvasElement }) => {
    const { control } = buttonIn(canvasElement);
    await expect(control.tagName).toBe('BUTTON');
    await expect(control).toHaveAccessibleName('Find address');
    await expect(control).toHaveAttribute('name', 'action');
    await expect(control).toHaveClass('civic-button civic-button--secondary');
    await expect(control).toHaveAttribute('data-prevent-double-click');
  },
};

/** Every variant under a theme chosen in the toolbar; the two stories below pin one each. */
const allVariants = () =>
  nodesOf(`<p style="display: flex; flex-wrap: wrap; gap: var(--civic-spacing-3)">
    ${button({ text: 'Save and continue', type: 'button' })}
    ${button({ text: 'Find address', type: 'button', variant: 'secondary' })}
    ${button({ text: 'Delete account', type: 'button', variant: 'warning' })}
    ${button({ text: 'Start now', variant: 'start', href: '#start' })}
  </p>
  <p style="background: var(--civic-color-surface-brand); padding: var(--civic-spacing-4)">
    ${button({ text: 'Create an account', type: 'button', variant: 'inverse' })}
  </p>`);

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
