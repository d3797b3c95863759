import { describe, expect, it } from 'vitest';
import { readDay, readId, readText } from '@/lib/search-params';

describe('reading filter values from text', () => {
  it.each([
    ['3', 3],
    ['', undefined],
    [null, undefined],
    ['0', undefined],
    ['-2', undefined],
    ['1.5', undefined],
    ['x', undefined],
  ])('reads the id %j as %j', (value, id) => {
    expect(readId(value)).toBe(id);
  });

  it('reads only an ISO date as a day', () => {
    expect(readDay('2026-02-28')).toBe('2026-02-28');
    expect(readDay('28-02-2026')).toBeUndefined();
    expect(readDay(null)).toBeUndefined();
  });

  it('reads text trimmed, and blank as absent', () => {
    expect(readText('  Charlois ')).toBe('Charlois');
    expect(readText('   ')).toBeUndefined();
    expect(readText(null)).toBeUndefined();
  });
});
