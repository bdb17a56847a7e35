import { HOSTILE } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { forEachRenderMode, settle } from '../../../test/render-modes.js';
import { nativeControl, shownError, typeInto } from '../../../test/form-control-suite.js';
import {
  accessibleNodes,
  expectAccessibleNode,
  itInAccessibilityTree,
} from '../../../test/accessibility-tree.js';
import { warningsDuring } from '../../../test/warnings.js';
import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { clearWarningHistory } from '../../core/warn.js';
import type { CivicButton } from '../button/civic-button.js';
import type { CivicTextInput } from '../text-input/civic-text-input.js';
import type { CivicErrorSummary } from './civic-error-summary.js';
import '../button/define.js';
import '../text-input/define.js';
import './define.js';

const TITLE = 'Apply for a permit';

/** The links the summary lists, as [text, href]. */
function links(summary: CivicErrorSummary): [string, string][] {
  return [...summary.shadowRoot!.querySelectorAll('a')].map((link) => [
    link.textContent.trim(),
    link.getAttribute('href') ?? '',
  ]);
}

function box(summary: CivicErrorSummary): HTMLElement {
  return summary.shadowRoot!.querySelector<HTMLElement>('[part="summary"]')!;
}

function isShown(summary: CivicErrorSummary): boolean {
  return !box(summary).hidden && box(summary).getBoundingClientRect().height > 0;
}

/** Whether focus is on the summary itself (its box), as after it appears. */
function hasFocus(summary: CivicErrorSummary): boolean {
  return document.activeElement === summary && summary.shadowRoot!.activeElement === box(summary);
}

/** Whether focus is in the native input of a Civic control. */
function focusIsIn(control: HTMLElement): boolean {
  return (
    document.activeElement === control &&
    control.shadowRoot!.activeElement === nativeControl(control)
  );
}

interface QuestionPage {
  summary: CivicErrorSummary;
  form: HTMLFormElement;
  fullName: CivicTextInput;
  email: CivicTextInput;
  button: CivicButton;
  /** The data of each submission that went through. */
  submissions: FormData[];
}

async function questionPage(root: HTMLElement): Promise<QuestionPage> {
  await settle(root);
  const form = root.querySelector('form')!;
  const submissions: FormData[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submissions.push(new FormData(form, event.submitter));
  });
  const [fullName, email] = [...root.querySelectorAll('civic-text-input')] as [
    CivicTextInput,
    CivicTextInput,
  ];
  return {
    summary: root.querySelector('civic-error-summary')!,
    form,
    fullName,
    email,
    button: root.querySelector('civic-button')!,
    submissions,
  };
}

/** Submits and waits for the summary to show, failing if it does not. */
async function submitExpectingErrors(page: QuestionPage, submit: () => void): Promise<void> {
  const shown = oneEvent(page.summary, 'civic-show');
  submit();
  await shown;
  await page.summary.updateComplete;
}

forEachRenderMode(['error-summary', 'text-input', 'button'], (fixture, mode) => {
  beforeEach(() => {
    document.title = TITLE;
    clearWarningHistory();
  });

  describe('civic-error-summary after a submission', () => {
    const pageWithoutNovalidate = () =>
      fixture<HTMLDivElement>(
        html`<div>
          <civic-error-summary></civic-error-summary>
          <form>
            <civic-text-input
              name="full-name"
              label="Full name"
              field-name="your full name"
              required
            ></civic-text-input>
            <civic-text-input
              name="email"
              label="Email address"
              field-name="your email address"
              type="email"
              required
            ></civic-text-input>
            <civic-button name="action" value="continue">Continue</civic-button>
          </form>
        </div>`,
      );

    const pageWithNovalidate = () =>
      fixture<HTMLDivElement>(
        html`<div>
          <civic-error-summary for="apply"></civic-error-summary>
          <form id="apply" novalidate>
            <civic-text-input
              name="full-name"
              label="Full name"
              field-name="your full name"
              required
            ></civic-text-input>
            <civic-text-input
              name="email"
              label="Email address"
              field-name="your email address"
              type="email"
              required
            ></civic-text-input>
            <civic-button name="action" value="continue">Continue</civic-button>
          </form>
        </div>`,
      );

    const cases: [string, () => Promise<HTMLDivElement>, (page: QuestionPage) => void][] = [
      ['without novalidate, through civic-button', pageWithoutNovalidate, (p) => p.button.click()],
      [
        'without novalidate, through requestSubmit()',
        pageWithoutNovalidate,
        (p) => p.form.requestSubmit(),
      ],
      ['with novalidate, through civic-button', pageWithNovalidate, (p) => p.button.click()],
      [
        'with novalidate, through requestSubmit()',
        pageWithNovalidate,
        (p) => p.form.requestSubmit(),
      ],
    ];

    for (const [name, render, submit] of cases) {
      it(`cancels a submission with errors and lists them, focused, with "Error: " in the title (${name})`, async () => {
        const page = await questionPage(await render());
        expect(isShown(page.summary), 'hidden before any submission').to.equal(false);
        expect(document.title).to.equal(TITLE);

        await submitExpectingErrors(page, () => submit(page));
        expect(page.submissions, 'submissions').to.have.length(0);
        expect(isShown(page.summary)).to.equal(true);
        expect(links(page.summary)).to.deep.equal([
          ['Enter your full name', '#full-name'],
          ['Enter your email address', '#email'],
        ]);
        expect(page.fullName.id).to.equal('full-name');
        expect(page.email.id).to.equal('email');
        expect(shownError(page.fullName), 'the field shows its own error').to.equal(
          'Enter your full name',
        );
        expect(hasFocus(page.summary), 'focus on the summary').to.equal(true);
        expect(document.title).to.equal(`Error: ${TITLE}`);

        // A second attempt lists the errors again and refocuses, with one prefix.
        nativeControl(page.email).focus();
        await submitExpectingErrors(page, () => submit(page));
        expect(hasFocus(page.summary)).to.equal(true);
        expect(links(page.summary)).to.have.length(2);
        expect(document.title).to.equal(`Error: ${TITLE}`);
        expect(page.submissions).to.have.length(0);
      });

      it(`clears itself as the fields are fixed, and then lets the submission through (${name})`, async () => {
        const page = await questionPage(await render());
        await submitExpectingErrors(page, () => submit(page));

        // Fixing one field (a committed change) takes its link away.
        await typeInto(page.fullName, 'Siân Jones');
        nativeControl(page.fullName).blur();
        await settle(page.form.parentElement!);
        expect(links(page.summary)).to.deep.equal([['Enter your email address', '#email']]);
        expect(document.title).to.equal(`Error: ${TITLE}`);

        // A different error on the other field replaces its message.
        await typeInto(page.email, 'sian.example.com');
        nativeControl(page.email).blur();
        await settle(page.form.parentElement!);
        expect(links(page.summary)).to.deep.equal([
          ['Enter an email address in the correct format, like name@example.com', '#email'],
        ]);

        // Fixed but not yet committed: the submission itself clears the summary.
        page.email.value = 'sian@example.com';
        await page.email.updateComplete;
        const cleared = oneEvent(page.summary, 'civic-clear');
        submit(page);
        await cleared;
        await page.summary.updateComplete;
        expect(isShown(page.summary)).to.equal(false);
        expect(document.title).to.equal(TITLE);
        expect(page.submissions).to.have.length(1);
        const data = page.submissions[0];
        expect(data.get('full-name')).to.equal('Siân Jones');
        expect(data.get('email')).to.equal('sian@example.com');
      });
    }

    it("suppresses the browser's own error bubbles: every invalid event is cancelled", async () => {
      const page = await questionPage(await pageWithoutNovalidate());
      const cancelled: boolean[] = [];
      for (const control of [page.fullName, page.email]) {
        control.addEventListener('invalid', (event) => cancelled.push(event.defaultPrevented));
      }
      await submitExpectingErrors(page, () => page.button.click());
      expect(cancelled).to.deep.equal([true, true]);
    });

    it('keeps a single prefix on a title the server already prefixed, and removes it when fixed', async () => {
      document.title = `Error: ${TITLE}`;
      const summary = await fixture<CivicErrorSummary>(
        html`<civic-error-summary
          disable-auto-focus
          items='[{"href": "#nino", "text": "Enter a National Insurance number"}]'
        ></civic-error-summary>`,
      );
      await settle(summary);
      expect(document.title).to.equal(`Error: ${TITLE}`);
      const cleared = oneEvent(summary, 'civic-clear');
      summary.items = [];
      await cleared;
      expect(document.title).to.equal(TITLE);
    });

    it('draws the error border and links in the error colour, and an outline while it holds focus', async () => {
      const page = await questionPage(await pageWithoutNovalidate());
      await submitExpectingErrors(page, () => page.button.click());
      const style = getComputedStyle(box(page.summary));
      expect(style.borderTopColor).to.equal(tokenColour('--civic-color-error'));
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
      const link = page.summary.shadowRoot!.querySelector('a')!;
      expect(getComputedStyle(link).color).to.equal(tokenColour('--civic-color-error'));
      expect(style.outlineStyle, 'outline while focused').to.equal('solid');
      expect(style.outlineColor).to.equal(tokenColour('--civic-color-focus'));
      link.click();
      expect(getComputedStyle(box(page.summary)).outlineStyle, 'after focus left').to.equal('none');
    });

    // Only Playwright can emulate forced colours; the launchers that drive
    // Firefox (Puppeteer) and WebKit (WebDriver) have no such command.
    const canEmulateForcedColours = navigator.userAgent.includes('Chrome/');
    (canEmulateForcedColours ? it : it.skip)(
      'keeps its border and focus outline in forced-colours mode',
      async () => {
        await emulateMedia({ forcedColors: 'active' });
        try {
          const page = await questionPage(await pageWithoutNovalidate());
          await submitExpectingErrors(page, () => page.button.click());
          const style = getComputedStyle(box(page.summary));
          expect(style.outlineStyle).to.equal('solid');
          expect(style.outlineColor).to.not.equal('rgba(0, 0, 0, 0)');
          expect(style.borderTopStyle).to.equal('solid');
          expect(style.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      },
    );

    it('sends the button that was pressed with a submission that goes through', async () => {
      const page = await questionPage(await pageWithNovalidate());
      page.fullName.value = 'Siân Jones';
      page.email.value = 'sian@example.com';
      await settle(page.form);
      page.button.click();
      expect(page.submissions).to.have.length(1);
      expect(page.submissions[0].get('action')).to.equal('continue');
      expect(isShown(page.summary)).to.equal(false);
    });

    it('lets "save and come back later" (formnovalidate) through without checking', async () => {
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <civic-error-summary></civic-error-summary>
          <form novalidate>
            <civic-text-input name="full-name" label="Full name" required></civic-text-input>
            <civic-button name="action" value="later" formnovalidate
              >Save and come back later</civic-button
            >
          </form>
        </div>`,
      );
      const page = await questionPage(root);
      page.button.click();
      expect(page.submissions).to.have.length(1);
      expect(page.submissions[0].get('action')).to.equal('later');
      expect(isShown(page.summary)).to.equal(false);
      expect(shownError(page.fullName)).to.equal('');
    });

    for (const how of ['click', 'Enter'] as const) {
      it(`moves focus to the field from a link (${how}), with its label in view and no jump to the fragment`, async () => {
        const root = await fixture<HTMLDivElement>(
          html`<div>
            <civic-error-summary></civic-error-summary>
            <form>
              <div style="block-size: 150vh"></div>
              <civic-text-input
                name="full-name"
                label="Full name"
                field-name="your full name"
                required
              ></civic-text-input>
              <civic-text-input
                name="email"
                label="Email address"
                field-name="your email address"
                required
              ></civic-text-input>
              <div style="block-size: 150vh"></div>
              <civic-button>Continue</civic-button>
            </form>
          </div>`,
        );
        const page = await questionPage(root);
        const hashBefore = location.hash;
        await submitExpectingErrors(page, () => page.form.requestSubmit());
        const link = page.summary.shadowRoot!.querySelectorAll('a')[1];
        if (how === 'click') {
          link.click();
        } else {
          link.focus();
          await sendKeys({ press: 'Enter' });
        }
        expect(focusIsIn(page.email), 'focus in the email input').to.equal(true);
        expect(location.hash, 'no fragment navigation').to.equal(hashBefore);
        // The label, at the top of the control, is at the top of the window.
        const label = page.email.shadowRoot!.querySelector('label')!;
        expect(label.getBoundingClientRect().top).to.be.within(-1, 5);
        window.scrollTo(0, 0);
      });
    }

    it('works with native inputs too: their messages, their labels', async () => {
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <civic-error-summary></civic-error-summary>
          <form>
            <div style="block-size: 150vh"></div>
            <label for="age">Your age</label>
            <input id="age" name="age" required />
            <div style="block-size: 150vh"></div>
            <fieldset>
              <legend>Contact</legend>
              <input name="phone" aria-label="Phone" required />
            </fieldset>
            <button>Continue</button>
            <div style="block-size: 150vh"></div>
          </form>
        </div>`,
      );
      const page = await questionPage(root);
      const [age, phone] = [...root.querySelectorAll('input')] as [
        HTMLInputElement,
        HTMLInputElement,
      ];
      await submitExpectingErrors(page, () => root.querySelector('button')!.click());
      expect(page.submissions).to.have.length(0);
      expect(phone.id, 'an id derived from the name').to.equal('phone');
      expect(links(page.summary)).to.deep.equal([
        [age.validationMessage, '#age'],
        [phone.validationMessage, '#phone'],
      ]);
      expect(age.validationMessage).to.not.equal('');

      page.summary.shadowRoot!.querySelector('a')!.click();
      expect(document.activeElement).to.equal(age);
      expect(root.querySelector('label')!.getBoundingClientRect().top).to.be.within(-1, 5);

      page.summary.shadowRoot!.querySelectorAll('a')[1].click();
      expect(document.activeElement).to.equal(phone);
      expect(root.querySelector('legend')!.getBoundingClientRect().top).to.be.within(-1, 5);
      window.scrollTo(0, 0);

      // A committed fix takes the native field's link away.
      age.value = '42';
      age.dispatchEvent(new Event('change', { bubbles: true }));
      await page.summary.updateComplete;
      expect(links(page.summary)).to.deep.equal([[phone.validationMessage, '#phone']]);
    });

    it('gives controls without a name or with a taken id a unique id', async () => {
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <p id="email">An element that already has the id "email".</p>
          <civic-error-summary></civic-error-summary>
          <form novalidate>
            <input required aria-label="Unnamed" />
            <input name="email" required aria-label="Email" />
            <input name="email" required aria-label="Email again" />
          </form>
        </div>`,
      );
      const page = await questionPage(root);
      await submitExpectingErrors(page, () => page.form.requestSubmit());
      const ids = [...root.querySelectorAll('input')].map((input) => input.id);
      expect(ids).to.deep.equal(['field', 'email-2', 'email-3']);
      expect(links(page.summary).map(([, href]) => href)).to.deep.equal([
        '#field',
        '#email-2',
        '#email-3',
      ]);
    });

    it('waits for checks that ask a server, then submits or lists their errors', async () => {
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <civic-error-summary></civic-error-summary>
          <form novalidate>
            <civic-text-input
              name="username"
              label="Username"
              field-name="a username"
            ></civic-text-input>
            <civic-button name="action" value="continue">Continue</civic-button>
          </form>
        </div>`,
      );
      const page = await questionPage(root);
      const username = page.fullName;
      let answer: ((message: string | null) => void) | undefined;
      username.validators = [
        () =>
          new Promise<string | null>((resolve) => {
            answer = resolve;
          }),
      ];
      await typeInto(username, 'sam');

      // The check is still running: the submission waits for it.
      page.button.click();
      expect(page.submissions).to.have.length(0);
      const shown = oneEvent(page.summary, 'civic-show');
      answer!('That username is taken');
      await shown;
      await page.summary.updateComplete;
      expect(links(page.summary)).to.deep.equal([['That username is taken', '#username']]);
      expect(hasFocus(page.summary)).to.equal(true);

      await typeInto(username, 'ira');
      page.button.click();
      expect(page.submissions).to.have.length(0);
      const submitted = oneEvent(page.form, 'submit');
      answer!(null);
      await submitted;
      expect(page.submissions).to.have.length(1);
      expect(page.submissions[0].get('username')).to.equal('samira');
      expect(page.submissions[0].get('action'), 'the pressed button goes with it').to.equal(
        'continue',
      );
      await page.summary.updateComplete;
      expect(isShown(page.summary)).to.equal(false);
    });

    it('watches only the form named by for, and its own form when inside one', async () => {
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <civic-error-summary for="second"></civic-error-summary>
          <form id="first" novalidate>
            <civic-error-summary></civic-error-summary>
            <input name="a" required aria-label="A" />
          </form>
          <form id="second" novalidate>
            <input name="b" required aria-label="B" />
          </form>
        </div>`,
      );
      await settle(root);
      const [forSecond, insideFirst] = [...root.querySelectorAll('civic-error-summary')] as [
        CivicErrorSummary,
        CivicErrorSummary,
      ];
      const shown = oneEvent(insideFirst, 'civic-show');
      root.querySelector<HTMLFormElement>('#first')!.requestSubmit();
      await shown;
      await settle(root);
      expect(links(insideFirst).map(([, href]) => href)).to.deep.equal(['#a']);
      expect(isShown(forSecond)).to.equal(false);

      const shownSecond = oneEvent(forSecond, 'civic-show');
      root.querySelector<HTMLFormElement>('#second')!.requestSubmit();
      await shownSecond;
      await settle(root);
      expect(links(forSecond).map(([, href]) => href)).to.deep.equal(['#b']);
      expect(links(insideFirst).map(([, href]) => href)).to.deep.equal(['#a']);
    });

    it('clears when the form is reset', async () => {
      const page = await questionPage(await pageWithNovalidate());
      await submitExpectingErrors(page, () => page.form.requestSubmit());
      const cleared = oneEvent(page.summary, 'civic-clear');
      page.form.reset();
      await cleared;
      await page.summary.updateComplete;
      expect(isShown(page.summary)).to.equal(false);
      expect(document.title).to.equal(TITLE);
    });

    it('passes axe when hidden and when showing errors', async () => {
      const page = await questionPage(await pageWithoutNovalidate());
      await expect(page.summary).to.be.accessible();
      await submitExpectingErrors(page, () => page.button.click());
      await expect(page.summary.parentElement!).to.be.accessible();
    });

    itInAccessibilityTree(
      'is a group named by its heading and described by the errors; links named by them',
      async () => {
        const page = await questionPage(await pageWithoutNovalidate());
        await submitExpectingErrors(page, () => page.button.click());
        await expectAccessibleNode(page.summary, {
          role: 'group',
          name: 'There is a problem',
          description: 'Enter your full name Enter your email address',
          states: { focused: true },
        });
        await expectAccessibleNode(page.summary, { role: 'heading', name: 'There is a problem' });
        await expectAccessibleNode(page.summary, { role: 'list', name: '' });
        const linkNodes = await accessibleNodes(page.summary, { role: 'link' });
        expect(linkNodes.map((node) => node.name)).to.deep.equal([
          'Enter your full name',
          'Enter your email address',
        ]);
      },
    );
  });

  describe('civic-error-summary with errors a server found', () => {
    it('shows the items given as a JSON attribute as the page loads, focused, with the title prefixed', async () => {
      const focused: EventTarget[] = [];
      const record = (event: FocusEvent) => focused.push(event.target!);
      document.addEventListener('focusin', record);
      let root: HTMLDivElement;
      try {
        root = await fixture<HTMLDivElement>(
          html`<div>
            <civic-error-summary
              items='[{"href": "#full-name", "text": "Enter your full name"}, {"href": "#email", "text": "Enter your email address"}]'
            >
              <p slot="description">Check the answers below.</p>
            </civic-error-summary>
            <form>
              <civic-text-input
                id="full-name"
                name="full-name"
                label="Full name"
                error="Enter your full name"
              ></civic-text-input>
              <civic-text-input
                id="email"
                name="email"
                label="Email address"
                error="Enter your email address"
              ></civic-text-input>
            </form>
          </div>`,
        );
        await settle(root);
      } finally {
        document.removeEventListener('focusin', record);
      }
      const summary = root.querySelector('civic-error-summary')!;
      expect(isShown(summary)).to.equal(true);
      expect(links(summary)).to.deep.equal([
        ['Enter your full name', '#full-name'],
        ['Enter your email address', '#email'],
      ]);
      expect(focused, 'the summary took focus as it loaded').to.include(summary);
      // The server-render fixture also renders a client copy for comparison,
      // which takes focus as it loads and is then removed; only in the client
      // render is this summary still the focused element.
      if (mode === 'client-rendered') expect(hasFocus(summary)).to.equal(true);
      expect(document.title).to.equal(`Error: ${TITLE}`);

      // A link goes to the field; fixing the fields clears the summary.
      const [fullName, email] = [...root.querySelectorAll('civic-text-input')] as [
        CivicTextInput,
        CivicTextInput,
      ];
      summary.shadowRoot!.querySelector('a')!.click();
      expect(focusIsIn(fullName)).to.equal(true);
      await typeInto(fullName, 'Siân Jones');
      nativeControl(fullName).blur();
      await typeInto(email, 'sian@example.com');
      const cleared = oneEvent(summary, 'civic-clear');
      nativeControl(email).blur();
      await cleared;
      await summary.updateComplete;
      expect(isShown(summary)).to.equal(false);
      expect(document.title).to.equal(TITLE);
    });

    itInAccessibilityTree('is described by its description, then the errors', async () => {
      const summary = await fixture<CivicErrorSummary>(
        html`<civic-error-summary
          disable-auto-focus
          items='[{"href": "#full-name", "text": "Enter your full name"}]'
          ><p slot="description">Check the answers below.</p></civic-error-summary
        >`,
      );
      await settle(summary);
      await expectAccessibleNode(summary, {
        role: 'group',
        name: 'There is a problem',
        description: 'Check the answers below. Enter your full name',
      });
    });

    it('reads links given as children, and does not take focus with disable-auto-focus', async () => {
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <civic-error-summary disable-auto-focus>
            <ul>
              <li><a href="#postcode">Enter a real postcode</a></li>
            </ul>
          </civic-error-summary>
          <input id="postcode" aria-label="Postcode" />
        </div>`,
      );
      await settle(root);
      const summary = root.querySelector('civic-error-summary')!;
      expect(links(summary)).to.deep.equal([['Enter a real postcode', '#postcode']]);
      expect(isShown(summary)).to.equal(true);
      expect(document.activeElement).to.not.equal(summary);
      expect(document.title).to.equal(`Error: ${TITLE}`);
      // The children are read, not shown twice.
      expect(root.querySelector('ul')!.getBoundingClientRect().height).to.equal(0);

      const link = document.createElement('a');
      link.href = '#town';
      link.textContent = 'Enter a town';
      summary.append(link);
      await oneEvent(summary, 'civic-show');
      await summary.updateComplete;
      expect(links(summary).map(([text]) => text)).to.deep.equal([
        'Enter a real postcode',
        'Enter a town',
      ]);
    });

    it('shows items set later as a property, such as errors returned to a script', async () => {
      const summary = await fixture<CivicErrorSummary>(
        html`<civic-error-summary></civic-error-summary>`,
      );
      await settle(summary);
      expect(isShown(summary)).to.equal(false);
      const shown = oneEvent(summary, 'civic-show');
      summary.items = [{ href: '#nino', text: 'Enter a National Insurance number' }];
      const event = (await shown) as CustomEvent<{ items: unknown[] }>;
      expect(event.detail.items).to.deep.equal([
        { href: '#nino', text: 'Enter a National Insurance number' },
      ]);
      expect(event.bubbles && event.composed).to.equal(true);
      await summary.updateComplete;
      expect(hasFocus(summary)).to.equal(true);
      expect(document.title).to.equal(`Error: ${TITLE}`);

      const cleared = oneEvent(summary, 'civic-clear');
      summary.items = [];
      await cleared;
      expect(document.title).to.equal(TITLE);
    });

    it('is in Welsh on a Welsh page: heading and title prefix', async () => {
      const root = await fixture<HTMLDivElement>(
        html`<div lang="cy">
          <civic-error-summary
            items='[{"href": "#enw", "text": "Rhowch eich enw llawn"}]'
          ></civic-error-summary>
        </div>`,
      );
      await settle(root);
      const summary = root.querySelector('civic-error-summary')!;
      expect(summary.shadowRoot!.querySelector('[part="heading"]')!.textContent.trim()).to.equal(
        'Mae problem wedi codi',
      );
      expect(document.title).to.equal(`Gwall: ${TITLE}`);
      await expect(summary).to.be.accessible();
    });

    it('renders hostile text as text and refuses script URLs', async () => {
      let root!: HTMLDivElement;
      const render = async () => {
        root = await fixture<HTMLDivElement>(
          html`<div style="inline-size: 320px">
            <civic-error-summary
              disable-auto-focus
              heading=${HOSTILE}
              items=${JSON.stringify([
                { href: 'javascript:window.__civicHacked=true', text: HOSTILE },
                { href: ' JaVaScRiPt:alert(1)', text: 'Second' },
                { href: '#ok', text: 'x'.repeat(300) + ' 👩🏽‍💻 مرحبا' },
              ])}
            >
              <a href="javascript:window.__civicHacked=true">${HOSTILE}</a>
            </civic-error-summary>
          </div>`,
        );
        await settle(root);
      };
      const warnings = await warningsDuring(render);
      const summary = root.querySelector('civic-error-summary')!;
      const shadow = summary.shadowRoot!;
      expect(shadow.querySelector('img')).to.equal(null);
      expect(shadow.querySelector('[part="heading"]')!.textContent.trim()).to.equal(HOSTILE);
      const items = [...shadow.querySelectorAll('li')];
      expect(items.map((item) => item.textContent.trim().slice(0, 12))).to.deep.equal([
        HOSTILE.slice(0, 12),
        'Second',
        'xxxxxxxxxxxx',
        HOSTILE.slice(0, 12),
      ]);
      expect(links(summary).map(([, href]) => href)).to.deep.equal(['#ok']);
      for (const link of shadow.querySelectorAll('a')) link.click();
      expect(window.__civicHacked).to.equal(undefined);
      expect(box(summary).scrollWidth).to.be.at.most(box(summary).clientWidth + 1);
      expect(warnings.some((warning) => warning.includes('refused the URL'))).to.equal(true);
    });

    it('warns about an items attribute that is not a JSON array', async () => {
      const warnings = await warningsDuring(async () => {
        const summary = await fixture<CivicErrorSummary>(
          html`<civic-error-summary items="Enter your name"></civic-error-summary>`,
        );
        await settle(summary);
        expect(isShown(summary)).to.equal(false);
      });
      expect(warnings.some((warning) => warning.includes('could not read items'))).to.equal(true);
    });
  });
});
