import { describe, expect, it } from 'vitest';
import { niceStep, niceTicks, wrapLabel } from '@/features/reports/utils/axis';

describe('readable axes', () => {
  it.each([
    [173, [0, 50, 100, 150, 200]],
    [195, [0, 50, 100, 150, 200]],
    [9, [0, 5, 10]],
    [90, [0, 25, 50, 75, 100]],
    [4, [0, 1, 2, 3, 4]],
    [0, [0, 1]],
    [5000, [0, 2000, 4000, 6000]],
    [1234567, [0, 500000, 1000000, 1500000]],
  ])('%d gets round ticks', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
    expect(niceTicks(max).at(-1)).toBeGreaterThanOrEqual(max);
  });

  it('never steps below one company', () => {
    expect(niceStep(2)).toBe(1);
  });

  it('wraps a long category over lines instead of cutting it', () => {
    expect(wrapLabel('Groothandel en detailhandel; reparatie van auto’s')).toEqual(['Groothandel en', 'detailhandel;', 'reparatie van', 'auto’s']);
    expect(wrapLabel('Feijenoord')).toEqual(['Feijenoord']);
  });
});
