// Code that runs inside the benchmark pages. Playwright sends each function's
// source to the page, so each must stand alone.
/* global document, window, customElements, requestAnimationFrame */

/**
 * Added before any page script. `window.__benchReady` resolves once every
 * custom element on the page is defined and has finished its first render
 * (Lit's updateComplete, Stencil's componentOnReady), after two more
 * animation frames, so that the rendered page has been laid out and painted.
 * It resolves with the time since navigation start (performance.now()) and
 * the layout shifts reported until then. At that moment it also sets the
 * user-timing mark `bench:ready`, which ends the window the trace is read in.
 */
export function readyProbe() {
  // The init script also runs in the blank document a new page starts with.
  if (!window.location.protocol.startsWith('http')) return;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const customElementsIn = (root) =>
    [...root.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
  // Every layout-shift entry (none follows input here), from the start.
  const shifts = { score: 0, entries: 0, largest: 0 };
  let observer = null;
  const record = (entries) => {
    for (const entry of entries) {
      if (entry.hadRecentInput) continue;
      shifts.score += entry.value;
      shifts.entries += 1;
      shifts.largest = Math.max(shifts.largest, entry.value);
    }
  };
  try {
    observer = new PerformanceObserver((list) => record(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
  } catch {
    observer = null;
  }
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
    const time = performance.now();
    performance.mark('bench:ready');
    if (observer) record(observer.takeRecords());
    return { time, layoutShift: observer ? { ...shifts } : null };
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
 * The boxes of the first `count` questions (label and native input, found by
 * the input's name), relative to the document, and the height of <main>:
 * read with and without the page's script to see what the upgrade moves.
 * Fields whose input is in a shadow root, or not built yet, give null.
 */
export function fieldBoxes(count) {
  const box = (element) => {
    if (!element) return null;
    const rect = element.getBoundingClientRect();
    return {
      x: rect.left + window.scrollX,
      y: rect.top + window.scrollY,
      width: rect.width,
      height: rect.height,
    };
  };
  const fields = [];
  for (let n = 1; n <= count; n++) {
    const input = document.querySelector(`input[name="q${n}"]`);
    const label = input?.id ? document.querySelector(`label[for="${input.id}"]`) : null;
    // Whether this is the very input the HTML had (see markInputs).
    fields.push({
      input: box(input),
      label: box(label),
      original: input?.__benchOriginal === true,
    });
  }
  return {
    fields,
    // The page's content: the form, or the list on the list pages.
    formHeight: document.querySelector('main')?.getBoundingClientRect().height ?? 0,
  };
}

/**
 * Init script for the untimed loads: marks the inputs the HTML has, once it is
 * parsed and before any deferred or module script runs, so that fieldBoxes
 * can tell whether the upgrade kept them or put new ones in their place.
 */
export function markInputs() {
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    for (const input of document.querySelectorAll('input')) input.__benchOriginal = true;
  });
}

/**
 * Focuses the native input of the question named `name` and starts timing:
 * from the first keydown to the animation frame after the last input event.
 */
export function startTyping(name) {
  // The native input when it is in the page's DOM (govuk-frontend, Civic);
  // otherwise the host element, whose shadow root holds the input.
  const host =
    document.querySelector(`input[name="${name}"]`) ?? document.querySelector(`[name="${name}"]`);
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
