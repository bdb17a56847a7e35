// Registering entry for <civic-notification-banner>:
// `import '@civic-design/components/notification-banner.js'`.
import { defineElement } from '../../core/define-element.js';
import { CivicNotificationBanner } from './civic-notification-banner.js';

defineElement('civic-notification-banner', CivicNotificationBanner);

export { CivicNotificationBanner };

declare global {
  interface HTMLElementTagNameMap {
    'civic-notification-banner': CivicNotificationBanner;
  }
}
