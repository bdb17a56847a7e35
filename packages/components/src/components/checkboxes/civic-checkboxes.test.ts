import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessibleNode, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import { AUTHORINGS, cleanUp, container, expectSameDom, place } from '../../../test/authoring.js';
import { boxesWithin, HOSTILE, withHostileCss } from '../../../test/hostile.js';
import { warningsDuring } from '../../../test/warnings.js';
import { toHtml } from '../../core/markup-html.js';
import { clearWarningHistory } from '../../core/warn.js';
import { textInputMarkup } from '../text-input/markup.js';
import '../text-input/define.js';
import '../error-summary/define.js';
import { CivicCheckboxes } from './civic-checkboxes.js';
import { checkboxesMarkup, type CheckboxesParams } from './markup.js';
import './define.js';

const VEHICLES: CheckboxesParams = {
  name: 'vehicles',
  legend: 'Which vehicles do you own?',
  hint: 'Select all that apply',
  fieldName: 'which vehicles you own, or none of these',
  items: [
    { value: 'car', text: 'Car' },
    { value: 'van', text: 'Van', hint: 'Up to 3.5 tonnes' },
    { value: 'motorbike', text: 'Motorbike' },
    { divider: 'or' },
    { value: 'none', text: 'None of these', behaviour: 'exclusive' },
  ],
};

const STATES: Record<string, CheckboxesParams> = {
  plain: VEHICLES,
  'required, small, chosen': { ...VEHICLES, required: true, small: true, values: ['van'] },
  'in error': { ...VEHICLES, error: 'Select which vehicles you own, or none of these' },
  'limits, page heading': { ...VEHICLES, minSelected: 2, maxSelected: 3, pageHeading: true },
  disabled: { ...VEHICLES, disabled: true },
};

function form(): HTMLFormElement {
  const element = document.createElement('form');
  container().append(element);
  return element;
}

function asCheckboxes(element: Element): CivicCheckboxes {
  if (!(element instanceof CivicCheckboxes)) throw new Error('civic-checkboxes did not upgrade');
  return element;
}

function shownError(element: Element): string {
  const message = element.querySelector('.civic-error-message');
  if (message === null) return '';
  const copy = message.cloneNode(true) as Element;
  copy.querySelector('.civic-visually-hidden')?.remove();
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

function input(group: CivicCheckboxes, value: string): HTMLInputElement {
  const found = group.inputs.find((candidate) => candidate.value === value);
  if (found === undefined) throw new Error(`no option ${value}`);
  return found;
}

for (const authoring of AUTHORINGS) {
  describe(`civic-checkboxes (${authoring})`, () => {
    beforeEach(() => clearWarningHistory());
    afterEach(() => cleanUp());
    const render = (params: CheckboxesParams, parent: Element = container()) =>
      asCheckboxes(place(authoring, 'civic-checkboxes', checkboxesMarkup, params, parent));

    it('has native checkboxes with GOV.UK ids, a divider, and submits each checked value', async () => {
      const page = form();
      const group = render({ ...VEHICLES, values: ['car'] }, page);
      expect(group.inputs.map((box) => box.id)).to.deep.equal([
        'vehicles',
        'vehicles-2',
        'vehicles-3',
        'vehicles-4',
      ]);
      expect(group.querySelector('.civic-checkboxes__divider')?.textContent).to.equal('or');
      expect(new FormData(page).getAll('vehicles')).to.deep.equal(['car']);
      input(group, 'van').click();
      expect(new FormData(page).getAll('vehicles')).to.deep.equal(['car', 'van']);
      expect(group.values).to.deep.equal(['car', 'van']);
      expect((page.elements.namedItem('vehicles') as RadioNodeList).length).to.equal(4);
      page.reset();
      await new Promise((resolve) => setTimeout(resolve));
      expect(group.values).to.deep.equal(['car']);
      group.values = ['motorbike'];
      expect(new FormData(page).getAll('vehicles')).to.deep.equal(['motorbike']);
    });

    it('"None of these" clears the others when checked, and is cleared when another is checked', () => {
      const group = render(VEHICLES);
      input(group, 'car').click();
      input(group, 'van').click();
      input(group, 'none').click();
      expect(group.values).to.deep.equal(['none']);
      input(group, 'motorbike').click();
      expect(group.values).to.deep.equal(['motorbike']);
    });

    it('requires one option with a "Select …" message naming the question, shown once on submit', () => {
      const page = form();
      const group = render({ ...VEHICLES, required: true }, page);
      let changes = 0;
      group.addEventListener('civic-error-change', () => changes++);
      expect(page.checkValidity()).to.equal(false);
      expect(shownError(group)).to.equal('Select which vehicles you own, or none of these');
      expect(changes).to.equal(1);
      expect(group.fieldset?.getAttribute('aria-describedby')).to.equal(
        'vehicles-hint vehicles-error',
      );
      input(group, 'none').click();
      expect(shownError(group)).to.equal('');
      expect(page.checkValidity()).to.equal(true);
    });

    it('checks the fewest and most options, with messages that count', () => {
      const group = render({ ...VEHICLES, minSelected: 2, maxSelected: 2 });
      expect(group.validationMessage).to.equal('');
      input(group, 'car').click();
      expect(group.validationMessage).to.equal(
        'Select at least 2 options for which vehicles you own, or none of these',
      );
      input(group, 'van').click();
      expect(group.validationMessage).to.equal('');
      input(group, 'motorbike').click();
      expect(group.validationMessage).to.equal(
        'Select no more than 2 options for which vehicles you own, or none of these',
      );
      group.maxSelected = 1;
      expect(group.validationMessage).to.equal(
        'Select no more than 1 option for which vehicles you own, or none of these',
      );
      group.messages = { maxselected: 'Choose one vehicle' };
      expect(group.validationMessage).to.equal('Choose one vehicle');
      group.maxSelected = null;
      group.minSelected = undefined;
      expect(group.validationMessage).to.equal('');
    });

    it('speaks Welsh from the page language', async () => {
      const parent = container();
      parent.lang = 'cy';
      const group = render(
        { ...VEHICLES, minSelected: 2, fieldName: 'eich cerbydau', lang: 'cy' },
        parent,
      );
      await group.updateComplete;
      input(group, 'car').click();
      expect(group.validationMessage).to.equal('Dewiswch o leiaf 2 opsiwn ar gyfer eich cerbydau');
    });

    it('lists one error in the error summary, whose link focuses the first checkbox', async () => {
      const page = form();
      const summary = document.createElement('civic-error-summary');
      page.append(summary);
      const group = render({ ...VEHICLES, required: true }, page);
      const button = document.createElement('button');
      page.append(button);
      page.addEventListener('submit', (event) => event.preventDefault());
      button.click();
      await new Promise((resolve) => setTimeout(resolve));
      await summary.updateComplete;
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((link) => [link.textContent, link.getAttribute('href')])).to.deep.equal([
        ['Select which vehicles you own, or none of these', '#vehicles'],
      ]);
      links[0]?.click();
      expect(document.activeElement).to.equal(group.inputs[0]);
    });

    it('reveals a follow-up question for each checked option, not submitted while hidden', () => {
      const page = form();
      const followUp = document.createElement('div');
      followUp.id = 'van-weight';
      const weight = document.createElement('input');
      weight.name = 'weight';
      weight.value = '3';
      followUp.append(weight);
      const params: CheckboxesParams = {
        ...VEHICLES,
        items: [
          authoring === 'server HTML'
            ? { value: 'van', text: 'Van', conditional: '<input name="weight" value="3">' }
            : { value: 'van', text: 'Van', conditionalId: 'van-weight' },
          { value: 'none', text: 'None of these', behaviour: 'exclusive' },
        ],
      };
      if (authoring === 'attributes') page.append(followUp);
      const group = render(params, page);
      const van = input(group, 'van');
      expect(van.getAttribute('aria-expanded')).to.equal('false');
      expect(new FormData(page).getAll('weight')).to.deep.equal([]);
      van.click();
      expect(van.getAttribute('aria-expanded')).to.equal('true');
      expect(new FormData(page).getAll('weight')).to.deep.equal(['3']);
      // "None" clears Van, which hides its question again.
      input(group, 'none').click();
      expect(van.getAttribute('aria-expanded')).to.equal('false');
      expect(new FormData(page).getAll('weight')).to.deep.equal([]);
    });

    it('is turned off by a <fieldset disabled> around it and by its own disabled', () => {
      const outer = document.createElement('fieldset');
      const page = form();
      page.append(outer);
      const group = render({ ...VEHICLES, values: ['car'] }, outer);
      outer.disabled = true;
      expect(new FormData(page).getAll('vehicles')).to.deep.equal([]);
      outer.disabled = false;
      group.disabled = true;
      expect(new FormData(page).getAll('vehicles')).to.deep.equal([]);
      group.disabled = false;
      expect(new FormData(page).getAll('vehicles')).to.deep.equal(['car']);
    });

    it('checks an option with Space after Tab', async () => {
      const before = document.createElement('button');
      const parent = container();
      parent.append(before);
      const group = render(VEHICLES, parent);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(group.inputs[0]);
      await sendKeys({ press: ' ' });
      expect(group.values).to.deep.equal(['car']);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(group.inputs[1]);
    });

    it('renders hostile strings as text and survives wrong types', async () => {
      const group = render({
        name: 'h',
        legend: HOSTILE,
        items: [{ value: HOSTILE, text: HOSTILE, hint: HOSTILE }],
      });
      expect(group.querySelector('label')?.textContent).to.equal(HOSTILE);
      expect(group.querySelector('img')).to.equal(null);
      const warnings = await warningsDuring(() => {
        (group as unknown as Record<string, unknown>).minSelected = 'lots';
        (group as unknown as Record<string, unknown>).values = 'car';
        (group as unknown as Record<string, unknown>).items = '{"not": "a list"}';
      });
      expect(warnings).to.deep.equal([
        '[civic] <civic-checkboxes> items must be an array such as [{"value": "yes", "text": "Yes"}].',
      ]);
      expect(group.minSelected).to.equal(undefined);
    });

    it('builds the options again when a framework gives them after adding the element', () => {
      const group = asCheckboxes(document.createElement('civic-checkboxes'));
      group.setAttribute('name', 'late');
      group.setAttribute('legend', 'Late options');
      container().append(group);
      expect(group.inputs).to.have.length(0);
      group.items = [
        { value: 'a', text: 'A' },
        { value: 'b', text: 'B' },
      ];
      expect(group.inputs.map((box) => box.id)).to.deep.equal(['late', 'late-2']);
      group.inputs[1]?.click();
      group.items = [
        { value: 'b', text: 'B' },
        { value: 'c', text: 'C' },
      ];
      expect(group.values).to.deep.equal(['b']);
    });

    // One test per state: axe is slow in WebKit on a busy machine.
    for (const [state, params] of Object.entries(STATES)) {
      it(`passes axe: ${state}`, async () => {
        await expect(render(params)).to.be.accessible();
      });
    }
  });
}

describe('civic-checkboxes: one DOM', () => {
  afterEach(() => cleanUp());
  for (const [state, params] of Object.entries(STATES)) {
    it(`server HTML and attributes build the same DOM, as before script: ${state}`, () => {
      expectSameDom('civic-checkboxes', checkboxesMarkup, params);
    });
  }

  itInAccessibilityTree(
    'a checkbox group in error is announced with its legend, hint and error',
    async () => {
      const group = asCheckboxes(
        place('server HTML', 'civic-checkboxes', checkboxesMarkup, STATES['in error'], container()),
      );
      await expectAccessibleNode(group, {
        role: 'group',
        name: 'Which vehicles do you own?',
        description: 'Select all that apply Error: Select which vehicles you own, or none of these',
      });
      await expectAccessibleNode(group.inputs[1].parentElement!, {
        role: 'checkbox',
        name: 'Van',
        description: 'Up to 3.5 tonnes',
      });
    },
  );
});

// A long Welsh place name (one word, no break opportunity) and emoji in every
// part a person reads, for reflow at 320 px (WCAG 1.4.10).
const LONG_WORD = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch';
const LONG: CheckboxesParams = {
  name: 'places',
  legend: `Which places have you lived in? ${LONG_WORD} 🏴󠁧󠁢󠁷󠁬󠁳󠁿`,
  hint: 'Select all the places you have lived in during the last 5 years, even for a short time 🏠',
  error: 'Select which places you have lived in',
  inline: true,
  items: [
    { value: 'village', text: `${LONG_WORD} community council 🏘️`, hint: `${LONG_WORD} 🚌` },
    { value: 'town', text: 'A town or city 🏙️ with a name long enough to wrap in a narrow column' },
    { divider: 'or' },
    { value: 'none', text: 'None of these ✈️', behaviour: 'exclusive' },
  ],
};

/** Every part of the group a person sees: legend, hint, error, each input, label and hint, divider, follow-up question. */
function visibleParts(group: Element): Element[] {
  return [
    ...group.querySelectorAll(
      'legend, .civic-fieldset > .civic-hint, .civic-error-message, .civic-checkboxes__input, .civic-checkboxes__label, .civic-checkboxes__hint, .civic-checkboxes__divider, .civic-checkboxes__conditional',
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
  describe(`civic-checkboxes: a hostile page and a narrow screen (${authoring})`, () => {
    beforeEach(() => clearWarningHistory());
    afterEach(() => cleanUp());
    const render = (params: CheckboxesParams, parent: Element = column()) =>
      asCheckboxes(place(authoring, 'civic-checkboxes', checkboxesMarkup, params, parent));

    it('keeps the geometry of its inputs, labels, hints, divider and follow-up question under a hostile global stylesheet', () => {
      const group = render({
        ...VEHICLES,
        error: 'Select which vehicles you own, or none of these',
        values: ['van'],
        items: [
          { value: 'car', text: 'Car' },
          authoring === 'server HTML'
            ? {
                value: 'van',
                text: 'Van',
                hint: 'Up to 3.5 tonnes',
                conditional: toHtml(textInputMarkup({ name: 'van-weight', label: 'Weight' })),
              }
            : { value: 'van', text: 'Van', hint: 'Up to 3.5 tonnes' },
          { divider: 'or' },
          { value: 'none', text: 'None of these', behaviour: 'exclusive' },
        ],
      });
      const parts = visibleParts(group);
      expect(parts.length).to.equal(authoring === 'server HTML' ? 12 : 11);
      const clean = boxesWithin(group, parts);
      withHostileCss(() => expect(boxesWithin(group, parts)).to.deep.equal(clean));
    });

    it('keeps the geometry of small and inline checkboxes under a hostile global stylesheet', () => {
      const group = render({ ...VEHICLES, small: true, inline: true });
      const parts = visibleParts(group);
      const clean = boxesWithin(group, parts);
      withHostileCss(() => expect(boxesWithin(group, parts)).to.deep.equal(clean));
    });

    for (const small of [false, true]) {
      it(`reflows in a 320 px column with long labels, hints and emoji${small ? ' (small)' : ''}`, () => {
        const narrow = column(320);
        const group = render({ ...LONG, small }, narrow);
        const right = narrow.getBoundingClientRect().right;
        expect(group.scrollWidth).to.be.at.most(320);
        for (const part of visibleParts(group)) {
          expect(
            part.getBoundingClientRect().right,
            part.className || part.localName,
          ).to.be.at.most(right + 0.5);
        }
        // The inputs keep their size (a 24 px target at least) beside a label that wraps.
        for (const input of group.inputs) {
          const box = input.getBoundingClientRect();
          expect(Math.min(box.width, box.height)).to.be.at.least(24);
        }
      });
    }
  });
}
