import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import { notificationBannerMarkup, type NotificationBannerParams } from './markup.js';
import './define.js';

// Each story is the HTML a server writes (the source panel shows it, ready to
// copy into a template in any language); CSS alone styles it, and the script
// adds the focus and the Dismiss button.

const meta = {
  title: 'Components/Notification banner',
  component: 'civic-notification-banner',
  // On a docs page every story renders at once; a success banner there must
  // not take focus and scroll the page to itself, so the static stories turn
  // auto focus off. "After an action" shows the focus.
  args: {
    type: 'important',
    disableAutoFocus: true,
    heading: 'You have 7 days left to send your application.',
  },
  argTypes: {
    type: { control: 'inline-radio', options: ['important', 'success'] },
    headingLevel: { control: 'select', options: [1, 2, 3, 4, 5, 6] },
    heading: { control: 'text', description: 'The main message, in bold.' },
    html: { control: 'text', description: 'The page’s own content after the message.' },
  },
  render: (args) => toHtml(notificationBannerMarkup(args)),
} satisfies Meta<NotificationBannerParams>;

export default meta;
type Story = StoryObj<NotificationBannerParams>;

function bannerIn(canvasElement: HTMLElement): HTMLElement {
  const banner = canvasElement.querySelector<HTMLElement>('civic-notification-banner');
  if (banner === null) throw new Error('No civic-notification-banner in the story');
  return banner;
}

/** Neutral: something people need to know, which is not an error. */
export const Important: Story = {
  args: { html: '<p>Your application will be closed after that.</p>' },
  play: async ({ canvasElement }) => {
    const banner = bannerIn(canvasElement);
    await expect(banner).toHaveAttribute('role', 'region');
    await expect(banner).toHaveAccessibleName('Important');
  },
};

/** Confirms an action worked (here without taking focus: see "After an action"). */
export const Success: Story = {
  args: { type: 'success', heading: 'Your contact details were updated.' },
  play: async ({ canvasElement }) => {
    const banner = bannerIn(canvasElement);
    await expect(banner).toHaveAttribute('role', 'alert');
    await expect(banner).toHaveAccessibleName('Success');
  },
};

/** With the banner's own link, styled as every Civic link. */
export const WithLink: Story = {
  name: 'With a link',
  args: {
    heading: 'We need a copy of your lease.',
    linkHref: '#upload',
    linkText: 'Upload your lease',
  },
};

/** With a title of its own instead of "Important". */
export const OwnTitle: Story = {
  name: 'Own title',
  args: {
    titleText: 'Service update',
    heading: 'This service will be closed from 6pm to 9pm on Sunday.',
  },
};

/** Pressing "Dismiss" hides the banner and moves focus to what follows it. A server writes no button: the script adds it. */
export const Dismissible: Story = {
  args: { dismissible: true, heading: 'You can now apply online for a parking permit.' },
  render: (args) =>
    `${toHtml(notificationBannerMarkup(args))}\n<p style="font-family: var(--civic-font-family)"><a href="#next">Apply now</a></p>`,
  play: async ({ canvasElement }) => {
    const banner = bannerIn(canvasElement);
    const button = banner.querySelector<HTMLButtonElement>('.civic-notification-banner__dismiss');
    await expect(button).toHaveAccessibleName('Dismiss Important notification');
    await userEvent.click(button!);
    await expect(banner).not.toBeVisible();
    await expect(canvasElement.querySelector('a')).toHaveFocus();
  },
};

/**
 * Pattern: a success banner that appears after an action takes focus, so a
 * screen reader reads it at once, and stops being focusable once focus leaves.
 */
export const AfterAnAction: Story = {
  name: 'After an action (takes focus)',
  render: () => {
    const save = (event: Event) => {
      const slot = (event.currentTarget as HTMLElement).nextElementSibling as HTMLElement;
      render(
        html`<civic-notification-banner
          type="success"
          dismissible
          heading="Your contact details were saved."
        ></civic-notification-banner>`,
        slot,
      );
    };
    return html`
      <button type="button" @click=${save}>Save contact details</button>
      <div class="result"></div>
    `;
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(canvasElement.querySelector('button')!);
    const banner = bannerIn(canvasElement);
    await waitFor(() => expect(banner).toHaveFocus());
    await expect(banner).toHaveAttribute('tabindex', '-1');
  },
};

/** Welsh: "Pwysig", "Llwyddiant" and "Cau" in the page's language. */
export const Welsh: Story = {
  name: 'Cymraeg',
  render: () => `<div lang="cy">
${toHtml(notificationBannerMarkup({ dismissible: true, heading: 'Mae gennych 7 diwrnod ar ôl i anfon eich cais.', lang: 'cy' }))}
${toHtml(notificationBannerMarkup({ type: 'success', disableAutoFocus: true, heading: 'Cafodd eich manylion cyswllt eu diweddaru.', lang: 'cy' }))}
</div>`,
  play: async ({ canvasElement }) => {
    const [important, success] = canvasElement.querySelectorAll('civic-notification-banner');
    await expect(important).toHaveAccessibleName('Pwysig');
    await expect(success).toHaveAccessibleName('Llwyddiant');
    await expect(
      important.querySelector('.civic-notification-banner__dismiss'),
    ).toHaveAccessibleName('Cau hysbysiad Pwysig');
  },
};

/** What a JavaScript framework writes: attributes and the page's own content; the element builds the rest. */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: () =>
    html`<civic-notification-banner
      dismissible
      heading="You have 7 days left to send your application."
      link-href="#application"
      link-text="View your application"
      ><p>Your application will be closed after that.</p></civic-notification-banner
    >`,
  play: async ({ canvasElement }) => {
    const banner = bannerIn(canvasElement);
    await expect(banner).toHaveAccessibleName('Important');
    await expect(banner.querySelector('.civic-notification-banner__heading')).toHaveTextContent(
      'You have 7 days left to send your application.',
    );
    await expect(banner.querySelector('.civic-notification-banner__link')).toHaveTextContent(
      'View your application',
    );
  },
};
