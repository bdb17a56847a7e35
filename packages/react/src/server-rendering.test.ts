// The wrappers render each component's canonical HTML (what
// @civic-design/components/server writes), so React's server HTML works without
// JavaScript; hydrating it gives no warnings, and the element adopts the DOM
// React rendered. Run `pnpm build` first: the wrappers are build output.
import { expect, oneEvent } from '@open-wc/testing';
import { act, createElement, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import type { CivicTextInput as CivicTextInputElement } from '@civic-design/components';
import {
  renderButton,
  renderCheckboxes,
  renderDateInput,
  renderErrorSummary,
  renderNotificationBanner,
  renderPanel,
  renderRadios,
  renderSelect,
  renderStatusTracker,
  renderSummaryList,
  renderTag,
  renderTaskList,
  renderTextInput,
  renderTextarea,
  renderTimeline,
} from '@civic-design/components/server';
import { normalisedMarkup } from '../../components/test/authoring.js';
import {
  CivicButton,
  CivicCheckboxes,
  CivicDateInput,
  CivicErrorSummary,
  CivicNotificationBanner,
  CivicPanel,
  CivicRadios,
  CivicSelect,
  CivicStatusTracker,
  CivicSummaryList,
  CivicTag,
  CivicTaskList,
  CivicTextInput,
  CivicTextarea,
  CivicTimeline,
  type CivicTextInputProps,
} from '../dist/index.js';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

/** Runs `action` inside React's act(), waiting for the effects it causes. */
async function inAct(action: () => void): Promise<void> {
  await act(async () => {
    action();
    await Promise.resolve();
  });
}

/** HTML parsed as a browser parses a page before any script: in a document with no custom elements. */
function parsed(html: string): string {
  const inert = document.implementation.createHTMLDocument('');
  inert.body.innerHTML = html;
  return normalisedMarkup(inert.body);
}

const items = [
  { value: 'email', text: 'Email' },
  { value: 'phone', text: 'Phone', hint: 'We will call in office hours' },
];

// [what, the wrapper as a page writes it, the server entry's HTML for the same question]
const SAME_HTML: [string, ReactElement, string][] = [
  [
    'a text input given attribute names',
    createElement(CivicTextInput, {
      label: 'Full name',
      name: 'full-name',
      hint: 'As on your passport',
      autocomplete: 'name',
      maxlength: 35,
      'input-prefix': '@',
      required: true,
      messages: { required: 'Enter the name on your passport' },
    }),
    renderTextInput({
      label: 'Full name',
      name: 'full-name',
      hint: 'As on your passport',
      autocomplete: 'name',
      maxLength: 35,
      inputPrefix: '@',
      required: true,
      messages: { required: 'Enter the name on your passport' },
    }),
  ],
  [
    'a text input given property names and an error',
    createElement(CivicTextInput, {
      label: 'Reference',
      name: 'ref',
      value: 'AB 12',
      numeric: true,
      maxLength: 8,
      error: 'Reference must be 8 digits',
    }),
    renderTextInput({
      label: 'Reference',
      name: 'ref',
      value: 'AB 12',
      numeric: true,
      maxLength: 8,
      error: 'Reference must be 8 digits',
    }),
  ],
  [
    'a textarea with a count',
    createElement(CivicTextarea, {
      label: 'Details',
      name: 'details',
      value: 'Hi',
      maxlength: 200,
    }),
    renderTextarea({ label: 'Details', name: 'details', value: 'Hi', maxLength: 200 }),
  ],
  [
    'radios with a chosen item',
    createElement(CivicRadios, { legend: 'Contact', name: 'contact', value: 'phone', items }),
    renderRadios({ legend: 'Contact', name: 'contact', value: 'phone', items }),
  ],
  [
    'checkboxes',
    createElement(CivicCheckboxes, { legend: 'Contact', name: 'ways', values: ['email'], items }),
    renderCheckboxes({ legend: 'Contact', name: 'ways', values: ['email'], items }),
  ],
  [
    'a select with a chosen option',
    createElement(CivicSelect, { label: 'Contact', name: 'contact', value: 'phone', items }),
    renderSelect({ label: 'Contact', name: 'contact', value: 'phone', items }),
  ],
  [
    'a date input',
    createElement(CivicDateInput, { legend: 'Date of birth', name: 'dob', value: '1990-04-07' }),
    renderDateInput({ legend: 'Date of birth', name: 'dob', value: '1990-04-07' }),
  ],
  [
    'a button whose text is its children',
    createElement(CivicButton, { name: 'action', value: 'save' }, 'Save and continue'),
    renderButton({ name: 'action', value: 'save', text: 'Save and continue' }),
  ],
  [
    'an error summary waiting for errors',
    createElement(CivicErrorSummary, {}),
    renderErrorSummary({}),
  ],
  [
    'a panel around its children',
    createElement(
      CivicPanel,
      { heading: 'Application complete', reference: 'HDJ2123F' },
      createElement('p', null, 'We have sent you an email'),
    ),
    renderPanel({
      heading: 'Application complete',
      reference: 'HDJ2123F',
      html: '<p>We have sent you an email</p>',
    }),
  ],
  [
    'a success banner',
    createElement(
      CivicNotificationBanner,
      { type: 'success', heading: 'Saved' },
      createElement('p', null, 'Your answers are saved'),
    ),
    renderNotificationBanner({
      type: 'success',
      heading: 'Saved',
      html: '<p>Your answers are saved</p>',
    }),
  ],
  [
    'a tag',
    createElement(CivicTag, { color: 'green' }, 'Completed'),
    renderTag({ color: 'green', text: 'Completed' }),
  ],
  [
    'a task list from its tasks',
    createElement(CivicTaskList, {
      'show-summary': true,
      tasks: [
        { text: 'Your details', href: '/details', status: 'completed' },
        { text: 'Upload proof', href: '/proof', status: 'not-started' },
      ],
    }),
    renderTaskList({
      showSummary: true,
      tasks: [
        { text: 'Your details', href: '/details', status: 'completed' },
        { text: 'Upload proof', href: '/proof', status: 'not-started' },
      ],
    }),
  ],
  [
    'a summary list from its rows',
    createElement(CivicSummaryList, {
      rows: [{ key: 'Name', value: 'Sarah Philips', changeHref: '/name' }],
    }),
    renderSummaryList({ rows: [{ key: 'Name', value: 'Sarah Philips', changeHref: '/name' }] }),
  ],
  [
    'a status tracker from its stages',
    createElement(CivicStatusTracker, {
      'show-heading': true,
      stages: [
        { heading: 'Received', state: 'completed' },
        { heading: 'Checked', state: 'current' },
      ],
    }),
    renderStatusTracker({
      showHeading: true,
      stages: [
        { heading: 'Received', state: 'completed' },
        { heading: 'Checked', state: 'current' },
      ],
    }),
  ],
  [
    'a timeline from its events',
    createElement(CivicTimeline, {
      events: [{ heading: 'Application received', date: '2026-11-02' }],
    }),
    renderTimeline({ events: [{ heading: 'Application received', date: '2026-11-02' }] }),
  ],
];

describe('React wrappers on the server', () => {
  for (const [what, element, serverHtml] of SAME_HTML) {
    it(`render the server entry's HTML for ${what}`, () => {
      expect(parsed(renderToString(element))).to.equal(parsed(serverHtml));
    });
  }
});

describe('Hydrating the wrappers', () => {
  let container: HTMLDivElement;
  let root: Root | undefined;
  let logged: string[];
  const originalError = console.error;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    logged = [];
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  });

  afterEach(async () => {
    console.error = originalError;
    await inAct(() => root?.unmount());
    root = undefined;
    container.remove();
  });

  async function hydrate(element: ReactElement): Promise<void> {
    container.innerHTML = renderToString(element);
    await inAct(() => {
      root = hydrateRoot(container, element, {
        onRecoverableError: (error) => logged.push(`recoverable: ${String(error)}`),
      });
    });
  }

  function contactForm(props: Partial<CivicTextInputProps> = {}): ReactElement {
    return createElement(
      'form',
      { action: '/contact', method: 'post' },
      createElement(CivicErrorSummary, {}),
      createElement(CivicTextInput, {
        label: 'Full name',
        name: 'full-name',
        required: true,
        ...props,
      }),
      createElement(CivicTextarea, { label: 'Details', name: 'details', maxlength: 20 }),
      createElement(CivicButton, {}, 'Send'),
    );
  }

  // The page's first load: the elements are not yet defined when React
  // hydrates (the wrappers register them after their first commit). Custom
  // elements stay defined for the rest of this page, so one test covers it.
  it('hydrates a form with no warning, the elements adopt the server DOM, and React re-renders without touching it', async () => {
    expect(customElements.get('civic-text-input')).to.equal(undefined);
    await hydrate(contactForm());
    const serverInput = container.querySelector('input');
    await customElements.whenDefined('civic-text-input');
    await customElements.whenDefined('civic-textarea');
    await customElements.whenDefined('civic-error-summary');
    const field = container.querySelector<CivicTextInputElement>('civic-text-input')!;
    expect(field.control).to.equal(serverInput);
    expect(logged).to.deep.equal([]);

    const summary = container.querySelector('civic-error-summary')!;
    const shown = oneEvent(summary, 'civic-show');
    container.querySelector('form')!.requestSubmit();
    await shown;
    await field.updateComplete;
    expect(container.querySelector('.civic-error-message')?.textContent).to.equal(
      'Error: Enter full name',
    );
    expect(container.querySelector('.civic-error-summary__list')?.textContent).to.equal(
      'Enter full name',
    );

    // A new label reaches the element as a property; the error it showed stays.
    await inAct(() => root!.render(contactForm({ label: 'Your full name' })));
    await field.updateComplete;
    expect(container.querySelector('label')?.textContent).to.equal('Your full name');
    expect(field.control).to.equal(serverInput);
    expect(container.querySelectorAll('.civic-error-message')).to.have.length(1);
    expect(logged).to.deep.equal([]);
  });

  it('renders the element afresh when a prop with no property changes', async () => {
    await hydrate(contactForm());
    await inAct(() => root!.render(contactForm({ inputPrefix: '£' })));
    expect(container.querySelector('.civic-input__prefix')?.textContent).to.equal('£');
    expect(container.querySelectorAll('civic-text-input input')).to.have.length(1);
  });
});
