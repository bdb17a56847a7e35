// Dates in a case history are UK events: read them in UK time whatever the
// server's or the reader's clock says. The words (month names) come from our
// own catalogues, because browsers' built-in locale data varies: the Debian
// Chromium we test in formats Welsh dates in American English.
const TIME_ZONE = 'Europe/London';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether `value` is an ISO 8601 date or date-time that the timeline formats itself. */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) || ISO_DATE_TIME.test(value);
}

export interface DateParts {
  day: number;
  /** 1–12. */
  month: number;
  year: number;
  /** "15:30" in 24-hour UK time, or `undefined` for a date without a time. */
  time?: string;
}

/** The day, month, year and time of an ISO value, in UK time. */
export function ukDateParts(value: string): DateParts {
  const instant = ISO_DATE.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  const parts = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return {
    day: Number(part('day')),
    month: Number(part('month')),
    year: Number(part('year')),
    time: ISO_DATE_TIME.test(value) ? `${part('hour')}:${part('minute')}` : undefined,
  };
}
