import { forEachRenderMode, settle } from '../../../test/render-modes.js';
import {
  formControlSuite,
  nativeControl,
  shownError,
  typeInto,
} from '../../../test/form-control-suite.js';
import { expectAccessibleNode, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import { HOSTILE } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { warningsDuring } from '../../../test/warnings.js';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { countStatus } from '../../core/character-count.js';
import { clearWarningHistory } from '../../core/warn.js';
import type { CivicTextarea } from './civic-textarea.js';
import './define.js';

function part(control: CivicTextarea, selector: string): HTMLElement | null {
  return control.shadowRoot!.querySelector<HTMLElement>(selector);
}

/** The count a sighted person sees under the textarea. */
function visibleCount(control: CivicTextarea): string {
  return part(control, '[part="count"]')?.textContent.trim() ?? '';
}

/** What the polite live region holds, which screen readers announce when it changes. */
function announced(control: CivicTextarea): string {
  return part(control, '[aria-live="polite"]')?.textContent.trim() ?? '';
}

/** Changes the value as typing does (an `input` event), within one task: no timer can run in between. */
async function inputValue(control: CivicTextarea, value: string): Promise<void> {
  const native = nativeControl(control);
  native.value = value;
  native.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await control.updateComplete;
}

/** Sets the value and reports what the count says about it. */
async function countFor(control: CivicTextarea, value: string): Promise<string> {
  control.value = value;
  await control.updateComplete;
  return visibleCount(control);
}

forEachRenderMode(['textarea'], (fixture) => {
  formControlSuite(fixture, { tag: 'civic-textarea', role: 'textbox' });

  describe('civic-textarea', () => {
    beforeEach(() => clearWarningHistory());

    it('renders a labelled textarea with the rows asked for, taller but never wider', async () => {
      const control = await fixture<CivicTextarea>(
        html`<civic-textarea label="More detail" rows="8"></civic-textarea>`,
      );
      const native = nativeControl(control) as HTMLTextAreaElement;
      expect(native.localName).to.equal('textarea');
      expect(native.rows).to.equal(8);
      expect(getComputedStyle(native).resize).to.equal('vertical');
      expect(part(control, '[part="count"]')).to.equal(null);
      expect(part(control, '[aria-live]')).to.equal(null);
      expect(native.hasAttribute('aria-describedby')).to.equal(false);
    });

    it('puts a line break in the answer on Enter, and does not submit the form', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <civic-textarea name="detail" label="More detail"></civic-textarea>
          <button type="submit">Continue</button>
        </form>`,
      );
      await settle(form);
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      const control = form.querySelector<CivicTextarea>('civic-textarea')!;
      await typeInto(control, 'first');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'second' });
      await control.updateComplete;
      expect(submitted).to.equal(false);
      expect(control.value).to.equal('first\nsecond');
      expect(new FormData(form).get('detail')).to.equal('first\nsecond');
    });

    it('updates the visible count on every keystroke', async () => {
      const control = await fixture<CivicTextarea>(
        html`<civic-textarea label="More detail" maxlength="12"></civic-textarea>`,
      );
      expect(visibleCount(control)).to.equal('You have 12 characters remaining');
      const seen: string[] = [];
      for (const key of ['a', 'b', 'c']) {
        await typeInto(control, key);
        seen.push(visibleCount(control));
      }
      expect(seen).to.deep.equal([
        'You have 11 characters remaining',
        'You have 10 characters remaining',
        'You have 9 characters remaining',
      ]);
      expect(part(control, '[part="count"]')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('tells screen readers the count only after the person pauses, once', async () => {
      const control = await fixture<CivicTextarea>(
        html`<civic-textarea label="More detail" maxlength="12"></civic-textarea>`,
      );
      control.announceDelay = 50;
      const changes: string[] = [];
      const liveRegion = part(control, '[aria-live="polite"]')!;
      new MutationObserver(() => changes.push(liveRegion.textContent.trim())).observe(liveRegion, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      // Three keystrokes in quick succession: the visible count follows each at once…
      await inputValue(control, 'a');
      await inputValue(control, 'ab');
      await inputValue(control, 'abc');
      expect(visibleCount(control)).to.equal('You have 9 characters remaining');
      // …the live region not yet.
      expect(announced(control)).to.equal('');
      await waitUntil(() => announced(control) !== '', 'the count is announced after the pause');
      expect(announced(control)).to.equal('You have 9 characters remaining');
      await settle(control);
      expect(changes.filter((text) => text !== '')).to.deep.equal([
        'You have 9 characters remaining',
      ]);
    });

    it('announces after a pause in real typing, with the default delay', async () => {
      const control = await fixture<CivicTextarea>(
        html`<civic-textarea label="More detail" maxlength="12"></civic-textarea>`,
      );
      // No letter twice in a row: WebKitGTK's WebDriver drops the second of a pair ("hello" arrives as "helo").
      await typeInto(control, 'quick');
      expect(visibleCount(control)).to.equal('You have 7 characters remaining');
      expect(announced(control)).to.equal('');
      await waitUntil(() => announced(control) !== '', 'the count is announced after the pause', {
        timeout: 5000,
      });
      expect(announced(control)).to.equal('You have 7 characters remaining');
    });

    it('announces nothing for a reset, and drops what it was about to say', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <civic-textarea name="d" label="More detail" maxlength="5"></civic-textarea>
        </form>`,
      );
      await settle(form);
      const control = form.querySelector<CivicTextarea>('civic-textarea')!;
      control.announceDelay = 20;
      await inputValue(control, 'abc');
      await waitUntil(() => announced(control) !== '');
      await inputValue(control, 'abcd');
      form.reset();
      await control.updateComplete;
      expect(announced(control)).to.equal('');
      expect(visibleCount(control)).to.equal('You have 5 characters remaining');
      await new Promise((resolve) => setTimeout(resolve, 60));
      await control.updateComplete;
      expect(announced(control)).to.equal('');
    });

    it('says how many are over the limit, in bold error colour, without cutting off the text', async () => {
      const control = await fixture<CivicTextarea>(
        html`<civic-textarea label="More detail" maxlength="5"></civic-textarea>`,
      );
      const count = part(control, '[part="count"]')!;
      const normalWeight = Number(getComputedStyle(count).fontWeight);
      await typeInto(control, 'abcdefg');
      expect(nativeControl(control).value).to.equal('abcdefg');
      expect(visibleCount(control)).to.equal('You have 2 characters too many');
      expect(await countFor(control, 'abcdef')).to.equal('You have 1 character too many');
      const style = getComputedStyle(count);
      expect(style.color).to.equal(tokenColour('--civic-color-error'));
      expect(Number(style.fontWeight)).to.be.greaterThan(normalWeight);
      expect(getComputedStyle(nativeControl(control)).borderTopColor).to.equal(
        tokenColour('--civic-color-error'),
      );
      expect(await countFor(control, 'abcde')).to.equal('You have 0 characters remaining');
      expect(getComputedStyle(count).color).to.equal(tokenColour('--civic-color-text-secondary'));
    });

    it('shows an error naming the field on submit when over the limit', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <civic-textarea name="detail" label="Details" maxlength="5"></civic-textarea>
        </form>`,
      );
      await settle(form);
      const control = form.querySelector<CivicTextarea>('civic-textarea')!;
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      control.addEventListener('invalid', (event) => event.preventDefault());
      await typeInto(control, 'abcdef');
      expect(shownError(control)).to.equal('');
      form.requestSubmit();
      await control.updateComplete;
      expect(submitted).to.equal(false);
      expect(control.validity.tooLong).to.equal(true);
      expect(shownError(control)).to.equal('Details must be 5 characters or less');
      expect(nativeControl(control).getAttribute('aria-invalid')).to.equal('true');
      expect(visibleCount(control)).to.equal('You have 1 character too many');
    });

    it('counts words and checks a word limit on submit', async () => {
      const control = await fixture<CivicTextarea>(
        html`<civic-textarea label="Details" maxwords="3"></civic-textarea>`,
      );
      expect(visibleCount(control)).to.equal('You have 3 words remaining');
      expect(await countFor(control, 'one two')).to.equal('You have 1 word remaining');
      expect(control.validity.valid).to.equal(true);
      expect(await countFor(control, 'one two three four')).to.equal('You have 1 word too many');
      expect(control.validity.tooLong).to.equal(true);
      expect(control.validationMessage).to.equal('Details must be 3 words or less');
      expect(await countFor(control, 'one two three four five')).to.equal(
        'You have 2 words too many',
      );
    });

    it('counts characters as people see them and as a server counting the submitted value does', async () => {
      const control = await fixture<CivicTextarea>(
        html`<civic-textarea label="Details" maxlength="10"></civic-textarea>`,
      );
      const cases: [string, number][] = [
        ['👩🏽‍💻', 1], // a ZWJ sequence with a skin tone: one emoji
        ['🇬🇧', 1], // a flag: two regional indicators
        ['e\u0301', 1], // e + combining acute accent
        ['é', 1], // precomposed é counts the same
        ['a\r\nb', 3], // CR LF, as the form submits a line break, is one
        ['a\nb', 3], // LF, as the textarea holds it, is one
        ['a   b', 5], // every space counts, as it is submitted
        [' Siân ', 6], // leading and trailing spaces too
        ['مرحبا', 5], // right-to-left letters
      ];
      for (const [value, characters] of cases) {
        expect(await countFor(control, value), JSON.stringify(value)).to.equal(
          `You have ${10 - characters} characters remaining`,
        );
      }
      // At the limit is valid; one emoji more is one character too many.
      expect(await countFor(control, '😀'.repeat(10))).to.equal('You have 0 characters remaining');
      expect(control.validity.valid).to.equal(true);
      expect(await countFor(control, '😀'.repeat(11))).to.equal('You have 1 character too many');
      expect(control.validity.tooLong).to.equal(true);
    });

    it('counts a typed line break as one character', async () => {
      const control = await fixture<CivicTextarea>(
        html`<civic-textarea label="Details" maxlength="10"></civic-textarea>`,
      );
      await typeInto(control, 'a');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'b' });
      await control.updateComplete;
      expect(visibleCount(control)).to.equal('You have 7 characters remaining');
    });

    it('counts words as runs of characters between any white space', async () => {
      const control = await fixture<CivicTextarea>(
        html`<civic-textarea label="Details" maxwords="10"></civic-textarea>`,
      );
      const cases: [string, number][] = [
        ['', 0],
        ['   \n ', 0],
        ['one   two\r\n\r\nthree ', 3], // runs of spaces and line breaks separate once
        ['\tone\u00a0two', 2], // tabs and no-break spaces are white space
        ["don't well-known", 2], // apostrophes and hyphens join
        ['👩🏽‍💻 🇬🇧', 2],
      ];
      for (const [value, words] of cases) {
        expect(await countFor(control, value), JSON.stringify(value)).to.equal(
          `You have ${10 - words} ${10 - words === 1 ? 'word' : 'words'} remaining`,
        );
      }
    });

    it('hides the count below the threshold, keeping its space, and announces nothing there', async () => {
      const control = await fixture<CivicTextarea>(
        html`<civic-textarea label="Details" maxlength="10" threshold="50"></civic-textarea>`,
      );
      control.announceDelay = 10;
      const count = part(control, '[part="count"]')!;
      expect(getComputedStyle(count).visibility).to.equal('hidden');
      expect(count.getBoundingClientRect().height).to.be.greaterThan(0);
      await inputValue(control, 'abcd');
      await new Promise((resolve) => setTimeout(resolve, 40));
      await control.updateComplete;
      expect(getComputedStyle(count).visibility).to.equal('hidden');
      expect(announced(control)).to.equal('');
      await inputValue(control, 'abcde');
      expect(getComputedStyle(count).visibility).to.equal('visible');
      expect(visibleCount(control)).to.equal('You have 5 characters remaining');
      await waitUntil(() => announced(control) !== '');
      expect(announced(control)).to.equal('You have 5 characters remaining');
    });

    it('works out thresholds from the share of the limit used', () => {
      expect(countStatus('abc', 10, 'characters', 30).shown).to.equal(true);
      expect(countStatus('ab', 10, 'characters', 30).shown).to.equal(false);
      expect(countStatus('', 10, 'characters').shown).to.equal(true);
      expect(countStatus('', 10, 'characters', 0).shown).to.equal(true);
      expect(countStatus('one two', 2, 'words', 100)).to.deep.equal({
        unit: 'words',
        limit: 2,
        count: 2,
        remaining: 0,
        shown: true,
      });
    });

    it('ignores a limit that is not a positive number', async () => {
      const control = await fixture<CivicTextarea>(
        html`<civic-textarea label="Details" maxlength="-3"></civic-textarea>`,
      );
      expect(part(control, '[part="count"]')).to.equal(null);
      control.value = 'abc';
      await control.updateComplete;
      expect(control.validity.valid).to.equal(true);
    });

    it('counts words when given both limits, and warns naming the fix', async () => {
      let control: CivicTextarea | undefined;
      const warnings = await warningsDuring(async () => {
        control = await fixture<CivicTextarea>(
          html`<civic-textarea
            name="detail"
            label="Details"
            maxlength="5"
            maxwords="2"
          ></civic-textarea>`,
        );
      });
      expect(warnings.join('\n')).to.contain('has both maxlength and maxwords');
      expect(await countFor(control!, 'a long sentence')).to.equal('You have 1 word too many');
      expect(control!.validationMessage).to.equal('Details must be 2 words or less');
      control!.value = 'longer words';
      await control!.updateComplete;
      expect(control!.validity.valid).to.equal(true);
    });

    it('uses singular and plural forms in English', async () => {
      const control = await fixture<CivicTextarea>(
        html`<civic-textarea label="Details" maxlength="2"></civic-textarea>`,
      );
      expect(await countFor(control, 'a')).to.equal('You have 1 character remaining');
      expect(await countFor(control, 'abc')).to.equal('You have 1 character too many');
      expect(part(control, '#count-limit')!.textContent.trim()).to.equal(
        'You can enter up to 2 characters',
      );
      control.maxLength = 1;
      await control.updateComplete;
      expect(part(control, '#count-limit')!.textContent.trim()).to.equal(
        'You can enter up to 1 character',
      );
      control.maxWords = 1;
      control.value = '';
      await control.updateComplete;
      expect(visibleCount(control)).to.equal('You have 1 word remaining');
      expect(part(control, '#count-limit')!.textContent.trim()).to.equal(
        'You can enter up to 1 word',
      );
    });

    it('counts in Welsh, with the noun singular after every number', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="cy">
          <civic-textarea label="Manylion" maxlength="200"></civic-textarea>
        </div>`,
      );
      await settle(wrapper);
      const control = wrapper.querySelector<CivicTextarea>('civic-textarea')!;
      expect(part(control, '#count-limit')!.textContent.trim()).to.equal(
        'Gallwch roi hyd at 200 nod',
      );
      // Remaining counts in each Welsh plural category: zero, one, two, few, many, other.
      const remaining: [number, string][] = [
        [0, 'Mae gennych 0 nod ar ôl'],
        [1, 'Mae gennych 1 nod ar ôl'],
        [2, 'Mae gennych 2 nod ar ôl'],
        [3, 'Mae gennych 3 nod ar ôl'],
        [6, 'Mae gennych 6 nod ar ôl'],
        [12, 'Mae gennych 12 nod ar ôl'],
      ];
      for (const [left, message] of remaining) {
        expect(await countFor(control, 'x'.repeat(200 - left))).to.equal(message);
      }
      expect(await countFor(control, 'x'.repeat(203))).to.equal('Mae gennych 3 nod yn ormod');
      expect(await countFor(control, 'x'.repeat(201))).to.equal('Mae gennych 1 nod yn ormod');
      control.maxWords = 5;
      expect(await countFor(control, 'un dau')).to.equal('Mae gennych 3 gair ar ôl');
      expect(await countFor(control, 'un dau tri pedwar pump chwech')).to.equal(
        'Mae gennych 1 gair yn ormod',
      );
      expect(part(control, '#count-limit')!.textContent.trim()).to.equal(
        'Gallwch roi hyd at 5 gair',
      );
      expect(control.validationMessage).to.equal('Rhaid i manylion fod yn 5 gair neu lai');
    });

    it('counts hostile text as text and renders it as text', async () => {
      const control = await fixture<CivicTextarea>(
        html`<civic-textarea label="Details" maxlength="100" value=${HOSTILE}></civic-textarea>`,
      );
      await settle(control);
      expect(nativeControl(control).value).to.equal(HOSTILE);
      expect(visibleCount(control)).to.equal(
        `You have ${100 - HOSTILE.length} characters remaining`,
      );
      expect(control.shadowRoot!.querySelector('img')).to.equal(null);
      expect(window.__civicHacked).to.equal(undefined);
    });

    it('stays inside 320 px with a long label, long words and emoji', async () => {
      const column = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 320px">
          <civic-textarea
            label=${'Long label '.repeat(30)}
            hint="👩🏽‍💻 مرحبا"
            maxlength="10"
          ></civic-textarea>
        </div>`,
      );
      await settle(column);
      const control = column.querySelector<CivicTextarea>('civic-textarea')!;
      control.value = 'x'.repeat(2000) + ' 👩🏽‍💻 مرحبا';
      await control.updateComplete;
      expect(control.scrollWidth).to.be.at.most(column.clientWidth + 1);
      expect(visibleCount(control)).to.equal('You have 1998 characters too many');
    });

    it('passes axe with a count, below the threshold, over the limit and in error', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <civic-textarea
            name="a"
            label="Details"
            hint="Do not include personal information"
            maxlength="10"
          ></civic-textarea>
          <civic-textarea name="b" label="Summary" maxwords="3" threshold="75"></civic-textarea>
        </form>`,
      );
      await settle(form);
      await expect(form).to.be.accessible();
      const [characters, words] = [...form.querySelectorAll<CivicTextarea>('civic-textarea')];
      characters.announceDelay = 10;
      await inputValue(characters, 'x'.repeat(14));
      await inputValue(words, 'one two three four');
      await waitUntil(() => announced(characters) !== '');
      await expect(form).to.be.accessible();
      characters.addEventListener('invalid', (event) => event.preventDefault());
      words.addEventListener('invalid', (event) => event.preventDefault());
      form.requestSubmit();
      await settle(form);
      expect(shownError(characters)).to.equal('Details must be 10 characters or less');
      expect(shownError(words)).to.equal('Summary must be 3 words or less');
      await expect(form).to.be.accessible();
    });

    itInAccessibilityTree(
      'describes the field by its hint and limit, not the changing count',
      async () => {
        const control = await fixture<CivicTextarea>(
          html`<civic-textarea
            label="Can you provide more detail?"
            field-name="more detail"
            hint="Do not include personal information"
            maxlength="200"
          ></civic-textarea>`,
        );
        await settle(control);
        await expectAccessibleNode(control, {
          role: 'textbox',
          name: 'Can you provide more detail?',
          description: 'Do not include personal information You can enter up to 200 characters',
          states: { multiline: true },
        });
      },
    );

    itInAccessibilityTree('describes the field in error by hint, error and limit', async () => {
      const control = await fixture<CivicTextarea>(
        html`<civic-textarea
          label="Details"
          hint="Do not include personal information"
          error="Details must be 10 words or less"
          maxwords="10"
        ></civic-textarea>`,
      );
      await settle(control);
      await expectAccessibleNode(control, {
        role: 'textbox',
        name: 'Details',
        description:
          'Do not include personal information Error: Details must be 10 words or less You can enter up to 10 words',
        states: { invalid: 'true', multiline: true },
      });
    });
  });
});
