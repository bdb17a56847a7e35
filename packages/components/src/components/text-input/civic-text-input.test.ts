import { forEachRenderMode, settle } from '../../../test/render-modes.js';
import {
  formControlSuite,
  nativeControl,
  shownError,
  typeInto,
} from '../../../test/form-control-suite.js';
import { expectAccessibleNode, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { CivicTextInput } from './civic-text-input.js';
import '../button/define.js';
import './define.js';

forEachRenderMode(['text-input', 'button'], (fixture) => {
  formControlSuite(fixture, { tag: 'civic-text-input', role: 'textbox' });

  describe('civic-text-input', () => {
    it('checks email, telephone, web address and number formats with messages that say what to enter', async () => {
      const cases: [string, boolean, string, string][] = [
        [
          'email',
          false,
          'name.example.com',
          'Enter an email address in the correct format, like name@example.com',
        ],
        [
          'tel',
          false,
          '0800 abc',
          'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192',
        ],
        [
          'url',
          false,
          'example',
          'Enter a web address in the correct format, like https://www.example.com',
        ],
        ['text', true, '12a', 'Amount must be a number'],
      ];
      for (const [type, numeric, bad, message] of cases) {
        const control = await fixture<CivicTextInput>(
          html`<civic-text-input
            label="Amount"
            type=${type}
            ?numeric=${numeric}
          ></civic-text-input>`,
        );
        await typeInto(control, bad);
        expect(control.validationMessage, type).to.equal(message);
      }
    });

    it('accepts well-formed answers of each format', async () => {
      const control = await fixture<CivicTextInput>(
        html`<civic-text-input label="Email" type="email"></civic-text-input>`,
      );
      await typeInto(control, 'sam.jones@council.gov.uk');
      expect(control.validity.valid).to.equal(true);
      control.type = 'tel';
      control.value = '+44 (0)1632 960 001';
      await control.updateComplete;
      expect(control.validity.valid).to.equal(true);
      control.removeAttribute('type');
      control.numeric = true;
      control.value = '1 000';
      await control.updateComplete;
      expect(control.validity.valid).to.equal(true);
    });

    it('checks length and pattern on submit without cutting off what people type', async () => {
      const control = await fixture<CivicTextInput>(
        html`<civic-text-input
          label="Reference"
          maxlength="4"
          minlength="2"
          pattern="[A-Z]+\\d*"
        ></civic-text-input>`,
      );
      await typeInto(control, 'ABCDE');
      expect(nativeControl(control).value).to.equal('ABCDE');
      expect(control.validity.tooLong).to.equal(true);
      expect(control.validationMessage).to.equal('Reference must be 4 characters or less');
      control.value = 'A';
      await control.updateComplete;
      expect(control.validationMessage).to.equal('Reference must be 2 characters or more');
      control.value = 'ab1';
      await control.updateComplete;
      expect(control.validity.patternMismatch).to.equal(true);
      expect(control.validationMessage).to.equal('Enter reference in the correct format');
    });

    it('runs custom and server checks, keeping the latest answer', async () => {
      const control = await fixture<CivicTextInput>(
        html`<civic-text-input label="Username" field-name="a username"></civic-text-input>`,
      );
      const taken = new Set(['sam']);
      control.validators = [
        (value) => (value.includes(' ') ? 'A username cannot contain spaces' : null),
        async (value) => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          return taken.has(value) ? 'That username is taken' : null;
        },
      ];
      control.value = 'sam';
      await control.updateComplete;
      expect(await control.validationComplete).to.equal(false);
      expect(control.validationMessage).to.equal('That username is taken');
      control.value = 'a b';
      await control.updateComplete;
      expect(await control.validationComplete).to.equal(false);
      expect(control.validationMessage).to.equal('A username cannot contain spaces');
      control.value = 'samira';
      await control.updateComplete;
      expect(await control.validationComplete).to.equal(true);
    });

    it('passes autocomplete, inputmode, spellcheck, autocapitalize and enterkeyhint to the native input', async () => {
      const control = await fixture<CivicTextInput>(
        html`<civic-text-input
          label="Postcode"
          autocomplete="postal-code"
          inputmode="text"
          spellcheck="false"
          autocapitalize="characters"
          enterkeyhint="next"
        ></civic-text-input>`,
      );
      const native = nativeControl(control) as HTMLInputElement;
      expect(native.getAttribute('autocomplete')).to.equal('postal-code');
      expect(native.getAttribute('inputmode')).to.equal('text');
      expect(native.getAttribute('spellcheck')).to.equal('false');
      expect(native.getAttribute('autocapitalize')).to.equal('characters');
      expect(native.getAttribute('enterkeyhint')).to.equal('next');
      control.inputMode = 'numeric';
      await control.updateComplete;
      expect(native.getAttribute('inputmode')).to.equal('numeric');
    });

    it('uses a numeric keyboard without a spinner for numbers as text', async () => {
      const control = await fixture<CivicTextInput>(
        html`<civic-text-input label="Account number" numeric></civic-text-input>`,
      );
      const native = nativeControl(control) as HTMLInputElement;
      expect(native.type).to.equal('text');
      expect(native.getAttribute('inputmode')).to.equal('numeric');
      expect(native.getAttribute('spellcheck')).to.equal('false');
    });

    it('submits its form with Enter, through the default civic-button', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <civic-text-input name="q" label="Search"></civic-text-input>
          <civic-button type="submit" name="action" value="search">Search</civic-button>
        </form>`,
      );
      await settle(form);
      let submitted: FormData | undefined;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = new FormData(form, event.submitter);
      });
      await typeInto(form.querySelector('civic-text-input')!, 'bins');
      await sendKeys({ press: 'Enter' });
      expect(submitted?.get('q')).to.equal('bins');
      expect(submitted?.get('action')).to.equal('search');
    });

    it('sizes fixed widths by characters and stays inside 320 px', async () => {
      const column = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 320px">
          <civic-text-input label="Postcode" width="10"></civic-text-input>
          <civic-text-input label="Name" width="20"></civic-text-input>
          <civic-text-input
            label="Code"
            width="30"
            input-prefix="£"
            input-suffix="per item"
          ></civic-text-input>
        </div>`,
      );
      await settle(column);
      const [ten, twenty, thirty] = [...column.querySelectorAll('civic-text-input')];
      const tenWidth = nativeControl(ten).getBoundingClientRect().width;
      expect(tenWidth).to.be.lessThan(nativeControl(twenty).getBoundingClientRect().width);
      expect(tenWidth).to.be.lessThan(320);
      for (const part of thirty.shadowRoot!.querySelectorAll('[part]')) {
        expect(part.getBoundingClientRect().right, part.getAttribute('part')!).to.be.at.most(
          column.getBoundingClientRect().right + 1,
        );
      }
    });

    itInAccessibilityTree('reads a prefix and suffix after the hint', async () => {
      const control = await fixture<CivicTextInput>(
        html`<civic-text-input
          label="Cost per item"
          hint="Round to the nearest pound"
          input-prefix="£"
          input-suffix="per item"
        ></civic-text-input>`,
      );
      await expectAccessibleNode(control, {
        role: 'textbox',
        name: 'Cost per item',
        description: 'Round to the nearest pound £ per item',
      });
    });

    itInAccessibilityTree('makes the label the page heading when asked', async () => {
      const control = await fixture<CivicTextInput>(
        html`<civic-text-input
          label="What is your name?"
          field-name="your name"
          page-heading
        ></civic-text-input>`,
      );
      await expectAccessibleNode(control, { role: 'heading', name: 'What is your name?' });
      await expectAccessibleNode(control, { role: 'textbox', name: 'What is your name?' });
      expect(control.shadowRoot!.querySelector('h1 label')).to.not.equal(null);
    });

    it('renders empty, very long, emoji and right-to-left answers without breaking the layout', async () => {
      const column = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 320px">
          <civic-text-input label=${'Long label '.repeat(40)} hint="👩🏽‍💻 مرحبا"></civic-text-input>
        </div>`,
      );
      const control = column.querySelector('civic-text-input')!;
      await settle(column);
      control.value = 'x'.repeat(5000) + '👩🏽‍💻 مرحبا';
      await control.updateComplete;
      expect(control.scrollWidth).to.be.at.most(column.clientWidth + 1);
      expect(shownError(control)).to.equal('');
    });
  });
});
