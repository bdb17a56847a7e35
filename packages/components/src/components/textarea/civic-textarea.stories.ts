import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { CivicTextarea } from './civic-textarea.js';
import './define.js';

interface TextareaArgs {
  label: string;
  hint: string;
  name: string;
  value: string;
  error: string;
  rows: number;
  maxlength?: number;
  maxwords?: number;
  threshold?: number;
  required: boolean;
  disabled: boolean;
}

// The controls the story's template renders, so every control visibly does something.
const RENDERED_CONTROLS = [
  'label',
  'hint',
  'name',
  'value',
  'error',
  'rows',
  'maxlength',
  'maxwords',
  'threshold',
  'required',
  'disabled',
];

/** The textarea in the story, its native control, and its visible count. */
function textareaIn(canvasElement: HTMLElement) {
  const host = canvasElement.querySelector<CivicTextarea>('civic-textarea');
  const control = host?.shadowRoot?.querySelector<HTMLTextAreaElement>('textarea');
  if (!host || !control) throw new Error('civic-textarea did not render its textarea');
  const count = () => host.shadowRoot!.querySelector('[part="count"]')?.textContent.trim() ?? '';
  return { host, control, count };
}

const meta = {
  title: 'Components/Textarea',
  component: 'civic-textarea',
  args: {
    label: 'Can you provide more detail?',
    hint: '',
    name: 'more-detail',
    value: '',
    error: '',
    rows: 5,
    required: false,
    disabled: false,
  },
  argTypes: {
    maxlength: { control: 'number' },
    maxwords: { control: 'number' },
    threshold: { control: { type: 'range', min: 0, max: 100, step: 5 } },
  },
  parameters: {
    controls: { include: RENDERED_CONTROLS },
    docs: { controls: { include: RENDERED_CONTROLS } },
  },
  render: (args) => html`
    <civic-textarea
      label=${args.label}
      hint=${args.hint}
      name=${args.name}
      value=${args.value}
      error=${args.error}
      field-name="more detail"
      rows=${args.rows}
      maxlength=${ifDefined(args.maxlength)}
      maxwords=${ifDefined(args.maxwords)}
      threshold=${ifDefined(args.threshold)}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></civic-textarea>
  `,
} satisfies Meta<TextareaArgs>;

export default meta;
type Story = StoryObj<TextareaArgs>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const { control } = textareaIn(canvasElement);
    await expect(control).toHaveAccessibleName('Can you provide more detail?');
    await userEvent.type(control, 'First line{Enter}second line');
    await expect(control.value).toBe('First line\nsecond line');
  },
};

export const WithHint: Story = {
  args: {
    hint: 'Do not include personal or financial information, like your National Insurance number or credit card details.',
  },
};

/** A character limit: the count follows each keystroke; screen readers hear it after a pause. */
export const CharacterCount: Story = {
  args: {
    maxlength: 200,
    hint: 'Do not include personal or financial information, like your National Insurance number or credit card details.',
  },
  play: async ({ canvasElement }) => {
    const { control, count } = textareaIn(canvasElement);
    await expect(count()).toBe('You have 200 characters remaining');
    await userEvent.type(control, 'I need a ramp 👩🏽‍🦽');
    await expect(count()).toBe('You have 185 characters remaining');
  },
};

/** A word limit, for answers judged by length rather than by storage. */
export const WordCount: Story = {
  args: { label: 'Why do you want to volunteer?', maxwords: 150 },
  play: async ({ canvasElement }) => {
    const { control, count } = textareaIn(canvasElement);
    await userEvent.type(control, 'To help   my neighbours');
    await expect(count()).toBe('You have 146 words remaining');
  },
};

/** The count appears only once three quarters of the limit is used. */
export const Threshold: Story = {
  args: {
    label: 'Describe the problem',
    maxlength: 112,
    threshold: 75,
    value:
      'The streetlight outside number 14 has been flickering since Monday and goes off after 10 pm.',
  },
  play: async ({ canvasElement }) => {
    const { host, count } = textareaIn(canvasElement);
    await expect(count()).toBe('You have 20 characters remaining');
    const countElement = host.shadowRoot!.querySelector('[part="count"]')!;
    await expect(getComputedStyle(countElement).visibility).toBe('visible');
  },
};

/** Over the limit after submitting: the error above the field and the count under it say so. */
export const OverTheLimitWithError: Story = {
  name: 'Over the limit, with error',
  args: {
    label: 'Describe the problem',
    maxlength: 40,
    value: 'The bin was not collected on Tuesday or on Wednesday.',
    error: 'Describe the problem in 40 characters or less',
  },
  play: async ({ canvasElement }) => {
    const { control, count } = textareaIn(canvasElement);
    await expect(count()).toBe('You have 13 characters too many');
    await expect(control).toHaveAttribute('aria-invalid', 'true');
    await expect(control.value).toHaveLength(53);
  },
};

export const Welsh: Story = {
  name: 'Welsh (Cymraeg)',
  args: {
    label: 'Allwch chi roi mwy o fanylion?',
    hint: 'Peidiwch â chynnwys gwybodaeth bersonol nac ariannol.',
    maxlength: 200,
  },
  decorators: [(story) => html`<div lang="cy">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const { control, count } = textareaIn(canvasElement);
    await waitFor(() => expect(count()).toBe('Mae gennych 200 nod ar ôl'));
    await userEvent.type(control, 'Diolch');
    await expect(count()).toBe('Mae gennych 194 nod ar ôl');
  },
};
