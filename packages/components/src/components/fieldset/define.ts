// Registering entry for <civic-fieldset>: `import '@civic-design/components/fieldset.js'`.
import { defineElement } from '../../core/define-element.js';
import { CivicFieldset } from './civic-fieldset.js';

defineElement('civic-fieldset', CivicFieldset);

export { CivicFieldset };

declare global {
  interface HTMLElementTagNameMap {
    'civic-fieldset': CivicFieldset;
  }
}
