// Registering entry for <civic-password-input>: `import '@civic-design/components/password-input.js'`.
import { defineElement } from '../../core/define-element.js';
import { CivicPasswordInput } from './civic-password-input.js';

defineElement('civic-password-input', CivicPasswordInput);

export { CivicPasswordInput };
export type { PasswordAutocomplete, PasswordInputParams } from './civic-password-input.js';

declare global {
  interface HTMLElementTagNameMap {
    'civic-password-input': CivicPasswordInput;
  }
}
