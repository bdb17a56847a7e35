import { CivicField, textOf, toBoolean, type FieldFailure } from '../../core/field-element.js';
import { elementFrom } from '../../core/markup-dom.js';
import { h } from '../../core/markup.js';
import type { Constraints } from '../../core/validation.js';
import { warnOnce } from '../../core/warn.js';
import { wholeNumber } from '../../core/whole-number.js';
import { acceptedTypes, isAccepted, sizeInBytes, sizeText, typeNames } from './file-rules.js';
import { fileUploadControl, fileUploadMarkup, statusId, type FileUploadParams } from './markup.js';
import './messages.js';

// "a, b and c" or "a, b or c" with the page language's word. (Intl.ListFormat
// has no Welsh in some engines, which then answer in English.)
function listOf(items: readonly string[], word: string): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1) ?? ''}`;
}

/**
 * A question that asks for one or more files: label, optional hint, error
 * message and a native `<input type="file">` in the page's DOM, so the form
 * sends the files with or without JavaScript (the form needs
 * `method="post" enctype="multipart/form-data"`). With script the whole
 * question takes dropped files, which go onto the native input; the chosen
 * files' names are shown and announced politely; and on submit the files
 * are checked against `accept`, `max-size` and `max-files` with messages in
 * the public-sector style ("The selected file must be smaller than 2MB").
 *
 * @tagname civic-file-upload
 * @summary Asks for a file, such as a photo of a document as evidence.
 *
 * @attr {string} name - The name the files are submitted under; also the input's id unless `field-id` is set.
 * @attr {string} field-id - The input's id, when it should differ from the name (error summary links use it).
 * @attr {string} label - The question, such as "Upload your proof of address". Required.
 * @attr {string} hint - Hint text under the label, such as the types and size allowed.
 * @attr {string} error - An error to show, such as one a server found.
 * @attr {string} accept - The types offered and checked, as on a native input: ".pdf,.jpg,.png".
 * @attr {boolean} multiple - More than one file may be chosen.
 * @attr {string} max-size - The largest a file may be, in bytes or as "2MB" or "500KB"; checked on submit.
 * @attr {number} max-files - The most files, with `multiple`; checked on submit.
 * @attr {boolean} required - A file must be chosen.
 * @attr {boolean} disabled - Turns the field off.
 * @attr {boolean} page-heading - Makes the label the page's `<h1>`.
 * @attr {string} described-by - Ids of the page's own descriptions of the field, read before the hint.
 * @attr {string} field-name - The field as named inside an error message ("your proof of address" gives "Upload your proof of address").
 * @attr {string} messages - Per-rule messages as JSON: `required`, `accept`, `filesize`, `filecount`.
 *
 * @fires {CustomEvent<ErrorChangeDetail>} civic-error-change - The error shown on the field appeared, changed or cleared; `detail.message`.
 */
export class CivicFileUpload extends CivicField<HTMLInputElement> {
  protected static override fieldAttributes: readonly string[] = [
    'accept',
    'multiple',
    'max-size',
    'max-files',
  ];

  protected readonly controlSelector = 'input.civic-file-upload';

  #status: HTMLElement | null = null;
  #statusText = '';

  protected markup(params: FileUploadParams) {
    return fileUploadMarkup(params);
  }

  protected controlMarkup(params: FileUploadParams) {
    return fileUploadControl(params);
  }

  protected override paramsFromAttributes(): FileUploadParams {
    const { readOnly, value, autocomplete, ...params } = super.paramsFromAttributes();
    if (readOnly === true) this.#warnReadOnly();
    if (value !== undefined || autocomplete !== undefined) {
      warnOnce(
        '<civic-file-upload> takes no value or autocomplete: a browser never fills a file input for the page. Remove them.',
      );
    }
    return {
      ...params,
      accept: this.getAttribute('accept') ?? undefined,
      multiple: this.hasAttribute('multiple'),
      maxSize: this.getAttribute('max-size') ?? undefined,
      maxFiles: wholeNumber(this.getAttribute('max-files'), 1),
    };
  }

  protected override currentParams(): FileUploadParams {
    const control = this.control;
    return {
      ...super.currentParams(),
      accept: control?.getAttribute('accept') ?? undefined,
      multiple: control?.multiple,
    };
  }

  protected override enhance(): void {
    super.enhance();
    const control = this.control;
    if (control === null) return;
    // The live region is in the page before anything is written to it, so the
    // first choice is announced (WCAG 4.1.3).
    const status = elementFrom(
      h('p', {
        class: 'civic-file-upload__status',
        id: statusId(control.id),
        'aria-live': 'polite',
      }),
    ) as HTMLElement;
    control.after(status);
    this.#status = status;
    for (const type of ['dragenter', 'dragover', 'dragleave', 'drop']) {
      this.addEventListener(type, this.#onDrag);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#checkForm();
  }

  protected override enhanced(): void {
    super.enhanced();
    if (this.hasAttribute('max-size') && this.maxSize === undefined) {
      warnOnce(
        `<civic-file-upload name="${this.name}"> max-size="${(this.getAttribute('max-size') ?? '').slice(0, 30)}" is not a size, so sizes are not checked. Give bytes or a size such as "2MB" or "500KB".`,
      );
    }
  }

  // Without multipart encoding (or with GET) a browser sends only file names.
  #checkForm(): void {
    const form = this.control?.form;
    if (form === null || form === undefined) return;
    if (form.enctype !== 'multipart/form-data' || form.method !== 'post') {
      warnOnce(
        `<civic-file-upload name="${this.name}"> is in a form that sends only file names, not the files. ` +
          'Add method="post" enctype="multipart/form-data" to the <form>.',
      );
    }
  }

  protected override attributeChanged(name: string, value: string | null): void {
    const control = this.control;
    if (control === null) return;
    switch (name) {
      case 'accept':
        if (value === null) control.removeAttribute('accept');
        else control.setAttribute('accept', value);
        this.revalidate();
        return;
      case 'multiple':
        control.multiple = value !== null;
        this.revalidate();
        return;
      case 'max-size':
      case 'max-files':
        this.revalidate();
        return;
      case 'readonly':
        if (value !== null) this.#warnReadOnly();
        return;
    }
    super.attributeChanged(name, value);
  }

  // ---- Dropped files -------------------------------------------------------

  #onDrag = (event: Event): void => {
    const drag = event as DragEvent;
    const control = this.control;
    const transfer = drag.dataTransfer;
    if (control === null || transfer?.types.includes('Files') !== true) return;
    if (control.matches(':disabled')) return;
    // Taking the drop here, not leaving it to the browser, which would open the file.
    event.preventDefault();
    const zone = this.querySelector('.civic-file-upload__drop-zone');
    switch (event.type) {
      case 'dragenter':
      case 'dragover':
        transfer.dropEffect = 'copy';
        zone?.classList.add('civic-file-upload__drop-zone--dragover');
        return;
      case 'dragleave':
        // Still over the question when moving between its parts.
        if (drag.relatedTarget instanceof Node && this.contains(drag.relatedTarget)) return;
        zone?.classList.remove('civic-file-upload__drop-zone--dragover');
        return;
      case 'drop':
        zone?.classList.remove('civic-file-upload__drop-zone--dragover');
        this.#choose([...transfer.files]);
    }
  };

  // Puts files on the native input, so the form sends them, and tells the
  // page as a person's choice would.
  #choose(files: readonly File[]): void {
    const control = this.control;
    if (control === null) return;
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    control.files = transfer.files;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override answerChanged(): void {
    super.answerChanged();
    this.#writeStatus();
  }

  protected override formReset(): void {
    this.#writeStatus();
  }

  protected override update(): void {
    super.update();
    this.#writeStatus();
  }

  // The chosen files, shown and announced: "2 files chosen: a.pdf and b.jpg".
  #writeStatus(): void {
    const files = [...(this.control?.files ?? [])];
    const text =
      files.length === 0
        ? ''
        : this.text.t('file-upload.chosen', {
            count: files.length,
            names: listOf(
              files.map((file) => file.name),
              this.text.t('file-upload.and'),
            ),
          });
    // The same text again is left alone, so a screen reader does not repeat it.
    if (this.#status === null || text === this.#statusText) return;
    this.#statusText = text;
    this.#status.textContent = text;
  }

  // ---- Properties ----------------------------------------------------------

  /** The chosen files, as on the native input. Set a `FileList` or a list of `File`s to choose them by script. */
  get files(): FileList | null {
    return this.control?.files ?? null;
  }
  set files(value: FileList | readonly File[] | null | undefined) {
    const given: unknown = value;
    if (given !== null && given !== undefined && !isIterable(given)) {
      // A native input throws a TypeError here; a page's mistake warns instead.
      warnOnce(
        `<civic-file-upload name="${this.name}"> files must be a FileList or an array of File objects, or null to clear: ${typeof given} was ignored.`,
      );
      return;
    }
    const files = given === null || given === undefined ? [] : [...given];
    this.#choose(files.filter((file): file is File => file instanceof File));
  }

  /** The first file's name as the browser gives it ("C:\fakepath\proof.pdf"), '' when none. Only '' can be set: it clears the choice. */
  override get value(): string {
    return super.value;
  }
  override set value(value: string) {
    if (textOf(value) === '') {
      if (this.control !== null && this.control.value !== '') this.#choose([]);
      return;
    }
    warnOnce(
      '<civic-file-upload> value can only be set to "" (no file): a page cannot choose a file by name. Set files instead.',
    );
  }

  /** The types offered and checked, as on a native input: ".pdf,.jpg,.png". */
  get accept(): string {
    return this.control?.getAttribute('accept') ?? this.getAttribute('accept') ?? '';
  }
  set accept(value: string) {
    const text = typeof value === 'string' ? value : '';
    // The element's attribute follows, so attribute and property agree; its
    // change reaches the input (attributeChanged).
    if (text === '') this.removeAttribute('accept');
    else this.setAttribute('accept', text);
    // A server's HTML has accept on the input only, so the attribute may not have changed.
    if (this.control !== null && this.accept !== text)
      this.attributeChanged('accept', text || null);
  }

  /** More than one file may be chosen. */
  get multiple(): boolean {
    return this.control?.multiple ?? this.hasAttribute('multiple');
  }
  set multiple(value: boolean) {
    const multiple = toBoolean(value);
    this.toggleAttribute('multiple', multiple);
    if (this.control !== null && this.control.multiple !== multiple) {
      this.attributeChanged('multiple', multiple ? '' : null);
    }
  }

  /** The largest a file may be, in bytes (from a number or "2MB"); undefined for no limit. */
  get maxSize(): number | undefined {
    return sizeInBytes(this.getAttribute('max-size'));
  }
  set maxSize(value: number | string | null | undefined) {
    const bytes = sizeInBytes(value);
    if (bytes === undefined) this.removeAttribute('max-size');
    else this.setAttribute('max-size', String(bytes));
  }

  /** The most files, with `multiple`; undefined for no limit. */
  get maxFiles(): number | undefined {
    return wholeNumber(this.getAttribute('max-files'), 1);
  }
  set maxFiles(value: number | null | undefined) {
    const count = wholeNumber(value, 1);
    if (count === undefined) this.removeAttribute('max-files');
    else this.setAttribute('max-files', String(count));
  }

  /** @internal A file input has no read-only state; this is always false. */
  override get readOnly(): boolean {
    return false;
  }
  override set readOnly(value: boolean) {
    if (toBoolean(value)) this.#warnReadOnly();
  }

  #warnReadOnly(): void {
    warnOnce(
      '<civic-file-upload> cannot be readonly: a native file input has no read-only state. Show the file names as text instead.',
    );
  }

  /** @internal Its rules are the component's own (ownFailure). */
  get constraints(): Constraints {
    return {};
  }

  /** @internal The first rule the chosen files break: required, then how many, their type, their size. */
  override ownFailure(): FieldFailure | null {
    const control = this.control;
    if (control === null) return null;
    const files = [...(control.files ?? [])];
    if (files.length === 0) {
      if (!control.required) return null;
      return this.fieldName.trim() === ''
        ? { kind: 'required', key: 'file-upload.required' }
        : { kind: 'required', key: 'file-upload.required-named' };
    }
    const most = control.multiple ? this.maxFiles : 1;
    if (most !== undefined && files.length > most) {
      return { kind: 'filecount', key: 'file-upload.filecount', values: { count: most } };
    }
    const types = acceptedTypes(control.getAttribute('accept'));
    if (!files.every((file) => isAccepted(file, types))) {
      return {
        kind: 'accept',
        key: 'file-upload.accept',
        values: {
          count: files.length,
          types: listOf(typeNames(types), this.text.t('file-upload.or')),
        },
      };
    }
    const maxSize = this.maxSize;
    if (maxSize !== undefined && files.some((file) => file.size > maxSize)) {
      return {
        kind: 'filesize',
        key: 'file-upload.filesize',
        values: { count: files.length, size: sizeText(maxSize) },
      };
    }
    return null;
  }

  /** @internal Ids of the status, kept out of the page's own descriptions. */
  protected override ownDescriptionIds(): string[] {
    return [statusId(this.control?.id ?? '')];
  }
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof (value as Partial<Iterable<unknown>> | null)?.[Symbol.iterator] === 'function';
}
