/**
 * Markup that runs script if a component ever renders text as HTML. Tests
 * render it as a label, value or attribute and then check `window.__civicHacked`.
 */
export const HOSTILE = '<img src=x onerror="window.__civicHacked = true">';

declare global {
  interface Window {
    __civicHacked?: boolean;
  }
}
