// Registering entry for <civic-panel>: `import '@civic-design/components/panel.js'`.
import { defineElement } from '../../core/define-element.js';
import { CivicPanel } from './civic-panel.js';

defineElement('civic-panel', CivicPanel);

export { CivicPanel };

declare global {
  interface HTMLElementTagNameMap {
    'civic-panel': CivicPanel;
  }
}
