// A count of what has been typed against a limit, for any field that has one,
// and a status message for screen readers that waits until the person pauses.
// The counting itself is countCharacters/countWords from validation.ts, so the
// number shown while typing is the number the submit check and a server use.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { countCharacters, countWords } from './validation.js';

/** What a limit counts: user-perceived characters or white-space-separated words. */
export type CountUnit = 'characters' | 'words';

/** Where a value stands against its limit. */
export interface CountStatus {
  unit: CountUnit;
  /** The most allowed. */
  limit: number;
  /** How many the value has now. */
  count: number;
  /** How many more are allowed; negative when over the limit. */
  remaining: number;
  /** Whether the count should be shown: always, or once `threshold` percent of the limit is used. */
  shown: boolean;
}

/**
 * The value counted against `limit` in `unit`. With a `threshold` (a
 * percentage of the limit), the count is only `shown` once the value reaches
 * that share, so a long limit does not distract people who will never reach it.
 */
export function countStatus(
  value: string,
  limit: number,
  unit: CountUnit,
  threshold?: number,
): CountStatus {
  const count = unit === 'words' ? countWords(value) : countCharacters(value);
  const hidesBelow = threshold !== undefined && threshold > 0 ? (limit * threshold) / 100 : 0;
  return { unit, limit, count, remaining: limit - count, shown: count >= hidesBelow };
}

/**
 * Text for a polite live region that follows a field's state only once the
 * person stops typing for `delay` milliseconds. Announcing on every keystroke
 * would talk over what they type and what their screen reader echoes
 * (WCAG 4.1.3 Status Messages); a count read after a pause is heard.
 *
 * Call `schedule()` on each change the person makes; the text is read from
 * `read()` when the pause ends. `clear()` empties it, for a change the person
 * did not make (a reset), which should not be announced.
 *
 * When the text changes it is handed to `write`, which puts it in the live
 * region. A host that renders from state (a Lit element) can leave `write`
 * out and read `text` in its next update instead. A light-DOM question
 * (CivicField) passes `write`: there `requestUpdate()` means the page language
 * changed and re-shows the field's error, which must not happen mid-typing.
 */
export class PausedAnnouncer implements ReactiveController {
  /** Milliseconds of quiet after the last change before the text updates. */
  delay = 1000;

  readonly #host: ReactiveControllerHost;
  readonly #read: () => string;
  readonly #write: ((text: string) => void) | undefined;
  #text = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, read: () => string, write?: (text: string) => void) {
    this.#host = host;
    this.#read = read;
    this.#write = write;
    host.addController(this);
  }

  /** What the live region should hold now. */
  get text(): string {
    return this.#text;
  }

  /** Restarts the wait; the text updates when it ends without another change. */
  schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#set(this.#read());
    }, this.delay);
  }

  /** Drops the text and any update still waiting. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#set('');
  }

  // The same text again is left alone: rewriting a live region with what it
  // already says makes some screen readers repeat it.
  #set(text: string): void {
    if (text === this.#text) return;
    this.#text = text;
    if (this.#write === undefined) this.#host.requestUpdate();
    else this.#write(text);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
