import { HOSTILE } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { forEachRenderMode } from '../../../test/render-modes.js';
import { expectAccessibleNode, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import { DOUBLE_CLICK_WINDOW_MS, type CivicButton } from './civic-button.js';
import './define.js';
import { clearWarningHistory } from '../../core/warn.js';
import { warningsDuring } from '../../../test/warnings.js';

// The space bar by its key value, which Playwright, Puppeteer and WebDriver all accept.
const SPACE = ' ';

function control(button: CivicButton): HTMLElement {
  return button.shadowRoot!.querySelector('.control')!;
}

/** The next submit event of `form`, with the submission itself prevented. */
function nextSubmit(form: HTMLFormElement): Promise<SubmitEvent> {
  return new Promise((resolve) => {
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        resolve(event);
      },
      { once: true },
    );
  });
}

/** Submissions of `form`, each as the entries of its FormData, submission prevented. */
function recordSubmissions(form: HTMLFormElement): [string, string][][] {
  const submissions: [string, string][][] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form, event.submitter);
    submissions.push(
      [...data.entries()].map(([key, value]) => [
        key,
        typeof value === 'string' ? value : value.name,
      ]),
    );
  });
  return submissions;
}

forEachRenderMode(['button'], (fixture) => {
  describe('rendering and properties', () => {
    it('renders a native button with the slotted text, submitting by default', async () => {
      const el = await fixture<CivicButton>(html`<civic-button>Save and continue</civic-button>`);
      const inner = control(el);
      expect(inner.localName).to.equal('button');
      expect(inner.getAttribute('type')).to.equal('button');
      expect(el.textContent).to.equal('Save and continue');
      expect(el.type).to.equal('submit');
      expect(el.variant).to.equal('primary');
      expect(el.getAttribute('variant')).to.equal('primary');
      expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    });

    for (const variant of ['primary', 'secondary', 'warning', 'inverse', 'start'] as const) {
      it(`reflects and styles the ${variant} variant`, async () => {
        const el = await fixture<CivicButton>(
          html`<civic-button variant=${variant}>Continue</civic-button>`,
        );
        expect(el.variant).to.equal(variant);
        const colours = getComputedStyle(control(el));
        expect(colours.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
        expect(colours.color).to.not.equal(colours.backgroundColor);
        await expect(el).to.be.accessible();
      });
    }

    it('gives each variant its own colours from the tokens', async () => {
      const el = await fixture<CivicButton>(html`<civic-button>Continue</civic-button>`);
      const seen = new Set<string>();
      for (const variant of ['primary', 'secondary', 'warning', 'inverse'] as const) {
        el.variant = variant;
        await el.updateComplete;
        seen.add(getComputedStyle(control(el)).backgroundColor);
      }
      expect(seen.size).to.equal(4);
    });

    it('shows a decorative arrow only on the start variant', async () => {
      const el = await fixture<CivicButton>(
        html`<civic-button variant="start" href="/apply">Start now</civic-button>`,
      );
      const arrow = el.shadowRoot!.querySelector('svg')!;
      expect(arrow.getAttribute('aria-hidden')).to.equal('true');
      expect(arrow.getAttribute('focusable')).to.equal('false');
      el.variant = 'secondary';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    });

    it('keeps attributes and properties in step', async () => {
      const el = await fixture<CivicButton>(html`<civic-button>Continue</civic-button>`);
      el.setAttribute('type', 'reset');
      el.setAttribute('name', 'action');
      el.setAttribute('value', 'save');
      el.setAttribute('prevent-double-click', '');
      el.setAttribute('disabled', '');
      expect([el.type, el.name, el.value, el.preventDoubleClick, el.disabled]).to.deep.equal([
        'reset',
        'action',
        'save',
        true,
        true,
      ]);
      el.disabled = false;
      el.preventDoubleClick = false;
      el.variant = 'warning';
      el.href = '/next';
      await el.updateComplete;
      expect(el.hasAttribute('disabled')).to.equal(false);
      expect(el.hasAttribute('prevent-double-click')).to.equal(false);
      expect(el.getAttribute('variant')).to.equal('warning');
      expect(el.getAttribute('href')).to.equal('/next');
    });

    it('moves focus to the native control when the host is focused', async () => {
      const el = await fixture<CivicButton>(html`<civic-button>Continue</civic-button>`);
      el.focus();
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(control(el));
    });
  });

  describe('as a link', () => {
    it('renders a link when href is set', async () => {
      const el = await fixture<CivicButton>(
        html`<civic-button href="/apply/start">Start now</civic-button>`,
      );
      const link = control(el) as HTMLAnchorElement;
      expect(link.localName).to.equal('a');
      expect(link.getAttribute('href')).to.equal('/apply/start');
      expect(link.hasAttribute('target')).to.equal(false);
      expect(link.hasAttribute('rel')).to.equal(false);
    });

    it('protects the opener when the link opens a new tab', async () => {
      const el = await fixture<CivicButton>(
        html`<civic-button href="/guidance" target="_blank">Read the guidance</civic-button>`,
      );
      const link = control(el);
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('follows the link when the host is clicked from script', async () => {
      const el = await fixture<CivicButton>(
        html`<civic-button href="#civic-next">Next</civic-button>`,
      );
      let clicks = 0;
      el.addEventListener('click', () => clicks++);
      const navigated = oneEvent(window, 'hashchange');
      el.click();
      await navigated;
      expect(location.hash).to.equal('#civic-next');
      expect(clicks).to.equal(1);
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('keeps the link role but drops the href when disabled', async () => {
      const el = await fixture<CivicButton>(
        html`<civic-button href="/apply" disabled>Start now</civic-button>`,
      );
      const link = control(el);
      expect(link.hasAttribute('href')).to.equal(false);
      expect(link.getAttribute('role')).to.equal('link');
      expect(link.getAttribute('aria-disabled')).to.equal('true');
      let clicks = 0;
      el.addEventListener('click', () => clicks++);
      link.click();
      el.click();
      expect(clicks).to.equal(0);
    });

    for (const dangerous of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
    ]) {
      it(`refuses the script URL ${JSON.stringify(dangerous)} with a warning`, async () => {
        let el!: CivicButton;
        const warnings = await warningsDuring(async () => {
          el = await fixture<CivicButton>(html`<civic-button href=${dangerous}>Go</civic-button>`);
          // A fresh message each time, so warnOnce's de-duplication cannot hide it.
          el.href = `${dangerous}//${Math.random()}`;
          await el.updateComplete;
        });
        expect(control(el).hasAttribute('href')).to.equal(false);
        expect(warnings.some((w) => w.includes('<civic-button> refused the URL'))).to.equal(true);
      });
    }

    for (const safe of [
      '/relative/path',
      'https://www.gov.uk/',
      'mailto:help@example.gov.uk',
      'tel:+441234567890',
      '?page=2',
    ]) {
      it(`keeps the safe URL ${safe}`, async () => {
        const el = await fixture<CivicButton>(html`<civic-button href=${safe}>Go</civic-button>`);
        expect(control(el).getAttribute('href')).to.equal(safe);
      });
    }
  });

  describe('in a form', () => {
    it('submits its form with its name and value, like a native submit button', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <input name="full-name" value="Ada Lovelace" />
          <civic-button name="action" value="save">Save and continue</civic-button>
        </form>
      `);
      const submissions = recordSubmissions(form);
      control(form.querySelector('civic-button')!).click();
      expect(submissions).to.deep.equal([
        [
          ['full-name', 'Ada Lovelace'],
          ['action', 'save'],
        ],
      ]);
      expect(form.querySelectorAll('button')).to.have.length(0);
    });

    it('submits for real: the browser sends its name and value to the form action', async () => {
      const frameName = `civic-target-${Math.random().toString(36).slice(2)}`;
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <iframe name=${frameName} title="Submission target"></iframe>
          <form action="/civic-submission-echo" method="get" target=${frameName}>
            <input name="full-name" value="Siân Evans" />
            <civic-button name="action" value="save">Save and continue</civic-button>
          </form>
        </div>
      `);
      const frame = wrapper.querySelector('iframe')!;
      const loaded = oneEvent(frame, 'load');
      wrapper.querySelector('civic-button')!.click();
      await loaded;
      const sent = new URL(frame.contentWindow!.location.href);
      expect(sent.pathname).to.equal('/civic-submission-echo');
      expect([...sent.searchParams]).to.deep.equal([
        ['full-name', 'Siân Evans'],
        ['action', 'save'],
      ]);
    });

    it('leaves itself out of the submission when it has no name', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form><input name="q" value="parking" /><civic-button>Search</civic-button></form>
      `);
      const submissions = recordSubmissions(form);
      form.querySelector('civic-button')!.click();
      expect(submissions).to.deep.equal([[['q', 'parking']]]);
    });

    it('belongs to its form and is listed in form.elements', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form><civic-button name="action">Continue</civic-button></form>
      `);
      const button = form.querySelector('civic-button')!;
      expect(button.form).to.equal(form);
      expect([...form.elements]).to.include(button);
      expect(form.elements.namedItem('action')).to.equal(button);
    });

    it('submits the form named by its form attribute from outside it', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <form id="civic-outside-form"><input name="ref" value="HDJ2123F" /></form>
          <civic-button>Submit</civic-button>
        </div>
      `);
      // Set here rather than in the template: lit-analyzer types the `form`
      // attribute as the read-only `form` property (the element) and rejects it.
      wrapper.querySelector('civic-button')!.setAttribute('form', 'civic-outside-form');
      const form = wrapper.querySelector('form')!;
      const submissions = recordSubmissions(form);
      wrapper.querySelector('civic-button')!.click();
      expect(submissions).to.deep.equal([[['ref', 'HDJ2123F']]]);
    });

    it('runs constraint validation before submitting, unless formnovalidate is set', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <input name="email" required />
          <civic-button>Continue</civic-button>
          <civic-button name="later" value="yes" formnovalidate
            >Save and come back later</civic-button
          >
        </form>
      `);
      const submissions = recordSubmissions(form);
      const [continueButton, saveForLater] = form.querySelectorAll('civic-button');
      const invalid = oneEvent(form.querySelector('input')!, 'invalid');
      continueButton.click();
      await invalid;
      expect(submissions).to.have.length(0);
      saveForLater.click();
      expect(submissions).to.deep.equal([
        [
          ['email', ''],
          ['later', 'yes'],
        ],
      ]);
    });

    it('passes formaction and formmethod to the submission', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form action="/default" method="get">
          <civic-button formaction="/alternative" formmethod="post">Send</civic-button>
        </form>
      `);
      let submitter: HTMLElement | null = null;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitter = event.submitter;
      });
      form.querySelector('civic-button')!.click();
      expect(submitter!.getAttribute('formaction')).to.equal('/alternative');
      expect(submitter!.getAttribute('formmethod')).to.equal('post');
    });

    it('uses form overrides set as properties just before the click', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form action="/default"><civic-button>Send</civic-button></form>
      `);
      const submitted = nextSubmit(form);
      const button = form.querySelector('civic-button')!;
      button.formAction = '/upload';
      button.formEnctype = 'multipart/form-data';
      button.formMethod = 'post';
      button.formTarget = '_self';
      button.click();
      const submitter = (await submitted).submitter as HTMLButtonElement;
      expect(new URL(submitter.formAction).pathname).to.equal('/upload');
      expect(submitter.formEnctype).to.equal('multipart/form-data');
      expect(submitter.formMethod).to.equal('post');
      expect(submitter.formTarget).to.equal('_self');
      await button.updateComplete;
      expect(button.getAttribute('formaction')).to.equal('/upload');
    });

    it('refuses a script formaction with a warning and submits to the form action', async () => {
      clearWarningHistory();
      const form = await fixture<HTMLFormElement>(html`
        <form action="/default">
          <civic-button formaction="javascript:window.__civicHacked=true">Send</civic-button>
        </form>
      `);
      const submitted = nextSubmit(form);
      const warnings = await warningsDuring(() => form.querySelector('civic-button')!.click());
      const submitter = (await submitted).submitter as HTMLButtonElement;
      expect(submitter.hasAttribute('formaction')).to.equal(false);
      expect(warnings.join()).to.contain('refused the URL');
      expect(window.__civicHacked).to.equal(undefined);
    });

    it('resets its form when type is reset', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <input name="town" value="Cardiff" /><civic-button type="reset">Clear</civic-button>
        </form>
      `);
      const input = form.querySelector('input')!;
      input.value = 'Swansea';
      const submissions = recordSubmissions(form);
      form.querySelector('civic-button')!.click();
      expect(input.value).to.equal('Cardiff');
      expect(submissions).to.have.length(0);
    });

    it('neither submits nor resets when type is button', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <input name="town" value="Cardiff" /><civic-button type="button"
            >Add another</civic-button
          >
        </form>
      `);
      const input = form.querySelector('input')!;
      input.value = 'Newport';
      const submissions = recordSubmissions(form);
      let clicks = 0;
      const button = form.querySelector('civic-button')!;
      button.addEventListener('click', () => clicks++);
      button.click();
      expect([submissions.length, input.value, clicks]).to.deep.equal([0, 'Newport', 1]);
    });

    it('does nothing and fires no click when disabled', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form><civic-button disabled>Continue</civic-button></form>
      `);
      const submissions = recordSubmissions(form);
      const button = form.querySelector('civic-button')!;
      let clicks = 0;
      button.addEventListener('click', () => clicks++);
      button.click();
      control(button).click();
      expect((control(button) as HTMLButtonElement).disabled).to.equal(true);
      expect([submissions.length, clicks]).to.deep.equal([0, 0]);
    });

    it('is disabled by a disabled fieldset and enabled again with it', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <fieldset disabled><civic-button>Continue</civic-button></fieldset>
        </form>
      `);
      const submissions = recordSubmissions(form);
      const button = form.querySelector('civic-button')!;
      await button.updateComplete;
      expect((control(button) as HTMLButtonElement).disabled).to.equal(true);
      button.click();
      expect(submissions).to.have.length(0);
      form.querySelector('fieldset')!.disabled = false;
      await button.updateComplete;
      expect((control(button) as HTMLButtonElement).disabled).to.equal(false);
      button.click();
      expect(submissions).to.have.length(1);
    });

    it('does nothing when it has no form', async () => {
      const el = await fixture<CivicButton>(html`<civic-button>Continue</civic-button>`);
      let clicks = 0;
      el.addEventListener('click', () => clicks++);
      el.click();
      expect(el.form).to.equal(null);
      expect(clicks).to.equal(1);
    });
  });

  describe('prevent-double-click', () => {
    it('ignores a second click within one second, then accepts clicks again', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <civic-button prevent-double-click name="pay" value="yes">Pay now</civic-button>
        </form>
      `);
      const submissions = recordSubmissions(form);
      const button = form.querySelector('civic-button')!;
      let clicks = 0;
      button.addEventListener('click', () => clicks++);
      control(button).click();
      control(button).click();
      expect([submissions.length, clicks]).to.deep.equal([1, 1]);
      await aTimeout(DOUBLE_CLICK_WINDOW_MS + 50);
      control(button).click();
      expect([submissions.length, clicks]).to.deep.equal([2, 2]);
    });

    it('accepts every click when not set', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><civic-button>Continue</civic-button></form>`,
      );
      const submissions = recordSubmissions(form);
      const button = form.querySelector('civic-button')!;
      control(button).click();
      control(button).click();
      expect(submissions).to.have.length(2);
    });

    it('also guards a link-button', async () => {
      const el = await fixture<CivicButton>(
        html`<civic-button href="#civic-pay" prevent-double-click>Pay</civic-button>`,
      );
      let clicks = 0;
      el.addEventListener('click', (event) => {
        event.preventDefault();
        clicks++;
      });
      control(el).click();
      control(el).click();
      expect(clicks).to.equal(1);
    });
  });

  describe('keyboard', () => {
    it('is reached with Tab and submits with Enter or Space', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <input name="postcode" value="CF10 1EP" />
          <civic-button name="action" value="find">Find address</civic-button>
        </form>
      `);
      const submissions = recordSubmissions(form);
      const button = form.querySelector('civic-button')!;
      form.querySelector('input')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(button);
      expect(button.shadowRoot!.activeElement).to.equal(control(button));
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: SPACE });
      expect(submissions).to.deep.equal([
        [
          ['postcode', 'CF10 1EP'],
          ['action', 'find'],
        ],
        [
          ['postcode', 'CF10 1EP'],
          ['action', 'find'],
        ],
      ]);
    });

    it('is skipped by Tab when disabled', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <input id="civic-before" />
          <civic-button disabled>Continue</civic-button>
          <input id="civic-after" />
        </div>
      `);
      wrapper.querySelector<HTMLInputElement>('#civic-before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('civic-after');
    });

    it('activates a link-button with Enter but not with Space', async () => {
      const el = await fixture<CivicButton>(
        html`<civic-button href="#civic-keyboard">Next</civic-button>`,
      );
      let clicks = 0;
      el.addEventListener('click', (event) => {
        event.preventDefault();
        clicks++;
      });
      el.focus();
      await sendKeys({ press: SPACE });
      expect(clicks).to.equal(0);
      await sendKeys({ press: 'Enter' });
      expect(clicks).to.equal(1);
    });

    it('shows the yellow focus style when focused from the keyboard', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div><input /><civic-button>Continue</civic-button></div>
      `);
      const button = wrapper.querySelector('civic-button')!;
      const unfocused = getComputedStyle(control(button)).backgroundColor;
      wrapper.querySelector('input')!.focus();
      await sendKeys({ press: 'Tab' });
      const focused = getComputedStyle(control(button)).backgroundColor;
      expect(focused).to.equal(tokenColour('--civic-color-focus'));
      expect(focused).to.not.equal(unfocused);
    });
  });

  describe('forced colours', () => {
    // Only Playwright can emulate forced colours; the launchers that drive
    // Firefox (Puppeteer) and WebKit (WebDriver) have no such command.
    const canEmulateForcedColours = navigator.userAgent.includes('Chrome/');
    afterEach(async () => {
      if (canEmulateForcedColours) await emulateMedia({ forcedColors: 'none' });
    });

    (canEmulateForcedColours ? it : it.skip)(
      'keeps a visible focus outline when the system replaces our colours',
      async () => {
        await emulateMedia({ forcedColors: 'active' });
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const wrapper = await fixture<HTMLDivElement>(html`
          <div><input /><civic-button>Continue</civic-button></div>
        `);
        wrapper.querySelector('input')!.focus();
        await sendKeys({ press: 'Tab' });
        const style = getComputedStyle(control(wrapper.querySelector('civic-button')!));
        expect(style.outlineStyle).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        expect(style.outlineColor).to.not.equal('rgba(0, 0, 0, 0)');
        expect(style.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
      },
    );
  });

  describe('accessibility', () => {
    it('passes axe as a button, a link, and disabled', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <main>
          <civic-button>Save and continue</civic-button>
          <civic-button variant="secondary" disabled>Add another</civic-button>
          <civic-button variant="warning">Delete account</civic-button>
          <civic-button variant="start" href="/apply">Start now</civic-button>
          <civic-button href="/apply" disabled>Apply</civic-button>
          <div style="background: var(--civic-color-button-inverse-text); padding: 8px">
            <civic-button variant="inverse">Sign in</civic-button>
          </div>
        </main>
      `);
      await expect(wrapper).to.be.accessible();
    });

    itInAccessibilityTree('is announced as a button named by its text', async () => {
      const el = await fixture<CivicButton>(html`<civic-button>Save and continue</civic-button>`);
      await expectAccessibleNode(el, {
        role: 'button',
        name: 'Save and continue',
        description: '',
        states: { focusable: true },
      });
    });

    itInAccessibilityTree('is announced as a disabled button when disabled', async () => {
      const el = await fixture<CivicButton>(html`<civic-button disabled>Continue</civic-button>`);
      await expectAccessibleNode(el, {
        role: 'button',
        name: 'Continue',
        states: { disabled: true },
      });
    });

    itInAccessibilityTree(
      'is announced as a link, without the arrow, as a start button',
      async () => {
        const el = await fixture<CivicButton>(
          html`<civic-button variant="start" href="/apply">Start now</civic-button>`,
        );
        await expectAccessibleNode(el, {
          role: 'link',
          name: 'Start now',
          states: { focusable: true },
        });
      },
    );

    itInAccessibilityTree(
      'is announced as an unavailable link when a link-button is disabled',
      async () => {
        const el = await fixture<CivicButton>(
          html`<civic-button href="/apply" disabled>Apply</civic-button>`,
        );
        await expectAccessibleNode(el, { role: 'link', name: 'Apply', states: { disabled: true } });
      },
    );
  });

  describe('bad input', () => {
    it('renders hostile text as text and runs nothing', async () => {
      const wrapper = await fixture<HTMLFormElement>(html`
        <form><civic-button name=${HOSTILE} value=${HOSTILE}>${HOSTILE}</civic-button></form>
      `);
      const button = wrapper.querySelector('civic-button')!;
      const submissions = recordSubmissions(wrapper);
      button.click();
      await aTimeout(50);
      expect(button.textContent).to.equal(HOSTILE);
      expect(wrapper.querySelector('img')).to.equal(null);
      expect(button.shadowRoot!.querySelector('img')).to.equal(null);
      expect(window.__civicHacked).to.equal(undefined);
      expect(submissions).to.deep.equal([[[HOSTILE, HOSTILE]]]);
    });

    it('warns the developer when the button has no text', async () => {
      clearWarningHistory();
      const warnings = await warningsDuring(() =>
        fixture<CivicButton>(html`<civic-button> </civic-button>`),
      );
      expect(warnings.some((w) => w.includes('<civic-button> has no text'))).to.equal(true);
    });

    it('wraps very long, emoji and right-to-left text inside a 320px column', async () => {
      const long = `${'Continue-to-the-next-section-'.repeat(12)} 👩🏽‍💻🇬🇧 مرحبا بالعالم`;
      const column = await fixture<HTMLDivElement>(html`
        <div style="inline-size: 320px"><civic-button>${long}</civic-button></div>
      `);
      const button = column.querySelector('civic-button')!;
      const inner = control(button);
      expect(button.getBoundingClientRect().width).to.be.at.most(320);
      expect(inner.scrollWidth).to.be.at.most(inner.clientWidth + 1);
      expect(button.textContent).to.equal(long);
    });

    // The WebDriver launcher that drives WebKit cannot resize the viewport; the
    // 320px column test above still checks reflow there.
    const canSetViewport = /Chrome\/|Firefox\//.test(navigator.userAgent);
    (canSetViewport ? it : it.skip)(
      'fills the width of a narrow screen and fits its text on a wide one',
      async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await fixture<CivicButton>(html`<civic-button>Continue</civic-button>`);
        expect(Math.round(el.getBoundingClientRect().width)).to.equal(
          Math.round(el.parentElement!.getBoundingClientRect().width),
        );
        await setViewport({ width: 1024, height: 768 });
        expect(el.getBoundingClientRect().width).to.be.below(300);
      },
    );
  });
});
