// Registering entry for <civic-service-navigation>:
// `import '@civic-design/components/service-navigation.js'`.
import { defineElement } from '../../core/define-element.js';
import { CivicServiceNavigation } from './civic-service-navigation.js';

defineElement('civic-service-navigation', CivicServiceNavigation);

export { CivicServiceNavigation };

declare global {
  interface HTMLElementTagNameMap {
    'civic-service-navigation': CivicServiceNavigation;
  }
}
