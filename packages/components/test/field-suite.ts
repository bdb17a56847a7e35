// The behaviour every Civic question shares, as one suite each question's
// test file runs, once per way of authoring it (server HTML and attributes
// only). The native control is in the page's DOM, so most of what is checked
// here is the browser's own form behaviour reaching through unchanged; the
// rest is the public-sector error pattern. A question's own file adds what is
// particular to it (widths, counts, the password toggle).
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { CivicField, type NativeControl } from '../src/core/field-element.js';
import type { FieldParams } from '../src/core/field-markup.js';
import type { MarkupElement } from '../src/core/markup.js';
import { clearWarningHistory } from '../src/core/warn.js';
import { expectAccessibleNode, itInAccessibilityTree } from './accessibility-tree.js';
import {
  AUTHORINGS,
  cleanUp,
  container,
  expectSameDom,
  place,
  type Authoring,
  type SameDomOptions,
} from './authoring.js';
import { boxesWithin, HOSTILE, withHostileCss } from './hostile.js';
import { tokenColour } from './tokens.js';
import { warningsDuring } from './warnings.js';

export interface FieldSuiteOptions<P extends FieldParams> {
  /** The tag, such as `civic-text-input`. */
  tag: string;
  /** The role of the native control in the accessibility tree. */
  role: string;
  /** The component's markup function. */
  markup: (params: P) => MarkupElement;
  /** What `expectSameDom` allows the script to change on upgrade (see `SameDomOptions`). */
  sameDom?: SameDomOptions;
}

/** The native control of a Civic question. */
export function nativeControl(field: Element): NativeControl {
  const control = asField(field).control;
  if (control === null) throw new Error(`<${field.localName}> has no native control`);
  return control;
}

/** The element as the Civic question it must have upgraded to. */
export function asField(element: Element | null | undefined): CivicField {
  if (!(element instanceof CivicField))
    throw new Error(`<${element?.localName}> is not an upgraded Civic question`);
  // instanceof on the generic class gives CivicField<any>; the suite's questions hold text controls.
  return element as CivicField;
}

/** Types into the field with the keyboard, as a person would, after what is there. */
export async function typeInto(field: HTMLElement, text: string): Promise<void> {
  const native = nativeControl(field);
  native.focus();
  if ((native as HTMLInputElement).type !== 'email') {
    native.setSelectionRange(native.value.length, native.value.length);
  }
  await sendKeys({ type: text });
}

/** Leaves the field, so it fires `change` as leaving a field does. */
export async function leave(field: HTMLElement): Promise<void> {
  nativeControl(field).blur();
  await new Promise((resolve) => setTimeout(resolve));
}

/** The visible error message's text, without the hidden prefix, or '' when none. */
export function shownError(field: Element): string {
  const message = field.querySelector('.civic-error-message');
  if (message === null) return '';
  const copy = message.cloneNode(true) as Element;
  copy.querySelector('.civic-visually-hidden')?.remove();
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

/** Each id in the control's aria-describedby, which must all exist in the page. */
export function descriptionIds(field: Element): string[] {
  return (nativeControl(field).getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
}

const tick = () => new Promise((resolve) => setTimeout(resolve));

export function fieldSuite<P extends FieldParams>(options: FieldSuiteOptions<P>): void {
  const { tag, role, markup, sameDom } = options;

  for (const authoring of AUTHORINGS) {
    describe(`${tag} as a question (${authoring})`, () => {
      beforeEach(() => clearWarningHistory());
      afterEach(() => cleanUp());

      const render = (params: FieldParams, parent: Element = container()) =>
        asField(place(authoring, tag, markup, params as P, parent));

      function inForm(params: FieldParams, fieldsetDisabled = false) {
        const form = document.createElement('form');
        form.innerHTML = `<fieldset ${fieldsetDisabled ? 'disabled' : ''}></fieldset>`;
        container().append(form);
        const field = render(params, form.querySelector('fieldset')!);
        return { form, field };
      }

      it('has its label, hint and error in the page, every reference resolving to a unique id', () => {
        const field = render({
          name: 'full-name',
          label: 'Full name',
          hint: 'As on your passport',
          error: 'Enter your full name',
        });
        const control = nativeControl(field);
        expect(control.id).to.equal('full-name');
        expect(field.querySelector('label')!.htmlFor).to.equal('full-name');
        expect(control.labels?.[0]?.textContent).to.equal('Full name');
        expect(descriptionIds(field)).to.deep.equal(['full-name-hint', 'full-name-error']);
        for (const id of [control.id, ...descriptionIds(field)]) {
          expect(document.querySelectorAll(`#${CSS.escape(id)}`), `#${id}`).to.have.length(1);
        }
        expect(field.shadowRoot).to.equal(null);
      });

      it('is the same DOM from a server and from attributes, and the server HTML needs no script to be complete', () => {
        for (const params of [
          { name: 'n', label: 'Name' },
          {
            name: 'n',
            label: 'Name',
            hint: 'Hint',
            value: 'Sam',
            required: true,
            autocomplete: 'name',
          },
          { name: 'n', label: 'Name', hint: 'Hint', error: 'Enter your name' },
          { name: 'n', label: 'Name', disabled: true, readOnly: true, pageHeading: true },
          { name: 'n', label: 'Name', describedBy: 'page-note' },
        ]) {
          expectSameDom(tag, markup, params as P, sameDom);
          cleanUp();
        }
      });

      it('belongs to its form as its native control: form.elements, FormData after typing', async () => {
        const { form, field } = inForm({ name: 'full-name', label: 'Full name' });
        expect(field.form).to.equal(form);
        expect(form.elements.namedItem('full-name')).to.equal(nativeControl(field));
        await typeInto(field, 'Siân Jones');
        expect(field.value).to.equal('Siân Jones');
        expect(new FormData(form).getAll('full-name')).to.deep.equal(['Siân Jones']);
      });

      it('fires input and change from the native control, bubbling through the element', async () => {
        const { field } = inForm({ name: 'n', label: 'Name' });
        const events: string[] = [];
        field.addEventListener('input', (event) =>
          events.push(`input ${(event.target as Element).localName}`),
        );
        field.addEventListener('change', (event) =>
          events.push(`change ${(event.target as Element).localName}`),
        );
        await typeInto(field, 'ab');
        await leave(field);
        const native = nativeControl(field).localName;
        expect(events).to.deep.equal([`input ${native}`, `input ${native}`, `change ${native}`]);
      });

      it('returns to its initial value on form.reset(), and clears a shown error', async () => {
        const { form, field } = inForm({
          name: 'ref',
          label: 'Reference',
          value: 'AB12',
          required: true,
        });
        expect(new FormData(form).get('ref')).to.equal('AB12');
        nativeControl(field).select();
        await sendKeys({ press: 'Backspace' });
        expect(field.checkValidity()).to.equal(false);
        expect(shownError(field)).to.equal('Enter reference');
        form.reset();
        await tick();
        expect(field.value).to.equal('AB12');
        expect(shownError(field)).to.equal('');
        expect(field.validity?.valid).to.equal(true);
      });

      it('is turned off and left out of the form data inside a disabled fieldset, by the browser', () => {
        const { form, field } = inForm({ name: 'n', label: 'Name', value: 'x' }, true);
        expect(new FormData(form).has('n')).to.equal(false);
        expect(nativeControl(field).matches(':disabled')).to.equal(true);
        form.querySelector('fieldset')!.disabled = false;
        expect(new FormData(form).get('n')).to.equal('x');
      });

      it('is left out of the form data when disabled, and the property matches the attribute', () => {
        const { form, field } = inForm({ name: 'n', label: 'Name', value: 'x', disabled: true });
        expect(field.disabled).to.equal(true);
        expect(new FormData(form).has('n')).to.equal(false);
        field.disabled = false;
        expect(nativeControl(field).disabled).to.equal(false);
        expect(new FormData(form).get('n')).to.equal('x');
        if (authoring === 'attributes') {
          field.setAttribute('disabled', '');
          expect(nativeControl(field).disabled).to.equal(true);
        }
      });

      it('checks required on submit, names the field, and shows the error only then', async () => {
        const { form, field } = inForm({
          name: 'full-name',
          label: 'Full name',
          fieldName: 'your full name',
          required: true,
        });
        expect(field.validity?.valueMissing).to.equal(true);
        expect(field.validationMessage).to.equal('Enter your full name');
        expect(shownError(field)).to.equal('');
        let submitted = 0;
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          submitted++;
        });
        const messages: string[] = [];
        field.addEventListener('civic-error-change', (event) =>
          messages.push((event as CustomEvent<{ message: string }>).detail.message),
        );
        nativeControl(field).addEventListener('invalid', (event) => event.preventDefault());
        form.requestSubmit();
        expect(submitted).to.equal(0);
        expect(shownError(field)).to.equal('Enter your full name');
        expect(nativeControl(field).getAttribute('aria-invalid')).to.equal('true');
        expect(descriptionIds(field)).to.include('full-name-error');
        expect(
          field.querySelector('.civic-form-group')!.classList.contains('civic-form-group--error'),
        ).to.equal(true);
        // Typing does not change what is shown; leaving the fixed field clears it.
        await typeInto(field, 'Sam');
        expect(shownError(field)).to.equal('Enter your full name');
        await leave(field);
        expect(shownError(field)).to.equal('');
        expect(nativeControl(field).hasAttribute('aria-invalid')).to.equal(false);
        expect(descriptionIds(field)).to.not.include('full-name-error');
        expect(messages).to.deep.equal(['Enter your full name', '']);
        form.requestSubmit();
        expect(submitted).to.equal(1);
      });

      it('keeps a fixed error in place until a pressed mouse button is released', async () => {
        const { field } = inForm({ name: 'n', label: 'Name', required: true });
        nativeControl(field).addEventListener('invalid', (event) => event.preventDefault());
        field.checkValidity();
        await typeInto(field, 'Sam');
        document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
        await leave(field);
        expect(shownError(field)).to.equal('Enter name');
        document.body.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
        await tick();
        await tick();
        expect(shownError(field)).to.equal('');
      });

      it('clears a fixed error when the person leaves the field, even if no change event fires', async () => {
        const { form, field } = inForm({ name: 'n', label: 'Name', required: true });
        nativeControl(field).addEventListener('invalid', (event) => event.preventDefault());
        field.checkValidity();
        nativeControl(field).focus();
        nativeControl(field).value = 'Sam';
        nativeControl(field).dispatchEvent(new Event('input', { bubbles: true }));
        expect(shownError(field)).to.equal('Enter name');
        const elsewhere = document.createElement('button');
        form.append(elsewhere);
        elsewhere.focus();
        await tick();
        expect(shownError(field)).to.equal('');
      });

      it('shows an error a page sets later exactly as a server writes it, and announces it', () => {
        const { field } = inForm({ name: 'n', label: 'Name', hint: 'Hint' });
        const messages: string[] = [];
        field.addEventListener('civic-error-change', (event) =>
          messages.push((event as CustomEvent<{ message: string }>).detail.message),
        );
        field.error = 'That name is already registered';
        const server = place(
          'server HTML',
          tag,
          markup,
          { name: 'n', label: 'Name', hint: 'Hint', error: 'That name is already registered' } as P,
          container(),
        );
        expect(field.innerHTML).to.equal(server.innerHTML);
        field.error = '';
        expect(shownError(field)).to.equal('');
        expect(messages).to.deep.equal(['That name is already registered', '']);
      });

      it('takes a custom validity message, as a native input does', () => {
        const { field } = inForm({ name: 'n', label: 'Name', value: 'ok' });
        field.setCustomValidity('This name is already taken');
        expect(field.validity?.customError).to.equal(true);
        expect(nativeControl(field).validationMessage).to.equal('This name is already taken');
        field.setCustomValidity('');
        expect(field.checkValidity()).to.equal(true);
      });

      it('keeps a server error (and the form invalid) until the answer changes', async () => {
        const { form, field } = inForm({
          name: 'n',
          label: 'Name',
          value: 'Bob',
          error: 'Enter your name as it appears on your passport',
        });
        expect(shownError(field)).to.equal('Enter your name as it appears on your passport');
        expect(field.validity?.valid).to.equal(false);
        expect(nativeControl(field).getAttribute('aria-invalid')).to.equal('true');
        await typeInto(field, 'by');
        await leave(field);
        expect(field.validity?.valid).to.equal(true);
        expect(shownError(field)).to.equal('');
        expect(new FormData(form).get('n')).to.equal('Bobby');
      });

      it('uses the Welsh message and prefix in a Welsh page, and a per-field message', () => {
        const welsh = container();
        welsh.lang = 'cy';
        const field = render(
          { name: 'enw', label: 'Enw llawn', fieldName: 'eich enw llawn', required: true },
          welsh,
        );
        expect(field.validationMessage).to.equal('Rhowch eich enw llawn');
        field.messages = { required: { en: 'Tell us your name', cy: 'Dywedwch eich enw wrthym' } };
        expect(field.validationMessage).to.equal('Dywedwch eich enw wrthym');
        nativeControl(field).addEventListener('invalid', (event) => event.preventDefault());
        field.checkValidity();
        expect(
          field.querySelector('.civic-error-message .civic-visually-hidden')!.textContent,
        ).to.equal('Gwall:');
      });

      it('switches a shown error to the new language when the page language changes', async () => {
        const page = container();
        page.lang = 'en';
        const field = render({ name: 'enw', label: 'Name', required: true }, page);
        nativeControl(field).addEventListener('invalid', (event) => event.preventDefault());
        field.checkValidity();
        expect(shownError(field)).to.equal('Enter name');
        page.lang = 'cy';
        await tick();
        await field.updateComplete;
        expect(shownError(field)).to.equal('Rhowch name');
        expect(
          field.querySelector('.civic-error-message .civic-visually-hidden')!.textContent,
        ).to.equal('Gwall:');
      });

      it('is not validated while read-only, as a native input', () => {
        const { field } = inForm({ name: 'n', label: 'Name', required: true });
        field.readOnly = true;
        expect(nativeControl(field).readOnly).to.equal(true);
        expect(field.willValidate).to.equal(false);
      });

      if (authoring === 'server HTML') {
        it('keeps a hint and an error that hold the page’s own HTML (a link, a lang span) through errors coming and going', () => {
          const field = render({
            name: 'n',
            label: 'Name',
            hintHtml:
              'As on <a href="/help/names">your passport</a>, or <span lang="cy">Enw</span>',
            errorHtml: 'Enter the name <a href="/help/names">on your passport</a>',
            required: true,
          });
          const hintLink = field.querySelector<HTMLAnchorElement>('.civic-hint a')!;
          expect(hintLink.getAttribute('href')).to.equal('/help/names');
          expect(field.querySelector('.civic-hint span[lang="cy"]')!.textContent).to.equal('Enw');
          expect(field.querySelector('.civic-error-message a')!.textContent).to.equal(
            'on your passport',
          );
          // A client-found error replaces the server's; the hint, link and all, stays.
          field.error = '';
          nativeControl(field).addEventListener('invalid', (event) => event.preventDefault());
          field.checkValidity();
          expect(shownError(field)).to.equal('Enter name');
          expect(field.querySelector('.civic-hint a')).to.equal(hintLink);
          expect(descriptionIds(field)).to.deep.equal(['n-hint', 'n-error']);
        });
      }

      it('keeps the page’s own aria-describedby ids first, through errors coming and going', () => {
        const note = container();
        note.id = 'page-note';
        note.textContent = 'We will not share this.';
        const { field } = inForm({
          name: 'n',
          label: 'Name',
          hint: 'Hint',
          describedBy: 'page-note',
          required: true,
        });
        expect(descriptionIds(field)).to.deep.equal(['page-note', 'n-hint']);
        field.error = 'Enter name';
        expect(descriptionIds(field)).to.deep.equal(['page-note', 'n-hint', 'n-error']);
        field.error = '';
        expect(descriptionIds(field)).to.deep.equal(['page-note', 'n-hint']);
      });

      it('renders hostile label, hint, error and value as text, and survives null and objects by property', () => {
        const field = render({
          name: 'n',
          label: HOSTILE,
          hint: HOSTILE,
          error: HOSTILE,
          value: HOSTILE,
        });
        expect(field.querySelector('label')!.textContent).to.equal(HOSTILE);
        expect(field.querySelector('.civic-hint')!.textContent).to.equal(HOSTILE);
        expect(shownError(field)).to.equal(HOSTILE.replace(/\s+/g, ' '));
        expect(nativeControl(field).value).to.equal(HOSTILE);
        expect(field.querySelector('img')).to.equal(null);
        expect(window.__civicHacked).to.equal(undefined);
        const loose = field as unknown as Record<string, unknown>;
        loose.value = null;
        expect(field.value).to.equal('');
        loose.label = { text: 'x' };
        expect(field.label).to.equal('');
        loose.error = null;
        expect(shownError(field)).to.equal('');
      });

      it('keeps its geometry under a hostile global stylesheet', () => {
        const parent = container();
        // The test's own container is kept out of the comparison.
        parent.style.cssText = 'padding: 0; margin: 0; border: 0; width: 600px';
        const field = render(
          {
            name: 'n',
            label: 'Full name',
            hint: 'As on your passport',
            error: 'Enter your full name',
          },
          parent,
        );
        const parts = [
          field.querySelector('.civic-form-group')!,
          field.querySelector('label')!,
          field.querySelector('.civic-hint')!,
          field.querySelector('.civic-error-message')!,
          nativeControl(field),
        ];
        const measure = () => boxesWithin(parent, parts);
        const clean = measure();
        withHostileCss(() => {
          expect(measure()).to.deep.equal(clean);
        });
      });

      if (authoring === 'attributes') {
        it('takes properties set before it is in the page, as a framework sets them, into the markup it builds', () => {
          const field = asField(document.createElement(tag));
          expect(field.control).to.equal(null);
          field.name = 'email';
          field.label = 'Email address';
          field.hint = 'We will not share it';
          field.value = 'sam@example.com';
          field.required = true;
          field.disabled = false;
          field.readOnly = false;
          field.autocomplete = 'email';
          // Before it is built there is no control to ask; answers are the safe defaults.
          expect([
            field.name,
            field.label,
            field.hint,
            field.value,
            field.defaultValue,
          ]).to.deep.equal([
            'email',
            'Email address',
            'We will not share it',
            'sam@example.com',
            'sam@example.com',
          ]);
          expect([
            field.required,
            field.disabled,
            field.readOnly,
            field.autocomplete,
          ]).to.deep.equal([true, false, false, 'email']);
          expect([
            field.form,
            field.validationMessage,
            field.willValidate,
            field.checkValidity(),
          ]).to.deep.equal([null, '', false, true]);
          const form = document.createElement('form');
          container().append(form);
          form.append(field);
          const control = nativeControl(field);
          expect(control.id).to.equal('email');
          expect(control.required).to.equal(true);
          expect(control.getAttribute('autocomplete')).to.equal('email');
          expect(control.value).to.equal('sam@example.com');
          expect(field.form).to.equal(form);
          expect(document.getElementById('email-hint')!.textContent).to.equal(
            'We will not share it',
          );
        });

        it('follows every attribute a page changes after it is built', async () => {
          const field = render({ name: 'n', label: 'Name', hint: 'Old hint' });
          const control = nativeControl(field);
          field.setAttribute('label', 'Your name');
          field.setAttribute('hint', 'New hint');
          field.setAttribute('value', 'Sam');
          field.setAttribute('name', 'your-name');
          field.setAttribute('required', '');
          field.setAttribute('readonly', '');
          field.setAttribute('autocomplete', 'name');
          field.setAttribute('field-name', 'your name');
          field.setAttribute('messages', '{"required": "Tell us your name"}');
          expect(field.querySelector('label')!.textContent).to.equal('Your name');
          expect(field.querySelector('.civic-hint')!.textContent).to.equal('New hint');
          expect(control.defaultValue).to.equal('Sam');
          expect(control.name).to.equal('your-name');
          expect([control.required, control.readOnly]).to.deep.equal([true, true]);
          expect(control.getAttribute('autocomplete')).to.equal('name');
          expect(field.fieldName).to.equal('your name');
          field.removeAttribute('readonly');
          control.value = '';
          field.value = '';
          expect(field.validationMessage).to.equal('Tell us your name');
          field.removeAttribute('messages');
          expect(field.validationMessage).to.equal('Enter your name');
          field.removeAttribute('hint');
          expect(field.querySelector('.civic-hint')).to.equal(null);
          expect(field.hasAttribute('hint')).to.equal(false);
          // Cleared, the property and the native attribute agree (a password
          // input falls back to current-password rather than none).
          field.autocomplete = '';
          expect(control.getAttribute('autocomplete') ?? '').to.equal(field.autocomplete);
          field.setAttribute('error', 'Name is taken');
          expect(shownError(field)).to.equal('Name is taken');
          field.removeAttribute('error');
          expect(shownError(field)).to.equal('');
          const warnings = await warningsDuring(() => field.setAttribute('page-heading', ''));
          expect(warnings.join('\n')).to.contain(
            'page-heading cannot change after the field is built',
          );
        });

        it('takes wrong types by property as a native control does, without throwing', () => {
          const field = render({ name: 'n', label: 'Name' });
          const loose = field as unknown as Record<string, unknown>;
          loose.label = 42;
          expect(field.label).to.equal('42');
          loose.hint = true;
          expect(field.hint).to.equal('true');
          loose.messages = ['not', 'an', 'object'];
          expect(field.messages).to.deep.equal({});
          loose.validators = 'not a list';
          expect(field.validators).to.deep.equal([]);
          loose.required = 'yes';
          expect(nativeControl(field).required).to.equal(true);
          field.focus();
          expect(document.activeElement).to.equal(nativeControl(field));
          field.blur();
          expect(document.activeElement).to.not.equal(nativeControl(field));
          expect(field.reportValidity()).to.equal(false);
        });

        it('works inside a shadow root, with its ids unique in that root', () => {
          const host = container();
          const root = host.attachShadow({ mode: 'open' });
          const field = asField(document.createElement(tag));
          field.setAttribute('name', 'n');
          field.setAttribute('label', 'Name');
          field.setAttribute('required', '');
          const form = document.createElement('form');
          form.append(field);
          root.append(form);
          nativeControl(field).addEventListener('invalid', (event) => event.preventDefault());
          form.requestSubmit();
          expect(shownError(field)).to.equal('Enter name');
          expect(root.getElementById('n-error')).to.not.equal(null);
        });

        it('takes its name, ids and label from properties a framework sets just after adding it', async () => {
          const field = asField(document.createElement(tag));
          const warnings = await warningsDuring(async () => {
            container().append(field);
            field.name = 'email';
            field.label = 'Email address';
            field.hint = 'We will not share it';
            await tick();
          });
          expect(warnings).to.deep.equal([]);
          expect(nativeControl(field).id).to.equal('email');
          expect(field.querySelector('label')!.htmlFor).to.equal('email');
          expect(descriptionIds(field)).to.deep.equal(['email-hint']);
          expect(document.getElementById('email-hint')!.textContent).to.equal(
            'We will not share it',
          );
        });
      }

      it('warns, naming the fix, when it has no label', async () => {
        const warnings = await warningsDuring(async () => {
          render({ name: 'nameless' });
          await tick();
        });
        expect(warnings.join('\n')).to.contain(`<${tag} name="nameless"> has no label`);
      });

      it('is reached with Tab and shows the yellow focus outline', async () => {
        const parent = container();
        const before = document.createElement('input');
        before.setAttribute('aria-label', 'Previous question');
        parent.append(before);
        const field = render({ name: 'n', label: 'Full name' }, parent);
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement).to.equal(nativeControl(field));
        const style = getComputedStyle(nativeControl(field));
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        expect(style.outlineColor).to.equal(tokenColour('--civic-color-focus'));
      });

      const canEmulateForcedColours = navigator.userAgent.includes('Chrome/');
      (canEmulateForcedColours ? it : it.skip)(
        'keeps a visible focus outline in forced colours (Chromium only: the others cannot emulate it)',
        async () => {
          await emulateMedia({ forcedColors: 'active' });
          try {
            const field = render({ name: 'n', label: 'Full name' });
            nativeControl(field).focus();
            const style = getComputedStyle(nativeControl(field));
            expect(style.outlineStyle).to.equal('solid');
            expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
          } finally {
            await emulateMedia({ forcedColors: 'none' });
          }
        },
      );

      it('passes axe empty, with hint, in error and disabled', async () => {
        for (const params of [
          { name: 'a', label: 'Full name' },
          { name: 'b', label: 'Full name', hint: 'As on your passport', value: 'Sam' },
          {
            name: 'c',
            label: 'Full name',
            hint: 'As on your passport',
            error: 'Enter your full name',
          },
          { name: 'd', label: 'Full name', disabled: true },
        ]) {
          const field = render(params);
          await expect(field).to.be.accessible();
        }
      });

      itInAccessibilityTree(
        'is announced with its label, hint, error and required state',
        async () => {
          const field = render({
            name: 'n',
            label: 'Full name',
            hint: 'As shown on your passport',
            error: 'Enter your full name',
            required: true,
          });
          await expectAccessibleNode(field, {
            role,
            name: 'Full name',
            description: 'As shown on your passport Error: Enter your full name',
            states: { invalid: 'true', required: true },
          });
        },
      );
    });
  }

  describe(`${tag} upgrading`, () => {
    afterEach(() => cleanUp());
    it('keeps a value a page set before the element was defined', async () => {
      const lateTag = `${tag}-late-value`;
      // Not yet defined: a plain element, on which `value` is an own property.
      const field: HTMLElement & { value?: string } = document.createElement(lateTag);
      field.setAttribute('name', 'n');
      field.setAttribute('label', 'Name');
      field.value = 'Typed early';
      container().append(field);
      const base = customElements.get(tag)!;
      customElements.define(lateTag, class extends (base as unknown as typeof HTMLElement) {});
      await tick();
      expect(nativeControl(field).value).to.equal('Typed early');
    });

    it('keeps what the person typed, their focus and selection when the server HTML upgrades', async () => {
      const lateTag = `${tag}-late-typing`;
      const holder = container();
      const html = place(
        'server HTML',
        tag,
        markup,
        { name: 'n', label: 'Name' } as P,
        document.createElement('div'),
      ).outerHTML;
      // The tag names only: class names such as civic-password-input__input stay.
      holder.innerHTML = html.replace(new RegExp(`(</?)${tag}(?=[\\s>])`, 'g'), `$1${lateTag}`);
      const native = holder.querySelector<NativeControl>('input, textarea')!;
      native.focus();
      await sendKeys({ type: 'Siân' });
      native.setSelectionRange(1, 3);
      const base = customElements.get(tag)!;
      customElements.define(lateTag, class extends (base as unknown as typeof HTMLElement) {});
      const field = holder.firstElementChild as CivicField;
      expect(field.control).to.equal(native);
      expect(native.value).to.equal('Siân');
      expect(document.activeElement).to.equal(native);
      expect([native.selectionStart, native.selectionEnd]).to.deep.equal([1, 3]);
    });
  });
}

export type { Authoring };
