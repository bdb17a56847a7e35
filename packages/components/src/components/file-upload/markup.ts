// The canonical HTML of a file upload, defined once: what a server writes
// (renderFileUpload, the civicFileUpload macro) and what <civic-file-upload>
// builds from its attributes. The form around it needs
// method="post" enctype="multipart/form-data" to send the files themselves.
import {
  fieldErrorPart,
  fieldIds,
  formGroup,
  given,
  hasError,
  headerDescriptions,
  hintPart,
  hostOptions,
  labelPart,
  type FieldParams,
} from '../../core/field-markup.js';
import { classes, h, idList, type MarkupElement } from '../../core/markup.js';
import { wholeNumber } from '../../core/whole-number.js';
import { sizeInBytes } from './file-rules.js';

export interface FileUploadParams extends Omit<FieldParams, 'readOnly' | 'value' | 'autocomplete'> {
  /** The types the file picker offers and the script checks, as on `<input accept>`: ".pdf,.jpg,.png" or "application/pdf,image/*". */
  accept?: string;
  /** More than one file may be chosen. */
  multiple?: boolean;
  /** The largest a file may be: bytes, or text such as "2MB"; checked by script (and your server). */
  maxSize?: number | string;
  /** The most files, with `multiple`; checked by script (and your server). */
  maxFiles?: number;
}

/** The id of the status that says which files are chosen, added by script. */
export function statusId(controlId: string): string {
  return `${controlId}-status`;
}

/** The native file input alone, with the ids of what describes it. */
export function fileUploadControl(params: FileUploadParams): MarkupElement {
  const ids = fieldIds(params);
  return h('input', {
    class: classes('civic-file-upload', hasError(params) && 'civic-file-upload--error'),
    id: ids.control,
    name: given(params.name) ? params.name : undefined,
    type: 'file',
    accept: given(params.accept) ? params.accept : undefined,
    multiple: params.multiple === true,
    required: params.required === true,
    disabled: params.disabled === true,
    'aria-describedby': idList(...headerDescriptions(ids, params)),
    'aria-invalid': hasError(params) ? 'true' : undefined,
  });
}

export function fileUploadMarkup(params: FileUploadParams): MarkupElement {
  const ids = fieldIds(params);
  const maxSize = sizeInBytes(params.maxSize);
  return h(
    'civic-file-upload',
    {
      ...hostOptions(params),
      // Rules the element's script checks, with messages that name the problem.
      'max-size': maxSize,
      'max-files': params.multiple === true ? wholeNumber(params.maxFiles, 1) : undefined,
    },
    formGroup(
      params,
      false,
      labelPart(ids, params),
      hintPart(ids, params),
      fieldErrorPart(ids, params),
      // The area that takes dropped files once the script runs.
      h('div', { class: 'civic-file-upload__drop-zone' }, fileUploadControl(params)),
    ),
  );
}
