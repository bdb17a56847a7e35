// Dates and times in a case's history, as GOV.UK style writes them: "1
// December 2026", "5pm", "5:30pm", "midday", "midnight" (the GOV.UK A to Z:
// dates and times). Pure functions, for servers and browsers alike: no DOM,
// and the words come in as an argument (the timeline's messages), because
// browsers' built-in locale data varies: the Debian Chromium we test in
// formats Welsh dates in American English.
//
// A case's events happen in the UK: a date-time with a time zone ("Z",
// "+01:00") is shown in UK time whatever the server's or the reader's clock
// says; one without is taken as UK time already.
const TIME_ZONE = 'Europe/London';
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** The words of a date in one language. */
export interface DateWords {
  /** January to December. */
  months: readonly string[];
  /** A date from `{day}`, `{month}` and `{year}`: "{day} {month} {year}". */
  date: string;
  /** A date with its time, from `{date}` and `{time}`: "{date} at {time}". */
  dateTime: string;
  /** After a morning hour: "am". */
  am: string;
  /** After an afternoon hour: "pm". */
  pm: string;
  /** 12:00. */
  midday: string;
  /** 00:00, the first minute of the day. */
  midnight: string;
}

/** A date, and its time when it has one, in UK time. */
export interface UkDateTime {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /** 0–23, when the value has a time. */
  hour?: number;
  minute?: number;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const ukParts = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
});

/**
 * The UK date (and time) of an ISO 8601 date ("2026-12-01") or date-time
 * ("2026-12-01T17:00:00Z", "2026-12-01T17:00"), or `undefined` when the value
 * is not one, or names a day or time that does not exist ("2026-02-30").
 */
export function ukDateTime(value: string): UkDateTime | undefined {
  const match = ISO.exec(value);
  if (match === null) return undefined;
  // Groups that did not take part in the match are undefined (the time, its seconds, its zone).
  const [, y, mo, d, hh, mi, ss, zone] = match as (string | undefined)[];
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  if (hh === undefined || mi === undefined) return { year, month, day };
  const [hour, minute, second] = [Number(hh), Number(mi), Number(ss ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  if (zone === undefined) return { year, month, day, hour, minute };
  const parts = ukParts.formatToParts(new Date(value));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
  };
}

/** Whether `value` is an ISO 8601 date or date-time that the timeline formats itself. */
export function isIsoDate(value: string): boolean {
  return ukDateTime(value) !== undefined;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}

/** A time as GOV.UK style writes it: "5pm", "5:30pm", "12:15am", "midday", "midnight". */
export function ukTime(hour: number, minute: number, words: DateWords): string {
  if (minute === 0 && hour === 12) return words.midday;
  if (minute === 0 && hour === 0) return words.midnight;
  const clockHour = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? words.am : words.pm;
  return minute === 0
    ? `${clockHour}${suffix}`
    : `${clockHour}:${String(minute).padStart(2, '0')}${suffix}`;
}

/**
 * An ISO date or date-time as people read it, in UK time: "1 December 2026",
 * "1 December 2026 at 5:30pm"; `undefined` when the value is not ISO 8601
 * (the timeline then shows it as written).
 */
export function formatUkDate(value: string, words: DateWords): string | undefined {
  const parts = ukDateTime(value);
  if (parts === undefined) return undefined;
  const date = fill(words.date, {
    day: parts.day,
    month: words.months[parts.month - 1] ?? String(parts.month),
    year: parts.year,
  });
  if (parts.hour === undefined || parts.minute === undefined) return date;
  return fill(words.dateTime, { date, time: ukTime(parts.hour, parts.minute, words) });
}

/**
 * Which of two ISO values is earlier, in UK time, as a sort comparison: -1
 * when `a` is before `b`, 1 when after, 0 on the same day and time; a date
 * without a time is compared by its day only. `undefined` when either is not
 * ISO 8601.
 */
export function compareUkDates(a: string, b: string): -1 | 0 | 1 | undefined {
  const first = ukDateTime(a);
  const second = ukDateTime(b);
  if (first === undefined || second === undefined) return undefined;
  const day = (parts: UkDateTime) => Date.UTC(parts.year, parts.month - 1, parts.day);
  let difference = day(first) - day(second);
  if (difference === 0 && first.hour !== undefined && second.hour !== undefined) {
    difference = (first.hour - second.hour) * 60 + ((first.minute ?? 0) - (second.minute ?? 0));
  }
  return difference === 0 ? 0 : difference < 0 ? -1 : 1;
}
