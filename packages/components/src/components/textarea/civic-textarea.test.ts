import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessibleNode, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import { AUTHORINGS, cleanUp, container, expectSameDom, place } from '../../../test/authoring.js';
import {
  descriptionIds,
  fieldSuite,
  nativeControl,
  shownError,
  typeInto,
} from '../../../test/field-suite.js';
import { HOSTILE, HOSTILE_CSS } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { warningsDuring } from '../../../test/warnings.js';
import { countStatus } from '../../core/character-count.js';
import { toHtml } from '../../core/markup-html.js';
import { clearWarningHistory } from '../../core/warn.js';
import { CivicTextarea } from './civic-textarea.js';
import { textareaMarkup, type TextareaParams } from './markup.js';
import './define.js';

fieldSuite({ tag: 'civic-textarea', role: 'textbox', markup: textareaMarkup });

/** What the element's script adds to the server's HTML: the visible count and the live region. */
const ADDED_BY_SCRIPT = '.civic-character-count__status, .civic-character-count__live';

/** The count a sighted person sees under the textarea, once the script runs. */
function visibleCount(field: Element): string {
  return field.querySelector('.civic-character-count__status')?.textContent ?? '';
}

/** What the polite live region holds, which screen readers announce when it changes. */
function announced(field: Element): string {
  return field.querySelector('[aria-live="polite"]')?.textContent ?? '';
}

/** The count message in the textarea's description (`#<id>-info`), as the server wrote it or the element keeps it. */
function countMessage(field: CivicTextarea): Element | null {
  return field.querySelector(`#${CSS.escape(`${nativeControl(field).id}-info`)}`);
}

/** Changes the answer as typing does (an `input` event), within one task. */
function inputValue(field: CivicTextarea, value: string): void {
  const native = nativeControl(field);
  native.value = value;
  native.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Sets the answer by property and reports what the visible count says about it. */
function countFor(field: CivicTextarea, value: string): string {
  field.value = value;
  return visibleCount(field);
}

const tick = () => new Promise((resolve) => setTimeout(resolve));

/**
 * A clock the test moves by hand: while it is installed, `setTimeout` and
 * `clearTimeout` keep their timers here and `tick(ms)` runs those that fall
 * due, in order. Promises are untouched, so `await` still works.
 */
function installClock() {
  const real = {
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
  };
  const timers = new Map<number, { at: number; run: () => void }>();
  let now = 0;
  let nextId = 1;
  window.setTimeout = ((handler: () => void, delay?: number) => {
    const id = nextId++;
    timers.set(id, { at: now + (delay ?? 0), run: handler });
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
  }) as typeof window.clearTimeout;
  return {
    tick(milliseconds: number): void {
      const until = now + milliseconds;
      for (;;) {
        const due = [...timers]
          .filter(([, timer]) => timer.at <= until)
          .sort(([a, first], [b, second]) => first.at - second.at || a - b)
          .at(0);
        if (due === undefined) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = until;
    },
    uninstall(): void {
      window.setTimeout = real.setTimeout;
      window.clearTimeout = real.clearTimeout;
    },
  };
}

let lateTags = 0;
/**
 * The server's HTML in the page before any script has run for it (the tag is
 * not yet defined), and a function that then runs the script, as when the
 * page's JavaScript arrives after its HTML.
 */
function beforeScript(params: TextareaParams, parent: Element = container()) {
  const tag = `civic-textarea-late-${++lateTags}`;
  parent.insertAdjacentHTML(
    'beforeend',
    toHtml(textareaMarkup(params))
      .replaceAll('civic-textarea>', `${tag}>`)
      .replace('<civic-textarea', `<${tag}`),
  );
  const field = parent.lastElementChild as CivicTextarea;
  return {
    field,
    upgrade: () => {
      customElements.define(tag, class extends CivicTextarea {});
      return field;
    },
  };
}

/** Position and size of each element relative to `origin`, rounded to whole pixels. */
function boxes(origin: Element, elements: Element[]): number[][] {
  const from = origin.getBoundingClientRect();
  return elements.map((element) => {
    const box = element.getBoundingClientRect();
    return [box.left - from.left, box.top - from.top, box.width, box.height].map(Math.round);
  });
}

describe('civic-textarea markup', () => {
  afterEach(() => cleanUp());

  it('is the same DOM from a server and from attributes, with the script adding only the visible count and live region', async () => {
    clearWarningHistory();
    const warnings = await warningsDuring(() => {
      for (const params of [
        { name: 'more', label: 'More detail', maxLength: 200 },
        {
          name: 'more',
          label: 'More detail',
          hint: 'Do not include personal information',
          error: 'Enter more detail',
          maxLength: 200,
          value: 'Some text',
        },
        { name: 'more', label: 'More detail', maxLength: 10, value: 'x'.repeat(33) },
        { name: 'more', label: 'More detail', maxWords: 3, value: 'one two three four' },
        { name: 'more', label: 'More detail', maxLength: 100, threshold: 75, rows: 8 },
        { name: 'more', label: 'More detail', maxLength: 5, maxWords: 2 },
        { name: 'more', label: 'More detail', value: '\nStarts with a line break\r\nand has two' },
        {
          name: 'more',
          label: 'More detail',
          spellcheck: true,
          autocapitalize: 'sentences',
          enterkeyhint: 'done',
          fieldName: 'more detail',
        },
      ] satisfies TextareaParams[]) {
        expectSameDom('civic-textarea', textareaMarkup, params, { addedByScript: ADDED_BY_SCRIPT });
        cleanUp();
      }
    });
    expect(warnings.join('\n')).to.contain('has both maxlength and maxwords');
  });

  it('writes the contract’s HTML, the limits on the element and the count message in the description', () => {
    expect(
      toHtml(
        textareaMarkup({
          name: 'more',
          label: 'More detail',
          hint: 'Hint',
          maxLength: 200,
          value: 'Text',
        }),
      ),
    ).to.equal(
      '<civic-textarea maxlength="200"><div class="civic-form-group civic-character-count">' +
        '<label class="civic-label" for="more">More detail</label>' +
        '<div class="civic-hint" id="more-hint">Hint</div>' +
        '<textarea class="civic-textarea" id="more" name="more" rows="5" aria-describedby="more-hint more-info">Text</textarea>' +
        '<div class="civic-hint civic-character-count__message" id="more-info">You can enter up to 200 characters</div>' +
        '</div></civic-textarea>',
    );
  });

  it('says how many too many in the HTML a server writes for an answer over the limit', () => {
    expect(
      toHtml(
        textareaMarkup({
          name: 'more',
          label: 'More detail',
          maxLength: 200,
          value: 'x'.repeat(223),
        }),
      ),
    ).to.contain(
      '<textarea class="civic-textarea civic-textarea--error" id="more" name="more" rows="5" aria-describedby="more-info">' +
        `${'x'.repeat(223)}</textarea>` +
        '<div class="civic-hint civic-character-count__message civic-character-count__message--error" id="more-info">You have 23 characters too many</div>',
    );
    expect(
      toHtml(textareaMarkup({ name: 'w', label: 'Summary', maxWords: 2, value: 'one two three' })),
    ).to.contain('>You have 1 word too many</div>');
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
});

describe('civic-textarea before and without JavaScript', () => {
  afterEach(() => cleanUp());

  it('shows the limit, or in bold error colour how many too many, from the server’s HTML alone', () => {
    const { field: under } = beforeScript({ name: 'a', label: 'Details', maxLength: 200 });
    const { field: over } = beforeScript({
      name: 'b',
      label: 'Summary',
      maxLength: 200,
      value: 'x'.repeat(223),
    });
    const underMessage = under.querySelector('#a-info')!;
    const overMessage = over.querySelector('#b-info')!;
    expect(underMessage.textContent).to.equal('You can enter up to 200 characters');
    expect(overMessage.textContent).to.equal('You have 23 characters too many');
    expect(underMessage.getBoundingClientRect().width).to.be.greaterThan(100);
    expect(getComputedStyle(underMessage).color).to.equal(
      tokenColour('--civic-color-text-secondary'),
    );
    expect(getComputedStyle(overMessage).color).to.equal(tokenColour('--civic-color-error'));
    expect(Number(getComputedStyle(overMessage).fontWeight)).to.be.greaterThan(
      Number(getComputedStyle(underMessage).fontWeight),
    );
    expect(getComputedStyle(over.querySelector('textarea')!).borderTopColor).to.equal(
      tokenColour('--civic-color-error'),
    );
    expect(getComputedStyle(under.querySelector('textarea')!).resize).to.equal('vertical');
  });

  itInAccessibilityTree(
    'tells a screen reader the answer is over the limit, with and without the script',
    async () => {
      const holder = container();
      const { upgrade } = beforeScript(
        {
          name: 'more',
          label: 'More detail',
          hint: 'Do not include personal information',
          maxLength: 200,
          value: 'x'.repeat(223),
        },
        holder,
      );
      const expected = {
        role: 'textbox',
        name: 'More detail',
        description: 'Do not include personal information You have 23 characters too many',
        states: { multiline: true },
      };
      await expectAccessibleNode(holder, expected);
      const field = upgrade();
      expect(visibleCount(field)).to.equal('You have 23 characters too many');
      await expectAccessibleNode(holder, expected);
    },
  );

  it('puts the visible count in the message’s place when the script runs, so nothing on the page moves', () => {
    for (const params of [
      { name: 'a', label: 'Details', hint: 'Hint', maxLength: 200 },
      { name: 'b', label: 'Details', maxLength: 10, value: 'x'.repeat(30) },
      { name: 'c', label: 'Details', maxWords: 100, threshold: 90 },
    ] satisfies TextareaParams[]) {
      const page = container();
      const { field, upgrade } = beforeScript(params, page);
      const after = document.createElement('p');
      after.textContent = 'Next question';
      page.append(after);
      const group = field.querySelector('.civic-form-group')!;
      const textarea = field.querySelector('textarea')!;
      const message = field.querySelector(`#${params.name}-info`)!;
      const before = boxes(page, [group, textarea, message, after]);
      upgrade();
      const status = field.querySelector('.civic-character-count__status')!;
      expect(boxes(page, [group, textarea, status, after]), params.name).to.deep.equal(before);
      // The message is still there for screen readers, but takes no space.
      expect(message.isConnected).to.equal(true);
      expect(message.getBoundingClientRect().height).to.be.at.most(1);
      cleanUp();
    }
  });
});

for (const authoring of AUTHORINGS) {
  describe(`civic-textarea (${authoring})`, () => {
    let clock: ReturnType<typeof installClock> | undefined;
    beforeEach(() => clearWarningHistory());
    afterEach(() => {
      clock?.uninstall();
      clock = undefined;
      cleanUp();
    });
    const render = (params: TextareaParams, parent: Element = container()) => {
      const field = place(authoring, 'civic-textarea', textareaMarkup, params, parent);
      if (!(field instanceof CivicTextarea)) throw new Error('civic-textarea did not upgrade');
      return field;
    };
    const inForm = (params: TextareaParams) => {
      const form = document.createElement('form');
      container().append(form);
      return { form, field: render(params, form) };
    };

    it('is a textarea with the rows asked for, taller but never wider, and no count without a limit', () => {
      const field = render({ name: 'd', label: 'More detail', rows: 8 });
      const native = nativeControl(field) as HTMLTextAreaElement;
      expect(native.localName).to.equal('textarea');
      expect(native.rows).to.equal(8);
      expect(field.rows).to.equal(8);
      expect(getComputedStyle(native).resize).to.equal('vertical');
      expect(
        field.querySelector(
          '.civic-character-count__message, .civic-character-count__status, [aria-live]',
        ),
      ).to.equal(null);
      expect(native.hasAttribute('aria-describedby')).to.equal(false);
      expect(
        (nativeControl(render({ name: 'e', label: 'Other' })) as HTMLTextAreaElement).rows,
      ).to.equal(5);
    });

    it('passes spelling, capitalisation, keyboard and autofill hints to the native textarea', () => {
      const field = render({
        name: 'd',
        label: 'Details',
        autocomplete: 'off',
        autocapitalize: 'sentences',
        inputmode: 'text',
        enterkeyhint: 'done',
      });
      const native = nativeControl(field);
      expect(
        ['autocomplete', 'autocapitalize', 'inputmode', 'enterkeyhint'].map((name) =>
          native.getAttribute(name),
        ),
      ).to.deep.equal(['off', 'sentences', 'text', 'done']);
      field.setAttribute('spellcheck', 'false');
      expect(native.spellcheck).to.equal(false);
      field.setAttribute('enterkeyhint', 'send');
      expect(native.getAttribute('enterkeyhint')).to.equal('send');
      field.removeAttribute('enterkeyhint');
      expect(native.hasAttribute('enterkeyhint')).to.equal(false);
      field.setAttribute('rows', '3');
      expect((native as HTMLTextAreaElement).rows).to.equal(3);
    });

    it('puts a line break in the answer on Enter, and does not submit the form', async () => {
      const { form, field } = inForm({ name: 'detail', label: 'More detail' });
      form.insertAdjacentHTML('beforeend', '<button type="submit">Continue</button>');
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      await typeInto(field, 'first');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'second' });
      expect(submitted).to.equal(false);
      expect(field.value).to.equal('first\nsecond');
      expect(new FormData(form).get('detail')).to.equal('first\nsecond');
    });

    it('keeps a value that starts with a line break through the server’s HTML and the form', () => {
      const value = '\nStarts with a line break';
      const { form, field } = inForm({ name: 'd', label: 'Details', value, maxLength: 100 });
      expect(field.value).to.equal(value);
      expect(field.defaultValue).to.equal(value);
      expect(new FormData(form).get('d')).to.equal(value);
      expect(visibleCount(field)).to.equal('You have 75 characters remaining');
    });

    it('updates the visible count on every keystroke, hidden from screen readers', async () => {
      const field = render({ name: 'd', label: 'More detail', maxLength: 12 });
      expect(visibleCount(field)).to.equal('You have 12 characters remaining');
      const seen: string[] = [];
      for (const key of ['a', 'b', 'c']) {
        await typeInto(field, key);
        seen.push(visibleCount(field));
      }
      expect(seen).to.deep.equal([
        'You have 11 characters remaining',
        'You have 10 characters remaining',
        'You have 9 characters remaining',
      ]);
      expect(
        field.querySelector('.civic-character-count__status')!.getAttribute('aria-hidden'),
      ).to.equal('true');
      // The description keeps the limit, not the changing count.
      expect(countMessage(field)!.textContent).to.equal('You can enter up to 12 characters');
      expect(descriptionIds(field)).to.deep.equal(['d-info']);
    });

    it('tells screen readers the count once, a second after the person stops typing', () => {
      const field = render({ name: 'd', label: 'More detail', maxLength: 12 });
      expect(field.announceDelay).to.equal(1000);
      clock = installClock();
      const changes: string[] = [];
      const liveRegion = field.querySelector('[aria-live="polite"]')!;
      new MutationObserver(() => changes.push(liveRegion.textContent)).observe(liveRegion, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      // Three keystrokes with short pauses: the visible count follows each at once…
      inputValue(field, 'a');
      clock.tick(400);
      inputValue(field, 'ab');
      clock.tick(900);
      inputValue(field, 'abc');
      expect(visibleCount(field)).to.equal('You have 9 characters remaining');
      // …the live region waits for a whole second without typing.
      clock.tick(999);
      expect(announced(field)).to.equal('');
      clock.tick(1);
      expect(announced(field)).to.equal('You have 9 characters remaining');
      clock.tick(5000);
      return Promise.resolve().then(() => {
        expect(changes).to.deep.equal(['You have 9 characters remaining']);
      });
    });

    it('announces after a pause in real typing', async () => {
      const field = render({ name: 'd', label: 'More detail', maxLength: 12 });
      clock = installClock();
      // No letter twice in a row: WebKitGTK's WebDriver drops the second of a pair ("hello" arrives as "helo").
      await typeInto(field, 'quick');
      expect(visibleCount(field)).to.equal('You have 7 characters remaining');
      expect(announced(field)).to.equal('');
      clock.tick(1000);
      expect(announced(field)).to.equal('You have 7 characters remaining');
    });

    it('announces nothing for a reset or a value set by script, and drops what it was about to say', () => {
      const { form, field } = inForm({ name: 'd', label: 'More detail', maxLength: 5 });
      clock = installClock();
      inputValue(field, 'abc');
      clock.tick(1000);
      expect(announced(field)).to.equal('You have 2 characters remaining');
      inputValue(field, 'abcd');
      form.reset();
      // The field reads the reset answer once the browser has reset it.
      clock.tick(0);
      expect(announced(field)).to.equal('');
      expect(visibleCount(field)).to.equal('You have 5 characters remaining');
      clock.tick(5000);
      expect(announced(field)).to.equal('');
      field.value = 'ab';
      expect(visibleCount(field)).to.equal('You have 3 characters remaining');
      clock.tick(5000);
      expect(announced(field)).to.equal('');
    });

    it('says how many are over the limit, in bold error colour, without cutting off the text', async () => {
      const field = render({ name: 'd', label: 'More detail', maxLength: 5 });
      const status = field.querySelector('.civic-character-count__status')!;
      const normalWeight = Number(getComputedStyle(status).fontWeight);
      await typeInto(field, 'abcdefg');
      expect(nativeControl(field).value).to.equal('abcdefg');
      expect(nativeControl(field).hasAttribute('maxlength')).to.equal(false);
      expect(visibleCount(field)).to.equal('You have 2 characters too many');
      expect(countFor(field, 'abcdef')).to.equal('You have 1 character too many');
      const style = getComputedStyle(status);
      expect(style.color).to.equal(tokenColour('--civic-color-error'));
      expect(Number(style.fontWeight)).to.be.greaterThan(normalWeight);
      expect(getComputedStyle(nativeControl(field)).borderTopColor).to.equal(
        tokenColour('--civic-color-error'),
      );
      // Over the limit is not yet an error: that waits for submit.
      expect(nativeControl(field).hasAttribute('aria-invalid')).to.equal(false);
      expect(shownError(field)).to.equal('');
      expect(countFor(field, 'abcde')).to.equal('You have 0 characters remaining');
      expect(getComputedStyle(status).color).to.equal(tokenColour('--civic-color-text-secondary'));
      expect(getComputedStyle(nativeControl(field)).borderTopColor).to.equal(
        tokenColour('--civic-color-border-input'),
      );
    });

    it('shows an error naming the field on submit when over the limit', async () => {
      const { form, field } = inForm({ name: 'detail', label: 'Details', maxLength: 5 });
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      nativeControl(field).addEventListener('invalid', (event) => event.preventDefault());
      await typeInto(field, 'abcdef');
      expect(shownError(field)).to.equal('');
      form.requestSubmit();
      expect(submitted).to.equal(false);
      expect(field.validity?.valid).to.equal(false);
      expect(shownError(field)).to.equal('Details must be 5 characters or less');
      expect(nativeControl(field).getAttribute('aria-invalid')).to.equal('true');
      expect(descriptionIds(field)).to.deep.equal(['detail-error', 'detail-info']);
      expect(visibleCount(field)).to.equal('You have 1 character too many');
    });

    it('counts words and checks a word limit on submit', () => {
      const field = render({ name: 'd', label: 'Details', maxWords: 3 });
      expect(visibleCount(field)).to.equal('You have 3 words remaining');
      expect(countMessage(field)!.textContent).to.equal('You can enter up to 3 words');
      expect(countFor(field, 'one two')).to.equal('You have 1 word remaining');
      expect(field.validity?.valid).to.equal(true);
      expect(countFor(field, 'one two three four')).to.equal('You have 1 word too many');
      expect(field.validity?.valid).to.equal(false);
      expect(field.validationMessage).to.equal('Details must be 3 words or less');
      expect(countFor(field, 'one two three four five')).to.equal('You have 2 words too many');
    });

    it('counts characters as people see them and as a server counting the submitted value does', () => {
      const field = render({ name: 'd', label: 'Details', maxLength: 10 });
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
        expect(countFor(field, value), JSON.stringify(value)).to.equal(
          `You have ${10 - characters} characters remaining`,
        );
      }
      // At the limit is valid; one emoji more is one character too many.
      expect(countFor(field, '😀'.repeat(10))).to.equal('You have 0 characters remaining');
      expect(field.validity?.valid).to.equal(true);
      expect(countFor(field, '😀'.repeat(11))).to.equal('You have 1 character too many');
      expect(field.validationMessage).to.equal('Details must be 10 characters or less');
    });

    it('counts a server’s answer with emoji and CR LF line breaks as the browser does', () => {
      const field = render({
        name: 'd',
        label: 'Details',
        maxLength: 4,
        value: '👩🏽‍💻\r\n🇬🇧\r\ne\u0301',
      });
      expect(visibleCount(field)).to.equal('You have 1 character too many');
      expect(countMessage(field)!.textContent).to.equal('You have 1 character too many');
    });

    it('counts a typed line break as one character', async () => {
      const field = render({ name: 'd', label: 'Details', maxLength: 10 });
      await typeInto(field, 'a');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'b' });
      expect(visibleCount(field)).to.equal('You have 7 characters remaining');
    });

    it('counts words as runs of characters between any white space', () => {
      const field = render({ name: 'd', label: 'Details', maxWords: 10 });
      const cases: [string, number][] = [
        ['', 0],
        ['   \n ', 0],
        ['one   two\r\n\r\nthree ', 3], // runs of spaces and line breaks separate once
        ['\tone\u00a0two', 2], // tabs and no-break spaces are white space
        ["don't well-known", 2], // apostrophes and hyphens join
        ['👩🏽‍💻 🇬🇧', 2],
      ];
      for (const [value, words] of cases) {
        expect(countFor(field, value), JSON.stringify(value)).to.equal(
          `You have ${10 - words} ${10 - words === 1 ? 'word' : 'words'} remaining`,
        );
      }
    });

    it('hides the count below the threshold, keeping its space, and announces nothing there', () => {
      const field = render({ name: 'd', label: 'Details', maxLength: 10, threshold: 50 });
      const status = field.querySelector('.civic-character-count__status')!;
      expect(getComputedStyle(status).visibility).to.equal('hidden');
      expect(status.getBoundingClientRect().height).to.be.greaterThan(0);
      clock = installClock();
      inputValue(field, 'abcd');
      clock.tick(2000);
      expect(getComputedStyle(status).visibility).to.equal('hidden');
      expect(announced(field)).to.equal('');
      inputValue(field, 'abcde');
      expect(getComputedStyle(status).visibility).to.equal('visible');
      expect(visibleCount(field)).to.equal('You have 5 characters remaining');
      clock.tick(1000);
      expect(announced(field)).to.equal('You have 5 characters remaining');
    });

    it('ignores a limit that is not a positive number', () => {
      const field = render({ name: 'd', label: 'Details', maxLength: -3 });
      expect(
        field.querySelector('.civic-character-count__message, .civic-character-count__status'),
      ).to.equal(null);
      field.value = 'abc';
      expect(field.validity?.valid).to.equal(true);
    });

    it('counts words when given both limits, and warns naming the fix', async () => {
      let field: CivicTextarea | undefined;
      const warnings = await warningsDuring(() => {
        field = render({ name: 'detail', label: 'Details', maxLength: 5, maxWords: 2 });
      });
      expect(warnings.join('\n')).to.contain(
        '<civic-textarea name="detail"> has both maxlength and maxwords',
      );
      expect(countFor(field!, 'a long sentence')).to.equal('You have 1 word too many');
      expect(field!.validationMessage).to.equal('Details must be 2 words or less');
      field!.value = 'longer words';
      expect(field!.validity?.valid).to.equal(true);
    });

    it('follows limits a page sets later, adding and removing the count and its description', () => {
      const field = render({ name: 'd', label: 'Details', hint: 'Hint', value: 'abc' });
      field.maxLength = 2;
      expect(visibleCount(field)).to.equal('You have 1 character too many');
      expect(descriptionIds(field)).to.deep.equal(['d-hint', 'd-info']);
      expect(field.validationMessage).to.equal('Details must be 2 characters or less');
      field.maxLength = 1;
      field.value = '';
      expect(countMessage(field)!.textContent).to.equal('You can enter up to 1 character');
      field.maxWords = 1;
      expect(visibleCount(field)).to.equal('You have 1 word remaining');
      expect(countMessage(field)!.textContent).to.equal('You can enter up to 1 word');
      field.maxWords = undefined;
      field.maxLength = undefined;
      expect(
        field.querySelector(
          '.civic-character-count__message, .civic-character-count__status, [aria-live]',
        ),
      ).to.equal(null);
      expect(descriptionIds(field)).to.deep.equal(['d-hint']);
      expect(field.querySelector('.civic-form-group')!.className).to.equal('civic-form-group');
      field.setAttribute('maxwords', '4');
      expect(visibleCount(field)).to.equal('You have 4 words remaining');
      // The same DOM as a server writes for that state, plus what the script adds.
      const server = beforeScript({
        name: 'd',
        label: 'Details',
        hint: 'Hint',
        value: 'abc',
        maxWords: 4,
      }).field;
      const copy = field.cloneNode(true) as Element;
      for (const node of copy.querySelectorAll(ADDED_BY_SCRIPT)) node.remove();
      expect(copy.innerHTML).to.equal(server.innerHTML);
    });

    it('shows an error a page sets later as a server writes it beside the count', () => {
      const field = render({
        name: 'd',
        label: 'Details',
        hint: 'Hint',
        maxLength: 10,
        value: 'x'.repeat(12),
      });
      field.error = 'Details must be 10 characters or less';
      const server = beforeScript({
        name: 'd',
        label: 'Details',
        hint: 'Hint',
        maxLength: 10,
        value: 'x'.repeat(12),
        error: 'Details must be 10 characters or less',
      }).field;
      const copy = field.cloneNode(true) as Element;
      for (const node of copy.querySelectorAll(ADDED_BY_SCRIPT)) node.remove();
      expect(copy.innerHTML).to.equal(server.innerHTML);
    });

    it('adopts a count it finds from a snapshot of its own enhanced DOM, rather than adding another', () => {
      const field = render({ name: 'd', label: 'Details', maxLength: 10 });
      const snapshot = field.outerHTML;
      field.remove();
      const tag = `civic-textarea-late-${++lateTags}`;
      const page = container();
      page.innerHTML = snapshot
        .replaceAll('civic-textarea>', `${tag}>`)
        .replace('<civic-textarea', `<${tag}`);
      customElements.define(tag, class extends CivicTextarea {});
      const restored = page.firstElementChild;
      if (!(restored instanceof CivicTextarea))
        throw new Error('the restored field did not upgrade');
      expect(restored.querySelectorAll('.civic-character-count__status')).to.have.length(1);
      expect(restored.querySelectorAll('[aria-live]')).to.have.length(1);
      restored.value = 'abc';
      expect(visibleCount(restored)).to.equal('You have 7 characters remaining');
    });

    it('uses singular and plural forms in English', () => {
      const field = render({ name: 'd', label: 'Details', maxLength: 2 });
      expect(countMessage(field)!.textContent).to.equal('You can enter up to 2 characters');
      expect(countFor(field, 'a')).to.equal('You have 1 character remaining');
      expect(countFor(field, 'abc')).to.equal('You have 1 character too many');
      expect(countMessage(field)!.textContent).to.equal('You have 1 character too many');
      expect(countFor(field, 'abcd')).to.equal('You have 2 characters too many');
      expect(countMessage(field)!.textContent).to.equal('You have 2 characters too many');
    });

    it('counts in Welsh, with the noun singular after every number', () => {
      const page = container();
      page.lang = 'cy';
      const field = render({ name: 'manylion', label: 'Manylion', maxLength: 200 }, page);
      expect(countMessage(field)!.textContent).to.equal('Gallwch roi hyd at 200 nod');
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
        expect(countFor(field, 'x'.repeat(200 - left))).to.equal(message);
      }
      expect(countFor(field, 'x'.repeat(203))).to.equal('Mae gennych 3 nod yn ormod');
      expect(countMessage(field)!.textContent).to.equal('Mae gennych 3 nod yn ormod');
      expect(countFor(field, 'x'.repeat(201))).to.equal('Mae gennych 1 nod yn ormod');
      field.maxWords = 5;
      expect(countFor(field, 'un dau')).to.equal('Mae gennych 3 gair ar ôl');
      expect(countFor(field, 'un dau tri pedwar pump chwech')).to.equal(
        'Mae gennych 1 gair yn ormod',
      );
      field.value = '';
      expect(countMessage(field)!.textContent).to.equal('Gallwch roi hyd at 5 gair');
      field.value = 'un dau tri pedwar pump chwech';
      expect(field.validationMessage).to.equal('Rhaid i manylion fod yn 5 gair neu lai');
    });

    it('switches the count to the new language when the page language changes', async () => {
      const page = container();
      page.lang = 'en';
      const field = render({ name: 'd', label: 'Details', maxLength: 10, value: 'abc' }, page);
      expect(visibleCount(field)).to.equal('You have 7 characters remaining');
      page.lang = 'cy';
      await tick();
      await field.updateComplete;
      expect(visibleCount(field)).to.equal('Mae gennych 7 nod ar ôl');
      expect(countMessage(field)!.textContent).to.equal('Gallwch roi hyd at 10 nod');
      // Nothing is announced for a change the person did not make.
      expect(announced(field)).to.equal('');
    });

    it('counts hostile text as text and renders it as text, and a hostile name still links its count', () => {
      const name = '"><img src=x onerror="window.__civicHacked = true"> more';
      const field = render({ name, label: HOSTILE, maxLength: 100, value: HOSTILE });
      expect(nativeControl(field).value).to.equal(HOSTILE);
      expect(visibleCount(field)).to.equal(`You have ${100 - HOSTILE.length} characters remaining`);
      expect(field.querySelector('img')).to.equal(null);
      expect(window.__civicHacked).to.equal(undefined);
      const id = nativeControl(field).id;
      expect(descriptionIds(field)).to.deep.equal([`${id}-info`]);
      expect(document.getElementById(`${id}-info`)).to.equal(countMessage(field));
      const loose = field as unknown as Record<string, unknown>;
      loose.maxLength = { limit: 3 };
      loose.threshold = 'lots';
      loose.rows = null;
      expect(field.querySelector('.civic-character-count__status')).to.equal(null);
      expect((nativeControl(field) as HTMLTextAreaElement).rows).to.equal(5);
    });

    it('keeps the count’s geometry under a hostile global stylesheet', () => {
      const parent = container();
      parent.style.cssText = 'padding: 0; margin: 0; border: 0; width: 600px';
      const field = render(
        { name: 'd', label: 'Details', hint: 'Hint', maxLength: 10, value: 'x'.repeat(12) },
        parent,
      );
      const parts = [
        nativeControl(field),
        field.querySelector('.civic-character-count__status')!,
        countMessage(field)!,
      ];
      const clean = boxes(parent, parts);
      const style = document.createElement('style');
      style.textContent = HOSTILE_CSS;
      document.head.append(style);
      try {
        expect(boxes(parent, parts)).to.deep.equal(clean);
      } finally {
        style.remove();
      }
    });

    it('stays inside 320 px with a long label, long words and emoji', () => {
      const column = container();
      column.style.inlineSize = '320px';
      const field = render(
        { name: 'd', label: 'Long label '.repeat(30), hint: '👩🏽‍💻 مرحبا', maxLength: 10 },
        column,
      );
      field.value = 'x'.repeat(2000) + ' 👩🏽‍💻 مرحبا';
      expect(field.scrollWidth).to.be.at.most(column.clientWidth + 1);
      expect(visibleCount(field)).to.equal('You have 1998 characters too many');
    });

    it('passes axe with a count, below the threshold, over the limit and in error', async () => {
      const form = document.createElement('form');
      container().append(form);
      const characters = render(
        { name: 'a', label: 'Details', hint: 'Do not include personal information', maxLength: 10 },
        form,
      );
      const words = render({ name: 'b', label: 'Summary', maxWords: 3, threshold: 75 }, form);
      await expect(form).to.be.accessible();
      clock = installClock();
      inputValue(characters, 'x'.repeat(14));
      inputValue(words, 'one two three four');
      clock.tick(1000);
      clock.uninstall();
      clock = undefined;
      expect(announced(characters)).to.equal('You have 4 characters too many');
      await expect(form).to.be.accessible();
      nativeControl(characters).addEventListener('invalid', (event) => event.preventDefault());
      nativeControl(words).addEventListener('invalid', (event) => event.preventDefault());
      form.requestSubmit();
      expect(shownError(characters)).to.equal('Details must be 10 characters or less');
      expect(shownError(words)).to.equal('Summary must be 3 words or less');
      await expect(form).to.be.accessible();
    });

    itInAccessibilityTree(
      'describes the field by its hint and limit, not the changing count',
      async () => {
        const field = render({
          name: 'more',
          label: 'Can you provide more detail?',
          fieldName: 'more detail',
          hint: 'Do not include personal information',
          maxLength: 200,
        });
        await typeInto(field, 'abc');
        await expectAccessibleNode(field, {
          role: 'textbox',
          name: 'Can you provide more detail?',
          description: 'Do not include personal information You can enter up to 200 characters',
          states: { multiline: true },
        });
      },
    );

    itInAccessibilityTree('describes the field in error by hint, error and limit', async () => {
      const field = render({
        name: 'd',
        label: 'Details',
        hint: 'Do not include personal information',
        error: 'Details must be 10 words or less',
        maxWords: 10,
      });
      await expectAccessibleNode(field, {
        role: 'textbox',
        name: 'Details',
        description:
          'Do not include personal information Error: Details must be 10 words or less You can enter up to 10 words',
        states: { invalid: 'true', multiline: true },
      });
    });
  });
}
