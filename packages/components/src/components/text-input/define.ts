// Registering entry for <civic-text-input>: `import '@civic-design/components/text-input.js'`.
import { defineElement } from '../../core/define-element.js';
import { CivicTextInput } from './civic-text-input.js';

defineElement('civic-text-input', CivicTextInput);

export { CivicTextInput };
export type { TextInputType, TextInputWidth } from './civic-text-input.js';

declare global {
  interface HTMLElementTagNameMap {
    'civic-text-input': CivicTextInput;
  }
}
