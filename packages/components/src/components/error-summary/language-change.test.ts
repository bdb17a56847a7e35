// A whole form's errors follow a live change of the page's language: each
// question's message on the field, the error summary's links and heading,
// and the title prefix. One page of every kind of question, as a server
// writes it, with Civic's own messages (no per-field wording) so every word
// shown comes from Civic's English and Welsh catalogues.
import { expect } from '@open-wc/testing';
import { cleanUp, container } from '../../../test/authoring.js';
import { toHtml } from '../../core/markup-html.js';
import { checkboxesMarkup } from '../checkboxes/markup.js';
import { dateInputMarkup } from '../date-input/markup.js';
import { fileUploadMarkup } from '../file-upload/markup.js';
import { radiosMarkup } from '../radios/markup.js';
import { selectMarkup } from '../select/markup.js';
import { textInputMarkup } from '../text-input/markup.js';
import { errorSummaryMarkup } from './markup.js';
import '../checkboxes/define.js';
import '../date-input/define.js';
import '../file-upload/define.js';
import '../radios/define.js';
import '../select/define.js';
import '../text-input/define.js';
import './define.js';

const TITLE = 'Apply for a permit';
const tick = () => new Promise((resolve) => setTimeout(resolve));

/** The page, submitted empty: every question required and unanswered. */
async function submittedEmptyForm(): Promise<HTMLFormElement> {
  const page = container();
  page.lang = 'en';
  const form = document.createElement('form');
  form.noValidate = true;
  form.method = 'post';
  form.enctype = 'multipart/form-data';
  form.innerHTML = [
    toHtml(errorSummaryMarkup({ items: [] })),
    toHtml(textInputMarkup({ name: 'town', label: 'Town', fieldName: 'town', required: true })),
    toHtml(
      radiosMarkup({
        name: 'vehicle',
        legend: 'Vehicle',
        fieldName: 'vehicle',
        required: true,
        items: [
          { value: 'car', text: 'Car' },
          { value: 'van', text: 'Van' },
        ],
      }),
    ),
    toHtml(
      checkboxesMarkup({
        name: 'support',
        legend: 'Support',
        fieldName: 'support',
        required: true,
        items: [{ value: 'badge', text: 'Blue Badge' }],
      }),
    ),
    toHtml(
      dateInputMarkup({ name: 'dob', legend: 'Date of birth', fieldName: 'date', required: true }),
    ),
    toHtml(
      selectMarkup({
        name: 'council',
        label: 'Council',
        fieldName: 'council',
        required: true,
        placeholder: 'Choose',
        items: [{ value: 'cardiff', text: 'Cardiff' }],
      }),
    ),
    toHtml(fileUploadMarkup({ name: 'proof', label: 'Proof', fieldName: 'proof', required: true })),
    '<button>Continue</button>',
  ].join('\n');
  page.append(form);
  form.addEventListener('submit', (event) => event.preventDefault());
  await tick();
  form.querySelector('button')!.click();
  await tick();
  await form.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(
    'civic-error-summary',
  )!.updateComplete;
  return form;
}

/** Each question's shown error, without its visually hidden prefix, in page order. */
const fieldErrors = (form: HTMLFormElement) =>
  [...form.querySelectorAll('.civic-error-message')]
    .filter((message) => !(message as HTMLElement).hidden && message.textContent.trim() !== '')
    .map((message) => {
      const prefix = message.querySelector('.civic-visually-hidden')?.textContent ?? '';
      return [prefix, message.textContent.replace(prefix, '').trim()];
    });

const summaryLinks = (form: HTMLFormElement) =>
  [...form.querySelectorAll('civic-error-summary a')].map((link) => [
    link.textContent.trim(),
    link.getAttribute('href'),
  ]);

const summaryHeading = (form: HTMLFormElement) =>
  form.querySelector('.civic-error-summary__title')!.textContent.trim();

describe('a form’s errors after a live change of language', () => {
  let title: string;
  beforeEach(() => {
    title = document.title;
    document.title = TITLE;
  });
  afterEach(() => {
    cleanUp();
    document.title = title;
  });

  it('re-words every question’s error, the summary’s links and heading and the title, and back', async () => {
    const form = await submittedEmptyForm();
    const page = form.parentElement!;
    const english = [
      ['Enter town', '#town'],
      ['Select vehicle', '#vehicle'],
      ['Select support', '#support'],
      ['Enter date', '#dob-day'],
      ['Select council', '#council'],
      ['Select proof', '#proof'],
    ];
    expect(summaryLinks(form)).to.deep.equal(english);
    expect(fieldErrors(form)).to.deep.equal(english.map(([text]) => ['Error:', text]));
    expect(summaryHeading(form)).to.equal('There is a problem');
    expect(document.title).to.equal(`Error: ${TITLE}`);

    page.lang = 'cy';
    await tick();
    await tick();
    const welsh = [
      ['Rhowch town', '#town'],
      ['Dewiswch vehicle', '#vehicle'],
      ['Dewiswch support', '#support'],
      ['Rhowch date', '#dob-day'],
      ['Dewiswch council', '#council'],
      ['Dewiswch proof', '#proof'],
    ];
    expect(fieldErrors(form)).to.deep.equal(welsh.map(([text]) => ['Gwall:', text]));
    expect(summaryLinks(form)).to.deep.equal(welsh);
    expect(summaryHeading(form)).to.equal('Mae problem wedi codi');
    expect(document.title).to.equal(`Gwall: ${TITLE}`);

    page.lang = 'en';
    await tick();
    await tick();
    expect(summaryLinks(form)).to.deep.equal(english);
    expect(fieldErrors(form)).to.deep.equal(english.map(([text]) => ['Error:', text]));
    expect(document.title).to.equal(`Error: ${TITLE}`);
  });
});
