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

/**
 * A page's global CSS at its worst, as a CMS theme or an old reset writes it:
 * rules on bare elements that a component must not inherit. Class selectors
 * outrank these, so a component that sets what they touch looks the same.
 */
export const HOSTILE_CSS = `
  *, *::before, *::after { box-sizing: content-box; margin: 0; padding: 0; }
  label { display: inline; float: left; font-size: 12px; font-weight: bold; color: red; text-transform: uppercase; }
  input, textarea, button { width: 200px; height: 60px; padding: 20px; border: 5px dotted red; font-size: 30px; }
  p { margin: 2em 0; font-size: 10px; line-height: 3; }
  div { padding: 10px; margin: 10px; line-height: 1; border: 1px solid green; }
  ul, li { margin: 3em; padding: 2em; list-style: square; }
  h1, h2 { font-size: 50px; margin: 1em; }
  a { color: lime; font-size: 40px; }
`;

/** Each part's box relative to `origin` (left, top, width, height), rounded to whole CSS pixels. */
export function boxesWithin(origin: Element, parts: readonly Element[]): number[][] {
  const base = origin.getBoundingClientRect();
  return parts.map((part) => {
    const box = part.getBoundingClientRect();
    return [box.left - base.left, box.top - base.top, box.width, box.height].map(Math.round);
  });
}

/** Runs `check` with HOSTILE_CSS on the page, and takes it away again whatever happens. */
export function withHostileCss(check: () => void): void {
  const style = document.createElement('style');
  style.textContent = HOSTILE_CSS;
  document.head.append(style);
  try {
    check();
  } finally {
    style.remove();
  }
}
