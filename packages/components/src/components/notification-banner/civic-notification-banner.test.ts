import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  accessibleNodes,
  expectAccessibleNode,
  itInAccessibilityTree,
} from '../../../test/accessibility-tree.js';
import { cleanUp, container, normalisedMarkup } from '../../../test/authoring.js';
import { boxesWithin, HOSTILE, withHostileCss } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { warningsDuring } from '../../../test/warnings.js';
import { itInForcedColours, textOf, withoutScript } from '../../../test/static-page.js';
import { toHtml } from '../../core/markup-html.js';
import { clearWarningHistory } from '../../core/warn.js';
import type { DismissDetail } from './civic-notification-banner.js';
import { CivicNotificationBanner } from './define.js';
import { notificationBannerMarkup, type NotificationBannerParams } from './markup.js';

// The space bar by its key value, which Playwright's Chromium, Firefox and WebKit all accept.
const SPACE = ' ';

const BODY = '<p>Your application will be closed after that.</p>';
const IMPORTANT: NotificationBannerParams = {
  heading: 'You have 7 days left to send your application.',
  html: BODY,
};
const SUCCESS: NotificationBannerParams = {
  type: 'success',
  heading: 'Training outcome recorded and trainee withdrawn',
  html: '<p>Contact <a href="#contact">example@department.gov.uk</a> if you think there’s a problem.</p>',
};

/** Every state a story shows. */
const STATES: Record<string, NotificationBannerParams> = {
  important: IMPORTANT,
  success: SUCCESS,
  'success without auto focus': { ...SUCCESS, disableAutoFocus: true },
  'with its own link': {
    ...IMPORTANT,
    linkHref: '/application',
    linkText: 'View your application',
  },
  dismissible: { ...IMPORTANT, dismissible: true },
  'title-text and heading-level': {
    ...IMPORTANT,
    titleText: 'Application sent',
    headingLevel: 3,
  },
  Welsh: {
    heading: 'Mae gennych 7 diwrnod ar ôl i anfon eich cais.',
    dismissible: true,
    lang: 'cy',
  },
};

const ATTRIBUTE_OF: Record<string, string> = {
  type: 'type',
  titleText: 'title-text',
  headingLevel: 'heading-level',
  heading: 'heading',
  linkHref: 'link-href',
  linkText: 'link-text',
  dismissible: 'dismissible',
  disableAutoFocus: 'disable-auto-focus',
  id: 'id',
};

/** The banner a server writes, parsed into the page as a browser parses it. */
function serverBanner(
  params: NotificationBannerParams,
  parent: Element = container(),
): CivicNotificationBanner {
  if (params.lang !== undefined) parent.setAttribute('lang', params.lang);
  const holder = document.createElement('div');
  holder.innerHTML = toHtml(notificationBannerMarkup(params));
  const banner = holder.firstElementChild as CivicNotificationBanner;
  parent.append(banner);
  return banner;
}

/** The banner a framework builds: attributes and the page's own content, nothing else. */
function attributeBanner(
  params: NotificationBannerParams,
  parent: Element = container(),
): CivicNotificationBanner {
  if (params.lang !== undefined) parent.setAttribute('lang', params.lang);
  const banner = document.createElement('civic-notification-banner');
  for (const [param, value] of Object.entries(params)) {
    const attribute = ATTRIBUTE_OF[param] as string | undefined;
    if (attribute === undefined || value === undefined || value === false) continue;
    banner.setAttribute(attribute, value === true ? '' : String(value));
  }
  if (params.html !== undefined) {
    const content = document.createElement('template');
    content.innerHTML = params.html;
    banner.append(content.content);
  }
  parent.append(banner);
  return banner;
}

const AUTHORED = [
  ['server HTML', serverBanner],
  ['attributes', attributeBanner],
] as const;

function titleOf(banner: Element): HTMLElement {
  return banner.querySelector<HTMLElement>('.civic-notification-banner__title')!;
}

function dismissButton(banner: Element): HTMLButtonElement | null {
  return banner.querySelector<HTMLButtonElement>('.civic-notification-banner__dismiss');
}

/** The element's own attributes, in name order. */
function hostAttributes(element: Element): string[] {
  return [...element.attributes].map((a) => `${a.name}="${a.value}"`).sort();
}

/** The name the banner's role gets from aria-labelledby. */
function labelOf(banner: Element): string {
  const ids = banner.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  return ids.map((id) => textOf(document.getElementById(id))).join(' ');
}

function button(text: string, parent: Element): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  parent.append(element);
  return element;
}

/** Each part's box within the banner (the dismiss line left out), and its colours. */
function lookOf(banner: Element) {
  const parts = [...banner.children].filter(
    (child) => !child.matches('.civic-notification-banner__dismiss-line'),
  );
  return {
    border: getComputedStyle(banner).borderTopColor,
    bar: getComputedStyle(banner.firstElementChild!).backgroundColor,
    boxes: boxesWithin(banner, [banner, ...parts]),
  };
}

/** WCAG 2 contrast ratio of two computed `rgb(…)` colours. */
function contrast(foreground: string, background: string): number {
  const luminance = (rgb: string) => {
    const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [first, second] = [luminance(foreground), luminance(background)];
  return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
}

describe('<civic-notification-banner>', () => {
  beforeEach(() => clearWarningHistory());
  afterEach(() => {
    cleanUp();
    // A banner that held focus leaves it on the body.
    (document.activeElement as HTMLElement | null)?.blur();
  });

  describe('markup', () => {
    it('writes an important banner as a region named by its title, with the message and the page’s content', () => {
      expect(toHtml(notificationBannerMarkup(IMPORTANT))).to.equal(
        '<civic-notification-banner heading="You have 7 days left to send your application." role="region" aria-labelledby="civic-notification-banner-title">' +
          '<div class="civic-notification-banner__header"><h2 class="civic-notification-banner__title" id="civic-notification-banner-title">Important</h2></div>' +
          '<p class="civic-notification-banner__heading">You have 7 days left to send your application.</p>' +
          '<p>Your application will be closed after that.</p></civic-notification-banner>',
      );
    });

    it('writes a success banner as a focusable alert, and no Dismiss button (it needs script)', () => {
      expect(
        toHtml(
          notificationBannerMarkup({
            type: 'success',
            heading: 'Your application was sent',
            dismissible: true,
            id: 'sent',
            linkHref: '/application',
            linkText: 'View your application',
          }),
        ),
      ).to.equal(
        '<civic-notification-banner id="sent" type="success" heading="Your application was sent" link-href="/application" link-text="View your application" dismissible role="alert" aria-labelledby="sent-title" tabindex="-1">' +
          '<div class="civic-notification-banner__header"><h2 class="civic-notification-banner__title" id="sent-title">Success</h2></div>' +
          '<p class="civic-notification-banner__heading">Your application was sent</p>' +
          '<p class="civic-notification-banner__link-line"><a class="civic-notification-banner__link" href="/application">View your application</a></p>' +
          '</civic-notification-banner>',
      );
      expect(
        toHtml(notificationBannerMarkup({ type: 'success', disableAutoFocus: true, lang: 'cy' })),
      ).to.equal(
        '<civic-notification-banner type="success" disable-auto-focus role="alert" aria-labelledby="civic-notification-banner-title">' +
          '<div class="civic-notification-banner__header"><h2 class="civic-notification-banner__title" id="civic-notification-banner-title">Llwyddiant</h2></div>' +
          '</civic-notification-banner>',
      );
    });

    it('writes text as text, refuses a script URL and warns about wrong values, naming the fix', async () => {
      let html = '';
      const warnings = await warningsDuring(() => {
        html = toHtml(
          notificationBannerMarkup({
            type: 'warning' as never,
            headingLevel: 9 as never,
            titleText: HOSTILE,
            heading: HOSTILE,
            linkHref: 'javascript:alert(1)',
            linkText: HOSTILE,
          }),
        );
      });
      expect(html).to.equal(
        '<civic-notification-banner type="important" title-text="&lt;img src=x onerror=&quot;window.__civicHacked = true&quot;>" heading-level="2" heading="&lt;img src=x onerror=&quot;window.__civicHacked = true&quot;>" link-href="javascript:alert(1)" link-text="&lt;img src=x onerror=&quot;window.__civicHacked = true&quot;>" role="region" aria-labelledby="civic-notification-banner-title">' +
          '<div class="civic-notification-banner__header"><h2 class="civic-notification-banner__title" id="civic-notification-banner-title">&lt;img src=x onerror="window.__civicHacked = true"&gt;</h2></div>' +
          '<p class="civic-notification-banner__heading">&lt;img src=x onerror="window.__civicHacked = true"&gt;</p>' +
          '</civic-notification-banner>',
      );
      expect(warnings).to.deep.equal([
        '[civic] <civic-notification-banner> type="warning" is not one of important, success, so "important" is used.',
        '[civic] <civic-notification-banner> heading-level="9" is not one of 1, 2, 3, 4, 5, 6, so "2" is used.',
        '[civic] <civic-notification-banner> refused the URL "javascript:alert(1)" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
      ]);
    });

    it('never throws or shows "[object Object]", "null" or "NaN" for wrong types', () => {
      const html = toHtml(
        notificationBannerMarkup({
          heading: { a: 1 },
          titleText: null,
          linkHref: 5,
          linkText: NaN,
          html: [],
          id: {},
        } as unknown as NotificationBannerParams),
      );
      expect(html).to.not.match(/object|null|NaN|undefined/);
      expect(toHtml(notificationBannerMarkup())).to.contain('>Important</h2>');
    });
  });

  for (const [authoring, make] of AUTHORED) {
    describe(`authored as ${authoring}`, () => {
      it('is by default an "Important" region labelled by its title, and leaves focus alone', () => {
        const root = container();
        const before = button('Before', root);
        before.focus();
        const banner = make(IMPORTANT, root);
        expect(banner).to.be.instanceOf(CivicNotificationBanner);
        expect(banner.type).to.equal('important');
        expect(banner.getAttribute('role')).to.equal('region');
        expect(labelOf(banner)).to.equal('Important');
        expect(titleOf(banner).localName).to.equal('h2');
        expect(banner.hasAttribute('tabindex')).to.equal(false);
        expect(document.activeElement).to.equal(before);
        expect(dismissButton(banner)).to.equal(null);
        expect(getComputedStyle(banner).borderTopColor).to.equal(
          tokenColour('--civic-color-notification-banner-important-background'),
        );
        const heading = banner.querySelector('.civic-notification-banner__heading')!;
        expect(getComputedStyle(heading).fontWeight).to.equal('700');
      });

      it('is a "Success" alert that takes focus as it appears, focusable only until focus leaves it', async () => {
        const root = container();
        const banner = make(SUCCESS, root);
        expect(banner.getAttribute('role')).to.equal('alert');
        expect(labelOf(banner)).to.equal('Success');
        expect(document.activeElement).to.equal(banner);
        expect(banner.getAttribute('tabindex')).to.equal('-1');
        expect(getComputedStyle(banner).outlineStyle, 'focus is shown').to.equal('solid');
        const after = button('After', root);
        after.focus();
        expect(banner.hasAttribute('tabindex')).to.equal(false);
        // Rebuilt after a change, it still stays out of reach.
        banner.titleText = 'Application sent';
        await banner.updateComplete;
        expect(labelOf(banner)).to.equal('Application sent');
        expect(banner.hasAttribute('tabindex')).to.equal(false);
        expect(document.activeElement).to.equal(after);
      });

      it('does not take focus with disable-auto-focus, nor on becoming a success banner later', async () => {
        const root = container();
        const before = button('Before', root);
        before.focus();
        const quiet = make({ ...SUCCESS, disableAutoFocus: true }, root);
        expect(document.activeElement).to.equal(before);
        expect(quiet.hasAttribute('tabindex')).to.equal(false);
        const later = make(IMPORTANT, root);
        later.type = 'success';
        await later.updateComplete;
        expect(later.getAttribute('role')).to.equal('alert');
        expect(later.hasAttribute('tabindex')).to.equal(false);
        expect(document.activeElement).to.equal(before);
      });

      it('uses title-text and heading-level', () => {
        const banner = make({ ...IMPORTANT, titleText: 'Application sent', headingLevel: 3 });
        expect(titleOf(banner).localName).to.equal('h3');
        expect(labelOf(banner)).to.equal('Application sent');
        expect(banner.headingLevel).to.equal(3);
      });

      it('shows its own link with the link colour after the page’s content', () => {
        const banner = make({ ...IMPORTANT, linkHref: '/application', linkText: 'View it' });
        const link = banner.querySelector<HTMLAnchorElement>('.civic-notification-banner__link')!;
        expect(link.getAttribute('href')).to.equal('/application');
        expect(textOf(link)).to.equal('View it');
        expect(banner.lastElementChild!.contains(link)).to.equal(true);
        expect(getComputedStyle(link).color).to.equal(tokenColour('--civic-color-link'));
      });

      it('adds a Dismiss button with its script, named with the title, drawn in the title bar', () => {
        const banner = make({ ...IMPORTANT, dismissible: true });
        const dismiss = dismissButton(banner)!;
        expect(textOf(dismiss)).to.equal('Dismiss Important notification');
        expect(dismiss.type).to.equal('button');
        expect(banner.lastElementChild!.contains(dismiss), 'read after the message').to.equal(true);
        const bar = banner.querySelector('.civic-notification-banner__header')!;
        const [barBox, buttonBox] = [bar, dismiss].map((element) =>
          element.getBoundingClientRect(),
        );
        expect(Math.round(buttonBox.top)).to.equal(Math.round(barBox.top));
        expect(buttonBox.bottom).to.be.at.most(barBox.bottom + 0.5);
        expect(buttonBox.height).to.be.at.least(24);
        expect(Math.round(buttonBox.right)).to.equal(Math.round(barBox.right));
        const title = titleOf(banner).getBoundingClientRect();
        expect(title.right, 'the title does not run under the button').to.be.at.most(
          buttonBox.left,
        );
      });

      it('dismisses with Enter: fires civic-dismiss, hides, and moves focus to what follows', async () => {
        const root = container();
        const banner = make({ ...IMPORTANT, dismissible: true }, root);
        const next = document.createElement('a');
        next.href = '#next';
        next.textContent = 'Next';
        root.append(next);
        const events: DismissDetail[] = [];
        root.addEventListener('civic-dismiss', (event) =>
          events.push((event as CustomEvent<DismissDetail>).detail),
        );
        dismissButton(banner)!.focus();
        expect(document.activeElement, 'the button has focus').to.equal(dismissButton(banner));
        await sendKeys({ press: 'Enter' });
        expect(events).to.deep.equal([{ type: 'important' }]);
        expect(banner.hidden).to.equal(true);
        expect(banner.getBoundingClientRect().height).to.equal(0);
        expect(document.activeElement).to.equal(next);
      });

      it('dismisses with Space, and leaves focus on the page when nothing follows', async () => {
        const banner = make({ ...SUCCESS, dismissible: true, html: undefined });
        dismissButton(banner)!.focus();
        expect(document.activeElement, 'the button has focus').to.equal(dismissButton(banner));
        await sendKeys({ press: SPACE });
        expect(banner.hidden).to.equal(true);
        expect(document.activeElement).to.equal(document.body);
      });

      it('stays when civic-dismiss is cancelled', () => {
        const banner = make({ ...IMPORTANT, dismissible: true });
        banner.addEventListener('civic-dismiss', (event) => event.preventDefault());
        dismissButton(banner)!.click();
        expect(banner.hidden).to.equal(false);
      });

      it('passes axe in every state, and while a success banner holds focus', async () => {
        for (const [state, params] of Object.entries(STATES)) {
          const root = container();
          const banner = make(params, root);
          if (params.type === 'success' && params.disableAutoFocus !== true) {
            expect(document.activeElement, state).to.equal(banner);
          }
          await expect(root, state).to.be.accessible();
          cleanUp();
        }
      });

      it('wraps at 320 px: long words and emoji wrap, nothing scrolls sideways', () => {
        const narrow = container();
        narrow.style.inlineSize = '320px';
        const banner = make(
          {
            titleText: 'Importantnoticeaboutyourapplicationforaparkingpermit',
            heading: `Send it by ${'supercalifragilistic'.repeat(4)} 🏠🏠🏠`,
            dismissible: true,
          },
          narrow,
        );
        expect(banner.getBoundingClientRect().width).to.equal(320);
        expect(banner.scrollWidth).to.equal(banner.clientWidth);
        expect(narrow.scrollWidth).to.equal(320);
      });

      it('shows hostile strings as text', () => {
        delete window.__civicHacked;
        const banner = make({
          titleText: HOSTILE,
          heading: HOSTILE,
          linkHref: '/x',
          linkText: HOSTILE,
          dismissible: true,
        });
        expect(textOf(titleOf(banner))).to.equal(HOSTILE);
        expect(textOf(banner.querySelector('.civic-notification-banner__link'))).to.equal(HOSTILE);
        expect(textOf(dismissButton(banner))).to.equal(`Dismiss ${HOSTILE} notification`);
        expect(banner.querySelector('img')).to.equal(null);
        expect(window.__civicHacked).to.equal(undefined);
      });

      it('looks the same under a page’s hostile global CSS', () => {
        const section = document.createElement('section');
        section.style.inlineSize = '600px';
        container().append(section);
        // Its own parts only: the page's own paragraphs are the page's CSS to style.
        const banner = make(
          { heading: IMPORTANT.heading, dismissible: true, linkHref: '/a', linkText: 'View it' },
          section,
        );
        const parts = [...banner.querySelectorAll('*')];
        const before = boxesWithin(banner, [banner, ...parts]);
        withHostileCss(() => expect(boxesWithin(banner, [banner, ...parts])).to.deep.equal(before));
      });

      itInForcedColours(
        'keeps its outline and title rule in forced colours, and a focused Dismiss reads clearly',
        async () => {
          const banner = make({ ...IMPORTANT, dismissible: true });
          const dismiss = dismissButton(banner)!;
          await emulateMedia({ forcedColors: 'active' });
          try {
            expect(getComputedStyle(banner).borderTopStyle).to.equal('solid');
            const bar = banner.querySelector('.civic-notification-banner__header')!;
            expect(getComputedStyle(bar).borderBottomStyle).to.equal('solid');
            // Focus by keyboard, so :focus-visible applies.
            banner.querySelector<HTMLElement>('.civic-notification-banner__heading')!.tabIndex = -1;
            banner.querySelector<HTMLElement>('.civic-notification-banner__heading')!.focus();
            await sendKeys({ press: 'Tab' });
            expect(document.activeElement).to.equal(dismiss);
            const style = getComputedStyle(dismiss);
            expect(style.outlineStyle, 'an outline shows focus').to.equal('solid');
            expect(style.color).to.not.equal(style.backgroundColor);
            expect(
              contrast(style.color, style.backgroundColor),
              `${style.color} on ${style.backgroundColor}`,
            ).to.be.at.least(4.5);
          } finally {
            await emulateMedia({ forcedColors: 'none' });
          }
        },
      );
    });
  }

  it('gives the same DOM from server HTML and from attributes, in every state', () => {
    for (const [state, params] of Object.entries(STATES)) {
      const server = serverBanner(params);
      const serverMarkup = [hostAttributes(server), normalisedMarkup(server)];
      server.remove();
      const built = attributeBanner(params);
      expect([hostAttributes(built), normalisedMarkup(built)], state).to.deep.equal(serverMarkup);
      built.remove();
      cleanUp();
    }
  });

  it('reads and looks the same before script as after, less the Dismiss button only script can work', async () => {
    for (const [state, params] of Object.entries(STATES)) {
      const html = toHtml(notificationBannerMarkup(params));
      const unscripted = await withoutScript(html, { lang: params.lang });
      expect(unscripted.constructor.name, 'no element class without script').to.equal(
        'HTMLElement',
      );
      expect(dismissButton(unscripted), 'no button that would do nothing').to.equal(null);
      const section = document.createElement('section');
      section.style.inlineSize = '600px';
      unscripted.ownerDocument.body.style.inlineSize = '600px';
      container().append(section);
      const upgraded = serverBanner(params, section);
      const withoutDismiss = upgraded.outerHTML.replace(
        /<p class="civic-notification-banner__dismiss-line">.*?<\/p>/,
        '',
      );
      expect(withoutDismiss, state).to.equal(unscripted.outerHTML);
      expect(lookOf(unscripted), state).to.deep.equal(lookOf(upgraded));
      cleanUp();
    }
  });

  it('takes focus when a server-written success banner is in the page as it loads', async () => {
    // A page that is still loading: the parser has not given the banner its children yet.
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <script type="module">
        import '/packages/components/src/components/notification-banner/define.ts';
      </script></head><body><button>Before</button>
      ${toHtml(notificationBannerMarkup(SUCCESS))}<button>After</button></body></html>`;
    // In this page's realm, so its element class is registered; the frame has its own.
    const ready = new Promise<void>((resolve) => {
      window.addEventListener('message', function listen(event) {
        if (event.data === 'civic-frame-ready') {
          window.removeEventListener('message', listen);
          resolve();
        }
      });
    });
    frame.srcdoc = frame.srcdoc.replace(
      '</body>',
      `<script type="module">
        await customElements.whenDefined('civic-notification-banner');
        parent.postMessage('civic-frame-ready', '*');
      </script></body>`,
    );
    container().append(frame);
    await ready;
    const doc = frame.contentDocument!;
    const banner = doc.querySelector('civic-notification-banner')!;
    expect(doc.activeElement).to.equal(banner);
    expect(banner.getAttribute('tabindex')).to.equal('-1');
    doc.querySelectorAll('button')[1].focus();
    expect(banner.hasAttribute('tabindex')).to.equal(false);
  });

  it('names two banners on one page each by its own title', () => {
    const root = container();
    const first = attributeBanner(IMPORTANT, root);
    const second = serverBanner({ ...SUCCESS, disableAutoFocus: true }, root);
    expect(labelOf(first)).to.equal('Important');
    expect(labelOf(second)).to.equal('Success');
    expect(first.getAttribute('aria-labelledby')).to.not.equal(
      second.getAttribute('aria-labelledby'),
    );
  });

  it('takes over a server’s banner once the page changes an attribute, keeping the page’s content', async () => {
    const banner = serverBanner(IMPORTANT);
    const content = banner.querySelector(':scope > p:not([class])');
    banner.heading = 'You have 3 days left.';
    banner.linkHref = '/send';
    banner.linkText = 'Send it now';
    await banner.updateComplete;
    expect(textOf(banner.querySelector('.civic-notification-banner__heading'))).to.equal(
      'You have 3 days left.',
    );
    expect(banner.querySelector(':scope > p:not([class])')).to.equal(content);
    expect([...banner.children].map((child) => child.className)).to.deep.equal([
      'civic-notification-banner__header',
      'civic-notification-banner__heading',
      '',
      'civic-notification-banner__link-line',
    ]);
  });

  it('still bolds a message marked the old way, with slot="heading"', () => {
    const banner = attributeBanner({
      html: '<p slot="heading">You have 7 days left to send your application.</p>',
    });
    expect(getComputedStyle(banner.querySelector('[slot="heading"]')!).fontWeight).to.equal('700');
  });

  describe('attributes and properties', () => {
    it('reflects every property to its attribute', () => {
      const banner = attributeBanner({});
      banner.type = 'success';
      banner.titleText = 'Sent';
      banner.headingLevel = 3;
      banner.heading = 'Your form was sent';
      banner.linkHref = '/form';
      banner.linkText = 'View';
      banner.dismissible = true;
      banner.disableAutoFocus = true;
      expect(
        Object.fromEntries(
          Object.values(ATTRIBUTE_OF)
            .filter((name) => name !== 'id')
            .map((name) => [name, banner.getAttribute(name)]),
        ),
      ).to.deep.equal({
        type: 'success',
        'title-text': 'Sent',
        'heading-level': '3',
        heading: 'Your form was sent',
        'link-href': '/form',
        'link-text': 'View',
        dismissible: '',
        'disable-auto-focus': '',
      });
    });

    it('takes null, removal and wrong types without throwing or showing them, warning about wrong ones', async () => {
      const banner = attributeBanner({
        ...IMPORTANT,
        linkHref: '/a',
        linkText: 'A',
        dismissible: true,
      });
      const warnings = await warningsDuring(async () => {
        banner.heading = null;
        banner.linkText = undefined;
        banner.dismissible = null;
        banner.titleText = { a: 1 } as never;
        banner.type = 'bogus' as never;
        banner.setAttribute('heading-level', 'two');
        await banner.updateComplete;
        expect(banner.type).to.equal('important');
        expect(banner.headingLevel).to.equal(2);
      });
      expect(banner.querySelector('.civic-notification-banner__heading')).to.equal(null);
      expect(banner.querySelector('.civic-notification-banner__link')).to.equal(null);
      expect(dismissButton(banner)).to.equal(null);
      expect(labelOf(banner)).to.equal('Important');
      expect(banner.textContent).to.not.match(/null|undefined|NaN|object/);
      expect(warnings).to.deep.equal([
        '[civic] <civic-notification-banner> title-text must be text, not {"a":1}, so it is left out.',
        '[civic] <civic-notification-banner> type="bogus" is not one of important, success, so "important" is used.',
        '[civic] <civic-notification-banner> heading-level="two" is not one of 1, 2, 3, 4, 5, 6, so "2" is used.',
        '[civic] <civic-notification-banner> has link-href but no link-text, so no link is shown: add link-text.',
      ]);
    });

    it('refuses a script URL for its link, with a warning', async () => {
      const warnings = await warningsDuring(() => {
        const banner = attributeBanner({ linkHref: ' javascript:alert(1)', linkText: 'Go' });
        expect(banner.querySelector('a')).to.equal(null);
      });
      expect(warnings).to.deep.equal([
        '[civic] <civic-notification-banner> refused the URL " javascript:alert(1)" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
      ]);
    });

    it('keeps properties a page set before the element was defined', async () => {
      const name = `civic-notification-banner-early-${Math.random().toString(36).slice(2)}`;
      const early = document.createElement(name);
      Object.assign(early, { heading: 'Saved', dismissible: true, titleText: 'Done' });
      container().append(early);
      customElements.define(name, class extends CivicNotificationBanner {});
      if (!(early instanceof CivicNotificationBanner)) throw new Error('not upgraded');
      await early.updateComplete;
      expect(labelOf(early)).to.equal('Done');
      expect(textOf(early.querySelector('.civic-notification-banner__heading'))).to.equal('Saved');
      expect(textOf(dismissButton(early))).to.equal('Dismiss Done notification');
    });
  });

  describe('Welsh', () => {
    it('says its title and Dismiss button in Welsh in a Welsh page', () => {
      for (const [authoring, make] of AUTHORED) {
        const banner = make({ dismissible: true, heading: 'Neges', lang: 'cy' });
        expect(labelOf(banner), authoring).to.equal('Pwysig');
        expect(textOf(dismissButton(banner)), authoring).to.equal('Cau hysbysiad Pwysig');
      }
    });

    it('follows the page’s language when it changes; a server’s title stays as written', async () => {
      const page = container();
      page.lang = 'cy';
      const built = attributeBanner(
        { type: 'success', disableAutoFocus: true, dismissible: true },
        page,
      );
      const written = serverBanner({ dismissible: true, lang: 'cy' }, page);
      page.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve));
      await built.updateComplete;
      await written.updateComplete;
      expect(labelOf(built)).to.equal('Success');
      expect(textOf(dismissButton(built))).to.equal('Dismiss Success notification');
      expect(labelOf(written)).to.equal('Pwysig');
      expect(textOf(dismissButton(written)), 'the script’s own button follows').to.equal(
        'Dismiss Pwysig notification',
      );
    });
  });

  itInAccessibilityTree(
    'is read as a region or an alert named by its title, with a Dismiss button named for it',
    async () => {
      for (const [authoring, make] of AUTHORED) {
        const important = make({
          ...IMPORTANT,
          dismissible: true,
          id: `important-${authoring.length}`,
        });
        await expectAccessibleNode(important, { role: 'region', name: 'Important' });
        await expectAccessibleNode(important, { role: 'heading', name: 'Important' });
        await expectAccessibleNode(important, {
          role: 'button',
          name: 'Dismiss Important notification',
        });
        const success = make({ ...SUCCESS, id: `success-${authoring.length}` });
        await expectAccessibleNode(success, {
          role: 'alert',
          name: 'Success',
          states: { focused: true },
        });
        const links = await accessibleNodes(success, { role: 'link' });
        expect(
          links.map((node) => node.name),
          authoring,
        ).to.deep.equal(['example@department.gov.uk']);
        cleanUp();
      }
    },
  );
});
