// Registering entry for <civic-date-input>: `import '@civic-design/components/components/date-input/define.js'`.
import { defineElement } from '../../core/define-element.js';
import { CivicDateInput } from './civic-date-input.js';

defineElement('civic-date-input', CivicDateInput);

export { CivicDateInput };
export type { DateInputParams, DatePart, DateParts } from './markup.js';

declare global {
  interface HTMLElementTagNameMap {
    'civic-date-input': CivicDateInput;
  }
}
