import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { textInputMarkup } from '../text-input/markup.js';
import type { CivicCheckboxes } from './civic-checkboxes.js';
import { checkboxesMarkup, type CheckboxesParams } from './markup.js';
import '../text-input/define.js';
import './define.js';

const WASTE: CheckboxesParams['items'] = [
  { value: 'carcasses', text: 'Waste from animal carcasses' },
  { value: 'mines', text: 'Waste from mines or quarries' },
  { value: 'farm', text: 'Farm or agricultural waste' },
];

// Each story is the HTML a server writes (the source panel shows it, ready
// to copy into a template in any language); the element enhances it.
const meta = {
  title: 'Components/Checkboxes',
  component: 'civic-checkboxes',
  args: {
    name: 'waste',
    legend: 'Which types of waste do you transport?',
    hint: 'Select all that apply',
    fieldName: 'which types of waste you transport',
    items: WASTE,
  },
  argTypes: {
    legendSize: { control: 'select', options: [undefined, 's', 'm', 'l', 'xl'] },
  },
  render: (args) => toHtml(checkboxesMarkup(args)),
} satisfies Meta<CheckboxesParams>;

export default meta;
type Story = StoryObj<CheckboxesParams>;

function checkboxesIn(canvasElement: HTMLElement) {
  const field = canvasElement.querySelector<CivicCheckboxes>('civic-checkboxes');
  if (!field || field.inputs.length === 0) throw new Error('civic-checkboxes has no checkboxes');
  return { field, inputs: field.inputs };
}

/** The label of an option, as a person clicks it. */
function labelOf(canvasElement: HTMLElement, input: HTMLInputElement): HTMLLabelElement {
  const label = canvasElement.querySelector<HTMLLabelElement>(`label[for="${input.id}"]`);
  if (!label) throw new Error(`no label for #${input.id}`);
  return label;
}

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const { field, inputs } = checkboxesIn(canvasElement);
    await expect(field.fieldset).toHaveAccessibleName('Which types of waste do you transport?');
    await userEvent.click(labelOf(canvasElement, inputs[0]));
    await userEvent.click(labelOf(canvasElement, inputs[2]));
    await expect(field.values).toEqual(['carcasses', 'farm']);
  },
};

export const WithHints: Story = {
  name: 'With hints',
  args: {
    name: 'nationality',
    legend: 'What is your nationality?',
    legendSize: 'm',
    hint: 'If you have dual nationality, select all options that are relevant to you',
    fieldName: 'your nationality',
    items: [
      {
        value: 'british',
        text: 'British',
        hint: 'Including English, Scottish, Welsh and Northern Irish',
      },
      { value: 'irish', text: 'Irish' },
      { value: 'other', text: 'Citizen of another country' },
    ],
  },
  play: async ({ canvasElement }) => {
    const { inputs } = checkboxesIn(canvasElement);
    await expect(inputs[0]).toHaveAccessibleName('British');
    await expect(inputs[0]).toHaveAccessibleDescription(
      'Including English, Scottish, Welsh and Northern Irish',
    );
  },
};

/** "None of these" after a divider: checking it clears the others, and checking another clears it. */
export const WithExclusiveNone: Story = {
  name: 'With an exclusive “None of these”',
  args: {
    name: 'countries',
    legend: 'Will you be travelling to any of these countries?',
    hint: 'Select all countries that apply',
    fieldName: 'if you will be travelling to any of these countries',
    items: [
      { value: 'france', text: 'France' },
      { value: 'portugal', text: 'Portugal' },
      { value: 'spain', text: 'Spain' },
      { divider: 'or' },
      {
        value: 'none',
        text: 'No, I will not be travelling to any of these countries',
        behaviour: 'exclusive',
      },
    ],
  },
  play: async ({ canvasElement }) => {
    const { field, inputs } = checkboxesIn(canvasElement);
    const none = inputs[3];
    await userEvent.click(labelOf(canvasElement, inputs[0]));
    await userEvent.click(labelOf(canvasElement, inputs[2]));
    await expect(field.values).toEqual(['france', 'spain']);
    await userEvent.click(labelOf(canvasElement, none));
    await expect(field.values).toEqual(['none']);
    await userEvent.click(labelOf(canvasElement, inputs[1]));
    await expect(field.values).toEqual(['portugal']);
  },
};

/** Between 2 and 3 choices, checked on submit. */
export const WithMinMax: Story = {
  name: 'With fewest and most choices',
  args: {
    name: 'priorities',
    legend: 'Which services matter most to you?',
    hint: 'Select 2 or 3 services',
    fieldName: 'the services that matter most to you',
    minSelected: 2,
    maxSelected: 3,
    items: [
      { value: 'bins', text: 'Bin collections' },
      { value: 'libraries', text: 'Libraries' },
      { value: 'parks', text: 'Parks' },
      { value: 'roads', text: 'Roads and pavements' },
    ],
  },
  play: async ({ canvasElement }) => {
    const { field, inputs } = checkboxesIn(canvasElement);
    const invalid = () =>
      inputs[0].addEventListener('invalid', (event) => event.preventDefault(), { once: true });
    await userEvent.click(labelOf(canvasElement, inputs[0]));
    invalid();
    await expect(field.checkValidity()).toBe(false);
    await expect(field.errorMessage).toBe(
      'Select at least 2 options for the services that matter most to you',
    );
    await userEvent.click(labelOf(canvasElement, inputs[1]));
    // Once an error shows, a new answer updates it: two choices clear it.
    await expect(field.errorMessage).toBe('');
    await userEvent.click(labelOf(canvasElement, inputs[2]));
    await userEvent.click(labelOf(canvasElement, inputs[3]));
    invalid();
    await expect(field.checkValidity()).toBe(false);
    await expect(field.errorMessage).toBe(
      'Select no more than 3 options for the services that matter most to you',
    );
    await userEvent.click(labelOf(canvasElement, inputs[3]));
    await expect(field.errorMessage).toBe('');
    await expect(field.checkValidity()).toBe(true);
  },
};

export const WithRevealedQuestion: Story = {
  name: 'With a revealed follow-up question',
  args: {
    name: 'contact',
    legend: 'How would you like to be contacted?',
    hint: 'Select all that apply',
    fieldName: 'how you would like to be contacted',
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
      { value: 'post', text: 'Post' },
    ],
  },
  play: async ({ canvasElement }) => {
    const { inputs } = checkboxesIn(canvasElement);
    const email = inputs[0];
    const reveal = canvasElement.querySelector<HTMLElement>(
      `#${email.getAttribute('aria-controls')}`,
    )!;
    await expect(reveal).not.toBeVisible();
    await userEvent.click(labelOf(canvasElement, email));
    await expect(reveal).toBeVisible();
    await expect(reveal.querySelector('input')).toBeEnabled();
    await userEvent.click(labelOf(canvasElement, email));
    await expect(reveal).not.toBeVisible();
  },
};

export const WithError: Story = {
  name: 'With error (from the server)',
  args: { required: true, error: 'Select which types of waste you transport' },
  play: async ({ canvasElement }) => {
    const { field } = checkboxesIn(canvasElement);
    await expect(field.fieldset).toHaveAccessibleDescription(
      'Select all that apply Error: Select which types of waste you transport',
    );
  },
};

export const Small: Story = {
  name: 'Small (filters)',
  args: {
    name: 'organisation',
    legend: 'Organisation',
    legendSize: 's',
    hint: undefined,
    fieldName: undefined,
    small: true,
    values: ['hmrc'],
    items: [
      { value: 'hmrc', text: 'HM Revenue and Customs (HMRC)' },
      { value: 'employment-tribunal', text: 'Employment Tribunal' },
      { value: 'mod', text: 'Ministry of Defence' },
    ],
  },
};

export const LegendAsPageHeading: Story = {
  name: 'Legend as the page heading',
  args: { pageHeading: true },
  play: async ({ canvasElement }) => {
    const heading = canvasElement.querySelector('legend h1');
    await expect(heading).toHaveTextContent('Which types of waste do you transport?');
  },
};

export const InWelsh: Story = {
  name: 'Cymraeg',
  render: () =>
    `<div lang="cy">${toHtml(
      checkboxesMarkup({
        name: 'gwastraff',
        legend: 'Pa fathau o wastraff ydych chi’n eu cludo?',
        hint: 'Dewiswch bob un sy’n berthnasol',
        fieldName: 'pa fathau o wastraff rydych chi’n eu cludo',
        required: true,
        maxSelected: 2,
        lang: 'cy',
        items: [
          { value: 'carcasses', text: 'Gwastraff o garcasau anifeiliaid' },
          { value: 'mines', text: 'Gwastraff o fwyngloddiau neu chwareli' },
          { value: 'farm', text: 'Gwastraff fferm neu amaethyddol' },
        ],
      }),
    )}</div>`,
  play: async ({ canvasElement }) => {
    const { field, inputs } = checkboxesIn(canvasElement);
    await expect(field.validationMessage).toBe(
      'Dewiswch pa fathau o wastraff rydych chi’n eu cludo',
    );
    for (const input of inputs) await userEvent.click(labelOf(canvasElement, input));
    await expect(field.validationMessage).toBe(
      'Dewiswch ddim mwy na 2 opsiwn ar gyfer pa fathau o wastraff rydych chi’n eu cludo',
    );
  },
};

/** For JavaScript frameworks: attributes and `items`, and the element builds the same HTML as above. */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: () =>
    html`<civic-checkboxes
      name="waste"
      legend="Which types of waste do you transport?"
      hint="Select all that apply"
      field-name="which types of waste you transport"
      .items=${[...WASTE, { divider: 'or' }, { value: 'none', text: 'None of these', behaviour: 'exclusive' as const }]}
      required
    ></civic-checkboxes>`,
  play: async ({ canvasElement }) => {
    const { field, inputs } = checkboxesIn(canvasElement);
    await expect(field.fieldset).toHaveAccessibleName('Which types of waste do you transport?');
    await expect(inputs[0]).toHaveAccessibleName('Waste from animal carcasses');
    await expect(inputs[0]).toHaveAttribute('name', 'waste');
    await userEvent.click(labelOf(canvasElement, inputs[0]));
    await userEvent.click(labelOf(canvasElement, inputs[3]));
    await expect(field.values).toEqual(['none']);
  },
};
