import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { textInputMarkup } from '../text-input/markup.js';
import type { CivicFieldset } from './civic-fieldset.js';
import { fieldsetMarkup, type CivicFieldsetParams } from './markup.js';
import '../text-input/define.js';
import './define.js';

/** The lines of a UK address, as a server writes each Civic text input. */
function addressLines(lang?: string): string {
  const welsh = lang === 'cy';
  return [
    textInputMarkup({
      name: 'address-line-1',
      label: welsh ? 'Llinell cyfeiriad 1' : 'Address line 1',
      autocomplete: 'address-line1',
      lang,
    }),
    textInputMarkup({
      name: 'address-line-2',
      label: welsh ? 'Llinell cyfeiriad 2 (dewisol)' : 'Address line 2 (optional)',
      autocomplete: 'address-line2',
      lang,
    }),
    textInputMarkup({
      name: 'address-town',
      label: welsh ? 'Tref neu ddinas' : 'Town or city',
      autocomplete: 'address-level2',
      width: 'two-thirds',
      lang,
    }),
    textInputMarkup({
      name: 'address-postcode',
      label: welsh ? 'Cod post' : 'Postcode',
      autocomplete: 'postal-code',
      width: '10',
      lang,
    }),
  ]
    .map(toHtml)
    .join('');
}

// Each story is the HTML a server writes (the source panel shows it, ready
// to copy into a template in any language); the element enhances it.
const meta = {
  title: 'Components/Fieldset',
  component: 'civic-fieldset',
  args: { id: 'address', legend: 'What is your address?', legendSize: 'l' },
  argTypes: {
    legendSize: { control: 'select', options: [undefined, 's', 'm', 'l', 'xl'] },
  },
  render: (args) => toHtml(fieldsetMarkup({ ...args, html: addressLines(args.lang) })),
} satisfies Meta<CivicFieldsetParams>;

export default meta;
type Story = StoryObj<CivicFieldsetParams>;

function fieldsetIn(canvasElement: HTMLElement) {
  const element = canvasElement.querySelector<CivicFieldset>('civic-fieldset');
  const fieldset = element?.fieldset;
  if (!element || !fieldset) throw new Error('civic-fieldset has no fieldset');
  return { element, fieldset };
}

/** An address made of four Civic text inputs, grouped under one legend. */
export const Address: Story = {
  name: 'An address',
  play: async ({ canvasElement }) => {
    const { fieldset } = fieldsetIn(canvasElement);
    await expect(fieldset).toHaveAccessibleName('What is your address?');
    const postcode = fieldset.querySelector('input[name="address-postcode"]');
    await expect(postcode).toHaveAccessibleName('Postcode');
    await expect(postcode).toHaveAttribute('autocomplete', 'postal-code');
  },
};

export const WithHint: Story = {
  name: 'With hint',
  args: { hint: 'The address where you live now' },
  play: async ({ canvasElement }) => {
    const { fieldset } = fieldsetIn(canvasElement);
    await expect(fieldset).toHaveAccessibleDescription('The address where you live now');
  },
};

/** An error about the group as a whole, such as an address that does not exist. */
export const WithError: Story = {
  name: 'With error (from the server)',
  args: { hint: 'The address where you live now', error: 'Enter an address in the UK' },
  play: async ({ canvasElement }) => {
    const { element, fieldset } = fieldsetIn(canvasElement);
    await expect(fieldset).toHaveAccessibleDescription(
      'The address where you live now Error: Enter an address in the UK',
    );
    await expect(element.error).toBe('Enter an address in the UK');
  },
};

export const LegendAsPageHeading: Story = {
  name: 'Legend as the page heading',
  args: { pageHeading: true, legendSize: 'xl' },
  play: async ({ canvasElement }) => {
    const heading = canvasElement.querySelector('legend h1');
    await expect(heading).toHaveTextContent('What is your address?');
  },
};

export const InWelsh: Story = {
  name: 'Cymraeg',
  render: () =>
    `<div lang="cy">${toHtml(
      fieldsetMarkup({
        id: 'cyfeiriad',
        legend: 'Beth yw eich cyfeiriad?',
        legendSize: 'l',
        error: 'Rhowch gyfeiriad yn y DU',
        lang: 'cy',
        html: addressLines('cy'),
      }),
    )}</div>`,
  play: async ({ canvasElement }) => {
    const { fieldset } = fieldsetIn(canvasElement);
    await expect(fieldset).toHaveAccessibleDescription('Gwall: Rhowch gyfeiriad yn y DU');
  },
};

/**
 * For JavaScript frameworks: the legend and hint as attributes around the
 * page's own `<fieldset>` and questions, which the element never moves.
 */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: () =>
    html`<civic-fieldset
      legend="What is your address?"
      legend-size="l"
      hint="The address where you live now"
      field-id="address"
    >
      <fieldset>
        <civic-text-input
          name="address-line-1"
          label="Address line 1"
          autocomplete="address-line1"
        ></civic-text-input>
        <civic-text-input
          name="address-town"
          label="Town or city"
          autocomplete="address-level2"
          width="two-thirds"
        ></civic-text-input>
        <civic-text-input
          name="address-postcode"
          label="Postcode"
          autocomplete="postal-code"
          width="10"
        ></civic-text-input>
      </fieldset>
    </civic-fieldset>`,
  play: async ({ canvasElement }) => {
    const { fieldset } = fieldsetIn(canvasElement);
    await expect(fieldset).toHaveAccessibleName('What is your address?');
    await expect(fieldset).toHaveAccessibleDescription('The address where you live now');
    await expect(fieldset.querySelector('input[name="address-town"]')).toHaveAccessibleName(
      'Town or city',
    );
  },
};
