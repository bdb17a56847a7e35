import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expectAccessibleNode, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import {
  AUTHORINGS,
  cleanUp,
  container,
  expectSameDom,
  normalisedMarkup,
  place,
  serverHtmlBeforeScript,
} from '../../../test/authoring.js';
import { boxesWithin, HOSTILE, withHostileCss } from '../../../test/hostile.js';
import { warningsDuring } from '../../../test/warnings.js';
import { clearWarningHistory } from '../../core/warn.js';
import { toHtml } from '../../core/markup-html.js';
import '../error-summary/define.js';
import '../text-input/define.js';
import { textInputMarkup } from '../text-input/markup.js';
import { CivicRadios } from './civic-radios.js';
import { radiosMarkup, type RadiosParams } from './markup.js';
import './define.js';

const COMPLETED: RadiosParams = {
  name: 'completed',
  legend: 'Have you completed this section?',
  fieldName: 'if you have completed this section',
  items: [
    { value: 'yes', text: 'Yes' },
    { value: 'no', text: 'No', hint: 'You can come back to it later' },
  ],
};

const STATES: Record<string, RadiosParams> = {
  plain: COMPLETED,
  'with hint, inline and required': {
    ...COMPLETED,
    hint: 'Select one option',
    inline: true,
    required: true,
  },
  'in error': {
    ...COMPLETED,
    hint: 'Select one option',
    error: 'Select if you have completed this section',
  },
  'page heading, small, divider, checked': {
    ...COMPLETED,
    pageHeading: true,
    small: true,
    value: 'no',
    items: [
      { value: 'yes', text: 'Yes' },
      { value: 'no', text: 'No' },
      { divider: 'or' },
      { value: 'unsure', text: 'I do not know' },
    ],
  },
  disabled: { ...COMPLETED, disabled: true, legendSize: 'm' },
};

function form(): HTMLFormElement {
  const element = document.createElement('form');
  element.noValidate = false;
  container().append(element);
  return element;
}

function asRadios(element: Element): CivicRadios {
  if (!(element instanceof CivicRadios)) throw new Error('civic-radios did not upgrade');
  return element;
}

function shownError(element: Element): string {
  const message = element.querySelector('.civic-error-message');
  if (message === null) return '';
  const copy = message.cloneNode(true) as Element;
  copy.querySelector('.civic-visually-hidden')?.remove();
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

for (const authoring of AUTHORINGS) {
  describe(`civic-radios (${authoring})`, () => {
    beforeEach(() => clearWarningHistory());
    afterEach(() => cleanUp());
    const render = (params: RadiosParams, parent: Element = container()) =>
      asRadios(place(authoring, 'civic-radios', radiosMarkup, params, parent));

    it('has native radios in a fieldset named by its legend, with GOV.UK ids', () => {
      const radios = render({ ...COMPLETED, hint: 'Select one option' });
      const [yes, no] = radios.inputs;
      expect(radios.inputs.map((input) => input.id)).to.deep.equal(['completed', 'completed-2']);
      expect(radios.inputs.map((input) => input.type)).to.deep.equal(['radio', 'radio']);
      expect(yes.labels![0].textContent).to.equal('Yes');
      expect(no.getAttribute('aria-describedby')).to.equal('completed-2-item-hint');
      expect(radios.fieldset?.getAttribute('aria-describedby')).to.equal('completed-hint');
      expect(radios.querySelector('legend')?.textContent).to.equal(
        'Have you completed this section?',
      );
      expect(radios.legend).to.equal('Have you completed this section?');
    });

    it('submits the checked value with FormData, resets to the default and joins form.elements', async () => {
      const page = form();
      const radios = render({ ...COMPLETED, value: 'no' }, page);
      expect(new FormData(page).getAll('completed')).to.deep.equal(['no']);
      radios.inputs[0].click();
      expect(new FormData(page).getAll('completed')).to.deep.equal(['yes']);
      expect(radios.value).to.equal('yes');
      expect((page.elements.namedItem('completed') as RadioNodeList).value).to.equal('yes');
      page.reset();
      await new Promise((resolve) => setTimeout(resolve));
      expect(radios.value).to.equal('no');
      radios.value = 'yes';
      expect(new FormData(page).getAll('completed')).to.deep.equal(['yes']);
      radios.value = '';
      expect(new FormData(page).getAll('completed')).to.deep.equal([]);
    });

    it('is turned off by a <fieldset disabled> around it and by its own disabled', () => {
      const outer = document.createElement('fieldset');
      const page = form();
      page.append(outer);
      const radios = render({ ...COMPLETED, value: 'yes' }, outer);
      outer.disabled = true;
      expect(radios.inputs.every((input) => input.matches(':disabled'))).to.equal(true);
      expect(new FormData(page).getAll('completed')).to.deep.equal([]);
      outer.disabled = false;
      radios.disabled = true;
      expect(radios.fieldset?.disabled).to.equal(true);
      expect(radios.hasAttribute('disabled')).to.equal(true);
      expect(new FormData(page).getAll('completed')).to.deep.equal([]);
      radios.disabled = false;
      expect(new FormData(page).getAll('completed')).to.deep.equal(['yes']);
    });

    it('blocks a submission when required, shows "Select …" naming the question once, and clears it when answered', () => {
      const page = form();
      const radios = render({ ...COMPLETED, required: true }, page);
      let invalidEvents = 0;
      radios.addEventListener('civic-error-change', () => invalidEvents++);
      expect(page.checkValidity()).to.equal(false);
      expect(shownError(radios)).to.equal('Select if you have completed this section');
      expect(invalidEvents).to.equal(1);
      expect(radios.querySelectorAll('.civic-error-message')).to.have.length(1);
      expect(radios.fieldset?.getAttribute('aria-describedby')).to.equal('completed-error');
      expect(radios.querySelector('.civic-form-group')?.className).to.equal(
        'civic-form-group civic-form-group--error',
      );
      expect(radios.validationMessage).to.equal('Select if you have completed this section');
      radios.inputs[1].click();
      expect(shownError(radios)).to.equal('');
      expect(radios.fieldset?.hasAttribute('aria-describedby')).to.equal(false);
      expect(page.checkValidity()).to.equal(true);
    });

    it('takes per-field messages, in one language or per language', () => {
      const radios = render({
        ...COMPLETED,
        required: true,
        messages: { required: { en: 'Tell us if you have finished', cy: 'Dywedwch wrthym' } },
      });
      expect(radios.validationMessage).to.equal('Tell us if you have finished');
      radios.messages = { required: 'Choose one' };
      expect(radios.validationMessage).to.equal('Choose one');
    });

    it('speaks Welsh from the page language', async () => {
      const parent = container();
      parent.lang = 'cy';
      const radios = render(
        { ...COMPLETED, required: true, fieldName: 'a ydych wedi gorffen', lang: 'cy' },
        parent,
      );
      await radios.updateComplete;
      expect(radios.validationMessage).to.equal('Dewiswch a ydych wedi gorffen');
      radios.checkValidity();
      expect(
        radios.querySelector('.civic-error-message .civic-visually-hidden')?.textContent,
      ).to.equal('Gwall:');
    });

    it('keeps a server error until the answer changes', () => {
      const radios = render({ ...COMPLETED, error: 'Select if you have completed this section' });
      expect(radios.errorMessage).to.equal('Select if you have completed this section');
      expect(radios.checkValidity()).to.equal(false);
      radios.inputs[0].click();
      expect(radios.errorMessage).to.equal('');
      expect(radios.checkValidity()).to.equal(true);
    });

    it('lists one error in the error summary, whose link focuses the first radio', async () => {
      const page = form();
      const summary = document.createElement('civic-error-summary');
      page.append(summary);
      const radios = render({ ...COMPLETED, required: true }, page);
      const button = document.createElement('button');
      page.append(button);
      page.addEventListener('submit', (event) => event.preventDefault());
      button.click();
      await new Promise((resolve) => setTimeout(resolve));
      await summary.updateComplete;
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((link) => [link.textContent, link.getAttribute('href')])).to.deep.equal([
        ['Select if you have completed this section', '#completed'],
      ]);
      links[0].click();
      expect(document.activeElement).to.equal(radios.inputs[0]);
      radios.inputs[0].click();
      await summary.updateComplete;
      expect(summary.querySelectorAll('a')).to.have.length(0);
    });

    it('reveals the chosen option’s follow-up question; hidden ones are collapsed and not submitted', () => {
      const page = form();
      const followUp = document.createElement('div');
      followUp.id = 'email-reveal';
      const params: RadiosParams = {
        name: 'contact',
        legend: 'How should we contact you?',
        items: [
          authoring === 'server HTML'
            ? {
                value: 'email',
                text: 'Email',
                conditional: toHtml(textInputMarkup({ name: 'email', label: 'Email address' })),
              }
            : { value: 'email', text: 'Email', conditionalId: 'email-reveal' },
          { value: 'post', text: 'Post' },
        ],
      };
      if (authoring === 'attributes') {
        // The page's own element, wherever it put it (here after the group).
        const question = document.createElement('civic-text-input');
        question.setAttribute('name', 'email');
        question.setAttribute('label', 'Email address');
        followUp.append(question);
        page.append(followUp);
      }
      const radios = render(params, page);
      if (authoring === 'attributes') page.append(followUp);
      const [email, post] = radios.inputs;
      const reveal = page.querySelector<HTMLElement>(`#${email.getAttribute('aria-controls')}`)!;
      const isShown = () => getComputedStyle(reveal).display !== 'none';
      page.querySelector<HTMLInputElement>('input[name="email"]')!.value = 'sam@example.com';
      expect(email.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown()).to.equal(false);
      expect(new FormData(page).getAll('email')).to.deep.equal([]);
      email.click();
      expect(email.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown()).to.equal(true);
      expect(new FormData(page).getAll('email')).to.deep.equal(['sam@example.com']);
      post.click();
      expect(isShown()).to.equal(false);
      expect(new FormData(page).getAll('email')).to.deep.equal([]);
    });

    it('checks a radio with Space after Tab moves into the group; arrow keys are the browser’s', async () => {
      const before = document.createElement('button');
      const parent = container();
      parent.append(before);
      const radios = render(COMPLETED, parent);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(radios.inputs[0]);
      await sendKeys({ press: ' ' });
      expect(radios.value).to.equal('yes');
      await sendKeys({ press: 'ArrowDown' });
      expect(radios.value).to.equal('no');
    });

    it('renders hostile strings as text and survives wrong types and removed attributes', async () => {
      const radios = render({
        name: 'h',
        legend: HOSTILE,
        hint: HOSTILE,
        error: HOSTILE,
        items: [{ value: HOSTILE, text: HOSTILE, hint: HOSTILE }],
      });
      expect(radios.legend).to.equal(HOSTILE);
      expect(radios.querySelector('label')?.textContent).to.equal(HOSTILE);
      expect(shownError(radios)).to.equal(HOSTILE.replace(/\s+/g, ' '));
      expect(radios.querySelector('img')).to.equal(null);
      const warnings = await warningsDuring(() => {
        for (const attribute of [...radios.attributes]) radios.removeAttribute(attribute.name);
        (radios as unknown as Record<string, unknown>).legend = null;
        (radios as unknown as Record<string, unknown>).hint = { not: 'text' };
        (radios as unknown as Record<string, unknown>).messages = 'nonsense';
        (radios as unknown as Record<string, unknown>).items = 42;
        (radios as unknown as Record<string, unknown>).value = undefined;
      });
      expect(warnings).to.deep.equal([
        '[civic] <civic-radios> items must be an array such as [{"value": "yes", "text": "Yes"}].',
      ]);
      expect(radios.legend).to.equal('');
    });

    it('warns when there is no legend, and for conditional HTML given as an attribute', async () => {
      const warnings = await warningsDuring(() =>
        render({ name: 'x', items: [{ value: 'a', text: 'A' }] }),
      );
      expect(warnings).to.deep.equal([
        '[civic] <civic-radios name="x"> has no legend, so nobody can tell what the options answer and screen readers announce an unnamed group. Set legend="…".',
      ]);
      if (authoring === 'attributes') {
        const conditional = await warningsDuring(() =>
          render({ ...COMPLETED, items: [{ value: 'a', text: 'A', conditional: '<p>x</p>' }] }),
        );
        expect(conditional).to.deep.equal([
          '[civic] <civic-radios> option "a" has conditional HTML, which only a server can write. In the browser give conditionalId, the id of the follow-up question\u2019s element in the page.'.replace(
            '\u2019',
            "'",
          ),
        ]);
      }
    });

    it('reflows in a 320 px column without overflowing it', () => {
      const column = container();
      column.style.cssText = 'inline-size: 320px; padding: 0; margin: 0; border: 0';
      const radios = render(
        {
          ...STATES['page heading, small, divider, checked'],
          legend: 'A long legend '.repeat(8),
          inline: true,
        },
        column,
      );
      expect(radios.scrollWidth).to.be.at.most(320);
      for (const part of radios.querySelectorAll('legend, label, input')) {
        expect(part.getBoundingClientRect().right).to.be.at.most(
          column.getBoundingClientRect().right,
        );
      }
    });

    // One test per state: axe is slow in WebKit on a busy machine.
    for (const [state, params] of Object.entries(STATES)) {
      it(`passes axe: ${state}`, async () => {
        await expect(render(params)).to.be.accessible();
      });
    }
  });
}

describe('civic-radios: one DOM', () => {
  afterEach(() => cleanUp());
  for (const [state, params] of Object.entries(STATES)) {
    it(`server HTML and attributes build the same DOM, as before script: ${state}`, () => {
      expectSameDom('civic-radios', radiosMarkup, params);
    });
  }

  it('with script off, a follow-up question shows and its inputs submit', () => {
    const params: RadiosParams = {
      ...COMPLETED,
      items: [{ value: 'yes', text: 'Yes', conditional: '<input name="when" value="today">' }],
    };
    const before = serverHtmlBeforeScript(radiosMarkup, params);
    const reveal = before.querySelector('.civic-radios__conditional');
    expect(reveal?.className).to.equal(
      'civic-radios__conditional civic-radios__conditional--hidden',
    );
    const input = before.querySelector<HTMLInputElement>('input[name="when"]');
    expect(input?.disabled).to.equal(false);
    // Not defined in that document: the :defined rule does not hide it.
    expect(normalisedMarkup(before)).to.contain('aria-controls="conditional-completed"');
  });

  itInAccessibilityTree(
    'a radio group in error is announced with its legend, hint and error',
    async () => {
      const radios = asRadios(
        place(
          'server HTML',
          'civic-radios',
          radiosMarkup,
          {
            ...COMPLETED,
            hint: 'Select one option',
            error: 'Select if you have completed this section',
          },
          container(),
        ),
      );
      await expectAccessibleNode(radios, {
        role: 'group',
        name: 'Have you completed this section?',
        description: 'Select one option Error: Select if you have completed this section',
      });
      const yes = await expectAccessibleNode(radios.inputs[0].parentElement!, {
        role: 'radio',
        name: 'Yes',
      });
      expect(yes.states.checked).to.equal('false');
    },
  );

  itInAccessibilityTree(
    'an option that reveals a question carries aria-expanded, which Chromium leaves out of its tree (decision 0008)',
    async () => {
      const radios = asRadios(
        place(
          'server HTML',
          'civic-radios',
          radiosMarkup,
          {
            ...COMPLETED,
            items: [{ value: 'yes', text: 'Yes', conditional: '<p>More</p>' }],
          },
          container(),
        ),
      );
      // ARIA 1.2 does not allow aria-expanded on role radio, and Chromium's
      // tree leaves it out: a screen reader on Chromium is not told the state,
      // only the revealed question itself (next in reading order). The
      // attribute is still set, as GOV.UK Frontend sets it, for readers that use it.
      const collapsed = await expectAccessibleNode(radios, { role: 'radio', name: 'Yes' });
      expect(collapsed.states).to.deep.equal({
        invalid: 'false',
        focusable: true,
        checked: 'false',
      });
      expect(radios.inputs[0].getAttribute('aria-expanded')).to.equal('false');
      radios.inputs[0].click();
      const expanded = await expectAccessibleNode(radios, { role: 'radio', name: 'Yes' });
      expect(expanded.states).to.deep.equal({
        invalid: 'false',
        focusable: true,
        checked: 'true',
        // The revealed question is what the radio now controls.
        controls: 'conditional-completed',
      });
      expect(radios.inputs[0].getAttribute('aria-expanded')).to.equal('true');
      await expectAccessibleNode(radios, { role: 'paragraph', name: '' });
    },
  );

  it('keeps a visible focus outline in forced colours (Chromium only: the others cannot emulate it)', async function () {
    if (!navigator.userAgent.includes('Chrome/')) this.skip();
    await emulateMedia({ forcedColors: 'active' });
    try {
      const radios = asRadios(
        place('server HTML', 'civic-radios', radiosMarkup, COMPLETED, container()),
      );
      radios.inputs[0].focus({ focusVisible: true } as FocusOptions);
      await sendKeys({ press: 'Shift' });
      const style = getComputedStyle(radios.inputs[0]);
      expect(style.outlineStyle).to.equal('solid');
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});

// A long Welsh place name (one word, no break opportunity) and emoji in every
// part a person reads, for reflow at 320 px (WCAG 1.4.10).
const LONG_WORD = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch';
const LONG: RadiosParams = {
  name: 'where',
  legend: `Where do you live? ${LONG_WORD} 🏴󠁧󠁢󠁷󠁬󠁳󠁿`,
  hint: 'Choose the place you live in most of the year, even if you work somewhere else 🏠',
  error: 'Select where you live',
  inline: true,
  items: [
    { value: 'village', text: `${LONG_WORD} community council 🏘️`, hint: `${LONG_WORD} 🚌` },
    { value: 'town', text: 'A town or city 🏙️ with a name long enough to wrap in a narrow column' },
    { divider: 'or' },
    { value: 'abroad', text: 'Abroad ✈️' },
  ],
};

/** Every part of the group a person sees: legend, hint, error, each input, label and hint, divider, follow-up question. */
function visibleParts(group: Element): Element[] {
  return [
    ...group.querySelectorAll(
      'legend, .civic-fieldset > .civic-hint, .civic-error-message, .civic-radios__input, .civic-radios__label, .civic-radios__hint, .civic-radios__divider, .civic-radios__conditional',
    ),
  ];
}

/** A column of a fixed width whose own box the hostile stylesheet cannot change (its inline style wins). */
function column(width = 600): HTMLElement {
  const element = container();
  element.style.cssText = `inline-size: ${width}px; padding: 0; margin: 0; border: 0`;
  return element;
}

for (const authoring of AUTHORINGS) {
  describe(`civic-radios: a hostile page and a narrow screen (${authoring})`, () => {
    beforeEach(() => clearWarningHistory());
    afterEach(() => cleanUp());
    const render = (params: RadiosParams, parent: Element = column()) =>
      asRadios(place(authoring, 'civic-radios', radiosMarkup, params, parent));

    it('keeps the geometry of its inputs, labels, hints, divider and follow-up question under a hostile global stylesheet', () => {
      const radios = render({
        ...COMPLETED,
        hint: 'Select one option',
        error: 'Select if you have completed this section',
        value: 'yes',
        items: [
          authoring === 'server HTML'
            ? {
                value: 'yes',
                text: 'Yes',
                hint: 'You can still change it',
                conditional: toHtml(textInputMarkup({ name: 'when', label: 'When?' })),
              }
            : { value: 'yes', text: 'Yes', hint: 'You can still change it' },
          { divider: 'or' },
          { value: 'no', text: 'No', hint: 'You can come back to it later' },
        ],
      });
      const parts = visibleParts(radios);
      expect(parts.length).to.equal(authoring === 'server HTML' ? 11 : 10);
      const clean = boxesWithin(radios, parts);
      withHostileCss(() => expect(boxesWithin(radios, parts)).to.deep.equal(clean));
    });

    it('keeps the geometry of small and inline radios under a hostile global stylesheet', () => {
      const radios = render({ ...COMPLETED, small: true, inline: true });
      const parts = visibleParts(radios);
      const clean = boxesWithin(radios, parts);
      withHostileCss(() => expect(boxesWithin(radios, parts)).to.deep.equal(clean));
    });

    for (const small of [false, true]) {
      it(`reflows in a 320 px column with long labels, hints and emoji${small ? ' (small)' : ''}`, () => {
        const narrow = column(320);
        const radios = render({ ...LONG, small }, narrow);
        const right = narrow.getBoundingClientRect().right;
        expect(radios.scrollWidth).to.be.at.most(320);
        for (const part of visibleParts(radios)) {
          expect(
            part.getBoundingClientRect().right,
            part.className || part.localName,
          ).to.be.at.most(right + 0.5);
        }
        // The inputs keep their size (a 24 px target at least) beside a label that wraps.
        for (const input of radios.inputs) {
          const box = input.getBoundingClientRect();
          expect(Math.min(box.width, box.height)).to.be.at.least(24);
        }
      });
    }
  });
}
