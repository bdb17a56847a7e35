import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import type { CivicSelect } from './civic-select.js';
import { selectMarkup, type SelectParams } from './markup.js';
import './define.js';

const COUNCILS: SelectParams['items'] = [
  { value: 'cardiff', text: 'Cardiff', group: 'Wales' },
  { value: 'swansea', text: 'Swansea', group: 'Wales' },
  { value: 'leeds', text: 'Leeds', group: 'England' },
  { value: 'york', text: 'York', group: 'England' },
];

// Each story is the HTML a server writes (the source panel shows it); the element enhances it.
const meta = {
  title: 'Components/Select',
  component: 'civic-select',
  args: {
    name: 'council',
    label: 'Council',
    fieldName: 'your council',
    placeholder: 'Choose a council',
    items: COUNCILS,
  },
  render: (args) => toHtml(selectMarkup(args)),
} satisfies Meta<SelectParams>;

export default meta;
type Story = StoryObj<SelectParams>;

function selectIn(canvasElement: HTMLElement) {
  const field = canvasElement.querySelector<CivicSelect>('civic-select');
  const control = field?.querySelector('select');
  if (!field || !control) throw new Error('civic-select has no select');
  return { field, control };
}

export const Default: Story = {};

export const WithHint: Story = {
  args: { hint: 'The council you pay council tax to' },
};

export const Chosen: Story = { name: 'With a choice made', args: { value: 'leeds' } };

export const WithError: Story = {
  name: 'With error (from the server)',
  args: { required: true, error: 'Select your council' },
  play: async ({ canvasElement }) => {
    const { control } = selectIn(canvasElement);
    await expect(control).toHaveAccessibleDescription('Error: Select your council');
  },
};

export const WithoutGroups: Story = {
  name: 'Options without groups',
  args: {
    name: 'sort',
    label: 'Sort by',
    placeholder: undefined,
    items: [
      { value: 'published', text: 'Recently published' },
      { value: 'updated', text: 'Recently updated', selected: true },
      { value: 'views', text: 'Most views' },
      { value: 'comments', text: 'Most comments', disabled: true },
    ],
  },
};

export const LabelAsPageHeading: Story = {
  name: 'Label as the page heading',
  args: { label: 'Which council is your home in?', pageHeading: true },
};

export const Disabled: Story = { args: { disabled: true, value: 'york' } };

export const InWelsh: Story = {
  name: 'Cymraeg',
  render: () =>
    `<div lang="cy">${toHtml(
      selectMarkup({
        name: 'cyngor',
        label: 'Cyngor',
        fieldName: 'eich cyngor',
        placeholder: 'Dewiswch gyngor',
        items: COUNCILS,
        required: true,
        lang: 'cy',
      }),
    )}</div>`,
  play: async ({ canvasElement }) => {
    const { field } = selectIn(canvasElement);
    await expect(field.validationMessage).toBe('Dewiswch eich cyngor');
  },
};

/** For JavaScript frameworks: attributes and `items`, and the element builds the same HTML as above. */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: () =>
    html`<civic-select
      name="council"
      label="Council"
      field-name="your council"
      placeholder="Choose a council"
      .items=${COUNCILS}
      required
    ></civic-select>`,
  play: async ({ canvasElement }) => {
    const { control } = selectIn(canvasElement);
    await expect(control).toHaveAccessibleName('Council');
    await expect(control.options.length).toBe(5);
  },
};

/** A required choice is checked on submit: "Select your council". */
export const ValidatesOnSubmit: Story = {
  name: 'Validates on submit',
  render: () =>
    `<form novalidate>${toHtml(selectMarkup({ name: 'council', label: 'Council', fieldName: 'your council', placeholder: 'Choose a council', items: COUNCILS, required: true }))}<button type="submit">Continue</button></form>`,
  play: async ({ canvasElement }) => {
    const { field, control } = selectIn(canvasElement);
    control.addEventListener('invalid', (event) => event.preventDefault(), { once: true });
    field.checkValidity();
    await expect(field.errorMessage).toBe('Select your council');
    await userEvent.selectOptions(control, 'leeds');
    await expect(field.validity?.valid).toBe(true);
  },
};
