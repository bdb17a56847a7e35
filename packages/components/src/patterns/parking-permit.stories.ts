import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { CivicFileUpload } from '../components/file-upload/civic-file-upload.js';
import { buttonMarkup } from '../components/button/markup.js';
import { checkboxesMarkup } from '../components/checkboxes/markup.js';
import { dateInputMarkup } from '../components/date-input/markup.js';
import { errorSummaryMarkup } from '../components/error-summary/markup.js';
import { fieldsetMarkup } from '../components/fieldset/markup.js';
import { fileUploadMarkup } from '../components/file-upload/markup.js';
import { radiosMarkup } from '../components/radios/markup.js';
import { textInputMarkup, type TextInputParams } from '../components/text-input/markup.js';
import { escapeText, toHtml } from '../core/markup-html.js';
import '../components/button/define.js';
import '../components/checkboxes/define.js';
import '../components/date-input/define.js';
import '../components/error-summary/define.js';
import '../components/fieldset/define.js';
import '../components/file-upload/define.js';
import '../components/radios/define.js';
import '../components/text-input/define.js';

// "Apply for a resident parking permit": one question page of every kind of
// question a council service asks, rendered as the HTML a server writes (the
// source panel shows it all), so a service on any stack can send the same.
const meta = {
  title: 'Patterns/Apply for a resident parking permit',
  parameters: {
    layout: 'padded',
    a11y: {
      config: {
        // The Car radio reveals the registration question and carries
        // aria-expanded, as GOV.UK Frontend's radios do (see the Radios
        // component's stories); ARIA 1.2 does not allow it on a radio, so
        // aria-allowed-attr skips only those radios. Every other element and
        // every other rule is still checked.
        rules: [
          {
            id: 'aria-allowed-attr',
            selector:
              '*:not(input.civic-radios__input[type="radio"][aria-controls][aria-expanded])',
          },
        ],
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

type Language = 'en' | 'cy';

/** The server's messages for each field, by the id its summary link goes to, in page order. */
const serverErrors: Record<string, string> = {
  'full-name': 'Enter your full name',
  'address-line-1': 'Enter building and street',
  'address-town': 'Enter town or city',
  'address-postcode': 'Enter postcode',
  'dob-month': 'Date of birth must be a real date',
  vehicle: 'Select the type of vehicle',
  support: 'Select if you hold any of these, or select None of these',
  proof: 'Select a proof of address',
};

const content = {
  en: {
    heading: 'Apply for a resident parking permit',
    fullName: 'Full name',
    fullNameField: 'your full name',
    address: 'Your address',
    line1: 'Building and street',
    line1Field: 'building and street',
    town: 'Town or city',
    townField: 'town or city',
    postcode: 'Postcode',
    postcodeField: 'postcode',
    dob: 'Date of birth',
    dobHint: 'For example, 27 3 1990',
    dobField: 'your date of birth',
    vehicle: 'What type of vehicle is it?',
    vehicleField: 'the type of vehicle',
    car: 'Car',
    motorcycle: 'Motorcycle',
    van: 'Van',
    registration: 'Registration number',
    registrationField: 'the registration number',
    support: 'Do you hold any of these?',
    supportHint: 'Select all that apply',
    supportField: 'if you hold any of these, or select None of these',
    blueBadge: 'Blue Badge',
    carer: 'Carer’s permit',
    carerHint: 'For someone who visits you to give care',
    or: 'or',
    none: 'None of these',
    proof: 'Upload a proof of address',
    proofHint: 'A council tax bill or a tenancy agreement: PDF, JPG or PNG',
    proofField: 'a proof of address',
    continue: 'Continue',
    received: 'The server would receive:',
  },
  cy: {
    heading: 'Gwneud cais am drwydded barcio i breswylwyr',
    fullName: 'Enw llawn',
    fullNameField: 'eich enw llawn',
    address: 'Eich cyfeiriad',
    line1: 'Adeilad a stryd',
    line1Field: 'adeilad a stryd',
    town: 'Tref neu ddinas',
    townField: 'dref neu ddinas',
    postcode: 'Cod post',
    postcodeField: 'god post',
    dob: 'Dyddiad geni',
    dobHint: 'Er enghraifft, 27 3 1990',
    dobField: 'eich dyddiad geni',
    vehicle: 'Pa fath o gerbyd ydyw?',
    vehicleField: 'y math o gerbyd',
    car: 'Car',
    motorcycle: 'Beic modur',
    van: 'Fan',
    registration: 'Rhif cofrestru',
    registrationField: 'y rhif cofrestru',
    support: 'Oes gennych chi unrhyw un o’r rhain?',
    supportHint: 'Dewiswch bob un sy’n berthnasol',
    supportField: 'a oes gennych chi unrhyw un o’r rhain, neu dewiswch Dim un o’r rhain',
    blueBadge: 'Bathodyn Glas',
    carer: 'Trwydded gofalwr',
    carerHint: 'I rywun sy’n ymweld â chi i roi gofal',
    or: 'neu',
    none: 'Dim un o’r rhain',
    proof: 'Uwchlwytho prawf o gyfeiriad',
    proofHint: 'Bil treth gyngor neu gytundeb tenantiaeth: PDF, JPG neu PNG',
    proofField: 'brawf o gyfeiriad',
    continue: 'Parhau',
    received: 'Byddai’r gweinydd yn cael:',
  },
} satisfies Record<Language, Record<string, string>>;

interface PageOptions {
  /** The server's errors, by the id each summary link goes to. */
  errors?: Record<string, string>;
  /** What the person typed, shown again by the server. */
  answers?: Record<string, string>;
}

/** The page a server writes: the error summary, the heading and the form. */
function permitPage(language: Language, { errors = {}, answers = {} }: PageOptions = {}): string {
  const t = content[language];
  const lang = language;
  const error = (id: string): string | undefined => (id in errors ? errors[id] : undefined);
  const textInput = (
    name: string,
    label: string,
    fieldName: string,
    extra: Pick<TextInputParams, 'autocomplete' | 'width'> = {},
  ) =>
    toHtml(
      textInputMarkup({
        name,
        label,
        fieldName,
        ...extra,
        required: true,
        value: answers[name],
        error: error(name),
        lang,
      }),
    );
  const registration = toHtml(
    textInputMarkup({
      name: 'registration',
      label: t.registration,
      fieldName: t.registrationField,
      width: '10',
      required: true,
      value: answers.registration,
      error: error('registration'),
      lang,
    }),
  );
  const address = [
    textInput('address-line-1', t.line1, t.line1Field, { autocomplete: 'address-line1' }),
    textInput('address-town', t.town, t.townField, { autocomplete: 'address-level2', width: '20' }),
    textInput('address-postcode', t.postcode, t.postcodeField, {
      autocomplete: 'postal-code',
      width: '10',
    }),
  ].join('\n');
  const dobError = error('dob-day') ?? error('dob-month') ?? error('dob-year');
  const items = Object.entries(errors).map(([href, text]) => ({ text, href: `#${href}` }));
  const questions = [
    textInput('full-name', t.fullName, t.fullNameField, { autocomplete: 'name' }),
    toHtml(fieldsetMarkup({ legend: t.address, legendSize: 'm', html: address, lang })),
    toHtml(
      dateInputMarkup({
        name: 'dob',
        legend: t.dob,
        hint: t.dobHint,
        fieldName: t.dobField,
        autocomplete: 'bday',
        required: true,
        past: true,
        values: { day: answers['dob-day'], month: answers['dob-month'], year: answers['dob-year'] },
        error: dobError,
        errorParts: error('dob-month') ? ['month'] : undefined,
        lang,
      }),
    ),
    toHtml(
      radiosMarkup({
        name: 'vehicle',
        legend: t.vehicle,
        fieldName: t.vehicleField,
        required: true,
        value: answers.vehicle,
        error: error('vehicle'),
        items: [
          { value: 'car', text: t.car, conditional: registration },
          { value: 'motorcycle', text: t.motorcycle },
          { value: 'van', text: t.van },
        ],
        lang,
      }),
    ),
    toHtml(
      checkboxesMarkup({
        name: 'support',
        legend: t.support,
        hint: t.supportHint,
        fieldName: t.supportField,
        required: true,
        error: error('support'),
        items: [
          { value: 'blue-badge', text: t.blueBadge },
          { value: 'carer', text: t.carer, hint: t.carerHint },
          { divider: t.or },
          { value: 'none', text: t.none, behaviour: 'exclusive' },
        ],
        lang,
      }),
    ),
    toHtml(
      fileUploadMarkup({
        name: 'proof',
        label: t.proof,
        hint: t.proofHint,
        fieldName: t.proofField,
        accept: '.pdf,.jpg,.jpeg,.png',
        maxSize: '2MB',
        required: true,
        error: error('proof'),
        lang,
      }),
    ),
    toHtml(buttonMarkup({ text: t.continue, name: 'action', value: 'continue' })),
  ];
  const summary = toHtml(
    errorSummaryMarkup(
      items.length > 0 ? { items, disableAutoFocus: true, lang } : { items: [], lang },
    ),
  );
  return `<div lang="${language}" class="story-page">
  ${summary}
  <h1>${escapeText(t.heading)}</h1>
  <form action="/permit" method="post" enctype="multipart/form-data" novalidate>
    ${questions.join('\n    ')}
  </form>
  <p>${escapeText(t.received)} <output class="story-received"></output></p>
</div>`;
}

/**
 * Stands in for the service's server: shows what the form submitted (a file
 * by its name) and keeps the story on its page.
 */
function receiveSubmissions(canvasElement: HTMLElement): void {
  const form = canvasElement.querySelector('form')!;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form, event.submitter);
    const body = new URLSearchParams(
      [...data.entries()].map(([key, value]) => [
        key,
        typeof value === 'string' ? value : value.name,
      ]),
    ).toString();
    canvasElement.querySelector('output')!.value = body;
  });
}

function byId(canvasElement: HTMLElement, id: string): HTMLInputElement {
  const found = canvasElement.querySelector<HTMLInputElement>(`#${id}`);
  if (!found) throw new Error(`no element #${id}`);
  return found;
}

function summaryLinks(canvasElement: HTMLElement): HTMLAnchorElement[] {
  return [...canvasElement.querySelectorAll<HTMLAnchorElement>('civic-error-summary a')];
}

const summaryEntries = (canvasElement: HTMLElement) =>
  summaryLinks(canvasElement).map((link) => [link.textContent.trim(), link.hash]);

/** The radio group, a fieldset named by its legend. */
const vehicleGroup = (canvasElement: HTMLElement) =>
  canvasElement.querySelector<HTMLFieldSetElement>('civic-radios fieldset')!;

/** The date of birth, a fieldset with role group. */
const dateGroup = (canvasElement: HTMLElement) =>
  canvasElement.querySelector<HTMLFieldSetElement>('civic-date-input fieldset')!;

/** The registration question, revealed by Car. */
const registrationShown = (canvasElement: HTMLElement) =>
  byId(canvasElement, 'registration').checkVisibility();

/** Puts the page title back as it was before the story, for the next one. */
function restoreTitle(title: string): void {
  document.title = title;
}

export const English: Story = {
  name: 'Apply for a resident parking permit',
  render: () => permitPage('en'),
  play: async ({ canvasElement, step }) => {
    receiveSubmissions(canvasElement);
    const originalTitle = document.title.replace(/^Error: /, '');
    const button = canvasElement.querySelector<HTMLButtonElement>('civic-button button')!;

    await step(
      'Submitting the empty form lists one error per question in page order and focuses the summary',
      async () => {
        await userEvent.click(button);
        await waitFor(() =>
          expect(summaryEntries(canvasElement)).toEqual([
            ['Enter your full name', '#full-name'],
            ['Enter building and street', '#address-line-1'],
            ['Enter town or city', '#address-town'],
            ['Enter postcode', '#address-postcode'],
            ['Enter your date of birth', '#dob-day'],
            ['Select the type of vehicle', '#vehicle'],
            ['Select if you hold any of these, or select None of these', '#support'],
            ['Select a proof of address', '#proof'],
          ]),
        );
        await waitFor(() =>
          expect(document.activeElement).toBe(canvasElement.querySelector('.civic-error-summary')),
        );
        await expect(canvasElement.querySelector('output')!.value).toBe('');
        await expect(vehicleGroup(canvasElement)).toHaveAccessibleName(
          'What type of vehicle is it?',
        );
        await expect(vehicleGroup(canvasElement)).toHaveAccessibleDescription(
          'Error: Select the type of vehicle',
        );
      },
    );

    await step('A summary link moves focus to its question', async () => {
      await userEvent.click(summaryLinks(canvasElement)[5]);
      await expect(document.activeElement).toBe(byId(canvasElement, 'vehicle'));
    });

    await step('Choosing Car reveals the registration number question', async () => {
      await expect(registrationShown(canvasElement)).toBe(false);
      await userEvent.click(byId(canvasElement, 'vehicle'));
      await waitFor(() => expect(registrationShown(canvasElement)).toBe(true));
      await expect(byId(canvasElement, 'registration')).toHaveAccessibleName('Registration number');
      await userEvent.click(byId(canvasElement, 'vehicle-2'));
      await waitFor(() => expect(registrationShown(canvasElement)).toBe(false));
      await userEvent.click(byId(canvasElement, 'vehicle'));
      await waitFor(() => expect(registrationShown(canvasElement)).toBe(true));
    });

    await step('Checking None of these clears the other options, and the reverse', async () => {
      const blueBadge = byId(canvasElement, 'support');
      const carer = byId(canvasElement, 'support-2');
      const none = byId(canvasElement, 'support-3');
      await userEvent.click(blueBadge);
      await userEvent.click(carer);
      await expect([blueBadge.checked, carer.checked, none.checked]).toEqual([true, true, false]);
      await userEvent.click(none);
      await expect([blueBadge.checked, carer.checked, none.checked]).toEqual([false, false, true]);
      await userEvent.click(blueBadge);
      await expect([blueBadge.checked, carer.checked, none.checked]).toEqual([true, false, false]);
    });

    await step('Answering everything submits the form', async () => {
      await userEvent.type(byId(canvasElement, 'full-name'), 'Siân Jones');
      await userEvent.type(byId(canvasElement, 'address-line-1'), '1 Stryd y Castell');
      await userEvent.type(byId(canvasElement, 'address-town'), 'Caerdydd');
      await userEvent.type(byId(canvasElement, 'address-postcode'), 'CF10 1AA');
      await userEvent.type(byId(canvasElement, 'dob-day'), '27');
      await userEvent.type(byId(canvasElement, 'dob-month'), '3');
      await userEvent.type(byId(canvasElement, 'dob-year'), '1990');
      await userEvent.type(byId(canvasElement, 'registration'), 'AB12 CDE');
      // A test cannot open the file chooser: give the file as a drop would,
      // through the element's files property (a DataTransfer's FileList).
      canvasElement.querySelector<CivicFileUpload>('civic-file-upload')!.files = [
        new File(['%PDF-1.4'], 'council-tax.pdf', { type: 'application/pdf' }),
      ];
      await userEvent.click(button);
      await waitFor(() => expect(summaryEntries(canvasElement)).toEqual([]));
      await waitFor(() =>
        expect(canvasElement.querySelector('output')!.value).toBe(
          'full-name=Si%C3%A2n+Jones&address-line-1=1+Stryd+y+Castell&address-town=Caerdydd&address-postcode=CF10+1AA&dob-day=27&dob-month=3&dob-year=1990&vehicle=car&registration=AB12+CDE&support=blue-badge&proof=council-tax.pdf&action=continue',
        ),
      );
      await waitFor(() => expect(summaryEntries(canvasElement)).toEqual([]));
      restoreTitle(originalTitle);
    });
  },
};

export const Welsh: Story = {
  name: 'Apply for a resident parking permit (Cymraeg)',
  render: () => permitPage('cy'),
  play: async ({ canvasElement, step }) => {
    receiveSubmissions(canvasElement);
    const originalTitle = document.title.replace(/^Gwall: /, '');
    const button = canvasElement.querySelector<HTMLButtonElement>('civic-button button')!;

    await step('Every label and built-in string is Welsh', async () => {
      await expect(button.textContent.trim()).toBe('Parhau');
      await expect(byId(canvasElement, 'full-name')).toHaveAccessibleName('Enw llawn');
      await expect(byId(canvasElement, 'dob-month')).toHaveAccessibleName('Mis');
      await expect(byId(canvasElement, 'vehicle-2')).toHaveAccessibleName('Beic modur');
      await expect(byId(canvasElement, 'support-3')).toHaveAccessibleName('Dim un o’r rhain');
    });

    await step('Submitting the empty form gives Welsh messages in page order', async () => {
      await userEvent.click(button);
      await waitFor(() =>
        expect(summaryEntries(canvasElement).map(([text]) => text)).toEqual([
          'Rhowch eich enw llawn',
          'Rhowch adeilad a stryd',
          'Rhowch dref neu ddinas',
          'Rhowch god post',
          'Rhowch eich dyddiad geni',
          'Dewiswch y math o gerbyd',
          'Dewiswch a oes gennych chi unrhyw un o’r rhain, neu dewiswch Dim un o’r rhain',
          'Dewiswch brawf o gyfeiriad',
        ]),
      );
      await expect(canvasElement.querySelector('.civic-error-summary__title')!.textContent).toBe(
        'Mae problem wedi codi',
      );
      restoreTitle(originalTitle);
    });
  },
};

/** What the server sends back after its own checks: errors on the fields and in the summary, before any script runs. */
export const WithErrors: Story = {
  name: 'Apply for a resident parking permit with errors',
  render: () =>
    permitPage('en', {
      errors: serverErrors,
      answers: { 'dob-day': '27', 'dob-month': '13', 'dob-year': '1990' },
    }),
  play: async ({ canvasElement }) => {
    await expect(summaryEntries(canvasElement)).toEqual(
      Object.entries(serverErrors).map(([id, text]) => [text, `#${id}`]),
    );
    // What a screen reader hears on reaching the first radio: the group's name and description.
    await expect(vehicleGroup(canvasElement)).toHaveAccessibleName('What type of vehicle is it?');
    await expect(vehicleGroup(canvasElement)).toHaveAccessibleDescription(
      'Error: Select the type of vehicle',
    );
    await expect(dateGroup(canvasElement)).toHaveAccessibleName('Date of birth');
    await expect(dateGroup(canvasElement)).toHaveAccessibleDescription(
      'For example, 27 3 1990 Error: Date of birth must be a real date',
    );
    await expect(byId(canvasElement, 'dob-month')).toHaveAttribute('aria-invalid', 'true');
    await expect(byId(canvasElement, 'dob-day')).not.toHaveAttribute('aria-invalid');
    await expect(byId(canvasElement, 'dob-month')).toHaveValue('13');
    await expect(byId(canvasElement, 'dob-month')).toHaveAccessibleName('Month');
    await userEvent.click(summaryLinks(canvasElement)[4]);
    await expect(document.activeElement).toBe(byId(canvasElement, 'dob-month'));
  },
};
