import { expect } from '@open-wc/testing';
import {
  compareUkDates,
  formatUkDate,
  isIsoDate,
  ukDateTime,
  ukTime,
  type DateWords,
} from './format-date.js';
import { dateWords } from './markup.js';

const ENGLISH: DateWords = dateWords('en');
const WELSH: DateWords = dateWords('cy');

describe('format-date', () => {
  it('writes dates as GOV.UK style does: day, month name, year', () => {
    expect(formatUkDate('2026-12-01', ENGLISH)).to.equal('1 December 2026');
    expect(formatUkDate('2026-01-15', ENGLISH)).to.equal('15 January 2026');
    expect(formatUkDate('2026-12-01', WELSH)).to.equal('1 Rhagfyr 2026');
  });

  it('writes times as GOV.UK style does: 5pm, 5:30pm, midday, midnight', () => {
    expect(ukTime(17, 0, ENGLISH)).to.equal('5pm');
    expect(ukTime(17, 30, ENGLISH)).to.equal('5:30pm');
    expect(ukTime(9, 5, ENGLISH)).to.equal('9:05am');
    expect(ukTime(12, 0, ENGLISH)).to.equal('midday');
    expect(ukTime(0, 0, ENGLISH)).to.equal('midnight');
    expect(ukTime(12, 30, ENGLISH)).to.equal('12:30pm');
    expect(ukTime(0, 1, ENGLISH)).to.equal('12:01am');
    expect(ukTime(23, 59, ENGLISH)).to.equal('11:59pm');
  });

  it('puts the time after the date, in UK time whatever the zone given', () => {
    // December is GMT; October is British Summer Time (UTC+1).
    expect(formatUkDate('2026-12-01T17:00:00Z', ENGLISH)).to.equal('1 December 2026 at 5pm');
    expect(formatUkDate('2026-10-03T14:30:00Z', ENGLISH)).to.equal('3 October 2026 at 3:30pm');
    expect(formatUkDate('2026-10-03T11:00:00.000Z', ENGLISH)).to.equal('3 October 2026 at midday');
    expect(formatUkDate('2026-12-01T00:00:00Z', ENGLISH)).to.equal('1 December 2026 at midnight');
    // 11pm UTC on 30 June is midnight on 1 July in London.
    expect(formatUkDate('2026-06-30T23:00:00Z', ENGLISH)).to.equal('1 July 2026 at midnight');
    expect(formatUkDate('2026-10-03T20:00:00+05:30', ENGLISH)).to.equal('3 October 2026 at 3:30pm');
  });

  it('takes a date-time without a zone as UK time already', () => {
    expect(formatUkDate('2026-10-03T17:05', ENGLISH)).to.equal('3 October 2026 at 5:05pm');
    expect(formatUkDate('2026-10-03T09:00:59', ENGLISH)).to.equal('3 October 2026 at 9am');
  });

  it('follows the clocks changing', () => {
    // The clocks go forward at 1am UTC on 29 March 2026 and back at 1am UTC on 25 October.
    expect(formatUkDate('2026-03-29T00:59:00Z', ENGLISH)).to.equal('29 March 2026 at 12:59am');
    expect(formatUkDate('2026-03-29T01:00:00Z', ENGLISH)).to.equal('29 March 2026 at 2am');
    expect(formatUkDate('2026-10-25T00:30:00Z', ENGLISH)).to.equal('25 October 2026 at 1:30am');
    expect(formatUkDate('2026-10-25T01:30:00Z', ENGLISH)).to.equal('25 October 2026 at 1:30am');
  });

  it('writes Welsh dates and times, with the words mutated after "am"', () => {
    expect(formatUkDate('2026-10-03T14:30:00Z', WELSH)).to.equal('3 Hydref 2026 am 3:30pm');
    expect(formatUkDate('2026-10-03T11:00:00Z', WELSH)).to.equal('3 Hydref 2026 am ganol dydd');
    expect(formatUkDate('2026-12-01T00:00:00Z', WELSH)).to.equal('1 Rhagfyr 2026 am hanner nos');
    expect(formatUkDate('2026-01-15T09:05:00Z', WELSH)).to.equal('15 Ionawr 2026 am 9:05am');
  });

  it('leaves anything that is not a real ISO date to be shown as written', () => {
    for (const value of [
      'Early October',
      '',
      '2026-02-30',
      '2026-13-01',
      '2026-10-03T24:00:00Z',
      '2026-10-03T12:60',
      '2026-10-03 14:30',
      ' 2026-10-03',
      '03/10/2026',
      '<img src=x onerror="window.__civicHacked = true">',
    ]) {
      expect(formatUkDate(value, ENGLISH), value).to.equal(undefined);
      expect(isIsoDate(value), value).to.equal(false);
    }
    expect(isIsoDate('2028-02-29')).to.equal(true);
    expect(isIsoDate('2026-02-29')).to.equal(false);
  });

  it('reads the UK date and time of a value', () => {
    expect(ukDateTime('2026-10-03T23:30:00Z')).to.deep.equal({
      year: 2026,
      month: 10,
      day: 4,
      hour: 0,
      minute: 30,
    });
    expect(ukDateTime('2026-10-03')).to.deep.equal({ year: 2026, month: 10, day: 3 });
  });

  it('compares two values as a sort does, days only when one has no time', () => {
    expect(compareUkDates('2026-10-01', '2026-10-03')).to.equal(-1);
    expect(compareUkDates('2026-10-03T10:00:00Z', '2026-10-03T09:00:00Z')).to.equal(1);
    expect(compareUkDates('2026-10-03', '2026-10-03T09:00:00Z')).to.equal(0);
    expect(compareUkDates('2026-10-03T23:30:00Z', '2026-10-04')).to.equal(0);
    expect(compareUkDates('2026-10-03', 'Early October')).to.equal(undefined);
  });
});
