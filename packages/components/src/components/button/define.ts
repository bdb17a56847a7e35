// Registering entry for <civic-button>: `import '@civic-design/components/button.js'`.
// Importing the class from '@civic-design/components' never registers it.
import { defineElement } from '../../core/define-element.js';
import { CivicButton } from './civic-button.js';

defineElement('civic-button', CivicButton);

export { CivicButton };
export type { ButtonParams, ButtonType, ButtonVariant } from './civic-button.js';

declare global {
  interface HTMLElementTagNameMap {
    'civic-button': CivicButton;
  }
}
