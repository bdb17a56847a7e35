import { expect, oneEvent } from '@open-wc/testing';
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
import { descriptionIds, shownError } from '../../../test/field-suite.js';
import { boxesWithin, HOSTILE, withHostileCss } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { warningsDuring } from '../../../test/warnings.js';
import { clearWarningHistory } from '../../core/warn.js';
import { CivicErrorSummary } from '../error-summary/define.js';
import { errorSummaryMarkup } from '../error-summary/markup.js';
import { CivicSelect } from './define.js';
import { selectMarkup, type SelectParams } from './markup.js';

const tick = () => new Promise((resolve) => setTimeout(resolve));

const COUNCILS: SelectParams = {
  name: 'council',
  label: 'Council',
  fieldName: 'your council',
  placeholder: 'Choose a council',
  items: [
    { value: 'cardiff', text: 'Cardiff', group: 'Wales' },
    { value: 'swansea', text: 'Swansea', group: 'Wales' },
    { value: 'leeds', text: 'Leeds', group: 'England' },
    { value: 'other', text: 'Somewhere else' },
  ],
};

/** Every state a story shows, for the same-DOM and axe checks. */
const STATES: [string, SelectParams][] = [
  ['default', COUNCILS],
  [
    'with hint and a chosen value',
    { ...COUNCILS, hint: 'The council you pay council tax to', value: 'leeds' },
  ],
  ['in error', { ...COUNCILS, hint: 'Hint', error: 'Select your council', required: true }],
  ['disabled', { ...COUNCILS, disabled: true }],
  ['page heading', { ...COUNCILS, label: 'Which council is your home in?', pageHeading: true }],
  [
    'selected and disabled options, no placeholder',
    {
      name: 'sort',
      label: 'Sort by',
      items: [
        { value: 'recent', text: 'Recently published' },
        { value: 'updated', text: 'Recently updated', selected: true },
        { value: 'views', text: 'Most views', disabled: true },
      ],
    },
  ],
  ['with the page’s own description', { ...COUNCILS, describedBy: 'page-note' }],
];

function selectOf(field: CivicSelect): HTMLSelectElement {
  if (field.control === null) throw new Error('civic-select has no select');
  return field.control;
}

/** The select's options as [value, text, group]. */
function optionsOf(field: CivicSelect): string[][] {
  return [...selectOf(field).options].map((option) => [
    option.value,
    option.text,
    option.parentElement instanceof HTMLOptGroupElement ? option.parentElement.label : '',
  ]);
}

for (const authoring of AUTHORINGS) {
  describe(`civic-select (${authoring})`, () => {
    beforeEach(() => clearWarningHistory());
    afterEach(() => cleanUp());

    const render = (params: SelectParams, parent: Element = container()) => {
      const field = place(authoring, 'civic-select', selectMarkup, params, parent);
      if (!(field instanceof CivicSelect)) throw new Error('civic-select did not upgrade');
      return field;
    };

    function inForm(params: SelectParams, fieldsetDisabled = false) {
      const form = document.createElement('form');
      form.innerHTML = `<fieldset ${fieldsetDisabled ? 'disabled' : ''}></fieldset>`;
      container().append(form);
      const field = render(params, form.querySelector('fieldset')!);
      return { form, field, select: selectOf(field) };
    }

    it('has its label, hint, error and a native select in the page, with options, groups and a placeholder', () => {
      const field = render({ ...COUNCILS, hint: 'Where you live', error: 'Select your council' });
      const select = selectOf(field);
      expect(field.shadowRoot).to.equal(null);
      expect(select.id).to.equal('council');
      expect(select.labels[0].textContent).to.equal('Council');
      expect(descriptionIds(field)).to.deep.equal(['council-hint', 'council-error']);
      expect(select.getAttribute('aria-invalid')).to.equal('true');
      expect(optionsOf(field)).to.deep.equal([
        ['', 'Choose a council', ''],
        ['cardiff', 'Cardiff', 'Wales'],
        ['swansea', 'Swansea', 'Wales'],
        ['leeds', 'Leeds', 'England'],
        ['other', 'Somewhere else', ''],
      ]);
      expect(select.value).to.equal('');
      expect(field.placeholder).to.equal('Choose a council');
      expect(field.items).to.deep.equal(COUNCILS.items);
    });

    it('is the same DOM from a server and from attributes in every state, and the server HTML needs no script', () => {
      for (const [state, params] of STATES) {
        try {
          expectSameDom('civic-select', selectMarkup, params);
        } catch (error) {
          throw new Error(`${state}: ${String(error)}`, { cause: error });
        }
        cleanUp();
      }
    });

    it('belongs to its form as its select: form.elements, FormData after choosing with the keyboard', async () => {
      const { form, field, select } = inForm(COUNCILS);
      expect(field.form).to.equal(form);
      expect(form.elements.namedItem('council')).to.equal(select);
      expect(new FormData(form).getAll('council')).to.deep.equal(['']);
      const changes: string[] = [];
      field.addEventListener('change', (event) =>
        changes.push((event.target as Element).localName),
      );
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(field.value).to.equal('cardiff');
      expect(new FormData(form).getAll('council')).to.deep.equal(['cardiff']);
      expect(changes).to.deep.equal(['select']);
    });

    it('gets and sets its answer and its initial answer as a native select does', () => {
      const { form, field, select } = inForm({ ...COUNCILS, value: 'leeds' });
      expect([field.value, field.defaultValue]).to.deep.equal(['leeds', 'leeds']);
      field.value = 'swansea';
      expect(select.value).to.equal('swansea');
      field.value = 'nowhere';
      expect(field.value).to.equal('');
      field.defaultValue = 'cardiff';
      form.reset();
      expect(field.value).to.equal('cardiff');
      expect(field.items.find((item) => item.selected === true)?.value).to.equal('cardiff');
    });

    it('returns to its initial choice on form.reset(), and clears a shown error', async () => {
      const { form, field, select } = inForm({ ...COUNCILS, value: 'leeds', required: true });
      select.addEventListener('invalid', (event) => event.preventDefault());
      field.value = '';
      expect(field.checkValidity()).to.equal(false);
      expect(shownError(field)).to.equal('Select your council');
      form.reset();
      await tick();
      expect(field.value).to.equal('leeds');
      expect(shownError(field)).to.equal('');
      expect(select.hasAttribute('aria-invalid')).to.equal(false);
      expect(field.validity?.valid).to.equal(true);
    });

    it('is turned off and left out of the form data inside a disabled fieldset, by the browser', () => {
      const { form, field, select } = inForm({ ...COUNCILS, value: 'leeds', required: true }, true);
      expect(new FormData(form).has('council')).to.equal(false);
      expect(select.matches(':disabled')).to.equal(true);
      expect(field.willValidate).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
    });

    it('names the field in its required message on submit, marks the select invalid, and clears once a choice is made', async () => {
      const { form, field, select } = inForm({ ...COUNCILS, required: true });
      expect(select.required).to.equal(true);
      expect(field.validity?.valueMissing).to.equal(true);
      expect(field.validationMessage).to.equal('Select your council');
      expect(shownError(field), 'no error before submitting').to.equal('');
      const invalid = oneEvent(select, 'invalid');
      select.addEventListener('invalid', (event) => event.preventDefault());
      form.requestSubmit();
      await invalid;
      expect(shownError(field)).to.equal('Select your council');
      expect(field.errorMessage).to.equal('Select your council');
      expect(select.getAttribute('aria-invalid')).to.equal('true');
      expect(select.classList.contains('civic-select--error')).to.equal(true);
      expect(
        field.querySelector('.civic-form-group')!.classList.contains('civic-form-group--error'),
      ).to.equal(true);
      select.value = 'swansea';
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await field.validationComplete;
      await tick();
      expect(shownError(field)).to.equal('');
      expect(select.hasAttribute('aria-invalid')).to.equal(false);
    });

    it('takes per-field messages, one per language, and speaks Welsh on a Welsh page', async () => {
      const field = render({
        ...COUNCILS,
        required: true,
        messages: {
          required: {
            en: 'Select the council you pay council tax to',
            cy: 'Dewiswch eich cyngor treth',
          },
        },
      });
      expect(field.validationMessage).to.equal('Select the council you pay council tax to');
      const welsh = container();
      welsh.lang = 'cy';
      const cy = render(
        {
          ...COUNCILS,
          name: 'cyngor',
          label: 'Cyngor',
          fieldName: 'eich cyngor',
          required: true,
          // A Welsh server writes its built-in text in Welsh; attributes take the page's language.
          ...(authoring === 'server HTML' && { lang: 'cy' }),
        },
        welsh,
      );
      await cy.updateComplete;
      expect(cy.validationMessage).to.equal('Dewiswch eich cyngor');
      selectOf(cy).addEventListener('invalid', (event) => event.preventDefault());
      cy.checkValidity();
      expect(cy.querySelector('.civic-error-message')!.textContent).to.equal(
        'Gwall: Dewiswch eich cyngor',
      );
      welsh.lang = 'en';
      await tick();
      await cy.updateComplete;
      expect(cy.querySelector('.civic-error-message')!.textContent).to.equal(
        'Error: Select eich cyngor',
      );
      field.messages = {};
      expect(field.validationMessage).to.equal('Select your council');
    });

    it('replaces its options from items, by property or attribute, keeping a choice that is still offered', () => {
      const field = render({ ...COUNCILS, value: 'leeds' });
      field.items = [
        { value: 'leeds', text: 'Leeds' },
        { value: 'york', text: 'York' },
      ];
      expect(optionsOf(field)).to.deep.equal([
        ['', 'Choose a council', ''],
        ['leeds', 'Leeds', ''],
        ['york', 'York', ''],
      ]);
      expect(field.value).to.equal('leeds');
      field.setAttribute('items', JSON.stringify([{ value: 'bath', text: 'Bath' }]));
      expect(optionsOf(field)).to.deep.equal([
        ['', 'Choose a council', ''],
        ['bath', 'Bath', ''],
      ]);
      expect(field.value).to.equal('');
      field.placeholder = '';
      expect(optionsOf(field)).to.deep.equal([['bath', 'Bath', '']]);
      field.setAttribute('placeholder', 'Choose one');
      expect(field.placeholder).to.equal('Choose one');
    });

    it('renders hostile text as text, and survives null, wrong types and malformed JSON, warning with the fix', async () => {
      const field = render({
        name: 'h',
        label: HOSTILE,
        hint: HOSTILE,
        placeholder: HOSTILE,
        items: [{ value: HOSTILE, text: HOSTILE, group: HOSTILE }],
      });
      expect(field.querySelector('label')!.textContent).to.equal(HOSTILE);
      expect(optionsOf(field)).to.deep.equal([
        ['', HOSTILE, ''],
        [HOSTILE, HOSTILE, HOSTILE],
      ]);
      expect(field.querySelector('img')).to.equal(null);
      expect(window.__civicHacked).to.equal(undefined);
      const loose = field as unknown as Record<string, unknown>;
      const warnings = await warningsDuring(() => {
        loose.items = null;
        expect(optionsOf(field)).to.deep.equal([['', HOSTILE, '']]);
        loose.items = 'cardiff';
        loose.items = [null, 3, { value: 'x' }, { value: 7, text: 'Seven', selected: 'yes' }];
        field.setAttribute('items', '[{"value": ');
        loose.placeholder = { text: 'x' };
        loose.value = undefined;
        loose.readOnly = true;
        field.removeAttribute('items');
        field.removeAttribute('placeholder');
      });
      expect(field.value).to.equal('');
      expect(warnings.join('\n')).to.contain(
        '<civic-select> items ""cardiff"" is not JSON such as [{"value": "cardiff", "text": "Cardiff", "group": "Wales"}], so it is ignored.',
      );
      expect(warnings.join('\n')).to.contain('left out an item with no text');
      expect(warnings.join('\n')).to.contain(
        '<civic-select> items "[{"value": " is not JSON such as',
      );
      expect(warnings.join('\n')).to.contain('cannot be readonly');
    });

    it('links from the error summary to its select, which takes focus', async () => {
      const root = container();
      root.innerHTML = toSummary();
      const summary = root.querySelector<CivicErrorSummary>('civic-error-summary')!;
      const form = document.createElement('form');
      root.append(form);
      const field = render({ ...COUNCILS, required: true }, form);
      const shown = oneEvent(summary, 'civic-show');
      form.requestSubmit();
      await shown;
      await summary.updateComplete;
      const link = summary.querySelector<HTMLAnchorElement>('.civic-error-summary__list a')!;
      expect([link.textContent.trim(), link.getAttribute('href')]).to.deep.equal([
        'Select your council',
        '#council',
      ]);
      link.click();
      expect(document.activeElement).to.equal(selectOf(field));
    });

    it('is reached with Tab and shows the yellow focus outline', async () => {
      const parent = container();
      const before = document.createElement('input');
      before.setAttribute('aria-label', 'Previous question');
      parent.append(before);
      const field = render(COUNCILS, parent);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(selectOf(field));
      const style = getComputedStyle(selectOf(field));
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(style.outlineColor).to.equal(tokenColour('--civic-color-focus'));
    });

    (navigator.userAgent.includes('Chrome/') ? it : it.skip)(
      'keeps a visible focus outline in forced colours (Chromium only: the others cannot emulate it)',
      async () => {
        await emulateMedia({ forcedColors: 'active' });
        try {
          const field = render(COUNCILS);
          selectOf(field).focus();
          const style = getComputedStyle(selectOf(field));
          expect(style.outlineStyle).to.equal('solid');
          expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      },
    );

    it('fits a 320px column with a long option, and keeps its geometry under a hostile global stylesheet', () => {
      const parent = container();
      parent.style.cssText = 'inline-size: 320px; padding: 0; margin: 0; border: 0';
      const field = render(
        {
          ...COUNCILS,
          hint: 'The council you pay council tax to',
          error: 'Select your council',
          items: [
            {
              value: 'long',
              text: 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch Town Council and its community',
            },
          ],
        },
        parent,
      );
      const select = selectOf(field);
      const column = parent.getBoundingClientRect();
      expect(select.getBoundingClientRect().right).to.be.at.most(column.right + 0.5);
      expect(field.getBoundingClientRect().width).to.be.at.most(320);
      const parts = [
        field.querySelector('.civic-form-group')!,
        field.querySelector('label')!,
        field.querySelector('.civic-hint')!,
        field.querySelector('.civic-error-message')!,
        select,
      ];
      const clean = boxesWithin(parent, parts);
      withHostileCss(() => expect(boxesWithin(parent, parts)).to.deep.equal(clean));
    });

    // One state per test: axe on a busy machine can take seconds each.
    for (const [state, params] of STATES) {
      it(`passes axe: ${state}`, async () => {
        const note = container();
        note.id = 'page-note';
        note.textContent = 'We use this to send you the right forms.';
        await expect(render(params)).to.be.accessible();
      });
    }

    itInAccessibilityTree(
      'is announced with its label, hint, error and required state',
      async () => {
        const field = render({
          ...COUNCILS,
          hint: 'The council you pay council tax to',
          error: 'Select your council',
          required: true,
        });
        const node = await expectAccessibleNode(field, {
          role: 'combobox',
          name: 'Council',
          description: 'The council you pay council tax to Error: Select your council',
          // Chromium does not expose `required` on a select's combobox (it does on
          // text inputs); what it exposes is checked, so a change shows here.
          states: { invalid: 'true', expanded: false, hasPopup: 'menu', focusable: true },
        });
        expect(node.states.required, 'required, not exposed by Chromium on a select').to.equal(
          undefined,
        );
      },
    );

    it('warns, naming the fix, when it has no label', async () => {
      const warnings = await warningsDuring(async () => {
        render({ name: 'nameless', items: [{ value: 'a', text: 'A' }] });
        await tick();
      });
      expect(warnings.join('\n')).to.contain('<civic-select name="nameless"> has no label');
    });

    if (authoring === 'attributes') {
      it('takes items and a value set before it is in the page, as a framework sets them', () => {
        const field = document.createElement('civic-select');
        field.name = 'council';
        field.label = 'Council';
        field.items = [
          { value: 'a', text: 'A' },
          { value: 'b', text: 'B' },
        ];
        field.value = 'b';
        field.placeholder = 'Choose a council';
        expect(field.items).to.deep.equal([
          { value: 'a', text: 'A' },
          { value: 'b', text: 'B' },
        ]);
        container().append(field);
        expect(optionsOf(field)).to.deep.equal([
          ['', 'Choose a council', ''],
          ['a', 'A', ''],
          ['b', 'B', ''],
        ]);
        expect(field.value).to.equal('b');
      });
    }
  });
}

function toSummary(): string {
  const holder = document.createElement('div');
  holder.append(
    place(
      'server HTML',
      'civic-error-summary',
      errorSummaryMarkup,
      {},
      document.createElement('div'),
    ),
  );
  return holder.innerHTML;
}

describe('civic-select before and without its script', () => {
  afterEach(() => cleanUp());
  it('reads the same from the server HTML before script: label, options, the chosen one, and the form data', () => {
    const before = serverHtmlBeforeScript(selectMarkup, {
      ...COUNCILS,
      value: 'swansea',
      error: 'Select your council',
    });
    const form = document.createElement('form');
    form.append(document.importNode(before, true));
    container().append(form);
    expect(new FormData(form).get('council')).to.equal('swansea');
    const select = form.querySelector('select')!;
    expect(select.labels[0].textContent).to.equal('Council');
    expect(select.getAttribute('aria-describedby')).to.equal('council-error');
    expect(normalisedMarkup(form.firstElementChild!)).to.contain(
      '<option selected="" value="swansea">Swansea</option>',
    );
  });
});
