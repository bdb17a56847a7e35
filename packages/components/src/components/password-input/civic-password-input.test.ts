import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
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
  type SameDomOptions,
} from '../../../test/authoring.js';
import {
  descriptionIds,
  fieldSuite,
  nativeControl,
  shownError,
  typeInto,
} from '../../../test/field-suite.js';
import { HOSTILE } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { toHtml } from '../../core/markup-html.js';
import { clearWarningHistory } from '../../core/warn.js';
import { passwordInputMarkup, type PasswordInputParams } from './markup.js';
import { CivicPasswordInput } from './define.js';

const TAG = 'civic-password-input';

// The script unhides the show/hide button when it upgrades: the only change
// it makes to the server's HTML. expectSameDom checks the server HTML has it
// and the upgraded DOM has not.
const SAME_DOM: SameDomOptions = {
  removedByScript: [{ selector: '.civic-password-input__toggle', attribute: 'hidden' }],
};

// Chromium's accessibility tree gives a password input the role textbox (that
// its value is protected is a property of the node, not a role).
fieldSuite({ tag: TAG, role: 'textbox', markup: passwordInputMarkup, sameDom: SAME_DOM });

// The space bar by its key value, which Playwright, Puppeteer and WebDriver all accept.
const SPACE = ' ';

const tick = () => new Promise((resolve) => setTimeout(resolve));

function inputOf(field: Element): HTMLInputElement {
  return nativeControl(field) as HTMLInputElement;
}

function toggleOf(field: Element): HTMLButtonElement {
  return field.querySelector<HTMLButtonElement>('.civic-password-input__toggle')!;
}

function statusOf(field: Element): HTMLElement {
  return field.querySelector<HTMLElement>('.civic-password-input__status')!;
}

/** The visible words on the button, without the visually hidden part. */
function visibleLabel(field: Element): string {
  const copy = toggleOf(field).cloneNode(true) as HTMLElement;
  copy.querySelector('.civic-visually-hidden')?.remove();
  return copy.textContent;
}

/** The button's words as a screen reader gets them from its content. */
function fullLabel(field: Element): string {
  return toggleOf(field).textContent;
}

/** Clicks the middle of an element with the mouse, as a person would. */
async function clickWithMouse(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
  });
}

/** Whether the element takes up any room on the page (a `hidden` one does not). */
function isRendered(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** The element as the upgraded password input it must now be. */
function upgraded(element: Element): CivicPasswordInput {
  if (!(element instanceof CivicPasswordInput))
    throw new Error(`<${element.localName}> did not upgrade`);
  return element;
}

let lateTags = 0;

/**
 * The server's HTML in the page before its script has run (under a tag not yet
 * defined), and a function that then defines it, as a late script would.
 */
function serverHtmlAwaitingScript(params: PasswordInputParams, parent: Element = container()) {
  const tag = `${TAG}-late-${++lateTags}`;
  // The tag names only: the class names (civic-password-input__input) stay.
  parent.innerHTML = toHtml(passwordInputMarkup(params)).replace(
    new RegExp(`(</?)${TAG}(?=[\\s>])`, 'g'),
    `$1${tag}`,
  );
  const element = parent.firstElementChild!;
  return {
    element,
    upgrade: () => {
      const base = customElements.get(TAG)!;
      customElements.define(tag, class extends (base as unknown as typeof HTMLElement) {});
      return upgraded(element);
    },
  };
}

const canEmulateForcedColours = navigator.userAgent.includes('Chrome/');

/** Where an element is on the test page's viewport, through the frame it may be in. */
function pagePosition(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  const frame = element.ownerDocument.defaultView?.frameElement?.getBoundingClientRect();
  return [
    Math.round((frame?.left ?? 0) + box.left + box.width / 2),
    Math.round((frame?.top ?? 0) + box.top + box.height / 2),
  ];
}

/**
 * In forced colours the button is drawn in a system colour pair in every
 * state (issue 16: a focused button showed a filled box with no readable
 * label): resting ButtonText on ButtonFace with a border, focused
 * HighlightText on Highlight with an outline, and so when hovered, disabled
 * GrayText.
 */
async function expectReadableInForcedColours(
  toggle: HTMLButtonElement,
  input: HTMLInputElement,
  turnOff: () => void,
): Promise<void> {
  const page = toggle.ownerDocument;
  const view = page.defaultView!;
  const systemColour = (name: string) => {
    const probe = page.createElement('span');
    probe.style.color = name;
    page.body.append(probe);
    const colour = view.getComputedStyle(probe).color;
    probe.remove();
    return colour;
  };
  const pair = () => {
    const style = view.getComputedStyle(toggle);
    return [style.color, style.backgroundColor];
  };
  expect(systemColour('ButtonText')).to.not.equal(systemColour('ButtonFace'));
  expect(systemColour('HighlightText')).to.not.equal(systemColour('Highlight'));
  await sendMouse({ type: 'move', position: [0, 0] });

  expect(pair(), 'resting').to.deep.equal([systemColour('ButtonText'), systemColour('ButtonFace')]);
  const resting = view.getComputedStyle(toggle);
  expect([resting.borderTopStyle, resting.borderTopColor]).to.deep.equal([
    'solid',
    systemColour('ButtonText'),
  ]);

  input.focus();
  await sendKeys({ press: 'Tab' });
  expect(page.activeElement).to.equal(toggle);
  const focusedPair = [systemColour('HighlightText'), systemColour('Highlight')];
  expect(pair(), 'focused').to.deep.equal(focusedPair);
  const focused = view.getComputedStyle(toggle);
  expect(focused.outlineStyle).to.equal('solid');
  expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
  expect(focused.outlineColor).to.equal(systemColour('Highlight'));
  await sendMouse({ type: 'move', position: pagePosition(toggle) });
  expect(pair(), 'focused and hovered').to.deep.equal(focusedPair);
  await sendMouse({ type: 'move', position: [0, 0] });

  turnOff();
  expect(pair(), 'disabled').to.deep.equal([systemColour('GrayText'), systemColour('ButtonFace')]);
}

/** A page with the server's HTML in a form, the tokens and this component's stylesheet only: no script, no other Civic CSS. */
async function pageWithOnlyItsStylesheet(params: PasswordInputParams) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 640px; block-size: 400px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <link rel="stylesheet" href="/packages/tokens/dist/tokens.css">
    <link rel="stylesheet" href="/packages/components/dist/css/password-input.css">
    </head><body><form>${toHtml(passwordInputMarkup(params))}</form></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  container().append(frame);
  await loaded;
  const page = frame.contentDocument!;
  return {
    view: frame.contentWindow!,
    page,
    form: page.querySelector('form')!,
    input: page.querySelector('input')!,
    toggle: page.querySelector<HTMLButtonElement>('.civic-password-input__toggle')!,
  };
}

describe('civic-password-input markup', () => {
  afterEach(() => cleanUp());

  it('is the public-sector password input HTML, with the button hidden until script runs', () => {
    expect(
      toHtml(
        passwordInputMarkup({
          name: 'password',
          label: 'Password',
          hint: 'At least 8 characters',
          error: 'Enter your password',
        }),
      ),
    ).to.equal(
      '<civic-password-input>' +
        '<div class="civic-form-group civic-password-input civic-form-group--error">' +
        '<label class="civic-label" for="password">Password</label>' +
        '<div class="civic-hint" id="password-hint">At least 8 characters</div>' +
        '<p class="civic-error-message" id="password-error"><span class="civic-visually-hidden">Error:</span> Enter your password</p>' +
        '<div class="civic-input__wrapper civic-password-input__wrapper">' +
        '<input class="civic-input civic-password-input__input civic-input--error" id="password" name="password" type="password"' +
        ' spellcheck="false" autocapitalize="none" autocorrect="off" autocomplete="current-password"' +
        ' aria-describedby="password-hint password-error" aria-invalid="true">' +
        '<button type="button" class="civic-button civic-button--secondary civic-password-input__toggle" aria-controls="password" hidden>' +
        'Show<span class="civic-visually-hidden"> password</span></button>' +
        '</div>' +
        '<div class="civic-password-input__status civic-visually-hidden" aria-live="polite"></div>' +
        '</div></civic-password-input>',
    );
  });

  it('never writes a shown password, and keeps minlength on the element for its script', () => {
    const html = toHtml(
      passwordInputMarkup({
        name: 'new-password',
        label: 'Create a password',
        autocomplete: 'new-password',
        minLength: 8,
        disabled: true,
        lang: 'cy',
      }),
    );
    expect(html).to.contain('<civic-password-input minlength="8">');
    expect(html).to.contain(' type="password"');
    expect(html).to.not.contain('type="text"');
    expect(html).to.contain(' autocomplete="new-password"');
    expect(html).to.contain(
      '<button type="button" class="civic-button civic-button--secondary civic-password-input__toggle" aria-controls="new-password" disabled hidden>' +
        'Dangos<span class="civic-visually-hidden"> cyfrinair</span></button>',
    );
  });
});

for (const authoring of AUTHORINGS) {
  describe(`civic-password-input (${authoring})`, () => {
    beforeEach(() => clearWarningHistory());
    afterEach(() => cleanUp());

    const render = (params: PasswordInputParams, parent: Element = container()) =>
      upgraded(place(authoring, TAG, passwordInputMarkup, params, parent));

    function inForm(params: PasswordInputParams, extra = '') {
      const form = document.createElement('form');
      form.innerHTML = `<fieldset></fieldset>${extra}`;
      container().append(form);
      const field = render(params, form.querySelector('fieldset')!);
      return { form, field, fieldset: form.querySelector('fieldset')! };
    }

    it('is the same DOM both ways for a new password with a minimum length, keyboard hints, an error or turned off', () => {
      for (const params of [
        {
          name: 'new-password',
          label: 'Create a password',
          hint: 'At least 8 characters',
          autocomplete: 'new-password',
          minLength: 8,
          required: true,
        },
        { name: 'pin', label: 'PIN', inputmode: 'numeric', enterkeyhint: 'done' },
        { name: 'p', label: 'Password', error: 'Enter your password', describedBy: 'note' },
        { name: 'p', label: 'Password', disabled: true },
      ] satisfies PasswordInputParams[]) {
        expectSameDom(TAG, passwordInputMarkup, params, SAME_DOM);
        cleanUp();
      }
    });

    it('is a password input that password managers recognise and spell checkers leave alone', () => {
      const field = render({ name: 'password', label: 'Password' });
      const input = inputOf(field);
      expect(input.type).to.equal('password');
      expect(input.getAttribute('autocomplete')).to.equal('current-password');
      expect(field.autocomplete).to.equal('current-password');
      expect(input.getAttribute('spellcheck')).to.equal('false');
      expect(input.spellcheck).to.equal(false);
      expect(input.getAttribute('autocapitalize')).to.equal('none');
      expect(input.getAttribute('autocorrect')).to.equal('off');
      expect(field.passwordVisible).to.equal(false);
    });

    it('passes autocomplete="new-password", inputmode and enterkeyhint to the input, and falls back to current-password', () => {
      const field = render({
        name: 'pin',
        label: 'Create a PIN',
        autocomplete: 'new-password',
        inputmode: 'numeric',
        enterkeyhint: 'done',
      });
      const input = inputOf(field);
      expect(input.getAttribute('autocomplete')).to.equal('new-password');
      expect(input.getAttribute('inputmode')).to.equal('numeric');
      expect(input.getAttribute('enterkeyhint')).to.equal('done');
      field.autocomplete = '';
      expect(input.getAttribute('autocomplete')).to.equal('current-password');
      if (authoring === 'attributes') {
        field.setAttribute('autocomplete', 'new-password');
        expect(input.getAttribute('autocomplete')).to.equal('new-password');
        field.removeAttribute('autocomplete');
        expect(input.getAttribute('autocomplete')).to.equal('current-password');
        field.setAttribute('inputmode', 'text');
        expect(input.getAttribute('inputmode')).to.equal('text');
        field.removeAttribute('enterkeyhint');
        expect(input.hasAttribute('enterkeyhint')).to.equal(false);
      }
    });

    it('checks a minimum length on submit, naming the field, without the browser’s own check', async () => {
      const field = render({
        name: 'new-password',
        label: 'Create a password',
        fieldName: 'your password',
        autocomplete: 'new-password',
        minLength: 8,
      });
      expect(inputOf(field).hasAttribute('minlength')).to.equal(false);
      expect(field.minLength).to.equal(8);
      await typeInto(field, 'short');
      expect(field.validationMessage).to.equal('Your password must be 8 characters or more');
      field.minLength = 4;
      expect(field.validationMessage).to.equal('');
      expect(field.getAttribute('minlength')).to.equal('4');
    });

    it('shows and hides the password with the mouse, saying so, keeping the answer and the button', async () => {
      const field = render({ name: 'password', label: 'Password', value: 'correct horse' });
      const toggle = toggleOf(field);
      expect(toggle.type).to.equal('button');
      expect(toggle.hidden).to.equal(false);
      expect(visibleLabel(field)).to.equal('Show');
      expect(fullLabel(field)).to.equal('Show password');
      expect(statusOf(field).textContent).to.equal('');

      await clickWithMouse(toggle);
      expect(inputOf(field).type).to.equal('text');
      expect(inputOf(field).value).to.equal('correct horse');
      expect(field.passwordVisible).to.equal(true);
      expect(visibleLabel(field)).to.equal('Hide');
      expect(fullLabel(field)).to.equal('Hide password');
      expect(statusOf(field).textContent).to.equal('Your password is visible');

      await clickWithMouse(toggle);
      expect(inputOf(field).type).to.equal('password');
      expect(visibleLabel(field)).to.equal('Show');
      expect(fullLabel(field)).to.equal('Show password');
      expect(statusOf(field).textContent).to.equal('Your password is hidden');
      expect(toggleOf(field)).to.equal(toggle);
      // WebKit does not focus a button on click (as in Safari), so focus is
      // checked with the keyboard below, where every engine focuses it.
    });

    it('toggles with Enter and Space from the keyboard, keeping focus on the button', async () => {
      const field = render({ name: 'password', label: 'Password' });
      await typeInto(field, 'hunter2');
      await sendKeys({ press: 'Tab' });
      const toggle = toggleOf(field);
      expect(document.activeElement).to.equal(toggle);

      await sendKeys({ press: 'Enter' });
      expect(inputOf(field).type).to.equal('text');
      expect(statusOf(field).textContent).to.equal('Your password is visible');
      expect(document.activeElement).to.equal(toggle);

      await sendKeys({ press: SPACE });
      expect(inputOf(field).type).to.equal('password');
      expect(statusOf(field).textContent).to.equal('Your password is hidden');
      expect(document.activeElement).to.equal(toggle);
      expect(inputOf(field).value).to.equal('hunter2');
    });

    it('never submits the form from the button, and submits it with Enter in the field', async () => {
      const { form, field } = inForm(
        { name: 'password', label: 'Password' },
        '<button type="submit" name="action" value="sign-in">Sign in</button>',
      );
      const submissions: FormData[] = [];
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submissions.push(new FormData(form, event.submitter));
      });
      await typeInto(field, 'hunter2');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: SPACE });
      await clickWithMouse(toggleOf(field));
      expect(submissions).to.have.length(0);

      inputOf(field).focus();
      await sendKeys({ press: 'Enter' });
      expect(submissions).to.have.length(1);
      expect([...submissions[0].entries()]).to.deep.equal([
        ['password', 'hunter2'],
        ['action', 'sign-in'],
      ]);
    });

    it('hides the password before any of the page’s submit handlers runs, capture or not, on the form or above it', async () => {
      const { form, field } = inForm({ name: 'password', label: 'Password' });
      const seen: string[] = [];
      const record = (where: string) => () =>
        seen.push(`${where}: ${form.querySelector('input')!.type}`);
      // A framework listens at its root, an analytics script on the document, the page on the form.
      const root = form.parentElement!;
      root.addEventListener('submit', record('root capture'), { capture: true });
      const onDocument = record('document capture');
      document.addEventListener('submit', onDocument, { capture: true });
      form.addEventListener('submit', record('form capture'), { capture: true });
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        record('form')();
      });
      try {
        await typeInto(field, 'hunter2');
        await clickWithMouse(toggleOf(field));
        expect(inputOf(field).type).to.equal('text');
        form.requestSubmit();
        expect(seen).to.deep.equal([
          'document capture: password',
          'root capture: password',
          'form capture: password',
          'form: password',
        ]);
        expect(visibleLabel(field)).to.equal('Show');
        expect(statusOf(field).textContent).to.equal('Your password is hidden');
        expect(field.passwordVisible).to.equal(false);
        expect(inputOf(field).value).to.equal('hunter2');
      } finally {
        document.removeEventListener('submit', onDocument, { capture: true });
      }
    });

    it('leaves the password shown when another form on the page is submitted', () => {
      const { field } = inForm({ name: 'password', label: 'Password' });
      const other = document.createElement('form');
      other.addEventListener('submit', (event) => event.preventDefault());
      container().append(other);
      field.showPassword();
      other.requestSubmit();
      expect(inputOf(field).type).to.equal('text');
    });

    it('hides the password when its form is reset, and the answer returns', async () => {
      const { form, field } = inForm({ name: 'password', label: 'Password' });
      await typeInto(field, 'hunter2');
      field.showPassword();
      expect(inputOf(field).type).to.equal('text');
      form.reset();
      await tick();
      expect(inputOf(field).type).to.equal('password');
      expect(inputOf(field).value).to.equal('');
      expect(visibleLabel(field)).to.equal('Show');
      expect(statusOf(field).textContent).to.equal('Your password is hidden');
    });

    it('hides the password when the page is left, and when it is shown again from the back/forward cache', () => {
      const field = render({ name: 'password', label: 'Password', value: 'hunter2' });
      field.showPassword();
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      expect(inputOf(field).type).to.equal('password');
      field.showPassword();
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      expect(inputOf(field).type).to.equal('password');
      expect(inputOf(field).value).to.equal('hunter2');
      expect(visibleLabel(field)).to.equal('Show');
    });

    it('follows its form when moved into another one', () => {
      const { field } = inForm({ name: 'password', label: 'Password' });
      const second = document.createElement('form');
      second.addEventListener('submit', (event) => event.preventDefault());
      container().append(second);
      second.append(field);
      expect(field.form).to.equal(second);
      field.showPassword();
      second.requestSubmit();
      expect(inputOf(field).type).to.equal('password');
    });

    it('keeps the password shown while a hint or error changes', () => {
      const field = render({ name: 'password', label: 'Password' });
      field.showPassword();
      field.error = 'Your email address or password is incorrect';
      field.hint = 'Passwords are case sensitive';
      expect(inputOf(field).type).to.equal('text');
      expect(visibleLabel(field)).to.equal('Hide');
      expect(descriptionIds(field)).to.deep.equal(['password-hint', 'password-error']);
    });

    it('turns the button off and hides the password when disabled, by property, attribute or fieldset', async () => {
      const { field, fieldset } = inForm({ name: 'password', label: 'Password' });
      const toggle = toggleOf(field);
      field.showPassword();
      field.disabled = true;
      expect(toggle.disabled).to.equal(true);
      expect(inputOf(field).type).to.equal('password');
      field.showPassword();
      expect(inputOf(field).type).to.equal('password');
      field.disabled = false;
      expect(inputOf(field).disabled).to.equal(false);
      expect(toggle.disabled).to.equal(false);

      if (authoring === 'attributes') {
        field.showPassword();
        field.setAttribute('disabled', '');
        expect(toggle.disabled).to.equal(true);
        expect(inputOf(field).type).to.equal('password');
        field.removeAttribute('disabled');
        expect(toggle.disabled).to.equal(false);
      }

      // A fieldset turns its buttons off itself; the shown password is hidden.
      field.showPassword();
      fieldset.disabled = true;
      await tick();
      expect(toggle.matches(':disabled')).to.equal(true);
      expect(inputOf(field).type).to.equal('password');
      expect(visibleLabel(field)).to.equal('Show');
      field.showPassword();
      expect(inputOf(field).type).to.equal('password');
      fieldset.disabled = false;
      expect(toggle.matches(':disabled')).to.equal(false);
    });

    it('writes a disabled field’s button turned off', () => {
      const field = render({ name: 'password', label: 'Password', disabled: true });
      expect(toggleOf(field).disabled).to.equal(true);
      expect(toggleOf(field).hidden).to.equal(false);
      field.showPassword();
      expect(inputOf(field).type).to.equal('password');
    });

    it('speaks Welsh in a Welsh page, and follows the page language when it changes', async () => {
      const page = container();
      page.lang = 'cy';
      const field = render({ name: 'cyfrinair', label: 'Cyfrinair' }, page);
      expect(visibleLabel(field)).to.equal('Dangos');
      expect(fullLabel(field)).to.equal('Dangos cyfrinair');
      field.showPassword();
      expect(visibleLabel(field)).to.equal('Cuddio');
      expect(fullLabel(field)).to.equal('Cuddio cyfrinair');
      expect(statusOf(field).textContent).to.equal('Mae eich cyfrinair yn weladwy');
      field.hidePassword();
      expect(statusOf(field).textContent).to.equal("Mae eich cyfrinair wedi'i guddio");
      page.lang = 'en';
      await tick();
      await field.updateComplete;
      expect(fullLabel(field)).to.equal('Show password');
    });

    it('shows a hostile value as text when the password is visible', () => {
      const field = render({ name: 'password', label: 'Password', value: HOSTILE });
      field.showPassword();
      expect(inputOf(field).value).to.equal(HOSTILE);
      expect(field.querySelector('img')).to.equal(null);
      expect(window.__civicHacked).to.equal(undefined);
    });

    it('keeps a 44 px button that wraps under the input at 320 px, and beside it where there is room', () => {
      const narrow = container();
      narrow.style.inlineSize = '320px';
      const field = render({ name: 'narrow', label: 'Password' }, narrow);
      let input = inputOf(field).getBoundingClientRect();
      let toggle = toggleOf(field).getBoundingClientRect();
      expect(toggle.height).to.be.at.least(44);
      expect(toggle.top).to.be.at.least(input.bottom);
      expect(toggle.right).to.be.at.most(narrow.getBoundingClientRect().right + 1);
      expect(field.scrollWidth).to.be.at.most(narrow.clientWidth + 1);

      const wide = container();
      wide.style.inlineSize = '640px';
      const beside = render({ name: 'wide', label: 'Password' }, wide);
      input = inputOf(beside).getBoundingClientRect();
      toggle = toggleOf(beside).getBoundingClientRect();
      expect(toggle.left).to.be.at.least(input.right);
      expect(toggle.top).to.equal(input.top);
      expect(toggle.height).to.be.at.least(44);
    });

    it('shows the yellow focus state on the button when reached with the keyboard', async () => {
      const field = render({ name: 'password', label: 'Password' });
      inputOf(field).focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(toggleOf(field));
      const style = getComputedStyle(toggleOf(field));
      expect(style.backgroundColor).to.equal(tokenColour('--civic-color-focus'));
      expect(style.color).to.equal(tokenColour('--civic-color-focus-text'));
    });

    (canEmulateForcedColours ? it : it.skip)(
      'keeps a readable, outlined button and a visible focus ring in forced colours (Chromium only: the others cannot emulate it)',
      async () => {
        await emulateMedia({ forcedColors: 'active' });
        try {
          const field = render({ name: 'password', label: 'Password' });
          await expectReadableInForcedColours(toggleOf(field), inputOf(field), () => {
            field.disabled = true;
          });
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      },
    );

    it('passes axe hidden, shown, in error, disabled and in Welsh', async () => {
      const hidden = render({ name: 'a', label: 'Password', value: 'hunter2' });
      await expect(hidden).to.be.accessible();
      hidden.showPassword();
      await expect(hidden).to.be.accessible();
      const inError = render({
        name: 'b',
        label: 'Password',
        hint: 'At least 8 characters',
        error: 'Enter your password',
      });
      await expect(inError).to.be.accessible();
      const disabled = render({ name: 'c', label: 'Password', disabled: true });
      await expect(disabled).to.be.accessible();
      const welsh = container();
      welsh.lang = 'cy';
      const inWelsh = render({ name: 'd', label: 'Cyfrinair', lang: 'cy' }, welsh);
      inWelsh.showPassword();
      await expect(inWelsh).to.be.accessible();
    });

    itInAccessibilityTree(
      'names the button "Show password" then "Hide password", with no pressed state, and has one polite status',
      async () => {
        const field = render({
          name: 'password',
          label: 'Password',
          hint: 'At least 8 characters',
          error: 'Enter your password',
        });
        const button = await expectAccessibleNode(field, { role: 'button', name: 'Show password' });
        expect(button.states.pressed).to.equal(undefined);
        await expectAccessibleNode(field, {
          role: 'textbox',
          name: 'Password',
          description: 'At least 8 characters Error: Enter your password',
          states: { invalid: 'true' },
        });
        const live = (await accessibleNodes(field)).filter((node) => node.states.live);
        expect(live.map((node) => [node.states.live, node.name])).to.deep.equal([['polite', '']]);
        field.showPassword();
        await expectAccessibleNode(field, { role: 'button', name: 'Hide password' });
        await expectAccessibleNode(field, { role: 'textbox', name: 'Password' });
      },
    );

    itInAccessibilityTree(
      'reads the Welsh button name, and a disabled field’s button as disabled',
      async () => {
        const welsh = container();
        welsh.lang = 'cy';
        const field = render({ name: 'cyfrinair', label: 'Cyfrinair' }, welsh);
        await expectAccessibleNode(field, { role: 'button', name: 'Dangos cyfrinair' });
        const disabled = render({ name: 'password', label: 'Password', disabled: true });
        await expectAccessibleNode(disabled, {
          role: 'button',
          name: 'Show password',
          states: { disabled: true },
        });
      },
    );

    it('shows a server error as any question does', () => {
      const field = render({
        name: 'password',
        label: 'Password',
        error: 'Your email address or password is incorrect',
      });
      expect(shownError(field)).to.equal('Your email address or password is incorrect');
      expect(inputOf(field).getAttribute('aria-invalid')).to.equal('true');
      expect(inputOf(field).classList.contains('civic-input--error')).to.equal(true);
    });
  });
}

describe('civic-password-input before and without its script', () => {
  afterEach(() => cleanUp());

  it('has the button hidden in the server HTML until the script runs, then shows it', async () => {
    const { element, upgrade } = serverHtmlAwaitingScript({ name: 'password', label: 'Password' });
    const toggle = toggleOf(element);
    expect(toggle.hidden).to.equal(true);
    expect(getComputedStyle(toggle).display).to.equal('none');
    expect(isRendered(toggle)).to.equal(false);
    // Its container is asked: the tag not yet defined has no styles (it is inline).
    const page = element.parentElement!;
    if (navigator.userAgent.includes('Chrome/')) {
      expect((await accessibleNodes(page)).map((node) => node.role)).to.include('textbox');
      expect(await accessibleNodes(page, { role: 'button' })).to.deep.equal([]);
    }
    const field = upgrade();
    expect(toggle.hidden).to.equal(false);
    expect(isRendered(toggle)).to.equal(true);
    expect(toggleOf(field)).to.equal(toggle);
    if (navigator.userAgent.includes('Chrome/')) {
      await expectAccessibleNode(page, { role: 'button', name: 'Show password' });
    }
  });

  it('keeps a value the browser restored (or the person typed) before the script ran, hidden after pageshow', async () => {
    const { element, upgrade } = serverHtmlAwaitingScript({ name: 'password', label: 'Password' });
    const input = element.querySelector('input')!;
    // What a browser's form restore or a password manager's fill does before scripts run.
    input.value = 'restored secret';
    input.focus();
    const field = upgrade();
    expect(field.control).to.equal(input);
    expect(input.value).to.equal('restored secret');
    expect(input.type).to.equal('password');
    expect(document.activeElement).to.equal(input);
    field.showPassword();
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(input.type).to.equal('password');
    expect(input.value).to.equal('restored secret');
    await typeInto(field, '!');
    expect(field.value).to.equal('restored secret!');
  });

  it('speaks the page language when server HTML in English upgrades in a Welsh page', () => {
    const welsh = container();
    welsh.lang = 'cy';
    const { element, upgrade } = serverHtmlAwaitingScript(
      { name: 'password', label: 'Cyfrinair' },
      welsh,
    );
    expect(fullLabel(element)).to.equal('Show password');
    expect(fullLabel(upgrade())).to.equal('Dangos cyfrinair');
  });

  it('is the same DOM in a Welsh page from a Welsh server and from attributes', () => {
    const params = { name: 'cyfrinair', label: 'Cyfrinair', lang: 'cy' };
    const serverPage = container();
    serverPage.lang = 'cy';
    const server = place('server HTML', TAG, passwordInputMarkup, params, serverPage);
    const serverMarkup = normalisedMarkup(server);
    server.remove();
    const builtPage = container();
    builtPage.lang = 'cy';
    const built = place('attributes', TAG, passwordInputMarkup, params, builtPage);
    expect(normalisedMarkup(built)).to.equal(serverMarkup);
    expect(fullLabel(built)).to.equal('Dangos cyfrinair');
  });

  it('works as a plain password field with only its stylesheet and no script: no button, and the form posts the answer', async () => {
    const { view, page, form, input, toggle } = await pageWithOnlyItsStylesheet({
      name: 'password',
      label: 'Password',
    });
    expect(view.customElements.get(TAG)).to.equal(undefined);
    expect(input.type).to.equal('password');
    expect(view.getComputedStyle(toggle).display).to.equal('none');
    expect(isRendered(toggle)).to.equal(false);
    input.focus();
    await sendKeys({ type: 'hunter2' });
    expect([...new FormData(form).entries()]).to.deep.equal([['password', 'hunter2']]);

    // What the script would do: the button then looks like a secondary button
    // from this stylesheet alone, with no button stylesheet on the page.
    toggle.hidden = false;
    const style = view.getComputedStyle(toggle);
    const token = (name: string) => {
      const probe = page.createElement('span');
      probe.style.color = view.getComputedStyle(page.documentElement).getPropertyValue(name);
      page.body.append(probe);
      const colour = view.getComputedStyle(probe).color;
      probe.remove();
      return colour;
    };
    expect(style.backgroundColor).to.equal(token('--civic-color-button-secondary-background'));
    expect(style.color).to.equal(token('--civic-color-button-secondary-text'));
    expect(toggle.getBoundingClientRect().height).to.be.at.least(44);
    expect(toggle.getBoundingClientRect().left).to.be.at.least(input.getBoundingClientRect().right);
    input.focus();
    await sendKeys({ press: 'Tab' });
    expect(page.activeElement).to.equal(toggle);
    expect(view.getComputedStyle(toggle).backgroundColor).to.equal(token('--civic-color-focus'));
  });

  (canEmulateForcedColours ? it : it.skip)(
    'keeps the button readable in forced colours with only its own stylesheet (Chromium only: the others cannot emulate it)',
    async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const { input, toggle } = await pageWithOnlyItsStylesheet({
          name: 'password',
          label: 'Password',
        });
        toggle.hidden = false;
        await expectReadableInForcedColours(toggle, input, () => {
          toggle.disabled = true;
        });
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    },
  );
});
