import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
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
import type { CookieConsentDetail } from './civic-cookie-banner.js';
import { consentCookieString, hasCookie } from './consent-cookie.js';
import { CivicCookieBanner } from './define.js';
import { cookieBannerMarkup, type CookieBannerParams } from './markup.js';

// The space bar by its key value, which Playwright's Chromium, Firefox and WebKit all accept.
const SPACE = ' ';

const QUESTION: CookieBannerParams = {
  serviceName: 'Apply for a parking permit',
  action: '/cookie-choice',
  cookiesHref: '/cookies',
};

/** Every state a story shows. */
const STATES: Record<string, CookieBannerParams> = {
  question: QUESTION,
  accepted: { ...QUESTION, choice: 'accept' },
  rejected: { ...QUESTION, choice: 'reject' },
  'own words, values and fields': {
    ...QUESTION,
    heading: 'Can we store analytics cookies on your device?',
    acceptText: 'Yes',
    rejectText: 'No',
    fieldName: 'analytics',
    acceptValue: 'yes',
    rejectValue: 'no',
    hiddenFields: { 'csrf-token': 'abc123', 'return-to': '/apply/address' },
    cookieName: 'analytics-consent',
    cookieMaxAge: 86400,
    cookiePath: '/apply',
  },
  Welsh: { ...QUESTION, serviceName: 'Gwneud cais am drwydded barcio', lang: 'cy' },
  'accepted in Welsh': {
    ...QUESTION,
    serviceName: 'Gwneud cais am drwydded barcio',
    choice: 'accept',
    lang: 'cy',
  },
};

const ATTRIBUTE_OF: Record<string, string> = {
  serviceName: 'service-name',
  heading: 'heading',
  action: 'action',
  cookiesHref: 'cookies-href',
  choice: 'choice',
  fieldName: 'field-name',
  acceptValue: 'accept-value',
  rejectValue: 'reject-value',
  acceptText: 'accept-text',
  rejectText: 'reject-text',
  hiddenFields: 'hidden-fields',
  cookieName: 'cookie-name',
  cookieMaxAge: 'cookie-max-age',
  cookiePath: 'cookie-path',
};

/** The banner a server writes, parsed into the page as a browser parses it. */
function serverBanner(
  params: CookieBannerParams,
  parent: Element = container(),
): CivicCookieBanner {
  if (params.lang !== undefined) parent.setAttribute('lang', params.lang);
  const holder = document.createElement('div');
  holder.innerHTML = toHtml(cookieBannerMarkup(params));
  const banner = holder.firstElementChild as CivicCookieBanner;
  parent.append(banner);
  return banner;
}

/** The banner a framework builds: attributes only. */
function attributeBanner(
  params: CookieBannerParams,
  parent: Element = container(),
): CivicCookieBanner {
  if (params.lang !== undefined) parent.setAttribute('lang', params.lang);
  const banner = document.createElement('civic-cookie-banner');
  for (const [param, value] of Object.entries(params)) {
    const attribute = ATTRIBUTE_OF[param] as string | undefined;
    if (attribute === undefined || value === undefined) continue;
    banner.setAttribute(
      attribute,
      typeof value === 'object' ? JSON.stringify(value) : String(value),
    );
  }
  parent.append(banner);
  return banner;
}

const AUTHORED = [
  ['server HTML', serverBanner],
  ['attributes', attributeBanner],
] as const;

function buttons(banner: Element): HTMLButtonElement[] {
  return [...banner.querySelectorAll('button')];
}

function buttonNamed(banner: Element, text: string): HTMLButtonElement {
  const found = buttons(banner).find((button) => textOf(button) === text);
  if (found === undefined) throw new Error(`No button "${text}"`);
  return found;
}

function confirmationOf(banner: Element): HTMLElement | null {
  return banner.querySelector<HTMLElement>('.civic-cookie-banner__confirmation');
}

/** The element's own attributes, in name order. */
function hostAttributes(element: Element): string[] {
  return [...element.attributes].map((a) => `${a.name}="${a.value}"`).sort();
}

/** What the form would send: its method, its action's path and its fields, as a browser builds them. */
function submission(form: HTMLFormElement, submitter: HTMLElement | null) {
  return {
    method: form.method,
    action: new URL(form.action).pathname,
    fields: [...new FormData(form, submitter).entries()].map(
      ([name, value]) => `${name}=${typeof value === 'string' ? value : value.name}`,
    ),
  };
}

function forgetCookie(name: string, path = '/'): void {
  document.cookie = `${name}=; Max-Age=0; Path=${path}`;
}

function link(text: string, parent: Element): HTMLAnchorElement {
  const element = document.createElement('a');
  element.href = '#next';
  element.textContent = text;
  parent.append(element);
  return element;
}

// A folder the test server serves, for a cookie path this page is outside.
const TOKENS_FOLDER = '/packages/tokens/dist';

/** Runs `action` and returns what it assigned to document.cookie, still assigning it. */
async function cookiesWrittenDuring(action: () => Promise<void>): Promise<string[]> {
  const written: string[] = [];
  const native = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => native.get!.call(document) as string,
    set: (value: string) => {
      written.push(value);
      native.set!.call(document, value);
    },
  });
  try {
    await action();
  } finally {
    delete (document as { cookie?: string }).cookie;
  }
  return written;
}

const canSetViewport = /Chrome\/|Firefox\//.test(navigator.userAgent);

/** The buttons' widths and left edges within the form, and whether each button and the link is below the one before. */
function stacking(banner: Element) {
  const form = banner.querySelector('form')!.getBoundingClientRect();
  let bottom = -Infinity;
  return [...banner.querySelectorAll('.civic-cookie-banner__actions > *')].map((part) => {
    const box = part.getBoundingClientRect();
    const below = box.top >= bottom;
    bottom = box.bottom;
    // The link's width is its text's, which each engine's fonts measure differently.
    if (part.localName === 'a') return { below };
    return { left: Math.round(box.left - form.left), width: Math.round(box.width), below };
  });
}

// In a 320 px screen: the form's 15 px padding each side, buttons 290 px wide, one under the other.
const STACKED_AT_320 = [
  { left: 15, width: 290, below: true },
  { left: 15, width: 290, below: true },
  { below: true },
];

// A submission nothing cancelled would navigate away from the test page: the
// last listener stops it, after the tests' own listeners have seen whether
// the banner cancelled it.
const uncancelledSubmits: string[] = [];
function keepThePage(event: SubmitEvent): void {
  if (!event.defaultPrevented) uncancelledSubmits.push(textOf(event.submitter));
  event.preventDefault();
}

describe('<civic-cookie-banner>', () => {
  before(() => window.addEventListener('submit', keepThePage));
  after(() => window.removeEventListener('submit', keepThePage));
  beforeEach(() => {
    uncancelledSubmits.length = 0;
    clearWarningHistory();
    forgetCookie('cookie-consent');
    forgetCookie('analytics-consent', TOKENS_FOLDER);
  });
  afterEach(function () {
    cleanUp();
    forgetCookie('cookie-consent');
    // Only the test of other forms submits one the banner does not handle.
    if (!this.currentTest?.title.includes('other forms')) {
      expect(uncancelledSubmits, 'submissions the banner did not cancel').to.deep.equal([]);
    }
    (document.activeElement as HTMLElement | null)?.blur();
  });

  describe('markup', () => {
    it('writes the question as a region named by its heading, with a form that posts the choice', () => {
      expect(toHtml(cookieBannerMarkup(QUESTION))).to.equal(
        '<civic-cookie-banner service-name="Apply for a parking permit" action="/cookie-choice" cookies-href="/cookies" role="region" aria-label="Cookies on Apply for a parking permit" data-nosnippet>' +
          '<form class="civic-cookie-banner__form" method="post" action="/cookie-choice">' +
          '<h2 class="civic-cookie-banner__heading">Cookies on Apply for a parking permit</h2>' +
          '<div class="civic-cookie-banner__content"><p>We use some essential cookies to make this service work.</p>' +
          '<p>We’d also like to use analytics cookies so we can understand how you use the service and make improvements.</p></div>' +
          '<div class="civic-cookie-banner__actions">' +
          '<button type="submit" class="civic-button" name="cookies" value="accept">Accept additional cookies</button>' +
          '<button type="submit" class="civic-button" name="cookies" value="reject">Reject additional cookies</button>' +
          '<a class="civic-cookie-banner__link" href="/cookies">View cookies</a></div>' +
          '</form></civic-cookie-banner>',
      );
    });

    it('writes the confirmation of a choice as an alert, with a Hide button that posts and the fields a server asks for', () => {
      expect(
        toHtml(
          cookieBannerMarkup({
            ...QUESTION,
            choice: 'reject',
            hiddenFields: { 'csrf-token': 'abc123' },
          }),
        ),
      ).to.equal(
        '<civic-cookie-banner service-name="Apply for a parking permit" action="/cookie-choice" cookies-href="/cookies" choice="reject" hidden-fields="{&quot;csrf-token&quot;:&quot;abc123&quot;}" role="region" aria-label="Cookies on Apply for a parking permit" data-nosnippet>' +
          '<form class="civic-cookie-banner__form" method="post" action="/cookie-choice">' +
          '<div class="civic-cookie-banner__confirmation" role="alert" tabindex="-1">' +
          '<h2 class="civic-cookie-banner__heading">Cookies on Apply for a parking permit</h2>' +
          '<div class="civic-cookie-banner__content"><p>You’ve rejected additional cookies. You can <a class="civic-cookie-banner__link" href="/cookies">change your cookie settings</a> at any time.</p></div></div>' +
          '<div class="civic-cookie-banner__actions"><button type="submit" class="civic-button" name="cookies" value="hide">Hide cookie message</button></div>' +
          '<input type="hidden" name="csrf-token" value="abc123">' +
          '</form></civic-cookie-banner>',
      );
    });

    it('writes Welsh', () => {
      const html = toHtml(cookieBannerMarkup({ ...STATES['accepted in Welsh'] }));
      const parsed = new DOMParser().parseFromString(html, 'text/html').body.firstElementChild!;
      expect(parsed.getAttribute('aria-label')).to.equal('Cwcis ar Gwneud cais am drwydded barcio');
      expect(textOf(parsed.querySelector('p'))).to.equal(
        'Rydych wedi derbyn cwcis ychwanegol. Gallwch newid eich gosodiadau cwcis ar unrhyw adeg.',
      );
      expect(textOf(parsed.querySelector('button'))).to.equal('Cuddio’r neges cwcis');
      const question = new DOMParser().parseFromString(
        toHtml(cookieBannerMarkup(STATES.Welsh)),
        'text/html',
      ).body.firstElementChild!;
      expect([...question.querySelectorAll('button, a')].map(textOf)).to.deep.equal([
        'Derbyn cwcis ychwanegol',
        'Gwrthod cwcis ychwanegol',
        'Gweld cwcis',
      ]);
    });

    it('writes text as text, refuses script URLs and warns about wrong values, naming the fix', async () => {
      let html = '';
      const warnings = await warningsDuring(() => {
        html = toHtml(
          cookieBannerMarkup({
            serviceName: HOSTILE,
            action: 'javascript:alert(1)',
            cookiesHref: 'JavaScript:alert(2)',
            choice: 'maybe' as never,
            acceptText: HOSTILE,
            hiddenFields: { [HOSTILE]: HOSTILE },
            cookieName: 'my cookie;',
            cookieMaxAge: 'forever',
            cookiePath: 'apply',
          }),
        );
      });
      expect(html).to.equal(
        '<civic-cookie-banner service-name="&lt;img src=x onerror=&quot;window.__civicHacked = true&quot;>" action="javascript:alert(1)" cookies-href="JavaScript:alert(2)" accept-text="&lt;img src=x onerror=&quot;window.__civicHacked = true&quot;>" hidden-fields="{&quot;&lt;img src=x onerror=\\&quot;window.__civicHacked = true\\&quot;>&quot;:&quot;&lt;img src=x onerror=\\&quot;window.__civicHacked = true\\&quot;>&quot;}" cookie-name="cookie-consent" cookie-max-age="31536000" cookie-path="/" role="region" aria-label="Cookies on &lt;img src=x onerror=&quot;window.__civicHacked = true&quot;>" data-nosnippet>' +
          '<form class="civic-cookie-banner__form" method="post">' +
          '<h2 class="civic-cookie-banner__heading">Cookies on &lt;img src=x onerror="window.__civicHacked = true"&gt;</h2>' +
          '<div class="civic-cookie-banner__content"><p>We use some essential cookies to make this service work.</p>' +
          '<p>We’d also like to use analytics cookies so we can understand how you use the service and make improvements.</p></div>' +
          '<div class="civic-cookie-banner__actions">' +
          '<button type="submit" class="civic-button" name="cookies" value="accept">&lt;img src=x onerror="window.__civicHacked = true"&gt;</button>' +
          '<button type="submit" class="civic-button" name="cookies" value="reject">Reject additional cookies</button></div>' +
          '<input type="hidden" name="&lt;img src=x onerror=&quot;window.__civicHacked = true&quot;>" value="&lt;img src=x onerror=&quot;window.__civicHacked = true&quot;>">' +
          '</form></civic-cookie-banner>',
      );
      expect(warnings).to.deep.equal([
        '[civic] <civic-cookie-banner> choice="maybe" is not accept or reject, so the banner asks the question. Set choice to the choice the server recorded, or leave it out.',
        '[civic] <civic-cookie-banner> refused the URL "JavaScript:alert(2)" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
        '[civic] <civic-cookie-banner> refused the URL "javascript:alert(1)" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
        '[civic] <civic-cookie-banner> cookie-name="my cookie;" is not a cookie name (letters, digits and - _ . only, no spaces), so "cookie-consent" is used.',
        '[civic] <civic-cookie-banner> cookie-path="apply" is not a path starting with / (and without ;), so "/" is used.',
        '[civic] <civic-cookie-banner> cookie-max-age="forever" is not a whole number of seconds, so a year (31536000) is used.',
      ]);
    });

    it('warns when what the banner needs is missing, naming the attribute to set', async () => {
      const warnings = await warningsDuring(() => cookieBannerMarkup({}));
      expect(warnings).to.deep.equal([
        '[civic] <civic-cookie-banner> has no service-name, so its heading is "Cookies on this service": set service-name to your service\'s name.',
        '[civic] <civic-cookie-banner> has no cookies-href, so it has no link to your cookies page: set cookies-href to its URL.',
        '[civic] <civic-cookie-banner> has no action, so without JavaScript the choice is posted to the page itself: set action to the URL on your server that records it.',
      ]);
    });

    it('never throws or shows "[object Object]", "null" or "NaN" for wrong types', async () => {
      let html = '';
      const warnings = await warningsDuring(() => {
        html = toHtml(
          cookieBannerMarkup({
            serviceName: { a: 1 },
            heading: null,
            action: 5,
            cookiesHref: [],
            choice: {},
            acceptText: NaN,
            hiddenFields: ['a'],
            cookieMaxAge: { seconds: 1 },
            html: 7,
          } as unknown as CookieBannerParams),
        );
      });
      expect(html).to.not.match(/object|null|NaN|undefined/);
      expect(warnings).to.include(
        '[civic] <civic-cookie-banner> hidden-fields "["a"]" is not JSON such as {"csrf-token":"abc123"}, so it is ignored.',
      );
      expect(toHtml(cookieBannerMarkup(null))).to.contain(
        '<h2 class="civic-cookie-banner__heading">Cookies on this service</h2>',
      );
    });

    it('writes the consent cookie with its name, value, lifetime and path, SameSite=Lax, and Secure on https', () => {
      const cookie = { name: 'cookie-consent', maxAge: 31536000, path: '/' };
      expect(consentCookieString(cookie, 'accept', false)).to.equal(
        'cookie-consent=accept; Max-Age=31536000; Path=/; SameSite=Lax',
      );
      expect(
        consentCookieString({ name: 'analytics', maxAge: 60, path: '/apply' }, 'yes; no', true),
      ).to.equal('analytics=yes%3B%20no; Max-Age=60; Path=/apply; SameSite=Lax; Secure');
    });
  });

  for (const [authoring, make] of AUTHORED) {
    describe(`authored as ${authoring}`, () => {
      it('is a region named "Cookies on <service>" with Accept, Reject and View cookies, and leaves focus alone', () => {
        const root = container();
        const before = link('Before', root);
        before.focus();
        const banner = make(QUESTION, root);
        expect(banner).to.be.instanceOf(CivicCookieBanner);
        expect(banner.getAttribute('role')).to.equal('region');
        expect(banner.getAttribute('aria-label')).to.equal('Cookies on Apply for a parking permit');
        expect(textOf(banner.querySelector('h2'))).to.equal(
          'Cookies on Apply for a parking permit',
        );
        expect([...banner.querySelectorAll('button, a')].map(textOf)).to.deep.equal([
          'Accept additional cookies',
          'Reject additional cookies',
          'View cookies',
        ]);
        expect(banner.querySelector('a')!.getAttribute('href')).to.equal('/cookies');
        expect(banner.hidden).to.equal(false);
        expect(document.activeElement).to.equal(before);
        expect(getComputedStyle(banner).backgroundColor).to.equal(
          tokenColour('--civic-color-surface-secondary'),
        );
      });

      it('posts the choice in a real form: method, action and the fields a server reads', () => {
        const banner = make({ ...STATES['own words, values and fields'], cookieName: undefined });
        const form = banner.querySelector('form')!;
        expect(submission(form, buttonNamed(banner, 'Yes'))).to.deep.equal({
          method: 'post',
          action: '/cookie-choice',
          fields: ['analytics=yes', 'csrf-token=abc123', 'return-to=/apply/address'],
        });
        expect(submission(form, buttonNamed(banner, 'No')).fields).to.deep.equal([
          'analytics=no',
          'csrf-token=abc123',
          'return-to=/apply/address',
        ]);
      });

      it('records Accept without a reload: the cookie, civic-cookie-consent, then the confirmation with focus', async () => {
        const root = container();
        const banner = make(QUESTION, root);
        const events: CookieConsentDetail[] = [];
        const reloads: boolean[] = [];
        root.addEventListener('civic-cookie-consent', (event) => {
          events.push((event as CustomEvent<CookieConsentDetail>).detail);
          // The cookie is written before the event, so a listener can load analytics at once.
          expect(hasCookie(document, 'cookie-consent'), 'cookie before the event').to.equal(true);
        });
        // A submit that was not cancelled would navigate away from the test page.
        document.addEventListener('submit', (event) => reloads.push(!event.defaultPrevented), {
          once: true,
        });
        buttonNamed(banner, 'Accept additional cookies').focus();
        const written = await cookiesWrittenDuring(async () => {
          await sendKeys({ press: 'Enter' });
          await banner.updateComplete;
        });
        expect(written).to.deep.equal([
          'cookie-consent=accept; Max-Age=31536000; Path=/; SameSite=Lax',
        ]);
        expect(reloads).to.deep.equal([false]);
        expect(events).to.deep.equal([
          { choice: 'accept', value: 'accept', cookieName: 'cookie-consent' },
        ]);
        expect(document.cookie.split('; ')).to.include('cookie-consent=accept');
        expect(banner.choice).to.equal('accept');
        const confirmation = confirmationOf(banner)!;
        expect([
          textOf(confirmation.querySelector('h2')),
          textOf(confirmation.querySelector('p')),
        ]).to.deep.equal([
          'Cookies on Apply for a parking permit',
          'You’ve accepted additional cookies. You can change your cookie settings at any time.',
        ]);
        expect(confirmation.getAttribute('role')).to.equal('alert');
        expect(document.activeElement).to.equal(confirmation);
        expect(getComputedStyle(confirmation).outlineStyle, 'focus is shown').to.equal('solid');
        expect(banner.querySelector('[value="accept"]'), 'the question is gone').to.equal(null);
      });

      it('records Reject with Space, with the value, cookie name and path the page configured', async () => {
        const params = { ...STATES['own words, values and fields'], cookiePath: TOKENS_FOLDER };
        const banner = make(params);
        const events: CookieConsentDetail[] = [];
        banner.addEventListener('civic-cookie-consent', (event) =>
          events.push((event as CustomEvent<CookieConsentDetail>).detail),
        );
        buttonNamed(banner, 'No').focus();
        await sendKeys({ press: SPACE });
        await banner.updateComplete;
        expect(events).to.deep.equal([
          { choice: 'reject', value: 'no', cookieName: 'analytics-consent' },
        ]);
        // The cookie's path is the tokens folder: this page (/) does not see
        // it, a document in that folder does.
        expect(hasCookie(document, 'analytics-consent')).to.equal(false);
        const frame = document.createElement('iframe');
        const loaded = new Promise((resolve) =>
          frame.addEventListener('load', resolve, { once: true }),
        );
        frame.src = `${TOKENS_FOLDER}/tokens.css`;
        container().append(frame);
        await loaded;
        expect(frame.contentDocument!.cookie.split('; ')).to.include('analytics-consent=no');
        forgetCookie('analytics-consent', TOKENS_FOLDER);
        expect(textOf(confirmationOf(banner)!.querySelector('p'))).to.equal(
          'You’ve rejected additional cookies. You can change your cookie settings at any time.',
        );
        expect(document.activeElement).to.equal(confirmationOf(banner));
      });

      it('hides with the confirmation’s Hide button, moving focus to what follows, by keyboard', async () => {
        const root = container();
        const banner = make(QUESTION, root);
        const next = link('Skip to main content', root);
        buttonNamed(banner, 'Reject additional cookies').click();
        await banner.updateComplete;
        expect(document.activeElement).to.equal(confirmationOf(banner));
        // Tab order from the confirmation: its link, then Hide.
        await sendKeys({ press: 'Tab' });
        expect(textOf(document.activeElement)).to.equal('change your cookie settings');
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement).to.equal(buttonNamed(banner, 'Hide cookie message'));
        let cancelled: boolean | undefined;
        document.addEventListener('submit', (event) => (cancelled = event.defaultPrevented), {
          once: true,
        });
        await sendKeys({ press: 'Enter' });
        expect(cancelled).to.equal(true);
        expect(banner.hidden).to.equal(true);
        expect(banner.getBoundingClientRect().height).to.equal(0);
        expect(document.activeElement).to.equal(next);
      });

      it('does not ask again when the consent cookie exists, but still shows a server’s confirmation', () => {
        document.cookie = 'cookie-consent=reject; Path=/';
        const asked = make(QUESTION);
        expect(asked.hidden).to.equal(true);
        expect(asked.getBoundingClientRect().height).to.equal(0);
        const confirmed = make({ ...QUESTION, choice: 'reject' });
        expect(confirmed.hidden).to.equal(false);
      });

      it('leaves a form’s other buttons, and other forms, alone', async () => {
        const root = container();
        const banner = make(QUESTION, root);
        const outer = document.createElement('form');
        const other = document.createElement('button');
        other.name = 'cookies';
        other.value = 'accept';
        outer.append(other);
        banner.append(outer);
        let cancelled: boolean | undefined;
        outer.addEventListener('submit', (event) => {
          cancelled = event.defaultPrevented;
          event.preventDefault();
        });
        other.click();
        await banner.updateComplete;
        expect(cancelled).to.equal(false);
        expect(hasCookie(document, 'cookie-consent')).to.equal(false);
        expect(banner.choice).to.equal(undefined);
      });

      it('passes axe in every state, and while the confirmation holds focus', async () => {
        for (const [state, params] of Object.entries(STATES)) {
          const root = container();
          make(params, root);
          await expect(root, state).to.be.accessible();
          cleanUp();
        }
        const banner = make(QUESTION);
        buttonNamed(banner, 'Accept additional cookies').click();
        await banner.updateComplete;
        expect(document.activeElement).to.equal(confirmationOf(banner));
        await expect(banner.parentElement!).to.be.accessible();
      });

      it('reflows at 320 px: the buttons stack full width, long words wrap, nothing scrolls sideways', async () => {
        // WebKit's driver cannot resize its window: a 320 px column stands in
        // there, and the server HTML in a 320 px frame (below) checks the stacking.
        if (canSetViewport) await setViewport({ width: 320, height: 640 });
        // The screen's whole width, as a page with no margin of its own gives it.
        document.body.style.margin = '0';
        try {
          const narrow = container();
          narrow.style.cssText = 'max-inline-size: 320px; margin: 0; padding: 0; border: 0';
          const banner = make(
            {
              ...QUESTION,
              serviceName: `Apply for a ${'supercalifragilistic'.repeat(4)} permit 🏠🏠🏠`,
            },
            narrow,
          );
          expect(banner.getBoundingClientRect().width).to.equal(320);
          expect(banner.scrollWidth).to.equal(banner.clientWidth);
          expect(narrow.scrollWidth).to.equal(320);
          if (canSetViewport) {
            expect(document.documentElement.scrollWidth).to.equal(320);
            expect(stacking(banner)).to.deep.equal(STACKED_AT_320);
          }
        } finally {
          document.body.style.margin = '';
          if (canSetViewport) await setViewport({ width: 800, height: 600 });
        }
      });

      it('shows hostile strings as text', () => {
        delete window.__civicHacked;
        const banner = make({
          ...QUESTION,
          serviceName: HOSTILE,
          acceptText: HOSTILE,
          rejectText: HOSTILE,
          hiddenFields: { token: HOSTILE },
        });
        expect(textOf(banner.querySelector('h2'))).to.equal(`Cookies on ${HOSTILE}`);
        expect(buttons(banner).map(textOf)).to.deep.equal([HOSTILE, HOSTILE]);
        expect(banner.querySelector<HTMLInputElement>('input[name="token"]')!.value).to.equal(
          HOSTILE,
        );
        expect(banner.querySelector('img')).to.equal(null);
        expect(window.__civicHacked).to.equal(undefined);
      });

      it('refuses script URLs for its form and links, with warnings', async () => {
        const warnings = await warningsDuring(() => {
          const banner = make({
            ...QUESTION,
            action: ' javascript:alert(1)',
            cookiesHref: 'javascript:alert(2)',
          });
          expect(banner.querySelector('form')!.hasAttribute('action')).to.equal(false);
          expect(banner.querySelector('a')).to.equal(null);
        });
        expect(warnings).to.deep.equal([
          '[civic] <civic-cookie-banner> refused the URL "javascript:alert(2)" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
          '[civic] <civic-cookie-banner> refused the URL " javascript:alert(1)" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
        ]);
      });

      it('looks the same under a page’s hostile global CSS', () => {
        const section = document.createElement('section');
        section.style.inlineSize = '700px';
        container().append(section);
        const banner = make(QUESTION, section);
        const parts = [...banner.querySelectorAll('*')];
        const before = boxesWithin(banner, [banner, ...parts]);
        withHostileCss(() => expect(boxesWithin(banner, [banner, ...parts])).to.deep.equal(before));
      });

      itInForcedColours(
        'keeps a rule under the banner in forced colours, and focus shows as an outline',
        async () => {
          const banner = make(QUESTION);
          await emulateMedia({ forcedColors: 'active' });
          try {
            expect(getComputedStyle(banner).borderBottomStyle).to.equal('solid');
            expect(getComputedStyle(banner).borderBottomColor).to.not.equal(
              getComputedStyle(banner).backgroundColor,
            );
            buttonNamed(banner, 'Reject additional cookies').focus();
            await sendKeys({ press: 'Tab' });
            const view = banner.querySelector('a')!;
            expect(document.activeElement).to.equal(view);
            expect(getComputedStyle(view).outlineStyle).to.equal('solid');
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
      cleanUp();
    }
  });

  it('reads and looks the same before script as after, in every state', async () => {
    for (const [state, params] of Object.entries(STATES)) {
      const html = toHtml(cookieBannerMarkup(params));
      const unscripted = await withoutScript(html, { lang: params.lang });
      expect(unscripted.constructor.name, 'no element class without script').to.equal(
        'HTMLElement',
      );
      // Both 700 px wide, whatever scroll bar the test page has.
      unscripted.ownerDocument.body.style.inlineSize = '700px';
      const section = container();
      section.style.inlineSize = '700px';
      const upgraded = serverBanner(params, section);
      expect(upgraded.outerHTML, state).to.equal(unscripted.outerHTML);
      const parts = (banner: Element) => [
        banner,
        ...banner.querySelectorAll('*:not([type="hidden"])'),
      ];
      expect(boxesWithin(unscripted, parts(unscripted)), state).to.deep.equal(
        boxesWithin(upgraded, parts(upgraded)),
      );
      cleanUp();
    }
  });

  it('stacks its buttons full width in a 320 px screen with no script', async () => {
    const banner = await withoutScript(toHtml(cookieBannerMarkup(QUESTION)), { width: 320 });
    expect(banner.ownerDocument.documentElement.scrollWidth).to.equal(320);
    expect(stacking(banner)).to.deep.equal(STACKED_AT_320);
  });

  it('posts the choice with no script: pressing Accept submits the form, which leaves for the server', async () => {
    const banner = await withoutScript(
      toHtml(cookieBannerMarkup({ ...QUESTION, hiddenFields: { 'return-to': '/apply' } })),
    );
    const frame = banner.ownerDocument.defaultView!.frameElement as HTMLIFrameElement;
    const accept = banner.querySelector('button')!;
    // What the browser sends: read from the form as it builds the submission.
    expect(submission(banner.querySelector('form')!, accept)).to.deep.equal({
      method: 'post',
      action: '/cookie-choice',
      fields: ['cookies=accept', 'return-to=/apply'],
    });
    // The frame runs no script (WebKit runs no listener in it either), so the
    // press really posts: the frame leaves for the form's action. The test
    // server has no page there; the e2e suite posts to a real server.
    const left = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    accept.click();
    await left;
    expect(frame.contentWindow!.location.pathname).to.equal('/cookie-choice');
  });

  it('takes over a server’s banner once the page changes an attribute', async () => {
    const banner = serverBanner(QUESTION);
    banner.serviceName = 'Renew a permit';
    await banner.updateComplete;
    expect(banner.getAttribute('aria-label')).to.equal('Cookies on Renew a permit');
    expect(textOf(banner.querySelector('h2'))).to.equal('Cookies on Renew a permit');
  });

  describe('attributes and properties', () => {
    it('reflects every property to its attribute, and reads defaults', async () => {
      let banner = attributeBanner(QUESTION);
      // Built with nothing: it warns what is missing (tested above) and still reads its defaults.
      await warningsDuring(() => (banner = attributeBanner({})));
      expect([
        banner.fieldName,
        banner.acceptValue,
        banner.rejectValue,
        banner.cookieName,
        banner.cookieMaxAge,
        banner.cookiePath,
        banner.choice,
      ]).to.deep.equal(['cookies', 'accept', 'reject', 'cookie-consent', 31536000, '/', undefined]);
      Object.assign(banner, {
        serviceName: 'Renew a permit',
        heading: 'Cookies',
        action: '/choice',
        cookiesHref: '/cookies',
        choice: 'accept',
        fieldName: 'analytics',
        acceptValue: 'yes',
        rejectValue: 'no',
        acceptText: 'Yes',
        rejectText: 'No',
        hiddenFields: { token: 'abc' },
        cookieName: 'consent',
        cookieMaxAge: 60,
        cookiePath: '/renew',
      });
      expect(
        Object.fromEntries(
          Object.values(ATTRIBUTE_OF).map((name) => [name, banner.getAttribute(name)]),
        ),
      ).to.deep.equal({
        'service-name': 'Renew a permit',
        heading: 'Cookies',
        action: '/choice',
        'cookies-href': '/cookies',
        choice: 'accept',
        'field-name': 'analytics',
        'accept-value': 'yes',
        'reject-value': 'no',
        'accept-text': 'Yes',
        'reject-text': 'No',
        'hidden-fields': '{"token":"abc"}',
        'cookie-name': 'consent',
        'cookie-max-age': '60',
        'cookie-path': '/renew',
      });
      expect(banner.hiddenFields).to.deep.equal({ token: 'abc' });
    });

    it('takes null, removal and wrong types without throwing or showing them, warning about wrong ones', async () => {
      const banner = attributeBanner({ ...QUESTION, hiddenFields: { token: 'abc' } });
      const warnings = await warningsDuring(async () => {
        banner.serviceName = null;
        banner.cookiesHref = undefined;
        banner.acceptText = { a: 1 } as never;
        banner.hiddenFields = null;
        banner.cookieMaxAge = 'soon';
        banner.setAttribute('choice', 'later');
        banner.setAttribute('hidden-fields', '{not json');
        await banner.updateComplete;
        expect(banner.choice).to.equal(undefined);
        expect(banner.cookieMaxAge).to.equal(31536000);
        expect(banner.hiddenFields).to.deep.equal({});
      });
      expect(textOf(banner.querySelector('h2'))).to.equal('Cookies on this service');
      expect(banner.querySelector('a')).to.equal(null);
      expect(banner.textContent).to.not.match(/null|undefined|NaN|object/);
      expect(warnings).to.deep.equal([
        '[civic] <civic-cookie-banner> acceptText was set to {"a":1}, which is not text, so it is cleared.',
        '[civic] <civic-cookie-banner> hidden-fields "{not json" is not JSON such as {"csrf-token":"abc123"}, so it is ignored.',
        '[civic] <civic-cookie-banner> choice="later" is not accept or reject, so the banner asks the question. Set choice to the choice the server recorded, or leave it out.',
        '[civic] <civic-cookie-banner> has no service-name, so its heading is "Cookies on this service": set service-name to your service\'s name.',
        '[civic] <civic-cookie-banner> has no cookies-href, so it has no link to your cookies page: set cookies-href to its URL.',
        '[civic] <civic-cookie-banner> cookie-max-age="soon" is not a whole number of seconds, so a year (31536000) is used.',
      ]);
      const removed = await warningsDuring(async () => {
        for (const name of [...banner.getAttributeNames()]) banner.removeAttribute(name);
        await banner.updateComplete;
      });
      // Every attribute removed (even its role): the markup puts its own back, and asks for an action.
      expect(banner.querySelectorAll('form')).to.have.length(1);
      expect(banner.getAttribute('role')).to.equal('region');
      expect(removed).to.deep.equal([
        '[civic] <civic-cookie-banner> has no action, so without JavaScript the choice is posted to the page itself: set action to the URL on your server that records it.',
      ]);
    });

    it('keeps properties a page set before the element was defined', async () => {
      const name = `civic-cookie-banner-early-${Math.random().toString(36).slice(2)}`;
      const early = document.createElement(name);
      Object.assign(early, { serviceName: 'Renew a permit', cookiesHref: '/c', action: '/a' });
      container().append(early);
      // It builds once before the early properties are applied, warning of what is missing then.
      await warningsDuring(() => customElements.define(name, class extends CivicCookieBanner {}));
      if (!(early instanceof CivicCookieBanner)) throw new Error('not upgraded');
      await early.updateComplete;
      expect(early.getAttribute('aria-label')).to.equal('Cookies on Renew a permit');
    });
  });

  describe('Welsh', () => {
    it('asks and confirms in Welsh in a Welsh page, both ways of authoring', async () => {
      for (const [authoring, make] of AUTHORED) {
        const banner = make(STATES.Welsh);
        expect(banner.getAttribute('aria-label'), authoring).to.equal(
          'Cwcis ar Gwneud cais am drwydded barcio',
        );
        buttonNamed(banner, 'Derbyn cwcis ychwanegol').click();
        await banner.updateComplete;
        expect(textOf(confirmationOf(banner)!.querySelector('p')), authoring).to.equal(
          'Rydych wedi derbyn cwcis ychwanegol. Gallwch newid eich gosodiadau cwcis ar unrhyw adeg.',
        );
        expect(buttons(banner).map(textOf), authoring).to.deep.equal(['Cuddio’r neges cwcis']);
        forgetCookie('cookie-consent');
        cleanUp();
      }
    });

    it('follows the page’s language when it changes; a server’s banner stays as written', async () => {
      const page = container();
      page.lang = 'cy';
      const built = attributeBanner(QUESTION, page);
      const written = serverBanner(STATES.Welsh, page);
      page.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve));
      await built.updateComplete;
      expect(buttons(built).map(textOf)).to.deep.equal([
        'Accept additional cookies',
        'Reject additional cookies',
      ]);
      expect(buttons(written).map(textOf)).to.deep.equal([
        'Derbyn cwcis ychwanegol',
        'Gwrthod cwcis ychwanegol',
      ]);
    });
  });

  itInAccessibilityTree(
    'is read as a region named "Cookies on <service>" with its buttons and link, then an alert that has focus',
    async () => {
      for (const [authoring, make] of AUTHORED) {
        const banner = make(QUESTION);
        await expectAccessibleNode(banner, {
          role: 'region',
          name: 'Cookies on Apply for a parking permit',
        });
        await expectAccessibleNode(banner, {
          role: 'heading',
          name: 'Cookies on Apply for a parking permit',
          states: { level: 2 },
        });
        await expectAccessibleNode(banner, { role: 'link', name: 'View cookies' });
        const questionButtons = await accessibleNodes(banner, { role: 'button' });
        expect(
          questionButtons.map((node) => node.name),
          authoring,
        ).to.deep.equal(['Accept additional cookies', 'Reject additional cookies']);
        const accept = buttonNamed(banner, 'Accept additional cookies');
        accept.click();
        await banner.updateComplete;
        await expectAccessibleNode(banner, {
          role: 'alert',
          name: '',
          states: { focused: true },
        });
        await expectAccessibleNode(banner, { role: 'button', name: 'Hide cookie message' });
        await expectAccessibleNode(banner, { role: 'link', name: 'change your cookie settings' });
        forgetCookie('cookie-consent');
        cleanUp();
      }
    },
  );
});
