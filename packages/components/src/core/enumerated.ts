// One reader for every enumerated attribute (a button's variant, a tag's
// colour, a banner's type): a value outside the list falls back to a
// documented default, and the developer is told which values exist, because
// an unknown value that silently does nothing is a bug nobody sees.
import { warnOnce } from './warn.js';

/** Whether `value` is one of `choices`. */
export function isOneOf<T extends string>(choices: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (choices as readonly string[]).includes(value);
}

/** A value as JSON for a message; never throws (cycles, BigInt) and never "[object Object]". */
export function jsonText(value: unknown): string {
  try {
    // JSON.stringify returns undefined for functions and symbols, whatever its type says.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

/** A wrong value as a warning quotes it: short, and never "[object Object]". */
export function shownValue(value: unknown): string {
  const text = typeof value === 'string' ? value : jsonText(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export interface EnumeratedOptions<T extends string> {
  /** What the warning names, such as `<civic-tag> color`. */
  owner: string;
  choices: readonly T[];
  fallback: T;
  /** Old names still accepted, each with the name to use now (they warn). */
  renamed?: Readonly<Record<string, T>>;
}

/**
 * The value if it is one of the choices; else the fallback, with a `[civic]`
 * warning that lists the choices. Nothing given (`null`, `undefined`, '')
 * is the fallback without a warning.
 */
export function enumerated<T extends string>(value: unknown, options: EnumeratedOptions<T>): T {
  if (value === undefined || value === null || value === '') return options.fallback;
  if (isOneOf(options.choices, value)) return value;
  const renamedTo = typeof value === 'string' ? options.renamed?.[value] : undefined;
  if (renamedTo !== undefined) {
    warnOnce(
      `${options.owner}="${shownValue(value)}" is now called "${renamedTo}": use ${renamedTo}.`,
    );
    return renamedTo;
  }
  warnOnce(
    `${options.owner}="${shownValue(value)}" is not one of ${options.choices.join(', ')}, ` +
      `so "${options.fallback}" is used.`,
  );
  return options.fallback;
}
