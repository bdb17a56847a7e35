import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { textInputMarkup } from '../text-input/markup.js';
import type { CivicRadios } from './civic-radios.js';
import { radiosMarkup, type RadiosParams } from './markup.js';
import '../text-input/define.js';
import './define.js';

// Each story is the HTML a server writes (the source panel shows it, ready
// to copy into a template in any language); the element enhances it.
const meta = {
  title: 'Components/Radios',
  component: 'civic-radios',
  args: {
    name: 'where-do-you-live',
    legend: 'Where do you live?',
    fieldName: 'where you live',
    items: [
      { value: 'england', text: 'England' },
      { value: 'scotland', text: 'Scotland' },
      { value: 'wales', text: 'Wales' },
      { value: 'northern-ireland', text: 'Northern Ireland' },
    ],
  },
  argTypes: {
    legendSize: { control: 'select', options: [undefined, 's', 'm', 'l', 'xl'] },
  },
  parameters: {
    a11y: {
      config: {
        // A radio that reveals a follow-up question carries aria-expanded, as
        // GOV.UK Frontend's do (alphagov/govuk-frontend#979: some screen
        // readers announce it). ARIA 1.2 does not allow it on the radio role,
        // so axe's aria-allowed-attr skips only those radios; every other
        // element, and every other rule, is still checked.
        rules: [
          {
            id: 'aria-allowed-attr',
            selector:
              '*:not(input.civic-radios__input[type="radio"][aria-controls][aria-expanded])',
          },
        ],
      },
    },
  },
  render: (args) => toHtml(radiosMarkup(args)),
} satisfies Meta<RadiosParams>;

export default meta;
type Story = StoryObj<RadiosParams>;

function radiosIn(canvasElement: HTMLElement) {
  const field = canvasElement.querySelector<CivicRadios>('civic-radios');
  if (!field || field.inputs.length === 0) throw new Error('civic-radios has no radios');
  return { field, inputs: field.inputs };
}

/** The label of an option, as a person clicks it. */
function labelOf(canvasElement: HTMLElement, input: HTMLInputElement): HTMLLabelElement {
  const label = canvasElement.querySelector<HTMLLabelElement>(`label[for="${input.id}"]`);
  if (!label) throw new Error(`no label for #${input.id}`);
  return label;
}

const YES_NO: RadiosParams['items'] = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
];

export const Stacked: Story = {
  name: 'Stacked (default)',
  play: async ({ canvasElement }) => {
    const { field, inputs } = radiosIn(canvasElement);
    await expect(field.fieldset).toHaveAccessibleName('Where do you live?');
    await userEvent.click(labelOf(canvasElement, inputs[2]));
    await expect(field.values).toEqual(['wales']);
  },
};

export const Inline: Story = {
  name: 'Inline (two short options)',
  args: {
    name: 'changed-name',
    legend: 'Have you changed your name?',
    hint: 'This includes changing your last name or spelling your name differently',
    fieldName: 'if you have changed your name',
    inline: true,
    items: YES_NO,
  },
};

export const Small: Story = {
  name: 'Small',
  args: {
    name: 'sort',
    legend: 'Sort by',
    legendSize: 's',
    small: true,
    value: 'newest',
    items: [
      { value: 'newest', text: 'Newest first' },
      { value: 'oldest', text: 'Oldest first' },
      { value: 'a-z', text: 'Name, A to Z' },
    ],
  },
};

export const WithHints: Story = {
  name: 'With hints',
  args: {
    name: 'sign-in',
    legend: 'How do you want to sign in?',
    legendSize: 'm',
    fieldName: 'how you want to sign in',
    items: [
      {
        value: 'government-gateway',
        text: 'Sign in with Government Gateway',
        hint: 'You’ll have a user ID if you’ve registered for Self Assessment or filed a tax return online before.',
      },
      {
        value: 'onelogin',
        text: 'Sign in with GOV.UK One Login',
        hint: 'If you don’t have a GOV.UK One Login, you can create one.',
      },
    ],
  },
  play: async ({ canvasElement }) => {
    const { inputs } = radiosIn(canvasElement);
    await expect(inputs[1]).toHaveAccessibleName('Sign in with GOV.UK One Login');
    await expect(inputs[1]).toHaveAccessibleDescription(
      'If you don’t have a GOV.UK One Login, you can create one.',
    );
  },
};

export const WithDivider: Story = {
  name: 'With a divider',
  args: {
    items: [
      { value: 'england', text: 'England' },
      { value: 'scotland', text: 'Scotland' },
      { value: 'wales', text: 'Wales' },
      { value: 'northern-ireland', text: 'Northern Ireland' },
      { divider: 'or' },
      { value: 'abroad', text: 'I live abroad' },
    ],
  },
  play: async ({ canvasElement }) => {
    const { inputs } = radiosIn(canvasElement);
    // The divider is text between options, not an option.
    await expect(inputs.map((input) => input.value)).toEqual([
      'england',
      'scotland',
      'wales',
      'northern-ireland',
      'abroad',
    ]);
  },
};

const CONTACT: RadiosParams = {
  name: 'contact',
  legend: 'How would you prefer to be contacted?',
  hint: 'Select one option',
  fieldName: 'how you would prefer to be contacted',
  items: [
    {
      value: 'email',
      text: 'Email',
      conditional: toHtml(
        textInputMarkup({
          name: 'contact-email',
          label: 'Email address',
          type: 'email',
          autocomplete: 'email',
        }),
      ),
    },
    {
      value: 'phone',
      text: 'Phone',
      conditional: toHtml(
        textInputMarkup({
          name: 'contact-phone',
          label: 'Phone number',
          type: 'tel',
          autocomplete: 'tel',
          width: '20',
        }),
      ),
    },
    { value: 'post', text: 'Post' },
  ],
};

/** Choosing Email reveals the email address question; choosing Post hides it again. */
export const WithRevealedQuestion: Story = {
  name: 'With a revealed follow-up question',
  args: CONTACT,
  play: async ({ canvasElement }) => {
    const { inputs } = radiosIn(canvasElement);
    const [email, , post] = inputs as [HTMLInputElement, HTMLInputElement, HTMLInputElement];
    const reveal = canvasElement.querySelector<HTMLElement>(
      `#${email.getAttribute('aria-controls')}`,
    )!;
    const address = reveal.querySelector('input')!;
    await expect(reveal).not.toBeVisible();
    await expect(address).toBeDisabled();
    await userEvent.click(labelOf(canvasElement, email));
    await expect(reveal).toBeVisible();
    await expect(address).toBeEnabled();
    await expect(email).toHaveAttribute('aria-expanded', 'true');
    await userEvent.type(address, 'sam@example.com');
    await userEvent.click(labelOf(canvasElement, post));
    await expect(reveal).not.toBeVisible();
    // A hidden follow-up question is not submitted.
    await expect(address).toBeDisabled();
  },
};

export const WithError: Story = {
  name: 'With error (from the server)',
  args: {
    ...CONTACT,
    required: true,
    error: 'Select how you would prefer to be contacted',
  },
  play: async ({ canvasElement }) => {
    const { field, inputs } = radiosIn(canvasElement);
    await expect(field.fieldset).toHaveAccessibleDescription(
      'Select one option Error: Select how you would prefer to be contacted',
    );
    // The server's error stays until the answer changes.
    await userEvent.click(labelOf(canvasElement, inputs[2]));
    await expect(field.errorMessage).toBe('');
  },
};

export const LegendAsPageHeading: Story = {
  name: 'Legend as the page heading',
  args: {
    name: 'completed',
    legend: 'Have you completed this section?',
    fieldName: 'if you have completed this section',
    pageHeading: true,
    inline: true,
    items: YES_NO,
  },
  play: async ({ canvasElement }) => {
    const heading = canvasElement.querySelector('legend h1');
    await expect(heading).toHaveTextContent('Have you completed this section?');
  },
};

export const Disabled: Story = {
  args: { disabled: true, value: 'wales' },
  play: async ({ canvasElement }) => {
    const { inputs } = radiosIn(canvasElement);
    for (const input of inputs) await expect(input).toBeDisabled();
  },
};

export const InWelsh: Story = {
  name: 'Cymraeg',
  render: () =>
    `<div lang="cy">${toHtml(
      radiosMarkup({
        name: 'ble-rydych-yn-byw',
        legend: 'Ble rydych chi’n byw?',
        fieldName: 'ble rydych chi’n byw',
        required: true,
        lang: 'cy',
        items: [
          { value: 'cymru', text: 'Cymru' },
          { value: 'lloegr', text: 'Lloegr' },
          { value: 'yr-alban', text: 'Yr Alban' },
          { value: 'gogledd-iwerddon', text: 'Gogledd Iwerddon' },
        ],
      }),
    )}</div>`,
  play: async ({ canvasElement }) => {
    const { field } = radiosIn(canvasElement);
    await expect(field.validationMessage).toBe('Dewiswch ble rydych chi’n byw');
  },
};

/** For JavaScript frameworks: attributes and `items`, and the element builds the same HTML as above. */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: () =>
    html`<civic-radios
        name="contact"
        legend="How would you prefer to be contacted?"
        hint="Select one option"
        field-name="how you would prefer to be contacted"
        .items=${[
          { value: 'email', text: 'Email', conditionalId: 'contact-by-email' },
          { value: 'post', text: 'Post' },
        ]}
        required
      ></civic-radios>
      <div id="contact-by-email">
        <civic-text-input
          name="contact-email"
          label="Email address"
          type="email"
          autocomplete="email"
        ></civic-text-input>
      </div>`,
  play: async ({ canvasElement }) => {
    const { field, inputs } = radiosIn(canvasElement);
    const reveal = canvasElement.querySelector<HTMLElement>('#contact-by-email')!;
    await expect(field.fieldset).toHaveAccessibleName('How would you prefer to be contacted?');
    await expect(inputs[0]).toHaveAccessibleName('Email');
    await expect(inputs[0]).toHaveAttribute('name', 'contact');
    await expect(reveal).not.toBeVisible();
    await userEvent.click(labelOf(canvasElement, inputs[0]));
    await expect(reveal).toBeVisible();
  },
};

/** A required choice is checked on submit: "Select how you would prefer to be contacted". */
export const ValidatesOnSubmit: Story = {
  name: 'Validates on submit',
  render: () =>
    `<form novalidate>${toHtml(radiosMarkup({ ...CONTACT, required: true }))}<button type="submit">Continue</button></form>`,
  play: async ({ canvasElement }) => {
    const { field, inputs } = radiosIn(canvasElement);
    // Invalid events would otherwise open the browser's own bubble in the test.
    inputs[0].addEventListener('invalid', (event) => event.preventDefault(), { once: true });
    field.checkValidity();
    await expect(field.errorMessage).toBe('Select how you would prefer to be contacted');
    await userEvent.click(labelOf(canvasElement, inputs[2]));
    await expect(field.errorMessage).toBe('');
    await expect(field.validity?.valid).toBe(true);
  },
};
