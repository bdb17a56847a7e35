// Registering entry for <civic-skip-link>: `import '@civic-design/components/skip-link.js'`.
import { defineElement } from '../../core/define-element.js';
import { CivicSkipLink } from './civic-skip-link.js';

defineElement('civic-skip-link', CivicSkipLink);

export { CivicSkipLink };

declare global {
  interface HTMLElementTagNameMap {
    'civic-skip-link': CivicSkipLink;
  }
}
