import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import type { CivicTextarea } from './civic-textarea.js';
import { textareaMarkup, type TextareaParams } from './markup.js';
import './define.js';

const PERSONAL_INFORMATION_HINT =
  'Do not include personal or financial information, like your National Insurance number or credit card details.';

// Each story is the HTML a server writes (the source panel shows it, ready
// to copy into a template in any language); the element enhances it.
const meta = {
  title: 'Components/Textarea',
  component: 'civic-textarea',
  args: { name: 'more-detail', label: 'Can you provide more detail?', fieldName: 'more detail' },
  argTypes: {
    rows: { control: 'number' },
    maxLength: { control: 'number' },
    maxWords: { control: 'number' },
    threshold: { control: { type: 'range', min: 0, max: 100, step: 5 } },
  },
  render: (args) => toHtml(textareaMarkup(args)),
} satisfies Meta<TextareaParams>;

export default meta;
type Story = StoryObj<TextareaParams>;

/** The textarea in the story, its native control, and the count a sighted person sees. */
function textareaIn(canvasElement: HTMLElement) {
  const field = canvasElement.querySelector<CivicTextarea>('civic-textarea');
  const control = field?.querySelector<HTMLTextAreaElement>('textarea');
  if (!field || !control) throw new Error('civic-textarea has no textarea');
  const count = () => field.querySelector('.civic-character-count__status')?.textContent ?? '';
  return { field, control, count };
}

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const { control } = textareaIn(canvasElement);
    await expect(control).toHaveAccessibleName('Can you provide more detail?');
    await userEvent.type(control, 'First line{Enter}second line');
    await expect(control.value).toBe('First line\nsecond line');
  },
};

export const WithHint: Story = {
  args: { hint: PERSONAL_INFORMATION_HINT },
};

/** A character limit: the count follows each keystroke; screen readers hear it after a pause. */
export const CharacterCount: Story = {
  args: { maxLength: 200, hint: PERSONAL_INFORMATION_HINT },
  play: async ({ canvasElement }) => {
    const { control, count } = textareaIn(canvasElement);
    await expect(count()).toBe('You have 200 characters remaining');
    await expect(control).toHaveAccessibleDescription(
      `${PERSONAL_INFORMATION_HINT} You can enter up to 200 characters`,
    );
    await userEvent.type(control, 'I need a ramp 👩🏽‍🦽');
    await expect(count()).toBe('You have 185 characters remaining');
  },
};

/** A word limit, for answers judged by length rather than by storage. */
export const WordCount: Story = {
  args: {
    name: 'why-volunteer',
    label: 'Why do you want to volunteer?',
    fieldName: undefined,
    maxWords: 150,
  },
  play: async ({ canvasElement }) => {
    const { control, count } = textareaIn(canvasElement);
    await userEvent.type(control, 'To help   my neighbours');
    await expect(count()).toBe('You have 146 words remaining');
  },
};

/** The count appears only once three quarters of the limit is used; until then it keeps its space. */
export const Threshold: Story = {
  args: {
    name: 'problem',
    label: 'Describe the problem',
    fieldName: 'the problem',
    maxLength: 112,
    threshold: 75,
    value:
      'The streetlight outside number 14 has been flickering since Monday and goes off after 10 pm.',
  },
  play: async ({ canvasElement }) => {
    const { field, count } = textareaIn(canvasElement);
    await expect(count()).toBe('You have 20 characters remaining');
    const status = field.querySelector('.civic-character-count__status')!;
    await expect(getComputedStyle(status).visibility).toBe('visible');
  },
};

/**
 * An answer the server sends back over the limit: its HTML already says how
 * far over, in the error colour and in the field's description, so it reads
 * the same with JavaScript off.
 */
export const OverTheLimit: Story = {
  name: 'Over the limit (from the server)',
  args: {
    name: 'problem',
    label: 'Describe the problem',
    fieldName: 'the problem',
    maxLength: 40,
    value: 'The bin was not collected on Tuesday or on Wednesday.',
  },
  play: async ({ canvasElement }) => {
    const { control, count } = textareaIn(canvasElement);
    await expect(count()).toBe('You have 13 characters too many');
    await expect(control).toHaveAccessibleDescription('You have 13 characters too many');
    await expect(control.value).toHaveLength(53);
  },
};

/** Over the limit after submitting: the error above the field and the count under it say so. */
export const OverTheLimitWithError: Story = {
  name: 'Over the limit, with error',
  args: {
    name: 'problem',
    label: 'Describe the problem',
    fieldName: 'the problem',
    maxLength: 40,
    value: 'The bin was not collected on Tuesday or on Wednesday.',
    error: 'Describe the problem in 40 characters or less',
  },
  play: async ({ canvasElement }) => {
    const { control, count } = textareaIn(canvasElement);
    await expect(count()).toBe('You have 13 characters too many');
    await expect(control).toHaveAttribute('aria-invalid', 'true');
    await expect(control).toHaveAccessibleDescription(
      'Error: Describe the problem in 40 characters or less You have 13 characters too many',
    );
  },
};

export const LabelAsPageHeading: Story = {
  name: 'Label as the page heading',
  args: { pageHeading: true, hint: PERSONAL_INFORMATION_HINT, maxWords: 250 },
};

export const Disabled: Story = {
  args: { disabled: true, value: 'We were told the repair would take two weeks.' },
};

export const InWelsh: Story = {
  name: 'Cymraeg',
  render: () =>
    `<div lang="cy">${toHtml(
      textareaMarkup({
        name: 'manylion',
        label: 'Allwch chi roi mwy o fanylion?',
        fieldName: 'mwy o fanylion',
        hint: 'Peidiwch â chynnwys gwybodaeth bersonol nac ariannol.',
        maxLength: 200,
        lang: 'cy',
      }),
    )}</div>`,
  play: async ({ canvasElement }) => {
    const { control, count } = textareaIn(canvasElement);
    await waitFor(() => expect(count()).toBe('Mae gennych 200 nod ar ôl'));
    await userEvent.type(control, 'Diolch');
    await expect(count()).toBe('Mae gennych 194 nod ar ôl');
  },
};

/** For JavaScript frameworks: attributes only, and the element builds the same HTML as the stories above. */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: () =>
    html`<civic-textarea
      name="more-detail"
      label="Can you provide more detail?"
      field-name="more detail"
      hint="Do not include personal or financial information"
      maxwords="150"
      threshold="75"
    ></civic-textarea>`,
  play: async ({ canvasElement }) => {
    const { control } = textareaIn(canvasElement);
    await expect(control).toHaveAccessibleName('Can you provide more detail?');
    await expect(control).toHaveAccessibleDescription(
      'Do not include personal or financial information You can enter up to 150 words',
    );
    await expect(control).toHaveAttribute('name', 'more-detail');
  },
};

/** Going over the limit is checked on submit: the error appears then, and names the field. */
export const ValidatesOnSubmit: Story = {
  name: 'Validates on submit',
  render: () =>
    `<form novalidate>${toHtml(
      textareaMarkup({ name: 'summary', label: 'Summary', maxWords: 3, required: true }),
    )}<button type="submit">Continue</button></form>`,
  play: async ({ canvasElement }) => {
    const { field, control, count } = textareaIn(canvasElement);
    canvasElement
      .querySelector('form')!
      .addEventListener('submit', (event) => event.preventDefault());
    await userEvent.type(control, 'one two three four');
    await expect(count()).toBe('You have 1 word too many');
    await expect(field.errorMessage).toBe('');
    // Invalid events would otherwise open the browser's own bubble in the test.
    control.addEventListener('invalid', (event) => event.preventDefault(), { once: true });
    field.checkValidity();
    await expect(field.errorMessage).toBe('Summary must be 3 words or less');
    await expect(control).toHaveAttribute('aria-invalid', 'true');
  },
};
