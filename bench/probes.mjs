// Code that runs inside the benchmark pages. Playwright sends each function's
// source to the page, so each must stand alone.
/* global document, window, customElements, requestAnimationFrame */

/**
 * Added before any page script. `window.__benchReady` resolves with the time
 * since navigation start (performance.now()) once every custom element on the
 * page is defined and has finished its first render (Lit's updateComplete,
 * Stencil's componentOnReady), after two more animation frames, so that the
 * rendered page has been laid out and painted.
 */
export function readyProbe() {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const customElementsIn = (root) =>
    [...root.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
  async function whenReady() {
    for (;;) {
      const undefinedTags = new Set(
        [...document.querySelectorAll(':not(:defined)')].map((element) => element.localName),
      );
      if (undefinedTags.size === 0) break;
      await Promise.all([...undefinedTags].map((tag) => customElements.whenDefined(tag)));
    }
    await Promise.all(
      customElementsIn(document).map((element) =>
        typeof element.componentOnReady === 'function'
          ? element.componentOnReady()
          : element.updateComplete,
      ),
    );
    await frame();
    await frame();
    return performance.now();
  }
  window.__benchReady = new Promise((resolve, reject) => {
    const start = () => whenReady().then(resolve, reject);
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', start, { once: true });
    } else {
      start();
    }
  });
}

/**
 * Focuses the native input of the question named `name` and starts timing:
 * from the first keydown to the animation frame after the last input event.
 */
export function startTyping(name) {
  const host = document.querySelector(`[name="${name}"]`);
  if (host === null) throw new Error(`no field named ${name}`);
  host.focus();
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (active?.localName !== 'input') {
    throw new Error(`focus landed on <${active?.localName}>, not an input`);
  }
  const timing = { firstKeydown: null, lastFrameAfterInput: null, inputs: 0 };
  window.__typing = timing;
  document.addEventListener(
    'keydown',
    () => {
      timing.firstKeydown ??= performance.now();
    },
    { capture: true },
  );
  document.addEventListener(
    'input',
    () => {
      timing.inputs += 1;
      requestAnimationFrame(() => {
        timing.lastFrameAfterInput = performance.now();
      });
    },
    { capture: true },
  );
}

/** After typing: waits for pending frames, returns the timing and the value typed. */
export function finishTyping() {
  return new Promise((resolve) => {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        resolve({ ...window.__typing, value: active?.value ?? null });
      }),
    );
  });
}
