// Registering entry for <civic-file-upload>: `import '@civic-design/components/components/file-upload/define.js'`.
import { defineElement } from '../../core/define-element.js';
import { CivicFileUpload } from './civic-file-upload.js';

defineElement('civic-file-upload', CivicFileUpload);

export { CivicFileUpload };
export type { FileUploadParams } from './markup.js';

declare global {
  interface HTMLElementTagNameMap {
    'civic-file-upload': CivicFileUpload;
  }
}
