// The errors an error summary lists, as data: what a server gives the markup
// function and what a page gives the element. Pure: no DOM, so servers use it.
import { safeUrl } from '../../core/safe-url.js';
import { warnOnce } from '../../core/warn.js';

/** One error in the summary: its message and the field it links to. */
export interface ErrorSummaryItem {
  /** The message, naming the field: "Enter your full name". */
  text: string;
  /** Where the link goes: `#` and the `id` of the field. Without it the message shows as text. */
  href?: string;
}

/**
 * Only well-formed items: a non-empty string `text`, and a string `href` if
 * any. An `href` whose scheme can run script (`javascript:`, `data:`) is
 * dropped with a warning, so the message shows as text.
 */
export function cleanItems(value: unknown): ErrorSummaryItem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (item === null || typeof item !== 'object') return [];
    const { text, href } = item as Record<string, unknown>;
    if (typeof text !== 'string' || text.trim() === '') return [];
    const safe = typeof href === 'string' ? safeUrl(href, 'civic-error-summary') : undefined;
    return [safe === undefined ? { text } : { text, href: safe }];
  });
}

/** Reads the `items` attribute: a JSON array of `{ "href": "#id", "text": "…" }`. */
export function parseItems(value: string | null): ErrorSummaryItem[] {
  if (value === null || value.trim() === '') return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return cleanItems(parsed);
  } catch {
    // Reported below.
  }
  warnOnce(
    `<civic-error-summary> could not read items="${value.slice(0, 60)}": give a JSON array ` +
      'such as [{"href": "#full-name", "text": "Enter your full name"}].',
  );
  return [];
}

/** Whether two lists hold the same errors in the same order. */
export function sameItems(a: readonly ErrorSummaryItem[], b: readonly ErrorSummaryItem[]): boolean {
  return (
    a.length === b.length &&
    a.every((item, i) => item.text === b[i]?.text && item.href === b[i]?.href)
  );
}
