// Registering entry for <civic-textarea>: `import '@civic-design/components/textarea.js'`.
import { defineElement } from '../../core/define-element.js';
import { CivicTextarea } from './civic-textarea.js';

defineElement('civic-textarea', CivicTextarea);

export { CivicTextarea };
export type { TextareaParams } from './markup.js';

declare global {
  interface HTMLElementTagNameMap {
    'civic-textarea': CivicTextarea;
  }
}
