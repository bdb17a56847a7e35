import { expect } from '@open-wc/testing';
import {
  fieldSuite,
  nativeControl,
  shownError,
  descriptionIds,
} from '../../../test/field-suite.js';
import { AUTHORINGS, cleanUp, container, expectSameDom, place } from '../../../test/authoring.js';
import { warningsDuring } from '../../../test/warnings.js';
import { clearWarningHistory } from '../../core/warn.js';
import { CivicTextInput } from './civic-text-input.js';
import { textInputMarkup, type TextInputParams } from './markup.js';
import './define.js';

fieldSuite({ tag: 'civic-text-input', role: 'textbox', markup: textInputMarkup });

for (const authoring of AUTHORINGS) {
  describe(`civic-text-input (${authoring})`, () => {
    beforeEach(() => clearWarningHistory());
    afterEach(() => cleanUp());
    const render = (params: TextInputParams) => {
      const field = place(authoring, 'civic-text-input', textInputMarkup, params, container());
      if (!(field instanceof CivicTextInput)) throw new Error('civic-text-input did not upgrade');
      return field;
    };

    it('passes type, autocomplete and keyboard hints to the native input', () => {
      const field = render({
        name: 'email',
        label: 'Email address',
        type: 'email',
        autocomplete: 'email',
        enterkeyhint: 'next',
      });
      const input = nativeControl(field) as HTMLInputElement;
      expect(input.type).to.equal('email');
      expect(input.getAttribute('autocomplete')).to.equal('email');
      expect(input.getAttribute('enterkeyhint')).to.equal('next');
      // Addresses and codes are not words.
      expect(input.getAttribute('spellcheck')).to.equal('false');
    });

    it('checks email, telephone and number formats on submit, naming the format', () => {
      const email = render({
        name: 'e',
        label: 'Email address',
        type: 'email',
        value: 'not-an-email',
      });
      expect(email.validationMessage).to.equal(
        'Enter an email address in the correct format, like name@example.com',
      );
      const numeric = render({ name: 'n', label: 'Amount', numeric: true, value: '12a' });
      expect(numeric.validationMessage).to.equal('Amount must be a number');
      expect(nativeControl(numeric).getAttribute('inputmode')).to.equal('numeric');
    });

    it('checks maxlength without cutting typing off, and minlength and pattern with the field’s messages', () => {
      const long = render({ name: 'r', label: 'Reference', maxLength: 3, value: 'ABCD' });
      expect(nativeControl(long).hasAttribute('maxlength')).to.equal(false);
      expect(long.validationMessage).to.equal('Reference must be 3 characters or less');
      const short = render({ name: 's', label: 'Reference', minLength: 5, value: 'AB' });
      expect(short.validationMessage).to.equal('Reference must be 5 characters or more');
      const patterned = render({
        name: 'p',
        label: 'Postcode',
        pattern: '[A-Z]{2}[0-9]',
        value: 'zz',
        messages: { pattern: 'Enter a real postcode' },
      });
      expect(patterned.validationMessage).to.equal('Enter a real postcode');
    });

    it('reads the prefix and suffix after the hint, and shows them beside the input', () => {
      const field = render({
        name: 'cost',
        label: 'Cost',
        hint: 'Whole pounds',
        inputPrefix: '£',
        inputSuffix: 'per item',
      });
      expect(descriptionIds(field)).to.deep.equal(['cost-hint', 'cost-prefix', 'cost-suffix']);
      const prefix = field.querySelector('#cost-prefix')!.getBoundingClientRect();
      const input = nativeControl(field).getBoundingClientRect();
      expect(prefix.right).to.be.at.most(input.left + 1);
      expect(Math.round(prefix.top)).to.equal(Math.round(input.top));
      field.error = 'Enter the cost';
      expect(descriptionIds(field)).to.deep.equal([
        'cost-hint',
        'cost-error',
        'cost-prefix',
        'cost-suffix',
      ]);
    });

    it('is the same DOM both ways with a width, a prefix, a type and a value', () => {
      expectSameDom('civic-text-input', textInputMarkup, {
        name: 'w',
        label: 'Width',
        width: '10',
        inputPrefix: '£',
        type: 'tel',
        value: '0',
      });
    });

    it('narrows to its width, and fluid widths fill a narrow screen', () => {
      const field = render({ name: 'w', label: 'Code', width: '4' });
      const full = render({ name: 'f', label: 'Code' });
      expect(nativeControl(field).getBoundingClientRect().width).to.be.below(
        nativeControl(full).getBoundingClientRect().width / 3,
      );
    });

    it('warns, naming the fix, about an unsupported type or width, and falls back', async () => {
      const warnings = await warningsDuring(() => {
        if (authoring === 'attributes') {
          render({ name: 'h', label: 'Hidden', type: 'hidden' as never, width: '7' as never });
        } else {
          const field = render({ name: 'h', label: 'Hidden' });
          (field as unknown as { type: string }).type = 'checkbox';
        }
      });
      expect(warnings.join('\n')).to.match(/is not supported, so it is a text input/);
      expect(document.querySelector<HTMLInputElement>('#h')!.type).to.equal('text');
    });

    it('follows its own attributes and properties after it is built', async () => {
      const field = render({ name: 'code', label: 'Code' });
      const input = nativeControl(field) as HTMLInputElement;
      field.setAttribute('type', 'email');
      expect(input.type).to.equal('email');
      expect(input.getAttribute('spellcheck')).to.equal('false');
      field.type = 'tel';
      expect(field.type).to.equal('tel');
      field.setAttribute('inputmode', 'numeric');
      expect(input.getAttribute('inputmode')).to.equal('numeric');
      field.removeAttribute('inputmode');
      expect(input.hasAttribute('inputmode')).to.equal(false);
      field.setAttribute('width', '5');
      expect(input.classList.contains('civic-input--width-5')).to.equal(true);
      field.type = 'text';
      input.value = 'ABCDEFG';
      field.maxLength = 5;
      expect(field.maxLength).to.equal(5);
      expect(field.validationMessage).to.equal('Code must be 5 characters or less');
      field.maxLength = null;
      field.minLength = 10;
      expect(field.validationMessage).to.equal('Code must be 10 characters or more');
      field.minLength = undefined;
      field.pattern = '[0-9]+';
      expect(field.validity?.valid).to.equal(false);
      field.pattern = '';
      field.numeric = true;
      expect(field.validationMessage).to.equal('Code must be a number');
      field.numeric = false;
      expect(field.validity?.valid).to.equal(true);
      const warnings = await warningsDuring(() => field.setAttribute('input-prefix', '£'));
      expect(warnings.join('\n')).to.contain('input-prefix cannot change after the field is built');
    });

    it('warns, naming the fix, about a pattern that is not a regular expression, and checks nothing with it', async () => {
      const warnings = await warningsDuring(() =>
        render({ name: 'p', label: 'Postcode', pattern: '([', value: 'x' }),
      );
      expect(warnings.join('\n')).to.contain(
        'has a pattern that is not a valid regular expression',
      );
    });

    it('moves the shown error with the hint when a page changes the hint later', () => {
      const field = render({ name: 'x', label: 'Label' });
      field.error = 'Enter label';
      field.hint = 'Now with a hint';
      const server = place(
        'server HTML',
        'civic-text-input',
        textInputMarkup,
        { name: 'x', label: 'Label', hint: 'Now with a hint', error: 'Enter label' },
        container(),
      );
      expect(field.innerHTML).to.equal(server.innerHTML);
      expect(shownError(field)).to.equal('Enter label');
    });
  });
}
