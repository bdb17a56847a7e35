// Pressing the mouse on a submit button first takes focus from the field
// being edited, which commits its change. If that change removes an error
// message, everything below moves up before the button is released, the
// release lands somewhere else and the click is lost: the person has to click
// twice. Layout changes that a commit causes therefore wait for the pointer
// to be released (and for the click that follows it).
let pointerPressed = false;
let waiting: (() => void)[] = [];
let watching = false;

function runWaiting(): void {
  const callbacks = waiting;
  waiting = [];
  for (const callback of callbacks) callback();
}

function release(): void {
  if (!pointerPressed) return;
  pointerPressed = false;
  // After this task, so the click that follows the release is dispatched first.
  setTimeout(runWaiting);
}

/** Starts following pointer presses on the page; safe to call many times. */
export function watchPointer(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  document.addEventListener('pointerdown', () => (pointerPressed = true), true);
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
}

/** Runs `callback` now, or once a pressed pointer has been released. */
export function afterPointerRelease(callback: () => void): void {
  if (pointerPressed) waiting.push(callback);
  else callback();
}
