import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { CivicFileUpload } from '../components/file-upload/civic-file-upload.js';
import { permitPage } from '../../../../test-e2e/permit-pages.mjs';
import * as render from '../server/index.js';
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
// source panel shows it all), so a service on any stack can send the same. The
// page is the one the end-to-end journey serves (test-e2e/permit-pages.mjs, with the
// examples' words from examples/shared/journeys.mjs), rendered by Civic's
// server entry.
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

/** What the story shows under the form: what the server would receive. */
const receivedLabel = { en: 'The server would receive:', cy: 'Byddai’r gweinydd yn cael:' };

/** The page a server writes (the error summary, the heading and the form), in its language. */
function permitStory(
  lang: Language,
  {
    errors = {},
    answers = {},
  }: { errors?: Record<string, string>; answers?: Record<string, string> } = {},
): string {
  const values = Object.fromEntries(
    Object.entries(answers).map(([name, value]) => [name, [value]]),
  );
  const page = permitPage(render, { lang, errors, answers: values });
  return `<div lang="${lang}" class="story-page">
${page.main}
<p>${receivedLabel[lang]} <output class="story-received"></output></p>
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
  render: () => permitStory('en'),
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
          'full-name=Si%C3%A2n+Jones&address-line-1=1+Stryd+y+Castell&address-town=Caerdydd&address-postcode=CF10+1AA&dob-day=27&dob-month=3&dob-year=1990&vehicle=car&registration=AB12+CDE&support=blue-badge&proof=council-tax.pdf',
        ),
      );
      await waitFor(() => expect(summaryEntries(canvasElement)).toEqual([]));
      restoreTitle(originalTitle);
    });
  },
};

export const Welsh: Story = {
  name: 'Apply for a resident parking permit (Cymraeg)',
  render: () => permitStory('cy'),
  play: async ({ canvasElement, step }) => {
    receiveSubmissions(canvasElement);
    const originalTitle = document.title.replace(/^Gwall: /, '');
    const button = canvasElement.querySelector<HTMLButtonElement>('civic-button button')!;

    await step('Every label and built-in string is Welsh', async () => {
      await expect(button.textContent.trim()).toBe('Anfon y cais');
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
    permitStory('en', {
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
