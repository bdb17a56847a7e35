import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { html, render as renderTemplate } from 'lit';
import { expectAccessibleNode, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
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
import { boxesWithin, HOSTILE, withHostileCss } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { warningsDuring } from '../../../test/warnings.js';
import { toHtml } from '../../core/markup-html.js';
import { clearWarningHistory } from '../../core/warn.js';
import { CivicButton, DOUBLE_CLICK_WINDOW_MS } from './civic-button.js';
import { buttonMarkup, type ButtonParams } from './markup.js';
import './define.js';

const TAG = 'civic-button';

// The space bar by its key value, which Playwright, Puppeteer and WebDriver all accept.
const SPACE = ' ';

const tick = () => new Promise((resolve) => setTimeout(resolve));

// Each markup parameter's attribute on the element.
const ATTRIBUTES: Record<string, string> = {
  variant: 'variant',
  type: 'type',
  name: 'name',
  value: 'value',
  disabled: 'disabled',
  href: 'href',
  target: 'target',
  preventDoubleClick: 'prevent-double-click',
  form: 'form',
  formAction: 'formaction',
  formMethod: 'formmethod',
  formEnctype: 'formenctype',
  formNoValidate: 'formnovalidate',
  formTarget: 'formtarget',
};

/** The element as a framework writes it: attributes, with the text as its content. */
function withAttributes(params: ButtonParams): CivicButton {
  const element = document.createElement(TAG);
  for (const [param, value] of Object.entries(params)) {
    if (param === 'text' || value === undefined || value === false) continue;
    element.setAttribute(ATTRIBUTES[param], value === true ? '' : String(value));
  }
  if (params.text !== undefined) element.append(params.text);
  return element;
}

/** The element as a CivicButton, which it is once upgraded. */
function asButton(element: Element): CivicButton {
  if (!(element instanceof CivicButton)) throw new Error(`${element.localName} is not upgraded`);
  return element;
}

/** The button authored the chosen way, in the page and upgraded. */
function render(
  authoring: Authoring,
  params: ButtonParams,
  parent: Element = container(),
): CivicButton {
  if (authoring === 'server HTML') {
    return asButton(place('server HTML', TAG, buttonMarkup, params, parent));
  }
  const element = withAttributes(params);
  parent.append(element);
  return element;
}

/** The native control, in the page's DOM. */
function control(button: CivicButton): HTMLElement {
  const native = button.querySelector<HTMLElement>(':scope > .civic-button');
  expect(native, 'the native control').to.not.equal(null);
  expect(button.control).to.equal(native);
  return native!;
}

/** Submissions of `form`, each as the entries of its FormData with the submitter, submission prevented. */
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

/** A form in the page holding `content` (server-style HTML) and the button authored the chosen way. */
function formWith(authoring: Authoring, params: ButtonParams, before = '', after = '') {
  const form = document.createElement('form');
  form.innerHTML = `${before}<div class="civic-slot"></div>${after}`;
  container().append(form);
  const slot = form.querySelector('.civic-slot')!;
  const button = render(authoring, params, form);
  slot.replaceWith(button);
  return { form, button };
}

/** Replaces `performance.now`, which prevent-double-click reads, with a clock the test moves. */
function fakeClock() {
  let now = 50_000;
  Object.defineProperty(performance, 'now', {
    value: () => now,
    configurable: true,
    writable: true,
  });
  return {
    advance(ms: number) {
      now += ms;
    },
    restore() {
      delete (performance as unknown as Record<string, unknown>).now;
    },
  };
}

/** A system colour as getComputedStyle reports it. */
function systemColour(name: string): string {
  const probe = document.createElement('span');
  probe.style.cssText = `forced-color-adjust: none; color: ${name}`;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** A document with Civic's CSS and `body`, in an iframe, and optionally the CDN bundle. */
async function frameWith(body: string, script: boolean): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Test page';
  frame.style.cssText = 'inline-size: 800px; block-size: 300px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <link rel="stylesheet" href="${location.origin}/packages/tokens/dist/tokens.css">
    <link rel="stylesheet" href="${location.origin}/packages/components/dist/css/civic.css">
    ${script ? `<script type="module" src="${location.origin}/packages/components/dist/cdn/civic.js"></script>` : ''}
    </head><body style="margin: 0">${body}</body></html>`;
  const loaded = oneEvent(frame, 'load');
  container().append(frame);
  await loaded;
  if (script) await frame.contentWindow!.customElements.whenDefined(TAG);
  await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(resolve));
  return frame;
}

/** Expects the element's DOM to be what a server writes for `params` (attributes in any order). */
function expectMarkupOf(button: CivicButton, params: ButtonParams): void {
  expect(normalisedMarkup(button)).to.equal(
    normalisedMarkup(serverHtmlBeforeScript(buttonMarkup, params)),
  );
}

function box(element: Element) {
  const { left, top, width, height } = element.getBoundingClientRect();
  return [left, top, width, height].map(Math.round);
}

for (const authoring of AUTHORINGS) {
  describe(`civic-button (${authoring})`, () => {
    beforeEach(() => clearWarningHistory());
    afterEach(() => cleanUp());

    describe('markup', () => {
      it('is a native submit button in the page, holding the text', () => {
        const button = render(authoring, { text: 'Save and continue' });
        expect(button.innerHTML).to.equal(
          '<button type="submit" class="civic-button">Save and continue</button>',
        );
        expect(button.shadowRoot).to.equal(null);
        expect(control(button)).to.be.instanceOf(HTMLButtonElement);
        expect([button.variant, button.type, button.name, button.text]).to.deep.equal([
          'primary',
          'submit',
          '',
          'Save and continue',
        ]);
      });

      it('writes the form attributes on the native button', () => {
        const button = render(authoring, {
          text: 'Send',
          variant: 'secondary',
          type: 'submit',
          name: 'action',
          value: 'send',
          formAction: '/send',
          formMethod: 'post',
          formEnctype: 'multipart/form-data',
          formNoValidate: true,
          formTarget: '_self',
          disabled: true,
          preventDoubleClick: true,
        });
        expect(button.innerHTML).to.equal(
          '<button type="submit" class="civic-button civic-button--secondary" name="action" value="send" ' +
            'formaction="/send" formmethod="post" formenctype="multipart/form-data" formnovalidate="" ' +
            'formtarget="_self" disabled="" data-prevent-double-click="">Send</button>',
        );
      });

      it('is a link with the start arrow for the start variant', () => {
        const button = render(authoring, { text: 'Start now', variant: 'start', href: '/start' });
        expect(button.innerHTML).to.equal(
          '<a href="/start" class="civic-button civic-button--start" draggable="false">Start now' +
            '<svg class="civic-button__start-icon" aria-hidden="true" focusable="false" width="17.5" height="19" viewBox="0 0 33 40">' +
            '<path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"></path></svg></a>',
        );
        const arrow = button.querySelector('svg')!;
        // An SVG element, as the HTML parser makes it, so it is drawn.
        expect(arrow).to.be.instanceOf(SVGSVGElement);
        expect(arrow.getBoundingClientRect().width).to.be.above(5);
      });

      for (const params of [
        { text: 'Save and continue' },
        { text: 'Find address', variant: 'secondary', type: 'button' },
        {
          text: 'Delete',
          variant: 'warning',
          name: 'action',
          value: 'delete',
          preventDoubleClick: true,
        },
        { text: 'Start now', variant: 'start', href: '/start' },
        { text: 'Guidance', href: '/guidance', target: '_blank' },
        { text: 'Apply', href: '/apply', disabled: true },
        {
          text: 'Later',
          name: 'action',
          value: 'later',
          formAction: '/save',
          formNoValidate: true,
          formMethod: 'post',
        },
      ] as ButtonParams[]) {
        it(`is the same DOM from the server and from attributes with its content: ${JSON.stringify(params)}`, () => {
          const server = place('server HTML', TAG, buttonMarkup, params, container());
          const built = withAttributes(params);
          container().append(built);
          expect(normalisedMarkup(built)).to.equal(normalisedMarkup(server));
          expect(normalisedMarkup(server)).to.equal(
            normalisedMarkup(serverHtmlBeforeScript(buttonMarkup, params)),
          );
        });
      }

      it('is the same DOM built from the text attribute', () => {
        expectSameDom(TAG, buttonMarkup, {
          text: 'Continue',
          variant: 'warning',
          name: 'a',
          value: 'b',
        });
        expectSameDom(TAG, buttonMarkup, {
          text: 'Start now',
          variant: 'start',
          href: '/start',
          preventDoubleClick: true,
        });
      });

      it('keeps inline markup in its text', () => {
        const params = { html: 'Pay <strong>£25</strong> now' };
        const server = asButton(place('server HTML', TAG, buttonMarkup, params, container()));
        expect(server.innerHTML).to.equal(
          '<button type="submit" class="civic-button">Pay <strong>£25</strong> now</button>',
        );
        const built = document.createElement(TAG);
        built.innerHTML = 'Pay <strong>£25</strong> now';
        container().append(built);
        expect(built.innerHTML).to.equal(server.innerHTML);
        // One line of text, not three boxes side by side.
        expect(Math.round(control(built).getBoundingClientRect().height)).to.equal(
          Math.round(
            control(render(authoring, { text: 'Pay £25 now' })).getBoundingClientRect().height,
          ),
        );
      });
    });

    describe('variants', () => {
      for (const variant of ['primary', 'secondary', 'warning', 'inverse'] as const) {
        it(`draws the ${variant} button in its token colours`, () => {
          const button = render(authoring, { text: 'Continue', variant });
          const style = getComputedStyle(control(button));
          expect(button.variant).to.equal(variant);
          expect(style.backgroundColor).to.equal(
            tokenColour(`--civic-color-button-${variant}-background`),
          );
          expect(style.color).to.equal(tokenColour(`--civic-color-button-${variant}-text`));
          expect(style.boxShadow).to.contain(tokenColour(`--civic-color-button-${variant}-shadow`));
        });
      }

      it('draws the start button larger and bold, in the primary colours', () => {
        const start = control(
          render(authoring, { text: 'Start now', variant: 'start', href: '/start' }),
        );
        const primary = control(render(authoring, { text: 'Start now' }));
        expect(getComputedStyle(start).backgroundColor).to.equal(
          tokenColour('--civic-color-button-primary-background'),
        );
        expect(parseFloat(getComputedStyle(start).fontSize)).to.be.above(
          parseFloat(getComputedStyle(primary).fontSize),
        );
        expect(getComputedStyle(start).fontWeight).to.equal('700');
      });

      it('adds and removes the arrow as the variant changes, as a server would write it', () => {
        const button = render(authoring, { text: 'Start now', href: '/start' });
        button.variant = 'start';
        expectMarkupOf(button, { text: 'Start now', href: '/start', variant: 'start' });
        expect(button.querySelector('svg')).to.be.instanceOf(SVGSVGElement);
        button.setAttribute('variant', 'secondary');
        expectMarkupOf(button, { text: 'Start now', href: '/start', variant: 'secondary' });
        expect(button.variant).to.equal('secondary');
      });

      it('warns, naming the fix, about an unknown variant or type, and falls back', async () => {
        const warnings = await warningsDuring(() => {
          const button = render(authoring, {
            text: 'Go',
            variant: 'danger' as never,
            type: 'submitt' as never,
          });
          expect(button.innerHTML).to.equal(
            '<button type="submit" class="civic-button">Go</button>',
          );
          expect([button.variant, button.type]).to.deep.equal(['primary', 'submit']);
          button.variant = 'big' as never;
          button.type = 'link' as never;
          expect(button.innerHTML).to.equal(
            '<button type="submit" class="civic-button">Go</button>',
          );
        });
        expect(warnings).to.deep.equal([
          '[civic] <civic-button> variant="danger" is not a variant, so it is a primary button. Use primary, secondary, warning, inverse, start.',
          '[civic] <civic-button> type="submitt" is not a button type, so it is a submit button. Use submit, reset or button; for a link, set href.',
          '[civic] <civic-button> variant="big" is not a variant, so it is a primary button. Use primary, secondary, warning, inverse, start.',
          '[civic] <civic-button> type="link" is not a button type, so it is a submit button. Use submit, reset or button; for a link, set href.',
        ]);
      });
    });

    describe('properties and attributes', () => {
      it('applies attributes set later to the native button', () => {
        const button = render(authoring, { text: 'Continue' });
        button.setAttribute('type', 'reset');
        button.setAttribute('name', 'action');
        button.setAttribute('value', 'save');
        button.setAttribute('prevent-double-click', '');
        button.setAttribute('disabled', '');
        button.setAttribute('formnovalidate', '');
        expect([
          button.type,
          button.name,
          button.value,
          button.preventDoubleClick,
          button.disabled,
          button.formNoValidate,
        ]).to.deep.equal(['reset', 'action', 'save', true, true, true]);
        expectMarkupOf(button, {
          text: 'Continue',
          type: 'reset',
          name: 'action',
          value: 'save',
          preventDoubleClick: true,
          disabled: true,
          formNoValidate: true,
        });
        button.removeAttribute('disabled');
        expect((control(button) as HTMLButtonElement).disabled).to.equal(false);
      });

      it('reflects properties to attributes and the native button', () => {
        const button = render(authoring, {
          text: 'Continue',
          disabled: true,
          preventDoubleClick: true,
        });
        button.disabled = false;
        button.preventDoubleClick = false;
        button.variant = 'warning';
        button.name = 'action';
        button.value = 'delete';
        button.formAction = '/delete';
        expect(button.hasAttribute('disabled')).to.equal(false);
        expect(button.hasAttribute('prevent-double-click')).to.equal(false);
        expect(button.getAttribute('variant')).to.equal('warning');
        expect(button.getAttribute('formaction')).to.equal('/delete');
        expectMarkupOf(button, {
          text: 'Continue',
          variant: 'warning',
          name: 'action',
          value: 'delete',
          formAction: '/delete',
        });
      });

      it('keeps a page’s own classes and attributes on the native button', () => {
        const button = render(authoring, { text: 'Continue' });
        control(button).classList.add('app-spaced');
        control(button).setAttribute('data-track', 'continue');
        button.variant = 'secondary';
        expect(control(button).getAttribute('class')).to.equal(
          'civic-button civic-button--secondary app-spaced',
        );
        expect(control(button).getAttribute('data-track')).to.equal('continue');
      });

      it('becomes a link when href is set and a button again when it is removed, keeping its text and focus', () => {
        const button = render(authoring, { text: 'Next', name: 'action', value: 'next' });
        button.focus();
        button.href = '/next';
        expectMarkupOf(button, { text: 'Next', href: '/next' });
        expect(document.activeElement).to.equal(control(button));
        expect(button.getAttribute('href')).to.equal('/next');
        button.removeAttribute('href');
        expectMarkupOf(button, { text: 'Next', name: 'action', value: 'next' });
        expect(document.activeElement).to.equal(control(button));
        expect(button.href).to.equal(undefined);
      });

      it('replaces its text when `text` is set, keeping the arrow', () => {
        const button = render(authoring, { text: 'Start', variant: 'start', href: '/s' });
        button.text = 'Start now';
        expectMarkupOf(button, { text: 'Start now', variant: 'start', href: '/s' });
        expect(button.text).to.equal('Start now');
      });

      it('keeps the native button when a framework sets its text content', async () => {
        const { form, button } = formWith(authoring, {
          text: 'Save',
          name: 'action',
          value: 'save',
        });
        const submissions = recordSubmissions(form);
        // What React and Vue do when a button's only child, its text, changes.
        button.textContent = 'Saving…';
        await tick();
        expectMarkupOf(button, { text: 'Saving…', name: 'action', value: 'save' });
        button.append(' again');
        await tick();
        expect(control(button).textContent).to.equal('Saving… again');
        button.click();
        expect(submissions).to.deep.equal([[['action', 'save']]]);
      });

      it('focuses and clicks the native control for el.focus() and el.click()', () => {
        const { form, button } = formWith(authoring, { text: 'Continue', name: 'a', value: 'b' });
        const submissions = recordSubmissions(form);
        button.focus();
        expect(document.activeElement).to.equal(control(button));
        button.blur();
        expect(document.activeElement).to.not.equal(control(button));
        button.click();
        expect(submissions).to.deep.equal([[['a', 'b']]]);
      });
    });

    describe('as a link', () => {
      it('protects the opener when the link opens a new tab', () => {
        const button = render(authoring, {
          text: 'Read the guidance',
          href: '/guidance',
          target: '_blank',
        });
        expect(button.innerHTML).to.equal(
          '<a href="/guidance" class="civic-button" target="_blank" rel="noopener noreferrer" draggable="false">Read the guidance</a>',
        );
        expect(button.form).to.equal(null);
      });

      it('follows the link when clicked from script', async () => {
        const button = render(authoring, { text: 'Next', href: '#civic-next' });
        let clicks = 0;
        button.addEventListener('click', () => clicks++);
        const navigated = oneEvent(window, 'hashchange');
        button.click();
        await navigated;
        expect([location.hash, clicks]).to.deep.equal(['#civic-next', 1]);
        history.replaceState(null, '', location.pathname + location.search);
      });

      it('keeps the link role but drops the href when disabled, and ignores clicks', async () => {
        const button = render(authoring, {
          text: 'Start now',
          href: '#civic-disabled',
          disabled: true,
        });
        expect(button.innerHTML).to.equal(
          '<a class="civic-button" role="link" aria-disabled="true" draggable="false">Start now</a>',
        );
        let clicks = 0;
        button.addEventListener('click', () => clicks++);
        control(button).addEventListener('click', () => clicks++);
        control(button).click();
        button.click();
        await tick();
        expect([clicks, location.hash]).to.deep.equal([0, '']);
      });

      for (const dangerous of [
        'javascript:alert(1)',
        ' JaVaScRiPt:alert(1)',
        'java\tscript:alert(1)',
        'vbscript:msgbox(1)',
        'data:text/html,<script>alert(1)</script>',
      ]) {
        it(`refuses the script URL ${JSON.stringify(dangerous)} with a warning`, async () => {
          const warnings = await warningsDuring(() => {
            const button = render(authoring, { text: 'Go', href: dangerous });
            expect(button.innerHTML).to.equal('<a class="civic-button" draggable="false">Go</a>');
            button.href = `${dangerous}//later`;
            expect(control(button).hasAttribute('href')).to.equal(false);
          });
          expect(warnings).to.deep.equal([
            `[civic] <civic-button> refused the URL "${dangerous.slice(0, 60)}" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.`,
            `[civic] <civic-button> refused the URL "${`${dangerous}//later`.slice(0, 60)}" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.`,
          ]);
        });
      }

      for (const safe of [
        '/relative/path',
        'https://www.gov.uk/',
        'mailto:help@example.gov.uk',
        'tel:+441234567890',
        '?page=2',
      ]) {
        it(`keeps the safe URL ${safe}`, () => {
          expect(
            control(render(authoring, { text: 'Go', href: safe })).getAttribute('href'),
          ).to.equal(safe);
        });
      }
    });

    describe('in a form', () => {
      it('submits for real: the browser sends its name and value to the form action', async () => {
        const frameName = `civic-target-${Math.random().toString(36).slice(2)}`;
        const frame = document.createElement('iframe');
        frame.name = frameName;
        frame.title = 'Submission target';
        container().append(frame);
        const { form, button } = formWith(
          authoring,
          { text: 'Save and continue', name: 'action', value: 'save' },
          '<input name="full-name" value="Siân Evans">',
        );
        form.action = '/civic-submission-echo';
        form.method = 'get';
        form.target = frameName;
        const loaded = oneEvent(frame, 'load');
        button.click();
        await loaded;
        const sent = new URL(frame.contentWindow!.location.href);
        expect(sent.pathname).to.equal('/civic-submission-echo');
        expect([...sent.searchParams]).to.deep.equal([
          ['full-name', 'Siân Evans'],
          ['action', 'save'],
        ]);
      });

      it('is the submitter: its name and value are in the FormData, and it is in form.elements', async () => {
        const { form, button } = formWith(
          authoring,
          { text: 'Save', name: 'action', value: 'save' },
          '<input name="full-name" value="Ada Lovelace">',
        );
        const submitted = nextSubmit(form);
        control(button).click();
        const event = await submitted;
        expect(event.submitter).to.equal(control(button));
        expect([...new FormData(form, event.submitter).entries()]).to.deep.equal([
          ['full-name', 'Ada Lovelace'],
          ['action', 'save'],
        ]);
        expect(button.form).to.equal(form);
        expect(form.elements.namedItem('action')).to.equal(control(button));
      });

      it('leaves itself out of the submission when it has no name', () => {
        const { form, button } = formWith(
          authoring,
          { text: 'Search' },
          '<input name="q" value="parking">',
        );
        const submissions = recordSubmissions(form);
        button.click();
        expect(submissions).to.deep.equal([[['q', 'parking']]]);
      });

      it('submits, through the browser’s implicit submission, when Enter is pressed in a text field', async () => {
        const { form, button } = formWith(
          authoring,
          { text: 'Find address', name: 'action', value: 'find' },
          '<input name="postcode" value="CF10 1EP" aria-label="Postcode">',
        );
        let submitter: HTMLElement | null = null;
        const submissions = recordSubmissions(form);
        form.addEventListener('submit', (event) => (submitter = event.submitter));
        form.querySelector('input')!.focus();
        await sendKeys({ press: 'Enter' });
        await tick();
        expect(submissions).to.deep.equal([
          [
            ['postcode', 'CF10 1EP'],
            ['action', 'find'],
          ],
        ]);
        expect(submitter).to.equal(control(button));
      });

      it('submits the form named by its form attribute from outside it', () => {
        const form = document.createElement('form');
        form.id = 'civic-outside-form';
        form.innerHTML = '<input name="ref" value="HDJ2123F">';
        container().append(form);
        const button = render(authoring, {
          text: 'Submit',
          form: 'civic-outside-form',
          name: 'go',
          value: '1',
        });
        const submissions = recordSubmissions(form);
        button.click();
        expect(button.form).to.equal(form);
        expect(submissions).to.deep.equal([
          [
            ['ref', 'HDJ2123F'],
            ['go', '1'],
          ],
        ]);
      });

      it('runs constraint validation before submitting, unless formnovalidate is set', async () => {
        const { form, button } = formWith(
          authoring,
          { text: 'Continue' },
          '<input name="email" required aria-label="Email">',
        );
        const later = render(
          authoring,
          { text: 'Save and come back later', name: 'later', value: 'yes', formNoValidate: true },
          form,
        );
        const submissions = recordSubmissions(form);
        const invalid = oneEvent(form.querySelector('input')!, 'invalid');
        button.click();
        await invalid;
        expect(submissions).to.have.length(0);
        later.click();
        expect(submissions).to.deep.equal([
          [
            ['email', ''],
            ['later', 'yes'],
          ],
        ]);
      });

      it('sends the submission where formaction, formmethod, formenctype and formtarget say', async () => {
        const { form, button } = formWith(authoring, {
          text: 'Send',
          formAction: '/alternative',
          formMethod: 'post',
          formEnctype: 'multipart/form-data',
          formTarget: '_self',
        });
        form.action = '/default';
        const submitted = nextSubmit(form);
        button.click();
        const submitter = (await submitted).submitter as HTMLButtonElement;
        expect(submitter).to.equal(control(button));
        expect([
          new URL(submitter.formAction).pathname,
          submitter.formMethod,
          submitter.formEnctype,
          submitter.formTarget,
        ]).to.deep.equal(['/alternative', 'post', 'multipart/form-data', '_self']);
      });

      it('uses form overrides set as properties just before the click', async () => {
        const { form, button } = formWith(authoring, { text: 'Send' });
        const submitted = nextSubmit(form);
        button.formAction = '/upload';
        button.formMethod = 'post';
        button.click();
        const submitter = (await submitted).submitter as HTMLButtonElement;
        expect([new URL(submitter.formAction).pathname, submitter.formMethod]).to.deep.equal([
          '/upload',
          'post',
        ]);
        expect(button.getAttribute('formaction')).to.equal('/upload');
      });

      it('refuses a script formaction with a warning and submits to the form action', async () => {
        let button!: CivicButton;
        let form!: HTMLFormElement;
        const warnings = await warningsDuring(() => {
          ({ form, button } = formWith(authoring, {
            text: 'Send',
            formAction: 'javascript:window.__civicHacked=true',
          }));
        });
        form.action = '/default';
        const submitted = nextSubmit(form);
        button.click();
        const submitter = (await submitted).submitter as HTMLButtonElement;
        expect(submitter.hasAttribute('formaction')).to.equal(false);
        expect(warnings).to.deep.equal([
          '[civic] <civic-button> refused the URL "javascript:window.__civicHacked=true" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
        ]);
        expect(window.__civicHacked).to.equal(undefined);
      });

      it('resets its form when type is reset', () => {
        const { form, button } = formWith(
          authoring,
          { text: 'Clear', type: 'reset' },
          '<input name="town" value="Cardiff" aria-label="Town">',
        );
        const input = form.querySelector('input')!;
        input.value = 'Swansea';
        const submissions = recordSubmissions(form);
        button.click();
        expect([input.value, submissions.length]).to.deep.equal(['Cardiff', 0]);
      });

      it('neither submits nor resets when type is button', () => {
        const { form, button } = formWith(
          authoring,
          { text: 'Add another', type: 'button' },
          '<input name="town" value="Cardiff" aria-label="Town">',
        );
        const input = form.querySelector('input')!;
        input.value = 'Newport';
        const submissions = recordSubmissions(form);
        let clicks = 0;
        button.addEventListener('click', () => clicks++);
        button.click();
        expect([submissions.length, input.value, clicks]).to.deep.equal([0, 'Newport', 1]);
      });

      it('does nothing and fires no click when disabled', () => {
        const { form, button } = formWith(authoring, { text: 'Continue', disabled: true });
        const submissions = recordSubmissions(form);
        let clicks = 0;
        button.addEventListener('click', () => clicks++);
        button.click();
        control(button).click();
        expect([
          (control(button) as HTMLButtonElement).disabled,
          submissions.length,
          clicks,
        ]).to.deep.equal([true, 0, 0]);
      });

      it('is turned off by a disabled fieldset and on again with it', () => {
        const { form } = formWith(
          authoring,
          { text: 'Continue' },
          '<fieldset disabled><legend>Payment</legend><div class="civic-inner"></div></fieldset>',
        );
        const button = render(authoring, { text: 'Pay', name: 'pay', value: 'yes' }, form);
        form.querySelector('.civic-inner')!.replaceWith(button);
        const submissions = recordSubmissions(form);
        expect(control(button).matches(':disabled')).to.equal(true);
        button.click();
        expect(submissions).to.have.length(0);
        form.querySelector('fieldset')!.disabled = false;
        button.click();
        expect(submissions).to.deep.equal([[['pay', 'yes']]]);
      });
    });

    describe('prevent-double-click', () => {
      let clock: ReturnType<typeof fakeClock>;
      beforeEach(() => (clock = fakeClock()));
      afterEach(() => clock.restore());

      it('ignores a second click within one second, then accepts clicks again', () => {
        const { form, button } = formWith(authoring, {
          text: 'Pay now',
          name: 'pay',
          value: 'yes',
          preventDoubleClick: true,
        });
        const submissions = recordSubmissions(form);
        let clicks = 0;
        button.addEventListener('click', () => clicks++);
        control(button).addEventListener('click', () => clicks++);
        control(button).click();
        clock.advance(DOUBLE_CLICK_WINDOW_MS - 1);
        control(button).click();
        expect([submissions.length, clicks]).to.deep.equal([1, 2]);
        clock.advance(1);
        control(button).click();
        expect([submissions.length, clicks]).to.deep.equal([2, 4]);
      });

      it('accepts every click when not set', () => {
        const { form, button } = formWith(authoring, { text: 'Continue' });
        const submissions = recordSubmissions(form);
        control(button).click();
        control(button).click();
        expect(submissions).to.have.length(2);
      });

      it('also guards a link', () => {
        const button = render(authoring, {
          text: 'Pay',
          href: '#civic-pay',
          preventDoubleClick: true,
        });
        let clicks = 0;
        button.addEventListener('click', (event) => {
          event.preventDefault();
          clicks++;
        });
        control(button).click();
        control(button).click();
        expect(clicks).to.equal(1);
      });

      it('guards the Enter key too', async () => {
        const { form, button } = formWith(authoring, { text: 'Pay', preventDoubleClick: true });
        const submissions = recordSubmissions(form);
        button.focus();
        await sendKeys({ press: 'Enter' });
        await sendKeys({ press: 'Enter' });
        expect(submissions).to.have.length(1);
      });
    });

    describe('keyboard and focus', () => {
      it('is reached with Tab and submits with Enter or Space', async () => {
        const { form, button } = formWith(
          authoring,
          { text: 'Find address', name: 'action', value: 'find' },
          '<input name="postcode" value="CF10 1EP" aria-label="Postcode">',
        );
        const submissions = recordSubmissions(form);
        form.querySelector('input')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement).to.equal(control(button));
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
        const parent = container();
        parent.innerHTML =
          '<input id="civic-before" aria-label="Before"><div class="civic-slot"></div><input id="civic-after" aria-label="After">';
        parent
          .querySelector('.civic-slot')!
          .replaceWith(render(authoring, { text: 'Continue', disabled: true }, parent));
        parent.querySelector<HTMLInputElement>('#civic-before')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement?.id).to.equal('civic-after');
      });

      it('activates a link with Enter but not with Space', async () => {
        const button = render(authoring, { text: 'Next', href: '#civic-keyboard' });
        let clicks = 0;
        button.addEventListener('click', (event) => {
          event.preventDefault();
          clicks++;
        });
        button.focus();
        await sendKeys({ press: SPACE });
        expect(clicks).to.equal(0);
        await sendKeys({ press: 'Enter' });
        expect(clicks).to.equal(1);
      });

      it('shows the yellow focus style when focused from the keyboard', async () => {
        const parent = container();
        parent.innerHTML = '<input aria-label="Before">';
        const button = render(authoring, { text: 'Continue' }, parent);
        const unfocused = getComputedStyle(control(button)).backgroundColor;
        parent.querySelector('input')!.focus();
        await sendKeys({ press: 'Tab' });
        const style = getComputedStyle(control(button));
        expect([style.backgroundColor, style.color]).to.deep.equal([
          tokenColour('--civic-color-focus'),
          tokenColour('--civic-color-focus-text'),
        ]);
        expect(style.backgroundColor).to.not.equal(unfocused);
      });
    });

    describe('forced colours and motion', () => {
      // Only Playwright can emulate forced colours; the launchers that drive
      // Firefox (Puppeteer) and WebKit (WebDriver) have no such command.
      const isChromium = navigator.userAgent.includes('Chrome/');
      afterEach(async () => {
        if (isChromium)
          await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
      });

      (isChromium ? it : it.skip)(
        'draws the button in system colours, and a focused one with a readable label (Chromium only: the others cannot emulate forced colours)',
        async () => {
          await emulateMedia({ forcedColors: 'active' });
          expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
          const parent = container();
          parent.innerHTML = '<input aria-label="Before">';
          const button = render(authoring, { text: 'Continue' }, parent);
          const link = render(
            authoring,
            { text: 'Start now', variant: 'start', href: '/start' },
            parent,
          );
          let style = getComputedStyle(control(button));
          expect([style.color, style.backgroundColor, style.borderTopColor]).to.deep.equal([
            systemColour('ButtonText'),
            systemColour('ButtonFace'),
            systemColour('ButtonText'),
          ]);
          expect(getComputedStyle(control(link)).color).to.equal(systemColour('LinkText'));
          parent.querySelector('input')!.focus();
          await sendKeys({ press: 'Tab' });
          style = getComputedStyle(control(button));
          // Issue 16: the label's colour is the pair of the fill. And no
          // forced adjustment: with it, Chromium paints a Canvas-coloured
          // backplate behind the text, and HighlightText on that backplate
          // (white on white by default) left a filled box with no label.
          expect([style.color, style.backgroundColor]).to.deep.equal([
            systemColour('HighlightText'),
            systemColour('Highlight'),
          ]);
          expect(style.forcedColorAdjust).to.equal('none');
          expect(style.color).to.not.equal(style.backgroundColor);
          expect(style.outlineStyle).to.equal('solid');
          expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
          await sendKeys({ press: 'Tab' });
          style = getComputedStyle(control(link));
          expect([style.color, style.backgroundColor]).to.deep.equal([
            systemColour('HighlightText'),
            systemColour('Highlight'),
          ]);
          expect(getComputedStyle(link.querySelector('svg')!).fill).to.equal(
            systemColour('HighlightText'),
          );
        },
      );

      /** The button's offset while the mouse holds it down. */
      async function pressedOffset(button: CivicButton): Promise<string> {
        const { left, top, width, height } = control(button).getBoundingClientRect();
        await sendMouse({
          type: 'move',
          position: [Math.round(left + width / 2), Math.round(top + height / 2)],
        });
        await sendMouse({ type: 'down' });
        const offset = getComputedStyle(control(button)).top;
        await sendMouse({ type: 'up' });
        return offset;
      }

      it('moves down onto its shadow when pressed', async () => {
        const button = render(authoring, { text: 'Add another', type: 'button' });
        expect(getComputedStyle(control(button)).top).to.equal('0px');
        const shadow = document.createElement('div');
        shadow.style.cssText = 'position: relative; top: var(--civic-button-shadow-size)';
        container().append(shadow);
        expect(getComputedStyle(shadow).top).to.not.equal('0px');
        expect(await pressedOffset(button)).to.equal(getComputedStyle(shadow).top);
      });

      (isChromium ? it : it.skip)(
        'does not move when pressed under reduced motion (Chromium only: the Firefox and WebKit launchers cannot emulate reduced motion)',
        async () => {
          await emulateMedia({ reducedMotion: 'reduce' });
          const button = render(authoring, { text: 'Add another', type: 'button' });
          expect(await pressedOffset(button)).to.equal('0px');
        },
      );
    });

    describe('accessibility', () => {
      it('passes axe in each variant, as a link and disabled', async () => {
        const main = document.createElement('main');
        container().append(main);
        for (const params of [
          { text: 'Save and continue' },
          { text: 'Add another', variant: 'secondary', disabled: true },
          { text: 'Find address', variant: 'secondary' },
          { text: 'Delete account', variant: 'warning' },
          { text: 'Start now', variant: 'start', href: '/apply' },
          { text: 'Apply', href: '/apply', disabled: true },
        ] as ButtonParams[]) {
          render(authoring, params, main);
        }
        const dark = document.createElement('div');
        dark.style.cssText = 'background: var(--civic-color-surface-brand); padding: 8px';
        main.append(dark);
        render(authoring, { text: 'Sign in', variant: 'inverse' }, dark);
        await expect(main).to.be.accessible();
      });

      itInAccessibilityTree('is announced as a button named by its text', async () => {
        const button = render(authoring, { text: 'Save and continue' });
        await expectAccessibleNode(button, {
          role: 'button',
          name: 'Save and continue',
          description: '',
          states: { focusable: true },
        });
      });

      itInAccessibilityTree('is announced as a disabled button when disabled', async () => {
        const button = render(authoring, { text: 'Continue', disabled: true });
        await expectAccessibleNode(button, {
          role: 'button',
          name: 'Continue',
          states: { disabled: true },
        });
      });

      itInAccessibilityTree(
        'is announced as a link, without the arrow, as a start button',
        async () => {
          const button = render(authoring, { text: 'Start now', variant: 'start', href: '/apply' });
          await expectAccessibleNode(button, {
            role: 'link',
            name: 'Start now',
            states: { focusable: true },
          });
        },
      );

      itInAccessibilityTree(
        'is announced as an unavailable link when a link is disabled',
        async () => {
          const button = render(authoring, { text: 'Apply', href: '/apply', disabled: true });
          await expectAccessibleNode(button, {
            role: 'link',
            name: 'Apply',
            states: { disabled: true },
          });
        },
      );
    });

    describe('bad input', () => {
      it('renders hostile text as text and runs nothing', async () => {
        const { form, button } = formWith(authoring, {
          text: HOSTILE,
          name: HOSTILE,
          value: HOSTILE,
        });
        const submissions = recordSubmissions(form);
        button.click();
        await tick();
        expect(control(button).textContent).to.equal(HOSTILE);
        expect(form.querySelector('img')).to.equal(null);
        expect(window.__civicHacked).to.equal(undefined);
        expect(submissions).to.deep.equal([[[HOSTILE, HOSTILE]]]);
      });

      it('writes a hostile URL as one attribute value', () => {
        const href = '/next" onmouseover="window.__civicHacked = true';
        const button = render(authoring, { text: 'Next', href });
        expect(control(button).getAttribute('href')).to.equal(href);
        expect(control(button).hasAttribute('onmouseover')).to.equal(false);
      });

      it('warns the developer when the button has no text', async () => {
        const warnings = await warningsDuring(async () => {
          render(authoring, { text: ' ' });
          await tick();
        });
        expect(warnings).to.deep.equal([
          '[civic] <civic-button> has no text, so screen readers announce an unnamed button. Put the action in its content, for example <civic-button>Save and continue</civic-button>.',
        ]);
      });

      it('does not warn when its text arrives just after it joins the page, as a framework adds it', async () => {
        const warnings = await warningsDuring(async () => {
          const button = render(authoring, { text: ' ' });
          (button.querySelector('button, a') ?? button).append('Save and continue');
          await tick();
        });
        expect(warnings).to.deep.equal([]);
      });

      it('keeps its geometry under a hostile global stylesheet', () => {
        const parent = container();
        parent.style.cssText = 'padding: 0; margin: 0; border: 0; inline-size: 600px';
        const buttons = [
          render(authoring, { text: 'Save and continue' }, parent),
          render(authoring, { text: 'Start now', variant: 'start', href: '/start' }, parent),
          render(authoring, { text: 'Cancel', variant: 'secondary', disabled: true }, parent),
        ];
        const parts: Element[] = buttons.flatMap((button) => [button, control(button)]);
        parts.push(buttons[1].querySelector('svg')!);
        const measure = () => boxesWithin(parent, parts);
        const clean = measure();
        withHostileCss(() => {
          expect(measure()).to.deep.equal(clean);
          expect(getComputedStyle(control(buttons[1])).color).to.equal(
            tokenColour('--civic-color-button-primary-text'),
          );
        });
      });

      it('wraps very long, emoji and right-to-left text inside a 320px column', () => {
        const long = `${'Continue-to-the-next-section-'.repeat(12)} 👩🏽‍💻🇬🇧 مرحبا بالعالم`;
        const column = container();
        column.style.cssText = 'inline-size: 320px; padding: 0; margin: 0; border: 0';
        const button = render(authoring, { text: long }, column);
        const native = control(button);
        expect(button.getBoundingClientRect().width).to.be.at.most(320);
        expect(native.scrollWidth).to.be.at.most(native.clientWidth + 1);
        expect(native.textContent).to.equal(long);
      });

      // The WebDriver launcher that drives WebKit cannot resize the viewport; the
      // 320px column test above still checks reflow there.
      const canSetViewport = /Chrome\/|Firefox\//.test(navigator.userAgent);
      (canSetViewport ? it : it.skip)(
        'fills the width of a narrow screen and fits its text on a wide one',
        async () => {
          await setViewport({ width: 320, height: 640 });
          try {
            const button = render(authoring, { text: 'Continue' });
            expect(Math.round(control(button).getBoundingClientRect().width)).to.equal(
              Math.round(button.parentElement!.getBoundingClientRect().width),
            );
            await setViewport({ width: 1024, height: 768 });
            expect(control(button).getBoundingClientRect().width).to.be.below(300);
          } finally {
            await setViewport({ width: 800, height: 600 });
          }
        },
      );
    });
  });
}

describe('civic-button without script', () => {
  afterEach(() => cleanUp());

  it('looks the same before and after the script upgrades the server HTML', async () => {
    const body = `<div id="page" style="padding: 0; margin: 0">${[
      { text: 'Save and continue' },
      { text: 'Start now', variant: 'start', href: '/start' },
      { text: 'Find address', variant: 'secondary' },
    ]
      .map((params) => toHtml(buttonMarkup(params as ButtonParams)))
      .join('')}<p id="after">After the buttons</p></div>`;
    const without = await frameWith(body, false);
    const withScript = await frameWith(body, true);
    const measure = (frame: HTMLIFrameElement) =>
      [...frame.contentDocument!.querySelectorAll('civic-button, .civic-button, svg, #after')].map(
        box,
      );
    expect(withScript.contentWindow!.customElements.get(TAG)).to.not.equal(undefined);
    expect(without.contentWindow!.customElements.get(TAG)).to.equal(undefined);
    expect(measure(withScript)).to.deep.equal(measure(without));
  });

  it('submits its form with its name and value when no script runs', async () => {
    const frame = await frameWith(
      `<form action="${location.origin}/civic-submission-echo" method="get">
        <input name="reference" value="HDJ2123F" aria-label="Reference">
        ${toHtml(buttonMarkup({ text: 'Continue', name: 'action', value: 'continue' }))}
      </form>`,
      false,
    );
    const loaded = oneEvent(frame, 'load');
    frame.contentDocument!.querySelector<HTMLButtonElement>('.civic-button')!.click();
    await loaded;
    const sent = new URL(frame.contentWindow!.location.href);
    expect(sent.pathname).to.equal('/civic-submission-echo');
    expect([...sent.searchParams]).to.deep.equal([
      ['reference', 'HDJ2123F'],
      ['action', 'continue'],
    ]);
  });

  it('warns on the server about an unknown variant, and writes a primary button', async () => {
    clearWarningHistory();
    let written = '';
    const warnings = await warningsDuring(() => {
      written = toHtml(buttonMarkup({ text: 'Go', variant: 'red' as never }));
    });
    expect(written).to.equal(
      '<civic-button><button type="submit" class="civic-button">Go</button></civic-button>',
    );
    expect(warnings).to.deep.equal([
      '[civic] <civic-button> variant="red" is not a variant, so it is a primary button. Use primary, secondary, warning, inverse, start.',
    ]);
  });
});

describe('civic-button in a Lit template', () => {
  afterEach(() => cleanUp());

  it('keeps updating the text a template renders into it', async () => {
    const parent = container();
    const template = (label: string, variant: string) =>
      html`<civic-button variant=${variant}>${label}</civic-button>`;
    renderTemplate(template('Save', 'secondary'), parent);
    const button = parent.querySelector(TAG)!;
    // The template's markers move into the native button with the text.
    expect(button.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal(
      '<button type="submit" class="civic-button civic-button--secondary">Save</button>',
    );
    renderTemplate(template('Saving…', 'primary'), parent);
    await tick();
    expect(control(button).textContent).to.equal('Saving…');
    expect(control(button).className).to.equal('civic-button');
  });

  it('keeps a property set before the element was defined', async () => {
    const lateTag = 'civic-button-late-property';
    const early = document.createElement(lateTag);
    early.append('Pay');
    (early as HTMLElement & { preventDoubleClick: boolean }).preventDoubleClick = true;
    container().append(early);
    customElements.define(
      lateTag,
      class extends (customElements.get(TAG) as typeof HTMLElement) {},
    );
    await tick();
    expect(early.innerHTML).to.equal(
      '<button type="submit" class="civic-button" data-prevent-double-click="">Pay</button>',
    );
    expect(early.getAttribute('prevent-double-click')).to.equal('');
  });
});
