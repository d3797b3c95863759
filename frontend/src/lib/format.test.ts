import { describe, expect, it } from 'vitest';
import { formatDate, formatDay, formatEnd, formatLongDay, formatNumber } from '@/lib/format';

describe('formatting per locale', () => {
  it('formats a date-only value without shifting the day', () => {
    expect(formatDate('2027-12-31', 'nl-NL')).toBe('31 dec 2027');
    expect(formatDate('2027-12-31', 'en-GB')).toBe('31 Dec 2027');
    expect(formatDate('2027-01-01', 'nl-NL')).toContain('1 jan');
  });

  it('formats numbers with the locale grouping', () => {
    expect(formatNumber(5000, 'nl-NL')).toBe('5.000');
    expect(formatNumber(5000, 'en-GB')).toBe('5,000');
  });

  it('renders nothing for missing values', () => {
    expect(formatDate(undefined, 'nl-NL')).toBe('');
    expect(formatNumber(null, 'nl-NL')).toBe('');
  });
});

describe('formatDay', () => {
  it('shows a timestamp as its calendar day only', () => {
    expect(formatDay('2027-12-31', 'nl-NL')).toBe('31 dec 2027');
    expect(formatDay('2027-06-15T12:00:00Z', 'en-GB')).toBe('15 Jun 2027');
    expect(formatDay(null, 'nl-NL')).toBe('');
  });
});

describe('formatLongDay', () => {
  it('writes the day in words, a date-only value without shifting it', () => {
    expect(formatLongDay('2026-11-12', 'nl-NL')).toBe('12 november 2026');
    expect(formatLongDay('2026-01-01', 'en-GB')).toBe('1 January 2026');
    expect(formatLongDay(undefined, 'nl-NL')).toBe('');
  });
});

describe('formatEnd', () => {
  it('gives only the time when the period ends on the day it starts', () => {
    expect(formatEnd(new Date(2026, 10, 29, 6, 30), new Date(2026, 10, 29, 13, 30), 'nl-NL')).toBe('13:30');
  });

  it('gives the date as well when the period runs into another day', () => {
    const end = new Date(2026, 10, 30, 9, 0);
    expect(formatEnd(new Date(2026, 10, 29, 18, 0), end, 'nl-NL')).toBe(formatDate(end, 'nl-NL'));
  });
});
