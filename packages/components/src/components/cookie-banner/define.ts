// Registering entry for <civic-cookie-banner>:
// `import '@civic-design/components/cookie-banner.js'`.
import { defineElement } from '../../core/define-element.js';
import { CivicCookieBanner } from './civic-cookie-banner.js';

defineElement('civic-cookie-banner', CivicCookieBanner);

export { CivicCookieBanner };

declare global {
  interface HTMLElementTagNameMap {
    'civic-cookie-banner': CivicCookieBanner;
  }
}
