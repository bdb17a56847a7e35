// Registering entry for <civic-checkboxes>: `import '@civic-design/components/checkboxes.js'`.
import { defineElement } from '../../core/define-element.js';
import { CivicCheckboxes } from './civic-checkboxes.js';

defineElement('civic-checkboxes', CivicCheckboxes);

export { CivicCheckboxes };
export type { CheckboxItem } from './civic-checkboxes.js';

declare global {
  interface HTMLElementTagNameMap {
    'civic-checkboxes': CivicCheckboxes;
  }
}
