// Registering entry for <civic-radios>: `import '@civic-design/components/radios.js'`.
import { defineElement } from '../../core/define-element.js';
import { CivicRadios } from './civic-radios.js';

defineElement('civic-radios', CivicRadios);

export { CivicRadios };
export type { RadioItem } from './civic-radios.js';

declare global {
  interface HTMLElementTagNameMap {
    'civic-radios': CivicRadios;
  }
}
