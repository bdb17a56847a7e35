import { forEachRenderMode, settle } from '../../../test/render-modes.js';
import {
  formControlSuite,
  nativeControl,
  shownError,
  typeInto,
} from '../../../test/form-control-suite.js';
import {
  accessibleNodes,
  expectAccessibleNode,
  itInAccessibilityTree,
} from '../../../test/accessibility-tree.js';
import { HOSTILE } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import type { CivicPasswordInput } from './civic-password-input.js';
import './define.js';

// The space bar by its key value, which Playwright, Puppeteer and WebDriver all accept.
const SPACE = ' ';

function toggleOf(control: CivicPasswordInput): HTMLButtonElement {
  return control.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
}

function inputOf(control: CivicPasswordInput): HTMLInputElement {
  return nativeControl(control) as HTMLInputElement;
}

/** The visible words on the toggle, without the hidden suffix. */
function visibleLabel(control: CivicPasswordInput): string {
  const copy = toggleOf(control).cloneNode(true) as HTMLElement;
  copy.querySelector('.visually-hidden')?.remove();
  return copy.textContent.trim();
}

/** The toggle's words as a screen reader gets them from its content. */
function fullLabel(control: CivicPasswordInput): string {
  return toggleOf(control).textContent.replace(/\s+/g, ' ').trim();
}

/** What the visually hidden status region says now. */
function announcement(control: CivicPasswordInput): string {
  return control.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent.trim();
}

/** Clicks the middle of an element with the mouse, as a person would. */
async function clickWithMouse(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
  });
}

forEachRenderMode(['password-input'], (fixture) => {
  // Chromium exposes a password input as a textbox (its value is protected,
  // which the accessibility tree reports as the input type, not as a role).
  formControlSuite(fixture, { tag: 'civic-password-input', role: 'textbox' });

  describe('civic-password-input', () => {
    it('renders a password input that password managers recognise and spell checkers leave alone', async () => {
      const control = await fixture<CivicPasswordInput>(
        html`<civic-password-input name="password" label="Password"></civic-password-input>`,
      );
      const input = inputOf(control);
      expect(input.type).to.equal('password');
      expect(input.getAttribute('autocomplete')).to.equal('current-password');
      expect(input.getAttribute('spellcheck')).to.equal('false');
      expect(input.spellcheck).to.equal(false);
      expect(input.getAttribute('autocapitalize')).to.equal('none');
      expect(input.getAttribute('autocorrect')).to.equal('off');
      expect(control.passwordVisible).to.equal(false);
    });

    it('passes autocomplete="new-password", inputmode and enterkeyhint to the input, but never turns spell checking on', async () => {
      const control = await fixture<CivicPasswordInput>(
        html`<civic-password-input
          label="Create a password"
          autocomplete="new-password"
          inputmode="numeric"
          enterkeyhint="done"
          spellcheck="true"
          autocapitalize="characters"
        ></civic-password-input>`,
      );
      const input = inputOf(control);
      expect(input.getAttribute('autocomplete')).to.equal('new-password');
      expect(input.getAttribute('inputmode')).to.equal('numeric');
      expect(input.getAttribute('enterkeyhint')).to.equal('done');
      expect(input.getAttribute('spellcheck')).to.equal('false');
      expect(input.getAttribute('autocapitalize')).to.equal('none');
      control.removeAttribute('autocomplete');
      await control.updateComplete;
      expect(input.getAttribute('autocomplete')).to.equal('current-password');
    });

    it('shows and hides the password with the mouse, saying so, with focus on the button', async () => {
      const control = await fixture<CivicPasswordInput>(
        html`<civic-password-input label="Password" value="correct horse"></civic-password-input>`,
      );
      await settle(control);
      const toggle = toggleOf(control);
      expect(toggle.type).to.equal('button');
      expect(visibleLabel(control)).to.equal('Show');
      expect(fullLabel(control)).to.equal('Show password');
      expect(announcement(control)).to.equal('');

      await clickWithMouse(toggle);
      await control.updateComplete;
      expect(inputOf(control).type).to.equal('text');
      expect(inputOf(control).value).to.equal('correct horse');
      expect(control.passwordVisible).to.equal(true);
      expect(visibleLabel(control)).to.equal('Hide');
      expect(fullLabel(control)).to.equal('Hide password');
      expect(announcement(control)).to.equal('Your password is visible');

      await clickWithMouse(toggle);
      await control.updateComplete;
      expect(inputOf(control).type).to.equal('password');
      expect(visibleLabel(control)).to.equal('Show');
      expect(announcement(control)).to.equal('Your password is hidden');
      expect(toggleOf(control)).to.equal(toggle);
      // WebKit does not focus a button on click (as in Safari), so focus is
      // checked with the keyboard below, where every engine focuses it.
    });

    it('toggles with Enter and Space from the keyboard, keeping focus on the button', async () => {
      const control = await fixture<CivicPasswordInput>(
        html`<civic-password-input label="Password"></civic-password-input>`,
      );
      await settle(control);
      await typeInto(control, 'hunter2');
      await sendKeys({ press: 'Tab' });
      const toggle = toggleOf(control);
      expect(control.shadowRoot!.activeElement).to.equal(toggle);

      await sendKeys({ press: 'Enter' });
      await control.updateComplete;
      expect(inputOf(control).type).to.equal('text');
      expect(announcement(control)).to.equal('Your password is visible');
      expect(control.shadowRoot!.activeElement).to.equal(toggle);

      await sendKeys({ press: SPACE });
      await control.updateComplete;
      expect(inputOf(control).type).to.equal('password');
      expect(announcement(control)).to.equal('Your password is hidden');
      expect(control.shadowRoot!.activeElement).to.equal(toggle);
      expect(inputOf(control).value).to.equal('hunter2');
    });

    it('never submits the form from the button, and submits it with Enter in the field', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <civic-password-input name="password" label="Password"></civic-password-input>
          <button type="submit" name="action" value="sign-in">Sign in</button>
        </form>`,
      );
      await settle(form);
      const control = form.querySelector('civic-password-input')!;
      const submissions: FormData[] = [];
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submissions.push(new FormData(form, event.submitter));
      });
      await typeInto(control, 'hunter2');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: SPACE });
      await clickWithMouse(toggleOf(control));
      await control.updateComplete;
      expect(submissions).to.have.length(0);

      inputOf(control).focus();
      await sendKeys({ press: 'Enter' });
      expect(submissions).to.have.length(1);
      expect(submissions[0].get('password')).to.equal('hunter2');
      expect(submissions[0].get('action')).to.equal('sign-in');
    });

    it('hides the password before any submit handler runs, so it is never sent as plain text', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <civic-password-input name="password" label="Password"></civic-password-input>
        </form>`,
      );
      await settle(form);
      const control = form.querySelector('civic-password-input')!;
      const typesSeenOnSubmit: string[] = [];
      form.addEventListener(
        'submit',
        (event) => {
          event.preventDefault();
          typesSeenOnSubmit.push(inputOf(control).type);
        },
        { capture: true },
      );
      await typeInto(control, 'hunter2');
      await clickWithMouse(toggleOf(control));
      await control.updateComplete;
      expect(inputOf(control).type).to.equal('text');
      form.requestSubmit();
      expect(typesSeenOnSubmit).to.deep.equal(['password']);
      await control.updateComplete;
      expect(inputOf(control).type).to.equal('password');
      expect(visibleLabel(control)).to.equal('Show');
      expect(announcement(control)).to.equal('Your password is hidden');
      expect(control.passwordVisible).to.equal(false);
    });

    it('hides the password when its form is reset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <civic-password-input name="password" label="Password"></civic-password-input>
        </form>`,
      );
      await settle(form);
      const control = form.querySelector('civic-password-input')!;
      await typeInto(control, 'hunter2');
      control.showPassword();
      await control.updateComplete;
      expect(inputOf(control).type).to.equal('text');
      form.reset();
      await control.updateComplete;
      expect(inputOf(control).type).to.equal('password');
      expect(inputOf(control).value).to.equal('');
      expect(visibleLabel(control)).to.equal('Show');
    });

    it('hides the password when the page is shown again from the back/forward cache', async () => {
      const control = await fixture<CivicPasswordInput>(
        html`<civic-password-input label="Password"></civic-password-input>`,
      );
      control.showPassword();
      await control.updateComplete;
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await control.updateComplete;
      expect(inputOf(control).type).to.equal('password');
    });

    it('follows its form when moved into another one', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <form id="first"><civic-password-input label="Password"></civic-password-input></form>
          <form id="second"></form>
        </div>`,
      );
      await settle(wrapper);
      const control = wrapper.querySelector('civic-password-input')!;
      const second = wrapper.querySelector<HTMLFormElement>('#second')!;
      second.addEventListener('submit', (event) => event.preventDefault());
      second.append(control);
      await control.updateComplete;
      expect(control.form).to.equal(second);
      control.showPassword();
      await control.updateComplete;
      second.requestSubmit();
      expect(inputOf(control).type).to.equal('password');
    });

    it('turns the button off and hides the password when disabled, itself or by its fieldset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset>
            <civic-password-input name="password" label="Password"></civic-password-input>
          </fieldset>
        </form>`,
      );
      await settle(form);
      const control = form.querySelector('civic-password-input')!;
      control.showPassword();
      await control.updateComplete;
      control.disabled = true;
      await control.updateComplete;
      expect(toggleOf(control).disabled).to.equal(true);
      expect(inputOf(control).type).to.equal('password');
      control.showPassword();
      await control.updateComplete;
      expect(inputOf(control).type).to.equal('password');
      // Turned back on by the property: the input and button both follow at once.
      control.disabled = false;
      await control.updateComplete;
      expect(inputOf(control).disabled).to.equal(false);
      expect(toggleOf(control).disabled).to.equal(false);

      control.showPassword();
      await control.updateComplete;
      form.querySelector('fieldset')!.disabled = true;
      await control.updateComplete;
      expect(toggleOf(control).disabled).to.equal(true);
      expect(inputOf(control).type).to.equal('password');
    });

    it('checks a minimum length on submit, naming the field', async () => {
      const control = await fixture<CivicPasswordInput>(
        html`<civic-password-input
          label="Create a password"
          field-name="your password"
          autocomplete="new-password"
          minlength="8"
        ></civic-password-input>`,
      );
      await typeInto(control, 'short');
      expect(control.validity.tooShort).to.equal(true);
      expect(control.validationMessage).to.equal('Your password must be 8 characters or more');
    });

    it('speaks Welsh in a Welsh page', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="cy">
          <civic-password-input label="Cyfrinair"></civic-password-input>
        </div>`,
      );
      await settle(wrapper);
      const control = wrapper.querySelector('civic-password-input')!;
      expect(visibleLabel(control)).to.equal('Dangos');
      expect(fullLabel(control)).to.equal('Dangos cyfrinair');
      control.showPassword();
      await control.updateComplete;
      expect(visibleLabel(control)).to.equal('Cuddio');
      expect(fullLabel(control)).to.equal('Cuddio cyfrinair');
      expect(announcement(control)).to.equal('Mae eich cyfrinair yn weladwy');
      control.hidePassword();
      await control.updateComplete;
      expect(announcement(control)).to.equal("Mae eich cyfrinair wedi'i guddio");
    });

    it('shows a hostile value as text when the password is visible', async () => {
      const control = await fixture<CivicPasswordInput>(
        html`<civic-password-input label="Password" value=${HOSTILE}></civic-password-input>`,
      );
      await settle(control);
      control.showPassword();
      await control.updateComplete;
      expect(inputOf(control).value).to.equal(HOSTILE);
      expect(control.shadowRoot!.querySelector('img')).to.equal(null);
      expect(window.__civicHacked).to.equal(undefined);
    });

    it('keeps a 44 px button that wraps under the input at 320 px', async () => {
      const column = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 320px">
          <civic-password-input label="Password"></civic-password-input>
        </div>`,
      );
      await settle(column);
      const control = column.querySelector('civic-password-input')!;
      const input = inputOf(control).getBoundingClientRect();
      const toggle = toggleOf(control).getBoundingClientRect();
      expect(toggle.height).to.be.at.least(44);
      expect(toggle.top).to.be.at.least(input.bottom);
      expect(toggle.right).to.be.at.most(column.getBoundingClientRect().right + 1);
      expect(control.scrollWidth).to.be.at.most(column.clientWidth + 1);
    });

    it('keeps the button beside the input where there is room', async () => {
      const column = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 640px">
          <civic-password-input label="Password"></civic-password-input>
        </div>`,
      );
      await settle(column);
      const control = column.querySelector('civic-password-input')!;
      const input = inputOf(control).getBoundingClientRect();
      const toggle = toggleOf(control).getBoundingClientRect();
      expect(toggle.left).to.be.at.least(input.right);
      expect(toggle.top).to.equal(input.top);
    });

    const canEmulateForcedColours = navigator.userAgent.includes('Chrome/');
    (canEmulateForcedColours ? it : it.skip)(
      'keeps the button outlined and its focus visible in forced colours (Chromium only: the others cannot emulate it)',
      async () => {
        await emulateMedia({ forcedColors: 'active' });
        try {
          const control = await fixture<CivicPasswordInput>(
            html`<civic-password-input label="Password"></civic-password-input>`,
          );
          await settle(control);
          const toggle = toggleOf(control);
          expect(getComputedStyle(toggle).borderTopStyle).to.equal('solid');
          expect(getComputedStyle(toggle).borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
          inputOf(control).focus();
          await sendKeys({ press: 'Tab' });
          expect(control.shadowRoot!.activeElement).to.equal(toggle);
          const focused = getComputedStyle(toggle);
          expect(focused.outlineStyle).to.equal('solid');
          expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
          expect(focused.outlineColor).to.not.equal('rgba(0, 0, 0, 0)');
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      },
    );

    it('shows the yellow focus state on the button when reached with the keyboard', async () => {
      const control = await fixture<CivicPasswordInput>(
        html`<civic-password-input label="Password"></civic-password-input>`,
      );
      await settle(control);
      inputOf(control).focus();
      await sendKeys({ press: 'Tab' });
      expect(getComputedStyle(toggleOf(control)).backgroundColor).to.equal(
        tokenColour('--civic-color-focus'),
      );
    });

    it('passes axe hidden, shown, in error and disabled', async () => {
      const hidden = await fixture<CivicPasswordInput>(
        html`<civic-password-input label="Password" value="hunter2"></civic-password-input>`,
      );
      await settle(hidden);
      await expect(hidden).to.be.accessible();
      hidden.showPassword();
      await hidden.updateComplete;
      await expect(hidden).to.be.accessible();

      const inError = await fixture<CivicPasswordInput>(
        html`<civic-password-input
          label="Password"
          hint="At least 8 characters"
          error="Enter your password"
        ></civic-password-input>`,
      );
      await settle(inError);
      await expect(inError).to.be.accessible();

      const disabled = await fixture<CivicPasswordInput>(
        html`<civic-password-input label="Password" disabled></civic-password-input>`,
      );
      await settle(disabled);
      await expect(disabled).to.be.accessible();
    });

    itInAccessibilityTree(
      'names the button "Show password" then "Hide password", with no pressed state',
      async () => {
        const control = await fixture<CivicPasswordInput>(
          html`<civic-password-input
            label="Password"
            hint="At least 8 characters"
            error="Enter your password"
          ></civic-password-input>`,
        );
        await settle(control);
        const button = await expectAccessibleNode(control, {
          role: 'button',
          name: 'Show password',
        });
        expect(button.states.pressed).to.equal(undefined);
        await expectAccessibleNode(control, {
          role: 'textbox',
          name: 'Password',
          description: 'At least 8 characters Error: Enter your password',
          states: { invalid: 'true' },
        });
        // The status is a polite live region, empty until the button is first pressed.
        const live = (await accessibleNodes(control)).filter((node) => node.states.live);
        expect(live.map((node) => node.states.live)).to.deep.equal(['polite']);
        control.showPassword();
        await control.updateComplete;
        await expectAccessibleNode(control, { role: 'button', name: 'Hide password' });
        await expectAccessibleNode(control, { role: 'textbox', name: 'Password' });
      },
    );

    itInAccessibilityTree('reads the Welsh button name', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="cy">
          <civic-password-input label="Cyfrinair"></civic-password-input>
        </div>`,
      );
      await settle(wrapper);
      await expectAccessibleNode(wrapper, { role: 'button', name: 'Dangos cyfrinair' });
    });

    itInAccessibilityTree('turns the button off when the field is disabled', async () => {
      const control = await fixture<CivicPasswordInput>(
        html`<civic-password-input label="Password" disabled></civic-password-input>`,
      );
      await settle(control);
      await expectAccessibleNode(control, {
        role: 'button',
        name: 'Show password',
        states: { disabled: true },
      });
    });

    it('shows a server error as any control does', async () => {
      const control = await fixture<CivicPasswordInput>(
        html`<civic-password-input
          label="Password"
          error="Your email address or password is incorrect"
        ></civic-password-input>`,
      );
      await settle(control);
      expect(shownError(control)).to.equal('Your email address or password is incorrect');
      expect(inputOf(control).getAttribute('aria-invalid')).to.equal('true');
    });
  });
});
