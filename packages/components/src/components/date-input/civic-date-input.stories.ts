import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import type { CivicDateInput } from './civic-date-input.js';
import { dateInputMarkup, type DateInputParams } from './markup.js';
import './define.js';

// Each story is the HTML a server writes (the source panel shows it); the element enhances it.
const meta = {
  title: 'Components/Date input',
  component: 'civic-date-input',
  args: {
    name: 'dob',
    legend: 'Date of birth',
    hint: 'For example, 27 3 2007',
    autocomplete: 'bday',
    required: true,
    past: true,
    min: '1900-01-01',
  },
  render: (args) => toHtml(dateInputMarkup(args)),
} satisfies Meta<DateInputParams>;

export default meta;
type Story = StoryObj<DateInputParams>;

function dateIn(canvasElement: HTMLElement) {
  const field = canvasElement.querySelector<CivicDateInput>('civic-date-input');
  if (!field) throw new Error('no civic-date-input');
  return field;
}

export const Default: Story = {};

export const WithValue: Story = { name: 'With a date', args: { value: '1987-02-03' } };

export const MonthMissing: Story = {
  name: 'With error: a month missing (from the server)',
  args: {
    values: { day: '3', year: '1987' },
    error: 'Date of birth must include a month',
    errorParts: ['month'],
  },
  play: async ({ canvasElement }) => {
    const field = dateIn(canvasElement);
    await expect(field.querySelector('#dob-month')).toHaveAttribute('aria-invalid', 'true');
    await expect(field.querySelector('#dob-day')).not.toHaveAttribute('aria-invalid');
  },
};

export const WholeDateWrong: Story = {
  name: 'With error: the whole date (from the server)',
  args: { value: '2999-01-01', error: 'Date of birth must be in the past' },
};

export const AsPageHeading: Story = {
  name: 'Legend as the page heading',
  args: {
    legend: 'What is your date of birth?',
    fieldName: 'your date of birth',
    pageHeading: true,
  },
};

export const NotABirthday: Story = {
  name: 'Another date (no autocomplete)',
  args: {
    name: 'moved-in',
    legend: 'When did you move in?',
    fieldName: 'the date you moved in',
    hint: 'For example, 14 9 2023',
    autocomplete: undefined,
    min: undefined,
  },
};

export const Disabled: Story = { args: { disabled: true, value: '1987-02-03' } };

export const InWelsh: Story = {
  name: 'Cymraeg',
  render: () =>
    `<div lang="cy">${toHtml(
      dateInputMarkup({
        name: 'dyddiad-geni',
        legend: 'Dyddiad geni',
        fieldName: 'ddyddiad geni',
        hint: 'Er enghraifft, 27 3 2007',
        autocomplete: 'bday',
        required: true,
        lang: 'cy',
      }),
    )}</div>`,
  play: async ({ canvasElement }) => {
    await expect(dateIn(canvasElement).validationMessage).toBe('Rhowch ddyddiad geni');
  },
};

/** For JavaScript frameworks: attributes only, and the element builds the same HTML as above. */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: () =>
    html`<civic-date-input
      name="dob"
      legend="Date of birth"
      hint="For example, 27 3 2007"
      autocomplete="bday"
      required
      past
    ></civic-date-input>`,
  play: async ({ canvasElement }) => {
    const field = dateIn(canvasElement);
    await userEvent.type(field.querySelector<HTMLInputElement>('#dob-day')!, '3');
    await userEvent.type(field.querySelector<HTMLInputElement>('#dob-year')!, '1987');
    await expect(field.validationMessage).toBe('Date of birth must include a month');
    await userEvent.type(field.querySelector<HTMLInputElement>('#dob-month')!, '2');
    await expect(field.value).toBe('1987-02-03');
  },
};
