// Tests at a narrow viewport (320 CSS px, WCAG 1.4.10), where media queries
// change the layout. The WebDriver launcher that drives WebKit cannot resize
// the viewport, so those tests run in Chromium and Firefox and are skipped in
// WebKit with that reason in their title; reflow itself is also checked in a
// 320 px column or a 320 px frame, which every engine can do.
import { setViewport } from '@web/test-runner-commands';

export const canSetViewport = /Chrome\/|Firefox\//.test(navigator.userAgent);

/** `it` for a test that resizes the viewport: skipped, with the reason, where that cannot be done. */
export function itAtViewport(title: string, test: () => Promise<void>): void {
  if (canSetViewport) it(title, test);
  else it.skip(`${title} (not in WebKit: its WebDriver launcher cannot resize the viewport)`, test);
}

/** Runs `check` with the viewport `width` px wide, and puts the test page's 800 × 600 back. */
export async function atViewportWidth(
  width: number,
  check: () => Promise<void> | void,
): Promise<void> {
  await setViewport({ width, height: 640 });
  try {
    await check();
  } finally {
    await setViewport({ width: 800, height: 600 });
  }
}

/** A column `width` px wide in `parent`, for reflow checks of parts that do not depend on media queries. */
export function column(parent: Element, width = 320): HTMLElement {
  const element = document.createElement('div');
  element.style.cssText = `inline-size: ${width}px; margin: 0; padding: 0; border: 0`;
  parent.append(element);
  return element;
}

/**
 * A page `width` px wide in a frame that runs no script, with Civic's
 * stylesheets: its own viewport, so media queries apply at that width.
 */
export async function framedPage(
  parent: Element,
  body: string,
  width: number,
  htmlAttributes = 'lang="en"',
): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = `inline-size: ${width}px; block-size: 600px; border: 0`;
  // No scroll bar (Firefox draws one that narrows the page): widths stay exact.
  frame.srcdoc = `<!doctype html><html ${htmlAttributes}><head>
    <link rel="stylesheet" href="/packages/tokens/dist/tokens.css">
    <link rel="stylesheet" href="/packages/components/dist/css/civic.css">
    <style>html { overflow: hidden; }</style>
    </head>${body}</html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  parent.append(frame);
  await loaded;
  return frame.contentDocument!;
}
