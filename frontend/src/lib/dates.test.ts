import { describe, expect, it } from 'vitest';
import { dayToTimestamp, timestampToDay, today } from '@/lib/dates';

describe('dates of forms', () => {
  it('gives today as YYYY-MM-DD in the local time zone', () => {
    expect(today(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('sends a day as noon UTC and reads it back as the same day', () => {
    expect(dayToTimestamp('2026-11-20')).toBe('2026-11-20T12:00:00Z');
    expect(timestampToDay(dayToTimestamp('2026-11-20'))).toBe('2026-11-20');
    expect(timestampToDay(undefined)).toBe('');
    expect(timestampToDay('garbage')).toBe('');
  });
});
