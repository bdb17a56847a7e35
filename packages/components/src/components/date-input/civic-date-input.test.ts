import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  accessibleNodes,
  expectAccessibleNode,
  itInAccessibilityTree,
} from '../../../test/accessibility-tree.js';
import {
  AUTHORINGS,
  cleanUp,
  container,
  expectSameDom,
  normalisedMarkup,
  place,
  serverHtmlBeforeScript,
} from '../../../test/authoring.js';
import { shownError } from '../../../test/field-suite.js';
import { boxesWithin, HOSTILE, withHostileCss } from '../../../test/hostile.js';
import { warningsDuring } from '../../../test/warnings.js';
import { clearWarningHistory } from '../../core/warn.js';
import { CivicErrorSummary } from '../error-summary/define.js';
import { errorSummaryMarkup } from '../error-summary/markup.js';
import { checkDate, isoDate } from './date-rules.js';
import { CivicDateInput } from './define.js';
import { dateInputMarkup, type DateInputParams, type DatePart } from './markup.js';

const tick = () => new Promise((resolve) => setTimeout(resolve));
const PARTS: DatePart[] = ['day', 'month', 'year'];

const BIRTH: DateInputParams = {
  name: 'dob',
  legend: 'Date of birth',
  hint: 'For example, 27 3 2007',
  autocomplete: 'bday',
  required: true,
  past: true,
  min: '1900-01-01',
};

const STATES: [string, DateInputParams][] = [
  ['default', { name: 'start', legend: 'Start date' }],
  ['date of birth with a value', { ...BIRTH, value: '2001-02-03' }],
  [
    'in error, a month missing',
    {
      ...BIRTH,
      values: { day: '3', year: '2001' },
      error: 'Date of birth must include a month',
      errorParts: ['month'],
    },
  ],
  ['in error, the whole date', { ...BIRTH, error: 'Enter date of birth' }],
  ['disabled', { ...BIRTH, disabled: true }],
  [
    'page heading',
    {
      ...BIRTH,
      legend: 'What is your date of birth?',
      fieldName: 'your date of birth',
      pageHeading: true,
    },
  ],
  ['with the page’s own description', { ...BIRTH, describedBy: 'page-note' }],
];

function partOf(field: Element, part: DatePart): HTMLInputElement {
  const input = field.querySelector<HTMLInputElement>(`input[id$="-${part}"]`);
  if (input === null) throw new Error(`no ${part} input`);
  return input;
}

/** The parts marked invalid, in order. */
function marked(field: Element): DatePart[] {
  return PARTS.filter((part) => partOf(field, part).getAttribute('aria-invalid') === 'true');
}

async function typeIn(field: Element, part: DatePart, text: string): Promise<void> {
  partOf(field, part).focus();
  await sendKeys({ type: text });
}

for (const authoring of AUTHORINGS) {
  describe(`civic-date-input (${authoring})`, () => {
    beforeEach(() => clearWarningHistory());
    afterEach(() => cleanUp());

    const render = (params: DateInputParams, parent: Element = container()) => {
      const field = place(authoring, 'civic-date-input', dateInputMarkup, params, parent);
      if (!(field instanceof CivicDateInput)) throw new Error('civic-date-input did not upgrade');
      return field;
    };

    function inForm(params: DateInputParams, fieldsetDisabled = false) {
      const form = document.createElement('form');
      form.innerHTML = `<fieldset ${fieldsetDisabled ? 'disabled' : ''}></fieldset>`;
      container().append(form);
      const field = render(params, form.querySelector('fieldset')!);
      return { form, field };
    }

    it('is three labelled native text inputs in a fieldset named by its legend, with numeric keyboards and widths 2, 2, 4', () => {
      const field = render(BIRTH);
      const fieldset = field.querySelector('fieldset')!;
      expect(field.shadowRoot).to.equal(null);
      expect(fieldset.getAttribute('role')).to.equal('group');
      expect(fieldset.querySelector(':scope > legend')!.textContent).to.equal('Date of birth');
      expect(fieldset.getAttribute('aria-describedby')).to.equal('dob-hint');
      expect(
        PARTS.map((part) => {
          const input = partOf(field, part);
          return [
            input.id,
            input.name,
            input.type,
            input.inputMode,
            input.getAttribute('autocomplete'),
            input.labels![0].textContent,
          ];
        }),
      ).to.deep.equal([
        ['dob-day', 'dob-day', 'text', 'numeric', 'bday-day', 'Day'],
        ['dob-month', 'dob-month', 'text', 'numeric', 'bday-month', 'Month'],
        ['dob-year', 'dob-year', 'text', 'numeric', 'bday-year', 'Year'],
      ]);
      const width = (part: DatePart) => partOf(field, part).getBoundingClientRect().width;
      expect(width('day')).to.equal(width('month'));
      expect(width('year')).to.be.within(width('day') * 1.5, width('day') * 1.9);
      const plain = render({ name: 'start', legend: 'Start date' });
      expect(PARTS.map((part) => partOf(plain, part).hasAttribute('autocomplete'))).to.deep.equal([
        false,
        false,
        false,
      ]);
    });

    it('is the same DOM from a server and from attributes in every state, and the server HTML needs no script', () => {
      const note = container();
      note.id = 'page-note';
      for (const [state, params] of STATES) {
        // Typed values and the parts an error is about come only from a server; checked below.
        if (params.values !== undefined) continue;
        try {
          expectSameDom('civic-date-input', dateInputMarkup, params);
        } catch (error) {
          throw new Error(`${state}: ${String(error)}`, { cause: error });
        }
        cleanUp();
      }
    });

    it('submits each part as itself, typed with the keyboard (Tab moves day, month, year), and gives the whole date as value', async () => {
      const { form, field } = inForm(BIRTH);
      expect(form.elements.namedItem('dob-month')).to.equal(partOf(field, 'month'));
      await typeIn(field, 'day', '3');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(partOf(field, 'month'));
      await sendKeys({ type: '2' });
      expect(field.value, 'incomplete').to.equal('');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(partOf(field, 'year'));
      // No repeated digit: WebKit's driver drops the second of two equal keys.
      await sendKeys({ type: '1987' });
      expect([...new FormData(form).entries()]).to.deep.equal([
        ['dob-day', '3'],
        ['dob-month', '2'],
        ['dob-year', '1987'],
      ]);
      expect(field.value).to.equal('1987-02-03');
      expect(field.validity?.valid).to.equal(true);
    });

    it('fills its parts from a value, clears them with "", and warns about a value that is not a date', async () => {
      const field = render(BIRTH);
      field.value = '1999-12-31';
      expect(PARTS.map((part) => partOf(field, part).value)).to.deep.equal(['31', '12', '1999']);
      expect(field.value).to.equal('1999-12-31');
      field.value = '';
      expect(PARTS.map((part) => partOf(field, part).value)).to.deep.equal(['', '', '']);
      const warnings = await warningsDuring(() => {
        field.value = '31/12/1999';
      });
      expect(warnings.join('\n')).to.contain(
        'value "31/12/1999" is not an ISO date such as "2001-02-03"',
      );
      (field as unknown as Record<string, unknown>).value = null;
      expect(field.value).to.equal('');
    });

    it('says which part is wrong on submit, marks only that part, and the error summary goes to it', async () => {
      const root = container();
      place('server HTML', 'civic-error-summary', errorSummaryMarkup, {}, root);
      const summary = root.querySelector<CivicErrorSummary>('civic-error-summary')!;
      const form = document.createElement('form');
      root.append(form);
      const field = render(BIRTH, form);
      await typeIn(field, 'day', '3');
      await typeIn(field, 'year', '1987');
      expect(field.validationMessage).to.equal('Date of birth must include a month');
      expect(PARTS.map((part) => partOf(field, part).validity.valid)).to.deep.equal([
        true,
        false,
        true,
      ]);
      const shown = oneEvent(summary, 'civic-show');
      form.requestSubmit();
      await shown;
      await summary.updateComplete;
      expect(shownError(field)).to.equal('Date of birth must include a month');
      expect(marked(field)).to.deep.equal(['month']);
      expect(partOf(field, 'month').classList.contains('civic-input--error')).to.equal(true);
      expect(partOf(field, 'day').classList.contains('civic-input--error')).to.equal(false);
      expect(field.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal(
        'dob-hint dob-error',
      );
      const links = [
        ...summary.querySelectorAll<HTMLAnchorElement>('.civic-error-summary__list a'),
      ];
      expect(
        links.map((link) => [link.textContent.trim(), link.getAttribute('href')]),
      ).to.deep.equal([['Date of birth must include a month', '#dob-month']]);
      links[0].click();
      expect(document.activeElement).to.equal(partOf(field, 'month'));
      await sendKeys({ type: '2' });
      partOf(field, 'month').dispatchEvent(new Event('change', { bubbles: true }));
      await tick();
      expect(shownError(field)).to.equal('');
      expect(marked(field)).to.deep.equal([]);
      await summary.updateComplete;
      expect(
        summary.querySelectorAll('.civic-error-summary__list a'),
        'the fixed date leaves the summary',
      ).to.have.length(0);
    });

    it('checks the date as GOV.UK’s pattern does, naming the part, with the field’s name', () => {
      const field = render({ ...BIRTH, max: '2020-12-31' });
      const cases: [string, string, string, string, DatePart[]][] = [
        ['', '', '', 'Enter date of birth', ['day', 'month', 'year']],
        ['3', '', '', 'Date of birth must include a month and year', ['month', 'year']],
        ['', '2', '2001', 'Date of birth must include a day', ['day']],
        ['', '', '2001', 'Date of birth must include a day and month', ['day', 'month']],
        ['3', '13', '2001', 'Date of birth must be a real date', ['month']],
        ['x', '2', '2001', 'Date of birth must be a real date', ['day']],
        ['31', '2', '2001', 'Date of birth must be a real date', ['day']],
        ['3', '2', '01', 'Year must include 4 numbers', ['year']],
        [
          '3',
          '2',
          '1899',
          'Date of birth must be the same as or after 1 January 1900',
          ['day', 'month', 'year'],
        ],
        [
          '3',
          '2',
          '2021',
          'Date of birth must be the same as or before 31 December 2020',
          ['day', 'month', 'year'],
        ],
        ['29', '2', '2000', '', []],
      ];
      for (const [day, month, year, message, parts] of cases) {
        partOf(field, 'day').value = day;
        partOf(field, 'month').value = month;
        partOf(field, 'year').value = year;
        partOf(field, 'day').dispatchEvent(new Event('input', { bubbles: true }));
        expect(field.validationMessage, `${day}/${month}/${year}`).to.equal(message);
        expect(
          PARTS.filter((part) => !partOf(field, part).validity.valid),
          `invalid parts of ${day}/${month}/${year}`,
        ).to.deep.equal(parts);
      }
      const future = render({ name: 'visit', legend: 'Visit date', future: true });
      future.value = '2001-02-03';
      expect(future.validationMessage).to.equal('Visit date must be in the future');
      const past = render({ name: 'born', legend: 'Date of birth', past: true });
      past.value = '2999-01-01';
      expect(past.validationMessage).to.equal('Date of birth must be in the past');
    });

    it('shows a server’s error on the parts it names, until the answer changes', async () => {
      const field = render({
        ...BIRTH,
        values: authoring === 'server HTML' ? { day: '3', year: '2001' } : undefined,
        error: 'Date of birth must include a month',
        errorParts: authoring === 'server HTML' ? ['month'] : undefined,
      });
      expect(shownError(field)).to.equal('Date of birth must include a month');
      expect(marked(field)).to.deep.equal(authoring === 'server HTML' ? ['month'] : PARTS);
      expect(field.validity?.customError).to.equal(true);
      await typeIn(field, 'month', '2');
      partOf(field, 'month').dispatchEvent(new Event('change', { bubbles: true }));
      await tick();
      // From attributes the error was about the whole date: what is still missing shows now.
      expect(shownError(field)).to.equal(
        authoring === 'server HTML' ? '' : 'Date of birth must include a day and year',
      );
    });

    it('returns to its initial date on form.reset(), and clears a shown error and its marks', async () => {
      const { form, field } = inForm({ ...BIRTH, value: '2001-02-03' });
      field.value = '';
      partOf(field, 'day').addEventListener('invalid', (event) => event.preventDefault());
      expect(field.checkValidity()).to.equal(false);
      expect(marked(field)).to.deep.equal(PARTS);
      form.reset();
      await tick();
      expect(field.value).to.equal('2001-02-03');
      expect(shownError(field)).to.equal('');
      expect(marked(field)).to.deep.equal([]);
    });

    it('is turned off and left out of the form data inside a disabled fieldset, and by its own disabled', () => {
      const { form, field } = inForm({ ...BIRTH, value: '2001-02-03' }, true);
      expect(new FormData(form).has('dob-day')).to.equal(false);
      expect(PARTS.map((part) => partOf(field, part).willValidate)).to.deep.equal([
        false,
        false,
        false,
      ]);
      expect(form.checkValidity()).to.equal(true);
      const own = inForm({ name: 'start', legend: 'Start date', value: '2001-02-03' });
      own.field.disabled = true;
      expect(new FormData(own.form).has('start-day')).to.equal(false);
    });

    it('takes per-field messages, and speaks Welsh on a Welsh page, labels and messages', async () => {
      const field = render({
        ...BIRTH,
        messages: {
          'incomplete-month': {
            en: 'Enter the month you were born',
            cy: 'Rhowch y mis y cawsoch eich geni',
          },
        },
      });
      field.value = '';
      partOf(field, 'day').value = '3';
      partOf(field, 'year').value = '2001';
      partOf(field, 'day').dispatchEvent(new Event('input', { bubbles: true }));
      expect(field.validationMessage).to.equal('Enter the month you were born');
      const welsh = container();
      welsh.lang = 'cy';
      const cy = render(
        {
          ...BIRTH,
          name: 'dyddiad-geni',
          legend: 'Dyddiad geni',
          fieldName: 'ddyddiad geni',
          ...(authoring === 'server HTML' && { lang: 'cy' }),
        },
        welsh,
      );
      await cy.updateComplete;
      expect(PARTS.map((part) => partOf(cy, part).labels![0].textContent)).to.deep.equal([
        'Diwrnod',
        'Mis',
        'Blwyddyn',
      ]);
      expect(cy.validationMessage).to.equal('Rhowch ddyddiad geni');
      partOf(cy, 'day').value = '3';
      partOf(cy, 'year').value = '2001';
      partOf(cy, 'day').dispatchEvent(new Event('input', { bubbles: true }));
      expect(cy.validationMessage).to.equal('Rhaid i ddyddiad geni gynnwys mis');
      cy.value = '1899-12-31';
      expect(cy.validationMessage).to.equal(
        'Rhaid i ddyddiad geni fod yr un peth â 1 Ionawr 1900 neu ar ei ôl',
      );
      welsh.lang = 'en';
      await tick();
      await cy.updateComplete;
      expect(PARTS.map((part) => partOf(cy, part).labels![0].textContent)).to.deep.equal([
        'Day',
        'Month',
        'Year',
      ]);
    });

    it('renders hostile text as text, and survives null, wrong types and bad limits, warning with the fix', async () => {
      const field = render({
        name: 'h',
        legend: HOSTILE,
        hint: HOSTILE,
        error: HOSTILE,
        value: HOSTILE,
      });
      expect(field.querySelector('legend')!.textContent).to.equal(HOSTILE);
      expect(shownError(field)).to.equal(HOSTILE.replace(/\s+/g, ' '));
      expect(field.querySelector('img')).to.equal(null);
      expect(window.__civicHacked).to.equal(undefined);
      const loose = field as unknown as Record<string, unknown>;
      loose.min = { year: 1900 };
      loose.past = 'yes';
      loose.legend = null;
      loose.name = 42;
      expect([field.min, field.past, field.legend, partOf(field, 'day').name]).to.deep.equal([
        '',
        true,
        '',
        '42-day',
      ]);
      field.removeAttribute('past');
      expect(field.past).to.equal(false);
      const warnings = await warningsDuring(() => {
        const element = document.createElement('civic-date-input');
        element.setAttribute('name', 'w');
        element.setAttribute('legend', 'When');
        element.setAttribute('min', 'yesterday');
        element.setAttribute('autocomplete', 'on');
        container().append(element);
      });
      if (authoring === 'attributes') {
        expect(warnings.join('\n')).to.contain(
          'min="yesterday" is not an ISO date such as "1900-01-01"',
        );
        expect(warnings.join('\n')).to.contain(
          'autocomplete="on" is not supported: use autocomplete="bday"',
        );
      }
    });

    it('fits a 320px column, and keeps its geometry under a hostile global stylesheet', () => {
      const parent = container();
      parent.style.cssText = 'inline-size: 320px; padding: 0; margin: 0; border: 0';
      const field = render(
        { ...BIRTH, error: 'Date of birth must be a real date', errorParts: ['day'] },
        parent,
      );
      const right = parent.getBoundingClientRect().right;
      for (const part of PARTS) {
        expect(partOf(field, part).getBoundingClientRect().right, part).to.be.at.most(right + 0.5);
      }
      const parts = [
        field.querySelector('.civic-form-group')!,
        field.querySelector('legend')!,
        field.querySelector('.civic-hint')!,
        field.querySelector('.civic-error-message')!,
        ...PARTS.map((part) => partOf(field, part)),
        ...field.querySelectorAll('.civic-date-input__label'),
      ];
      const clean = boxesWithin(parent, parts);
      withHostileCss(() => expect(boxesWithin(parent, parts)).to.deep.equal(clean));
    });

    // One state per test: axe on a busy machine can take seconds each.
    for (const [state, params] of STATES) {
      it(`passes axe: ${state}`, async () => {
        const note = container();
        note.id = 'page-note';
        note.textContent = 'We use this to check your age.';
        await expect(render(params)).to.be.accessible();
      });
    }

    itInAccessibilityTree(
      'is announced as a group named by its legend, with the wrong month marked invalid',
      async () => {
        const field = render({
          ...BIRTH,
          value: authoring === 'attributes' ? undefined : undefined,
          values: authoring === 'server HTML' ? { day: '3', year: '2001' } : undefined,
          error: 'Date of birth must include a month',
          errorParts: ['month'],
        });
        if (authoring === 'attributes') {
          // Built from attributes, the error comes from a check: the month is what is missing.
          field.error = '';
          partOf(field, 'day').value = '3';
          partOf(field, 'year').value = '2001';
          partOf(field, 'day').dispatchEvent(new Event('input', { bubbles: true }));
          partOf(field, 'day').addEventListener('invalid', (event) => event.preventDefault());
          partOf(field, 'month').addEventListener('invalid', (event) => event.preventDefault());
          field.checkValidity();
        }
        await expectAccessibleNode(field, {
          role: 'group',
          name: 'Date of birth',
          description: 'For example, 27 3 2007 Error: Date of birth must include a month',
        });
        const month = await expectAccessibleNode(
          field.querySelector('.civic-date-input__item:nth-child(2)')!,
          {
            role: 'textbox',
            name: 'Month',
            description: '',
            states: { invalid: 'true' },
          },
        );
        // The rule is the script's: no part is announced as required on its own.
        expect(month.states.required, 'required').to.equal(false);
        const others = await accessibleNodes(field, { role: 'textbox' });
        expect(others.map((node) => [node.name, node.states.invalid ?? 'false'])).to.deep.equal([
          ['Day', 'false'],
          ['Month', 'true'],
          ['Year', 'false'],
        ]);
      },
    );
  });
}

describe('civic-date-input before and without its script', () => {
  afterEach(() => cleanUp());
  it('upgrades a server’s HTML with typed values and a marked part without changing it', () => {
    const params: DateInputParams = {
      ...BIRTH,
      values: { day: '3', year: '2001' },
      error: 'Date of birth must include a month',
      errorParts: ['month'],
    };
    const field = place('server HTML', 'civic-date-input', dateInputMarkup, params, container());
    expect(normalisedMarkup(field)).to.equal(
      normalisedMarkup(serverHtmlBeforeScript(dateInputMarkup, params)),
    );
  });

  it('reads and submits the same from the server HTML before script, the wrong part marked', () => {
    const before = serverHtmlBeforeScript(dateInputMarkup, {
      ...BIRTH,
      values: { day: '3', year: '2001' },
      error: 'Date of birth must include a month',
      errorParts: ['month'],
    });
    const form = document.createElement('form');
    form.append(document.importNode(before, true));
    container().append(form);
    expect([...new FormData(form).entries()]).to.deep.equal([
      ['dob-day', '3'],
      ['dob-month', ''],
      ['dob-year', '2001'],
    ]);
    expect(marked(form)).to.deep.equal(['month']);
    expect(form.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal(
      'dob-hint dob-error',
    );
  });
});

describe('date rules', () => {
  it('makes an ISO date of real dates only, and checks without a browser', () => {
    expect([
      isoDate({ day: '3', month: '2', year: '2001' }),
      isoDate({ day: '29', month: '2', year: '2001' }),
      isoDate({ day: ' 29 ', month: '02', year: '2000' }),
    ]).to.deep.equal(['2001-02-03', '', '2000-02-29']);
    expect(
      checkDate({ day: '1', month: '1', year: '2030' }, { past: true, today: '2026-12-01' })?.kind,
    ).to.equal('past');
    expect(checkDate({ day: '', month: '', year: '' })).to.equal(null);
  });
});
