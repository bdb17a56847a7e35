import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { servicePage } from './service-page.js';
import '../components/button/define.js';
import '../components/cookie-banner/define.js';
import '../components/language-toggle/define.js';
import '../components/service-navigation/define.js';
import '../components/skip-link/define.js';
import '../components/text-input/define.js';

// The whole page is the HTML a server writes from the macros (the source
// panel shows it all): what a service on any stack would send. The consent
// cookie's path is one Storybook is not under, so Accept or Reject here never
// hides the banner from the next story.
const STORY_COOKIE_PATH = '/civic-story-cookies';

const meta = {
  title: 'Patterns/Service page',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const English: Story = {
  render: () =>
    `<div lang="en" class="civic-template__body">${servicePage('en', { cookiePath: STORY_COOKIE_PATH })}</div>`,
  play: async ({ canvasElement, step }) => {
    await step('The skip link is the first thing Tab reaches', async () => {
      await userEvent.tab();
      await expect(document.activeElement).toHaveTextContent('Skip to main content');
    });
    await step('Enter moves focus to the main content', async () => {
      await userEvent.keyboard('{Enter}');
      await expect(canvasElement.querySelector('main')).toHaveFocus();
    });
  },
};

export const Welsh: Story = {
  render: () =>
    `<div lang="cy" class="civic-template__body">${servicePage('cy', { cookiePath: STORY_COOKIE_PATH })}</div>`,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.civic-skip-link__link')).toHaveTextContent(
      'Neidio i’r prif gynnwys',
    );
  },
};

/** The language toggle switches Civic's own strings on the page instead of navigating. */
export const LiveLanguage: Story = {
  name: 'Switching language live',
  render: () =>
    `<div class="civic-template__body">${servicePage('en', { cookiePath: STORY_COOKIE_PATH, liveLanguage: true })}</div>`,
  play: async ({ canvasElement }) => {
    const welsh = canvasElement.querySelector<HTMLElement>('a[hreflang="cy"]')!;
    await userEvent.click(welsh);
    await waitFor(() => expect(document.documentElement.lang).toBe('cy'));
    await expect(canvasElement.querySelector('[aria-current="true"]')).toHaveTextContent('Cymraeg');
    document.documentElement.lang = 'en';
  },
};
