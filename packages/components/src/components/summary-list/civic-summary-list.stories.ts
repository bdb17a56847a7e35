import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import {
  CARD,
  CARD_ONE_ACTION,
  DEFAULT,
  LONG_VALUES,
  MIXED_ACTIONS,
  NO_BORDER,
  WELSH,
  WITHOUT_ACTIONS,
} from './examples.js';
import { summaryListMarkup, type SummaryListParams } from './markup.js';
import '../button/define.js';
import './define.js';

// Each story is the HTML a server writes (the source panel shows it, ready
// to copy into a template in any language); the element keeps it as it is.
const meta = {
  title: 'Components/Summary list',
  component: 'civic-summary-list',
  subcomponents: { 'civic-summary-row': 'civic-summary-row' },
  args: DEFAULT,
  render: (args) => toHtml(summaryListMarkup(args)),
} satisfies Meta<SummaryListParams>;

export default meta;
type Story = StoryObj<SummaryListParams>;

function linkNames(canvasElement: HTMLElement): string[] {
  return [...canvasElement.querySelectorAll('a')].map((link) =>
    link.textContent.replace(/\s+/g, ' ').trim(),
  );
}

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('dl')).toHaveLength(1);
    await expect(canvasElement.querySelector('a')).toHaveAccessibleName('Change Name');
  },
};

/** Rows without actions sit beside rows with one and with two; the columns line up. */
export const MixedActions: Story = {
  args: MIXED_ACTIONS,
  play: async ({ canvasElement }) => {
    await expect(linkNames(canvasElement)).toEqual([
      'Change Name',
      'Change Emergency contact',
      'Remove Emergency contact',
    ]);
  },
};

export const WithoutActions: Story = { args: WITHOUT_ACTIONS };

export const NoBorder: Story = { args: NO_BORDER };

/** A card for each of several similar things, with actions for the whole card. */
export const Card: Story = {
  args: CARD,
  play: async ({ canvasElement }) => {
    await expect(linkNames(canvasElement)).toEqual([
      'Delete choice (University of Gloucestershire)',
      'Withdraw (University of Gloucestershire)',
      'Change Course (University of Gloucestershire)',
      'Change Location (University of Gloucestershire)',
    ]);
  },
};

/** One card action is a plain link; the title is a level 3 heading here. */
export const CardWithOneAction: Story = { args: CARD_ONE_ACTION };

/** Long keys and values wrap at 320 px; the long key's links say "Change premises address". */
export const LongValues: Story = {
  args: LONG_VALUES,
  render: (args) => `<div style="max-inline-size: 20rem">${toHtml(summaryListMarkup(args))}</div>`,
};

export const Welsh: Story = {
  name: 'Cymraeg',
  args: WELSH,
  render: (args) => `<div lang="cy">${toHtml(summaryListMarkup(args))}</div>`,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('a')).toHaveAccessibleName('Newid Enw');
  },
};

/** What a JavaScript framework writes: rows as data; the element builds the same list. */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: () => html`
    <civic-summary-list card-title="University of Gloucestershire">
      <civic-summary-row label="Course" change-href="#course">English (3DMD)</civic-summary-row>
      <civic-summary-row
        label="Location"
        .actions=${[
          { href: '#location', text: 'Change' },
          { href: '#location-remove', text: 'Remove' },
        ]}
        >Cheltenham<br />Full time</civic-summary-row
      >
      <civic-summary-row label="Start date" value="September 2026"></civic-summary-row>
    </civic-summary-list>
  `,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('dl')).toHaveLength(1);
    await expect(linkNames(canvasElement)).toEqual([
      'Change Course (University of Gloucestershire)',
      'Change Location (University of Gloucestershire)',
      'Remove Location (University of Gloucestershire)',
    ]);
  },
};

const font = 'font-family: var(--civic-font-family);';

/** Pattern: the last page before submitting an application. */
export const CheckYourAnswers: Story = {
  name: 'Pattern: check your answers',
  render: () => `
    <form action="#submitted">
      <h1 style="${font}">Check your answers before sending your application</h1>
      <h2 style="${font}">Personal details</h2>
      ${toHtml(summaryListMarkup(DEFAULT))}
      <h2 style="${font}">Premises</h2>
      ${toHtml(
        summaryListMarkup({
          rows: [
            { key: 'Premises name', value: 'The Old Bakery', changeHref: '#premises' },
            {
              key: 'Opening hours',
              value: 'Monday to Saturday, 8am to 6pm',
              changeHref: '#hours',
            },
          ],
        }),
      )}
      <h2 style="${font}">Now send your application</h2>
      <p style="${font}">
        By submitting this application you are confirming that, to the best of your knowledge,
        the details you are providing are correct.
      </p>
      <civic-button prevent-double-click>Accept and send</civic-button>
    </form>
  `,
};
