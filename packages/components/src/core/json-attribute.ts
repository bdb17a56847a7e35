// One reader for every attribute that carries JSON (a summary row's actions,
// a question's messages, a list's items). Frameworks set the property; plain
// HTML and servers write the attribute. A malformed or wrong-shaped value
// never throws: it gives the fallback and a warning that shows the shape.
import { jsonText } from './enumerated.js';
import { warnOnce } from './warn.js';

export interface JsonAttributeOptions<T> {
  /** What the warning names, such as `<civic-summary-row> actions`. */
  owner: string;
  /** An example of the right shape, quoted in the warning. */
  example: string;
  /** Keeps the parts of a parsed value that have the right shape, or returns undefined when none. */
  accept: (parsed: unknown) => T | undefined;
  fallback: T;
}

/** Parses `value` (an attribute) as JSON of the accepted shape. */
export function jsonAttribute<T>(value: string | null, options: JsonAttributeOptions<T>): T {
  if (value === null || value.trim() === '') return options.fallback;
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(value);
  } catch {
    // Reported by jsonValue as not of the shape, with what was written.
  }
  return jsonValue(parsed, options, value, true);
}

/** Checks a value set by property against the same shape as the attribute. */
export function jsonValue<T>(
  value: unknown,
  options: JsonAttributeOptions<T>,
  written: string = jsonText(value),
  fromAttribute = false,
): T {
  // Nothing set by property is the fallback; an attribute that parses to
  // nothing (malformed, or the word null) was still written, so it warns.
  if ((value === undefined || value === null) && !fromAttribute) return options.fallback;
  const accepted = options.accept(value);
  if (accepted !== undefined) return accepted;
  warnOnce(
    `${options.owner} "${written.slice(0, 60)}" is not JSON such as ${options.example}, ` +
      'so it is ignored.',
  );
  return options.fallback;
}
