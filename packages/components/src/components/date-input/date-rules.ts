// The checks a date input makes, as pure functions a server in JavaScript
// can share: which parts are missing or wrong, and whether the date is real
// and within its limits, in the order a person should fix them (GOV.UK
// date input pattern: say which part is wrong, and mark only that part).

/** The three parts of a date, in the order they are asked. */
export type DatePart = 'day' | 'month' | 'year';

export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

/** What was typed in each part, as it will be submitted. */
export type DateParts = Record<DatePart, string>;

/** The rules a date must meet. Limits are ISO dates ("1900-01-01"). */
export interface DateRules {
  required?: boolean;
  /** Must be before today. */
  past?: boolean;
  /** Must be after today. */
  future?: boolean;
  min?: string;
  max?: string;
  /** Today as an ISO date; defaults to the local date (for tests and servers in another zone). */
  today?: string;
}

/** Why a date is wrong, and which parts to mark. `kind` names the rule for per-field messages. */
export interface DateFailure {
  kind:
    | 'required'
    | 'incomplete-day'
    | 'incomplete-month'
    | 'incomplete-year'
    | 'incomplete-day-month'
    | 'incomplete-day-year'
    | 'incomplete-month-year'
    | 'real'
    | 'year-digits'
    | 'past'
    | 'future'
    | 'min'
    | 'max';
  parts: DatePart[];
  /** The limit the date broke, for min and max. */
  limit?: string;
}

const DIGITS = /^\d+$/u;

function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date as an ISO string ("2001-02-03") when all three parts make a real date; '' otherwise. */
export function isoDate(parts: DateParts): string {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!DIGITS.test(day) || !DIGITS.test(month) || !/^\d{4}$/u.test(year)) return '';
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return '';
  return isoOf(y, m, d);
}

/** The parts of an ISO date ("2001-02-03" gives 3, 2, 2001, as a person types them); null when it is not one. */
export function partsOf(iso: string): DateParts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso.trim());
  if (match === null) return null;
  const [, year = '', month = '', day = ''] = match;
  const parts = { day: String(Number(day)), month: String(Number(month)), year };
  return isoDate(parts) === '' ? null : parts;
}

/** Days in a month of a year, leap years included. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a limit is a real ISO date; a wrong one is not applied. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && partsOf(value) !== null;
}

/** Today's local date as an ISO string. */
export function todayIso(now = new Date()): string {
  return isoOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The first rule the date breaks, with the parts to mark, or null when it is fine (an empty optional date is). */
export function checkDate(parts: DateParts, rules: DateRules = {}): DateFailure | null {
  const trimmed = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = DATE_PARTS.filter((part) => trimmed[part] === '');
  if (missing.length === 3)
    return rules.required === true ? { kind: 'required', parts: [...DATE_PARTS] } : null;
  if (missing.length > 0) {
    return { kind: `incomplete-${missing.join('-')}` as DateFailure['kind'], parts: missing };
  }
  // Each part on its own: numbers, in range.
  const wrong: DatePart[] = [];
  const day = Number(trimmed.day);
  const month = Number(trimmed.month);
  if (!DIGITS.test(trimmed.day) || day < 1 || day > 31) wrong.push('day');
  if (!DIGITS.test(trimmed.month) || month < 1 || month > 12) wrong.push('month');
  const yearIsNumber = DIGITS.test(trimmed.year);
  if (!yearIsNumber) wrong.push('year');
  if (wrong.length > 0) return { kind: 'real', parts: wrong };
  if (trimmed.year.length !== 4) return { kind: 'year-digits', parts: ['year'] };
  const iso = isoDate(trimmed);
  // 30 February, 31 April: the day does not exist in that month.
  if (iso === '') return { kind: 'real', parts: ['day'] };
  const today = isIsoDate(rules.today) ? rules.today : todayIso();
  if (rules.past === true && iso >= today) return { kind: 'past', parts: [...DATE_PARTS] };
  if (rules.future === true && iso <= today) return { kind: 'future', parts: [...DATE_PARTS] };
  if (isIsoDate(rules.min) && iso < rules.min)
    return { kind: 'min', parts: [...DATE_PARTS], limit: rules.min };
  if (isIsoDate(rules.max) && iso > rules.max)
    return { kind: 'max', parts: [...DATE_PARTS], limit: rules.max };
  return null;
}
