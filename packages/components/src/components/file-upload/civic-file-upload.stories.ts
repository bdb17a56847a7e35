import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { toHtml } from '../../core/markup-html.js';
import type { CivicFileUpload } from './civic-file-upload.js';
import { fileUploadMarkup, type FileUploadParams } from './markup.js';
import './define.js';

// Each story is the HTML a server writes (the source panel shows it); the
// element enhances it. A real form needs method="post" enctype="multipart/form-data".
const meta = {
  title: 'Components/File upload',
  component: 'civic-file-upload',
  args: {
    name: 'evidence',
    label: 'Upload your proof of address',
    fieldName: 'your proof of address',
    hint: 'A PDF, JPG or PNG, smaller than 2MB',
    accept: '.pdf,.jpg,.jpeg,.png',
    maxSize: '2MB',
  },
  render: (args) =>
    `<form method="post" enctype="multipart/form-data">${toHtml(fileUploadMarkup(args))}</form>`,
} satisfies Meta<FileUploadParams>;

export default meta;
type Story = StoryObj<FileUploadParams>;

function fieldIn(canvasElement: HTMLElement) {
  const field = canvasElement.querySelector<CivicFileUpload>('civic-file-upload');
  const control = field?.querySelector('input');
  if (!field || !control) throw new Error('civic-file-upload has no input');
  return { field, control };
}

export const Default: Story = {};

export const Plain: Story = {
  name: 'Any file',
  args: {
    name: 'file',
    label: 'Upload a file',
    hint: undefined,
    accept: undefined,
    maxSize: undefined,
  },
};

export const SeveralFiles: Story = {
  name: 'Several files',
  args: {
    multiple: true,
    maxFiles: 3,
    hint: 'Up to 3 files, each a PDF, JPG or PNG smaller than 2MB',
  },
  play: async ({ canvasElement }) => {
    const { field } = fieldIn(canvasElement);
    field.files = [new File(['x'], 'bill.pdf'), new File(['x'], 'letter.png')];
    await expect(field.querySelector('.civic-file-upload__status')).toHaveTextContent(
      '2 files chosen: bill.pdf and letter.png',
    );
  },
};

export const WithError: Story = {
  name: 'With error (from the server)',
  args: { required: true, error: 'The selected file must be smaller than 2MB' },
  play: async ({ canvasElement }) => {
    const { control } = fieldIn(canvasElement);
    await expect(control).toHaveAccessibleDescription(
      'A PDF, JPG or PNG, smaller than 2MB Error: The selected file must be smaller than 2MB',
    );
  },
};

export const LabelAsPageHeading: Story = {
  name: 'Label as the page heading',
  args: { pageHeading: true },
};

export const Disabled: Story = { args: { disabled: true } };

export const InWelsh: Story = {
  name: 'Cymraeg',
  render: () =>
    `<div lang="cy"><form method="post" enctype="multipart/form-data">${toHtml(
      fileUploadMarkup({
        name: 'tystiolaeth',
        label: 'Uwchlwythwch brawf o’ch cyfeiriad',
        fieldName: 'brawf o’ch cyfeiriad',
        accept: '.pdf,.jpg,.png',
        required: true,
        lang: 'cy',
      }),
    )}</form></div>`,
  play: async ({ canvasElement }) => {
    const { field } = fieldIn(canvasElement);
    await expect(field.validationMessage).toBe('Dewiswch brawf o’ch cyfeiriad');
  },
};

/** For JavaScript frameworks: attributes only, and the element builds the same HTML as above. */
export const BuiltFromAttributes: Story = {
  name: 'Built from attributes',
  render: () =>
    html`<form method="post" enctype="multipart/form-data">
      <civic-file-upload
        name="evidence"
        label="Upload your proof of address"
        field-name="your proof of address"
        accept=".pdf,.jpg,.png"
        max-size="2MB"
        required
      ></civic-file-upload>
    </form>`,
  play: async ({ canvasElement }) => {
    const { field, control } = fieldIn(canvasElement);
    await expect(control).toHaveAccessibleName('Upload your proof of address');
    field.files = [new File(['x'], 'notes.docx')];
    await expect(field.validationMessage).toBe('The selected file must be a PDF, JPG or PNG');
  },
};
