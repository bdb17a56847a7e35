import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  accessibleNodes,
  expectAccessibleNode,
  itInAccessibilityTree,
} from '../../../test/accessibility-tree.js';
import {
  AUTHORINGS,
  cleanUp,
  container,
  expectSameDom,
  normalisedMarkup,
  place,
  serverHtmlBeforeScript,
  type Authoring,
} from '../../../test/authoring.js';
import { leave, nativeControl, shownError, typeInto } from '../../../test/field-suite.js';
import { boxesWithin, HOSTILE, withHostileCss } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { warningsDuring } from '../../../test/warnings.js';
import { toHtml } from '../../core/markup-html.js';
import { clearWarningHistory } from '../../core/warn.js';
import { CivicTextInput } from '../text-input/define.js';
import { textInputMarkup, type TextInputParams } from '../text-input/markup.js';
import { CivicErrorSummary } from './define.js';
import { errorSummaryMarkup, type ErrorSummaryParams } from './markup.js';

const TITLE = 'Apply for a permit';
const tick = () => new Promise((resolve) => setTimeout(resolve));

/** The links the summary lists, as [text, href]. */
function links(summary: Element): [string, string][] {
  return [...summary.querySelectorAll('.civic-error-summary__list a')].map((link) => [
    link.textContent.trim(),
    link.getAttribute('href') ?? '',
  ]);
}

function linkAt(summary: Element, index: number): HTMLAnchorElement {
  return summary.querySelectorAll<HTMLAnchorElement>('.civic-error-summary__list a')[index];
}

function box(summary: Element): HTMLElement {
  return summary.querySelector<HTMLElement>('.civic-error-summary')!;
}

function isShown(summary: Element): boolean {
  return !box(summary).hidden && box(summary).getBoundingClientRect().height > 0;
}

/** Whether focus is on the summary's box, as after it appears. */
function hasFocus(summary: Element): boolean {
  return document.activeElement === box(summary);
}

function titleText(summary: Element): string {
  return summary.querySelector('.civic-error-summary__title')!.textContent;
}

/** The element, upgraded to the class it should be. */
function upgraded<T extends HTMLElement>(element: Element, type: new () => T): T {
  if (!(element instanceof type)) throw new Error(`<${element.localName}> has not upgraded`);
  return element;
}

/** Places a summary authored one way; see place(). */
function summaryIn(
  authoring: Authoring,
  params: ErrorSummaryParams,
  parent: Element,
): CivicErrorSummary {
  return upgraded(
    place(authoring, 'civic-error-summary', errorSummaryMarkup, params, parent),
    CivicErrorSummary,
  );
}

interface QuestionPage {
  root: HTMLElement;
  summary: CivicErrorSummary;
  form: HTMLFormElement;
  fullName: CivicTextInput;
  email: CivicTextInput;
  button: HTMLButtonElement;
  /** The data of each submission that went through. */
  submissions: FormData[];
}

interface PageOptions {
  novalidate?: boolean;
  summary?: ErrorSummaryParams;
  /** Room above and below the fields, so that following a link has to scroll. */
  spaced?: boolean;
  fields?: TextInputParams[];
  button?: Partial<Pick<HTMLButtonElement, 'name' | 'value' | 'formNoValidate' | 'textContent'>>;
}

const FULL_NAME: TextInputParams = {
  name: 'full-name',
  label: 'Full name',
  fieldName: 'your full name',
  required: true,
};
const EMAIL: TextInputParams = {
  name: 'email',
  label: 'Email address',
  fieldName: 'your email address',
  type: 'email',
  required: true,
};

function spacer(): HTMLElement {
  const element = document.createElement('div');
  element.style.blockSize = '150vh';
  return element;
}

/** A question page: the summary, then a form with Civic text inputs and a native button, authored one way. */
function questionPage(authoring: Authoring, options: PageOptions = {}): QuestionPage {
  const root = container();
  const summary = summaryIn(authoring, options.summary ?? {}, root);
  const form = document.createElement('form');
  form.id = 'apply';
  form.noValidate = options.novalidate ?? false;
  root.append(form);
  if (options.spaced === true) form.append(spacer());
  const fields = (options.fields ?? [FULL_NAME, EMAIL]).map((params) =>
    upgraded(place(authoring, 'civic-text-input', textInputMarkup, params, form), CivicTextInput),
  );
  if (options.spaced === true) form.append(spacer());
  const button = document.createElement('button');
  Object.assign(button, { name: 'action', value: 'continue', textContent: 'Continue' });
  Object.assign(button, options.button);
  form.append(button);
  const submissions: FormData[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submissions.push(new FormData(form, event.submitter));
  });
  return {
    root,
    summary,
    form,
    fullName: fields[0],
    email: fields[1],
    button,
    submissions,
  };
}

/** Submits and waits for the summary to show, failing if it does not. */
async function submitExpectingErrors(
  summary: CivicErrorSummary,
  submit: () => void,
): Promise<void> {
  const shown = oneEvent(summary, 'civic-show');
  submit();
  await shown;
  await summary.updateComplete;
}

beforeEach(() => {
  document.title = TITLE;
  clearWarningHistory();
});
afterEach(() => {
  cleanUp();
  window.scrollTo(0, 0);
});

for (const authoring of AUTHORINGS) {
  describe(`civic-error-summary after a submission (${authoring})`, () => {
    const cases: [string, PageOptions, (page: QuestionPage) => void][] = [
      ['without novalidate, through the button', {}, (p) => p.button.click()],
      ['without novalidate, through requestSubmit()', {}, (p) => p.form.requestSubmit()],
      [
        'with novalidate and for, through the button',
        { novalidate: true, summary: { for: 'apply' } },
        (p) => p.button.click(),
      ],
      [
        'with novalidate and for, through requestSubmit()',
        { novalidate: true, summary: { for: 'apply' } },
        (p) => p.form.requestSubmit(),
      ],
    ];

    for (const [name, options, submit] of cases) {
      it(`cancels a submission with errors and lists them in field order, focused, with "Error: " in the title (${name})`, async () => {
        const page = questionPage(authoring, options);
        await page.summary.updateComplete;
        expect(isShown(page.summary), 'hidden before any submission').to.equal(false);
        expect(document.title).to.equal(TITLE);

        await submitExpectingErrors(page.summary, () => submit(page));
        expect(page.submissions, 'submissions').to.have.length(0);
        expect(isShown(page.summary)).to.equal(true);
        expect(links(page.summary)).to.deep.equal([
          ['Enter your full name', '#full-name'],
          ['Enter your email address', '#email'],
        ]);
        expect(document.querySelector('#full-name')).to.equal(nativeControl(page.fullName));
        expect(document.querySelector('#email')).to.equal(nativeControl(page.email));
        expect(shownError(page.fullName), 'the field shows its own error').to.equal(
          'Enter your full name',
        );
        expect(hasFocus(page.summary), 'focus on the summary').to.equal(true);
        expect(document.title).to.equal(`Error: ${TITLE}`);

        // A second attempt lists the errors again and refocuses, with one prefix.
        nativeControl(page.email).focus();
        await submitExpectingErrors(page.summary, () => submit(page));
        expect(hasFocus(page.summary)).to.equal(true);
        expect(links(page.summary)).to.have.length(2);
        expect(document.title).to.equal(`Error: ${TITLE}`);
        expect(page.submissions).to.have.length(0);
      });

      it(`clears itself as the fields are fixed, and then lets the submission through (${name})`, async () => {
        const page = questionPage(authoring, options);
        await submitExpectingErrors(page.summary, () => submit(page));

        // Fixing one field (and leaving it) takes its link away.
        await typeInto(page.fullName, 'Siân Jones');
        await leave(page.fullName);
        await page.summary.updateComplete;
        expect(links(page.summary)).to.deep.equal([['Enter your email address', '#email']]);
        expect(document.title).to.equal(`Error: ${TITLE}`);

        // A different error on the other field replaces its message.
        await typeInto(page.email, 'sian.example.com');
        await leave(page.email);
        expect(links(page.summary)).to.deep.equal([
          ['Enter an email address in the correct format, like name@example.com', '#email'],
        ]);

        // Fixed but not yet committed: the submission itself clears the summary.
        page.email.value = 'sian@example.com';
        const cleared = oneEvent(page.summary, 'civic-clear');
        submit(page);
        await cleared;
        expect(isShown(page.summary)).to.equal(false);
        expect(document.title).to.equal(TITLE);
        expect(page.submissions).to.have.length(1);
        const data = page.submissions[0];
        expect(data.get('full-name')).to.equal('Siân Jones');
        expect(data.get('email')).to.equal('sian@example.com');
      });
    }

    it("suppresses the browser's own error bubbles: every invalid event is cancelled", async () => {
      const page = questionPage(authoring);
      const cancelled: boolean[] = [];
      for (const field of [page.fullName, page.email]) {
        nativeControl(field).addEventListener('invalid', (event) =>
          cancelled.push(event.defaultPrevented),
        );
      }
      await submitExpectingErrors(page.summary, () => page.button.click());
      expect(cancelled).to.deep.equal([true, true]);
    });

    it('draws the error border and links in the error colour, and an outline while it holds focus', async () => {
      const page = questionPage(authoring);
      await submitExpectingErrors(page.summary, () => page.button.click());
      const style = getComputedStyle(box(page.summary));
      expect(style.borderTopColor).to.equal(tokenColour('--civic-color-error'));
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
      const link = linkAt(page.summary, 0);
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
      'keeps its border and focus outline in forced-colours mode (Chromium only: the others cannot emulate it)',
      async () => {
        await emulateMedia({ forcedColors: 'active' });
        try {
          const page = questionPage(authoring);
          await submitExpectingErrors(page.summary, () => page.button.click());
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
      const page = questionPage(authoring, { novalidate: true });
      page.fullName.value = 'Siân Jones';
      page.email.value = 'sian@example.com';
      page.button.click();
      expect(page.submissions).to.have.length(1);
      expect(page.submissions[0].get('action')).to.equal('continue');
      await page.summary.updateComplete;
      expect(isShown(page.summary)).to.equal(false);
    });

    it('lets "Save and come back later" (formnovalidate) through without checking', async () => {
      for (const novalidate of [false, true]) {
        const page = questionPage(authoring, {
          novalidate,
          fields: [FULL_NAME],
          button: { value: 'later', formNoValidate: true, textContent: 'Save and come back later' },
        });
        page.button.click();
        expect(page.submissions).to.have.length(1);
        expect(page.submissions[0].get('action')).to.equal('later');
        await page.summary.updateComplete;
        expect(isShown(page.summary)).to.equal(false);
        expect(shownError(page.fullName)).to.equal('');
        cleanUp();
      }
    });

    for (const how of ['click', 'Enter'] as const) {
      it(`moves focus to the field from a link (${how}), with its label at the top and no jump to the fragment`, async () => {
        const page = questionPage(authoring, { spaced: true });
        const hashBefore = location.hash;
        await submitExpectingErrors(page.summary, () => page.form.requestSubmit());
        const link = linkAt(page.summary, 1);
        if (how === 'click') {
          link.click();
        } else {
          link.focus();
          await sendKeys({ press: 'Enter' });
        }
        expect(document.activeElement, 'focus in the email input').to.equal(
          nativeControl(page.email),
        );
        expect(location.hash, 'no fragment navigation').to.equal(hashBefore);
        const label = page.email.querySelector('label')!;
        expect(label.getBoundingClientRect().top).to.be.within(-1, 5);
      });
    }

    it('works with plain native inputs too: their messages, their labels and legends', async () => {
      const root = container();
      root.innerHTML = `
        <form>
          <div style="block-size: 150vh"></div>
          <label for="age">Your age</label>
          <input id="age" name="age" required>
          <div style="block-size: 150vh"></div>
          <fieldset>
            <legend>Contact</legend>
            <input name="phone" aria-label="Phone" required>
          </fieldset>
          <button>Continue</button>
          <div style="block-size: 150vh"></div>
        </form>`;
      const summary = summaryIn(authoring, {}, root);
      root.prepend(summary);
      const [age, phone] = [...root.querySelectorAll('input')] as [
        HTMLInputElement,
        HTMLInputElement,
      ];
      const submissions: unknown[] = [];
      root.querySelector('form')!.addEventListener('submit', (event) => {
        event.preventDefault();
        submissions.push(event);
      });
      await submitExpectingErrors(summary, () => root.querySelector('button')!.click());
      expect(submissions).to.have.length(0);
      expect(phone.id, 'an id derived from the name').to.equal('phone');
      expect(age.validationMessage).to.not.equal('');
      expect(links(summary)).to.deep.equal([
        [age.validationMessage, '#age'],
        [phone.validationMessage, '#phone'],
      ]);

      linkAt(summary, 0).click();
      expect(document.activeElement).to.equal(age);
      expect(root.querySelector('label')!.getBoundingClientRect().top).to.be.within(-1, 5);

      linkAt(summary, 1).click();
      expect(document.activeElement).to.equal(phone);
      expect(root.querySelector('legend')!.getBoundingClientRect().top).to.be.within(-1, 5);

      // A committed fix takes the native field's link away.
      age.value = '42';
      age.dispatchEvent(new Event('change', { bubbles: true }));
      expect(links(summary)).to.deep.equal([[phone.validationMessage, '#phone']]);
    });

    it('gives controls without a name or with a taken id a unique id', async () => {
      const root = container();
      root.innerHTML = `
        <p id="email">An element that already has the id "email".</p>
        <form novalidate>
          <input required aria-label="Unnamed">
          <input name="email" required aria-label="Email">
          <input name="email" required aria-label="Email again">
        </form>`;
      const summary = summaryIn(authoring, {}, root);
      await submitExpectingErrors(summary, () => root.querySelector('form')!.requestSubmit());
      const ids = [...root.querySelectorAll('input')].map((input) => input.id);
      expect(ids).to.deep.equal(['field', 'email-2', 'email-3']);
      expect(links(summary).map(([, href]) => href)).to.deep.equal([
        '#field',
        '#email-2',
        '#email-3',
      ]);
    });

    it('waits for checks that ask a server (validationComplete), then submits or lists their errors', async () => {
      const page = questionPage(authoring, {
        novalidate: true,
        fields: [{ name: 'username', label: 'Username', fieldName: 'a username' }],
      });
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
      expect(links(page.summary)).to.deep.equal([['That username is taken', '#username']]);
      expect(shownError(username)).to.equal('That username is taken');
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

    it('resubmits after waiting as the same button would: its name=value and formaction', async () => {
      const page = questionPage(authoring, {
        novalidate: true,
        fields: [{ name: 'username', label: 'Username' }],
      });
      page.button.formAction = `${location.origin}/elsewhere`;
      let answer: ((message: string | null) => void) | undefined;
      page.fullName.validators = [
        () =>
          new Promise<string | null>((resolve) => {
            answer = resolve;
          }),
      ];
      await typeInto(page.fullName, 'sam');
      const submitted = oneEvent(page.form, 'submit');
      page.button.click();
      answer!(null);
      const event: Event = await submitted;
      expect(event).to.be.instanceOf(SubmitEvent);
      expect((event as SubmitEvent).submitter).to.equal(page.button);
      expect(page.submissions[0].get('action')).to.equal('continue');
    });

    it('watches only the form named by for, and its own form when inside one', async () => {
      const root = container();
      root.innerHTML = `
        <form id="first" novalidate>
          <input name="a" required aria-label="A">
        </form>
        <form id="second" novalidate>
          <input name="b" required aria-label="B">
        </form>`;
      const forSecond = summaryIn(authoring, { for: 'second' }, root);
      root.prepend(forSecond);
      const insideFirst = summaryIn(
        authoring,
        { id: 'first-summary' },
        root.querySelector('#first')!,
      );
      await submitExpectingErrors(insideFirst, () =>
        root.querySelector<HTMLFormElement>('#first')!.requestSubmit(),
      );
      expect(links(insideFirst).map(([, href]) => href)).to.deep.equal(['#a']);
      expect(isShown(forSecond)).to.equal(false);

      await submitExpectingErrors(forSecond, () =>
        root.querySelector<HTMLFormElement>('#second')!.requestSubmit(),
      );
      expect(links(forSecond).map(([, href]) => href)).to.deep.equal(['#b']);
      expect(links(insideFirst).map(([, href]) => href)).to.deep.equal(['#a']);
    });

    it('clears when the form is reset', async () => {
      const page = questionPage(authoring, { novalidate: true });
      await submitExpectingErrors(page.summary, () => page.form.requestSubmit());
      const cleared = oneEvent(page.summary, 'civic-clear');
      page.form.reset();
      await cleared;
      expect(isShown(page.summary)).to.equal(false);
      expect(document.title).to.equal(TITLE);
    });

    it('lists the errors exactly as a server writes them', async () => {
      const page = questionPage(authoring, { novalidate: true });
      await submitExpectingErrors(page.summary, () => page.form.requestSubmit());
      const server = serverHtmlBeforeScript(errorSummaryMarkup, {
        items: [
          { text: 'Enter your full name', href: '#full-name' },
          { text: 'Enter your email address', href: '#email' },
        ],
      });
      expect(normalisedMarkup(page.summary)).to.equal(normalisedMarkup(server));
    });

    it('passes axe when hidden and when showing errors', async () => {
      const page = questionPage(authoring);
      await expect(page.root).to.be.accessible();
      await submitExpectingErrors(page.summary, () => page.button.click());
      await expect(page.root).to.be.accessible();
    });

    itInAccessibilityTree(
      'is an alert named by its title, with the errors as a list of links; nothing while hidden',
      async () => {
        const page = questionPage(authoring);
        expect(await accessibleNodes(page.summary, { role: 'alert' })).to.have.length(0);
        await submitExpectingErrors(page.summary, () => page.button.click());
        await expectAccessibleNode(page.summary, {
          role: 'alert',
          name: 'There is a problem',
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

    it('keeps its geometry under a hostile global stylesheet', async () => {
      const parent = container();
      // The test's own container is kept out of the comparison.
      parent.style.cssText = 'padding: 0; margin: 0; border: 0; width: 600px';
      const summary = summaryIn(
        authoring,
        {
          disableAutoFocus: true,
          description: 'Check your answers.',
          items: [
            { text: 'Enter your full name', href: '#full-name' },
            { text: 'Enter a real postcode', href: '#postcode' },
          ],
        },
        parent,
      );
      await tick();
      const parts = [
        box(summary),
        summary.querySelector('.civic-error-summary__title')!,
        summary.querySelector('.civic-error-summary__body')!,
        summary.querySelector('.civic-error-summary__description')!,
        summary.querySelector('.civic-error-summary__list')!,
        ...summary.querySelectorAll('li'),
        ...summary.querySelectorAll('a'),
      ];
      const measure = () => boxesWithin(parent, parts);
      const clean = measure();
      withHostileCss(() => {
        expect(measure()).to.deep.equal(clean);
        expect(getComputedStyle(linkAt(summary, 0)).color).to.equal(
          tokenColour('--civic-color-error'),
        );
      });
    });
  });

  describe(`civic-error-summary with errors a server found (${authoring})`, () => {
    const serverErrors: ErrorSummaryParams = {
      items: [
        { href: '#full-name', text: 'Enter your full name' },
        { href: '#email', text: 'Enter your email address' },
      ],
      description: 'Check the answers below.',
    };

    it('shows the errors as the page loads, focused, with the title prefixed; links go to the fields, and fixing them clears it', async () => {
      const page = questionPage(authoring, {
        summary: serverErrors,
        fields: [
          { ...FULL_NAME, error: 'Enter your full name' },
          { ...EMAIL, error: 'Enter your email address' },
        ],
      });
      await page.summary.updateComplete;
      expect(isShown(page.summary)).to.equal(true);
      expect(links(page.summary)).to.deep.equal([
        ['Enter your full name', '#full-name'],
        ['Enter your email address', '#email'],
      ]);
      expect(page.summary.querySelector('.civic-error-summary__description')!.textContent).to.equal(
        'Check the answers below.',
      );
      expect(hasFocus(page.summary), 'the summary took focus as it loaded').to.equal(true);
      expect(document.title).to.equal(`Error: ${TITLE}`);

      linkAt(page.summary, 0).click();
      expect(document.activeElement).to.equal(nativeControl(page.fullName));
      await typeInto(page.fullName, 'Siân Jones');
      await leave(page.fullName);
      expect(links(page.summary)).to.deep.equal([['Enter your email address', '#email']]);
      await typeInto(page.email, 'sian@example.com');
      const cleared = oneEvent(page.summary, 'civic-clear');
      await leave(page.email);
      await cleared;
      expect(isShown(page.summary)).to.equal(false);
      expect(document.title).to.equal(TITLE);
    });

    it('does not take focus as the page loads with disable-auto-focus, and keeps a single prefix on a title the server prefixed', async () => {
      document.title = `Error: ${TITLE}`;
      const summary = summaryIn(
        authoring,
        { ...serverErrors, disableAutoFocus: true },
        container(),
      );
      await summary.updateComplete;
      expect(isShown(summary)).to.equal(true);
      expect(document.activeElement).to.equal(document.body);
      expect(document.title).to.equal(`Error: ${TITLE}`);
      const cleared = oneEvent(summary, 'civic-clear');
      summary.items = [];
      await cleared;
      expect(document.title).to.equal(TITLE);
    });

    it('shows items set later as a property, such as errors returned to a script', async () => {
      const summary = summaryIn(authoring, {}, container());
      await summary.updateComplete;
      expect(isShown(summary)).to.equal(false);
      const shown = oneEvent(summary, 'civic-show');
      summary.items = [{ href: '#nino', text: 'Enter a National Insurance number' }];
      const event = (await shown) as CustomEvent<{ items: unknown[] }>;
      expect(event.detail.items).to.deep.equal([
        { href: '#nino', text: 'Enter a National Insurance number' },
      ]);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(hasFocus(summary)).to.equal(true);
      expect(document.title).to.equal(`Error: ${TITLE}`);
      expect(summary.items).to.deep.equal([
        { href: '#nino', text: 'Enter a National Insurance number' },
      ]);

      // The items attribute does the same, and so does the property given JSON (as Vue passes it).
      summary.setAttribute('items', JSON.stringify([{ text: 'Enter a town' }]));
      expect(summary.items).to.deep.equal([{ text: 'Enter a town' }]);
      summary.items = '[{"text": "Enter a county", "href": "#county"}]';
      expect(summary.items).to.deep.equal([{ text: 'Enter a county', href: '#county' }]);
      summary.items = [{ text: 'Enter a town' }];
      expect(summary.querySelector('li')!.outerHTML).to.equal('<li>Enter a town</li>');

      const cleared = oneEvent(summary, 'civic-clear');
      summary.items = [];
      await cleared;
      expect(document.title).to.equal(TITLE);
      expect(box(summary).hidden).to.equal(true);
    });

    it('is in Welsh on a Welsh page, heading and title prefix, and follows a language change', async () => {
      const page = container();
      page.lang = 'cy';
      const summary = summaryIn(
        authoring, // No `lang`: the server wrote English, and the element follows the page.
        { items: [{ href: '#enw', text: 'Rhowch eich enw llawn' }] },
        page,
      );
      await summary.updateComplete;
      expect(titleText(summary)).to.equal('Mae problem wedi codi');
      expect(document.title).to.equal(`Gwall: ${TITLE}`);
      await expect(summary).to.be.accessible();

      page.lang = 'en';
      await tick();
      await summary.updateComplete;
      expect(titleText(summary)).to.equal('There is a problem');
      expect(document.title).to.equal(`Error: ${TITLE}`);
    });

    it('keeps a heading the page chose through a language change, and updates heading, level and description set later', async () => {
      const page = container();
      const summary = summaryIn(
        authoring,
        { items: [{ href: '#x', text: 'Enter x' }], heading: 'Check your answers' },
        page,
      );
      page.lang = 'cy';
      await tick();
      await summary.updateComplete;
      expect(titleText(summary)).to.equal('Check your answers');

      summary.headingLevel = 3;
      summary.description = 'Fix these to continue.';
      summary.heading = 'Your answers need changes';
      const expected = serverHtmlBeforeScript(errorSummaryMarkup, {
        items: [{ href: '#x', text: 'Enter x' }],
        heading: 'Your answers need changes',
        headingLevel: 3,
        description: 'Fix these to continue.',
      });
      expect(normalisedMarkup(summary)).to.equal(normalisedMarkup(expected));
      summary.description = '';
      expect(summary.querySelector('.civic-error-summary__description')).to.equal(null);
      summary.heading = '';
      expect(titleText(summary)).to.equal('Mae problem wedi codi');
    });

    it('renders hostile text as text and refuses script URLs, wrapping long messages at 320px', async () => {
      let summary!: HTMLElement;
      const warnings = await warningsDuring(async () => {
        const parent = container();
        parent.style.inlineSize = '320px';
        summary = place(
          authoring,
          'civic-error-summary',
          errorSummaryMarkup,
          {
            disableAutoFocus: true,
            heading: HOSTILE,
            description: HOSTILE,
            items: [
              { href: 'javascript:window.__civicHacked=true', text: HOSTILE },
              { href: ' JaVaScRiPt:alert(1)', text: 'Second' },
              { href: 'data:text/html,<script>alert(1)</script>', text: 'Third' },
              { href: '#ok', text: 'x'.repeat(300) + ' 👩🏽‍💻 مرحبا' },
            ],
          },
          parent,
        );
        await tick();
      });
      expect(summary.querySelector('img')).to.equal(null);
      expect(titleText(summary)).to.equal(HOSTILE);
      expect(summary.querySelector('.civic-error-summary__description')!.textContent).to.equal(
        HOSTILE,
      );
      expect([...summary.querySelectorAll('li')].map((item) => item.textContent)).to.deep.equal([
        HOSTILE,
        'Second',
        'Third',
        'x'.repeat(300) + ' 👩🏽‍💻 مرحبا',
      ]);
      expect(links(summary).map(([, href]) => href)).to.deep.equal(['#ok']);
      for (const link of summary.querySelectorAll('a')) link.click();
      expect(window.__civicHacked).to.equal(undefined);
      expect(box(summary).scrollWidth).to.be.at.most(box(summary).clientWidth + 1);
      expect(warnings.some((warning) => warning.includes('refused the URL'))).to.equal(true);
    });

    it('follows a link to another page as an ordinary link', () => {
      const summary = summaryIn(
        authoring,
        { disableAutoFocus: true, items: [{ href: '/contact#phone', text: 'Add a phone number' }] },
        container(),
      );
      const link = linkAt(summary, 0);
      let prevented: boolean | undefined;
      // After the summary's own listener: record what it did, then stay on this page.
      const record = (event: Event) => {
        prevented = event.defaultPrevented;
        event.preventDefault();
      };
      document.addEventListener('click', record);
      try {
        link.click();
      } finally {
        document.removeEventListener('click', record);
      }
      expect(prevented, 'the summary left the click alone').to.equal(false);
      expect(link.getAttribute('href')).to.equal('/contact#phone');
    });
  });
}

describe('civic-error-summary markup', () => {
  beforeEach(() => clearWarningHistory());

  it('is the same DOM from a server and from attributes, and the server HTML needs no script to be complete', () => {
    for (const params of [
      {},
      { items: [{ text: 'Enter your full name', href: '#full-name' }] },
      {
        items: [{ text: 'Enter your full name', href: '#full-name' }, { text: 'No link here' }],
        heading: 'Check your answers',
        headingLevel: 3,
        description: 'Fix these to continue.',
        for: 'apply',
        disableAutoFocus: true,
      },
      { items: [{ text: 'Rhowch eich enw llawn', href: '#enw' }], lang: 'cy' },
      { items: [{ text: 'Level clamped', href: '#a' }], headingLevel: 0 },
      { items: [{ text: 'Level clamped', href: '#a' }], headingLevel: 9 },
    ] satisfies ErrorSummaryParams[]) {
      expectSameDom('civic-error-summary', errorSummaryMarkup, params);
      cleanUp();
    }
  });

  it('writes the contract HTML: an alert box named by its title, the list of links, hidden when empty', () => {
    expect(
      toHtml(
        errorSummaryMarkup({
          items: [{ text: 'Enter your full name', href: '#full-name' }],
          description: 'Check the answers.',
        }),
      ),
    ).to.equal(
      '<civic-error-summary><div class="civic-error-summary" role="alert" tabindex="-1" aria-labelledby="civic-error-summary-title">' +
        '<h2 class="civic-error-summary__title" id="civic-error-summary-title">There is a problem</h2>' +
        '<div class="civic-error-summary__body"><p class="civic-error-summary__description">Check the answers.</p>' +
        '<ul class="civic-error-summary__list"><li><a href="#full-name">Enter your full name</a></li></ul></div></div></civic-error-summary>',
    );
    expect(toHtml(errorSummaryMarkup({ lang: 'cy' }))).to.equal(
      '<civic-error-summary><div class="civic-error-summary" role="alert" tabindex="-1" aria-labelledby="civic-error-summary-title" hidden>' +
        '<h2 class="civic-error-summary__title" id="civic-error-summary-title">Mae problem wedi codi</h2>' +
        '<div class="civic-error-summary__body"><ul class="civic-error-summary__list"></ul></div></div></civic-error-summary>',
    );
    expect(
      toHtml(errorSummaryMarkup({ id: 'payment errors', headingLevel: '1', items: [] })),
    ).to.contain(
      '<civic-error-summary id="payment-errors"><div class="civic-error-summary" role="alert" tabindex="-1" aria-labelledby="payment-errors-title" hidden><h1 class="civic-error-summary__title" id="payment-errors-title">',
    );
  });

  it('is the same DOM with an id, from a server and from the id attribute', () => {
    const params = { id: 'payment', items: [{ text: 'Enter a card number', href: '#card' }] };
    const server = place(
      'server HTML',
      'civic-error-summary',
      errorSummaryMarkup,
      params,
      container(),
    );
    const serverMarkup = normalisedMarkup(server);
    server.remove();
    const built = document.createElement('civic-error-summary');
    built.id = 'payment';
    built.setAttribute('items', JSON.stringify(params.items));
    container().append(built);
    expect(normalisedMarkup(built)).to.equal(serverMarkup);
    expect(built.querySelector('h2')!.id).to.equal('payment-title');
    cleanUp();
  });

  it('gives a second summary on the page its own title id, built or written by a server', () => {
    const first = place('attributes', 'civic-error-summary', errorSummaryMarkup, {}, container());
    const second = place('attributes', 'civic-error-summary', errorSummaryMarkup, {}, container());
    const third = place('server HTML', 'civic-error-summary', errorSummaryMarkup, {}, container());
    const titleIds = [first, second, third].map((summary) => summary.querySelector('h2')!.id);
    expect(titleIds).to.deep.equal([
      'civic-error-summary-title',
      'civic-error-summary-2-title',
      'civic-error-summary-3-title',
    ]);
    expect(
      [first, second, third].map((summary) => box(summary).getAttribute('aria-labelledby')),
    ).to.deep.equal(titleIds);
    cleanUp();
  });

  it('reads links and a description written inside an element that has no summary markup', async () => {
    const parent = container();
    parent.innerHTML = `<civic-error-summary disable-auto-focus>
        <p slot="description">Check these.</p>
        <ul><li><a href="#postcode">Enter a real postcode</a></li></ul>
      </civic-error-summary>
      <input id="postcode" aria-label="Postcode">`;
    const summary = parent.querySelector('civic-error-summary')!;
    await summary.updateComplete;
    expect(links(summary)).to.deep.equal([['Enter a real postcode', '#postcode']]);
    expect(normalisedMarkup(summary)).to.equal(
      normalisedMarkup(
        serverHtmlBeforeScript(errorSummaryMarkup, {
          description: 'Check these.',
          items: [{ href: '#postcode', text: 'Enter a real postcode' }],
        }),
      ),
    );
    expect(isShown(summary)).to.equal(true);
    expect(document.title).to.equal(`Error: ${TITLE}`);
    cleanUp();
  });

  it('warns about an items attribute that is not a JSON array', async () => {
    const warnings = await warningsDuring(async () => {
      const summary = document.createElement('civic-error-summary');
      summary.setAttribute('items', 'Enter your name');
      container().append(summary);
      await summary.updateComplete;
      expect(isShown(summary)).to.equal(false);
    });
    expect(warnings.some((warning) => warning.includes('could not read items'))).to.equal(true);
    cleanUp();
  });

  it('works with JavaScript off: the server summary shows, reads as an alert and links to the fields; an empty one is hidden', async () => {
    const frame = document.createElement('iframe');
    // No allow-scripts: the page runs no script at all, as when it failed to load.
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.cssText = 'inline-size: 800px; block-size: 600px';
    frame.srcdoc = `<!doctype html><html lang="en"><head><title>${TITLE}</title>
      <link rel="stylesheet" href="/packages/tokens/dist/tokens.css">
      <link rel="stylesheet" href="/packages/components/dist/css/civic.css"></head><body>
      ${toHtml(errorSummaryMarkup({ id: 'waiting' }))}
      ${toHtml(errorSummaryMarkup({ items: [{ text: 'Enter your full name', href: '#full-name' }] }))}
      <form>${toHtml(textInputMarkup({ name: 'full-name', label: 'Full name', error: 'Enter your full name' }))}</form>
      </body></html>`;
    const loaded = oneEvent(frame, 'load');
    container().append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const [waiting, shown] = [...doc.querySelectorAll('.civic-error-summary')] as [
      HTMLElement,
      HTMLElement,
    ];
    expect(waiting.getBoundingClientRect().height).to.equal(0);
    expect(shown.getBoundingClientRect().height).to.be.above(50);
    expect(shown.getAttribute('role')).to.equal('alert');
    expect(doc.getElementById(shown.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      'There is a problem',
    );
    const link = shown.querySelector('a')!;
    expect(doc.querySelector(link.getAttribute('href')!)!.localName).to.equal('input');
    expect(frame.contentWindow!.getComputedStyle(shown).borderTopColor).to.equal(
      tokenColour('--civic-color-error'),
    );
    cleanUp();
  });
});
