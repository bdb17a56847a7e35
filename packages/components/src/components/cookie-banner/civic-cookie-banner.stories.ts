import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { cookieBannerMarkup, type CookieBannerParams } from './markup.js';
import './define.js';

// Each story is the HTML a server writes (the source panel shows it, ready to
// copy into a template in any language); CSS alone styles it, and the script
// records the choice without a reload.
//
// The stories' consent cookie has a path Storybook's pages are not under, so
// pressing Accept here never hides the banner from the next story you open.
const STORY_COOKIE_PATH = '/civic-story-cookies';

const meta = {
  title: 'Components/Cookie banner',
  component: 'civic-cookie-banner',
  args: {
    serviceName: 'Apply for a parking permit',
    action: '/cookie-choice',
    cookiesHref: '/cookies',
    cookiePath: STORY_COOKIE_PATH,
  },
  argTypes: {
    serviceName: { control: 'text' },
    choice: { control: 'inline-radio', options: [undefined, 'accept', 'reject'] },
    acceptText: { control: 'text' },
    rejectText: { control: 'text' },
    html: { control: 'text', description: 'The message, as HTML the server trusts.' },
  },
  render: (args) => toHtml(cookieBannerMarkup(args)),
} satisfies Meta<CookieBannerParams>;

export default meta;
type Story = StoryObj<CookieBannerParams>;

function bannerIn(canvasElement: HTMLElement): HTMLElement {
  const banner = canvasElement.querySelector<HTMLElement>('civic-cookie-banner');
  if (banner === null) throw new Error('No civic-cookie-banner in the story');
  return banner;
}

/** The question, as a server writes it at the top of every page until the person chooses. */
export const Question: Story = {
  play: async ({ canvasElement }) => {
    const banner = bannerIn(canvasElement);
    await expect(banner).toHaveAttribute('role', 'region');
    await expect(banner).toHaveAccessibleName('Cookies on Apply for a parking permit');
    const form = banner.querySelector('form');
    await expect(form).toHaveAttribute('method', 'post');
    await expect(form).toHaveAttribute('action', '/cookie-choice');
  },
};

/** Pressing Accept with script: the cookie is written, and the confirmation takes focus. */
export const AfterAccepting: Story = {
  name: 'After pressing Accept (script)',
  play: async ({ canvasElement }) => {
    const banner = bannerIn(canvasElement);
    const accept = banner.querySelector('button[value="accept"]');
    if (accept === null) throw new Error('No Accept button');
    await userEvent.click(accept);
    const confirmation = await waitFor(() => {
      const found = banner.querySelector('.civic-cookie-banner__confirmation');
      if (found === null) throw new Error('No confirmation yet');
      return found;
    });
    await expect(confirmation).toHaveFocus();
    await expect(confirmation.querySelector('p')).toHaveTextContent(
      'You’ve accepted additional cookies. You can change your cookie settings at any time.',
    );
  },
};

/** What the server writes after it recorded Accept (the page it redirects back to, with no script). */
export const Accepted: Story = {
  name: 'Accepted (the server’s confirmation)',
  args: { choice: 'accept' },
  play: async ({ canvasElement }) => {
    const banner = bannerIn(canvasElement);
    await expect(banner.querySelector('button')).toHaveAttribute('value', 'hide');
  },
};

export const Rejected: Story = {
  name: 'Rejected (the server’s confirmation)',
  args: { choice: 'reject' },
};

/** Words of the service's own, and the fields its server wants back. */
export const OwnWords: Story = {
  name: 'Own words and fields',
  args: {
    heading: 'Can we store analytics cookies on your device?',
    html: '<p>Analytics cookies help us understand how people use this service, so we can improve it.</p>',
    acceptText: 'Yes',
    rejectText: 'No',
    fieldName: 'analytics',
    acceptValue: 'yes',
    rejectValue: 'no',
    hiddenFields: { 'csrf-token': 'abc123', 'return-to': '/apply/address' },
  },
};

export const Welsh: Story = {
  name: 'Cymraeg',
  args: { serviceName: 'Gwneud cais am drwydded barcio', lang: 'cy' },
  render: (args) => `<div lang="cy">${toHtml(cookieBannerMarkup(args))}</div>`,
  play: async ({ canvasElement }) => {
    const banner = bannerIn(canvasElement);
    await expect(banner).toHaveAccessibleName('Cwcis ar Gwneud cais am drwydded barcio');
  },
};

/** What a JavaScript framework writes: attributes only; the element builds the same HTML. */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: () =>
    html`<civic-cookie-banner
      service-name="Apply for a parking permit"
      action="/cookie-choice"
      cookies-href="/cookies"
      cookie-path=${STORY_COOKIE_PATH}
    ></civic-cookie-banner>`,
  play: async ({ canvasElement }) => {
    const banner = bannerIn(canvasElement);
    await expect(banner).toHaveAccessibleName('Cookies on Apply for a parking permit');
    await expect(banner.querySelectorAll('button')).toHaveLength(2);
  },
};
