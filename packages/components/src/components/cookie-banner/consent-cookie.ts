// The consent cookie the banner's script writes and reads, so the choice is
// recorded without a reload and the banner is not asked again. The server
// reads the same cookie (and the same value it receives when the form posts).
import type { ConsentCookie } from './markup.js';

/**
 * The `document.cookie` assignment for a choice: the name, the value, how
 * long it lasts and where it applies; SameSite=Lax (sent when a person
 * follows a link to the service, not with other sites' requests), and Secure
 * on https pages so it never travels unencrypted.
 */
export function consentCookieString(cookie: ConsentCookie, value: string, secure: boolean): string {
  return (
    `${cookie.name}=${encodeURIComponent(value)}; Max-Age=${cookie.maxAge}; ` +
    `Path=${cookie.path}; SameSite=Lax${secure ? '; Secure' : ''}`
  );
}

/** Whether the page has a cookie of this name (whatever its value). */
export function hasCookie(document: Document, name: string): boolean {
  return document.cookie.split(';').some((pair) => pair.trim().split('=', 1)[0] === name);
}
