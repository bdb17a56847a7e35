// Registering entry for <civic-error-summary>: `import '@civic-design/components/error-summary.js'`.
import { defineElement } from '../../core/define-element.js';
import { CivicErrorSummary } from './civic-error-summary.js';

defineElement('civic-error-summary', CivicErrorSummary);

export { CivicErrorSummary };

declare global {
  interface HTMLElementTagNameMap {
    'civic-error-summary': CivicErrorSummary;
  }
}
