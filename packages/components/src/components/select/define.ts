// Registering entry for <civic-select>: `import '@civic-design/components/components/select/define.js'`.
import { defineElement } from '../../core/define-element.js';
import { CivicSelect } from './civic-select.js';

defineElement('civic-select', CivicSelect);

export { CivicSelect };
export type { SelectItem, SelectParams } from './markup.js';

declare global {
  interface HTMLElementTagNameMap {
    'civic-select': CivicSelect;
  }
}
