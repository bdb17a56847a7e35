// Registering entry for <civic-language-toggle>:
// `import '@civic-design/components/language-toggle.js'`.
import { defineElement } from '../../core/define-element.js';
import { CivicLanguageToggle } from './civic-language-toggle.js';

defineElement('civic-language-toggle', CivicLanguageToggle);

export { CivicLanguageToggle };

declare global {
  interface HTMLElementTagNameMap {
    'civic-language-toggle': CivicLanguageToggle;
  }
}
