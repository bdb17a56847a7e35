/**
 * Developer-facing warnings. Misuse of a component must never fail silently:
 * each warning names the element and the fix. A given warning is printed once
 * per page so a list of 1,000 misconfigured rows does not flood the console.
 */
const alreadyWarned = new Set<string>();

/** Prints `[civic] <message>` to the console once per distinct message. */
export function warnOnce(message: string): void {
  if (alreadyWarned.has(message)) return;
  alreadyWarned.add(message);
  console.warn(`[civic] ${message}`);
}

/** Forgets which warnings were printed, so tests can check a warning appears again. */
export function clearWarningHistory(): void {
  alreadyWarned.clear();
}
