import { expect } from '@open-wc/testing';
import { expectAccessibleNode, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import { cleanUp, container, normalisedMarkup } from '../../../test/authoring.js';
import { HOSTILE } from '../../../test/hostile.js';
import { warningsDuring } from '../../../test/warnings.js';
import { toHtml } from '../../core/markup-html.js';
import { clearWarningHistory } from '../../core/warn.js';
import '../text-input/define.js';
import { textInputMarkup } from '../text-input/markup.js';
import { CivicFieldset } from './civic-fieldset.js';
import { fieldsetMarkup, type CivicFieldsetParams } from './markup.js';
import './define.js';

const ADDRESS: CivicFieldsetParams = {
  id: 'address',
  legend: 'What is your address?',
  hint: 'In the UK',
  legendSize: 'l',
};

const LINES = ['Address line 1', 'Town or city'];

/** Server HTML of the fieldset around two text inputs. */
function serverHtml(params: CivicFieldsetParams): string {
  return toHtml(
    fieldsetMarkup(
      params,
      ...LINES.map((label, n) => textInputMarkup({ name: `line-${n + 1}`, label })),
    ),
  );
}

/** The attribute way, as a framework writes it: the page's own <fieldset> and questions inside. */
function fromAttributes(params: CivicFieldsetParams, parent: Element): CivicFieldset {
  const element = document.createElement('civic-fieldset');
  if (params.legend !== undefined) element.setAttribute('legend', params.legend);
  if (params.hint !== undefined) element.setAttribute('hint', params.hint);
  if (params.error !== undefined) element.setAttribute('error', params.error);
  if (params.legendSize !== undefined) element.setAttribute('legend-size', params.legendSize);
  if (params.pageHeading === true) element.setAttribute('page-heading', '');
  if (params.id !== undefined) element.setAttribute('field-id', params.id);
  const fieldset = document.createElement('fieldset');
  // The page's own questions, as its server wrote them (their own parity is their own tests').
  LINES.forEach((label, n) => {
    const holder = document.createElement('div');
    holder.innerHTML = toHtml(textInputMarkup({ name: `line-${n + 1}`, label }));
    fieldset.append(...holder.childNodes);
  });
  element.append(fieldset);
  parent.append(element);
  return element;
}

function fromServer(params: CivicFieldsetParams, parent: Element): CivicFieldset {
  const holder = document.createElement('div');
  holder.innerHTML = serverHtml(params);
  const element = holder.firstElementChild as CivicFieldset;
  parent.append(element);
  return element;
}

const STATES: Record<string, CivicFieldsetParams> = {
  plain: ADDRESS,
  'in error': { ...ADDRESS, error: 'Enter an address in the UK' },
  'page heading': { ...ADDRESS, hint: undefined, pageHeading: true, legendSize: 'xl' },
};

describe('civic-fieldset', () => {
  beforeEach(() => clearWarningHistory());
  afterEach(() => cleanUp());

  for (const [state, params] of Object.entries(STATES)) {
    it(`server HTML and attributes give the same DOM, as before script: ${state}`, () => {
      const server = fromServer(params, container());
      const serverMarkup = normalisedMarkup(server);
      const parsed = new DOMParser().parseFromString(`<body>${serverHtml(params)}`, 'text/html');
      expect(normalisedMarkup(parsed.body.firstElementChild!)).to.equal(serverMarkup);
      server.remove();
      const built = fromAttributes(params, container());
      expect(normalisedMarkup(built)).to.equal(serverMarkup);
    });
  }

  it('never moves the page’s own questions: they keep their parent, in order, after the legend and hint', () => {
    const element = fromAttributes(ADDRESS, container());
    const fieldset = element.fieldset!;
    const questions = [...fieldset.querySelectorAll('civic-text-input')];
    expect(questions.every((question) => question.parentElement === fieldset)).to.equal(true);
    expect([...fieldset.children].map((child) => child.localName)).to.deep.equal([
      'legend',
      'div',
      'civic-text-input',
      'civic-text-input',
    ]);
  });

  it('shows a group error and clears it, linked from the fieldset', () => {
    const element = fromServer(ADDRESS, container());
    element.error = 'Enter an address in the UK';
    expect(element.error).to.equal('Enter an address in the UK');
    expect(element.fieldset?.getAttribute('aria-describedby')).to.equal(
      'address-hint address-error',
    );
    expect(element.fieldset?.className).to.equal('civic-fieldset civic-fieldset--error');
    element.error = '';
    element.hint = '';
    expect(element.fieldset?.hasAttribute('aria-describedby')).to.equal(false);
    expect(element.fieldset?.className).to.equal('civic-fieldset');
  });

  it('is disabled with its questions by the fieldset’s own disabled', () => {
    const form = document.createElement('form');
    container().append(form);
    const element = fromServer(ADDRESS, form);
    form.querySelector<HTMLInputElement>('input[name="line-1"]')!.value = '1 High St';
    expect(new FormData(form).get('line-1')).to.equal('1 High St');
    element.fieldset!.disabled = true;
    expect(new FormData(form).get('line-1')).to.equal(null);
  });

  it('renders hostile text as text, and warns without a fieldset or legend', async () => {
    const element = fromAttributes({ legend: HOSTILE, hint: HOSTILE, error: HOSTILE }, container());
    expect(element.legend).to.equal(HOSTILE);
    expect(element.querySelector('img')).to.equal(null);
    const warnings = await warningsDuring(() => {
      const bare = document.createElement('civic-fieldset');
      container().append(bare);
      (element as unknown as Record<string, unknown>).hint = { no: 'text' };
    });
    expect(warnings).to.deep.equal([
      '[civic] <civic-fieldset> has no <fieldset> inside it, so nothing groups its questions. Write <civic-fieldset legend="…"><fieldset>…your questions…</fieldset></civic-fieldset>.',
      '[civic] <civic-fieldset> has no legend, so screen readers announce an unnamed group. Set legend="…".',
    ]);
  });

  it('passes axe in every state, both ways', async () => {
    for (const params of Object.values(STATES)) {
      for (const build of [fromServer, fromAttributes]) {
        const element = build(params, container());
        await expect(element).to.be.accessible();
        element.remove();
      }
    }
  });

  itInAccessibilityTree(
    'is a group named by its legend and described by its hint and error',
    async () => {
      const element = fromServer({ ...ADDRESS, error: 'Enter an address in the UK' }, container());
      await expectAccessibleNode(element, {
        role: 'group',
        name: 'What is your address?',
        description: 'In the UK Error: Enter an address in the UK',
      });
    },
  );
});
