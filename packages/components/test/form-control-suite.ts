// The behaviour every Civic form control shares, as one suite each control's
// test file runs: it takes part in a plain <form> as a native control does, and
// it shows errors the public-sector way. A control's own file adds what is
// particular to it (widths, counts, the password toggle).
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { CivicFormControl } from '../src/core/form-control.js';
import { clearWarningHistory } from '../src/core/warn.js';
import { expectAccessibleNode, itInAccessibilityTree } from './accessibility-tree.js';
import { HOSTILE } from './hostile.js';
import { tokenColour } from './tokens.js';
import type { Fixture } from './render-modes.js';
import { settle } from './render-modes.js';
import { warningsDuring } from './warnings.js';

/** Attributes the suite sets on the control under test. */
export interface ControlAttributes {
  name?: string;
  label?: string;
  hint?: string;
  error?: string;
  value?: string;
  fieldName?: string;
  required?: boolean;
  disabled?: boolean;
}

export interface FormControlSuiteOptions {
  /** The tag, such as `civic-text-input`. */
  tag: string;
  /** The role of the native control in the accessibility tree. */
  role: string;
}

// Each fixture is one whole template: the server-rendering fixture can send
// only a top-level template to the server, not templates nested in it.
function templates(tag: string) {
  const element = unsafeStatic(tag);
  return {
    alone: (a: ControlAttributes) => staticHtml`<${element}
      name=${a.name ?? ''}
      label=${a.label ?? ''}
      hint=${a.hint ?? ''}
      error=${a.error ?? ''}
      value=${a.value ?? ''}
      field-name=${a.fieldName ?? ''}
      ?required=${a.required === true}
      ?disabled=${a.disabled === true}
    ></${element}>`,
    inForm: (a: ControlAttributes, fieldsetDisabled = false) => staticHtml`<form>
      <fieldset ?disabled=${fieldsetDisabled}>
        <${element}
          name=${a.name ?? ''}
          label=${a.label ?? ''}
          hint=${a.hint ?? ''}
          error=${a.error ?? ''}
          value=${a.value ?? ''}
          field-name=${a.fieldName ?? ''}
          ?required=${a.required === true}
          ?disabled=${a.disabled === true}
        ></${element}>
      </fieldset>
    </form>`,
    afterAnInput: (a: ControlAttributes) => staticHtml`<div>
      <input aria-label="Previous question" />
      <${element} label=${a.label ?? ''} hint=${a.hint ?? ''}></${element}>
    </div>`,
    inWelsh: (a: ControlAttributes) => staticHtml`<div lang="cy">
      <${element}
        label=${a.label ?? ''}
        field-name=${a.fieldName ?? ''}
        ?required=${a.required === true}
      ></${element}>
    </div>`,
  };
}

/** The native control inside a Civic control's shadow root. */
export function nativeControl(control: Element): HTMLInputElement | HTMLTextAreaElement {
  return control.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(
    '[part~="control"]',
  )!;
}

/** Types into the control with the keyboard, as a person would. */
export async function typeInto(control: HTMLElement, text: string): Promise<void> {
  control.focus();
  // Keyboard focus may select what is there; type after it, as a person clicking at the end would.
  const native = nativeControl(control);
  // (email inputs allow no selection API, and do not select on focus either)
  if (native.type !== 'email') native.setSelectionRange(native.value.length, native.value.length);
  await sendKeys({ type: text });
  await (control as Partial<CivicFormControl>).updateComplete;
}

/** Focuses elsewhere so the native control fires `change`, as leaving a field does. */
export async function leave(control: HTMLElement): Promise<void> {
  nativeControl(control).blur();
  await (control as Partial<CivicFormControl>).updateComplete;
}

/** The visible error message's text, without the hidden prefix, or '' when none. */
export function shownError(control: Element): string {
  const message = control.shadowRoot!.querySelector('[part="error-message"]');
  if (message === null) return '';
  const copy = message.cloneNode(true) as Element;
  copy.querySelector('.visually-hidden')?.remove();
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

export function formControlSuite(fixture: Fixture, options: FormControlSuiteOptions): void {
  const { tag, role } = options;
  const { alone: render, inForm: renderInForm, inWelsh, afterAnInput } = templates(tag);

  async function focusedByTab(attributes: ControlAttributes) {
    const wrapper = await fixture<HTMLDivElement>(afterAnInput(attributes));
    await settle(wrapper);
    const control = wrapper.querySelector<CivicFormControl>(tag)!;
    wrapper.querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    return control;
  }

  async function controlInForm(attributes: ControlAttributes, fieldsetDisabled = false) {
    const form = await fixture<HTMLFormElement>(renderInForm(attributes, fieldsetDisabled));
    await settle(form);
    const control = form.querySelector<CivicFormControl>(tag)!;
    return { form, control };
  }

  describe(`${tag} as a form control`, () => {
    beforeEach(() => clearWarningHistory());

    it('belongs to its form: form, form.elements, and FormData after typing', async () => {
      const { form, control } = await controlInForm({ name: 'full-name', label: 'Full name' });
      expect(control.form).to.equal(form);
      expect([...form.elements]).to.include(control);
      await typeInto(control, 'Siân Jones');
      expect(control.value).to.equal('Siân Jones');
      expect(new FormData(form).get('full-name')).to.equal('Siân Jones');
    });

    it('fires input as the user types and change when they leave, from the host', async () => {
      const { control } = await controlInForm({ name: 'n', label: 'Name' });
      const events: string[] = [];
      control.addEventListener('input', () => events.push('input'));
      control.addEventListener('change', () => events.push('change'));
      await typeInto(control, 'ab');
      await leave(control);
      expect(events).to.deep.equal(['input', 'input', 'change']);
    });

    it('returns to its value attribute on form.reset(), and clears a shown error', async () => {
      const { form, control } = await controlInForm({
        name: 'ref',
        label: 'Reference',
        value: 'AB12',
        required: true,
      });
      expect(new FormData(form).get('ref')).to.equal('AB12');
      nativeControl(control).select();
      await sendKeys({ press: 'Backspace' });
      await control.updateComplete;
      expect(control.checkValidity()).to.equal(false);
      await control.updateComplete;
      expect(shownError(control)).to.equal('Enter reference');
      form.reset();
      await control.updateComplete;
      expect(control.value).to.equal('AB12');
      expect(nativeControl(control).value).to.equal('AB12');
      expect(shownError(control)).to.equal('');
      expect(new FormData(form).get('ref')).to.equal('AB12');
    });

    it('is left out of the form data and turned off inside a disabled fieldset', async () => {
      const { form, control } = await controlInForm({ name: 'n', label: 'Name', value: 'x' }, true);
      await control.updateComplete;
      expect(new FormData(form).has('n')).to.equal(false);
      expect(nativeControl(control).disabled).to.equal(true);
      form.querySelector('fieldset')!.disabled = false;
      await control.updateComplete;
      expect(nativeControl(control).disabled).to.equal(false);
      expect(new FormData(form).get('n')).to.equal('x');
    });

    it('is left out of the form data when disabled', async () => {
      const { form, control } = await controlInForm({
        name: 'n',
        label: 'Name',
        value: 'x',
        disabled: true,
      });
      expect(new FormData(form).has('n')).to.equal(false);
      expect(nativeControl(control).disabled).to.equal(true);
    });

    it('checks required on submit, names the field, and shows the error only then', async () => {
      const { form, control } = await controlInForm({
        name: 'full-name',
        label: 'Full name',
        fieldName: 'your full name',
        required: true,
      });
      expect(control.validity.valueMissing).to.equal(true);
      expect(control.validationMessage).to.equal('Enter your full name');
      // Nothing is shown before the person tries to submit.
      expect(shownError(control)).to.equal('');
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      const invalidEvents: Event[] = [];
      control.addEventListener('invalid', (event) => {
        invalidEvents.push(event);
        event.preventDefault(); // no native bubble in the test
      });
      form.requestSubmit();
      await control.updateComplete;
      expect(submitted).to.equal(false);
      expect(invalidEvents).to.have.length(1);
      expect(shownError(control)).to.equal('Enter your full name');
      expect(nativeControl(control).getAttribute('aria-invalid')).to.equal('true');
      expect(control.matches(':state(user-invalid)')).to.equal(true);
      // Typing does not change what is shown; leaving the fixed field clears it.
      await typeInto(control, 'Sam');
      expect(shownError(control)).to.equal('Enter your full name');
      await leave(control);
      await control.updateComplete;
      expect(shownError(control)).to.equal('');
      expect(nativeControl(control).hasAttribute('aria-invalid')).to.equal(false);
      form.requestSubmit();
      expect(submitted).to.equal(true);
    });

    it('keeps a fixed error in place until a pressed mouse button is released', async () => {
      // Otherwise the message vanishes as the press on "Continue" blurs the
      // field, the button moves up, and the click is lost.
      const { control } = await controlInForm({ name: 'n', label: 'Name', required: true });
      control.addEventListener('invalid', (event) => event.preventDefault());
      control.checkValidity();
      await typeInto(control, 'Sam');
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      await leave(control);
      await new Promise((resolve) => setTimeout(resolve));
      await control.updateComplete;
      expect(shownError(control)).to.equal('Enter name');
      document.body.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve));
      await control.updateComplete;
      expect(shownError(control)).to.equal('');
    });

    it('clears a fixed error when the person leaves the field, even if no change event fires', async () => {
      const { form, control } = await controlInForm({ name: 'n', label: 'Name', required: true });
      control.addEventListener('invalid', (event) => event.preventDefault());
      control.checkValidity();
      await control.updateComplete;
      control.focus();
      // As scripted typing and some dictation tools do: input, and no change.
      nativeControl(control).value = 'Sam';
      nativeControl(control).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await control.updateComplete;
      expect(shownError(control)).to.equal('Enter name');
      const elsewhere = document.createElement('button');
      form.append(elsewhere);
      elsewhere.focus();
      await new Promise((resolve) => setTimeout(resolve));
      await control.updateComplete;
      expect(shownError(control)).to.equal('');
    });

    it('fires civic-error-change when its error appears and clears', async () => {
      const { control } = await controlInForm({ name: 'n', label: 'Name', required: true });
      const messages: string[] = [];
      control.addEventListener('civic-error-change', (event) =>
        messages.push((event as CustomEvent<{ message: string }>).detail.message),
      );
      control.addEventListener('invalid', (event) => event.preventDefault());
      control.checkValidity();
      await typeInto(control, 'x');
      await leave(control);
      expect(messages).to.deep.equal(['Enter name', '']);
    });

    it('fires civic-error-change when a page sets or clears the error attribute itself', async () => {
      const { control } = await controlInForm({ name: 'n', label: 'Name' });
      const messages: string[] = [];
      control.addEventListener('civic-error-change', (event) =>
        messages.push((event as CustomEvent<{ message: string }>).detail.message),
      );
      control.error = 'That name is already registered';
      await control.updateComplete;
      expect(shownError(control)).to.equal('That name is already registered');
      control.error = '';
      await control.updateComplete;
      expect(messages).to.deep.equal(['That name is already registered', '']);
    });

    it('takes a custom validity message, as a native input does', async () => {
      const { control } = await controlInForm({ name: 'n', label: 'Name', value: 'ok' });
      control.setCustomValidity('This name is already taken');
      expect(control.validity.customError).to.equal(true);
      expect(control.checkValidity()).to.equal(false);
      expect(control.validationMessage).to.equal('This name is already taken');
      control.setCustomValidity('');
      expect(control.checkValidity()).to.equal(true);
    });

    it('shows a server error from the error attribute at once, and lets the user fix it', async () => {
      const { form, control } = await controlInForm({
        name: 'n',
        label: 'Name',
        value: 'Bob',
        error: 'Enter your name as it appears on your passport',
      });
      expect(shownError(control)).to.equal('Enter your name as it appears on your passport');
      expect(control.validity.customError).to.equal(true);
      expect(nativeControl(control).getAttribute('aria-invalid')).to.equal('true');
      await typeInto(control, 'by');
      await leave(control);
      expect(control.validity.valid).to.equal(true);
      expect(shownError(control)).to.equal('');
      expect(new FormData(form).get('n')).to.equal('Bobby');
    });

    it('uses a per-field message and the Welsh message in a Welsh page', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        inWelsh({ label: 'Enw llawn', fieldName: 'eich enw llawn', required: true }),
      );
      const control = wrapper.querySelector<CivicFormControl>(tag)!;
      await settle(wrapper);
      expect(control.validationMessage).to.equal('Rhowch eich enw llawn');
      control.messages = { required: { en: 'Tell us your name', cy: 'Dywedwch eich enw wrthym' } };
      await control.updateComplete;
      expect(control.validationMessage).to.equal('Dywedwch eich enw wrthym');
      control.addEventListener('invalid', (event) => event.preventDefault());
      control.checkValidity();
      await control.updateComplete;
      const prefix = control.shadowRoot!.querySelector('[part="error-message"] .visually-hidden')!;
      expect(prefix.textContent).to.equal('Gwall:');
    });

    it('restores a saved state, as after back/forward navigation', async () => {
      const { form, control } = await controlInForm({ name: 'n', label: 'Name' });
      control.formStateRestoreCallback('restored value');
      await control.updateComplete;
      expect(nativeControl(control).value).to.equal('restored value');
      expect(new FormData(form).get('n')).to.equal('restored value');
    });

    it('is not validated while read-only, as a native input', async () => {
      const { control } = await controlInForm({ name: 'n', label: 'Name', required: true });
      control.readOnly = true;
      await control.updateComplete;
      expect(control.hasAttribute('readonly')).to.equal(true);
      expect(nativeControl(control).readOnly).to.equal(true);
      expect(control.willValidate).to.equal(false);
    });

    it('warns, naming the fix, when it has no label', async () => {
      const warnings = await warningsDuring(() => fixture(render({ name: 'nameless' })));
      expect(warnings.join('\n')).to.contain(`<${tag} name="nameless"> has no label`);
    });

    it('renders hostile label, hint, error and value as text', async () => {
      const control = await fixture<CivicFormControl>(
        render({ label: HOSTILE, hint: HOSTILE, error: HOSTILE, value: HOSTILE }),
      );
      await settle(control);
      expect(control.shadowRoot!.querySelector('label')!.textContent).to.equal(HOSTILE);
      expect(control.shadowRoot!.querySelector('[part="hint"]')!.textContent).to.equal(HOSTILE);
      expect(shownError(control)).to.equal(HOSTILE.replace(/\s+/g, ' '));
      expect(nativeControl(control).value).to.equal(HOSTILE);
      expect(control.shadowRoot!.querySelector('img')).to.equal(null);
      expect(window.__civicHacked).to.equal(undefined);
    });

    it('is reached with Tab and shows the yellow focus outline', async () => {
      const control = await focusedByTab({ label: 'Full name' });
      expect(document.activeElement).to.equal(control);
      expect(control.shadowRoot!.activeElement).to.equal(nativeControl(control));
      const style = getComputedStyle(nativeControl(control));
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(style.outlineColor).to.equal(tokenColour('--civic-color-focus'));
    });

    it('focuses the field when its label is clicked', async () => {
      const control = await fixture<CivicFormControl>(render({ label: 'Full name' }));
      await settle(control);
      control.shadowRoot!.querySelector('label')!.click();
      expect(control.shadowRoot!.activeElement).to.equal(nativeControl(control));
    });

    const canEmulateForcedColours = navigator.userAgent.includes('Chrome/');
    (canEmulateForcedColours ? it : it.skip)(
      'keeps a visible focus outline in forced colours (Chromium only: the others cannot emulate it)',
      async () => {
        await emulateMedia({ forcedColors: 'active' });
        try {
          const control = await focusedByTab({ label: 'Full name' });
          const style = getComputedStyle(nativeControl(control));
          expect(style.outlineStyle).to.equal('solid');
          expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
          expect(style.outlineColor).to.not.equal('rgba(0, 0, 0, 0)');
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      },
    );

    it('passes axe empty, with hint, in error and disabled', async () => {
      for (const attributes of [
        { label: 'Full name' },
        { label: 'Full name', hint: 'As on your passport', value: 'Sam' },
        { label: 'Full name', hint: 'As on your passport', error: 'Enter your full name' },
        { label: 'Full name', disabled: true },
      ]) {
        const control = await fixture<CivicFormControl>(render(attributes));
        await settle(control);
        await expect(control).to.be.accessible();
      }
    });

    itInAccessibilityTree('is announced with its label, hint and error', async () => {
      const control = await fixture<CivicFormControl>(
        render({
          label: 'Full name',
          hint: 'As shown on your passport',
          error: 'Enter your full name',
          required: true,
        }),
      );
      await settle(control);
      await expectAccessibleNode(control, {
        role,
        name: 'Full name',
        description: 'As shown on your passport Error: Enter your full name',
        states: { invalid: 'true', required: true },
      });
    });
  });
}
