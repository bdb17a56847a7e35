// Constraint checks for Civic form controls. Pure functions: they read a value
// and the control's constraints and say which rule fails, so the same rules
// run in the browser, in tests and in a server that shares them.

/**
 * Why a value is invalid. Each kind maps to a `ValidityState` flag and to a
 * default message that names the field (see form-messages.ts).
 */
export type ValidationKind =
  | 'required'
  | 'minlength'
  | 'maxlength'
  | 'maxwords'
  | 'pattern'
  | 'email'
  | 'tel'
  | 'url'
  | 'number'
  | 'custom';

/** The rules a control applies to its value. */
export interface Constraints {
  required?: boolean;
  /** Fewest characters, counted as `countCharacters` counts them. */
  minLength?: number;
  /** Most characters, counted as `countCharacters` counts them. */
  maxLength?: number;
  /** Most words, counted as `countWords` counts them. */
  maxWords?: number;
  /** A regular expression the whole value must match, as on `<input pattern>`. */
  pattern?: string;
  /** A format the value must have. */
  format?: 'email' | 'tel' | 'url' | 'number';
}

/** A failed rule, with the numbers its message needs: `count` is the limit (it picks the plural form), `actual` what was typed. */
export interface ValidationFailure {
  kind: ValidationKind;
  values?: Record<string, number>;
}

/** The `ValidityState` flag each kind sets, as a native input would. */
export const VALIDITY_FLAG: Record<ValidationKind, keyof ValidityStateFlags> = {
  required: 'valueMissing',
  minlength: 'tooShort',
  maxlength: 'tooLong',
  maxwords: 'tooLong',
  pattern: 'patternMismatch',
  email: 'typeMismatch',
  tel: 'typeMismatch',
  url: 'typeMismatch',
  number: 'badInput',
  custom: 'customError',
};

/**
 * Characters as a person and a server both count them: user-perceived
 * characters (grapheme clusters), so an emoji such as 👩🏽‍💻 or a letter with a
 * combining accent is one, and a line break is one whether the browser holds
 * it as "\n" or submits it as "\r\n". A server can get the same number by
 * normalising "\r\n" to "\n" and counting grapheme clusters.
 */
export function countCharacters(value: string): number {
  const text = value.replace(/\r\n?/g, '\n');
  const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text);
  return Array.from(graphemes).length;
}

/** Words: runs of characters separated by white space, as most servers split them. */
export function countWords(value: string): number {
  const trimmed = value.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

// Deliberately forgiving formats: they catch slips (a missing @, letters in a
// phone number) without refusing real addresses and numbers people have.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
// Digits with the spaces, brackets, dashes and leading + people type.
const TELEPHONE = /^\+?[\d\s()-]{7,}$/u;
const WHOLE_NUMBER = /^\d+$/u;

function isUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function matchesFormat(value: string, format: NonNullable<Constraints['format']>): boolean {
  switch (format) {
    case 'email':
      return EMAIL.test(value);
    case 'tel':
      return TELEPHONE.test(value) && /\d{7}/u.test(value.replace(/\D/gu, ''));
    case 'url':
      return isUrl(value);
    case 'number':
      // People type spaces in long numbers ("1 000"); a server should strip them too.
      return WHOLE_NUMBER.test(value.replace(/\s/gu, ''));
  }
}

function matchesPattern(value: string, pattern: string): boolean {
  try {
    // As on `<input pattern>`: the whole value must match, with the `v` flag.
    return new RegExp(`^(?:${pattern})$`, 'v').test(value);
  } catch {
    return true;
  }
}

/**
 * The first rule the value breaks, in the order a person should fix them
 * (an empty required field before its format), or `null` when it is valid.
 * Leading and trailing spaces are ignored: "  " is not an answer.
 * An empty optional field is always valid.
 */
export function checkConstraints(
  value: string,
  constraints: Constraints,
): ValidationFailure | null {
  const answer = value.trim();
  if (answer === '') return constraints.required ? { kind: 'required' } : null;
  if (constraints.format !== undefined && !matchesFormat(answer, constraints.format)) {
    return { kind: constraints.format };
  }
  // Lengths count the value as it will be submitted, spaces included, so the
  // count a person sees while typing is the one the rule uses.
  const characters = countCharacters(value);
  if (constraints.maxLength !== undefined && characters > constraints.maxLength) {
    return { kind: 'maxlength', values: { count: constraints.maxLength, actual: characters } };
  }
  if (constraints.minLength !== undefined && characters < constraints.minLength) {
    return { kind: 'minlength', values: { count: constraints.minLength, actual: characters } };
  }
  const words = countWords(value);
  if (constraints.maxWords !== undefined && words > constraints.maxWords) {
    return { kind: 'maxwords', values: { count: constraints.maxWords, actual: words } };
  }
  if (constraints.pattern !== undefined && !matchesPattern(answer, constraints.pattern)) {
    return { kind: 'pattern' };
  }
  return null;
}

/** Whether a pattern compiles, so a developer's typo can be reported rather than ignored. */
export function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(`^(?:${pattern})$`, 'v');
    return true;
  } catch {
    return false;
  }
}
