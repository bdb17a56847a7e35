import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expectAccessibleNode, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import {
  AUTHORINGS,
  cleanUp,
  container,
  expectSameDom,
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
import { CivicFileUpload } from './define.js';
import { sizeInBytes, sizeText, typeNames, acceptedTypes } from './file-rules.js';
import { fileUploadMarkup, type FileUploadParams } from './markup.js';

const tick = () => new Promise((resolve) => setTimeout(resolve));
/** What the element's script adds to the server's HTML: the status naming the chosen files. */
const ADDED_BY_SCRIPT = '.civic-file-upload__status';

const EVIDENCE: FileUploadParams = {
  name: 'evidence',
  label: 'Upload your proof of address',
  fieldName: 'your proof of address',
  hint: 'A PDF, JPG or PNG, smaller than 2MB',
  accept: '.pdf,.jpg,.jpeg,.png',
  maxSize: '2MB',
};

const STATES: [string, FileUploadParams][] = [
  ['default', { name: 'file', label: 'Upload a file' }],
  ['with hint, types and a size', EVIDENCE],
  ['in error', { ...EVIDENCE, required: true, error: 'Upload your proof of address' }],
  ['several files', { ...EVIDENCE, multiple: true, maxFiles: 3 }],
  ['disabled', { ...EVIDENCE, disabled: true }],
  ['page heading', { ...EVIDENCE, pageHeading: true }],
  ['with the page’s own description', { ...EVIDENCE, describedBy: 'page-note' }],
];

function file(name: string, bytes = 10, type = ''): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

function inputOf(field: CivicFileUpload): HTMLInputElement {
  if (field.control === null) throw new Error('civic-file-upload has no input');
  return field.control;
}

function statusOf(field: Element): string {
  return field.querySelector('.civic-file-upload__status')?.textContent ?? '';
}

/** Drags files over the question and drops them, as a person would from their desktop. */
function drop(target: Element, files: File[]): DragEvent {
  const transfer = new DataTransfer();
  for (const each of files) transfer.items.add(each);
  target.dispatchEvent(
    new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: transfer }),
  );
  target.dispatchEvent(
    new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }),
  );
  const dropped = new DragEvent('drop', {
    bubbles: true,
    cancelable: true,
    dataTransfer: transfer,
  });
  target.dispatchEvent(dropped);
  return dropped;
}

for (const authoring of AUTHORINGS) {
  describe(`civic-file-upload (${authoring})`, () => {
    beforeEach(() => clearWarningHistory());
    afterEach(() => cleanUp());

    const render = (params: FileUploadParams, parent: Element = container()) => {
      const field = place(authoring, 'civic-file-upload', fileUploadMarkup, params, parent);
      if (!(field instanceof CivicFileUpload)) throw new Error('civic-file-upload did not upgrade');
      return field;
    };

    function inForm(params: FileUploadParams, fieldsetDisabled = false) {
      const form = document.createElement('form');
      form.method = 'post';
      form.enctype = 'multipart/form-data';
      form.innerHTML = `<fieldset ${fieldsetDisabled ? 'disabled' : ''}></fieldset>`;
      container().append(form);
      const field = render(params, form.querySelector('fieldset')!);
      return { form, field, input: inputOf(field) };
    }

    it('has its label, hint, error and a native file input in the page, inside the drop zone', () => {
      const field = render({ ...EVIDENCE, error: 'Upload your proof of address' });
      const input = inputOf(field);
      expect(field.shadowRoot).to.equal(null);
      expect([input.type, input.id, input.name, input.accept]).to.deep.equal([
        'file',
        'evidence',
        'evidence',
        '.pdf,.jpg,.jpeg,.png',
      ]);
      expect(input.labels![0].textContent).to.equal('Upload your proof of address');
      expect(descriptionIds(field)).to.deep.equal(['evidence-hint', 'evidence-error']);
      expect(input.parentElement!.className).to.equal('civic-file-upload__drop-zone');
      const status = field.querySelector('.civic-file-upload__status')!;
      expect([status.id, status.getAttribute('aria-live'), status.textContent]).to.deep.equal([
        'evidence-status',
        'polite',
        '',
      ]);
      expect(field.maxSize).to.equal(2 * 1024 * 1024);
    });

    it('is the same DOM from a server and from attributes in every state, the script adding only the status', () => {
      for (const [state, params] of STATES) {
        try {
          expectSameDom('civic-file-upload', fileUploadMarkup, params, {
            addedByScript: ADDED_BY_SCRIPT,
          });
        } catch (error) {
          throw new Error(`${state}: ${String(error)}`, { cause: error });
        }
        cleanUp();
      }
    });

    it('sends the chosen files with its form: form.elements, FormData', () => {
      const { form, field, input } = inForm({ ...EVIDENCE, multiple: true });
      expect(field.form).to.equal(form);
      expect(form.elements.namedItem('evidence')).to.equal(input);
      field.files = [file('bill.pdf'), file('letter.png')];
      const sent = new FormData(form).getAll('evidence') as File[];
      expect(sent.map((each) => each.name)).to.deep.equal(['bill.pdf', 'letter.png']);
      expect(field.value).to.match(/bill\.pdf$/);
    });

    it('takes files dropped anywhere on the question onto its input, firing input and change, and names them politely', () => {
      const { form, field, input } = inForm({ ...EVIDENCE, multiple: true });
      const events: string[] = [];
      field.addEventListener('input', (event) =>
        events.push(`input ${(event.target as Element).localName}`),
      );
      field.addEventListener('change', (event) =>
        events.push(`change ${(event.target as Element).localName}`),
      );
      const zone = field.querySelector('.civic-file-upload__drop-zone')!;
      const label = field.querySelector('label')!;
      const transfer = new DataTransfer();
      transfer.items.add(file('bill.pdf'));
      label.dispatchEvent(
        new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: transfer }),
      );
      expect(zone.classList.contains('civic-file-upload__drop-zone--dragover')).to.equal(true);
      const dropped = drop(label, [file('bill.pdf'), file('photo.jpg')]);
      expect(dropped.defaultPrevented, 'the browser does not open the file').to.equal(true);
      expect(zone.classList.contains('civic-file-upload__drop-zone--dragover')).to.equal(false);
      expect([...input.files!].map((each) => each.name)).to.deep.equal(['bill.pdf', 'photo.jpg']);
      expect(events).to.deep.equal(['input input', 'change input']);
      expect(
        (new FormData(form).getAll('evidence') as File[]).map((each) => each.name),
      ).to.deep.equal(['bill.pdf', 'photo.jpg']);
      expect(statusOf(field)).to.equal('2 files chosen: bill.pdf and photo.jpg');
      drop(field, [file('only.png')]);
      expect(statusOf(field)).to.equal('1 file chosen: only.png');
    });

    it('leaves a drag that carries no files alone, and ends the highlight when the drag leaves', () => {
      const field = render(EVIDENCE);
      const zone = field.querySelector('.civic-file-upload__drop-zone')!;
      const text = new DataTransfer();
      text.setData('text/plain', 'words');
      const over = new DragEvent('dragover', {
        bubbles: true,
        cancelable: true,
        dataTransfer: text,
      });
      field.dispatchEvent(over);
      expect(over.defaultPrevented).to.equal(false);
      const files = new DataTransfer();
      files.items.add(file('a.pdf'));
      field.dispatchEvent(
        new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: files }),
      );
      expect(zone.classList.contains('civic-file-upload__drop-zone--dragover')).to.equal(true);
      field.dispatchEvent(
        new DragEvent('dragleave', {
          bubbles: true,
          cancelable: true,
          dataTransfer: files,
          relatedTarget: document.body,
        }),
      );
      expect(zone.classList.contains('civic-file-upload__drop-zone--dragover')).to.equal(false);
    });

    it('clears its files, status and error on form.reset()', async () => {
      const { form, field, input } = inForm({ ...EVIDENCE, required: true });
      input.addEventListener('invalid', (event) => event.preventDefault());
      drop(field, [file('notes.docx')]);
      expect(field.checkValidity()).to.equal(false);
      expect(shownError(field)).to.equal('The selected file must be a PDF, JPG or PNG');
      form.reset();
      await tick();
      expect(input.files!.length).to.equal(0);
      expect(statusOf(field)).to.equal('');
      expect(shownError(field)).to.equal('');
      expect(field.validationMessage).to.equal('Select your proof of address');
    });

    it('is turned off, left out of the form data and takes no drops inside a disabled fieldset', () => {
      // A disabled fieldset turns the input off without its own disabled attribute.
      const { form, field, input } = inForm({ ...EVIDENCE, required: true }, true);
      expect(new FormData(form).has('evidence')).to.equal(false);
      expect(input.matches(':disabled')).to.equal(true);
      expect(field.willValidate).to.equal(false);
      const dropped = drop(field, [file('bill.pdf')]);
      expect(dropped.defaultPrevented).to.equal(false);
      expect(input.files!.length).to.equal(0);
    });

    it('asks for a file on submit, naming the field when it has a field-name, and clears when one is chosen', async () => {
      const { form, field, input } = inForm({ ...EVIDENCE, required: true });
      expect(field.validity?.valueMissing).to.equal(true);
      expect(field.validationMessage).to.equal('Select your proof of address');
      const invalid = oneEvent(input, 'invalid');
      input.addEventListener('invalid', (event) => event.preventDefault());
      form.requestSubmit();
      await invalid;
      expect(shownError(field)).to.equal('Select your proof of address');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.classList.contains('civic-file-upload--error')).to.equal(true);
      drop(field, [file('bill.pdf')]);
      await tick();
      expect(shownError(field)).to.equal('');
      expect(input.hasAttribute('aria-invalid')).to.equal(false);
      const plain = render({ name: 'upload', label: 'Upload a file', required: true });
      expect(plain.validationMessage).to.equal('Select a file');
    });

    it('checks how many files, their type and their size on submit, with public-sector messages', () => {
      const field = render({ ...EVIDENCE, multiple: true, maxFiles: 3 });
      const big = 2 * 1024 * 1024 + 1;
      const cases: [File[], string][] = [
        [[file('a.pdf'), file('b.pdf'), file('c.pdf'), file('d.pdf')], 'Select up to 3 files'],
        [[file('notes.docx')], 'The selected file must be a PDF, JPG or PNG'],
        [[file('a.pdf'), file('notes.docx')], 'Each selected file must be a PDF, JPG or PNG'],
        [[file('scan.PDF', big)], 'The selected file must be smaller than 2MB'],
        [[file('a.pdf'), file('scan.jpg', big)], 'Each selected file must be smaller than 2MB'],
        [[file('scan.jpeg', 2 * 1024 * 1024), file('photo.png')], ''],
      ];
      for (const [files, message] of cases) {
        field.files = files;
        expect(field.validationMessage, files.map((each) => each.name).join()).to.equal(message);
      }
      field.multiple = false;
      field.files = [file('a.pdf'), file('b.pdf')];
      expect(field.validationMessage).to.equal('Select only 1 file');
      field.accept = 'application/pdf,image/*';
      field.files = [file('notes.txt', 10, 'text/plain')];
      expect(field.validationMessage).to.equal('The selected file must be a PDF or image');
      field.files = [file('photo.webp', 10, 'image/webp')];
      expect(field.validationMessage).to.equal('');
    });

    it('takes per-field messages, and speaks Welsh on a Welsh page', async () => {
      const field = render({
        ...EVIDENCE,
        required: true,
        messages: {
          required: { en: 'Upload a recent bill', cy: 'Uwchlwythwch fil diweddar' },
          filesize: 'The bill must be smaller than 2MB',
        },
      });
      expect(field.validationMessage).to.equal('Upload a recent bill');
      field.files = [file('bill.pdf', 3 * 1024 * 1024)];
      expect(field.validationMessage).to.equal('The bill must be smaller than 2MB');
      const welsh = container();
      welsh.lang = 'cy';
      const cy = render(
        {
          ...EVIDENCE,
          name: 'tystiolaeth',
          label: 'Uwchlwythwch brawf o’ch cyfeiriad',
          fieldName: 'brawf o’ch cyfeiriad',
          multiple: true,
          maxFiles: 2,
          required: true,
          ...(authoring === 'server HTML' && { lang: 'cy' }),
        },
        welsh,
      );
      await cy.updateComplete;
      expect(cy.validationMessage).to.equal('Dewiswch brawf o’ch cyfeiriad');
      cy.files = [file('a.doc')];
      expect(cy.validationMessage).to.equal('Rhaid i’r ffeil a ddewiswyd fod yn PDF, JPG neu PNG');
      cy.files = [file('a.pdf', 3 * 1024 * 1024), file('b.pdf')];
      expect(cy.validationMessage).to.equal('Rhaid i bob ffeil a ddewiswyd fod yn llai na 2MB');
      expect(statusOf(cy)).to.equal('Dewiswyd 2 ffeil: a.pdf a b.pdf');
      cy.files = [file('a.pdf'), file('b.pdf'), file('c.pdf')];
      expect(cy.validationMessage).to.equal('Dewiswch hyd at 2 ffeil');
    });

    it('warns, naming the fix, when its form would send only file names', async () => {
      const warnings = await warningsDuring(() => {
        const form = document.createElement('form');
        container().append(form);
        render({ name: 'upload', label: 'Upload a file' }, form);
      });
      expect(warnings).to.deep.equal([
        '[civic] <civic-file-upload name="upload"> is in a form that sends only file names, not the files. Add method="post" enctype="multipart/form-data" to the <form>.',
      ]);
      const quiet = await warningsDuring(() =>
        inForm({ name: 'upload-2', label: 'Upload a file' }),
      );
      expect(quiet).to.deep.equal([]);
    });

    it('renders hostile text as text, and survives null, wrong types and removed attributes, warning with the fix', async () => {
      const field = render({
        name: 'h',
        label: HOSTILE,
        hint: HOSTILE,
        error: HOSTILE,
        accept: HOSTILE,
      });
      expect(field.querySelector('label')!.textContent).to.equal(HOSTILE);
      expect(field.querySelector('img')).to.equal(null);
      field.files = [file(HOSTILE)];
      expect(statusOf(field)).to.equal(`1 file chosen: ${HOSTILE}`);
      expect(field.querySelector('img')).to.equal(null);
      expect(window.__civicHacked).to.equal(undefined);
      const loose = field as unknown as Record<string, unknown>;
      const warnings = await warningsDuring(() => {
        loose.files = null;
        loose.files = ['not a file', 3];
        loose.value = 'C:\\fakepath\\secret.txt';
        loose.maxSize = { size: 2 };
        loose.maxFiles = 'many';
        loose.accept = null;
        loose.multiple = 'yes';
        loose.readOnly = true;
        field.setAttribute('max-size', 'big');
        field.removeAttribute('max-size');
        field.removeAttribute('multiple');
        field.removeAttribute('accept');
      });
      expect(field.files!.length).to.equal(0);
      expect([field.maxSize, field.maxFiles, field.accept, field.multiple]).to.deep.equal([
        undefined,
        undefined,
        '',
        false,
      ]);
      expect(warnings.join('\n')).to.contain('value can only be set to "" (no file)');
      expect(warnings.join('\n')).to.contain('cannot be readonly');
      if (authoring === 'attributes') {
        const element = document.createElement('civic-file-upload');
        element.setAttribute('name', 'bad');
        element.setAttribute('label', 'Upload');
        element.setAttribute('max-size', 'huge');
        const warned = await warningsDuring(() => container().append(element));
        expect(warned.join('\n')).to.contain('max-size="huge" is not a size');
      }
    });

    it('links from the error summary to its input, which takes focus', async () => {
      const root = container();
      place('server HTML', 'civic-error-summary', errorSummaryMarkup, {}, root);
      const summary = root.querySelector<CivicErrorSummary>('civic-error-summary')!;
      const form = document.createElement('form');
      form.method = 'post';
      form.enctype = 'multipart/form-data';
      root.append(form);
      const field = render({ ...EVIDENCE, required: true }, form);
      const shown = oneEvent(summary, 'civic-show');
      form.requestSubmit();
      await shown;
      await summary.updateComplete;
      const link = summary.querySelector<HTMLAnchorElement>('.civic-error-summary__list a')!;
      expect([link.textContent.trim(), link.getAttribute('href')]).to.deep.equal([
        'Select your proof of address',
        '#evidence',
      ]);
      link.click();
      expect(document.activeElement).to.equal(inputOf(field));
    });

    it('is reached with Tab and shows the yellow focus outline', async () => {
      const parent = container();
      const before = document.createElement('input');
      before.setAttribute('aria-label', 'Previous question');
      parent.append(before);
      const field = render(EVIDENCE, parent);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(inputOf(field));
      const style = getComputedStyle(inputOf(field));
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(style.outlineColor).to.equal(tokenColour('--civic-color-focus'));
    });

    (navigator.userAgent.includes('Chrome/') ? it : it.skip)(
      'keeps a visible focus outline in forced colours (Chromium only: the others cannot emulate it)',
      async () => {
        await emulateMedia({ forcedColors: 'active' });
        try {
          const field = render(EVIDENCE);
          inputOf(field).focus();
          const style = getComputedStyle(inputOf(field));
          expect(style.outlineStyle).to.equal('solid');
          expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      },
    );

    it('fits a 320px column with long file names, and keeps its geometry under a hostile global stylesheet', () => {
      const parent = container();
      parent.style.cssText = 'inline-size: 320px; padding: 0; margin: 0; border: 0';
      const field = render({ ...EVIDENCE, multiple: true, error: 'Select up to 3 files' }, parent);
      field.files = [file(`${'a-very-long-file-name-'.repeat(6)}.pdf`), file('b.pdf')];
      const right = parent.getBoundingClientRect().right;
      for (const part of [inputOf(field), field.querySelector('.civic-file-upload__status')!]) {
        expect(part.getBoundingClientRect().right, part.className).to.be.at.most(right + 0.5);
      }
      const parts = [
        field.querySelector('.civic-form-group')!,
        field.querySelector('label')!,
        field.querySelector('.civic-hint')!,
        field.querySelector('.civic-error-message')!,
        field.querySelector('.civic-file-upload__drop-zone')!,
        inputOf(field),
        field.querySelector('.civic-file-upload__status')!,
      ];
      const clean = boxesWithin(parent, parts);
      withHostileCss(() => expect(boxesWithin(parent, parts)).to.deep.equal(clean));
    });

    // One state per test: axe on a busy machine can take seconds each.
    for (const [state, params] of STATES) {
      it(`passes axe: ${state}`, async () => {
        const note = container();
        note.id = 'page-note';
        note.textContent = 'We delete your files after 30 days.';
        await expect(render(params)).to.be.accessible();
      });
    }

    it('passes axe with files chosen', async () => {
      const chosen = render({ ...EVIDENCE, multiple: true });
      chosen.files = [file('a.pdf'), file('b.pdf')];
      await expect(chosen).to.be.accessible();
    });

    itInAccessibilityTree('is announced with its label, hint and error, and invalid', async () => {
      const field = render({ ...EVIDENCE, required: true, error: 'Upload your proof of address' });
      // Chromium shows a file input as a button named by its label.
      await expectAccessibleNode(field, {
        role: 'button',
        name: 'Upload your proof of address',
        description: 'A PDF, JPG or PNG, smaller than 2MB Error: Upload your proof of address',
        states: { invalid: 'true', focusable: true },
      });
    });
  });
}

describe('civic-file-upload before and without its script', () => {
  afterEach(() => cleanUp());

  it('is a plain file input in a drop zone in the server HTML, labelled and described', () => {
    const before = serverHtmlBeforeScript(fileUploadMarkup, {
      ...EVIDENCE,
      error: 'Upload your proof of address',
    });
    const input = before.querySelector('input')!;
    expect([
      input.type,
      input.name,
      input.accept,
      input.getAttribute('aria-describedby'),
    ]).to.deep.equal(['file', 'evidence', '.pdf,.jpg,.jpeg,.png', 'evidence-hint evidence-error']);
    expect(before.querySelector('.civic-file-upload__status')).to.equal(null);
    expect(before.getAttribute('max-size')).to.equal('2097152');
  });
});

describe('file upload rules', () => {
  it('reads sizes and names types as people do', () => {
    expect([
      sizeInBytes('2MB'),
      sizeInBytes('500 kb'),
      sizeInBytes(1000),
      sizeInBytes('1.5MB'),
      sizeInBytes('x'),
      sizeInBytes(-1),
    ]).to.deep.equal([2097152, 512000, 1000, 1572864, undefined, undefined]);
    expect([sizeText(2097152), sizeText(1572864), sizeText(512000), sizeText(900)]).to.deep.equal([
      '2MB',
      '1.5MB',
      '500KB',
      '900 bytes',
    ]);
    expect(
      typeNames(acceptedTypes('.pdf, .JPG,.jpeg,image/png,text/csv,image/*,.odt')),
    ).to.deep.equal(['PDF', 'JPG', 'PNG', 'CSV', 'image', 'ODT']);
  });
});
