import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import type {
  CivicNotificationBanner,
  NotificationBannerType,
} from './civic-notification-banner.js';
import './define.js';

interface BannerArgs {
  type: NotificationBannerType;
  'title-text'?: string;
  'heading-level': number;
  dismissible: boolean;
  'disable-auto-focus': boolean;
  'link-href'?: string;
  'link-text'?: string;
  heading: string;
}

/** The banner's region (or alert), where its role, label and focus are. */
function regionOf(banner: CivicNotificationBanner): HTMLElement {
  const region = banner.shadowRoot?.querySelector<HTMLElement>('[part~="banner"]');
  if (!region) throw new Error('civic-notification-banner did not render');
  return region;
}

const meta = {
  title: 'Components/Notification banner',
  component: 'civic-notification-banner',
  // On a docs page every story renders at once; a success banner there must
  // not take focus and scroll the page to itself, so the static stories turn
  // auto focus off. "After an action" shows the focus.
  args: {
    type: 'important',
    'heading-level': 2,
    dismissible: false,
    'disable-auto-focus': true,
    heading: 'You have 7 days left to send your application.',
  },
  argTypes: {
    type: { control: 'inline-radio', options: ['important', 'success'] },
    heading: { description: 'The main message (the `heading` slot).' },
  },
  render: (args: BannerArgs) => html`
    <civic-notification-banner
      type=${args.type}
      title-text=${ifDefined(args['title-text'])}
      heading-level=${args['heading-level']}
      ?dismissible=${args.dismissible}
      ?disable-auto-focus=${args['disable-auto-focus']}
      link-href=${ifDefined(args['link-href'])}
      link-text=${ifDefined(args['link-text'])}
    >
      <p slot="heading">${args.heading}</p>
    </civic-notification-banner>
  `,
} satisfies Meta<BannerArgs>;

export default meta;
type Story = StoryObj<BannerArgs>;

/** Neutral: something people need to know, which is not an error. */
export const Important: Story = {
  play: async ({ canvasElement }) => {
    const banner = canvasElement.querySelector('civic-notification-banner')!;
    await expect(regionOf(banner)).toHaveAttribute('role', 'region');
    await expect(banner.shadowRoot!.querySelector('h2')).toHaveTextContent('Important');
  },
};

/** Confirms an action worked (here without taking focus: see "After an action"). */
export const Success: Story = {
  args: {
    type: 'success',
    heading: 'Your contact details were updated.',
  },
  play: async ({ canvasElement }) => {
    const banner = canvasElement.querySelector('civic-notification-banner')!;
    await expect(regionOf(banner)).toHaveAttribute('role', 'alert');
    await expect(banner.shadowRoot!.querySelector('h2')).toHaveTextContent('Success');
  },
};

/** With the banner's own link, styled as every Civic link. */
export const WithLink: Story = {
  args: {
    heading: 'We need a copy of your lease.',
    'link-href': '#upload',
    'link-text': 'Upload your lease',
  },
};

/** With a title of its own instead of "Important". */
export const OwnTitle: Story = {
  args: {
    'title-text': 'Service update',
    heading: 'This service will be closed from 6pm to 9pm on Sunday.',
  },
};

/** Pressing "Dismiss" hides the banner and moves focus to what follows it. */
export const Dismissible: Story = {
  args: { dismissible: true, heading: 'You can now apply online for a parking permit.' },
  render: (args) => html`
    ${meta.render(args)}
    <p style="font-family: var(--civic-font-family);"><a href="#next">Apply now</a></p>
  `,
  play: async ({ canvasElement }) => {
    const banner = canvasElement.querySelector('civic-notification-banner')!;
    const button = banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="dismiss"]')!;
    await expect(button).toHaveAccessibleName('Dismiss Important notification');
    await userEvent.click(button);
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
        html`<civic-notification-banner type="success" dismissible>
          <p slot="heading">Your contact details were saved.</p>
        </civic-notification-banner>`,
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
    const banner = canvasElement.querySelector('civic-notification-banner')!;
    await waitFor(() => expect(banner.shadowRoot!.activeElement).toBe(regionOf(banner)));
    await expect(regionOf(banner)).toHaveAttribute('tabindex', '-1');
  },
};

/** Welsh: "Pwysig", "Llwyddiant" and "Cau" come from the page's language. */
export const Welsh: Story = {
  name: 'Cymraeg',
  render: () => html`
    <div lang="cy">
      <civic-notification-banner dismissible>
        <p slot="heading">Mae gennych 7 diwrnod ar ôl i anfon eich cais.</p>
      </civic-notification-banner>
      <civic-notification-banner type="success" disable-auto-focus>
        <p slot="heading">Cafodd eich manylion cyswllt eu diweddaru.</p>
      </civic-notification-banner>
    </div>
  `,
  play: async ({ canvasElement }) => {
    const [important, success] = canvasElement.querySelectorAll('civic-notification-banner');
    await waitFor(() =>
      expect(important.shadowRoot!.querySelector('h2')).toHaveTextContent('Pwysig'),
    );
    await expect(success.shadowRoot!.querySelector('h2')).toHaveTextContent('Llwyddiant');
    await expect(important.shadowRoot!.querySelector('[part~="dismiss"]')).toHaveAccessibleName(
      'Cau hysbysiad Pwysig',
    );
  },
};
